"""SLA configuration: built-in defaults, the ``sla:`` section of the agencies file,
``ADUAN_SLA_*`` environment variables, and per-agency ``sla:`` overrides.

Precedence, lowest first: built-in defaults, the file's top-level ``sla:``, the
environment (``ADUAN_SLA_CALENDAR``, ``ADUAN_SLA_FIRST_RESPONSE``,
``ADUAN_SLA_RESOLUTION``), then an agency's own ``sla:`` for that agency.

```yaml
sla:
  calendar: working              # or always (24/7)
  working_hours: "08:00-16:00"
  working_days: [mon, tue, wed, thu, fri]
  extra_days_off: [2026-12-24]   # cuti bersama and other days off
  complaint: {first_response: 3d, resolution: 5d}
  info: {first_response: 10d, extension: 7d}
  auto_close: 10d
  reminders: ["50%", 2h]         # share of the time, or how long before the deadline
  second_escalation: "200%"      # or a duration after the deadline; "off" for none
  escalation_chat_id: "-1001000000098"
  digest_time: "07:30"
  weekly_summary_day: mon
agencies:
  - code: bpbd
    sla: {calendar: always, complaint: {first_response: 2h, resolution: 1d}}
```
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from domain.agencies import AgenciesFileError
from domain.agencies_file import read_with_lines
from domain.known_keys import unknown_keys
from domain.sla.calendar import AlwaysOpen, Calendar, WorkingCalendar
from domain.sla.durations import Duration, parse_duration
from domain.sla.policy import KindPolicy, Point, Policy, parse_point

WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
DEFAULTS: dict[str, Any] = {
    "calendar": "working",
    "working_hours": "08:00-16:00",
    "working_days": ["mon", "tue", "wed", "thu", "fri"],
    "extra_days_off": [],
    "complaint": {"first_response": "3d", "resolution": "5d"},
    "info": {"first_response": "10d", "extension": "7d"},
    "auto_close": "10d",
    "reminders": ["50%", "1h"],
    "second_escalation": "200%",
}
AGENCY_KEYS = frozenset(DEFAULTS)
KIND_KEYS = frozenset({"first_response", "resolution", "extension"})
GLOBAL_KEYS = AGENCY_KEYS | {"escalation_chat_id", "digest_time", "weekly_summary_day"}
_HOURS = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")


class SlaConfigError(AgenciesFileError):
    """The ``sla:`` configuration is malformed; the message says where."""


@dataclass(frozen=True)
class SlaRules:
    default: Policy
    by_agency: Mapping[str, Policy] = field(default_factory=dict)
    escalation_chat_id: str | None = None
    digest_time: time = time(7, 30)
    weekly_day: int = 0
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Jakarta"))

    def policy_for(self, agency_code: str) -> Policy:
        return self.by_agency.get(agency_code, self.default)

    @property
    def calendar(self) -> Calendar:
        """The regency's own calendar (digests run on its working days)."""
        return self.default.calendar

    @classmethod
    def defaults(cls, zone: ZoneInfo | None = None) -> SlaRules:
        zone = zone or ZoneInfo("Asia/Jakarta")
        return parse_sla({}, zone)


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        elif value is not None:
            merged[key] = value
    return merged


def _duration(value: Any, where: str) -> Duration | None:
    if value is None or str(value).lower() in ("off", "none", ""):
        return None
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise SlaConfigError(f"{where}: {exc}") from exc


def _point(value: Any, where: str) -> Point:
    try:
        return parse_point(value)
    except ValueError as exc:
        raise SlaConfigError(f"{where}: {exc}") from exc


def _clock(value: Any, where: str) -> time:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", str(value).strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise SlaConfigError(f"{where}: expected a time like 07:30, got {value!r}")
    return time(int(match.group(1)), int(match.group(2)))


def _day(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise SlaConfigError(f"{where}: expected a date like 2026-12-24, got {value!r}") from exc


def _calendar(raw: Mapping[str, Any], zone: ZoneInfo, where: str) -> Calendar:
    kind = str(raw.get("calendar", "working")).lower()
    if kind == "always":
        return AlwaysOpen(zone=zone)
    if kind != "working":
        raise SlaConfigError(f"{where}.calendar: must be 'working' or 'always', got {kind!r}")
    match = _HOURS.match(str(raw.get("working_hours", "")).strip())
    if not match:
        raise SlaConfigError(f"{where}.working_hours: expected like 08:00-16:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
        raise SlaConfigError(f"{where}.working_hours: not a valid time range")
    closes = time(23, 59, 59, 999999) if h2 == 24 else time(h2, m2)
    days = raw.get("working_days") or []
    if not isinstance(days, list) or any(str(d).lower()[:3] not in WEEKDAYS for d in days):
        raise SlaConfigError(f"{where}.working_days: a list like [mon, tue, wed, thu, fri]")
    off = raw.get("extra_days_off") or []
    if not isinstance(off, list):
        raise SlaConfigError(f"{where}.extra_days_off: must be a list of dates")
    try:
        return WorkingCalendar(
            zone=zone,
            opens=time(h1, m1),
            closes=closes,
            weekdays=frozenset(WEEKDAYS[str(d).lower()[:3]] for d in days),
            extra_days_off=frozenset(_day(d, f"{where}.extra_days_off") for d in off),
        )
    except ValueError as exc:
        raise SlaConfigError(f"{where}: {exc}") from exc


def _kind(raw: Any, where: str) -> KindPolicy:
    if not isinstance(raw, Mapping):
        raise SlaConfigError(f"{where}: expected a mapping like {{first_response: 3d}}")
    _section(raw, KIND_KEYS, where)
    return KindPolicy(
        first_response=_duration(raw.get("first_response"), f"{where}.first_response"),
        resolution=_duration(raw.get("resolution"), f"{where}.resolution"),
        extension=_duration(raw.get("extension"), f"{where}.extension"),
    )


def build_policy(raw: Mapping[str, Any], zone: ZoneInfo, where: str) -> Policy:
    reminders = raw.get("reminders") or []
    if not isinstance(reminders, list):
        raise SlaConfigError(f"{where}.reminders: must be a list like ['50%', 1h]")
    second = raw.get("second_escalation")
    return Policy(
        calendar=_calendar(raw, zone, where),
        complaint=_kind(raw.get("complaint"), f"{where}.complaint"),
        info=_kind(raw.get("info"), f"{where}.info"),
        auto_close=_duration(raw.get("auto_close"), f"{where}.auto_close"),
        reminders=tuple(_point(r, f"{where}.reminders") for r in reminders),
        second_escalation=(
            None
            if second is None or str(second).lower() in ("off", "none", "")
            else _point(second, f"{where}.second_escalation")
        ),
    )


def _section(raw: Any, allowed: frozenset[str], where: str) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise SlaConfigError(f"{where}: expected a mapping")
    unknown = unknown_keys(raw, allowed)
    if unknown:
        raise SlaConfigError(f"{where}: " + "; ".join(unknown))
    return dict(raw)


def parse_sla(
    data: Any,
    zone: ZoneInfo,
    environment: Mapping[str, Any] | None = None,
    source: str = "agencies file",
) -> SlaRules:
    """Build the rules from the agencies file's data and the environment's overrides."""
    data = data if isinstance(data, Mapping) else {}
    top = _section(data.get("sla"), GLOBAL_KEYS, f"{source}: sla")
    file_defaults = {k: v for k, v in top.items() if k in AGENCY_KEYS}
    base = _merge(_merge(DEFAULTS, file_defaults), environment or {})
    default = build_policy(base, zone, f"{source}: sla")
    by_agency: dict[str, Policy] = {}
    for index, agency in enumerate(data.get("agencies") or []):
        if not isinstance(agency, Mapping) or agency.get("sla") is None:
            continue
        where = f"{source}: agencies[{index}].sla"
        own = _section(agency["sla"], AGENCY_KEYS, where)
        by_agency[str(agency.get("code", "")).strip()] = build_policy(
            _merge(base, own), zone, where
        )
    chat = top.get("escalation_chat_id")
    if chat is not None and not re.fullmatch(r"-?\d{1,20}", str(chat).strip()):
        raise SlaConfigError(f"{source}: sla.escalation_chat_id: must be a chat id number")
    weekly = str(top.get("weekly_summary_day", "mon")).lower()[:3]
    if weekly not in WEEKDAYS:
        raise SlaConfigError(f"{source}: sla.weekly_summary_day: a day like mon")
    if chat is None:  # no higher chat: no second escalation level
        default = replace(default, second_escalation=None)
        by_agency = {k: replace(v, second_escalation=None) for k, v in by_agency.items()}
    return SlaRules(
        default=default,
        by_agency=by_agency,
        escalation_chat_id=str(chat).strip() if chat is not None else None,
        digest_time=_clock(top.get("digest_time", "07:30"), f"{source}: sla.digest_time"),
        weekly_day=WEEKDAYS[weekly],
        zone=zone,
    )


def environment_overrides(
    calendar: str | None, first_response: str | None, resolution: str | None
) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    if calendar:
        overrides["calendar"] = calendar
    complaint = {"first_response": first_response, "resolution": resolution}
    complaint = {k: v for k, v in complaint.items() if v}
    if complaint:
        overrides["complaint"] = complaint
    return overrides


def load_sla(path: Path, zone: ZoneInfo, environment: Mapping[str, Any] | None = None) -> SlaRules:
    return read_with_lines(path, lambda data: parse_sla(data, zone, environment, str(path)))
