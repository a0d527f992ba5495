"""A ticket's audit trail in words people read: what happened, who did it, when.

Staff (``/tiket CODE``) and supervisors (the History button) read the same lines. An
event's action is a catalog entry (``staff-action-<action>``); an action the catalog
does not know yet is shown with its underscores as spaces. The actor is a name for
staff, and "reporter", "supervisor" or "system (deadlines)" for everyone else, never
an internal id.
"""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from domain.i18n import Translator
from domain.shorten import shorten
from handlers.cards import local_time
from storage.models import TicketEvent

DETAIL_LIMIT = 160
SYSTEM_ACTORS = ("sla", "system", "scheduler")


def action_label(t: Translator, action: str) -> str:
    key = f"staff-action-{action}"
    return t(key) if t.has(key) else action.replace("_", " ")


def actor_label(t: Translator, actor: str) -> str:
    kind, _, rest = actor.partition(":")
    if kind == "staff":
        name = rest.partition(" ")[2].strip()
        return name or t("history-actor-staff")
    if kind == "resident":
        return t("staff-actor-resident")
    if kind == "supervisor":
        return t("history-actor-supervisor")
    if kind in SYSTEM_ACTORS:
        return t("history-actor-system")
    return t("history-actor-other")


def event_lines(
    t: Translator, events: Sequence[TicketEvent], zone: ZoneInfo, limit: int
) -> list[str]:
    """One line per event, the last ``limit`` of them, oldest first."""
    return [
        t(
            "history-line",
            time=local_time(event.at, zone),
            action=action_label(t, event.action),
            actor=actor_label(t, event.actor),
            detail=f": {shorten(event.detail, DETAIL_LIMIT)}" if event.detail else "",
        )
        for event in events[-limit:]
    ]
