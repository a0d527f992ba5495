"""Server-rendered pages: Jinja2 templates shipped in the package (autoescaped), text
from the Fluent catalogs in the reader's language."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from aiohttp import web
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from domain.agencies import AgencyDirectory
from domain.documents.table import MISSING, figure_text
from domain.i18n import LANGUAGES, Translator
from domain.moments import format_moment, month_tick


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("bot.web.public", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def language_of(request: web.Request, default: str) -> str:
    """``?lang=``, else the browser's Accept-Language, else the regency's default."""
    asked = request.query.get("lang", "")
    if asked in LANGUAGES:
        return asked
    accepted = request.headers.get("Accept-Language", "").lower()
    if accepted.startswith("en"):
        return "en"
    if accepted.startswith(("id", "in")):
        return "id"
    return default


def language_links(request: web.Request) -> list[tuple[str, str]]:
    """Each language's address of the page being read: the same path and every query
    parameter as they are (period, sort, filters, page, the table's part), only the
    language changed."""
    kept = [(k, v) for k, v in request.query.items() if k != "lang"]
    path = request.rel_url.raw_path
    return [(code, f"{path}?{urlencode([*kept, ('lang', code)])}") for code in LANGUAGES]


def month_label(key: str, first: bool, language: str) -> str:
    """A ``YYYY-MM`` chart bar's axis label, with the year under each January and under
    the first bar (unless a January follows it at once: the labels would touch)."""
    year, month = int(key[:4]), int(key[5:7])
    return month_tick(year, month, language, with_year=month == 1 or (first and month != 12))


def page(
    template: str,
    language: str,
    agencies: AgencyDirectory,
    zone: ZoneInfo,
    licence: str,
    **values: Any,
) -> web.Response:
    translate = Translator(language)

    def t(key: str, **params: Any) -> Markup:
        return Markup(translate(key, **params))  # catalog text is safe HTML, arguments escaped

    def agency_name(code: str) -> str:
        agency = agencies.get(code)
        return agency.name_in(language) if agency else code

    def short_agency_name(code: str | None) -> str:
        """An agency's short label in the reader's language; the regency for the total."""
        agency = agencies.get(code)
        return agency.short_name_in(language) if agency else agencies.regency_in(language)

    def category_name(code: str, name: str) -> str:
        """A category in the reader's language (its configured ``name_en``)."""
        agency = agencies.get(code)
        return agency.category_in(name, language) if agency else name

    def when(moment: datetime | None) -> str:
        return MISSING if moment is None else format_moment(moment, zone, language)

    def number(value: float | None) -> str:
        return figure_text(value, language)

    def share(value: float | None) -> str:
        return MISSING if value is None else f"{round(value * 100)}%"

    html = (
        environment()
        .get_template(template)
        .render(
            t=t,
            lang=language,
            regency=agencies.regency_in(language),
            licence=licence,
            agency_name=agency_name,
            short_agency_name=short_agency_name,
            category_name=category_name,
            when=when,
            number=number,
            share=share,
            month_label=month_label,
            **values,
        )
    )
    return web.Response(text=html, content_type="text/html", charset="utf-8")
