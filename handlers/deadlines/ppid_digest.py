"""The PPID's part of the supervisors' daily digest: how many information requests wait
for a decision and how many objections for the superior's answer, then those whose
deadline falls within two working days or has passed (the most urgent first)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.agencies import AgencyDirectory
from domain.i18n import Translator
from domain.sla.durations import Duration
from domain.sla.rules import SlaRules
from handlers.cards import local_time
from handlers.ppid.state import due_of
from storage.ppid import records
from storage.transaction import Session

NEAR = Duration(2, "d")  # "near": due within two working days
SHOWN = 10  # items listed; the rest are counted


@dataclass(frozen=True)
class Due:
    due: datetime
    key: str  # the catalog text of its line
    params: dict[str, str]


def _near(rules: SlaRules, agency_code: str, due: datetime, now: datetime) -> bool:
    return due <= rules.policy_for(agency_code).calendar.add(now, NEAR)


async def ppid_lines(
    session: Session, t: Translator, rules: SlaRules, agencies: AgencyDirectory, now: datetime
) -> list[str]:
    """The digest's PPID lines; none when nothing waits."""
    requests = await records.undecided_requests(session)
    objections = await records.unanswered_objections(session)
    if not requests and not objections:
        return []

    def agency_name(code: str) -> str:
        return (agencies.get(code) or agencies.default).short_name

    urgent: list[Due] = []
    for ticket in requests:
        due = due_of(rules, ticket)
        if _near(rules, ticket.agency_code, due, now):
            late = "-late" if due <= now else ""
            params = {"code": ticket.code, "agency": agency_name(ticket.agency_code),
                      "due": local_time(due, rules.zone)}  # fmt: skip
            urgent.append(Due(due, f"ppid-digest-request{late}", params))
    asked = await records.requests_of(session, [o.request_id for o in objections])
    for objection in objections:
        request = asked.get(objection.request_id)
        if request is None or not _near(rules, request.agency_code, objection.due_at, now):
            continue
        late = "-late" if objection.due_at <= now else ""
        params = {"code": objection.code, "request": request.code,
                  "agency": agency_name(request.agency_code),
                  "due": local_time(objection.due_at, rules.zone)}  # fmt: skip
        urgent.append(Due(objection.due_at, f"ppid-digest-objection{late}", params))
    urgent.sort(key=lambda item: item.due)
    lines = ["", t("ppid-digest-title", requests=len(requests), objections=len(objections))]
    if not urgent:
        return [*lines, t("ppid-digest-none-near")]
    lines.append(t("ppid-digest-near"))
    lines += [t(item.key, **item.params) for item in urgent[:SHOWN]]
    if len(urgent) > SHOWN:
        lines.append(t("ppid-digest-more", count=len(urgent) - SHOWN))
    return lines
