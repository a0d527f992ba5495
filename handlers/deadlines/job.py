"""What every deadline job (the sweeps, the digests, the monthly report) is built with:
the database, the deadline rules, the agencies, the staff's language, the channel staff
work on (chosen once by the composition root, :func:`bot.channels.registry.staff_channel`)
and what to wake once its messages are committed."""

from __future__ import annotations

from collections.abc import Callable

from domain.agencies import AgencyDirectory
from domain.i18n import Translator
from domain.messages import Channel
from domain.sla.rules import SlaRules
from storage.transaction import SessionFactory


class DeadlineJob:
    def __init__(
        self,
        sessions: SessionFactory,
        rules: SlaRules,
        agencies: AgencyDirectory,
        staff_language: str = "id",
        channel: Channel = Channel.TELEGRAM,
        on_committed: Callable[[], None] | None = None,
    ) -> None:
        self._sessions = sessions
        self._rules = rules
        self._agencies = agencies
        self._t = Translator(staff_language)
        self.channel = channel  # where staff, supervisors and superiors read
        self._on_committed = on_committed

    def _committed(self, sent: bool) -> None:
        """Wake the delivery worker once a transaction that queued messages committed."""
        if sent and self._on_committed:
            self._on_committed()
