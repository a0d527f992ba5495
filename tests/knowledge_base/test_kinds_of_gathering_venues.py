"""Where a gathering is held is a kind (see data/kinds.tsv): a road or lane closed for
it, or an open field. An entry on using or closing a road for an event, even one
listing the crowd permit among its keywords, does not answer a crowd permit for a
concert on the village field; a field the entry names, and a road the message names,
keep it."""

from __future__ import annotations

import pytest

from knowledge_base.kinds import message_things
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

ROAD_USE = """
- id: izin-pakai-jalan
  agency: dishub
  questions:
    - Bagaimana mengurus izin penggunaan atau penutupan jalan untuk acara warga?
    - mau tutup jalan buat hajatan nikahan, izin ke siapa
  keywords: [tutup jalan, penutupan jalan, hajatan, izin keramaian]
  answer: Penggunaan jalan untuk hajatan memerlukan izin kepolisian dengan pengantar
    RT/RW; untuk jalan kabupaten ajukan juga rekomendasi Dishub.
"""
FIELD = """
- id: pinjam-lapangan
  agency: dispora
  questions:
    - Bagaimana cara meminjam lapangan desa untuk acara warga?
  keywords: [pinjam lapangan, lapangan desa]
  answer: Ajukan surat ke kantor desa paling lambat seminggu sebelum acara.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(ROAD_USE)


@pytest.mark.parametrize(
    "message",
    [
        "izin keramaian konser musik di lapangan desa ngurusnya ke mana",
        "mau bikin festival musik di lapangan bola, izin keramaiannya ke polsek atau pemda?",
        "izin keramaian buat konser dangdut di lapangan",
    ],
)
def test_a_crowd_permit_on_a_field_is_offered_not_answered_by_the_road_entry(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.suggestions[:1]) == (Intent.NONE, ("izin-pakai-jalan",))


@pytest.mark.parametrize(
    "message",
    [
        "izin tutup jalan buat hajatan ke mana",
        "pasang tenda hajatan di jalan kampung perlu izin keramaian?",
        "mau tutup gang buat resepsi nikahan, izinnya ke siapa",
    ],
)
def test_a_road_closed_for_a_gathering_is_still_answered(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "izin-pakai-jalan")


def test_an_entry_naming_the_field_answers_it() -> None:
    result = invented_matcher(ROAD_USE, FIELD).match("pinjam lapangan desa buat acara warga gimana")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pinjam-lapangan")


def test_the_field_and_the_road_are_things_of_one_kind(matcher: Matcher) -> None:
    index = matcher.index
    field = message_things(index, matcher.analyse("konser di lapangan bola").tokens)
    road = message_things(index, matcher.analyse("tutup gang buat hajatan").tokens)
    assert field.get("venue") == {"lapangan"}
    assert road.get("venue") == {"jalan umum"}
