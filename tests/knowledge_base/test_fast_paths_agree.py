"""The fast paths of matching give the very answers of the plain computations they
stand for: proposing entries with arrays, remembering a text's language, narrowing a
reading, finding and counting phrases only where their first words stand."""

from __future__ import annotations

from dataclasses import replace

from knowledge_base.analysis import Analysis
from knowledge_base.candidates import proposals, propose
from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.index import KbIndex, build_index
from knowledge_base.language import language_of
from knowledge_base.lexicon import default_lexicon
from knowledge_base.phrases import phrase_table, spaced, word_positions

THINGS = ("akta lahir", "kartu keluarga", "surat pindah", "izin usaha", "pajak kendaraan")
PLACES = ("kecamatan", "kelurahan", "dinas", "kantor desa", "loket", "balai")


def _index() -> KbIndex:
    entries = [
        KbEntry(
            id=f"e{n}",
            agency="x",
            questions=(f"cara urus {THINGS[n % 5]} di {PLACES[n % 6]}",),
            answer="Datang membawa berkas.",
            keywords=(THINGS[n % 5],) if n % 3 else (),
        )
        for n in range(30)
    ]
    return build_index(KnowledgeBase(entries=tuple(entries)), default_lexicon())


def _summed_per_entry(index: KbIndex, terms: tuple[str, ...], limit: int) -> list[int]:
    """:func:`propose` as a sum per entry in a dict: rare terms first; once ``limit``
    entries are proposed, a term in more entries than that only adds to them."""
    table = proposals(index)
    arrays = table.positions
    found = sorted((t for t in terms if t in arrays), key=lambda t: len(arrays[t]))
    overlap: dict[int, float] = {}
    for term in found:
        members = [int(p) for p in arrays[term]]
        for position in members:
            if position in overlap:
                overlap[position] += table.weights[term]
        if len(overlap) >= limit and len(members) > len(overlap):
            continue
        for position in members:
            overlap.setdefault(position, table.weights[term])
    return sorted(overlap, key=lambda p: (-overlap[p], p))[:limit]


def test_proposing_with_arrays_gives_the_entries_a_sum_per_entry_gives() -> None:
    index = _index()
    normaliser = index.normaliser
    for message in (
        "cara urus akta lahir di kecamatan",
        "urus kartu keluarga",
        "izin usaha di kantor desa atau balai",
        "cara urus pajak kendaraan surat pindah loket dinas kelurahan",
        "cara",
    ):
        terms = normaliser.terms(normaliser.tokens(message))
        for limit in (1, 3, 7, 40):
            assert propose(index, terms, limit) == _summed_per_entry(index, terms, limit)


def test_a_message_of_no_known_word_proposes_nothing() -> None:
    assert propose(_index(), ("zzzqqq",), 40) == []


def test_the_language_of_a_text_is_the_same_when_asked_again() -> None:
    english = "how do I renew my identity card, is there any fee for it"
    assert language_of(english) == "en" == language_of(english)
    assert language_of("gimana cara perpanjang ktp") == "id"


def test_a_reading_of_other_words_keeps_every_mark_as_replace_does() -> None:
    reading = Analysis(
        ("ktp", "hilang"),
        ("ktp", "hilang"),
        True,
        frozenset({"hilang"}),
        frozenset({"ktp"}),
        frozenset({"sim"}),
    )
    narrowed = reading.with_words(("ktp",), ("ktp",))
    assert narrowed == replace(reading, tokens=("ktp",), terms=("ktp",))


PHRASES = phrase_table(
    {
        "cost": ["berapa biaya", "biaya", "bayar berapa"],
        "place": ["di mana", "ke mana", "kantor * mana"],
        "late": ["* terlambat", "sudah lewat"],
    }
)


def test_phrase_kinds_tried_at_their_first_words_are_the_ones_a_search_finds() -> None:
    for message in (
        "berapa biaya bikin ktp di mana kantornya",
        "kantor dinas sebelah mana",
        "bayar berapa kalau sudah lewat dan terlambat",
        "ktp saya hilang",
        "biaya biaya biaya",
    ):
        words = message.split()
        text = spaced(words)
        searched = {
            kind
            for kind in PHRASES.patterns
            if PHRASES.may_have(kind, set(words)) and PHRASES.has(kind, text)
        }
        assert PHRASES.kinds_in(words) == searched
        opened = PHRASES.openings(word_positions(text))
        for kind in PHRASES.patterns:
            counted = PHRASES.counted(kind, text, opened.get(kind, ()))
            found = PHRASES.count(kind, text) if PHRASES.may_have(kind, set(words)) else 0
            assert counted == found
