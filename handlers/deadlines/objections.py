"""The objection clock (UU 14/2008 art. 36(2)): the PPID's superior has 30 working days
to answer an objection in writing. The sweep chases them like tickets: a reminder in
the superior's chat at half the time and one working day before the deadline; at the
deadline the supervisors are alerted and the requester is told that the silence lets
them take the dispute to the Information Commission (art. 37(2), 14 working days).

Each step is claimed with a compare-and-set on the objection's ``level`` (and no
verdict yet) in the same transaction as the messages it causes, so a step happens once
however many sweeps run. After downtime only the latest due step is performed: a late
sweep escalates without stale reminders.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from domain.i18n import Translator
from domain.messages import Channel, OutgoingMessage
from domain.ppid.clock import commission_closes, objection_steps, working_days_left
from handlers.cards import local_time, resident_language
from handlers.deadlines import notices
from handlers.deadlines.job import DeadlineJob
from storage import sla
from storage.contacts import contacts_by_id
from storage.models import Contact, Ticket
from storage.ppid import records
from storage.ppid.tables import PpidObjection
from storage.transaction import Session

log = logging.getLogger(__name__)
BATCH_SIZE = 100
ACTOR = "sla"
PURPOSE = "ppid_objection_deadline"


@dataclass
class ObjectionReport:
    reminders: int = 0
    escalations: int = 0
    conflicts: int = 0  # steps another sweep or the superior's answer took first

    @property
    def messages(self) -> int:
        return self.reminders + self.escalations


@dataclass(frozen=True)
class Plan:
    """What one sweep does to one objection: the level it moves to, when it looks
    again, and whether that level is the deadline (the escalation)."""

    level: int
    next_at: datetime | None
    escalate: bool
    remind: bool


def plan_for(steps: Sequence[datetime], level: int, now: datetime) -> Plan:
    """The latest step due by ``now`` after ``level`` (steps count from 1)."""
    due = [position for position, at in enumerate(steps, 1) if at <= now and position > level]
    reached = max(due, default=level)
    later = [at for position, at in enumerate(steps, 1) if position > reached]
    return Plan(
        level=reached,
        next_at=min(later) if later else None,
        escalate=bool(due) and reached == len(steps),
        remind=bool(due) and reached < len(steps),
    )


class ObjectionSweeper(DeadlineJob):
    batch_size = BATCH_SIZE  # objections read per transaction

    async def sweep(self, now: datetime) -> ObjectionReport:
        """Perform every objection step due by ``now``, a bounded batch per transaction
        (each claimed objection leaves the due set, so the next batch reads on)."""
        report = ObjectionReport()
        while True:
            conflicts = report.conflicts
            async with self._sessions.begin() as session:
                batch = await records.due_objections(session, now, self.batch_size)
                if batch:
                    await self._advance(session, batch, now, report)
            self._committed(report.messages > 0)
            if len(batch) < self.batch_size or report.conflicts - conflicts == len(batch):
                return report  # the last batch, or one another sweep is working on

    async def _advance(
        self,
        session: Session,
        batch: Sequence[PpidObjection],
        now: datetime,
        report: ObjectionReport,
    ) -> None:
        requests = await records.requests_of(session, [o.request_id for o in batch])
        contacts = await contacts_by_id(session, {o.contact_id for o in batch})
        writes = sla.Writes()
        for objection in batch:
            request = requests.get(objection.request_id)
            if request is None or objection.verdict:  # a stray timer: stop it
                await records.stop_clock(session, objection.id or 0)
                continue
            calendar = self._rules.policy_for(request.agency_code).calendar
            plan = plan_for(objection_steps(calendar, objection.filed_at, objection.due_at),
                            objection.level, now)  # fmt: skip
            if not await records.claim_step(session, objection, plan.level, plan.next_at):
                report.conflicts += 1
                continue
            if plan.remind:
                self._remind(writes, objection, request, now)
                report.reminders += 1
            elif plan.escalate:
                self._escalate(writes, objection, request, contacts.get(objection.contact_id), now)
                report.escalations += 1
        await writes.flush(session)

    def _remind(
        self, writes: sla.Writes, objection: PpidObjection, request: Ticket, now: datetime
    ) -> None:
        t = self._t
        calendar = self._rules.policy_for(request.agency_code).calendar
        days = working_days_left(calendar, now, objection.due_at)
        left = t("sla-duration-working-days", count=days)
        writes.event(request.id or 0, ACTOR, "objection_reminder", f"{objection.code}: {left}", now)
        if not objection.superior_chat_id:
            log.error("objection %s: no PPID superior chat for its reminder", objection.code)
            return
        text = t(
            "ppid-objection-reminder", code=objection.code, request=request.code, left=left,
            due=local_time(objection.due_at, self._rules.zone),
        )  # fmt: skip
        message = OutgoingMessage(self.channel, objection.superior_chat_id, text)
        writes.send(message, now, PURPOSE, request.id)

    def _escalate(
        self,
        writes: sla.Writes,
        objection: PpidObjection,
        request: Ticket,
        contact: Contact | None,
        now: datetime,
    ) -> None:
        t, zone = self._t, self._rules.zone
        writes.event(request.id or 0, ACTOR, "objection_escalated", objection.code, now)
        agency = self._agencies.get(request.agency_code) or self._agencies.default
        chat_id = self._agencies.supervisors_chat_id
        if chat_id is None:
            log.error("objection %s overdue but no supervisors' chat", objection.code)
        else:
            text = t(
                "ppid-objection-escalation", code=objection.code, request=request.code,
                agency=agency.name, ground=t(f"ppid-ground-{objection.ground}"),
                due=local_time(objection.due_at, zone),
                summary=notices.summary(objection.explanation),
            )  # fmt: skip
            writes.send(OutgoingMessage(self.channel, chat_id, text), now, PURPOSE,
                        request.id)  # fmt: skip
        if contact is None:
            return
        rt = Translator(resident_language(request, contact))
        calendar = self._rules.policy_for(request.agency_code).calendar
        until = local_time(commission_closes(calendar, objection.due_at), zone)
        text = rt("ppid-objection-unanswered", code=objection.code, request=request.code,
                  due=local_time(objection.due_at, zone), until=until)  # fmt: skip
        message = OutgoingMessage(Channel(contact.channel), contact.chat_id, text,
                                  language=rt.language)  # fmt: skip
        writes.send(message, now, PURPOSE, request.id)
