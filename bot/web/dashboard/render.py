"""Dashboard pages: Jinja2 templates shipped in the package (autoescaped), text from
the Fluent catalogs in the reader's language (``?lang=en``, else the browser's)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any
from urllib.parse import urlencode

from aiohttp import web
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from bot.web.dashboard.context import DashboardContext
from bot.web.public.render import language_links, language_of
from domain.documents.table import MISSING, figure_text
from domain.i18n import Translator
from domain.moments import date_text, format_moment


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("bot.web.dashboard", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def language(request: web.Request, ctx: DashboardContext) -> str:
    return language_of(request, ctx.default_language)


def link(path: str, lang: str, **query: object) -> str:
    """A dashboard URL keeping the reader's language."""
    values = {k: v for k, v in query.items() if v not in (None, "", False)}
    values["lang"] = lang
    return f"{path}?{urlencode(values)}"


def page(
    request: web.Request, ctx: DashboardContext, template: str, status: int = 200, **values: Any
) -> web.Response:
    lang = language(request, ctx)
    translate = Translator(lang)

    def t(key: str, **params: Any) -> Markup:
        return Markup(translate(key, **params))  # catalog text is safe; arguments escaped

    def when(moment: datetime | None) -> str:
        return MISSING if moment is None else format_moment(moment, ctx.zone, lang)

    html = (
        environment()
        .get_template(template)
        .render(
            t=t, lang=lang, when=when, regency=ctx.agencies.regency_in(lang),
            names=ctx.names(lang),
            link=lambda path, **q: link(path, lang, **q), path=request.path,
            languages=language_links(request),
            decimal=lambda value, places=1: figure_text(value, lang, places),
            day=lambda value: date_text(value, lang), **values,
        )
    )  # fmt: skip
    response = web.Response(text=html, status=status, content_type="text/html", charset="utf-8")
    response.headers.update(SECURITY_HEADERS)
    return response


SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
    "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
