"""At start-up, the supervisors are told which agencies' objections would reach no PPID
superior (no ``ppid.superior_chat_id`` for them in the agencies file, UU 14/2008 art.
36): ``aduan check-config`` warns the operator, this tells the people who answer for
the service. Sent by the first sweep of the process that leads, at most once a day
however many processes start or restart (a key per day in ``sla_job_run``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from domain.agencies import AgencyDirectory
from domain.messages import Channel, OutgoingMessage
from domain.ppid.offices import PpidDirectory
from domain.sla.rules import SlaRules
from handlers.deadlines.job import DeadlineJob
from storage import outbox, sla
from storage.transaction import SessionFactory

PURPOSE = "config_alert"


class SuperiorCheck(DeadlineJob):
    def __init__(
        self,
        sessions: SessionFactory,
        rules: SlaRules,
        agencies: AgencyDirectory,
        ppid: PpidDirectory,
        staff_language: str = "id",
        channel: Channel = Channel.TELEGRAM,
        on_committed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(sessions, rules, agencies, staff_language, channel, on_committed)
        self._ppid = ppid

    async def run(self, now: datetime) -> bool:
        """Tell the supervisors, if some agency has no superior and they were not told
        today; ``False`` when nothing was sent."""
        chat_id = self._agencies.supervisors_chat_id
        missing = self._ppid.unconfigured(list(self._agencies.codes()))
        if chat_id is None or not missing:
            return False
        day = now.astimezone(self._rules.zone).date()
        names = [self._name(code) for code in missing]
        text = self._t("ppid-superiors-missing", count=len(missing), agencies=", ".join(names))
        async with self._sessions.begin() as session:
            if not await sla.claim_job(session, f"ppid-superiors:{day.isoformat()}", now):
                return False
            outbox.enqueue(session, OutgoingMessage(self.channel, chat_id, text), now,
                           purpose=PURPOSE)  # fmt: skip
        self._committed(True)
        return True

    def _name(self, code: str) -> str:
        agency = self._agencies.get(code)
        return agency.short_name if agency else code
