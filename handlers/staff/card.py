"""The ticket card in the staff chat: the ticket (see :mod:`handlers.cards`), its
working state (status, who handles it, time left) and the buttons to act on it.

The card is sent once per place (a new forum topic is opened with it in forum mode)
and afterwards *edited* through the outbox to show the new state: delivery stores the
card's message id on the ticket (``card_message_id``), and an edit is an outgoing
message with ``edit_message_id``. Edits are sent without ``ticket_id``: the edited
message is already mapped to the ticket.

Forum topics: the card's outgoing message carries ``new_topic``; the channel creates
the topic and sends the card into it in the same delivery attempt and reports the
topic id, which delivery stores as ``staff_thread_id``. The topic is thus created by
the outbox like every other platform call (durable, retried, ordered before anything
else sent to that chat), never fire-and-forget. Should the send into a fresh topic fail
transiently, the retry opens another topic; the ticket keeps the one that worked.
"""

from __future__ import annotations

import html
from datetime import datetime
from zoneinfo import ZoneInfo

from domain.agencies import Agency, StaffPlace
from domain.callbacks import pack
from domain.html_split import split_html
from domain.i18n import Translator
from domain.messages import Button, Location, OutgoingMessage
from domain.tickets import Privacy, TicketKind, TicketStatus
from handlers.cards import local_time, status_label, ticket_card
from handlers.context import Buttons, Turn
from handlers.staff import notify
from storage import staff
from storage.models import Contact, Ticket

TOPIC_SUBJECT_WORDS = 8
WIB = ZoneInfo("Asia/Jakarta")


def duration_text(t: Translator, seconds: float) -> str:
    minutes = max(int(seconds // 60), 0)
    if minutes < 60:
        return t("staff-span-minutes", count=minutes)
    if minutes < 60 * 48:
        return t("staff-span-hours", count=minutes // 60)
    return t("staff-span-days", count=minutes // (60 * 24))


def deadline_of(ticket: Ticket) -> datetime | None:
    """The running SLA deadline, when the SLA feature has set one."""
    due = getattr(ticket, "sla_due_at", None)
    return due if isinstance(due, datetime) else None


def time_left(t: Translator, ticket: Ticket, now: datetime) -> str | None:
    due = deadline_of(ticket)
    if due is None or not TicketStatus(ticket.status).is_open:
        return None
    if getattr(ticket, "sla_stage", None) == "autoclose":  # the resident's turn, not staff's
        return None
    seconds = (due - now).total_seconds()
    if seconds >= 0:
        return t("staff-card-due", left=duration_text(t, seconds))
    return t("staff-card-overdue", late=duration_text(t, -seconds))


def state_lines(t: Translator, ticket: Ticket, now: datetime, zone: ZoneInfo = WIB) -> list[str]:
    lines = [t("staff-card-status", status=status_label(t, ticket))]
    if ticket.assignee:
        lines.append(t("staff-card-assignee", name=ticket.assignee))
    elif TicketStatus(ticket.status).is_open:
        lines.append(t("staff-card-unassigned"))
    left = time_left(t, ticket, now)
    if left:
        lines.append(left)
    due = deadline_of(ticket)
    if is_info(ticket) and due is not None and TicketStatus(ticket.status).is_open:
        lines.append(t("ppid-card-due", due=local_time(due, zone)))
    if ticket.reopened_count:
        lines.append(t("staff-card-reopened", count=ticket.reopened_count))
    if ticket.rating:
        lines.append(t("staff-card-rating", score=ticket.rating))
    return lines


def card_buttons(t: Translator, ticket: Ticket) -> Buttons:
    if not TicketStatus(ticket.status).is_open or ticket.id is None:
        return ()
    tid = ticket.id
    if is_info(ticket):  # a request ends with a decision and its written notice
        return (
            (
                Button(t("staff-btn-take"), pack("sf", "tk", tid)),
                Button(t("ppid-btn-decide"), pack("pd", "start", tid)),
            ),
            (
                Button(t("staff-btn-reassign"), pack("sf", "ra", tid)),
                Button(t("staff-btn-ask"), pack("sf", "ad", tid)),
            ),
        )
    return (
        (
            Button(t("staff-btn-take"), pack("sf", "tk", tid)),
            Button(t("staff-btn-resolve"), pack("sf", "rs", tid)),
        ),
        (
            Button(t("staff-btn-reassign"), pack("sf", "ra", tid)),
            Button(t("staff-btn-reject"), pack("sf", "rj", tid)),
        ),
        (Button(t("staff-btn-ask"), pack("sf", "ad", tid)),),
    )


def card_text(
    turn: Turn,
    ticket: Ticket,
    agency: Agency,
    contact: Contact,
    extra: tuple[str, ...] = (),
) -> str:
    t = turn.staff_t
    body = ticket_card(
        t,
        ticket,
        agency,
        contact,
        turn.services.zone,
        agency_known=bool(ticket.details.get("agency_known", True)),
    )
    return "\n".join([body, "", *state_lines(t, ticket, turn.now, turn.services.zone), *extra])


def compact_text(turn: Turn, ticket: Ticket, agency: Agency, extra: tuple[str, ...]) -> str:
    """The card for an edit when the full card is longer than one message: the edited
    message is the card's last part, so it shows the state, and the full text stays in
    the parts above (and in ``/tiket CODE``)."""
    t = turn.staff_t
    lines = [
        t("staff-card-compact-title", code=ticket.code),
        t("card-agency", agency=agency.name),
        *state_lines(t, ticket, turn.now, turn.services.zone),
        *extra,
    ]
    return "\n".join(lines)


def topic_name(t: Translator, ticket: Ticket) -> str:
    """``ADU-2611-0042 · Jalan depan pasar berlubang …``; a confidential ticket's topic
    shows only its code and kind."""
    if Privacy(ticket.privacy) is Privacy.CONFIDENTIAL:
        return f"{ticket.code} · {t(f'kind-{ticket.kind}')}"
    words = ticket.description.split()
    subject = " ".join(words[:TOPIC_SUBJECT_WORDS])
    if len(words) > TOPIC_SUBJECT_WORDS:
        subject += " …"
    return f"{ticket.code} · {subject}"[:128]


def send_card(
    turn: Turn,
    ticket: Ticket,
    agency: Agency,
    contact: Contact,
    place: StaffPlace,
    photos: tuple[str, ...] = (),
) -> None:
    """Put the ticket's card in ``place`` (opening its topic in a forum)."""
    if place.chat_id is None:
        return
    location = None
    if ticket.latitude is not None and ticket.longitude is not None:
        location = Location(ticket.latitude, ticket.longitude)
    notify.enqueue(
        turn,
        OutgoingMessage(
            channel=turn.staff_channel(),
            chat_id=place.chat_id,
            text=card_text(turn, ticket, agency, contact),
            buttons=card_buttons(turn.staff_t, ticket),
            photos=photos,
            location=location,
            new_topic=topic_name(turn.staff_t, ticket) if place.forum else None,
        ),
        staff.CARD_PURPOSE,
        ticket.id,
    )


async def refresh_card(turn: Turn, ticket: Ticket, *extra: str) -> None:
    """Edit the ticket's card to show its current state (``extra`` lines appended)."""
    if not ticket.card_message_id or not ticket.staff_chat_id:
        return
    contact = await staff.contact_of(turn.session, ticket)
    agency = turn.services.agencies.get(ticket.agency_code) or turn.services.agencies.default
    if contact is None:
        return
    text = card_text(turn, ticket, agency, contact, extra)
    if len(split_html(text)) != 1:
        text = compact_text(turn, ticket, agency, extra)
    notify.enqueue(
        turn,
        OutgoingMessage(
            channel=turn.staff_channel(),
            chat_id=ticket.staff_chat_id,
            text=text,
            buttons=() if extra else card_buttons(turn.staff_t, ticket),
            edit_message_id=ticket.card_message_id,
        ),
        "card_edit",
    )


def is_info(ticket: Ticket) -> bool:
    return TicketKind(ticket.kind) is TicketKind.INFO_REQUEST


def escape(text: str) -> str:
    return html.escape(text, quote=False)
