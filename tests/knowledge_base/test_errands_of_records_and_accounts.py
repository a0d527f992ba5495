"""Errands around one's records and accounts that an entry on the same service never deals
with: moving one's residence away (not registering after moving in), recovering a
forgotten password, leaving a welfare list of one's own wish."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

ARRIVING = """
- id: pindah-masuk
  agency: disdukcapil
  questions:
    - Bagaimana lapor pindah datang ke kabupaten ini dari daerah lain?
    - sudah pegang surat pindah, lapor datang di mana
  keywords: [pindah datang, lapor datang, surat pindah]
  answer: Bawa surat pindah dari daerah asal dan KTP ke kantor Disdukcapil; KK baru
    terbit hari itu juga.
"""

BOTH_WAYS = """
- id: pindah-keluar-masuk
  agency: disdukcapil
  questions:
    - Bagaimana mengurus pindah keluar atau pindah datang?
  keywords: [pindah keluar, pindah datang, surat pindah]
  answer: Untuk pindah keluar, ajukan surat pindah keluar di Disdukcapil dengan KK dan
    KTP; untuk pindah datang, bawa surat pindah dari daerah asal.
"""


@pytest.fixture(scope="module")
def arriving() -> Matcher:
    return invented_matcher(ARRIVING)


@pytest.fixture(scope="module")
def both_ways() -> Matcher:
    return invented_matcher(BOTH_WAYS)


@pytest.mark.parametrize(
    "message",
    [
        "mau pindah keluar dari sini ke kota lain, surat pindahnya urus di mana",
        "surat pindah keluar bikinnya gimana, kami pindah ke luar kota bulan depan",
    ],
)
def test_moving_out_is_not_answered_by_the_entry_on_arriving(
    arriving: Matcher, both_ways: Matcher, message: str
) -> None:
    assert arriving.match(message).intent is not Intent.FAQ
    result = both_ways.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pindah-keluar-masuk")


def test_arriving_is_still_answered(arriving: Matcher) -> None:
    result = arriving.match("baru pindah ke sini, lapor datangnya bawa apa")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pindah-masuk")


OTHERS = """
- id: antrean-online
  agency: mpp
  questions:
    - Bagaimana cara ambil nomor antrean online di mal pelayanan publik?
  keywords: [antrean online, nomor antrean mpp]
  answer: Buat akun di aplikasi antrean, pilih layanan dan jam datang, lalu tunjukkan
    kode antrean di pintu masuk.
- id: daftar-bansos
  agency: dinsos
  questions:
    - Bagaimana cara mendaftar ke data penerima bantuan sosial?
  keywords: [daftar data bansos, usul data penerima]
  answer: Datang ke kantor desa membawa KK dan KTP; desa mengusulkan ke dinas sosial
    lewat musyawarah desa.
"""


@pytest.fixture(scope="module")
def others() -> Matcher:
    return invented_matcher(OTHERS)


@pytest.mark.parametrize(
    "message",
    [
        "akun aplikasi antrean online saya lupa password, gimana resetnya",
        "anak sudah kerja semua, kami mau keluar dari data penerima bansos, caranya?",
    ],
)
def test_recovering_an_account_or_leaving_a_list_is_not_answered(
    others: Matcher, message: str
) -> None:
    assert others.match(message).intent is not Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("cara ambil antrean online di mpp", "antrean-online"),
        ("mau daftar data penerima bansos ke mana", "daftar-bansos"),
    ],
)
def test_the_entry_s_own_question_is_still_answered(
    others: Matcher, message: str, entry_id: str
) -> None:
    result = others.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)
