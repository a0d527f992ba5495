"""A resident who says what is wrong with their own record and then wants it moved,
changed or renewed ("..., mau dipindah ke puskesmas dekat rumah", "namanya masih penjual,
mau diganti ke nama saya", "sekarang tinggal ganti nama"), or only that step ("sekarang
cuma mau ubah status"), asks for an errand; a passive that asks the office to act ("mau
sampahnya diangkut"), a refusal ("tidak mau diganti") or what was about to happen
("waktu mau dipindah, ...") is no such request.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import default_signals
from knowledge_base.complaint_shape import ends_requesting
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.phrases import spaced
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: pindah-klinik-jaminan
  agency: dinas kesehatan
  questions:
    - Bagaimana cara pindah klinik jaminan kesehatan?
  keywords: [pindah klinik, klinik jaminan]
  answer: Klinik jaminan dipindah lewat aplikasi atau kantor cabang, tiga bulan sekali.
- id: balik-nama-tagihan-tanah
  agency: badan pendapatan
  questions:
    - Bagaimana cara balik nama tagihan pajak tanah?
  keywords: [balik nama tagihan, nama wajib pajak]
  answer: Balik nama diajukan ke badan pendapatan dengan akta jual beli dan bukti lunas.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize(
    "text",
    [
        "kartu jaminan saya sudah aktif, cuma kliniknya jauh di kecamatan lain, mau dipindah"
        " ke klinik dekat rumah",
        "tagihan pajak tanah sudah lunas, tapi nama wajib pajaknya masih penjual, mau diganti"
        " ke nama saya",
        "akta jual beli sudah ditandatangani, sekarang tinggal ganti nama wajib pajak",
    ],
)
def test_a_record_wanted_changed_after_what_is_wrong_with_it_is_no_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent != Intent.COMPLAINT


@pytest.mark.parametrize(
    ("text", "requesting"),
    [
        ("status di kartu masih belum kawin mau diperbarui", True),
        ("kartunya sudah jadi sekarang cuma mau ubah alamatnya", True),
        ("sampah di gang menumpuk mau sampahnya diangkut", False),
        ("petugas tidak mau diganti datanya padahal salah", False),
        ("waktu mau dipindah kliniknya ditolak terus", False),
    ],
)
def test_only_a_record_changed_or_the_step_left_is_the_residents_own_request(
    text: str, requesting: bool
) -> None:
    assert ends_requesting(spaced(text.split(" ")), default_signals()) is requesting
