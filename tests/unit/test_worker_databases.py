"""Under pytest-xdist each worker empties a PostgreSQL database of its own."""

from __future__ import annotations

from tests.databases import worker_url


def test_each_worker_s_database_is_named_after_the_given_one_and_the_worker() -> None:
    given = "postgresql+asyncpg://postgres:secret@db.example:5432/test"
    assert (
        worker_url(given, "gw0") == "postgresql+asyncpg://postgres:secret@db.example:5432/test_gw0"
    )
    assert worker_url(given, "gw1") != worker_url(given, "gw0")
