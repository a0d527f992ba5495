"""``python -m bot`` is the ``aduan`` command."""

from bot.cli import main

main()
