"""Ticket rules: kinds, statuses, allowed transitions and codes. Pure; no I/O."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo


class TicketKind(StrEnum):
    COMPLAINT = "complaint"
    INFO_REQUEST = "info"

    @property
    def code_prefix(self) -> str:
        return {TicketKind.COMPLAINT: "ADU", TicketKind.INFO_REQUEST: "INF"}[self]


class TicketStatus(StrEnum):
    OPEN = "open"  # received, waiting for the agency
    IN_PROGRESS = "in_progress"  # an admin took it
    ANSWERED = "answered"  # the agency replied to the resident
    RESOLVED = "resolved"  # the agency says it is done
    REJECTED = "rejected"  # not the agency's authority / not actionable
    CLOSED = "closed"  # final

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATUSES


OPEN_STATUSES = frozenset({TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.ANSWERED})


class Privacy(StrEnum):
    PUBLIC = "public"  # staff see who reported
    ANONYMOUS = "anonymous"  # staff do not see who reported
    CONFIDENTIAL = "confidential"  # also never published in any report

    @property
    def hides_identity(self) -> bool:
        return self is not Privacy.PUBLIC


ALLOWED_TRANSITIONS: dict[TicketStatus, frozenset[TicketStatus]] = {
    TicketStatus.OPEN: frozenset(
        {
            TicketStatus.IN_PROGRESS,
            TicketStatus.ANSWERED,
            TicketStatus.RESOLVED,
            TicketStatus.REJECTED,
            TicketStatus.CLOSED,
        }
    ),
    TicketStatus.IN_PROGRESS: frozenset(
        {
            TicketStatus.OPEN,
            TicketStatus.ANSWERED,
            TicketStatus.RESOLVED,
            TicketStatus.REJECTED,
            TicketStatus.CLOSED,
        }
    ),
    TicketStatus.ANSWERED: frozenset(
        {
            TicketStatus.IN_PROGRESS,
            TicketStatus.RESOLVED,
            TicketStatus.REJECTED,
            TicketStatus.CLOSED,
            TicketStatus.OPEN,
        }
    ),
    TicketStatus.RESOLVED: frozenset({TicketStatus.CLOSED, TicketStatus.OPEN}),
    TicketStatus.REJECTED: frozenset({TicketStatus.CLOSED, TicketStatus.OPEN}),
    TicketStatus.CLOSED: frozenset(),
}


class TransitionError(ValueError):
    pass


def check_transition(current: TicketStatus, target: TicketStatus) -> TicketStatus:
    """Return ``target`` when the move is allowed, else raise :class:`TransitionError`."""
    if target not in ALLOWED_TRANSITIONS[current]:
        raise TransitionError(f"a ticket cannot go from {current} to {target}")
    return target


def code_prefix(kind: TicketKind, now: datetime, zone: ZoneInfo) -> str:
    """``ADU-2611``: kind, then year and month in the regency's time zone."""
    local = now.astimezone(zone)
    return f"{kind.code_prefix}-{local:%y%m}"


def format_code(prefix: str, number: int) -> str:
    return f"{prefix}-{number:04d}"


def looks_like_code(text: str) -> bool:
    parts = text.strip().upper().split("-")
    return (
        len(parts) == 3
        and parts[0] in ("ADU", "INF")
        and len(parts[1]) == 4
        and parts[1].isdigit()
        and parts[2].isdigit()
    )
