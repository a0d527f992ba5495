"""Figures for people who watch deadlines: a daily digest for the supervisors (working
days; with the PPID's requests and objections near their deadline) and a weekly
summary for each agency's group. Each goes out once per period, whichever process
runs it and however often (a key per period in ``sla_job_run``)."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta

from domain.messages import OutgoingMessage
from domain.moments import LocalDate
from handlers.deadlines.job import DeadlineJob
from handlers.deadlines.notices import span_text
from handlers.deadlines.ppid_digest import ppid_lines
from storage import outbox, sla, sla_figures
from storage.sla_figures import AgencyFigures
from storage.transaction import Session

log = logging.getLogger(__name__)
MEDIAN_WINDOW = timedelta(days=30)


class Digests(DeadlineJob):
    def _midnight(self, day: date) -> datetime:
        return datetime.combine(day, time(0), tzinfo=self._rules.zone).astimezone(UTC)

    def _median(self, figures: AgencyFigures) -> str:
        median = figures.median_response
        return span_text(self._t, median) if median is not None else self._t("sla-median-none")

    async def daily(self, now: datetime) -> bool:
        """The supervisors' digest for today; ``False`` when not sent (not a working
        day, no supervisors' chat, or already sent today)."""
        today = now.astimezone(self._rules.zone).date()
        chat_id = self._agencies.supervisors_chat_id
        if chat_id is None or not self._rules.calendar.is_working_day(today):
            return False
        start, end = self._midnight(today - timedelta(days=1)), self._midnight(today)
        async with self._sessions.begin() as session:
            if not await sla.claim_job(session, f"daily:{today.isoformat()}", now):
                return False
            per_agency = await sla_figures.figures(session, now, start, end, end - MEDIAN_WINDOW)
            t = self._t
            lines = [t("sla-digest-title", date=LocalDate(today))]
            shown = [
                (agency, per_agency[agency.code])
                for agency in self._agencies.agencies
                if agency.code in per_agency
                and (per_agency[agency.code].open or per_agency[agency.code].answered)
            ]
            shown.sort(key=lambda pair: (-pair[1].overdue, -pair[1].open))
            for agency, figures in shown:
                lines.append(
                    t(
                        "sla-digest-line",
                        agency=agency.short_name,
                        open=figures.open,
                        overdue=figures.overdue,
                        answered=figures.answered,
                        median=self._median(figures),
                    )
                )
            lines.append(t("sla-digest-footnote") if shown else t("sla-digest-empty"))
            lines += await ppid_lines(session, t, self._rules, self._agencies, now)
            message = OutgoingMessage(self.channel, chat_id, "\n".join(lines))
            outbox.enqueue(session, message, now, purpose="sla_digest")
        self._committed(True)
        return True

    async def weekly(self, now: datetime) -> int:
        """Each agency's summary of the last seven days; returns how many were queued.
        A summary whose figures are all 0 is not sent (a group is not told every week
        that nothing happened); the supervisors are told how many were skipped."""
        today = now.astimezone(self._rules.zone).date()
        year, week, _ = today.isocalendar()
        start, end = self._midnight(today - timedelta(days=7)), self._midnight(today)
        sent, skipped = 0, []
        async with self._sessions.begin() as session:
            if not await sla.claim_job(session, f"weekly:{year}-W{week:02d}", now):
                return 0
            per_agency = await sla_figures.figures(session, now, start, end, end - MEDIAN_WINDOW)
            for agency in self._agencies.agencies:
                if not agency.staff_chat_id:
                    continue
                figures = per_agency.get(agency.code, AgencyFigures())
                if is_empty(figures):
                    skipped.append(agency.short_name)
                    continue
                text = self._t(
                    "sla-weekly",
                    agency=agency.short_name,
                    start=LocalDate(today - timedelta(days=7)),
                    end=LocalDate(today - timedelta(days=1)),
                    received=figures.received,
                    answered=figures.answered,
                    open=figures.open,
                    overdue=figures.overdue,
                    median=self._median(figures),
                )
                message = OutgoingMessage(self.channel, agency.staff_chat_id, text)
                outbox.enqueue(session, message, now, purpose="sla_weekly")
                sent += 1
            self._tell_skipped(session, now, sent, skipped)
        self._committed(bool(sent or skipped))
        return sent

    def _tell_skipped(self, session: Session, now: datetime, sent: int, skipped: list[str]) -> None:
        """One line to the supervisors: how many weekly summaries went, which were
        skipped for having nothing to say."""
        log.info("weekly summaries: %d sent, %d skipped (all figures 0)", sent, len(skipped))
        chat_id = self._agencies.supervisors_chat_id
        if not skipped or chat_id is None:
            return
        text = self._t(
            "sla-weekly-skipped", sent=sent, skipped=len(skipped), agencies=", ".join(skipped)
        )
        message = OutgoingMessage(self.channel, chat_id, text)
        outbox.enqueue(session, message, now, purpose="sla_weekly")


def is_empty(figures: AgencyFigures) -> bool:
    """Nothing received, answered, open or overdue: a summary of zeros."""
    return not (figures.received or figures.answered or figures.open or figures.overdue)
