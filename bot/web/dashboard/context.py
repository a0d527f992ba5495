"""What the dashboard's handlers share: the database, the agencies, the SLA rules, the
clock, and how its cookie is set."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.agencies import AgencyDirectory
from domain.sla.rules import SlaRules


@dataclass(frozen=True)
class DashboardContext:
    sessions: async_sessionmaker[AsyncSession]
    agencies: AgencyDirectory
    rules: SlaRules
    clock: Callable[[], datetime]
    default_language: str = "id"
    secure_cookie: bool = True  # HTTPS behind the reverse proxy
    writer_lock: asyncio.Lock | None = None  # SQLite: one writer at a time

    @property
    def zone(self) -> ZoneInfo:
        return self.rules.zone

    def names(self) -> dict[str, str]:
        return {a.code: a.short_name for a in self.agencies.agencies}
