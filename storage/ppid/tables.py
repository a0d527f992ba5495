"""Tables of the PPID's work (migration 0009): one decision per information request, one
objection per request, each with what the registers and the annual report read."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, SQLModel

from storage.types import UtcDateTime


def _utc(**kwargs: Any) -> Any:
    return Field(sa_type=UtcDateTime, **kwargs)


def _text() -> Any:
    return Field(default="", sa_column=Column(Text, nullable=False))


class PpidDecision(SQLModel, table=True):
    """How a request ended (UU 14/2008 art. 22(7)): its kind, ground, form, cost and
    handover, and the written notice's date (``decided_at``)."""

    __tablename__ = "ppid_decision"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", unique=True)
    kind: str = Field(max_length=16)
    exemption: str | None = Field(default=None, max_length=2)
    consequence: str = _text()
    withheld: str = _text()
    held_by: str = _text()
    reason: str = _text()
    form: str | None = Field(default=None, max_length=16)
    cost: int = 0
    handover: str = _text()
    links: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # FileRef.to_json() objects; rows from before typed references hold strings
    documents: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    decided_at: datetime = _utc(index=True)
    decision_due_at: datetime = _utc()
    decided_by: str = Field(default="", max_length=128)
    decided_by_name: str = Field(default="", max_length=128)
    handed_over_at: datetime | None = _utc(default=None)


class PpidObjection(SQLModel, table=True):
    """An objection (keberatan, art. 35) to the PPID's superior, with its own 30-working-
    day clock: ``level`` is the last reminder or escalation done, ``next_due_at`` when
    the sweep looks again."""

    __tablename__ = "ppid_objection"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    request_id: int = Field(foreign_key="ticket.id", unique=True)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    ground: str = Field(max_length=2)
    explanation: str = _text()
    filed_at: datetime = _utc(index=True)
    due_at: datetime = _utc()
    superior_chat_id: str | None = Field(default=None, max_length=64)
    level: int = 0
    next_due_at: datetime | None = _utc(default=None, index=True)
    verdict: str | None = Field(default=None, max_length=16)
    response: str = _text()
    responded_at: datetime | None = _utc(default=None)
    responder_name: str = Field(default="", max_length=128)
    responder_position: str = Field(default="", max_length=160)
    requester_response: str = _text()
