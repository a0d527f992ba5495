"""``/transparansi``: the public page (figures and published reports), one report's
page, and the open data (monthly CSV and JSON, the data dictionary)."""

from __future__ import annotations

import json
from datetime import datetime
from importlib.resources import files
from typing import Any

from aiohttp import web

from bot.open_data import Month, month_reports, reports_files
from bot.web.public.context import PublicContext
from bot.web.public.figures import PERIODS
from bot.web.public.guard import guarded
from bot.web.public.render import language_of, page
from domain.publication.dictionary import FIGURE_COLUMNS, REPORT_COLUMNS, dictionary
from storage import public_reports

PAGE_SIZE = 20
MAX_PAGE = 5000
MAX_MONTHS = 60
STATIC_TYPES = {".css": "text/css"}


def _error(status: int, description: str) -> web.Response:
    return web.Response(text=f"{status}: {description}\n", status=status, content_type="text/plain")


def _page_number(request: web.Request) -> int:
    raw = request.query.get("page", "1")
    return int(raw) if raw.isdigit() and 1 <= int(raw) <= MAX_PAGE else 1


# size: pending split (issue 12)
def transparency_routes(ctx: PublicContext) -> list[web.RouteDef]:
    def render(request: web.Request, template: str, **values: Any) -> web.Response:
        language = language_of(request, ctx.services.default_language)
        return page(template, language, ctx.agencies, ctx.zone, ctx.licence, **values)

    async def index(request: web.Request) -> web.Response:
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
            request, "index.html", reports=reports, total=total, page=number,
            page_size=PAGE_SIZE, agency_list=ctx.agencies.agencies,
            chosen=agency.code if agency else "", figures=figures,
        )  # fmt: skip

    async def report(request: web.Request) -> web.Response:
        async with ctx.reading() as session:
            found = await public_reports.by_code(session, request.match_info["code"][:40])
        if found is None:
            return _error(404, "no published report with this code")
        return render(request, "report.html", report=found)

    async def data_index(request: web.Request) -> web.Response:
        months = await _months(ctx)
        return render(
            request, "data.html", months=months, columns=REPORT_COLUMNS,
            with_figures=ctx.figure_files is not None,
        )  # fmt: skip

    async def data_file(request: web.Request) -> web.Response:
        kind, month_text, extension = (request.match_info[k] for k in ("kind", "month", "ext"))
        try:
            month = Month.parse(month_text)
        except ValueError as exc:
            return _error(404, str(exc))
        async with ctx.reading() as session:
            if kind == "laporan":
                rows = await month_reports(session, month, ctx.agencies, ctx.zone, ctx.licence)
                made = reports_files(month, rows, ctx.licence, ctx.agencies.regency)
            elif ctx.figure_files is not None:
                made = await ctx.figure_files(session, month)
            else:
                return _error(404, "no such file")
        body = made[f"{kind}-{month}.{extension}"]
        content_type = "text/csv" if extension == "csv" else "application/json"
        return web.Response(body=body, content_type=content_type, charset="utf-8")

    async def dictionary_file(_request: web.Request) -> web.Response:
        body = {"reports": dictionary(REPORT_COLUMNS), "figures": dictionary(FIGURE_COLUMNS)}
        return web.Response(
            text=json.dumps(body, ensure_ascii=False, indent=1), content_type="application/json"
        )

    async def static(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name != "style.css":
            return _error(404, "no such file")
        text = (files("bot.web.public") / "static" / name).read_text(encoding="utf-8")
        return web.Response(text=text, content_type="text/css")

    def get(path: str, handler: Any) -> web.RouteDef:
        return web.get(path, guarded(ctx, handler, _error), allow_head=False)

    return [
        get("/transparansi", index),
        get("/transparansi/", index),
        get("/transparansi/laporan/{code}", report),
        get("/transparansi/data", data_index),
        get("/transparansi/data/kamus-data.json", dictionary_file),
        get(
            r"/transparansi/data/{kind:laporan|angka}-{month:\d{4}-\d{2}}.{ext:csv|json}", data_file
        ),
        get("/transparansi/static/{name}", static),
    ]


async def _months(ctx: PublicContext) -> list[Month]:
    """Newest first: from this month back to the oldest published report's."""
    current = Month.of(ctx.clock(), ctx.zone)
    async with ctx.reading() as session:
        oldest = await public_reports.oldest(session)
    first = Month.of(oldest, ctx.zone) if isinstance(oldest, datetime) else current
    months = [current]
    while str(months[-1]) > str(first) and len(months) < MAX_MONTHS:
        months.append(months[-1].previous())
    return months
