"""The ticket card that staff read in their group: complete, escaped, one glance."""

from __future__ import annotations

import html
from typing import Any
from zoneinfo import ZoneInfo

from domain.agencies import Agency
from domain.i18n import Markup, Translator
from domain.messages import Attachment, Channel, FileRef
from domain.moments import local_time
from domain.tickets import Privacy, TicketKind, TicketStatus
from storage.models import Contact, Ticket


def resident_language(ticket: Ticket, contact: Contact | None) -> str:
    """The language a ticket's resident reads now: the one they chose (/bahasa), else
    the one they filed in (a resident who switched later is answered in the new one)."""
    return (contact.language if contact else None) or ticket.language


def worded(t: Translator, ticket: Ticket, key: str) -> str:
    """The catalog key to use for ``ticket``: an information request has its own words
    (``<key>-info``: "permohonan", "pemohon", no satisfaction rating) wherever the
    catalog holds them; a complaint uses ``key``."""
    if ticket.kind == TicketKind.INFO_REQUEST.value and t.has(f"{key}-info"):
        return f"{key}-info"
    return key


def status_label(t: Translator, ticket: Ticket) -> str:
    """The ticket's status in its own kind's words."""
    return t(worded(t, ticket, f"status-{ticket.status}"))


def reporter_line(t: Translator, ticket: Ticket, contact: Contact) -> str:
    if Privacy(ticket.privacy).hides_identity:
        return t("card-reporter-hidden")
    name = contact.display_name or "-"
    if contact.username:
        name += f" (@{contact.username})"
    if contact.phone:
        name += f" · {contact.phone}"
    return t(worded(t, ticket, "card-reporter"), name=name)


STATUS_ICONS = {
    "open": "🔄",  # an open ticket that is not new was reopened
    "in_progress": "🛠️",
    "answered": "💬",
    "resolved": "✅",
    "rejected": "❌",
    "closed": "🔒",
}


def card_heading(t: Translator, ticket: Ticket) -> str:
    """ "🆕 New complaint …" while the ticket is new; afterwards its state ("🔒 Complaint
    ADU-… — Closed"), so a card edited later never calls a closed ticket new."""
    kind = TicketKind(ticket.kind)
    if ticket.status == TicketStatus.OPEN.value and not ticket.reopened_count:
        key = "card-title-complaint" if kind is TicketKind.COMPLAINT else "card-title-info"
        return t(key, code=ticket.code)
    return t(
        "card-title-state",
        icon=STATUS_ICONS.get(ticket.status, "📋"),
        kind=t(f"kind-{ticket.kind}"),
        code=ticket.code,
        status=status_label(t, ticket),
    )


DOC = Attachment.DOCUMENT.value


def area_text(t: Translator, details: dict[str, Any]) -> str | None:
    """``Sukasari, Kec. Sukamaju Kota`` (or just the kecamatan), or ``None``."""
    kecamatan, desa = details.get("kecamatan"), details.get("desa")
    if not kecamatan:
        return None
    if desa:
        return t("area-desa", desa=str(desa), kecamatan=str(kecamatan))
    return t("area-kecamatan", kecamatan=str(kecamatan))


def ticket_card(
    t: Translator,
    ticket: Ticket,
    agency: Agency,
    contact: Contact,
    zone: ZoneInfo,
    agency_known: bool = True,
) -> str:
    kind = TicketKind(ticket.kind)
    lines = [card_heading(t, ticket), t("card-agency", agency=agency.name)]
    if not agency_known:
        lines.append(t("card-agency-unknown"))
    lines += [
        t("card-received", time=local_time(ticket.created_at, zone)),
        t("card-privacy", privacy=t(f"privacy-{ticket.privacy}")),
        reporter_line(t, ticket, contact),
    ]
    if kind is TicketKind.INFO_REQUEST:
        details = ticket.details
        lines += [
            t("card-info-name", name=str(details.get("name", "-"))),
            t("card-info-occupation", occupation=str(details.get("occupation") or "-")),
            t("card-info-contact", contact=str(details.get("contact", "-"))),
            t("card-info-purpose", purpose=str(details.get("purpose", "-"))),
            t("card-info-delivery", delivery=t(f"delivery-{details.get('delivery', 'chat')}")),
        ]
    if ticket.latitude is not None and ticket.longitude is not None:
        url = f"https://maps.google.com/?q={ticket.latitude:.6f},{ticket.longitude:.6f}"
        lines.append(t("card-location-map", url=Markup(html.escape(url, quote=True))))
    elif ticket.location_text:
        lines.append(t("card-location", location=ticket.location_text))
    details = ticket.details or {}
    if area := area_text(t, details):
        lines.append(t("card-area", area=Markup(area)))
    if details.get("category"):
        lines.append(t("card-category", category=str(details["category"])))
    if ticket.photos:
        documents = sum(1 for p in ticket.photos if isinstance(p, dict) and p.get("kind") == DOC)
        key = "card-attachments" if documents else "card-photos"
        lines.append(t(key, count=len(ticket.photos), documents=documents))
    lines.append("")
    lines.append(t("card-description-heading"))
    lines.append(html.escape(ticket.description, quote=False))
    return "\n".join(lines)


def ticket_photos(ticket: Ticket) -> tuple[FileRef, ...]:
    """The resident's photos kept on the ticket (rows from before typed references
    hold strings: read as :func:`domain.messages.legacy_file_ref` says)."""
    where = Channel.CONSOLE if ticket.channel == Channel.CONSOLE.value else None
    return tuple(FileRef.from_stored(p, Attachment.PHOTO, where) for p in ticket.photos)
