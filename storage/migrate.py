"""Apply Alembic migrations from code (at start-up and ``aduan db upgrade``)."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import NullPool

from storage.engine import create_engine

# Held while PostgreSQL migrates, so several processes starting at once on one database
# upgrade it one after another (the later ones find it at head) instead of colliding.
MIGRATION_LOCK_KEY = 0x6164756D67  # "adumg"; the sweep and delivery locks use others


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("storage") / "migrations"))
    return config


def _run(connection: Connection, action: str, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    if action == "upgrade":
        command.upgrade(config, revision)
    else:
        command.downgrade(config, revision)


async def _migrate(engine: AsyncEngine, action: str, revision: str) -> None:
    if engine.dialect.name == "sqlite":
        url = engine.url.render_as_string(hide_password=False)
        migration_engine = create_engine(url, foreign_keys=False, poolclass=NullPool)
        try:
            async with migration_engine.begin() as connection:
                await connection.run_sync(_run, action, revision)
        finally:
            await migration_engine.dispose()
        return
    async with engine.begin() as connection:
        await connection.execute(
            text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
        )
        await connection.run_sync(_run, action, revision)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    await _migrate(engine, "upgrade", revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    await _migrate(engine, "downgrade", revision)


async def current_revision(engine: AsyncEngine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    def _read(connection: Connection) -> str | None:
        return MigrationContext.configure(connection).get_current_revision()

    async with engine.connect() as connection:
        return await connection.run_sync(_read)
