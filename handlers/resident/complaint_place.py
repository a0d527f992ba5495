"""Where and what kind: the complaint's kecamatan/desa and category, which the public
page, the open data and Open311 group reports by.

- Category: asked right after the agency, only when that agency lists ``categories``
  in the agencies file (buttons and "skip"; typing a category's name works too).
- Kecamatan/desa: read from the address the resident typed, or from their pin, using
  the regency's ``areas`` (:mod:`domain.areas`); asked with the kecamatan as buttons
  (and "skip") only when neither tells it. Without ``areas`` nothing is asked.

Buttons carry an index into the configured list, never the name (64-byte limit).
"""

from __future__ import annotations

import html
from typing import Any

from domain.agencies import Agency
from domain.areas import Area, fold
from domain.callbacks import pack
from domain.i18n import Markup
from domain.messages import Button
from handlers.cards import area_text
from handlers.context import Buttons, Turn

FLOW = "complaint"  # the complaint dialog (named here, the lowest of its modules)
SKIP = "-"


def agency_of(turn: Turn) -> Agency:
    agencies = turn.services.agencies
    return agencies.get(turn.data.get("agency")) or agencies.default


def _choices(turn: Turn, action: str, labels: list[str]) -> Buttons:
    buttons = [Button(label, pack("cx", action, str(i))) for i, label in enumerate(labels)]
    rows = [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]
    rows.append((Button(turn.t("skip"), pack("cx", action, SKIP)),))
    return tuple(rows)


def ask_category(turn: Turn) -> bool:
    """Ask for the category when the agency has some; ``False`` when it has none."""
    agency = agency_of(turn)
    if not agency.categories:
        return False
    turn.go(FLOW, "category")
    labels = [agency.category_in(name, turn.language) for name in agency.categories]
    turn.reply(turn.t("complaint-ask-category"), _choices(turn, "ct", labels))
    return True


def ask_area(turn: Turn) -> None:
    turn.go(FLOW, "area")
    names = [district.name for district in turn.services.agencies.areas.districts]
    turn.reply(turn.t("complaint-ask-area"), _choices(turn, "kc", names))


def _store_area(turn: Turn, area: Area | None) -> None:
    turn.update_data(kecamatan=area.kecamatan if area else None, desa=area.desa if area else None)


def settle_area(turn: Turn) -> bool:
    """After the location: the area from the address or the pin, else ask for the
    kecamatan. ``True`` when the question was asked (the step waits for it)."""
    areas = turn.services.agencies.areas
    data = turn.data
    if not areas:
        return False
    area = None
    if data.get("location_text"):
        area = areas.in_text(str(data["location_text"]))
    elif data.get("latitude") is not None and data.get("longitude") is not None:
        area = areas.near(float(data["latitude"]), float(data["longitude"]))
    _store_area(turn, area)
    if area is None:
        ask_area(turn)
        return True
    return False


def take_button(turn: Turn, action: str, arg: str) -> bool:
    """A category (``ct``) or kecamatan (``kc``) button; ``False`` for a stale one."""
    if action == "ct":
        options = list(agency_of(turn).categories)
    else:
        options = [d.name for d in turn.services.agencies.areas.districts]
    if arg == SKIP:
        chosen = None
    elif arg.isdigit() and int(arg) < len(options):
        chosen = options[int(arg)]
    else:
        return False
    if action == "ct":
        turn.update_data(category=chosen)
    else:
        _store_area(turn, Area(chosen) if chosen else None)
    return True


def take_typed(turn: Turn, step: str, text: str) -> bool:
    """A category or kecamatan typed instead of pressed, when it names one."""
    if step == "area":
        area = turn.services.agencies.areas.by_typed_name(text)
        if area is not None:
            _store_area(turn, area)
        return area is not None
    if step == "category":
        typed, agency = fold(text), agency_of(turn)
        for name in agency.categories:  # its own name, or its English one
            if typed in (fold(name), fold(agency.category_in(name, "en"))):
                turn.update_data(category=name)
                return True
    return False


def with_place(turn: Turn, location: str, data: dict[str, Any]) -> str:
    """The summary's location line, followed by the area and category lines."""
    lines = [location if isinstance(location, Markup) else html.escape(location, quote=False)]
    area = area_text(turn.t, data)
    if area:
        lines.append(turn.t("summary-area-line", area=Markup(area)))
    if data.get("category"):
        category = agency_of(turn).category_in(str(data["category"]), turn.language)
        lines.append(turn.t("summary-category-line", category=category))
    return Markup("\n".join(lines))
