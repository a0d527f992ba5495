"""What a handler gets for one incoming message: the message, the sender's contact and
conversation state, a database session, services, and ways to send.

Everything a handler sends is written to the outbox in the same transaction as the
state change it causes; nothing leaves until that transaction commits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from domain.agencies import AgencyDirectory
from domain.i18n import LANGUAGES, Translator
from domain.messages import (
    Button,
    Channel,
    FileRef,
    IncomingMessage,
    Location,
    OutgoingMessage,
)
from domain.ppid.offices import PpidDirectory
from domain.sla.rules import SlaRules
from knowledge_base.entries import KnowledgeBase
from knowledge_base.matcher import Matcher
from storage import outbox
from storage.models import Contact, Conversation
from storage.transaction import Session

# The conversation-data key of the language the resident's last free-text question was
# read in (see :func:`handlers.resident.faq.kb_language`); kept when the flow changes.
WRITTEN_LANGUAGE = "kb_language"


class KnowledgeSource(Protocol):
    """The current knowledge base and its matcher (reloaded when the files change)."""

    @property
    def kb(self) -> KnowledgeBase: ...

    @property
    def matcher(self) -> Matcher: ...


@dataclass(frozen=True)
class Services:
    """Long-lived collaborators, wired once in the composition root."""

    agencies: AgencyDirectory
    knowledge: KnowledgeSource
    zone: ZoneInfo
    default_language: str = "id"
    staff_language: str = "id"
    sla: SlaRules = field(default_factory=SlaRules.defaults)  # deadlines (bot/sla)
    ppid: PpidDirectory = field(default_factory=PpidDirectory)  # superiors, letterheads
    publication: bool = False  # the public page is on: residents may withdraw reports
    dashboard_url: str | None = None  # where the dashboard is reached (its login links)
    # where agencies' staff, supervisors and PPID superiors work, whatever channel the
    # resident uses: chosen once by bot.channels.registry.staff_channel
    staff_channel: Channel = Channel.TELEGRAM


Buttons = tuple[tuple[Button, ...], ...]
POPUP_CHANNELS = frozenset({Channel.TELEGRAM, Channel.CONSOLE})


class Turn:
    """One incoming message being handled."""

    def __init__(
        self,
        services: Services,
        session: Session,
        message: IncomingMessage,
        contact: Contact,
        conversation: Conversation,
        now: datetime,
        is_new_contact: bool = False,
        awaiting_details: bool | None = None,
    ) -> None:
        self.services = services
        self.session = session
        self.message = message
        self.contact = contact
        self.conversation = conversation
        self.now = now
        self.is_new_contact = is_new_contact
        # whether one of the contact's open tickets waits for details from them, when
        # already known (``None``: not asked yet)
        self.awaiting_details = awaiting_details
        self.sent: list[OutgoingMessage] = []
        # Text to answer this button press with, shown as a popup to the presser only
        # (set by a handler; sent after the turn commits, never for a failed turn).
        self.callback_answer: str | None = None

    # -- language -------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The resident's chosen language; else English when their last question was
        written in English (a resident who asks in English files the complaint that
        follows in English too); else their phone's language; else the default."""
        if self.contact.language in LANGUAGES:
            return self.contact.language or "id"
        if (self.conversation.data or {}).get(WRITTEN_LANGUAGE) == "en":
            return "en"
        code = (self.message.sender.language_code or "").lower()
        if code.startswith("en"):
            return "en"
        if code.startswith(("id", "in")):
            return "id"
        return self.services.default_language

    @property
    def t(self) -> Translator:
        return Translator(self.language)

    @property
    def staff_t(self) -> Translator:
        return Translator(self.services.staff_language)

    # -- conversation state ---------------------------------------------------------
    @property
    def flow(self) -> str | None:
        return self.conversation.flow

    @property
    def step(self) -> str | None:
        return self.conversation.step

    @property
    def data(self) -> dict[str, Any]:
        return dict(self.conversation.data or {})

    def go(self, flow: str | None, step: str | None, **changes: Any) -> None:
        """Move the conversation to ``flow``/``step`` and merge ``changes`` into its data."""
        conversation = self.conversation
        data = self.data if flow == conversation.flow else self._carried()
        data.update(changes)
        # an attribute set on the ORM row costs an event and a validation each time:
        # only what changes is set (``update_data`` twice in a turn sets ``data`` twice)
        if conversation.flow != flow:
            conversation.flow = flow
        if conversation.step != step:
            conversation.step = step
        conversation.data = data  # reassign so the JSON column is marked dirty
        if conversation.updated_at != self.now:
            conversation.updated_at = self.now

    def update_data(self, **changes: Any) -> None:
        self.go(self.conversation.flow, self.conversation.step, **changes)

    def reset(self, **keep: Any) -> None:
        self.go(None, None)
        if keep:
            self.conversation.data = {**self._carried(), **keep}

    def _carried(self) -> dict[str, Any]:
        """What outlives a flow: the language the resident last wrote in."""
        written = (self.conversation.data or {}).get(WRITTEN_LANGUAGE)
        return {WRITTEN_LANGUAGE: written} if written else {}

    # -- sending --------------------------------------------------------------------
    def reply(
        self,
        text: str,
        buttons: Buttons = (),
        photos: tuple[FileRef, ...] = (),
        location: Location | None = None,
    ) -> None:
        """Send to the chat the message came from (and its forum topic)."""
        self.send(
            self.message.channel,
            self.message.chat_id,
            text,
            buttons=buttons,
            photos=photos,
            location=location,
            thread_id=self.message.thread_id,
            language=self.language if self.message.is_private else None,
        )

    def send(
        self,
        channel: Channel,
        chat_id: str,
        text: str,
        buttons: Buttons = (),
        photos: tuple[FileRef, ...] = (),
        location: Location | None = None,
        thread_id: str | None = None,
        purpose: str = "",
        ticket_id: int | None = None,
        language: str | None = None,
    ) -> None:
        if language is None and chat_id == self.message.chat_id and self.message.is_private:
            language = self.language  # the resident's own chat: their language
        message = OutgoingMessage(
            channel=channel,
            chat_id=chat_id,
            text=text,
            buttons=buttons,
            photos=photos,
            location=location,
            thread_id=thread_id,
            language=language,
        )
        self.sent.append(message)
        outbox.enqueue(self.session, message, self.now, purpose=purpose, ticket_id=ticket_id)

    @property
    def can_answer_press(self) -> bool:
        """Whether this is a button press whose answer can carry a popup (Telegram,
        and the console that stands in for it; WhatsApp has no such answer)."""
        return self.message.callback_id is not None and self.message.channel in POPUP_CHANNELS

    def staff_channel(self) -> Channel:
        """Where staff groups are, whatever channel the resident uses."""
        return self.services.staff_channel
