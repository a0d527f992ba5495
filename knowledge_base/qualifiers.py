"""Another kind of the entry's thing, read from the knowledge base's own compounds.

An entry names its thing with a head word and a word saying which kind: "panti
werdha", "benih sayur", "usaha mikro". A near out-of-scope question often names the
same head with a kind of its own, in a word the knowledge base never uses anywhere:
"panti asuhan" against the elderly care home, "benih ikan" against vegetable seed
aid, "usaha tambang" against the micro-business number. :mod:`kinds` tells such
things apart from a hand table (covid and malaria are both diseases); this guard needs
no table, so it holds on a KB of a domain nobody wrote one for: the compounds are read
from each entry's canonical phrases (canonical question, keywords, English title) when
the matcher is built.

The best entry is offered ("did you mean"), not answered, when a short message (at most
:data:`SHORT` content words) puts, right after one of the entry's compound heads,

- a real word (Indonesian by wordfreq, :data:`MIN_LETTERS` letters or more, heard at
  least as often as zipf :data:`STANDARD_ZIPF`: a typo, a slang or variant spelling
  ("kripik", "katering") or a run-together form ("pertamakali") is no other kind) that
  no question, keyword or answer of the KB uses, nor its stem;
- as written (no form the normaliser reads as another word) and not a possessive
  ("-nya": the message's own thing), nor one of the most frequent words (zipf above
  :data:`NAMING_ZIPF`: "pertama", "tanggal", "dekat", "dulu" say which one or when,
  not which kind),

while the message names none of the entry's own qualifiers of that head, the head is a
word as written (a noun, not a derived verb: "dibangun vila", "digigit monyet" say what
was done to what) found in at most :data:`HEAD_ENTRIES` entries, and the message
shares no other specific word with the entry (one found in at most
:data:`SPECIFIC_ENTRIES` entries): "warung bakso ... pajak restoran" names the tax the
entry is about, so the bakso is a kind of eating place, not another thing. English is
read so too: its untranslated words are no Indonesian words, and leaving English
messages alone decided no dev message.

Measured on the dev KBs (faq-dev / sample / Banyuhilir / Pesisir Lor / Tirtajaya /
Wanasari): out of scope answered 1 / 0 / 0 / 0 / 0 / 4 fewer, right answers 1 / 1 / 0 /
0 / 0 / 0 fewer ("kks patah", "usg kandungan": a state or another name of the entry's
thing in a word the KB lacks). Without the floor of :data:`STANDARD_ZIPF`, two more on
each of the faq-dev and sample KBs ("pirt kripik", "usaha katering"); without the
specific-word condition 13 and 23 more ("warung bakso ... pajak", "akta nikah
kristen"), and two more with :data:`SPECIFIC_ENTRIES` 1; with derived heads and words
or words of three letters, four more on Banyuhilir, Pesisir Lor and Wanasari
("dibangun vila", Sundanese "trans teh"); counting only the entry's own answer as the KB's words
("kopi" in another entry's answer no KB word) one more on Pesisir Lor for one more out
of scope ("bibit kopi"); with the word before the head part of the compound ("status
gunung semeru": "status" no other specific word) seven more for one. Longer messages (12
content words) or heads in up to 5 entries caught nothing more. The measures of
``bench/kb_scope.py`` found the same doubt without its slot (any unexplained word, or an
unknown head word) on every KB, for many right answers each.

What this leaves: a kind named by a word the KB uses elsewhere ("asuransi motor" with
parking for motorbikes in another answer), a thing named where the entry's compound
has no head ("tiket masuk curug"), a question of a facet no entry covers ("kartu tani
hilang"), a hypernym the entry names in general ("akta nikah kristen" against non-Muslim
marriages, so left answered).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from knowledge_base.common_words import indonesian_frequency
from knowledge_base.decision import Thresholds, break_ties
from knowledge_base.head import frame_terms, is_indonesian_word
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.normaliser import Normaliser
from knowledge_base.scored import Candidate, withheld_first
from knowledge_base.stemmer import stem

SHORT = 8  # content words of a message read for another kind
HEAD_ENTRIES = 3  # a head found in more entries is the KB's frame ("izin", "rumah")
SPECIFIC_ENTRIES = 2  # a word in so few entries names the entry's thing
MIN_LETTERS = 4
NAMING_ZIPF = 5.3  # above: an everyday word, no name of a kind
STANDARD_ZIPF = 3.5  # below: a spelling variant or run-together form as likely as a word
POSSESSIVE = "nya"


@dataclass(frozen=True)
class Qualifiers:
    """Per entry, each head of its canonical compounds with its qualifiers (tuples: a
    KB of two thousand entries keeps some ten thousand of them); the words the KB uses
    anywhere (terms of questions, keywords and answers) and their stems."""

    heads: tuple[dict[str, tuple[str, ...]], ...]
    used: frozenset[str]
    used_stems: frozenset[str]


def qualifiers(index: KbIndex) -> Qualifiers:
    """The index's :class:`Qualifiers`, computed once and kept in its cache."""
    return built_once(index.cache, "qualifiers", Qualifiers, lambda: _build(index))


def _build(index: KbIndex) -> Qualifiers:
    normaliser = index.normaliser
    heads = []
    for item in index.entries:
        entry = item.entry
        english = (entry.title_en,) if entry.title_en else ()
        found: dict[str, set[str]] = {}
        for text in (entry.questions[0], *entry.keywords, *english):
            terms = [normaliser.content_term(t) for t in normaliser.tokens(text)]
            for head, qualifier in pairwise(terms):
                if head is not None and qualifier is not None:
                    found.setdefault(head, set()).add(qualifier)
        heads.append({head: tuple(sorted(q)) for head, q in found.items()})
    used = frozenset(index.idf) | index.answer_vocabulary
    return Qualifiers(tuple(heads), used, frozenset(stem(t) for t in used))


@lru_cache(maxsize=4096)
def names_a_kind(word: str) -> bool:
    """A real Indonesian word that may name a kind: not short, not among the most
    frequent words (which say which one or when), not a possessive."""
    return (
        len(word) >= MIN_LETTERS
        and not word.endswith(POSSESSIVE)
        and is_indonesian_word(word)
        and 10 ** (STANDARD_ZIPF - 9) <= indonesian_frequency(word) <= 10 ** (NAMING_ZIPF - 9)
    )


def other_qualifier(index: KbIndex, tokens: Sequence[str], position: int) -> str | None:
    """The word of ``tokens`` that names another kind of the thing of the entry at
    ``position`` (see the module's docstring), None when there is none."""
    heads = qualifiers(index).heads[position]
    if not heads:
        return None
    normaliser = index.normaliser
    read = _short_terms(normaliser, tokens)
    if read is None or heads.keys().isdisjoint(read[1]):
        return None  # most messages: no head of the entry's compounds, or too long
    terms, present = read
    table = qualifiers(index)
    frame, generic = frame_terms(index), index.generic_terms
    for number, (head, term) in enumerate(pairwise(terms)):
        kinds = heads.get(head or "")
        if not kinds or head in frame or term is None or term in frame or term in generic:
            continue
        word = tokens[number + 1]
        if not present.isdisjoint(kinds) or normaliser.term(word) != word:
            continue
        if tokens[number] != head or len(index.postings.get(head or "", ())) > HEAD_ENTRIES:
            continue
        if term in table.used or stem(word) in table.used_stems or not names_a_kind(word):
            continue
        if not _shares_another_specific(index, position, present, head or ""):
            return word
    return None


def _short_terms(
    normaliser: Normaliser, tokens: Sequence[str]
) -> tuple[list[str | None], frozenset[str]] | None:
    """Each token's content term and the distinct ones; None as soon as those are more
    than :data:`SHORT`: a long message's words are not all read (the ranking asks this
    once per reading)."""
    terms: list[str | None] = []
    present: set[str] = set()
    for token in tokens:
        term = normaliser.content_term(token)
        terms.append(term)
        if term is not None:
            present.add(term)
            if len(present) > SHORT:
                return None
    return terms, frozenset(present)


def _shares_another_specific(
    index: KbIndex, position: int, present: frozenset[str], head: str
) -> bool:
    """The message names another word of the entry's that few entries use."""
    item = index.entries[position]
    frame, generic, postings = frame_terms(index), index.generic_terms, index.postings
    return any(
        term != head
        and term not in frame
        and term not in generic
        and len(postings.get(term, ())) <= SPECIFIC_ENTRIES
        for term in present & item.terms
    )


def kept_to_kind(
    index: KbIndex, tokens: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when the message names
    another kind of its thing (see :func:`other_qualifier`)."""
    if not t.other_qualifiers or not ranked or ranked[0].missing_salient:
        return ranked
    ranked = break_ties(ranked, t)
    if other_qualifier(index, tokens, ranked[0].position) is None:
        return ranked
    return withheld_first(ranked)
