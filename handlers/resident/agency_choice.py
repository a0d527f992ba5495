"""The list of agencies as buttons, for a resident who picks one."""

from __future__ import annotations

from domain.callbacks import pack
from domain.messages import Button
from handlers.context import Buttons, Turn


def agency_pick_buttons(turn: Turn, flow_prefix: str) -> Buttons:
    agencies, language = turn.services.agencies.agencies, turn.language
    buttons = [Button(a.short_name_in(language), pack(flow_prefix, "ag", a.code)) for a in agencies]
    rows = [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]
    rows.append((Button(turn.t("agency-unknown"), pack(flow_prefix, "ag", "-")),))
    return tuple(rows)


def agency_suggestion_buttons(turn: Turn, flow_prefix: str, code: str) -> Buttons:
    """Confirm the suggested agency, pick another, or say "don't know"."""
    return (
        (Button(turn.t("agency-confirm"), pack(flow_prefix, "ag", code)),),
        (Button(turn.t("agency-other"), pack(flow_prefix, "agpick")),),
        (Button(turn.t("agency-unknown"), pack(flow_prefix, "ag", "-")),),
    )
