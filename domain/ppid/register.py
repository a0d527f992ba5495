"""The PPID's registers (Perki 1/2021, register permohonan and register keberatan):
one row per information request and per objection, in the columns and order a PPID
keeps them, with headers from the catalogs and times in the regency's zone. Pure: the
entries come from storage, the calendar and zone are passed in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from domain.documents.table import Cell, Table
from domain.i18n import Translate
from domain.ppid.clock import working_days_left
from domain.sla.calendar import Calendar
from domain.tickets import OPEN_STATUSES

CalendarFor = Callable[[str], Calendar]  # an agency's code -> its working calendar

CHANNELS = ("telegram", "whatsapp", "console", "open311", "other")
REQUEST_COLUMNS = (
    "no", "received", "code", "name", "contact", "occupation", "information", "purpose",
    "delivery", "form", "channel", "decision", "exemption", "notice", "handover", "days",
    "agency",
)  # fmt: skip
REQUEST_WIDTHS = (5, 16, 15, 20, 20, 16, 40, 28, 18, 18, 11, 20, 24, 16, 16, 9, 16)
OBJECTION_COLUMNS = (
    "no", "filed", "code", "name", "contact", "request", "information", "purpose", "ground",
    "verdict", "responded", "superior", "requester-response", "agency",
)  # fmt: skip
OBJECTION_WIDTHS = (5, 16, 15, 20, 20, 15, 40, 28, 30, 18, 16, 28, 22, 16)


@dataclass(frozen=True)
class RequestEntry:
    """An information request as the register reads it (times in UTC)."""

    code: str
    agency_code: str
    received_at: datetime
    status: str  # the ticket's status
    channel: str  # telegram, whatsapp, console, open311…
    information: str
    name: str = ""
    contact: str = ""
    occupation: str = ""
    purpose: str = ""
    delivery: str = ""  # how the requester asked to receive it (chat, email, pickup, post)
    decision: str | None = None  # DecisionKind value
    exemption: str | None = None  # Exemption value (art. 17 letter)
    form: str | None = None  # Form value
    cost: int = 0
    decided_at: datetime | None = None  # the written notice
    handed_over_at: datetime | None = None


@dataclass(frozen=True)
class ObjectionEntry:
    code: str
    agency_code: str
    filed_at: datetime
    due_at: datetime
    request_code: str
    information: str
    ground: str  # ObjectionGround value (art. 35 letter)
    name: str = ""
    contact: str = ""
    purpose: str = ""
    verdict: str | None = None  # SuperiorVerdict value
    responded_at: datetime | None = None
    responder_name: str = ""
    responder_position: str = ""
    requester_response: str = ""


def local(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    return None if moment is None else moment.astimezone(zone)


def days_taken(calendar: Calendar, entry: RequestEntry) -> int | None:
    """Working days from the request to its written notice (the same day: 0)."""
    if entry.decided_at is None:
        return None
    return working_days_left(calendar, entry.received_at, entry.decided_at)


def channel_of(channel: str) -> str:
    """The channel a request came by, as the report counts them (``open311:<client>``
    is Open311; anything unknown is ``other``)."""
    base = channel.split(":", 1)[0]
    return base if base in CHANNELS else "other"


def channel_name(t: Translate, channel: str) -> str:
    return t(f"ppid-channel-{channel_of(channel)}")


def decision_text(t: Translate, entry: RequestEntry) -> str:
    if entry.decision is not None:
        return t(f"ppid-kind-{entry.decision}")
    still_open = entry.status in OPEN_STATUSES
    return t("ppid-reg-undecided") if still_open else t("ppid-reg-closed-undecided")


def _request_row(
    number: int, entry: RequestEntry, t: Translate, zone: ZoneInfo, calendar_for: CalendarFor
) -> tuple[Cell, ...]:
    return (
        number, local(entry.received_at, zone), entry.code, entry.name, entry.contact,
        entry.occupation, entry.information, entry.purpose,
        t(f"delivery-{entry.delivery}") if entry.delivery else "",
        t(f"ppid-form-{entry.form}") if entry.form else "",
        channel_name(t, entry.channel), decision_text(t, entry),
        t(f"ppid-exemption-{entry.exemption}") if entry.exemption else "",
        local(entry.decided_at, zone), local(entry.handed_over_at, zone),
        days_taken(calendar_for(entry.agency_code), entry), entry.agency_code,
    )  # fmt: skip


def request_table(
    entries: Sequence[RequestEntry],
    t: Translate,
    zone: ZoneInfo,
    calendar_for: CalendarFor,
    title: str,
) -> Table:
    """The request register, oldest first, numbered from 1."""
    ordered = sorted(entries, key=lambda e: (e.received_at, e.code))
    rows = [_request_row(n, e, t, zone, calendar_for) for n, e in enumerate(ordered, start=1)]
    headers = tuple(t(f"ppid-reg-{c}") for c in REQUEST_COLUMNS)
    return Table(title, headers, rows, widths=REQUEST_WIDTHS, language=t.language)


def _objection_row(
    number: int, entry: ObjectionEntry, t: Translate, zone: ZoneInfo
) -> tuple[Cell, ...]:
    superior = ", ".join(p for p in (entry.responder_name, entry.responder_position) if p)
    return (
        number, local(entry.filed_at, zone), entry.code, entry.name, entry.contact,
        entry.request_code, entry.information, entry.purpose,
        t(f"ppid-ground-{entry.ground}"),
        t(f"ppid-reg-verdict-{entry.verdict}") if entry.verdict else t("ppid-reg-unanswered"),
        local(entry.responded_at, zone), superior, entry.requester_response, entry.agency_code,
    )  # fmt: skip


def objection_table(
    entries: Sequence[ObjectionEntry], t: Translate, zone: ZoneInfo, title: str
) -> Table:
    """The objection register, oldest first, numbered from 1."""
    ordered = sorted(entries, key=lambda e: (e.filed_at, e.code))
    rows = [_objection_row(n, e, t, zone) for n, e in enumerate(ordered, start=1)]
    headers = tuple(t(f"ppid-reg-obj-{c}") for c in OBJECTION_COLUMNS)
    return Table(title, headers, rows, widths=OBJECTION_WIDTHS, language=t.language)
