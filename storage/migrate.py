"""Apply Alembic migrations from code (at start-up and ``aduan db upgrade``)."""

from __future__ import annotations

from collections.abc import Mapping
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


def _run(connection: Connection, action: str, revision: str, context: Mapping[str, object]) -> None:
    config = alembic_config()
    config.attributes.update(context)
    config.attributes["connection"] = connection
    if action == "upgrade":
        command.upgrade(config, revision)
    else:
        command.downgrade(config, revision)


async def _migrate(
    engine: AsyncEngine, action: str, revision: str, context: Mapping[str, object]
) -> None:
    if engine.dialect.name == "sqlite":
        url = engine.url.render_as_string(hide_password=False)
        migration_engine = create_engine(url, foreign_keys=False, poolclass=NullPool)
        try:
            async with migration_engine.begin() as connection:
                await connection.run_sync(_run, action, revision, context)
        finally:
            await migration_engine.dispose()
        return
    async with engine.begin() as connection:
        await connection.execute(
            text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
        )
        await connection.run_sync(_run, action, revision, context)


async def upgrade(
    engine: AsyncEngine, revision: str = "head", context: Mapping[str, object] | None = None
) -> None:
    """Migrate to ``revision``. ``context`` reaches the migrations as Alembic config
    attributes: ``sla_rules`` and ``agencies`` let a backfill use the configured SLA
    calendar and keywords (without them it uses the built-in defaults)."""
    await _migrate(engine, "upgrade", revision, context or {})


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    await _migrate(engine, "downgrade", revision, {})


async def current_revision(engine: AsyncEngine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    def _read(connection: Connection) -> str | None:
        return MigrationContext.configure(connection).get_current_revision()

    async with engine.connect() as connection:
        return await connection.run_sync(_read)
