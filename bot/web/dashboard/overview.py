"""``/dasbor``: the per-agency table for a chosen period (sortable, the regency's
totals, agencies behind their targets marked), the weekly chart and the first-response
chart; and the overview as XLSX and PDF (each export written to the audit log)."""

from __future__ import annotations

from datetime import date

from aiohttp import web

from bot.web.dashboard import charts
from bot.web.dashboard.auth import require_viewer
from bot.web.dashboard.context import DashboardContext
from bot.web.dashboard.render import language, page
from domain.dashboard.access import Viewer
from domain.documents.tabular import write_xlsx
from domain.figures.overview_pdf import overview_pdf
from domain.figures.periods import Period, PeriodError, month_of, parse_period, previous_month
from domain.figures.summary import Figures, Overview
from domain.figures.tables import categories_table, hours, overview_table
from domain.i18n import Translator
from storage import dashboard
from storage.figures import overview
from storage.transaction import transaction

KINDS = ("complaint", "info")
SORTS = {
    "name": lambda name, f: name.lower(),
    "received": lambda name, f: f.counts.received,
    "open": lambda name, f: f.counts.open_now,
    "overdue": lambda name, f: f.counts.overdue_now,
    "response": lambda name, f: f.durations.response_median or 0.0,
    "resolution": lambda name, f: f.durations.resolution_median or 0.0,
    "response_share": lambda name, f: f.response_share or 0.0,
    "resolution_share": lambda name, f: f.resolution_share or 0.0,
    "rating": lambda name, f: f.rating_mean or 0.0,
}


def chosen_period(request: web.Request, today: date) -> Period:
    try:
        return parse_period(request.query.get("periode", "")[:40])
    except PeriodError:
        return month_of(today)


def chosen_kind(request: web.Request) -> str | None:
    kind = request.query.get("jenis", "")
    return kind if kind in KINDS else None


def period_choices(today: date) -> list[str]:
    quarter = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    return [month_of(today).label, previous_month(today).label, quarter, str(today.year),
            str(today.year - 1)]  # fmt: skip


async def figures_for(
    ctx: DashboardContext, viewer: Viewer, period: Period, kind: str | None
) -> Overview:
    scope = None if viewer.sees_all else viewer.agencies([])
    async with ctx.sessions() as session:
        return await overview(session, period, ctx.zone, ctx.clock(), scope, kind)


def overview_routes(ctx: DashboardContext) -> list[web.RouteDef]:
    def today() -> date:
        return ctx.clock().astimezone(ctx.zone).date()

    async def show(request: web.Request, viewer: Viewer, csrf: str) -> web.Response:
        period, kind = chosen_period(request, today()), chosen_kind(request)
        figures = await figures_for(ctx, viewer, period, kind)
        t = Translator(language(request, ctx))
        names = ctx.names(t.language)
        rows = [(names.get(code, code), code, figures.get(code)) for code in figures.agencies()]
        columns = "rincian" if request.query.get("kolom") == "rincian" else None
        key = request.query.get("urut", "name")
        order = SORTS.get(key, SORTS["name"])
        descending = request.query.get("arah") == "turun"
        rows.sort(key=lambda row: order(row[0], row[2]), reverse=descending)
        return page(
            request, ctx, "overview.html", viewer=viewer, csrf=csrf, period=period, kind=kind,
            rows=rows, total=figures.total, categories=figures.categories, sort=key,
            descending=descending, columns=columns, choices=period_choices(today()), hours=hours,
            weekly=charts.weekly(figures.weeks, t("dash-chart-weekly"),
                                 t("dash-chart-received"), t("dash-chart-finished"),
                                 t.language),
            response=charts.response_times(
                [(name, hours(f.durations.response_median), f.behind) for name, _, f in rows],
                t("dash-chart-response"), t("dash-hours-short"),
                t.language,
            ),
        )  # fmt: skip

    async def export(request: web.Request, viewer: Viewer, csrf: str) -> web.Response:
        fmt = request.match_info["format"]
        period, kind = chosen_period(request, today()), chosen_kind(request)
        figures = await figures_for(ctx, viewer, period, kind)
        t = Translator(language(request, ctx))
        title = t("fig-title-kind", period=period.label, kind=t(f"fig-kind-{kind or 'all'}"))
        names = ctx.names(t.language)
        table = overview_table(figures, names, t, title, kind)
        if fmt == "xlsx":
            categories = categories_table(
                figures, t, t("fig-categories-title", period=period.label)
            )
            body, mime = write_xlsx([table, categories]), XLSX
        else:
            regency = ctx.agencies.regency_in(t.language)
            body = overview_pdf(figures, names, regency, t, title, kind)
            mime = "application/pdf"
        async with transaction(ctx.sessions, ctx.writer_lock) as session:
            dashboard.audit(session, viewer, "export", f"ringkasan.{fmt}", request.query_string,
                            ctx.clock())  # fmt: skip
        filename = f"aduan-ringkasan-{period.label}.{fmt}"
        return web.Response(
            body=body, content_type=mime,
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )  # fmt: skip

    return [
        web.get("/dasbor", require_viewer(ctx, show)),
        web.get("/dasbor/ringkasan.{format:xlsx|pdf}", require_viewer(ctx, export)),
    ]


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


__all__ = ["Figures", "overview_routes"]
