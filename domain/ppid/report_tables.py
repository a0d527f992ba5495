"""The PPID's service report as documents: a table per section (XLSX sheets, Markdown
sections, PDF tables) and, in the PDF, a chart of requests per month. Headers and
labels from the catalogs; catalog arguments are marked safe, since these documents
are not HTML."""

from __future__ import annotations

from collections.abc import Sequence

from domain.documents.markdown import write_markdown
from domain.documents.pdf import BarChart, Block, Heading, Letterhead, TableBlock, Text, write_pdf
from domain.documents.table import Cell, Table
from domain.documents.tabular import write_xlsx
from domain.i18n import Markup, Translate
from domain.ppid.report import ReportFigures


def _table(
    t: Translate,
    key: str,
    headers: tuple[str, ...],
    rows: Sequence[Sequence[Cell]],
    widths: tuple[float, ...],
) -> Table:
    """A section's table under its catalog title, its numbers in ``t``'s language."""
    return Table(t(key), headers, rows, widths=widths, language=t.language)


def _percent(count: int, total: int) -> float | None:
    return None if not total else round(100 * count / total, 1)


def summary_table(f: ReportFigures, t: Translate) -> Table:
    total = f.received
    rows: list[tuple[Cell, ...]] = [(t("ppid-rep-received"), total, _percent(total, total))]
    rows += [(t(f"ppid-kind-{kind}"), n, _percent(n, total)) for kind, n in f.by_kind]
    rows.append((t("ppid-rep-undecided"), f.undecided, _percent(f.undecided, total)))
    closed = f.closed_undecided
    rows.append((t("ppid-rep-closed-undecided"), closed, _percent(closed, total)))
    headers = (t("ppid-rep-item"), t("ppid-rep-count"), t("ppid-rep-percent"))
    return _table(t, "ppid-rep-summary", headers, rows, (4, 1, 1))


def exemption_table(f: ReportFigures, t: Translate) -> Table:
    rows = [(t(f"ppid-exemption-{e}"), rejected, part) for e, rejected, part in f.by_exemption]
    rows.append((t("ppid-rep-total"), sum(r[1] for r in rows), sum(r[2] for r in rows)))
    headers = (t("ppid-rep-exemption"), t("ppid-rep-rejected"), t("ppid-rep-partial"))
    return _table(t, "ppid-rep-exemptions", headers, rows, (5, 1.2, 1.2))


def timing_table(f: ReportFigures, t: Translate) -> Table:
    timing = f.timing
    rows: list[tuple[Cell, ...]] = [
        (t("ppid-rep-decided"), timing.decided, _percent(timing.decided, f.received)),
        (t("ppid-rep-mean"), timing.mean_days, None),
        (t("ppid-rep-median"), timing.median_days, None),
        (t("ppid-rep-within-10"), timing.within_10, _percent(timing.within_10, timing.decided)),
        (t("ppid-rep-within-17"), timing.within_17, _percent(timing.within_17, timing.decided)),
    ]
    headers = (t("ppid-rep-item"), t("ppid-rep-value"), t("ppid-rep-percent"))
    return _table(t, "ppid-rep-timing", headers, rows, (4, 1, 1))


def objection_table(f: ReportFigures, t: Translate) -> Table:
    o = f.objections
    rows: list[tuple[Cell, ...]] = [
        (t(f"ppid-ground-{g}"), filed, upheld, rejected, filed - upheld - rejected)
        for g, filed, upheld, rejected in o.by_ground
    ]
    rows.append((t("ppid-rep-total"), o.filed, o.upheld, o.rejected, o.pending))
    headers = (
        t("ppid-rep-ground"), t("ppid-rep-filed"), t("ppid-rep-upheld"),
        t("ppid-rep-rejected"), t("ppid-rep-pending"),
    )  # fmt: skip
    return _table(t, "ppid-rep-objections", headers, rows, (4.5, 1.2, 1.2, 1.2, 1.2))


def channel_table(f: ReportFigures, t: Translate) -> Table:
    rows = [(t(f"ppid-channel-{c}"), n, _percent(n, f.received)) for c, n in f.channels]
    headers = (t("ppid-rep-channel"), t("ppid-rep-count"), t("ppid-rep-percent"))
    return _table(t, "ppid-rep-channels", headers, rows, (4, 1, 1))


def month_label(t: Translate, month: int, year: int) -> str:
    return f"{t(f'ppid-month-{month}')} {year}"


def month_table(f: ReportFigures, t: Translate) -> Table:
    rows = [(month_label(t, d.month, d.year), n) for d, n in f.per_month]
    headers = (t("ppid-rep-month"), t("ppid-rep-count"))
    return _table(t, "ppid-rep-months", headers, rows, (4, 1))


def report_tables(f: ReportFigures, t: Translate) -> list[Table]:
    return [
        summary_table(f, t), exemption_table(f, t), timing_table(f, t),
        objection_table(f, t), channel_table(f, t), month_table(f, t),
    ]  # fmt: skip


def report_title(f: ReportFigures, t: Translate, scope: str) -> str:
    return t("ppid-rep-title", period=_period_text(f, t), scope=Markup(scope))


def _period_text(f: ReportFigures, t: Translate) -> str:
    label = f.period.label
    if "-S" in label:
        number, semester = label.split("-S")
        return t("ppid-rep-semester", semester=semester, year=number)
    return t("ppid-rep-year", year=label)


def report_xlsx(f: ReportFigures, t: Translate) -> bytes:
    return write_xlsx(report_tables(f, t))


def report_markdown(f: ReportFigures, t: Translate, scope: str) -> bytes:
    notes = [t("ppid-rep-note")]
    return write_markdown(report_title(f, t, scope), report_tables(f, t), notes)


def report_pdf(f: ReportFigures, t: Translate, regency: str, scope: str) -> bytes:
    title = report_title(f, t, scope)
    tables = report_tables(f, t)
    chart = BarChart(
        t("ppid-rep-months"),
        tuple(t(f"ppid-month-short-{d.month}") for d, _ in f.per_month),
        tuple(n for _, n in f.per_month),
    )
    blocks: list[Block] = [
        Letterhead((regency.upper(), t("ppid-rep-office"))),
        Heading(title),
        Text(t("ppid-rep-note")),
    ]
    for table in tables:
        blocks.append(Heading(table.title, level=2))
        if table is tables[-1]:
            blocks.append(chart)
        blocks.append(TableBlock(table, show_title=False))
    return write_pdf(title, blocks)
