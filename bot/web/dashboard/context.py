"""What the dashboard's handlers share: the database, the agencies, the SLA rules, the
clock, how its cookie is set, and where the channels' files are read back."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.files import FileSources
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
    publish_after_days: int = 30  # the publication rules, for releasing a withheld report
    files: FileSources | None = None  # the tickets' photos, through each channel's source

    @property
    def zone(self) -> ZoneInfo:
        return self.rules.zone

    def names(self, language: str) -> dict[str, str]:
        """Each agency's short label by code, in the reader's language."""
        return {a.code: a.short_name_in(language) for a in self.agencies.agencies}
