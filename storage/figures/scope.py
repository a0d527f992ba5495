"""Which tickets a figure covers: those received in [start, end), of some agencies.

Conditions name every agency and kind, so that both databases read the covering
figures index one range per (agency, kind) instead of every ticket ever received."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.tickets import TicketKind
from storage.models import Ticket

ticket_table = Ticket.__table__  # type: ignore[attr-defined]
t = ticket_table.c
KINDS = tuple(kind.value for kind in TicketKind)


@dataclass(frozen=True)
class Scope:
    start: datetime
    end: datetime
    agencies: Sequence[str]
    kinds: Sequence[str] = KINDS
    everything: bool = False  # every agency's tickets of every kind: time is the only filter

    def where(self) -> list[Any]:
        return [
            t.agency_code.in_(list(self.agencies)),
            t.kind.in_(list(self.kinds)),
            t.created_at >= self.start,
            t.created_at < self.end,
        ]

    def within(self, column: Any) -> list[Any]:
        """``column`` (a moment) within the scope's time, of the scope's agencies and
        kinds; without naming them when the scope is everything (an index on the moment
        then answers alone)."""
        return [column >= self.start, column < self.end, *self.agencies_and_kinds()]

    def agencies_and_kinds(self) -> list[Any]:
        """The scope's agencies and kinds, unnamed when it is everything."""
        if self.everything:
            return []
        return [t.agency_code.in_(list(self.agencies)), t.kind.in_(list(self.kinds))]


async def agency_codes(session: AsyncSession) -> list[str]:
    """Every agency that has tickets (also those no longer in the agencies file)."""
    rows = await session.execute(select(t.agency_code).distinct())
    return sorted(str(code) for (code,) in rows.all())
