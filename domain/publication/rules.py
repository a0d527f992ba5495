"""Which complaints are published, and what of them.

A complaint is published when its resident chose *public* or *anonymous* (never
*confidential*) and it is resolved or closed, or older than the policy's number of
days, or it was filed through the Open311 API (whose client follows it there). An
information request is never published. Published text is masked first
(:mod:`domain.publication.redaction`); an anonymous report shows no exact address and
only rounded coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from domain.publication.redaction import redact
from domain.tickets import Privacy, TicketKind, TicketStatus

DESCRIPTION_LIMIT = 4000  # GeoReport v2's limit for a description
REPLY_LIMIT = 2000


class PublicationState(StrEnum):
    PUBLISHED = "published"
    WITHHELD = "withheld"  # staff took it off the public page
    WITHDRAWN = "withdrawn"  # the resident asked for it to be taken off


@dataclass(frozen=True)
class PublicationPolicy:
    after_days: int = 30  # an unresolved complaint is published after this many days
    coarse_decimals: int = 2  # anonymous reports: coordinates rounded (about 1 km)


@dataclass(frozen=True)
class TicketFacts:
    """What publication reads of a ticket (plain values, no database row)."""

    code: str
    kind: str
    status: str
    privacy: str
    agency_code: str
    created_at: datetime
    updated_at: datetime
    description: str
    resolved_at: datetime | None = None
    reply: str | None = None  # the agency's latest reply to the resident
    location_text: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    area: str | None = None  # kecamatan / desa, when known
    category: str | None = None
    names: tuple[str, ...] = ()  # the ticket's own personal names, to be masked
    filed_through_api: bool = False


@dataclass(frozen=True)
class PublicReport:
    """A report as the public may see it: already masked."""

    code: str
    agency_code: str
    category: str | None
    area: str | None
    address: str | None
    latitude: float | None
    longitude: float | None
    status: str
    description: str
    reply: str | None
    requested_at: datetime
    updated_at: datetime
    resolved_at: datetime | None


FINISHED = frozenset({TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.REJECTED})


def publishable(facts: TicketFacts, policy: PublicationPolicy, now: datetime) -> bool:
    if facts.kind != TicketKind.COMPLAINT.value:
        return False
    if facts.privacy not in (Privacy.PUBLIC.value, Privacy.ANONYMOUS.value):
        return False
    if facts.filed_through_api or TicketStatus(facts.status) in FINISHED:
        return True
    return now - facts.created_at >= timedelta(days=policy.after_days)


def age_cutoff(policy: PublicationPolicy, now: datetime) -> datetime:
    """Complaints created at or before this moment are old enough to publish."""
    return now - timedelta(days=policy.after_days)


def public_report(facts: TicketFacts, policy: PublicationPolicy) -> PublicReport:
    """The masked report (call only for a :func:`publishable` ticket)."""
    anonymous = facts.privacy != Privacy.PUBLIC.value
    latitude, longitude = facts.latitude, facts.longitude
    if anonymous and latitude is not None and longitude is not None:
        latitude = round(latitude, policy.coarse_decimals)
        longitude = round(longitude, policy.coarse_decimals)
    address = None
    if not anonymous and facts.location_text:
        address = redact(facts.location_text, facts.names)[:500]
    reply = redact(facts.reply, facts.names)[:REPLY_LIMIT] if facts.reply else None
    return PublicReport(
        code=facts.code,
        agency_code=facts.agency_code,
        category=facts.category,
        area=redact(facts.area, facts.names)[:200] if facts.area else None,
        address=address,
        latitude=latitude,
        longitude=longitude,
        status=facts.status,
        description=redact(facts.description, facts.names)[:DESCRIPTION_LIMIT],
        reply=reply,
        requested_at=facts.created_at,
        updated_at=facts.updated_at,
        resolved_at=facts.resolved_at,
    )


def open311_status(status: str) -> str:
    """GeoReport v2 knows two statuses: ``open`` (reported) and ``closed`` (resolved)."""
    return "open" if TicketStatus(status).is_open else "closed"


def statuses_for(open311: str) -> frozenset[str]:
    """The ticket statuses behind a GeoReport v2 status."""
    if open311 == "open":
        return frozenset(s.value for s in TicketStatus if s.is_open)
    return frozenset(s.value for s in TicketStatus if not s.is_open)
