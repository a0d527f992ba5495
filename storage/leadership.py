"""Who leads a job that one process of a deployment must do alone (the sweep, the
delivery): on PostgreSQL, whoever holds a session advisory lock on its own autocommit
connection; on SQLite, this process (one machine serialises writers anyway)."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger(__name__)
LOCK_KEY = 0x616475616E  # "aduan": the sweeper


class Leadership:
    """Who may sweep (or deliver: ``key`` and ``name`` say which lead). SQLite: this
    process. PostgreSQL: whoever holds the advisory lock on its own autocommit connection
    (no transaction is kept open).

    The lock is a session lock, so it lives exactly as long as its connection: it is
    given back by closing that connection for good (never by returning it to the pool,
    where an ordinary session would keep the lock and nobody would lead), and a process
    that dies loses it with its connection. A process that is not the leader stands by
    and is asked again by its caller; it says once which process holds the lead (the
    holder's connection carries ``application_name`` "aduan <name> <host>:<pid>")."""

    def __init__(self, engine: AsyncEngine, key: int = LOCK_KEY, name: str = "sweeper") -> None:
        self._engine = engine
        self._key = key
        self.name = name
        self._connection: AsyncConnection | None = None
        self._driver: Any = None  # the driver's connection under it, to cut if need be
        self._exclusive = engine.dialect.name == "postgresql"
        self._reported_holder: str | None = None

    @property
    def label(self) -> str:
        """How this process's lock connection shows in ``pg_stat_activity``."""
        return f"aduan {self.name} {socket.gethostname()}:{os.getpid()}"[:63]

    @property
    def is_leader(self) -> bool:
        return not self._exclusive or self._connection is not None

    async def acquire(self) -> bool:
        """Keep or take the lead; ``False`` when another process holds it."""
        if not self._exclusive:
            return True
        if self._connection is not None:
            try:
                await self._connection.execute(text("SELECT 1"))
                return True
            except Exception:
                log.warning("lost the %s lock connection; trying to take it again", self.name)
                await self._drop()
        connection = await self._engine.connect()
        holder: str | None = None
        driver: Any = None
        try:
            driver = (await connection.get_raw_connection()).driver_connection
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            taken = bool(
                await connection.scalar(
                    text("SELECT pg_try_advisory_lock(:key)"), {"key": self._key}
                )
            )
            if taken:
                await connection.execute(
                    text("SELECT set_config('application_name', :label, false)"),
                    {"label": self.label},
                )
            else:
                holder = await lock_holder(connection, self._key)
        except BaseException:
            # the lock may have been taken before the failure (or cancellation): this
            # connection must end, not go back to the pool with the lock on it
            await _discard(connection, driver)
            raise
        if taken:
            self._connection, self._driver = connection, driver
            self._reported_holder = None
            log.info("this process now leads: %s", self.name)
            return True
        await connection.close()  # no lock on it: back to the pool
        holder = holder or "another session"
        if holder != self._reported_holder:
            self._reported_holder = holder
            log.warning("%s: standing by, the lead is held by %s", self.name, holder)
        return False

    async def holder(self) -> str | None:
        """Who holds the lead now (``None``: nobody, or SQLite)."""
        if not self._exclusive:
            return None
        async with self._engine.connect() as connection:
            return await lock_holder(connection, self._key)

    async def release(self) -> None:
        if self._connection is None:
            return
        try:
            await self._connection.execute(
                text("SELECT pg_advisory_unlock(:key)"), {"key": self._key}
            )
        except Exception:
            log.debug("could not unlock; the connection is gone", exc_info=True)
        finally:  # also when cancelled: the connection ends either way
            await self._drop()

    async def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            await _discard(connection, self._driver)

    async def backend_pid(self) -> int | None:
        """The PostgreSQL backend holding the lock (for operators and tests)."""
        if self._connection is None:
            return None
        return int(await self._connection.scalar(text("SELECT pg_backend_pid()")) or 0)


async def lock_holder(connection: AsyncConnection, key: int) -> str | None:
    """The session holding advisory lock ``key`` in this database, described for a log
    line (``None`` when it is free)."""
    row = (
        await connection.execute(
            text(
                "SELECT l.pid, a.application_name, a.client_addr, a.backend_start "
                "FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                "AND l.classid = :hi AND l.objid = :lo AND l.database = "
                "(SELECT oid FROM pg_database WHERE datname = current_database())"
            ),
            {"hi": key >> 32, "lo": key & 0xFFFFFFFF},
        )
    ).first()
    if row is None:
        return None
    pid, name, client, started = row
    since = started.strftime("%Y-%m-%d %H:%M:%S %Z") if started is not None else "?"
    return (
        f"PostgreSQL backend {pid} ({name or 'no application_name'}, "
        f"from {client or 'a local socket'}, connected since {since})"
    )


async def _discard(connection: AsyncConnection, driver: Any) -> None:
    """Close ``connection`` for good: its session, and any lock of it, ends. If even
    that is interrupted (a cancellation while stopping), ``driver``, the driver's own
    connection, is cut at once without waiting."""
    try:
        await connection.invalidate()
        await connection.close()
    except BaseException as error:
        with contextlib.suppress(Exception):
            driver.terminate()
        if not isinstance(error, Exception):
            raise
        log.debug("closing a lock connection failed", exc_info=True)
