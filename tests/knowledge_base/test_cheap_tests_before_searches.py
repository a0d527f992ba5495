"""The cheap tests and shortcuts of matching give the very answers of the plain
computations they stand for: the heaviest proposals found by a partition, a pattern
skipped when the text lacks the words it needs, the facets and errands of a message
remembered apart, a candidate built unfrozen."""

from __future__ import annotations

import itertools
import random

import numpy

from knowledge_base.analysis import Analysis
from knowledge_base.candidates import PARTITION_FROM, _heaviest, proposals, propose
from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.errands import errands
from knowledge_base.facets import entry_facets, word_forms
from knowledge_base.index import build_index
from knowledge_base.letter import _CLOSING, CLOSING_WORDS, letter_body
from knowledge_base.lexicon import default_lexicon
from knowledge_base.literals import folded, holds_any
from knowledge_base.message_asks import asks_of
from knowledge_base.scored import Candidate
from knowledge_base.self_correction import _SELF_CORRECTION, _TAKEN_BACK
from knowledge_base.sentences import INDEFINITE, without_indefinites


def test_the_heaviest_found_by_a_partition_are_a_stable_sorts_first() -> None:
    rng = numpy.random.default_rng(13)
    for size in (0, 1, 39, 40, 41, PARTITION_FROM - 1, PARTITION_FROM, 700, 2000):
        for ties in (1, 3, 50):
            weights = -rng.integers(0, ties + 1, size).astype(float) * 0.7
            for limit in (1, 12, 40, 60):
                expected = numpy.argsort(weights, kind="stable")[:limit]
                assert _heaviest(weights, limit).tolist() == expected.tolist()


def _clone_kb(clones: int) -> KnowledgeBase:
    things = ("akta lahir", "kartu keluarga", "surat pindah", "izin usaha", "pajak kendaraan")
    entries = [
        KbEntry(
            id=f"e{n}",
            agency="x",
            questions=(f"cara urus {things[n % 5]} di kecamatan {n % 7} desa{n}",),
            answer="Datang membawa berkas ke loket.",
        )
        for n in range(clones)
    ]
    return KnowledgeBase(entries=tuple(entries))


def test_a_thousand_proposals_give_the_entries_a_sum_per_entry_gives() -> None:
    index = build_index(_clone_kb(1200), default_lexicon())
    table = proposals(index)
    normaliser = index.normaliser
    largest = 0
    for message in ("cara urus akta lahir di kecamatan", "urus surat pindah desa", "cara urus"):
        terms = normaliser.terms(normaliser.tokens(message))
        overlap: dict[int, float] = {}
        for term in sorted(
            (t for t in terms if t in table.positions), key=lambda t: len(table.positions[t])
        ):
            members = [int(p) for p in table.positions[term]]
            for position in members:
                if position in overlap:
                    overlap[position] += table.weights[term]
            if len(overlap) >= 40 and len(members) > len(overlap):
                continue
            for position in members:
                overlap.setdefault(position, table.weights[term])
        largest = max(largest, len(overlap))
        assert propose(index, terms, 40) == sorted(overlap, key=lambda p: (-overlap[p], p))[:40]
    assert largest >= PARTITION_FROM


def _texts(words: tuple[str, ...], seed: int, count: int = 3000) -> list[str]:
    """Texts of the words, other words and separators, in any case, with the letters
    ``re.IGNORECASE`` reads as ASCII ones here and there."""
    rng = random.Random(seed)
    pieces = [*words, "saya", "mau", "tanya", "pak", "ya", "kk", "i", "s"]
    odd = {"i": "\u0130", "s": "\u017f", "k": "\u212a"}
    texts = []
    for _ in range(count):
        chosen = [rng.choice(pieces) for _ in range(rng.randint(1, 7))]
        text = "".join(word + rng.choice((" ", ", ", ". ", "-", "", "!! ")) for word in chosen)
        text = "".join(
            odd[c] if c in odd and rng.random() < 0.05 else (c.upper() if rng.random() < 0.2 else c)
            for c in text
        )
        texts.append(text)
    return texts


def test_a_text_without_a_closing_word_has_no_closing_formula() -> None:
    words = (
        "terima kasih", "terimakasih", "makasih banyak", "thanks", "thank you for your help",
        "atas perhatiannya kami ucapkan terima kasih", "demikian", "sehat selalu",
        "semoga sukses", "have a nice day", "looking forward to your reply", "please advise",
        "mohon bantuannya", "ditunggu jawabannya", "wassalamualaikum wr wb", "aslm",
        "wassalam", "hormat saya", "salam", "regards", "cheers", "sincerely", "yours truly",
    )  # fmt: skip
    for text in _texts(words, 1):
        assert _CLOSING.search(text) is None or holds_any(text, CLOSING_WORDS), text
    assert letter_body("Apa syarat KTP? Terima kasih, salam") == "Apa syarat KTP?"


def test_indefinites_are_dropped_as_the_plain_pattern_drops_them() -> None:
    words = ("apa", "siapa", "kapan", "mana", "berapa", "di", "ke", "pun", "2", "saja", "apa2")
    for text in _texts(words, 2):
        plain = INDEFINITE.sub(" ", text) if INDEFINITE.search(text) else text
        assert without_indefinites(text) == plain, text
    assert without_indefinites("tidak diberi tahu apa-apa") == "tidak diberi tahu  "
    assert without_indefinites("kapanpun bisa") == "  bisa"


def test_a_text_without_a_word_taking_back_takes_nothing_back() -> None:
    words = ("eh", "eeh", "ups", "sorry", "maaf", "wait", "maksudnya", "maksud saya", "salah")
    for text in _texts((*words, "salah ketik", "bukan", "i meant"), 3):
        assert _SELF_CORRECTION.search(text) is None or holds_any(text, _TAKEN_BACK), text


def test_letters_read_as_ascii_ones_when_case_is_ignored_are_folded_to_them() -> None:
    assert folded("\u0130ZIN \u212aTP Pa\u017fPOR") == "izin ktp paspor"


def test_a_messages_facets_and_errands_do_not_depend_on_what_was_asked_before() -> None:
    index = build_index(_clone_kb(40), default_lexicon())
    normaliser = index.normaliser
    readings = []
    for message in ("berapa biaya urus akta lahir", "legalisir kartu keluarga di mana", "cara"):
        tokens = tuple(normaliser.tokens(message))
        readings.append(Analysis(tokens, normaliser.terms(tokens), False))
    for first, second in itertools.permutations(readings, 2):
        asks_of(index, first)
        asks = asks_of(index, second)
        forms = word_forms(normaliser, second.tokens)
        assert asks.facets == entry_facets(index).asked(forms)
        assert asks.dealing == errands(index).coverers(forms)


def test_a_candidate_compares_and_hashes_by_its_fields() -> None:
    one = Candidate(3, "ktp", 80.0, 0.5, 60.0)
    same = Candidate(3, "ktp", 80.0, 0.5, 60.0)
    assert one == same and hash(one) == hash(same) and len({one, same}) == 1
    assert one != Candidate(3, "ktp", 80.0, 0.5, 61.0)
