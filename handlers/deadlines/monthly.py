"""The monthly report to the supervisors: on the first working day of each month, the
previous month's performance (received, first response and resolution in working
hours, on-time shares, satisfaction, the best and worst agencies, the backlog now), with
the report's PDF attached (tables and charts, as the dashboard exports it; kept in the
database for the outbox) and a link to the month on the dashboard when it is on. Once
per month, whichever process runs it (a key per month in ``sla_job_run``, as the
digests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from domain.agencies import AgencyDirectory
from domain.documents.table import figure_text
from domain.figures.overview_pdf import overview_pdf
from domain.figures.periods import Period, previous_month
from domain.figures.ranking import best_and_worst
from domain.figures.summary import Figures, Overview
from domain.figures.tables import hours, percent
from domain.messages import Attachment, Channel, FileRef, OutgoingMessage
from domain.sla.rules import SlaRules
from handlers.deadlines.job import DeadlineJob
from storage import documents, outbox, sla
from storage.figures import backlog, overview
from storage.transaction import Session, SessionFactory


def first_working_day(rules: SlaRules, day: date) -> bool:
    """Whether ``day`` is the first working day of its month."""
    calendar = rules.calendar
    if not calendar.is_working_day(day):
        return False
    earlier = (day.replace(day=n) for n in range(1, day.day))
    return not any(calendar.is_working_day(d) for d in earlier)


class MonthlyReport(DeadlineJob):
    def __init__(
        self,
        sessions: SessionFactory,
        rules: SlaRules,
        agencies: AgencyDirectory,
        staff_language: str = "id",
        channel: Channel = Channel.TELEGRAM,
        on_committed: Callable[[], None] | None = None,
        dashboard_url: str | None = None,
    ) -> None:
        super().__init__(sessions, rules, agencies, staff_language, channel, on_committed)
        self._dashboard_url = dashboard_url

    async def run(self, now: datetime) -> bool:
        """The report for last month, if today is the first working day of this one and
        it has not gone out yet; ``False`` otherwise."""
        today = now.astimezone(self._rules.zone).date()
        chat_id = self._agencies.supervisors_chat_id
        if chat_id is None or not first_working_day(self._rules, today):
            return False
        period = previous_month(today)
        async with self._sessions.begin() as session:
            if not await sla.claim_job(session, f"monthly:{period.label}", now):
                return False
            figures = await overview(session, period, self._rules.zone, now)
            waiting, overdue = await backlog(session, now)
            text = self.text(period, figures, waiting, overdue)
            pdf = await self._pdf(session, period, figures, now)
            message = OutgoingMessage(self.channel, chat_id, text, documents=(pdf,))
            outbox.enqueue(session, message, now, purpose="monthly_report")
        self._committed(True)
        return True

    async def _pdf(
        self, session: Session, period: Period, figures: Overview, now: datetime
    ) -> FileRef:
        """The report's PDF (the dashboard's overview of the month), kept in the database
        for the outbox to send; the same document if the month's report is made again."""
        t = self._t
        title = t("fig-title-kind", period=period.label, kind=t("fig-kind-all"))
        names = {agency.code: agency.short_name for agency in self._agencies.agencies}
        data = overview_pdf(figures, names, self._agencies.regency, t, title)
        name = t("monthly-pdf-file", period=period.label)
        key = f"monthly-report:{period.label}:{t.language}"
        row = await documents.keep(session, key, name, data, now)
        return FileRef(Channel.STORED, str(row.id), Attachment.DOCUMENT, row.name)

    def _number(self, value: float | None) -> str:
        """A figure as the report's language writes it (8,0 / 8.0), "–" when missing."""
        return figure_text(value, self._t.language)

    def _line(self, code: str, figures: Figures) -> str:
        agency = self._agencies.get(code)
        return self._t(
            "monthly-agency",
            agency=agency.short_name if agency else code,
            share=self._number(percent(figures.response_share)),
            median=self._number(hours(figures.durations.response_median)),
        )

    def text(self, period: Period, figures: Overview, waiting: int, overdue: int) -> str:
        t, total = self._t, figures.total
        per_agency = {code: figures.get(code) for code in figures.agencies()}
        best, worst = best_and_worst(per_agency)
        lines = [
            t("monthly-title", period=period.label),
            t("monthly-summary", received=total.counts.received,
              median=self._number(hours(total.durations.response_median)),
              response=self._number(percent(total.response_share)),
              resolution=self._number(percent(total.resolution_share)),
              rating=self._number(total.rating_mean),
              rated=total.counts.rated),
            t("monthly-best"), *(self._line(code, per_agency[code]) for code in best),
            t("monthly-worst"), *(self._line(code, per_agency[code]) for code in worst),
            t("monthly-backlog", waiting=waiting, overdue=overdue),
        ]  # fmt: skip
        lines.append(t("monthly-pdf-attached"))
        if self._dashboard_url:
            base = self._dashboard_url.rstrip("/")
            lines.append(t("monthly-dashboard", link=f"{base}/dasbor?periode={period.label}"))
        return "\n".join(lines)
