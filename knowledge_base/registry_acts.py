"""Getting onto a register or checking whether one is on it: two sibling entries told
apart by the act the question asks.

Knowledge bases answer both acts on one list in two entries: "Bagaimana cara mendaftar
agar masuk data penerima bansos?" and "Bagaimana cara mengecek apakah saya terdaftar
sebagai penerima?", a fishers' card's registration and its status. A resident tells one
act and asks the other: "sudah cek di aplikasi ternyata nama saya tidak ada, sekarang
mau daftar supaya masuk data" asks to enrol, "beta su daftar DTKS lewat desa, kermana
tau beta su jadi penerima ko belum" asks to check. The words of the act told (the app's
name, "daftar") sit whole in the other entry's keyword, which leads on every score.

So the act asked is read from ``data/registry_acts.tsv`` in the last part of the message
(see :func:`knowledge_base.given.message_parts`) that names one, not told done ("sudah
daftar") nor denied ("belum daftar", "tidak tahu"; not "bisa tidak daftar"): its first
act, the verb whose object may be the other ("mengecek status pendaftaran" checks). The
checking app's name ("lewat aplikasi cek bansos") and wanting to know as the asking
frame ("mau tahu cara daftar") are no act. An entry's act is read the same way in each
of its questions and keywords: the one act they name, none when they name both or
neither; a phrase checking must name one's place on a register ("terdaftar", "status",
"penerima"), or "cek tekanan darah" would check. Two entries are register siblings when
one enrols, the other checks, and a word of the one's questions or keywords that is no
frame, office, place or act word and names few entries' thing (:data:`FEW_ENTRIES`) is
one of the other's, in its answer too (the enrolling entry may say where the checking
app's menu is).

When the best entry is one such sibling and the message asks only the other act, a
sibling the ranking scored and that names a word of the message (beside the frame,
offices and places) goes first: answered as the entry for what the message asks when it
names no service the message lacks, else both offered ("did you mean"). On the
development messages of the 31 knowledge bases: seven wrong answers fewer (four right,
three "did you mean" with the right entry second), one withheld answer right; nothing
else changed. Without the register word asked of a checking entry, a health check's
"daftar dulu di app?" answered a moving-in entry; without the app's name read as no
act, "usul dtks lewat aplikasi cek bansos bisa?" lost its right answer.

The checking entry may call the register otherwise than the enrolling one ("bansos",
"dtks"): "sudah daftar dtks, cara ceknya gimana" names no word of it but the acts'.
Each entry's pair is the sibling its questions and keywords share the most words
naming few entries' thing with (then the most words, answers too), when it is that
sibling's pair as well: a register and its check, not an entry sharing a stray word
("nomor", the town) with the checking entry's answer. When no sibling names a word of
the message, the best entry's pair asking the act asked goes first if the message
names a word of the best entry's own beside the acts' (answered when the ranking scored
it: it lacks no service but the register the two share). An act's verb carrying its
object's clitic ("mengusulkannya", "ceknya") is the act. On the development messages
of the 34 knowledge bases nothing changed; without the clitic, "Bagaimana cara
mengusulkannya" after "waktu dicek" read a check and lost a right answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge_base.data_tables import data_rows
from knowledge_base.given import message_parts
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.normaliser import Normaliser
from knowledge_base.scored import Candidate, sibling_ahead

ENROL, CHECK = "enrol", "check"
ACTS = (ENROL, CHECK)
PHRASED = (*ACTS, "neither")
# how many words before an act a done or denying word reaches ("sudah saya cek")
REACH = 2
# a word two register siblings share names their list when at most this many entries'
# questions and keywords hold it ("bansos", "kusuka"; not "mohon", "ikut", the town)
FEW_ENTRIES = 3
# the share of an entry's phrasings naming an act that name the entry's act: a bridged
# English one ("i was usul bulan lalu cara lihat the hasil") reads a told act as asked
ONE_ACT_SHARE = 0.75
# the object's clitic an act's verb carries ("mengusulkannya", "ceknya")
CLITIC = "nya"


@dataclass(frozen=True)
class ActWords:
    """The table in one normaliser's tokens: per kind its phrases, longest first."""

    phrases: dict[str, tuple[tuple[str, ...], ...]]
    done: frozenset[str]
    denying: frozenset[str]
    asking: frozenset[str]  # a denying word after these closes a yes-no question
    registry: frozenset[str]  # words naming one's place on a register
    firsts: frozenset[str]  # the first words of the phrases: where one may start

    @property
    def words(self) -> frozenset[str]:
        """Every word of an act's phrase."""
        return frozenset(w for kind in ACTS for p in self.phrases[kind] for w in p)


@lru_cache(maxsize=8)
def act_words(normaliser: Normaliser) -> ActWords:
    """``data/registry_acts.tsv`` in ``normaliser``'s tokens, once per normaliser."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for kind, phrase in data_rows("registry_acts.tsv"):
        tokens = tuple(normaliser.tokens(phrase))
        if tokens:
            found.setdefault(kind, set()).add(tokens)
        if kind in ACTS and len(tokens) == 1:
            # the verb with its object's clitic, as messages write it and the
            # normaliser keeps it: "cara mengusulkannya", "ceknya di mana"
            found[kind].add((tokens[0] + CLITIC,))
    phrases = {k: tuple(sorted(found.get(k, ()), key=len, reverse=True)) for k in PHRASED}

    def single(kind: str) -> frozenset[str]:
        return frozenset(p[-1] for p in found.get(kind, ()))

    return ActWords(
        phrases,
        single("done"),
        single("denying"),
        single("asking"),
        single("registry"),
        frozenset(p[0] for kind in PHRASED for p in phrases[kind]),
    )


def first_act(words: Sequence[str], table: ActWords) -> str | None:
    """The first act ``words`` (tokens) ask, not told done nor denied; None if none."""
    i = 0
    while i < len(words):
        if words[i] not in table.firsts:
            i += 1
            continue
        kind, length = _phrase_at(words, i, table)
        if kind in ACTS and not _told(words, i, table):
            return kind
        i += max(length, 1)
    return None


def _phrase_at(words: Sequence[str], i: int, table: ActWords) -> tuple[str | None, int]:
    """The kind and length of the longest phrase starting at ``i``."""
    best: tuple[str | None, int] = (None, 0)
    for kind in PHRASED:
        for phrase in table.phrases[kind]:
            if len(phrase) > best[1] and tuple(words[i : i + len(phrase)]) == phrase:
                best = (kind, len(phrase))
                break  # longest first
    return best


def _told(words: Sequence[str], at: int, table: ActWords) -> bool:
    """A done word just before ``at``, or a denying one not closing a yes-no question
    ("bisa tidak daftar online")."""
    for i in range(max(0, at - REACH), at):
        if words[i] in table.done:
            return True
        if words[i] in table.denying and (i == 0 or words[i - 1] not in table.asking):
            return True
    return False


def _entry_act(words: Sequence[str], table: ActWords) -> str | None:
    """The act an entry's question or keyword asks: checking only with a word naming
    one's place on the register ("mengecek apakah saya terdaftar", not "cek jadwal")."""
    act = first_act(words, table)
    if act == CHECK and table.registry.isdisjoint(words):
        return None
    return act


def _one_act(named: Sequence[str | None]) -> str | None:
    """The act :data:`ONE_ACT_SHARE` of the phrasings naming an act name; None if none."""
    acts = [act for act in named if act is not None]
    return next((a for a in ACTS if acts and acts.count(a) >= ONE_ACT_SHARE * len(acts)), None)


def asked_act(text: str, normaliser: Normaliser) -> str | None:
    """The act the message asks: the first of the last part naming one (the module)."""
    table = act_words(normaliser)
    for part in reversed(message_parts(text, normaliser)):
        act = first_act(part, table)
        if act is not None:
            return act
    return None


@dataclass(frozen=True)
class RegistryEntries:
    """Per entry position the one act its questions and keywords ask (None: none or
    both), and per position its register siblings."""

    act: tuple[str | None, ...]
    siblings: dict[int, tuple[int, ...]]
    # per entry position its pair: the sibling sharing the weightiest thing with it,
    # when it is that sibling's weightiest too (see :func:`_pairs`)
    paired: dict[int, int] = field(default_factory=dict)
    # the terms of the acts' and registers' words (data/registry_acts.tsv)
    act_terms: frozenset[str] = frozenset()


def registry_entries(index: KbIndex) -> RegistryEntries:
    """The index's :class:`RegistryEntries`, computed once and kept in its cache."""
    return built_once(index.cache, "registry_acts", RegistryEntries, lambda: _build(index))


def _build(index: KbIndex) -> RegistryEntries:
    normaliser = index.normaliser
    table = act_words(normaliser)
    acts: list[str | None] = []
    for item in index.entries:
        acts.append(_one_act([_entry_act(v.split(), table) for v in item.variants]))
    act_terms = frozenset(normaliser.term(w) for w in table.words | table.registry)
    not_topic = frame_terms(index) | index.generic_terms | act_terms
    acted = [(position, act) for position, act in enumerate(acts) if act is not None]
    siblings: dict[int, list[int]] = {}
    for one, act in acted:
        for other, second in acted:
            if act != second and _shared_thing(index, one, other) - not_topic:
                siblings.setdefault(one, []).append(other)
    found = {p: tuple(s) for p, s in siblings.items()}
    return RegistryEntries(tuple(acts), found, _pairs(index, found, not_topic), act_terms)


def _pairs(
    index: KbIndex, siblings: dict[int, tuple[int, ...]], not_topic: frozenset[str]
) -> dict[int, int]:
    """Per entry its pair: of its siblings, the one whose questions and keywords share
    the most words naming few entries' thing with its own (then the most words of all,
    answers too), when the entry is that sibling's pair too and the two share such a
    word. A register and its check both name the register ("bansos", "dtks", "pkh");
    an entry sharing a stray word with a check entry's answer ("nomor", the town) is no
    pair of it."""

    def topic(one: int, other: int) -> tuple[int, int, int]:
        first, second = index.entries[one], index.entries[other]
        named = (first.prime_terms & second.prime_terms) - not_topic
        rare = sum(len(index.postings.get(t, ())) <= FEW_ENTRIES for t in named)
        whole = (first.prime_terms | first.answer_terms) & (
            second.prime_terms | second.answer_terms
        )
        thing = _shared_thing(index, one, other) - not_topic
        return rare, len(thing), len(whole - not_topic)

    best = {one: max(others, key=lambda o: (topic(one, o), -o)) for one, others in siblings.items()}
    return {one: other for one, other in best.items() if best.get(other) == one}


def _shared_thing(index: KbIndex, one: int, other: int) -> frozenset[str]:
    """The words of one entry's questions and keywords in the other's questions,
    keywords or answer that name few entries' thing (:data:`FEW_ENTRIES`)."""
    first, second = index.entries[one], index.entries[other]
    shared = (first.prime_terms & (second.prime_terms | second.answer_terms)) | (
        second.prime_terms & first.answer_terms
    )
    return frozenset(t for t in shared if len(index.postings.get(t, ())) <= FEW_ENTRIES)


def registry_sibling_first(
    index: KbIndex, ranked: list[Candidate], text: str, terms: Sequence[str]
) -> list[Candidate]:
    """``ranked`` (best first) with the best entry's register sibling first when the
    message (``text`` as read, ``terms`` its stemmed words) asks the sibling's act;
    unchanged otherwise (see the module)."""
    if not ranked or ranked[0].missing_salient:
        return ranked
    found = registry_entries(index)
    best = ranked[0]
    siblings = found.siblings.get(best.position)
    if not siblings:
        return ranked
    asked = asked_act(text, index.normaliser)
    if asked is None or asked == found.act[best.position]:
        return ranked
    named = frozenset(terms) - frame_terms(index) - index.generic_terms
    scored = {c.position for c in ranked}
    naming = [
        p for p in siblings if p in scored and not named.isdisjoint(index.entries[p].own_terms)
    ]
    paired = not naming
    if paired:
        naming = _pair_asked(index, found, best.position, asked, named)
    if not naming:
        return ranked
    ahead = sibling_ahead(ranked, naming, index)
    if ahead.answerable or (paired and ahead.known is not None):
        # the pair lacks no service but the register the two share (see _pair_asked)
        return ahead.answered_first()
    return ahead.both_offered()


def _pair_asked(
    index: KbIndex, found: RegistryEntries, best: int, asked: str, named: frozenset[str]
) -> list[int]:
    """The best entry's pair (see :func:`_pairs`) when it asks the act asked and the
    message names a word of the best entry's own beside the acts' words: "sudah daftar
    dtks, cara ceknya gimana" names the register, which the checking entry may call
    otherwise ("bansos"); the act tells the two apart."""
    pair = found.paired.get(best)
    if pair is None or found.act[pair] != asked:
        return []
    if (named - found.act_terms).isdisjoint(index.entries[best].own_terms):
        return []
    return [pair]
