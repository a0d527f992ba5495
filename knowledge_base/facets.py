"""Question facets: what a message asks about a service, to tell sibling entries apart.

Two entries on one topic often differ only in what they answer about it: how to get a
new family card, and whether population documents cost anything; the requirements of a
death certificate, and the same certificate's fee; how to request public information,
and what to do when the request is refused. Their shared topic words score them alike
(the first sibling's keyword may even sit whole in the message), so the facet decides.

A facet (cost, requirements, duration, deadline, validity, lateness, place, schedule, status,
recourse, eligibility, replacement, disaster, reason, check) is a phrase kind of
``data/facets.tsv``: everyday question vocabulary, no knowledge base's. An entry's
facets are read from its own questions and keywords when the index is built (the share
of its phrasings that ask it); a message's from its words. Nothing here names an entry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from knowledge_base.data_tables import TableRow, table_rows
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.normaliser import Normaliser
from knowledge_base.phrases import PhraseTable, phrase_table

FACETS = (
    "cost",
    "requirements",
    "duration",
    "deadline",
    "validity",
    "lateness",
    "place",
    "schedule",
    "status",
    "recourse",
    "eligibility",
    "replacement",
    "disaster",
    "reason",
    "check",
)

# where a table phrase is read: everywhere (""), or only in messages, in an entry's
# questions and keywords, or in answers
READINGS = ("", "messages", "questions", "answers")
# facets an entry also asks when its answer speaks to them: nearly every procedure's
# answer lists the documents to bring, so an entry whose questions never say "syarat"
# but whose answer lists them ("bawa KTP, KK ...") answers "syaratnya apa" as well as a
# sibling whose questions say it, and the facet rule demoting it moved right answers
# behind weaker siblings (a letter from the village office behind a loan, a KTP data
# change behind first KTP recording). On the dev messages: two right answers more (one
# a wrong answer before), two more right entries among the first three, none lost.
# Cost words are read in answers of every facet ("gratis", "tanpa biaya"): adding the
# cost facet lost right answers on the sample KB as it won them on the Tirtajaya KB;
# status and replacement only lost
READ_IN_ANSWERS = frozenset({"requirements"})
# a message asking one facet of these asks not the other when it names the other only
# in the first's words: whether a bill is paid or still owed ("pbb masih ada yang belum
# dibayar") names the paying only as what is looked up, no question of what it costs or
# how to pay ("cek dulu, harganya murah" still asks both)
SUBSUMED = {"check": "cost"}
# a message asking one facet of these asks the others of it: renewing a permit that runs
# out ("SIPI saya habis bulan depan, kapan harus diurus ulang dan bawa apa?") asks what
# to bring for the renewal, which the renewal's entry answers, not
# its sibling on the requirements of a first permit
WITHIN = {"validity": frozenset({"requirements"})}


@dataclass(frozen=True)
class EntryFacets:
    """The facets of one index: the table messages are read with, in the index's word
    forms, and per entry position the share of its phrasings that ask each facet (read
    with the table's entry-only phrases too; facets it never asks are left out)."""

    table: PhraseTable
    profiles: tuple[dict[str, float], ...]
    words: dict[str, frozenset[str]]  # per facet, the words of its phrases
    # per entry position, the facets of :data:`READ_IN_ANSWERS` its answer speaks to
    answers: tuple[frozenset[str], ...] = ()

    def facet_words(self, asked: frozenset[str]) -> frozenset[str]:
        """The words that ask these facets or one asked :data:`WITHIN` them: what a
        message says beside them is its topic ("bawa apa" of a renewal is no topic)."""
        kinds = asked.union(*(WITHIN.get(kind, ()) for kind in asked))
        return frozenset().union(*(self.words[kind] for kind in kinds))

    def asking(self, asked: frozenset[str], min_share: float) -> Callable[[int], bool]:
        """Whether the entry at a position asks one of these facets in at least
        ``min_share`` of its phrasings."""
        return lambda position: fit(self.profiles[position], asked) >= min_share

    def asked(self, words: Sequence[str]) -> frozenset[str]:
        """The facets a message's words ask (see :func:`word_forms`), less those
        :data:`SUBSUMED` by another it asks and named in that one's words alone, and
        those asked :data:`WITHIN` another."""
        found = facets_in(self.table, words)
        found = found.difference(
            SUBSUMED[kind]
            for kind in found & SUBSUMED.keys()
            if SUBSUMED[kind] not in self._without(words, kind)
        )
        return found.difference(*(WITHIN[kind] for kind in found & WITHIN.keys()))

    def _without(self, words: Sequence[str], kind: str) -> frozenset[str]:
        """The facets the message asks once the words of ``kind``'s phrases are left out."""
        kept = [w for w in words if w not in self.words[kind]]
        return facets_in(self.table, kept)


def word_forms(normaliser: Normaliser, tokens: Iterable[str]) -> list[str]:
    """The words facet phrases are matched on: a content word as its term ("biayanya"
    -> "biaya", "ditolak" -> "tolak"), a function word as written ("berapa" and
    "mengapa" keep what their stems lose)."""
    tokens = tuple(tokens)
    terms = normaliser.content_terms(tokens)
    return [t if term is None else term for t, term in zip(tokens, terms, strict=True)]


def facets_in(table: PhraseTable, words: Sequence[str]) -> frozenset[str]:
    return table.kinds_in(words)


def _phrase_forms(normaliser: Normaliser, phrase: str) -> str:
    """A table phrase in the index's word forms; ``*`` gaps are kept."""
    parts = [
        " ".join(word_forms(normaliser, normaliser.tokens(part))) for part in phrase.split("*")
    ]
    return " * ".join(p for p in parts if p) if len(parts) > 1 else parts[0]


def _index_phrases(normaliser: Normaliser, raw: dict[str, list[str]]) -> dict[str, list[str]]:
    return {
        kind: [p for p in (_phrase_forms(normaliser, q) for q in found) if p]
        for kind, found in raw.items()
    }


def _table_phrases(reading: str) -> dict[str, list[str]]:
    """The table's phrases per facet for one reading (``messages``, ``questions``: an
    entry's questions and keywords, or ``answers``): a phrase whose third cell names a
    reading is read there only, one without it everywhere."""
    found: dict[str, list[str]] = {kind: [] for kind in FACETS}
    for kind, phrase, only in facet_rows(table_rows("facets.tsv")):
        if only in ("", reading):
            found[kind].append(phrase)
    return found


def facet_rows(rows: Iterable[TableRow]) -> list[tuple[str, str, str]]:
    """``facet<TAB>phrase[<TAB>reading]`` rows as (facet, phrase, reading or ""); any
    other row fails by its line."""
    found = []
    for row in rows:
        kind, phrase, only = (*row.cells, "", "")[:3]
        if not 2 <= len(row.cells) <= 3 or kind not in FACETS or not phrase or only not in READINGS:
            raise row.error(f"a facet row is: facet, phrase, optionally one of {READINGS[1:]}")
        found.append((kind, phrase, only))
    return found


def answer_table(normaliser: Normaliser) -> PhraseTable:
    """The table an entry's answer is read with (its phrases read everywhere or in
    answers only), in the index's word forms."""
    return phrase_table(_index_phrases(normaliser, _table_phrases("answers")))


@lru_cache(maxsize=8)
def facet_vocabulary(normaliser: Normaliser) -> frozenset[str]:
    """Every word of the facet phrases read in messages, in ``normaliser``'s word forms:
    what a question asks of a thing ("bawa apa", "berapa lama"), no thing itself."""
    phrases = _index_phrases(normaliser, _table_phrases("messages"))
    return frozenset(w for found in phrases.values() for p in found for w in p.split() if w != "*")


def entry_facets(index: KbIndex) -> EntryFacets:
    """The index's :class:`EntryFacets`, computed once and kept in its cache."""
    return built_once(index.cache, "entry_facets", EntryFacets, lambda: _build_entry_facets(index))


def _build_entry_facets(index: KbIndex) -> EntryFacets:
    normaliser = index.normaliser
    phrases = _index_phrases(normaliser, _table_phrases("messages"))
    table = phrase_table(phrases)
    question_table = phrase_table(_index_phrases(normaliser, _table_phrases("questions")))
    answers_read = answer_table(normaliser)
    words = {
        kind: frozenset(w for p in found for w in p.split() if w != "*")
        for kind, found in phrases.items()
    }
    profiles = []
    answers: list[frozenset[str]] = []
    for item in index.entries:
        # the entry's questions and keywords, already normalised by the index
        texts = item.variants
        counts: dict[str, int] = {}
        for text in texts:
            for kind in facets_in(question_table, word_forms(normaliser, text.split())):
                counts[kind] = counts.get(kind, 0) + 1
        profiles.append({kind: n / max(len(texts), 1) for kind, n in counts.items()})
        answer = facets_in(answers_read, word_forms(normaliser, item.answer_text.split()))
        answers.append(answer & READ_IN_ANSWERS)
    facets = EntryFacets(table, tuple(profiles), words, tuple(answers))
    return facets


def fit(profile: dict[str, float], asked: frozenset[str]) -> float:
    """How strongly an entry asks what the message asks: its largest share among the
    message's facets."""
    best = 0.0  # shares are never negative: the max of none is 0.0
    for kind in asked:
        share = profile.get(kind, 0.0)
        if share > best:
            best = share
    return best


@dataclass(frozen=True)
class Contender:
    """One scored entry as the facet rule reads it: its score, and the share of the
    message's topic (its words beside the facet's) that the entry covers."""

    position: int
    score: float
    topic: float


def to_demote(
    facets: EntryFacets,
    asked: frozenset[str],
    contenders: Sequence[Contender],
    sibling_share: float,
    min_share: float,
    reach: float,
    tie: float = 0.0,
) -> frozenset[int]:
    """The positions of the entries to move behind a sibling that asks what the message
    asks. Siblings are the entries covering the message's topic nearly as well as the
    best (``sibling_share`` of it); one that asks the facet (in at least ``min_share`` of
    its phrasings) and scores within ``reach`` of the leader passes every entry that
    scores higher and never asks it (a sibling, or an entry covering less of the
    topic) nor answers it (see :data:`READ_IN_ANSWERS`). It passes an entry that asks the
    facet but is no sibling too, when some entry covers ``sibling_share`` of the topic
    or more: "when is the investment report due?" is no question about the property tax
    deadline, whose entry matched the deadline's words alone (on the dev messages five
    more right answers, three of them wrong answers before, and a fourth wrong answer
    withheld, none lost; with the best cover at 0.4 a long story's few topic words let
    a weak entry pass the right one). Entries behind
    it keep their places, so its lead over them is not widened: the facet decides which
    sibling leads, not whether to answer. An entry less than ``tie`` below it is passed
    too: tied entries go by their canonical phrases' coverage (see
    :func:`knowledge_base.decision.break_ties`), which would put it first again."""
    if not contenders:
        return frozenset()
    top_topic = max(c.topic for c in contenders)
    floor = top_topic * sibling_share
    if floor <= 0:
        return frozenset()
    siblings = [c for c in contenders if c.topic >= floor]
    profiles = facets.profiles
    fits = {c.position: fit(profiles[c.position], asked) for c in contenders}
    asking = [c.score for c in siblings if fits[c.position] >= min_share]
    if not asking or max(asking) < max(c.score for c in contenders) - reach:
        return frozenset()
    best = max(asking)
    answers = facets.answers
    return frozenset(
        c.position
        for c in contenders
        if c.score > best - tie
        and (
            (c.topic < floor and top_topic >= sibling_share)
            or (fits[c.position] == 0 and not (answers and asked & answers[c.position]))
        )
    )
