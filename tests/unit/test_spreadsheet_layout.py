"""Every XLSX aduan writes, read back with openpyxl: one rule sizes every column to its
values and its header's words (whatever relative widths a table carries for PDF), long
text wraps in a row tall enough, the title and header stay frozen in view, and each
sheet has a short, valid, unique name with the table's whole title in its first row."""

from __future__ import annotations

import io
import math

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from domain.documents.table import HeaderGroup, Table
from domain.documents.tabular import MAX_SHEET_NAME, sheet_name, write_xlsx

# a report section as the PPID's tables are built: relative PDF widths (5 : 1 : 1) that
# are no character counts
LIBRARY = Table(
    "Peminjaman buku per golongan",
    ("Golongan", "Dipinjam", "Dikembalikan terlambat (%)"),
    [("Karya umum, ensiklopedia dan bibliografi", 1204, 3.5),
     ("Ilmu pengetahuan alam dan matematika", 87, None), ("Jumlah", 1291, 3.3)],
    widths=(5, 1, 1),
)  # fmt: skip


def sheet_of(*tables: Table) -> list[Worksheet]:
    return load_workbook(io.BytesIO(write_xlsx(tables))).worksheets


def width(sheet: Worksheet, letter: str) -> float:
    return float(sheet.column_dimensions[letter].width)


def fits(text: str, room: float, lines: int) -> bool:
    """Whether ``text``, wrapped at words, takes at most ``lines`` lines of ``room``
    characters (bold: a character a little wider than the width's unit)."""
    used, count = 0, 1
    for word in text.split():
        if len(word) * 1.15 > room - 1:
            return False
        if used and (used + 1 + len(word)) * 1.15 > room - 1:
            count, used = count + 1, len(word)
        else:
            used += (1 if used else 0) + len(word)
    return count <= lines


def test_a_plain_table_s_columns_fit_their_values_and_headers_not_the_pdf_s_proportions() -> None:
    sheet = sheet_of(LIBRARY)[0]
    assert width(sheet, "A") >= len("Karya umum, ensiklopedia dan bibliografi")
    assert width(sheet, "B") >= len("Dipinjam") * 1.15  # a header of one word, whole
    assert fits("Dikembalikan terlambat (%)", width(sheet, "C"), 2)
    assert all(width(sheet, c) < 60 for c in "ABC")  # nothing wider than it needs
    assert sheet.freeze_panes == "A3"  # the title and the header stay in view


def test_a_value_too_long_for_any_column_wraps_in_a_row_tall_enough_to_show_it() -> None:
    wish = (
        "Salinan lengkap dokumen perencanaan tata ruang kecamatan beserta peta "
        "lampirannya, untuk penelitian skripsi tentang alih fungsi lahan sawah"
    ) * 2
    table = Table("Permintaan", ("No.", "Rincian"), [(1, wish), (2, "Peta desa")])
    sheet = sheet_of(table)[0]
    assert width(sheet, "B") == 60
    assert sheet["B3"].value == wish and sheet["B3"].alignment.wrap_text  # whole, wrapped
    assert sheet.row_dimensions[3].height >= 15 * math.ceil(len(wish) / 59)
    assert not sheet["B4"].alignment.wrap_text and sheet.row_dimensions[4].height is None


def test_a_header_filling_both_rows_has_the_room_its_words_need() -> None:
    table = Table(
        "Nilai", ("Nama", "Jumlah hari tidak masuk tanpa keterangan", "UTS", "UAS"),
        [("Ani", 2, 80, 90)],
        groups=(HeaderGroup(""), HeaderGroup(""), HeaderGroup("Matematika", 2)),
        sub_headers=("Nama", "Jumlah hari tidak masuk tanpa keterangan", "UTS", "UAS"),
    )  # fmt: skip
    sheet = sheet_of(table)[0]
    header = "Jumlah hari tidak masuk tanpa keterangan"
    assert fits(header, width(sheet, "B"), 3) and width(sheet, "B") < len(header)
    lines = next(n for n in (1, 2, 3) if fits(header, width(sheet, "B"), n))
    assert sheet.row_dimensions[2].height + sheet.row_dimensions[3].height >= 15 * lines
    assert sheet.freeze_panes == "A4"


def test_a_sheet_name_is_short_valid_and_unique_and_the_title_stays_whole_in_the_sheet() -> None:
    titles = (
        "Kinerja layanan 2026-12 — Semua jenis",  # 37 characters
        "Kinerja layanan 2026-12 — Pengaduan",  # the same 31 first characters
        "Rekap [draf]: pasar/terminal *baru*?",  # characters Excel refuses
        "History",  # a name Excel keeps for itself
        "Pendapatanaslidaerahdarirestribusiparkir",  # one long word
    )
    sheets = sheet_of(*(Table(title, ("a",), [(1,)]) for title in titles))
    names = [sheet.title for sheet in sheets]
    assert names == [
        "Kinerja layanan 2026-12", "Kinerja layanan 2026-12 (2)", "Rekap draf pasar terminal baru",
        "History (2)", "Pendapatanaslidaerahdarirestrib",
    ]  # fmt: skip
    assert [sheet["A1"].value for sheet in sheets] == list(titles)
    assert all(sheet["A1"].font.bold and sheet["A2"].value == "a" for sheet in sheets)


def test_sheet_names_stay_unique_whatever_the_case_and_within_the_limit() -> None:
    taken: set[str] = set()
    long = "Permohonan informasi per kecamatan dan desa"
    names = [sheet_name(title, taken) for title in (long, long.upper(), long, "'Kutipan'")]
    assert names[0] == "Permohonan informasi per"
    assert names[1:3] == ["PERMOHONAN INFORMASI PER (2)", "Permohonan informasi per (3)"]
    assert names[3] == "Kutipan"  # no quote at either end
    assert all(len(name) <= MAX_SHEET_NAME for name in names)


def test_control_characters_a_resident_typed_never_stop_an_export() -> None:
    """XML forbids most control characters; a resident's message may still carry them
    (a pasted terminal colour code, a bell, a NUL), and one such ticket must not make the
    whole list unexportable: each becomes U+FFFD, the rest of the text stays as written."""
    hostile = Table(
        "Daftar tiket\x07 bulan ini",
        ("Nomor", "Uraian\x01"),
        [("ADU-1", "jalan rusak\x1b[31m parah\x00 <b>&"), ("ADU-2", "=SUM(A1)\ttab ok")],
    )
    (sheet,) = sheet_of(hostile)
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Daftar tiket\ufffd bulan ini" and rows[1][1] == "Uraian\ufffd"
    assert rows[2] == ("ADU-1", "jalan rusak\ufffd[31m parah\ufffd <b>&")
    assert rows[3] == ("ADU-2", "=SUM(A1)\ttab ok")  # a tab is allowed; a formula stays text
    assert "\x07" not in sheet.title and len(sheet.title) <= MAX_SHEET_NAME
