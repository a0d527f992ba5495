"""A permit asked of whatever the message is about ("perlu izin?", "izinnya ke mana") is
not answered by an entry that never speaks of permits (a flight schedule, a well's
upkeep); an entry that does speak of one answers, and the others keep their ranks. The
messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.errands import errands
from knowledge_base.facets import word_forms
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: jadwal-pesawat-perintis
          agency: dishub
          questions:
            - Kapan jadwal pesawat perintis dari lapangan terbang kabupaten?
          keywords: [pesawat perintis, jadwal penerbangan]
          answer: Pesawat perintis terbang Senin dan Kamis pukul 08.00 dari bandara kabupaten.
        - id: sumur-bor-usulan
          agency: pupr
          questions:
            - Bagaimana desa mengusulkan pembangunan sumur bor?
          keywords: [sumur bor, usulan sumur]
          answer: Kepala desa mengirim proposal ke dinas PUPR lewat musrenbang kecamatan.
        - id: izin-bangunan
          agency: dpmptsp
          questions:
            - Apa syarat mengurus persetujuan bangunan gedung (PBG) untuk rumah?
          keywords: [pbg, imb, izin bangunan]
          answer: Ajukan PBG lewat SIMBG dengan gambar rencana, sertifikat tanah dan KTP.
        """
    )


@pytest.mark.parametrize(
    "text",
    [
        "kampung mau bangun lapangan terbang sendiri, izinnya ke mana?",
        "bikin sumur bor pribadi di pekarangan sendiri perlu izin ga?",
    ],
)
def test_a_permit_asked_of_an_entry_without_one_is_not_answered(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is not Intent.FAQ


def test_an_entry_speaking_of_the_permit_answers(matcher: Matcher) -> None:
    result = matcher.match("mau bangun rumah dua lantai, izin bangunannya perlu izin apa")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "izin-bangunan")


def test_a_doubted_permit_vetoes_no_other_entry(matcher: Matcher) -> None:
    words = word_forms(matcher.index.normaliser, matcher.analyse("perlu izin ga").tokens)
    table = errands(matcher.index)
    assert table.coverers(words) is None
    assert table.doubted(words) == frozenset({2})
