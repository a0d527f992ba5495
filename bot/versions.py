"""What an operator needs to know about the running software: aduan's version and
those of Python, aiogram and the database server, for the start line in the log (and
for a bug report)."""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version

from sqlalchemy.ext.asyncio import AsyncEngine


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


async def database_version(engine: AsyncEngine) -> str:
    """``PostgreSQL 16.4`` or ``SQLite 3.45.1`` (the server's, read over a connection)."""
    async with engine.connect():
        info = engine.dialect.server_version_info or ()
    name = "PostgreSQL" if engine.dialect.name == "postgresql" else "SQLite"
    return f"{name} {'.'.join(str(part) for part in info) or 'unknown'}"


async def versions(engine: AsyncEngine) -> dict[str, str]:
    return {
        "aduan": package_version("aduan"),
        "python": platform.python_version(),
        "aiogram": package_version("aiogram"),
        "database": await database_version(engine),
    }


def versions_text(found: dict[str, str]) -> str:
    """``aduan 0.1.0, python 3.11.9, aiogram 3.31.0, database PostgreSQL 16.4``"""
    return ", ".join(f"{name} {value}" for name, value in found.items())
