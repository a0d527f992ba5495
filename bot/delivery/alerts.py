"""What the supervisors are told about delivery: every dead letter (unless it is a
notice to them that failed, or a message to their own chat), and a staff group the bot
can no longer send to (its agency's reports are not arriving)."""

from __future__ import annotations

import html
from datetime import datetime

from domain.agencies import AgencyDirectory
from domain.i18n import Translator
from domain.messages import Channel, OutgoingMessage
from storage import dead_letters, outbox
from storage.dead_letters import DeadLetter
from storage.transaction import Session

UNREACHABLE_PURPOSE = "staff_unreachable"


class SupervisorAlerts:
    """Queues the supervisors' notices, in the transaction that made them necessary."""

    def __init__(
        self,
        agencies: AgencyDirectory | None,
        staff_channel: Channel,
        language: str,
    ) -> None:
        self._agencies = agencies
        self.staff_channel = staff_channel  # where staff and supervisors are
        self._language = language

    def dead_letter(self, session: Session, dead: DeadLetter, now: datetime) -> None:
        supervisors = self._agencies.supervisors_chat_id if self._agencies else None
        if supervisors is not None:
            recipient = (self.staff_channel, supervisors)
            dead_letters.enqueue_notice(session, dead, now, recipient, self._language)

    def staff_unreachable(
        self, session: Session, channel: str, chat_id: str, now: datetime
    ) -> None:
        """``chat_id`` refused a message; if it is an agency's staff group, say so."""
        if self._agencies is None or channel != self.staff_channel.value:
            return
        supervisors = self._agencies.supervisors_chat_id
        agency = self._agencies.by_staff_chat(chat_id)
        if supervisors is None or agency is None or chat_id == supervisors:
            return
        text = Translator(self._language)(
            "delivery-staff-unreachable", chat=html.escape(chat_id), agency=agency.name
        )
        message = OutgoingMessage(channel=self.staff_channel, chat_id=supervisors, text=text)
        outbox.enqueue(session, message, now, purpose=UNREACHABLE_PURPOSE)
