"""The words of deadlines: reminders, escalations, notices to residents, durations.

Text only; the sweep and the handlers decide where it goes. Catalog arguments are
escaped by :class:`Translator`, so ticket text is passed as it is.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from domain.callbacks import pack
from domain.i18n import Markup, Translator
from domain.messages import Button
from domain.shorten import shorten
from domain.sla.calendar import Calendar
from domain.sla.durations import Duration
from handlers.cards import local_time

SUMMARY_LIMIT = 300
NUDGE = "sn"  # callback actions of the supervisors' buttons
HISTORY = "sh"
MINUTE = timedelta(minutes=1)


def span_text(t: Translator, delta: timedelta, day: timedelta = timedelta(days=1)) -> str:
    """``2 hari 3 jam``, ``45 menit``: the two largest of days, hours and minutes, rounded
    down; under a minute (zero too) reads ``kurang dari 1 menit``, never ``0 detik``.
    ``day``: how long a day is (a working day of working time is the office hours)."""
    seconds = max(int(delta.total_seconds()), 0)
    if seconds < 60:
        return t("sla-span-under-minute")
    day_seconds = max(int(day.total_seconds()), 3600)
    parts = [
        ("sla-span-d", seconds // day_seconds),
        ("sla-span-h", seconds % day_seconds // 3600),
        ("sla-span-m", seconds % 3600 // 60),
    ]
    while parts[0][1] == 0:
        parts.pop(0)
    return " ".join(t(key, count=count) for key, count in parts[:2] if count)


def working_time(t: Translator, calendar: Calendar, start: datetime, end: datetime) -> str:
    """The time from ``start`` to ``end`` as the calendar counts it: ``2 hari 3 jam
    waktu kerja`` (days of office hours) on a working calendar, plain time when always
    open."""
    if calendar.always_open:
        return span_text(t, end - start)
    span = span_text(t, calendar.between(start, end), calendar.working_day)
    return t("sla-left-working", span=span)


def time_left(t: Translator, calendar: Calendar, now: datetime, due: datetime) -> str:
    """Working time until ``due``; before the office opens on a deadline set at the
    opening (``08:00``, where working days counted from an evening arrival end) no
    working time is left, yet the clock time until it is real: that is shown."""
    if not calendar.always_open and calendar.between(now, due) < MINUTE <= due - now:
        return span_text(t, due - now)
    return working_time(t, calendar, now, due)


def duration_text(t: Translator, duration: Duration, calendar: Calendar) -> str:
    if duration.is_days and not calendar.always_open:
        return t("sla-duration-working-days", count=duration.amount)
    if duration.unit == "s":  # as the operator wrote it: ``30s`` is 30 seconds
        return t("sla-span-s", count=duration.amount)
    return span_text(t, duration.as_timedelta())


def summary(description: str) -> str:
    return shorten(description, SUMMARY_LIMIT)


def reminder_text(
    t: Translator, code: str, kind: str, stage: str, left: str, due: datetime, zone: ZoneInfo
) -> str:
    return t(
        "sla-reminder",
        code=code,
        kind=t(f"kind-{kind}"),
        stage=t(f"sla-stage-{stage}"),
        left=left,
        due=local_time(due, zone),
    )


def escalation_text(
    t: Translator,
    level: int,
    code: str,
    kind: str,
    agency: str,
    stage: str,
    due: datetime,
    now: datetime,
    description: str,
    zone: ZoneInfo,
) -> str:
    return t(
        "sla-escalation",
        title=Markup(t(f"sla-escalation-title-{min(level, 2)}", code=code)),
        kind=t(f"kind-{kind}"),
        agency=agency,
        stage=t(f"sla-stage-{stage}"),
        due=local_time(due, zone),
        overdue=span_text(t, now - due),
        summary=summary(description),
    )


def escalation_buttons(t: Translator, ticket_id: int) -> tuple[tuple[Button, ...], ...]:
    return (
        (
            Button(t("sla-button-nudge"), pack(NUDGE, ticket_id)),
            Button(t("sla-button-history"), pack(HISTORY, ticket_id)),
        ),
    )
