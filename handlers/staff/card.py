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
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from domain.agencies import Agency, StaffPlace
from domain.callbacks import pack
from domain.html_split import split_html
from domain.i18n import Translator
from domain.messages import Attachment, Button, Channel, FileRef, Location, OutgoingMessage
from domain.shorten import shorten
from domain.sla.calendar import Calendar
from domain.tickets import Privacy, TicketKind, TicketStatus
from handlers.cards import local_time, status_label, ticket_card
from handlers.context import Buttons, Turn
from handlers.deadlines import notices
from handlers.staff import notify
from storage import staff
from storage.models import Contact, Ticket

TOPIC_SUBJECT_WORDS = 8


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


def calendar_for(turn: Turn, ticket: Ticket) -> Calendar:
    """The calendar the ticket's deadline runs on (its agency's policy)."""
    return turn.services.sla.policy_for(ticket.agency_code).calendar


def time_left(
    t: Translator, ticket: Ticket, now: datetime, calendar: Calendar, zone: ZoneInfo | None
) -> str | None:
    """Working time left (or how late), as the deadline's calendar counts it, and the
    due date in the regency's zone (``zone`` None: without the date)."""
    due = deadline_of(ticket)
    if due is None or not TicketStatus(ticket.status).is_open:
        return None
    if getattr(ticket, "sla_stage", None) == "autoclose":  # the resident's turn, not staff's
        return None
    when = local_time(due, zone) if zone is not None else None
    if now <= due:
        left = notices.time_left(t, calendar, now, due)
        return (
            t("staff-card-due-by", left=left, due=when) if when else t("staff-card-due", left=left)
        )
    late = notices.working_time(t, calendar, due, now)
    return (
        t("staff-card-overdue-by", late=late, due=when)
        if when
        else t("staff-card-overdue", late=late)
    )


def state_lines(
    t: Translator, ticket: Ticket, now: datetime, zone: ZoneInfo, calendar: Calendar
) -> list[str]:
    lines = [t("staff-card-status", status=status_label(t, ticket))]
    if ticket.assignee:
        lines.append(t("staff-card-assignee", name=ticket.assignee))
    elif TicketStatus(ticket.status).is_open:
        lines.append(t("staff-card-unassigned"))
    due = deadline_of(ticket)
    info_due = is_info(ticket) and due is not None and TicketStatus(ticket.status).is_open
    left = time_left(t, ticket, now, calendar, None if info_due else zone)
    if left:
        lines.append(left)
    if info_due and due is not None:
        lines.append(t("ppid-card-due", due=local_time(due, zone)))
    if ticket.reopened_count:
        lines.append(t("staff-card-reopened", count=ticket.reopened_count))
    if ticket.rating:
        lines.append(t("staff-card-rating", score=ticket.rating))
    return lines


def card_buttons(t: Translator, ticket: Ticket) -> Buttons:
    """What can still be done to the ticket, two to a row. "Ambil" only while nobody
    holds it: once taken, the card names who took it (``Ditangani: …``) instead."""
    if not TicketStatus(ticket.status).is_open or ticket.id is None:
        return ()
    tid = ticket.id
    take = () if ticket.assignee else (Button(t("staff-btn-take"), pack("sf", "tk", tid)),)
    if is_info(ticket):  # a request ends with a decision and its written notice
        actions = (
            *take,
            Button(t("ppid-btn-decide"), pack("pd", "start", tid)),
            Button(t("staff-btn-reassign"), pack("sf", "ra", tid)),
            Button(t("staff-btn-ask"), pack("sf", "ad", tid)),
        )
    else:
        actions = (
            *take,
            Button(t("staff-btn-resolve"), pack("sf", "rs", tid)),
            Button(t("staff-btn-reassign"), pack("sf", "ra", tid)),
            Button(t("staff-btn-reject"), pack("sf", "rj", tid)),
            Button(t("staff-btn-ask"), pack("sf", "ad", tid)),
        )
    return tuple(actions[i : i + 2] for i in range(0, len(actions), 2))


@dataclass(frozen=True)
class CardView:
    """What a card is drawn with, in a turn or outside one (the deadline sweep)."""

    t: Translator
    zone: ZoneInfo
    now: datetime
    calendar: Calendar


def view_for(turn: Turn, ticket: Ticket) -> CardView:
    return CardView(turn.staff_t, turn.services.zone, turn.now, calendar_for(turn, ticket))


def render_card(
    view: CardView, ticket: Ticket, agency: Agency, contact: Contact, extra: tuple[str, ...] = ()
) -> str:
    body = ticket_card(
        view.t,
        ticket,
        agency,
        contact,
        view.zone,
        agency_known=bool(ticket.details.get("agency_known", True)),
    )
    state = state_lines(view.t, ticket, view.now, view.zone, view.calendar)
    return "\n".join([body, "", *state, *extra])


def card_text(
    turn: Turn,
    ticket: Ticket,
    agency: Agency,
    contact: Contact,
    extra: tuple[str, ...] = (),
) -> str:
    return render_card(view_for(turn, ticket), ticket, agency, contact, extra)


def compact_text(view: CardView, ticket: Ticket, agency: Agency, extra: tuple[str, ...]) -> str:
    """The card for an edit when the full card is longer than one message: the edited
    message is the card's last part, so it shows the state, and the full text stays in
    the parts above (and in ``/tiket CODE``)."""
    lines = [
        view.t("staff-card-compact-title", code=ticket.code),
        view.t("card-agency", agency=agency.name),
        *state_lines(view.t, ticket, view.now, view.zone, view.calendar),
        *extra,
    ]
    return "\n".join(lines)


def card_edit(
    view: CardView,
    ticket: Ticket,
    agency: Agency,
    contact: Contact,
    channel: Channel,
    extra: tuple[str, ...] = (),
    at: tuple[str, str] | None = None,
) -> OutgoingMessage | None:
    """The edit that makes the ticket's card show its current state (heading, status,
    time left, buttons); ``None`` when the card was never delivered. ``at`` (a chat
    and a message id): another copy of the card to edit instead, e.g. the one pressed."""
    chat_id, message_id = at or (ticket.staff_chat_id, ticket.card_message_id)
    if not chat_id or not message_id:
        return None
    text = render_card(view, ticket, agency, contact, extra)
    if len(split_html(text)) != 1:
        text = compact_text(view, ticket, agency, extra)
    return OutgoingMessage(
        channel=channel,
        chat_id=chat_id,
        text=text,
        buttons=() if extra else card_buttons(view.t, ticket),
        edit_message_id=message_id,
    )


def topic_name(t: Translator, ticket: Ticket) -> str:
    """``ADU-2611-0042 · Jalan depan pasar berlubang …``; a confidential ticket's topic
    shows only its code and kind."""
    if Privacy(ticket.privacy) is Privacy.CONFIDENTIAL:
        return f"{ticket.code} · {t(f'kind-{ticket.kind}')}"
    words = ticket.description.split()
    subject = " ".join(words[:TOPIC_SUBJECT_WORDS])
    if len(words) > TOPIC_SUBJECT_WORDS:
        subject += " …"
    return shorten(f"{ticket.code} · {subject}", 128)


def send_card(
    turn: Turn,
    ticket: Ticket,
    agency: Agency,
    contact: Contact,
    place: StaffPlace,
    photos: tuple[FileRef, ...] = (),
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
            photos=tuple(f for f in photos if f.kind is not Attachment.DOCUMENT),
            documents=tuple(f for f in photos if f.kind is Attachment.DOCUMENT),
            location=location,
            new_topic=topic_name(turn.staff_t, ticket) if place.forum else None,
        ),
        staff.CARD_PURPOSE,
        ticket.id,
    )


async def refresh_card(
    turn: Turn, ticket: Ticket, *extra: str, at: tuple[str, str] | None = None
) -> None:
    """Edit the ticket's card to show its current state (``extra`` lines appended);
    ``at``: another copy of it (a chat and a message id), see :func:`card_edit`."""
    if at is None and (not ticket.card_message_id or not ticket.staff_chat_id):
        return
    contact = await staff.contact_of(turn.session, ticket)
    agency = turn.services.agencies.get(ticket.agency_code) or turn.services.agencies.default
    if contact is None:
        return
    view = view_for(turn, ticket)
    edit = card_edit(view, ticket, agency, contact, turn.staff_channel(), extra, at)
    if edit is not None:
        notify.enqueue(turn, edit, "card_edit")


def is_info(ticket: Ticket) -> bool:
    return TicketKind(ticket.kind) is TicketKind.INFO_REQUEST


def escape(text: str) -> str:
    return html.escape(text, quote=False)
