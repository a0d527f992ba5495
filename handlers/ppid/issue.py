"""Issuing a decision: record it, end the request, send the written notice (chat text,
the PDF letter, the information's documents) and show the decision on the card."""

from __future__ import annotations

from collections.abc import Iterable

from domain.i18n import Translator
from domain.messages import Attachment, Channel, FileRef, OutgoingMessage, chat_channel
from domain.ppid.decisions import Decision
from domain.tickets import TicketStatus
from handlers.context import Turn
from handlers.ppid.notice import NoticeContext, notice_pdf, notice_text
from handlers.ppid.state import due_of
from handlers.staff import card, lifecycle, notify
from handlers.staff.place import actor
from storage import documents, staff
from storage.models import Ticket
from storage.ppid import records
from storage.ppid.tables import PpidDecision


def file_refs(stored: Iterable[object]) -> tuple[FileRef, ...]:
    """A decision's files as stored (strings before typed references; a photo among
    them was ``photo:<file id>``)."""
    return tuple(FileRef.from_stored(item, Attachment.DOCUMENT) for item in stored)


def context_for(turn: Turn, ticket: Ticket, decision: PpidDecision) -> NoticeContext:
    services = turn.services
    agency = services.agencies.get(ticket.agency_code) or services.agencies.default
    return NoticeContext(
        ticket=ticket,
        decision=decision,
        agency=agency,
        regency=services.agencies.regency,
        office=services.ppid.office(agency.code),
        zone=services.zone,
        calendar=services.sla.policy_for(agency.code).calendar,
    )


async def decide(
    turn: Turn, ticket: Ticket, decision: Decision, documents: tuple[FileRef, ...]
) -> None:
    sender = turn.message.sender
    handed = decision.kind.gives_information and bool(documents or decision.links)
    row = await records.add_decision(
        turn.session,
        PpidDecision(
            ticket_id=ticket.id or 0,
            kind=decision.kind.value,
            exemption=decision.exemption.value if decision.exemption else None,
            consequence=decision.consequence,
            withheld=decision.withheld,
            held_by=decision.held_by,
            reason=decision.reason,
            form=decision.form.value if decision.form else None,
            cost=decision.cost,
            handover=decision.handover,
            links=list(decision.links),
            documents=[document.to_json() for document in documents],
            decided_at=turn.now,
            decision_due_at=due_of(turn.services.sla, ticket),
            decided_by=actor(turn),
            decided_by_name=(sender.display_name or sender.user_id)[:128],
            handed_over_at=turn.now if handed else None,
        ),
    )
    if ticket.first_response_at is None:
        ticket.first_response_at = turn.now
    await lifecycle.move(
        turn, ticket, TicketStatus.CLOSED, actor(turn), "decided", decision.kind.value
    )
    await send_notice(turn, ticket, row)
    t = turn.staff_t
    await card.refresh_card(turn, ticket, t("ppid-card-decided", kind=t(f"ppid-kind-{row.kind}")))
    notify.here(turn, t("ppid-decided", code=ticket.code, kind=t(f"ppid-kind-{row.kind}")), ticket)


async def send_notice(turn: Turn, ticket: Ticket, decision: PpidDecision) -> None:
    """The notice to the requester, in their language, on their channel: as text, as
    the PDF letter (kept in the database, so the outbox sends it whenever it can) and
    with the information's documents."""
    contact = await staff.contact_of(turn.session, ticket)
    channel = chat_channel(contact.channel) if contact is not None else None
    if contact is None or channel is None:  # no chat: an Open311 requester
        return
    t = Translator(notify.resident_language(ticket, contact))
    context = context_for(turn, ticket, decision)

    def message(text: str, files: tuple[FileRef, ...] = ()) -> OutgoingMessage:
        return OutgoingMessage(
            channel=channel,
            chat_id=contact.chat_id,
            text=text,
            photos=tuple(f for f in files if f.kind is Attachment.PHOTO),
            documents=tuple(f for f in files if f.kind is not Attachment.PHOTO),
            language=t.language,
        )

    purpose = notify.RESIDENT_PURPOSE
    notify.enqueue(turn, message(notice_text(t, context)), purpose, ticket.id)
    letter = await letter_of(turn, t, context)
    notify.enqueue(turn, message(t("ppid-notice-letter", code=ticket.code), (letter,)), purpose,
                   ticket.id)  # fmt: skip
    if decision.documents:
        files = file_refs(decision.documents)
        text = t("ppid-notice-documents", code=ticket.code)
        notify.enqueue(turn, message(text, files), purpose, ticket.id)


async def letter_of(turn: Turn, t: Translator, context: NoticeContext) -> FileRef:
    """The written notice as a PDF letter in ``t``'s language, written once per request
    and language and kept (asked for again, the same letter goes out)."""
    ticket = context.ticket
    key = documents.notice_key(ticket.id or 0, t.language)
    row = await documents.by_key(turn.session, key)
    if row is None:
        name = t("ppid-letter-file", code=ticket.code)
        row = await documents.keep(turn.session, key, name, notice_pdf(t, context), turn.now)
    return FileRef(Channel.STORED, str(row.id), Attachment.DOCUMENT, row.name)


def pdf_for(turn: Turn, ticket: Ticket, decision: PpidDecision, language: str) -> bytes:
    return notice_pdf(Translator(language), context_for(turn, ticket, decision))
