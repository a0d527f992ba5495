"""More things of a kind (see data/kinds.tsv): a hot spring among the places a
ticket is sold for, a fishing permit among a boat's documents, a permit to dig a road
shoulder and a billboard permit, and insurance that is not one scheme (crops,
fishermen, vehicles). An entry about one is offered, not answered, for a question
about another; a question about its own thing is answered."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: tiket-kolam-air-panas
          agency: dispar
          questions:
            - Berapa harga tiket masuk pemandian air panas Tirta Hangat?
            - pemandian air panas buka jam berapa
          keywords: [pemandian air panas, tiket masuk]
          answer: Pemandian air panas Tirta Hangat buka 07.00-20.00, tiket masuk Rp10.000.
        - id: izin-penangkapan
          agency: dkp
          questions:
            - Apa syarat mengurus surat izin penangkapan ikan (SIPI) untuk perahu kecil?
            - bikin sipi bawa apa
          keywords: [sipi, izin penangkapan ikan]
          answer: Bawa KTP, kartu nelayan dan foto perahu ke kantor DKP; SIPI terbit 5 hari.
        - id: asuransi-gagal-panen
          agency: distan
          questions:
            - Bagaimana cara ikut asuransi usaha tani padi (AUTP)?
            - klaim asuransi gagal panen ke mana
          keywords: [autp, asuransi usaha tani]
          answer: Daftar lewat kelompok tani ke penyuluh; klaim diajukan bila sawah puso.
        """
    )


@pytest.mark.parametrize(
    ("message", "offered"),
    [
        ("harga tiket masuk air terjun di kabupaten ini berapa", "tiket-kolam-air-panas"),
        ("tiket masuk kebun binatang buka jam berapa", "tiket-kolam-air-panas"),
        ("surat persetujuan berlayar buat perahu ngurusnya di mana", "izin-penangkapan"),
        ("klaim asuransi mobil yang ditabrak ke mana", "asuransi-gagal-panen"),
    ],
)
def test_another_thing_of_the_entry_s_kind_is_offered_not_answered(
    matcher: Matcher, message: str, offered: str
) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    assert offered in result.suggestions


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("tiket masuk pemandian air panas berapa", "tiket-kolam-air-panas"),
        ("syarat bikin izin penangkapan ikan buat perahu", "izin-penangkapan"),
        ("sawah puso, klaim asuransi usaha tani ke mana", "asuransi-gagal-panen"),
    ],
)
def test_the_entry_s_own_thing_is_answered(matcher: Matcher, message: str, entry_id: str) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


BILLBOARD = """
- id: izin-papan-iklan
  agency: dpmptsp
  questions:
    - Bagaimana cara mengurus izin pemasangan reklame di pinggir jalan?
    - pasang baliho di bahu jalan perlu izin?
  keywords: [izin reklame, baliho]
  answer: Ajukan izin reklame lewat DPMPTSP dengan desain, ukuran dan titik lokasi.
"""
DIGGING = """
- id: izin-gali-jalan
  agency: pupr
  question: Bagaimana mengurus izin penggalian bahu jalan untuk pipa atau kabel?
  keywords: [izin galian, galian kabel]
  answer: Ajukan ke Dinas PUPR dengan gambar jalur galian dan jaminan pemulihan jalan.
"""


def test_a_permit_to_dig_is_no_billboard_permit() -> None:
    message = "izin galian pipa air di bahu jalan ke siapa"
    offered = invented_matcher(BILLBOARD).match(message)
    assert (offered.intent, offered.suggestions[:1]) == (Intent.NONE, ("izin-papan-iklan",))
    answered = invented_matcher(BILLBOARD, DIGGING).match(message)
    assert (answered.intent, answered.entry_id) == (Intent.FAQ, "izin-gali-jalan")
    own = invented_matcher(BILLBOARD).match("izin pasang reklame di bahu jalan ke siapa")
    assert (own.intent, own.entry_id) == (Intent.FAQ, "izin-papan-iklan")
