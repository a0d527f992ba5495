"""Tables. The database is the source of truth for conversations, tickets, timers and
every message received or owed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint, event
from sqlmodel import Field, SQLModel

from domain.figures.hours import hour_of
from storage.types import UtcDateTime


def _utc(**kwargs: Any) -> Any:
    return Field(sa_type=UtcDateTime, **kwargs)


class Contact(SQLModel, table=True):
    """A resident or staff member as one channel knows them."""

    __tablename__ = "contact"
    __table_args__ = (UniqueConstraint("channel", "external_id", name="uq_contact_channel_user"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)
    external_id: str = Field(max_length=64)
    chat_id: str = Field(max_length=64)
    display_name: str = Field(default="", max_length=256)
    username: str | None = Field(default=None, max_length=64)
    phone: str | None = Field(default=None, max_length=32)
    language: str | None = Field(default=None, max_length=8)
    created_at: datetime = _utc()
    unreachable_at: datetime | None = _utc(default=None)


class Conversation(SQLModel, table=True):
    """Where a contact is in a multi-step dialog; survives restarts."""

    __tablename__ = "conversation"

    contact_id: int = Field(foreign_key="contact.id", primary_key=True)
    flow: str | None = Field(default=None, max_length=32)
    step: str | None = Field(default=None, max_length=32)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = _utc()


class InboxEntry(SQLModel, table=True):
    """A received update, stored before it is acknowledged and processed."""

    __tablename__ = "inbox"
    __table_args__ = (Index("ix_inbox_pending", "status", "chat_key", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=128, unique=True)
    channel: str = Field(max_length=16)
    chat_key: str = Field(max_length=96)
    payload: str = Field(sa_column=Column(Text, nullable=False))
    status: str = Field(default="pending", max_length=16)
    attempts: int = 0
    received_at: datetime = _utc()
    processed_at: datetime | None = _utc(default=None)
    error: str | None = Field(default=None, sa_column=Column(Text))


class OutboxEntry(SQLModel, table=True):
    """A message owed to someone, written in the transaction that caused it."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "status", "available_at", "id"),  # in delivery order
        Index("ix_outbox_chat", "channel", "chat_id", "id"),
        Index("ix_outbox_head", "status", "channel", "chat_id", "id"),  # head of each chat
    )

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)
    chat_id: str = Field(max_length=64)
    payload: str = Field(sa_column=Column(Text, nullable=False))
    purpose: str = Field(default="", max_length=32)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    status: str = Field(default="pending", max_length=16)
    attempts: int = 0
    available_at: datetime = _utc()
    created_at: datetime = _utc()
    sent_at: datetime | None = _utc(default=None)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    message_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # what the platform reported after sending (WhatsApp: sent, delivered, read, failed)
    platform_status: str | None = Field(default=None, max_length=16)
    platform_status_at: datetime | None = _utc(default=None)


FIGURE_COLUMNS = (
    "agency_code", "kind", "created_at", "status", "sla_stage", "sla_due_at",
    "first_response_seconds", "first_response_met", "resolution_seconds", "resolution_met",
    "reassigned_count", "reopened_count", "rating", "channel", "category",
)  # fmt: skip


# figures: covers the count of the tickets waiting now and past their deadline (0013)
AGENCY_STATUS_COLUMNS = ("agency_code", "status", "kind", "sla_stage", "sla_due_at")


class Ticket(SQLModel, table=True):
    """A complaint or a public-information request."""

    __tablename__ = "ticket"
    __table_args__ = (
        Index("ix_ticket_agency_status", *AGENCY_STATUS_COLUMNS),
        Index("ix_ticket_staff_thread", "staff_chat_id", "staff_thread_id"),
        Index("ix_ticket_updated_at", "updated_at"),  # publication: what changed
        Index("ix_ticket_created_at", "created_at"),  # publication: what grew old enough
        # figures: covers the grouped queries over the tickets received in a period, so
        # they read this index alone (agency and kind first: one range per group)
        Index("ix_ticket_figures", *FIGURE_COLUMNS),
        Index("ix_ticket_resolution", "resolution_at", "agency_code", "kind"),
        # figures per local day: the hours group in index order (migration 0013)
        Index("ix_ticket_created_hour", "created_hour", "agency_code", "kind"),
        Index("ix_ticket_finished_hour", "finished_hour", "agency_code", "kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    kind: str = Field(max_length=16)
    status: str = Field(max_length=16, index=True)
    agency_code: str = Field(max_length=32)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    description: str = Field(sa_column=Column(Text, nullable=False))
    privacy: str = Field(default="public", max_length=16)
    location_text: str | None = Field(default=None, sa_column=Column(Text))
    latitude: float | None = None
    longitude: float | None = None
    # FileRef.to_json() objects; rows from before typed references hold strings
    photos: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    language: str = Field(default="id", max_length=8)
    staff_chat_id: str | None = Field(default=None, max_length=64)  # where its card went
    staff_thread_id: str | None = Field(default=None, max_length=32)  # its forum topic
    assignee: str | None = Field(default=None, max_length=128)  # the admin handling it
    # staff workflow (migration 0004)
    assignee_id: str | None = Field(default=None, max_length=64)  # their platform user id
    card_message_id: str | None = Field(default=None, max_length=32)  # to edit the card
    awaiting_details_at: datetime | None = _utc(default=None)  # staff asked the resident
    reopened_count: int = Field(default=0)
    rating: int | None = None  # 1-5, from the resident after resolution
    rating_comment: str | None = Field(default=None, sa_column=Column(Text))
    rated_at: datetime | None = _utc(default=None)
    created_at: datetime = _utc()
    updated_at: datetime = _utc()
    first_response_at: datetime | None = _utc(default=None)
    resolved_at: datetime | None = _utc(default=None)
    closed_at: datetime | None = _utc(default=None)
    # deadlines (SLA): the running stage, the last step done, and when to look again
    sla_stage: str | None = Field(default=None, max_length=16)
    sla_level: int = 0
    sla_started_at: datetime | None = _utc(default=None)
    sla_due_at: datetime | None = _utc(default=None)
    next_due_at: datetime | None = _utc(default=None, index=True)
    sla_extended_at: datetime | None = _utc(default=None)
    # figures (migration 0008): recorded when the event happens (working time from the
    # SLA calendar), so figures for a period are grouped queries, not a replay of events
    channel: str | None = Field(default=None, max_length=16)  # where the resident wrote
    category: str | None = Field(default=None, max_length=64)  # the keyword it names
    reassigned_count: int = Field(default=0)
    resolution_at: datetime | None = _utc(default=None)  # when the agency finished it
    first_response_seconds: int | None = None
    first_response_met: bool | None = None
    resolution_seconds: int | None = None
    resolution_met: bool | None = None
    # created_at and resolution_at in UTC hours (domain.figures.hours): _stamp_hours
    created_hour: int | None = None
    finished_hour: int | None = None


@event.listens_for(Ticket, "before_insert")
@event.listens_for(Ticket, "before_update")
def _stamp_hours(_mapper: Any, _connection: Any, ticket: Ticket) -> None:
    ticket.created_hour = hour_of(ticket.created_at)
    ticket.finished_hour = hour_of(ticket.resolution_at)


class TicketEvent(SQLModel, table=True):
    """Audit trail: who did what to a ticket, and when."""

    __tablename__ = "ticket_event"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    at: datetime = _utc()
    actor: str = Field(max_length=128)
    action: str = Field(max_length=32)
    detail: str | None = Field(default=None, sa_column=Column(Text))


class TicketSequence(SQLModel, table=True):
    """Last number handed out per code prefix (``ADU-2611``)."""

    __tablename__ = "ticket_sequence"

    prefix: str = Field(primary_key=True, max_length=16)
    last_value: int = 0


class KbQuestionLog(SQLModel, table=True):
    """Questions the knowledge base did not answer well, for KB authors (masked)."""

    __tablename__ = "kb_question_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _utc(index=True)
    outcome: str = Field(max_length=16)  # unanswered | unhelpful | helpful
    text: str = Field(sa_column=Column(Text, nullable=False))
    normalised: str = Field(sa_column=Column(Text, nullable=False))
    entry_id: str | None = Field(default=None, max_length=96)


class TicketMessage(SQLModel, table=True):
    """A platform message that belongs to a ticket (its card, a relayed reply, a
    reminder), so a reply to that message can be tied back to the ticket."""

    __tablename__ = "ticket_message"
    __table_args__ = (
        UniqueConstraint("channel", "chat_id", "message_id", name="uq_ticket_message"),
    )

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    channel: str = Field(max_length=16)
    chat_id: str = Field(max_length=64)
    message_id: str = Field(max_length=32)
    created_at: datetime = _utc()


class SlaJobRun(SQLModel, table=True):
    """A scheduled job that ran for a period (``daily:2026-11-23``): digests go out once."""

    __tablename__ = "sla_job_run"

    key: str = Field(primary_key=True, max_length=64)
    ran_at: datetime = _utc()


class PublishedReport(SQLModel, table=True):
    """A complaint as the public page, the open data and the Open311 API show it:
    masked when stored (see :mod:`domain.publication`). ``state`` withheld (staff) or
    withdrawn (the resident) keeps it off every public output."""

    __tablename__ = "published_report"
    __table_args__ = (
        Index("ix_published_state_requested", "state", "requested_at"),
        Index("ix_published_state_agency", "state", "agency_code", "requested_at"),
    )

    ticket_id: int = Field(foreign_key="ticket.id", primary_key=True)
    code: str = Field(max_length=32, unique=True)
    state: str = Field(default="published", max_length=16)
    agency_code: str = Field(max_length=32)
    category: str | None = Field(default=None, max_length=64)
    status: str = Field(max_length=16)
    description: str = Field(sa_column=Column(Text, nullable=False))
    reply: str | None = Field(default=None, sa_column=Column(Text))
    address: str | None = Field(default=None, sa_column=Column(Text))
    area: str | None = Field(default=None, max_length=200)
    latitude: float | None = None
    longitude: float | None = None
    requested_at: datetime = _utc()
    updated_at: datetime = _utc()
    resolved_at: datetime | None = _utc(default=None)
    published_at: datetime = _utc()
    source_updated_at: datetime = _utc()  # the ticket's updated_at when last copied
    edited_at: datetime | None = _utc(default=None)  # staff edited the text: keep it


class PublicationCursor(SQLModel, table=True):
    """How far publication has looked: tickets changed after ``changed_after`` and
    tickets created after ``created_after`` are still to be considered."""

    __tablename__ = "publication_cursor"

    name: str = Field(primary_key=True, max_length=32)
    changed_after: datetime | None = _utc(default=None)
    changed_after_id: int = 0  # tie-breaker: tickets one bulk update stamped alike
    created_after: datetime | None = _utc(default=None)


class ApiClient(SQLModel, table=True):
    """A client of the Open311 API; only a hash of its key is kept."""

    __tablename__ = "api_client"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=32, unique=True)
    key_hash: str = Field(max_length=64, unique=True)
    key_hint: str = Field(max_length=8)  # the key's first characters, to tell keys apart
    created_at: datetime = _utc()
    revoked_at: datetime | None = _utc(default=None)
    last_used_at: datetime | None = _utc(default=None)
