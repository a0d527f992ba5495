"""An entry names its thing with a head word and a word saying which kind ("bibit
mangrove"); a short message putting another kind after the head, in a real word the
knowledge base never uses ("bibit durian"), asks about something else: the entry is
offered, not answered. Read from the invented KB alone, no hand table. Its own kinds,
typos, everyday words in the slot and a message naming another of the entry's own words
keep their answers. Invented entries and messages."""

from __future__ import annotations

import pytest

from knowledge_base.decision import Thresholds
from knowledge_base.matcher import Intent, Matcher, MatcherConfig
from knowledge_base.qualifiers import other_qualifier, qualifiers
from tests.knowledge_base.invented_kb import invented_kb

OFF = MatcherConfig(thresholds=Thresholds(other_qualifiers=False))

KB = """
    - id: bibit-mangrove
      agency: dlh
      questions:
        - Bagaimana cara meminta bibit mangrove untuk pesisir desa?
        - kelompok pantai bisa dapat bibit bakau?
      keywords: [bibit mangrove, tanam bakau]
      answer: Kelompok pesisir mengajukan proposal ke DLH; bibit diantar gratis saat
        musim tanam beserta pendamping.
    - id: sekolah-lansia
      agency: dinsos
      question: Kapan pendaftaran sekolah lansia dibuka?
      keywords: [sekolah lansia, kelas lansia]
      answer: Pendaftaran dibuka tiap Januari di balai desa untuk warga 60 tahun ke atas.
    - id: pajak-warung-makan
      agency: bapenda
      question: Apakah warung makan wajib memungut pbjt makanan?
      keywords: [pbjt makanan, pajak warung makan]
      answer: Warung dengan omzet di atas Rp5 juta sebulan memungut 10 persen dari pembeli.
    - id: izin-kapal-nelayan
      agency: dkp
      question: Apa syarat pas kecil untuk kapal nelayan?
      keywords: [pas kecil kapal, kapal nelayan]
      answer: Bawa KTP, foto kapal dan kuitansi pembelian ke kantor DKP.
    """


@pytest.fixture(scope="module")
def matchers() -> tuple[Matcher, Matcher]:
    kb = invented_kb(KB)
    return Matcher(kb), Matcher(kb, OFF)


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("bibit durian gratis ada ga", "bibit-mangrove"),
        ("sekolah renang daftarnya kapan", "sekolah-lansia"),
        ("syarat kapal pesiar apa aja", "izin-kapal-nelayan"),
        ("can i get bibit durian from the dlh", "bibit-mangrove"),
    ],
)
def test_another_kind_of_the_entrys_thing_is_offered_not_answered(
    matchers: tuple[Matcher, Matcher], message: str, entry_id: str
) -> None:
    matcher, plain = matchers
    assert plain.match(message).entry_id == entry_id  # the words alone answer it
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    assert result.suggestions[:1] == (entry_id,)


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("bibit mangrove buat pesisir kami mintanya gimana", "bibit-mangrove"),
        ("bibit bakau gratis ada ga", "bibit-mangrove"),
        ("sekolah lansia kapan dibuka", "sekolah-lansia"),
        # a slip of the entry's own word, or a word no dictionary knows, is no other kind
        ("bibit mangrov gratis ada ga", "bibit-mangrove"),
        # the message names the tax the entry is about: soto is a kind of eating place
        ("warung soto wajib pungut pbjt ga", "pajak-warung-makan"),
    ],
)
def test_the_entrys_own_kinds_and_other_words_keep_their_answer(
    matchers: tuple[Matcher, Matcher], message: str, entry_id: str
) -> None:
    matcher, _ = matchers
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_the_compounds_are_read_from_the_canonical_phrases(
    matchers: tuple[Matcher, Matcher],
) -> None:
    matcher, _ = matchers
    index = matcher.index
    position = next(p for p, item in enumerate(index.entries) if item.entry.id == "bibit-mangrove")
    heads = qualifiers(index).heads[position]
    assert "mangrove" in heads[index.normaliser.term("bibit")]


@pytest.mark.parametrize(
    ("message", "word"),
    [
        ("bibit durian gratis", "durian"),
        ("bibit pertama kali", None),  # an everyday word says which one, not which kind
        ("bibit pertamakali", None),  # a run-together form, rarer than any word
        ("bibit punyanya siapa", None),  # a possessive is the message's own thing
        ("minta bibitnya buat pesisir", None),  # no word after the head
    ],
)
def test_the_word_in_the_slot_must_name_a_kind_the_kb_never_uses(
    matchers: tuple[Matcher, Matcher], message: str, word: str | None
) -> None:
    matcher, _ = matchers
    index = matcher.index
    position = next(p for p, item in enumerate(index.entries) if item.entry.id == "bibit-mangrove")
    assert other_qualifier(index, matcher.analyse(message).tokens, position) == word
