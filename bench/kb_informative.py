"""Which of a message's informative words its best entry explains: inputs measured by
``bench/kb_fit_answer.py``'s leave-one-KB-out veto (:func:`kb_fit_answer.veto_report`),
never shipped (see there for why).

A near out-of-scope question reuses an entry's words for something its answer does not
cover ("harga benur vaname per ekor" of the shrimp-seed aid, "surat keterangan sehat buat
sapi kurban" of the health certificate). The idea measured: weigh each content word the
message asks (after normalising; the asking frame, offices and places, what the message
tells as given and the words that only say for whom or when left out) by how informative
it is in the language, and see how much of that weight the entry (its questions,
keywords, title and answer) explains, and whether it explains the message's head (the
first word naming what is asked about, see ``knowledge_base/head.py``).

Informative: a real word (wordfreq knows it in Indonesian or English) the rarer the more
(5.5 minus its zipf frequency, from 0 to 3: "rumah", "baru" weigh nothing, "seragam" 0.9,
"kurban" 1.6, "traktor" 1.9). A word wordfreq does not know at all (a place name, a typo
the normaliser could not mend, a regional word) weighs nothing: it says nothing of the
thing asked that a reader could check.
"""

from __future__ import annotations

from dataclasses import dataclass

from wordfreq import zipf_frequency

from knowledge_base.asked_words import asked_tokens
from knowledge_base.filler import question_core
from knowledge_base.head import NOT_HEADS, head_of, not_head_terms
from knowledge_base.index import KbIndex
from knowledge_base.lexicon import Lexicon
from knowledge_base.normaliser import Analysis

INFORMATIVE = ("specific_unexplained", "specific_explained", "specific_share", "head_unexplained")
COMMON_ZIPF = 5.5  # a word this frequent or more informs nothing
MOST = 3.0  # the most a word, and a side, weighs


@dataclass(frozen=True)
class AskedWord:
    token: str
    term: str
    explained: bool  # the entry's own word or its answer's


def specificity(token: str) -> float:
    """How informative a word is in the language: 0 for an everyday or unknown word."""
    zipf = max(zipf_frequency(token, "id"), zipf_frequency(token, "en"))
    return 0.0 if zipf == 0 else max(0.0, min(MOST, COMMON_ZIPF - zipf))


def asked_words(
    index: KbIndex, lexicon: Lexicon, analysis: Analysis, position: int
) -> tuple[tuple[AskedWord, ...], tuple[str, ...]]:
    """The message's content words the ranking reads as asked (the greeting and filler
    left out, then what a short message tells as given), less the frame and office
    words, each with whether the entry at ``position`` explains it; and the asked tokens."""
    normaliser = index.normaliser
    core, _ = question_core(index, analysis.tokens, lexicon)
    asked = asked_tokens(
        analysis.with_words(core or analysis.tokens, analysis.terms), normaliser.term
    )
    item = index.entries[position]
    frame = not_head_terms(index)
    found: dict[str, AskedWord] = {}
    for token in asked:
        term = normaliser.content_term(token)
        skip = term in frame or term in index.generic_terms or term in analysis.background
        if term is None or skip or token in NOT_HEADS or term in found:
            continue
        found[term] = AskedWord(token, term, term in item.terms or term in item.answer_terms)
    return tuple(found.values()), tuple(asked)


def informative_features(
    index: KbIndex, lexicon: Lexicon, analysis: Analysis, position: int
) -> dict[str, float]:
    """See :data:`INFORMATIVE` and the module's docstring."""
    words, asked = asked_words(index, lexicon, analysis, position)
    unexplained = sum(specificity(w.token) for w in words if not w.explained)
    explained = sum(specificity(w.token) for w in words if w.explained)
    head = head_of(index, asked)
    item = index.entries[position]
    head_unexplained = (
        head is not None
        and head.known
        and not (head.term in item.terms or head.term in item.answer_terms)
    )
    return {
        "specific_unexplained": min(MOST, unexplained) / MOST,
        "specific_explained": min(MOST, explained) / MOST,
        "specific_share": unexplained / (unexplained + explained) if unexplained else 0.0,
        "head_unexplained": float(head_unexplained),
    }
