"""``/transparansi``: the public page (figures and published reports) and one report's
page; the open data beside them is :mod:`bot.web.public.data`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from importlib.resources import files
from typing import Any

from aiohttp import web

from bot.web.public.context import PublicContext
from bot.web.public.figures import PERIODS
from bot.web.public.guard import guarded
from bot.web.public.render import language_links, language_of, page
from storage import public_reports

PAGE_SIZE = 20
MAX_PAGE = 5000
Handler = Callable[[web.Request], Awaitable[web.Response]]


def text_error(status: int, description: str) -> web.Response:
    return web.Response(text=f"{status}: {description}\n", status=status, content_type="text/plain")


def render(ctx: PublicContext, request: web.Request, template: str, **values: Any) -> web.Response:
    """``template`` in the reader's language."""
    language = language_of(request, ctx.services.default_language)
    languages = language_links(request)
    return page(
        template, language, ctx.agencies, ctx.zone, ctx.licence, languages=languages, **values
    )


def public_get(ctx: PublicContext, path: str, handler: Handler) -> web.RouteDef:
    """A rate-limited, cached GET route of the transparency page."""
    return web.get(path, guarded(ctx, handler, text_error), allow_head=False)


def _page_number(request: web.Request) -> int:
    raw = request.query.get("page", "1")
    return int(raw) if raw.isdigit() and 1 <= int(raw) <= MAX_PAGE else 1


async def _index(ctx: PublicContext, request: web.Request) -> web.Response:
    chosen = request.query.get("opd", "")
    agency = ctx.agencies.get(chosen)
    number = _page_number(request)
    query = public_reports.ReportQuery(
        agencies=(agency.code,) if agency else (),
        offset=(number - 1) * PAGE_SIZE,
        limit=PAGE_SIZE,
    )
    period = request.query.get("periode", "")
    period = period if period in PERIODS else PERIODS[0]  # a bounded memo key
    async with ctx.reading() as session:
        reports = await public_reports.find(session, query)
        total = await ctx.memo.get(
            f"count:{query.agencies}", lambda: public_reports.count(session, query)
        )
        figures = None
        if ctx.figures is not None:
            make = ctx.figures
            figures = await ctx.memo.get(f"figures:{period}", lambda: make(session, period))
    return render(
        ctx, request, "index.html", reports=reports, total=total, page=number,
        page_size=PAGE_SIZE, agency_list=ctx.agencies.agencies,
        chosen=agency.code if agency else "", figures=figures,
    )  # fmt: skip


async def _report(ctx: PublicContext, request: web.Request) -> web.Response:
    async with ctx.reading() as session:
        found = await public_reports.by_code(session, request.match_info["code"][:40])
    if found is None:
        return text_error(404, "no published report with this code")
    return render(ctx, request, "report.html", report=found)


async def _static(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    if name != "style.css":
        return text_error(404, "no such file")
    text = (files("bot.web.public") / "static" / name).read_text(encoding="utf-8")
    return web.Response(text=text, content_type="text/css")


def transparency_routes(ctx: PublicContext) -> list[web.RouteDef]:
    index = partial(_index, ctx)
    return [
        public_get(ctx, "/transparansi", index),
        public_get(ctx, "/transparansi/", index),
        public_get(ctx, "/transparansi/laporan/{code}", partial(_report, ctx)),
        public_get(ctx, "/transparansi/static/{name}", _static),
    ]
