"""``/transparansi/data``: the open data of the public page: the list of monthly
files, each month's published reports (and figures) as CSV and JSON, and the data
dictionary."""

from __future__ import annotations

import json
from datetime import datetime
from functools import partial

from aiohttp import web

from bot.open_data import Month, month_reports, reports_files
from bot.web.public.context import PublicContext
from bot.web.public.pages import public_get, render, text_error
from domain.publication.dictionary import FIGURE_COLUMNS, REPORT_COLUMNS, dictionary
from storage import public_reports

MAX_MONTHS = 60


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


async def _data_index(ctx: PublicContext, request: web.Request) -> web.Response:
    months = await _months(ctx)
    return render(
        ctx, request, "data.html", months=months, columns=REPORT_COLUMNS,
        with_figures=ctx.figure_files is not None,
    )  # fmt: skip


async def _data_file(ctx: PublicContext, request: web.Request) -> web.Response:
    kind, month_text, extension = (request.match_info[k] for k in ("kind", "month", "ext"))
    try:
        month = Month.parse(month_text)
    except ValueError as exc:
        return text_error(404, str(exc))
    async with ctx.reading() as session:
        if kind == "laporan":
            rows = await month_reports(session, month, ctx.agencies, ctx.zone, ctx.licence)
            made = reports_files(month, rows, ctx.licence, ctx.agencies.regency)
        elif ctx.figure_files is not None:
            made = await ctx.figure_files(session, month)
        else:
            return text_error(404, "no such file")
    body = made[f"{kind}-{month}.{extension}"]
    content_type = "text/csv" if extension == "csv" else "application/json"
    return web.Response(body=body, content_type=content_type, charset="utf-8")


async def _dictionary_file(_request: web.Request) -> web.Response:
    body = {"reports": dictionary(REPORT_COLUMNS), "figures": dictionary(FIGURE_COLUMNS)}
    return web.Response(
        text=json.dumps(body, ensure_ascii=False, indent=1), content_type="application/json"
    )


def open_data_routes(ctx: PublicContext) -> list[web.RouteDef]:
    return [
        public_get(ctx, "/transparansi/data", partial(_data_index, ctx)),
        public_get(ctx, "/transparansi/data/kamus-data.json", _dictionary_file),
        public_get(
            ctx,
            r"/transparansi/data/{kind:laporan|angka}-{month:\d{4}-\d{2}}.{ext:csv|json}",
            partial(_data_file, ctx),
        ),
    ]
