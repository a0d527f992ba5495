"""The PPID's working-day windows on the SLA calendar: the decision deadline (10 working
days, once extended by 7: art. 22(7)–(8)), the 30 working days to object (art. 36(1)),
the superior's 30 working days to answer (art. 36(2)) and the 14 working days to take
the dispute to the Information Commission (art. 37(2)). Pure; time is passed in."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from domain.sla.calendar import Calendar
from domain.sla.durations import Duration

DECISION = Duration(10, "d")
EXTENSION = Duration(7, "d")
OBJECTION_WINDOW = Duration(30, "d")
SUPERIOR_ANSWER = Duration(30, "d")
COMMISSION_WINDOW = Duration(14, "d")


def end_of_day(calendar: Calendar, moment: datetime) -> datetime:
    """The last second of ``moment``'s day in the calendar's zone (a window that
    closes "on" a day stays open all of that day)."""
    local = moment.astimezone(calendar.zone).date()
    return datetime.combine(local, time(23, 59, 59), tzinfo=calendar.zone).astimezone(UTC)


def decision_due(
    calendar: Calendar,
    received: datetime,
    extended: bool,
    first: Duration = DECISION,
    extension: Duration | None = EXTENSION,
) -> datetime:
    due = calendar.add(received, first)
    if extended and extension is not None:
        due = calendar.add(due, extension)
    return due


def objection_closes(calendar: Calendar, arose: datetime) -> datetime:
    """The end of the 30th working day after the ground arose."""
    return end_of_day(calendar, calendar.add(arose, OBJECTION_WINDOW))


def superior_due(calendar: Calendar, filed: datetime) -> datetime:
    return calendar.add(filed, SUPERIOR_ANSWER)


def commission_closes(calendar: Calendar, answered: datetime) -> datetime:
    """The end of the 14th working day after the superior's answer (or its deadline)."""
    return end_of_day(calendar, calendar.add(answered, COMMISSION_WINDOW))


def objection_steps(calendar: Calendar, filed: datetime, due: datetime) -> list[datetime]:
    """When the superior is chased: a reminder at half the time, another one working day
    (8 working hours) before the deadline, then the supervisors at the deadline. The
    step numbers are the list's positions from 1 (the objection's ``level``)."""
    half = calendar.add_time(filed, calendar.between(filed, due) / 2)
    day_before = calendar.subtract_time(due, timedelta(hours=8))
    return sorted({half, max(day_before, half), due})


def working_days_left(calendar: Calendar, now: datetime, due: datetime) -> int:
    """Working days from ``now``'s day to ``due``'s (``due``'s day counts, today does
    not): how the law's windows are spoken of ("15 hari kerja lagi")."""
    today = now.astimezone(calendar.zone).date()
    last = due.astimezone(calendar.zone).date()
    return sum(
        calendar.is_working_day(today + timedelta(days=offset))
        for offset in range(1, (last - today).days + 1)
    )
