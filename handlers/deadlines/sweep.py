"""The sweep: performs every deadline step that is due — reminders to the agency,
escalations to the supervisors (and a higher chat), telling the resident, closing
answered tickets nobody replied to.

Due tickets are read in bounded batches in ``next_due_at`` order; each step is claimed
with a compare-and-set UPDATE in the same transaction as the outbox rows it causes, so
a step happens once per ticket and level however many sweeps run or restart.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from domain.agencies import AgencyDirectory
from domain.i18n import Translator
from domain.messages import OutgoingMessage, chat_channel
from domain.sla.policy import Advance, Stage, Step, StepKind, Timer, advance, steps_for
from domain.tickets import TicketKind, TicketStatus
from handlers.cards import local_time, resident_language, worded
from handlers.deadlines import notices
from handlers.deadlines.job import DeadlineJob
from handlers.staff.card import CardView, card_edit
from storage import sla
from storage.contacts import contacts_by_id
from storage.models import Contact, Ticket
from storage.transaction import Session

log = logging.getLogger(__name__)
BATCH_SIZE = 200
ACTOR = "sla"


@dataclass
class SweepReport:
    reminders: int = 0
    escalations: int = 0
    closed: int = 0
    conflicts: int = 0  # steps another sweep or a staff action took first

    @property
    def messages(self) -> int:
        return self.reminders + self.escalations + self.closed


def staff_target(ticket: Ticket, agencies: AgencyDirectory) -> tuple[str | None, str | None]:
    """Where a ticket's staff read it: its own chat and topic, else its agency's chat."""
    if ticket.staff_chat_id:
        return ticket.staff_chat_id, ticket.staff_thread_id
    agency = agencies.get(ticket.agency_code) or agencies.default
    chat = agency.info_chat_id if ticket.kind == TicketKind.INFO_REQUEST.value else None
    return chat or agency.staff_chat_id or agencies.default.staff_chat_id, None


class Sweeper(DeadlineJob):
    batch_size = BATCH_SIZE  # tickets read per transaction

    async def sweep(self, now: datetime) -> SweepReport:
        """Perform every step due by ``now``, one bounded batch per transaction."""
        report = SweepReport()
        after: tuple[datetime, int] | None = None
        while True:
            async with self._sessions.begin() as session:
                batch = await sla.due_batch(session, now, after, self.batch_size)
                if not batch:
                    break
                contacts = await self._contacts(session, batch)
                writes = sla.Writes()
                await self._advance(session, writes, batch, contacts, now, report)
                await writes.flush(session)
                last = batch[-1]
                assert last.next_due_at is not None and last.id is not None
                after = (last.next_due_at, last.id)
            self._committed(report.messages > 0)
            if len(batch) < self.batch_size:
                break
        return report

    async def adopt_untimed(self, now: datetime) -> int:
        """Give a deadline to open tickets that have none (made before SLAs existed)."""
        adopted, after_id = 0, 0
        while True:
            async with self._sessions.begin() as session:
                batch = await sla.untimed_open(session, after_id, self.batch_size)
                for ticket in batch:
                    sla.reschedule(session, ticket, now, self._rules)
                    adopted += ticket.sla_stage is not None
            if len(batch) < self.batch_size:
                return adopted
            after_id = batch[-1].id or 0

    @staticmethod
    async def _contacts(session: Session, batch: Sequence[Ticket]) -> dict[int, Contact]:
        return await contacts_by_id(session, {t.contact_id for t in batch})

    async def _advance(
        self,
        session: Session,
        writes: sla.Writes,
        batch: Sequence[Ticket],
        contacts: dict[int, Contact],
        now: datetime,
        report: SweepReport,
    ) -> None:
        """Plan every ticket of the batch, claim them all with one compare-and-set
        UPDATE, then write the messages of those that were claimed."""
        claims: list[tuple[Ticket, int, datetime | None]] = []
        closes: list[Ticket] = []
        plans: list[tuple[Ticket, Timer, Advance]] = []
        for ticket in batch:
            if ticket.sla_stage is None or ticket.sla_started_at is None or not ticket.sla_due_at:
                claims.append((ticket, ticket.sla_level, None))  # a stray timer: stop it
                continue
            policy = self._rules.policy_for(ticket.agency_code)
            timer = Timer(Stage(ticket.sla_stage), ticket.sla_started_at, ticket.sla_due_at)
            plan = advance(steps_for(policy, timer), ticket.sla_level, now)
            if any(step.kind is StepKind.CLOSE for step in plan.perform):
                closes.append(ticket)
            else:
                claims.append((ticket, plan.level, plan.next_at))
            plans.append((ticket, timer, plan))
        claimed = await sla.claim_many(session, claims)
        closed = await sla.close_many(session, closes, now)
        report.conflicts += len(claims) + len(closes) - len(claimed) - len(closed)
        for ticket, timer, plan in plans:
            contact = contacts.get(ticket.contact_id)
            if ticket.id in closed:
                self._close(writes, ticket, contact, now)
                report.closed += 1
            elif ticket.id in claimed:
                for step in plan.perform:
                    if step.kind is StepKind.REMIND:
                        self._remind(writes, ticket, timer, now)
                        report.reminders += 1
                    else:
                        self._escalate(writes, ticket, timer, step, contact, now)
                        report.escalations += 1

    def _close(
        self, writes: sla.Writes, ticket: Ticket, contact: Contact | None, now: datetime
    ) -> None:
        writes.event(ticket.id or 0, ACTOR, "auto_closed", None, now, ticket.code)
        policy = self._rules.policy_for(ticket.agency_code)
        self._closed_card(writes, ticket, contact, now)
        if contact is not None and policy.auto_close is not None:
            t = Translator(resident_language(ticket, contact))
            after = notices.duration_text(t, policy.auto_close, policy.calendar)
            text = t(worded(t, ticket, "sla-resident-closed"), code=ticket.code, after=after)
            self._to_resident(writes, ticket, contact, now, text)

    def _closed_card(
        self, writes: sla.Writes, ticket: Ticket, contact: Contact | None, now: datetime
    ) -> None:
        """Edit the card of a ticket closed here, so it says closed (no buttons)."""
        if contact is None or not ticket.card_message_id:
            return
        closed = Ticket.model_validate(
            {**ticket.model_dump(), "status": TicketStatus.CLOSED.value, "sla_due_at": None}
        )
        agency = self._agencies.get(ticket.agency_code) or self._agencies.default
        calendar = self._rules.policy_for(ticket.agency_code).calendar
        view = CardView(self._t, self._rules.zone, now, calendar)
        edit = card_edit(view, closed, agency, contact, self.channel)
        if edit is not None:
            writes.send(edit, now, "card_edit", None)

    def _remind(self, writes: sla.Writes, ticket: Ticket, timer: Timer, now: datetime) -> None:
        chat_id, thread_id = staff_target(ticket, self._agencies)
        policy = self._rules.policy_for(ticket.agency_code)
        t = self._t
        left = notices.time_left(t, policy.calendar, now, timer.due_at)
        writes.event(ticket.id or 0, ACTOR, "sla_reminder", left, now)
        if chat_id is None:
            log.error("ticket %s: no staff chat for its reminder", ticket.code)
            return
        text = notices.reminder_text(
            t, ticket.code, ticket.kind, timer.stage.value, left, timer.due_at, self._rules.zone
        )
        message = OutgoingMessage(self.channel, chat_id, text, thread_id=thread_id)
        writes.send(message, now, "sla_reminder", ticket.id)

    def _escalate(
        self,
        writes: sla.Writes,
        ticket: Ticket,
        timer: Timer,
        step: Step,
        contact: Contact | None,
        now: datetime,
    ) -> None:
        level = step.escalation
        writes.event(ticket.id or 0, ACTOR, f"sla_escalated_{level}", None, now, ticket.code)
        chat_id = (
            self._agencies.supervisors_chat_id if level == 1 else self._rules.escalation_chat_id
        )
        agency = self._agencies.get(ticket.agency_code) or self._agencies.default
        t = self._t
        if chat_id is None:
            log.error("ticket %s overdue but no chat for escalation level %d", ticket.code, level)
        else:
            text = notices.escalation_text(
                t, level, ticket.code, ticket.kind, agency.name, timer.stage.value,
                timer.due_at, now, ticket.description, self._rules.zone,
            )  # fmt: skip
            message = OutgoingMessage(
                self.channel, chat_id, text,
                buttons=notices.escalation_buttons(t, ticket.id or 0),
            )  # fmt: skip
            writes.send(message, now, "sla_escalation", ticket.id)
        if level == 1 and contact is not None:
            rt = Translator(resident_language(ticket, contact))
            text = rt(
                worded(rt, ticket, "sla-resident-escalated"),
                code=ticket.code,
                agency=agency,
                due=local_time(timer.due_at, self._rules.zone),
            )
            self._to_resident(writes, ticket, contact, now, text)

    @staticmethod
    def _to_resident(
        writes: sla.Writes, ticket: Ticket, contact: Contact, now: datetime, text: str
    ) -> None:
        channel = chat_channel(contact.channel)
        if channel is None:  # an Open311 requester: no chat to tell
            return
        message = OutgoingMessage(
            channel, contact.chat_id, text, language=resident_language(ticket, contact)
        )
        writes.send(message, now, "sla_resident", ticket.id)
