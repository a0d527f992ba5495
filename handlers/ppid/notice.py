"""The written notice (pemberitahuan tertulis, UU 14/2008 art. 22(7); Perki 1/2021):
the decision, its reasons, the form, cost and handover of the information, and how to
object — as chat text in the requester's language and as a PDF letter on the agency's
letterhead."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from domain.agencies import Agency
from domain.documents.pdf import Block, Fields, Heading, Letterhead, Signature, Text, write_pdf
from domain.i18n import LANGUAGES, Translator
from domain.moments import format_moment
from domain.ppid.clock import objection_closes
from domain.ppid.offices import PpidOffice
from domain.sla.calendar import Calendar
from handlers.cards import local_time
from storage.models import Ticket
from storage.ppid.tables import PpidDecision


@dataclass(frozen=True)
class NoticeContext:
    ticket: Ticket
    decision: PpidDecision
    agency: Agency
    regency: str
    office: PpidOffice
    zone: ZoneInfo
    calendar: Calendar


def cost_text(t: Translator, cost: int) -> str:
    return (
        t("ppid-cost-free")
        if cost == 0
        else t("ppid-cost-rupiah", amount=f"{cost:,}".replace(",", "."))
    )


def _handover(t: Translator, handover: str | None) -> str:
    """The handover as written, or, when the PPID chose "through this chat" (stored in
    the staff's language), those words in the reader's language."""
    said = {Translator(language)("ppid-handover-chat-text") for language in LANGUAGES}
    return t("ppid-handover-chat-text") if handover in said else handover or "-"


def _fields(t: Translator, c: NoticeContext) -> list[tuple[str, str]]:
    d, ticket = c.decision, c.ticket
    pairs = [
        (t("ppid-notice-number"), ticket.code),
        (t("ppid-notice-received"), format_moment(ticket.created_at, c.zone, t.language)),
        (t("ppid-notice-requester"), str(ticket.details.get("name") or "-")),
        (t("ppid-notice-information"), ticket.description),
        (t("ppid-notice-decision"), t(f"ppid-kind-{d.kind}")),
    ]
    if d.exemption:
        pairs.append((t("ppid-notice-exemption"), t(f"ppid-exemption-{d.exemption}")))
    if d.withheld:
        pairs.append((t("ppid-notice-withheld"), d.withheld))
    if d.consequence:
        pairs.append((t("ppid-notice-consequence"), d.consequence))
    if d.held_by:
        pairs.append((t("ppid-notice-held-by"), d.held_by))
    if d.reason:
        pairs.append((t("ppid-notice-reason"), d.reason))
    if d.form:
        pairs += [
            (t("ppid-notice-form"), t(f"ppid-form-{d.form}")),
            (t("ppid-notice-cost"), cost_text(t, d.cost)),
            (t("ppid-notice-handover"), _handover(t, d.handover)),
        ]
    if d.links:
        pairs.append((t("ppid-notice-links"), "\n".join(d.links)))
    closes = objection_closes(c.calendar, d.decided_at)
    pairs.append(
        (
            t("ppid-notice-objection"),
            t("ppid-notice-objection-how", until=local_time(closes, c.zone), code=ticket.code),
        )
    )
    return pairs


def notice_text(t: Translator, c: NoticeContext) -> str:
    lines = [t("ppid-notice-title", code=c.ticket.code, agency=c.agency)]
    lines += [t("ppid-notice-line", label=label, value=value) for label, value in _fields(t, c)]
    return "\n".join(lines)


def notice_pdf(t: Translator, c: NoticeContext) -> bytes:
    # the letterhead keeps the official (Indonesian) names in every language
    letterhead = [c.regency.upper(), c.agency.name.upper()]
    if c.office.address:
        letterhead.append(c.office.address)
    date = local_time(c.decision.decided_at, c.zone)
    blocks: list[Block] = [
        Letterhead(tuple(letterhead)),
        Heading(t("ppid-pdf-title")),
        Text(t("ppid-pdf-opening", code=c.ticket.code)),
        Fields(tuple(_fields(t, c))),
        Signature(
            t("ppid-pdf-place-date", date=date),
            t("ppid-pdf-signer", agency=c.agency.short_name_in(t.language)),
            c.office.officer or c.decision.decided_by_name,
        ),
    ]
    return write_pdf(t("ppid-pdf-title") + " " + c.ticket.code, blocks)
