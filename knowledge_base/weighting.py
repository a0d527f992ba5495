"""How much each word of a message weighs when entries are scored.

A term's weight is its IDF over the KB's entries; office and place words weigh less.
A service the message names (from the service lexicon, or an unknown acronym-like word
such as ``sktm``) weighs more than the rarest KB term, so an uncovered one ("sim",
"paspor") pulls coverage down however well the rest fits; other words the KB has never
seen weigh less than its distinctive words, so the narrative of a long message does not
drown the question.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from knowledge_base.brought import brought_documents
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.memo import last_answer
from knowledge_base.normaliser import Analysis
from knowledge_base.purpose import purpose_services
from knowledge_base.shortened_words import shortens_kb_word
from knowledge_base.stemmer import strip_particle


@dataclass(frozen=True)
class ScoringWeights:
    scorer: str = "token_set_ratio"
    fuzzy_weight: float = 0.3
    entry_weight: float = 0.3  # entry-side coverage; the rest goes to message coverage
    answer_credit: float = 0.5
    service_term_boost: float = 1.5
    known_service_boost: float = 1.25
    unknown_weight: float = 0.7  # short messages: an unknown word is likely the topic
    unknown_weight_long: float = 0.35  # long messages: more often narrative
    answer_word_weight: float = 0.5
    generic_term_weight: float = 0.5
    short_message_terms: int = 6
    # up to this many terms a question is checked for naming its best entry (see
    # scorer.rank): the dev messages the check withholds rightly all have four or fewer,
    # and at five and six it withheld only right answers
    guarded_terms: int = 4
    # ... unless the best entry's questions and keywords name this share of the
    # question's weight outside the asking frame: what it does not know is then a side
    # word ("pake dtsen bukan dtks lagi? bedanya apa"), not the thing asked (see
    # coverage.names_most_asked). Dev (31 KBs): eight right answers the check withheld are
    # answered, no wrong or out-of-scope answer added; measured on all the message's
    # words and the entry's answer too, six more came, and an office named only in an
    # answer ("jam buka dukcapil") was taken for the entry's own word
    identified_coverage: float = 0.75
    narrative_tokens: int = 10
    # a long message's terms heard only in the story around its question (see
    # focus.story_reading): message coverage is read mostly on the question, and the
    # story still ranks entries through entry-side coverage, fuzzy similarity and
    # shared words; at 0.0 a flood told in the story no longer kept "bantuan perbaikan"
    # from the everyday house-repair entry, at 0.2 and above fewer long questions were
    # answered
    story_weight: float = 0.1
    max_candidates: int = 40
    # question facets (see facets.to_demote): an entry that never asks the message's
    # facet loses ``facet_demotion`` when a sibling (covering ``facet_sibling_coverage``
    # of the best topic coverage) asking it in ``facet_min_share`` of its phrasings
    # scores within ``facet_reach`` of the leader
    facet_demotion: float = 35.0
    facet_reach: float = 35.0
    facet_sibling_coverage: float = 0.6
    facet_min_share: float = 0.15
    # the decision's tie margin: a non-asking entry this close below the asking sibling
    # is passed too, or breaking the tie would put it first again (on the dev messages a
    # sign's tax asked of the sign-permit entry, three more right answers, none lost)
    facet_tie_margin: float = 1.0
    # a sibling's topic is read in its answer at full weight: the entry for what to do
    # when a request is refused names the request ("permohonan ... ditolak", "atasan
    # PPID") only in its answer, and at the ranking's answer credit (0.5) it was never
    # the request entry's sibling, so "permintaan data ditolak PPID" kept the request
    # entry first (on the dev messages 1.0 turned three such wrong answers into "did you
    # mean", two fewer out-of-scope messages were answered on a KB nobody tuned on, and
    # no right answer changed; 0.75 did nothing)
    facet_topic_answer_credit: float = 1.0
    fuzzy_candidates: int = 12


def term_weight(
    index: KbIndex, term: str, weights: ScoringWeights, long_message: bool = False
) -> float:
    weight = index.idf.get(term)
    if weight is not None:
        if term in index.generic_terms:
            return weight * weights.generic_term_weight
        return weight
    if term in index.salient_terms:
        return index.unknown_idf * weights.service_term_boost
    if term in index.answer_vocabulary:
        return index.unknown_idf * weights.answer_word_weight
    unknown = weights.unknown_weight_long if long_message else weights.unknown_weight
    return index.unknown_idf * unknown


def looks_like_acronym(word: str) -> bool:
    """Short vowel-less words such as ``sktm``, ``bpnt``, ``pppk``. A word with a vowel
    is more often an English word ("small", "party") or a word with some vowels left
    out ("ilng", "hitng") than an acronym, and a false one vetoes the right entry."""
    return 2 <= len(word) <= 5 and not any(c in "aeiou" for c in word)


def salient_terms(index: KbIndex, tokens: Iterable[str], acronyms: bool = True) -> frozenset[str]:
    """Terms of the message that name a service: from the service lexicon, or (when
    ``acronyms``) acronym-like words of three letters or more, judged as written, not
    as stemmed, that neither the KB nor the lexicons know and that are no chat form of a
    KB word (see :mod:`knowledge_base.shortened_words`)."""
    normaliser = index.normaliser
    known = normaliser.vocabulary
    found: set[str] = set()
    tokens = tuple(tokens)
    phrases = normaliser.lexicon.salient_phrases
    if _may_open_phrase(tokens, phrases):
        bare = tuple(strip_particle(t) for t in tokens)  # "akta kematiannya"
        present = frozenset(bare)
        for phrase in phrases:
            size = len(phrase)
            if present.issuperset(phrase) and any(
                bare[i : i + size] == phrase for i in range(len(tokens) - size + 1)
            ):
                found.update(normaliser.term(w) for w in phrase)
    for token, term in zip(tokens, normaliser.content_terms(tokens), strict=True):
        if term is None:
            continue
        if term in index.salient_terms or (
            acronyms
            and len(token) >= 3
            and term not in index.idf
            and token not in known
            and token.isalpha()
            and looks_like_acronym(token)
            and not shortens_kb_word(index, token)  # "ktp hlg": hilang, no service
        ):
            found.add(term)
    return frozenset(found)


def _may_open_phrase(tokens: tuple[str, ...], phrases: frozenset[tuple[str, ...]]) -> bool:
    """A token is a phrase's first word, as written or with a particle (which
    :func:`strip_particle` cuts, three letters): most messages open none, and are not
    read word by word for them."""
    firsts = {phrase[0] for phrase in phrases}
    return not firsts.isdisjoint(tokens) or any(t[:-3] in firsts for t in tokens)


@dataclass(frozen=True)
class MessageWeights:
    """One message's (term, weight) pairs in message order, their total, and the
    services it names."""

    weighted: tuple[tuple[str, float], ...]
    total: float
    salient: frozenset[str]


def message_weights(index: KbIndex, analysis: Analysis, weights: ScoringWeights) -> MessageWeights:
    """Each term's weight for this message. In a long message an unknown word or
    acronym is more often context ("kami dari LSM", "dompet jatuh di pasar") than the
    service asked about; a named service weighs more than any other word; a term of
    the story around a long message's question weighs ``story_weight`` of its own."""
    weighted, salient = _term_weights(index, analysis, weights)
    if not analysis.background:
        return MessageWeights(weighted, sum(w for _, w in weighted), salient)
    # a service named only in the story ("judul skripsi soal posyandu") is context,
    # not one the entry must be about
    term_weights = dict(weighted)
    for term in analysis.background.intersection(term_weights):
        term_weights[term] *= weights.story_weight
    salient = salient - analysis.background
    return MessageWeights(tuple(term_weights.items()), sum(term_weights.values()), salient)


def _term_weights(
    index: KbIndex, analysis: Analysis, weights: ScoringWeights
) -> tuple[tuple[tuple[str, float], ...], frozenset[str]]:
    """The message's (term, weight) pairs before its story weighs less, and the services
    it names; remembered for the last tokens and terms: a long message's story readings
    weigh the very same words again, only their background differs."""

    def weigh() -> tuple[tuple[tuple[str, float], ...], frozenset[str]]:
        short = len(analysis.terms) <= weights.short_message_terms
        # an everyday word the KB lacks ("lulus", "tiang") in a message of some length is
        # narrative rather than the topic
        wordy = len(analysis.tokens) >= weights.narrative_tokens
        everyday = index.normaliser.common
        term_weights = {
            t: term_weight(index, t, weights, not short or (wordy and t in everyday))
            for t in analysis.terms
        }
        salient = _named_services(index, analysis.tokens, short)
        for term in salient:
            term_weights[term] = index.unknown_idf * (
                weights.known_service_boost if term in index.idf else weights.service_term_boost
            )
        return tuple(term_weights.items()), salient

    key = (analysis.tokens, analysis.terms, weights)
    return last_answer(index.cache, "term_weights", key, weigh)


def _named_services(index: KbIndex, tokens: tuple[str, ...], acronyms: bool) -> frozenset[str]:
    """:func:`salient_terms` less the documents named as things to bring and the
    services named as a purpose."""
    salient = salient_terms(index, tokens, acronyms)
    # a document named as a thing to bring weighs as any word, and vetoes no entry
    salient -= brought_documents(index.normaliser, tokens, salient, frame_terms(index))
    # a service named as the purpose ("SKCK buat daftar CPNS") likewise
    return salient - purpose_services(index.normaliser, tokens, salient)


def named_terms(index: KbIndex, tokens: Iterable[str]) -> frozenset[str]:
    """The message's content terms that name something: words the KB's questions,
    keywords or answers use, or words the lexicons know (services, offices, standard
    forms). A word neither knows (a typo the normaliser could not mend, a shop's name)
    names nothing this guard can judge."""
    normaliser = index.normaliser
    known = normaliser.vocabulary
    found: set[str] = set()
    for token in tokens:
        term = normaliser.content_term(token)
        if term is None:
            continue
        if term in index.idf or token in known:
            found.add(term)
    return frozenset(found)
