from tests.config.cli import aduan  # noqa: F401
