"""The quicker readings of the seventeenth speed round give what the plain computations
they replace give: a run of words read as terms with one look-up each, a facet's fit
without a generator, the event phrases looked up from the message's words, the salient
phrases read only when a word opens one, a run of words read again remembered, the
closing particles replaced by functions rather than templates."""

from __future__ import annotations

import random

from knowledge_base.emergency import default_rules
from knowledge_base.emergency_words import may_name_event
from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.facets import fit
from knowledge_base.index import build_index
from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser
from knowledge_base.regional_particles import (
    _BEFORE_CLAUSE,
    _CLOSING,
    _CLOSING_DAK,
    _THERE_IS,
    read_closing_particles,
)
from knowledge_base.stemmer import strip_particle
from knowledge_base.weighting import _may_open_phrase, salient_terms

WORDS = (
    "saya", "mau", "tanya", "syaratnya", "akta", "kematiannya", "kelahiran", "lahir", "ktp",
    "hilang", "dompetnya", "jatuh", "di", "pasar", "gimana", "bikinnya", "sertifikat",
    "tanahnya", "kebakaran", "rumah", "tetangga", "api", "besar", "tolong", "banjir", "2",
    "sdh", "blm", "ga", "pak", "perkawinan", "tanah", "apa", "kahnya", "punya",
)  # fmt: skip


def _messages(seed: int, count: int = 400) -> list[tuple[str, ...]]:
    rng = random.Random(seed)
    return [tuple(rng.choice(WORDS) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_a_run_of_words_reads_as_each_word_read_alone() -> None:
    together, alone = Normaliser(default_lexicon()), Normaliser(default_lexicon())
    for seed, tokens in enumerate(_messages(1)):
        together.guard(())  # every word unread again
        alone.guard(())
        if seed % 2:  # some words read before, some not
            together.content_terms(tokens[: len(tokens) // 2])
        expected = [alone.content_term(t) for t in tokens]
        assert together.content_terms(tokens) == tuple(expected)
        assert together.terms(tokens) == tuple(dict.fromkeys(t for t in expected if t))


def test_a_facet_fit_is_the_largest_share_asked_and_nothing_without_one() -> None:
    rng = random.Random(2)
    kinds = ("cost", "where", "requirements", "duration", "check")
    for _ in range(500):
        profile = {k: rng.choice((0.0, 0.2, 0.5, 1.0)) for k in kinds if rng.random() < 0.5}
        asked = frozenset(k for k in kinds if rng.random() < 0.4)
        assert fit(profile, asked) == max((profile.get(k, 0.0) for k in asked), default=0.0)


def test_an_event_is_found_from_the_message_words_as_from_the_table_words() -> None:
    events = default_rules().event_words
    assert events is not None
    for tokens in _messages(3):
        words = set(tokens)
        plain = any(
            needed <= words for word in words.intersection(events) for needed in events[word]
        )
        assert may_name_event(words, events) == plain
    assert may_name_event({"rumah", "tetangga", "kebakaran"}, events)


def test_a_message_opening_no_salient_phrase_holds_none_read_without_particles() -> None:
    phrases = default_lexicon().salient_phrases
    opened = 0
    for tokens in _messages(4):
        bare = tuple(strip_particle(t) for t in tokens)
        found = [
            phrase
            for phrase in phrases
            for i in range(len(bare) - len(phrase) + 1)
            if bare[i : i + len(phrase)] == phrase
        ]
        opens = _may_open_phrase(tokens, phrases)
        assert opens or not found, tokens
        opened += opens
    assert 0 < opened < 400


def test_a_service_named_in_two_words_with_a_particle_is_still_named() -> None:
    entries = (
        KbEntry(id="akta", agency="x", questions=("syarat akta kematian",), answer="Ke kantor."),
        KbEntry(id="tanah", agency="x", questions=("urus sertifikat tanah",), answer="Ke BPN."),
    )
    index = build_index(KnowledgeBase(entries=entries), default_lexicon())
    term = index.normaliser.term
    assert {term("akta"), term("kematian")} <= salient_terms(index, ("akta", "kematiannya"))
    assert {term("sertifikat"), term("tanah")} <= salient_terms(
        index, ("sertifikat", "tanahnya", "hilang")
    )


def test_a_run_read_again_gives_the_terms_of_its_first_reading() -> None:
    normaliser = Normaliser(default_lexicon())
    for tokens in _messages(5, 60):
        first = normaliser.content_terms(tokens)
        assert normaliser.content_terms(list(tokens)) == first
        assert first == tuple(Normaliser(default_lexicon()).content_term(t) for t in tokens)


def test_closing_particles_are_read_as_the_template_replacements_read_them() -> None:
    rng = random.Random(6)
    pieces = ("ade ke", "kena bayar ke?", "aman ka.", "dak", "pacak dak!", "ke mana", "Ke", "KA")
    pieces += ("bise ke dibangun", "bahaye ke kalau", "ke dinas", "ke dinsos", "ke digital")
    for _ in range(300):
        text = " ".join(rng.choice((*pieces, *WORDS)) for _ in range(rng.randint(1, 9)))
        text = text + rng.choice(("", "?", " .", ","))
        plain = _BEFORE_CLAUSE.sub(r"\1kah", _THERE_IS.sub(r"\1 kah", text))
        plain = _CLOSING_DAK.sub(r"\1tidak", _CLOSING.sub(r"\1kah", plain))
        assert read_closing_particles(text) == plain, text
