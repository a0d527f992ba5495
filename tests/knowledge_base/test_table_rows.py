"""The shipped tables are read through one reader; a table whose reader checks its rows
names a malformed row by its file and line."""

from __future__ import annotations

import pytest

from knowledge_base.data_tables import TableError, TableRow, data_rows, table_rows
from knowledge_base.errands import errand_rows
from knowledge_base.facets import facet_rows


def test_rows_keep_their_line_numbers_past_comments_and_blank_lines() -> None:
    rows = table_rows("errands.tsv")
    assert [list(row.cells) for row in rows] == data_rows("errands.tsv")
    assert all(row.line > 1 for row in rows)  # the table opens with comments
    assert len({row.line for row in rows}) == len(rows)


def test_the_shipped_errand_and_facet_tables_pass_their_checks() -> None:
    assert errand_rows(table_rows("errands.tsv"))
    assert facet_rows(table_rows("facets.tsv"))


@pytest.mark.parametrize(
    "cells",
    [
        ("koreksi", "asks"),  # no phrase
        ("koreksi", "mentions", "salah cetak"),  # neither asks nor covers
        ("koreksi", "asks", "salah cetak", "extra"),
    ],
)
def test_a_malformed_errand_row_fails_with_its_file_and_line(cells: tuple[str, ...]) -> None:
    row = TableRow("errands.tsv", 42, cells)
    with pytest.raises(TableError, match=r"knowledge_base/data/errands\.tsv:42: "):
        errand_rows([row])


@pytest.mark.parametrize(
    "cells",
    [
        ("weather", "hujan"),  # no such facet
        ("cost",),  # no phrase
        ("cost", "ongkos", "letters"),  # no such reading
    ],
)
def test_a_malformed_facet_row_fails_with_its_file_and_line(cells: tuple[str, ...]) -> None:
    row = TableRow("facets.tsv", 7, cells)
    with pytest.raises(TableError, match=r"knowledge_base/data/facets\.tsv:7: "):
        facet_rows([row])


def test_a_facet_row_may_name_where_it_is_read() -> None:
    rows = [
        TableRow("facets.tsv", 3, ("cost", "ongkos")),
        TableRow("facets.tsv", 4, ("cost", "gratis", "answers")),
    ]
    assert facet_rows(rows) == [("cost", "ongkos", ""), ("cost", "gratis", "answers")]
