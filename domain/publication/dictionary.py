"""The open data's columns: stable names (never renamed, only added), their types and
what they mean, in Indonesian and English. The data dictionary published beside the
files is this table."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # string | number | datetime | date
    id: str
    en: str


REPORT_COLUMNS: tuple[Column, ...] = (
    Column("code", "string", "Kode laporan", "Report code"),
    Column("agency_code", "string", "Kode perangkat daerah (OPD)", "Agency code"),
    Column("agency_name", "string", "Nama perangkat daerah", "Agency name"),
    Column("category", "string", "Kategori, bila ada", "Category, when known"),
    Column("area", "string", "Desa/kelurahan dan kecamatan, bila ada", "Village and district"),
    Column(
        "address", "string",
        "Alamat (hanya laporan publik, data pribadi disamarkan)",
        "Address (public reports only, personal data masked)",
    ),
    Column(
        "latitude", "number",
        "Lintang WGS84 (laporan anonim: dibulatkan ±1 km)",
        "WGS84 latitude (anonymous reports: rounded to about 1 km)",
    ),
    Column("longitude", "number", "Bujur WGS84 (idem)", "WGS84 longitude (likewise)"),
    Column(
        "status", "string",
        "Status: open, in_progress, answered, resolved, rejected, closed",
        "Status: open, in_progress, answered, resolved, rejected, closed",
    ),
    Column("status_open311", "string", "Status Open311: open atau closed", "Open311 status"),
    Column("requested_at", "datetime", "Waktu laporan diterima (ISO 8601)", "Received (ISO 8601)"),
    Column("updated_at", "datetime", "Waktu perubahan terakhir", "Last changed"),
    Column("resolved_at", "datetime", "Waktu dinyatakan selesai", "Resolved"),
    Column(
        "description", "string",
        "Isi laporan (data pribadi disamarkan)", "The report (personal data masked)",
    ),
    Column(
        "reply", "string",
        "Tanggapan terakhir perangkat daerah (disamarkan)", "The agency's latest reply (masked)",
    ),
    Column("licence", "string", "Lisensi data (SPDX)", "Data licence (SPDX id)"),
)  # fmt: skip

FIGURE_COLUMNS: tuple[Column, ...] = (
    Column("month", "date", "Bulan (YYYY-MM)", "Month (YYYY-MM)"),
    Column("agency_code", "string", "Kode perangkat daerah; kosong = seluruh kabupaten",
           "Agency code; empty = the whole regency"),
    Column("agency_name", "string", "Nama perangkat daerah", "Agency name"),
    Column("received", "number", "Pengaduan dan permohonan informasi diterima", "Received"),
    Column("resolved", "number", "Selesai", "Resolved"),
    Column("first_response_median_hours", "number",
           "Median waktu tanggapan pertama (jam kerja)", "Median first response (working hours)"),
    Column("resolution_median_hours", "number",
           "Median waktu penyelesaian (jam kerja)", "Median resolution (working hours)"),
    Column("within_target_share", "number",
           "Porsi ditanggapi dalam target (0-1)", "Share answered within target (0-1)"),
    Column("satisfaction_mean", "number", "Rata-rata kepuasan (1-5)", "Mean satisfaction (1-5)"),
    Column("licence", "string", "Lisensi data (SPDX)", "Data licence (SPDX id)"),
)  # fmt: skip


def dictionary(columns: tuple[Column, ...]) -> list[dict[str, str]]:
    return [{"name": c.name, "type": c.kind, "id": c.id, "en": c.en} for c in columns]
