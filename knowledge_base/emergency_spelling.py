"""How a message's words become the emergency cue table's standard words: chat
spellings listed as forms ("ga" -> "tidak"), a cue word with vowels dropped inside it
("kbakaran", "tnggelam"), a long cue word with one typing slip ("kecelkaan",
"unconcious"), the possessive "-nya" dropped, English short verbs read whole ("there's").
Used by :mod:`knowledge_base.emergency`, which reads the cues."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge_base.emergency_affixes import standard_prefix
from knowledge_base.emergency_context import in_context
from knowledge_base.phrases import GAP_WORD, PhraseTable
from knowledge_base.stemmer import ends_in_its_root
from knowledge_base.tokens import plain_token, words_of

# English short verbs split at the apostrophe: ("s", "there") is "there's"
_SHORT_VERBS = {
    ("s", w): "is" for w in ("there", "it", "he", "she", "that", "what", "who", "here")
} | {("m", "i"): "am"}
_PLURALS = frozenset({"we", "you", "they"})
# the tokens :func:`_contracted` joins or reads whole ("t", "s", "m", "re"): most
# messages have none, and their tokens are read as they are
_CONTRACTION_PARTS = frozenset({"t", "re", *(part for part, _ in _SHORT_VERBS)})

# cue words and tokens this long are read through one typing slip (see :func:`_slips`);
# shorter words are too often another word one letter away ("ditebak", "ditembak")
_SLIP_LENGTH = 9
_NO_VOWELS = str.maketrans("", "", "aeiou")

_DOUBLED = re.compile(r"(.)\1+")


@dataclass(frozen=True)
class EmergencyRules:
    """The cue table, its words by skeleton (see :func:`_abbreviable`) and the standard
    words already found for a token (filled as messages are read, bounded)."""

    table: PhraseTable
    abbreviable: Mapping[str, str]
    slips: Mapping[str, str] = field(default_factory=dict)
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    # per word, the words of each event phrase holding it (see :mod:`emergency_words`);
    # None: not indexed, every message is read through
    event_words: Mapping[str, tuple[frozenset[str], ...]] | None = None
    # the words of the event phrases, which a regional prefix may hide (see
    # :mod:`emergency_affixes`)
    affixable: frozenset[str] = frozenset()


def _without_nya(token: str) -> str:
    """Drop the possessive "-nya" of a longer word: "apinya" -> "api", "korbannya" ->
    "korban" ("punya", "hanya" are too short to be cut, and "bertanya", "mempunya" end in
    their root's "nya": see :func:`stemmer.ends_in_its_root`)."""
    if len(token) > 5 and token.endswith("nya") and not ends_in_its_root(token, token[:-3]):
        return token[:-3]
    return token


def _contracted(tokens: Sequence[str]) -> list[str]:
    """English "can't", "won't" are split at the apostrophe: join them again ("cant");
    "there's", "i'm", "we're" are read as "there is", "i am", "we are"."""
    if _CONTRACTION_PARTS.isdisjoint(tokens):
        return list(tokens)
    joined: list[str] = []
    for token in tokens:
        last = joined[-1] if joined else ""
        if token == "t" and last.endswith("n"):
            joined[-1] += "t"
        elif (token, last) in _SHORT_VERBS or (token == "re" and last in _PLURALS):
            joined.append(_SHORT_VERBS.get((token, last), "are"))
        else:
            joined.append(token)
    return joined


@lru_cache(maxsize=65536)
def _skeleton(word: str) -> str:
    """The consonants of a word, doubled letters once: "kebakaran", "kbakaran",
    "kebakran" -> "kbkrn"; "collapsed", "colapsed" -> "clpsd"."""
    return _DOUBLED.sub(r"\1", word.translate(_NO_VOWELS))


def _is_shortened(token: str, word: str) -> bool:
    """``token`` is ``word`` with some vowels or a doubled letter left out inside it (not
    at either end: "dilempar" is not "dilempari")."""
    rest = iter(word)
    ends_kept = token[:1] == word[:1] and token[-1:] == word[-1:]
    return token != word and ends_kept and all(char in rest for char in token)


def _is_revoweled(token: str, word: str) -> bool:
    """``token`` is a long cue ``word`` with its weak "e" said "a", as Minangkabau, Malay
    and Banjar say it: "tenggalam", "kabakaran" (only "e" to "a": any other vowel
    changed makes other words, "mancing" is no "mencong")."""
    return (
        len(token) == len(word) >= _SLIP_LENGTH - 1
        and token != word
        and all(a == b or (a, b) == ("a", "e") for a, b in zip(token, word, strict=True))
    )


def _abbreviable(
    words: set[str], forms: Mapping[str, tuple[str, ...]] | None = None
) -> dict[str, str]:
    """Cue words by skeleton (skeletons of five consonants or more, shared by no other cue
    word): chat drops vowels ("tnggelam", "pingsn", "kcelakaan"). Shorter skeletons are
    shared by other words ("bring", "burning"): those shortenings are forms in the table
    ("bnjir"). A chat spelling listed in ``forms`` is its standard word, not another one
    sharing the skeleton ("tenggelem" and "tenggelam" leave "tnggllm" to "tenggelam")."""
    forms = forms or {}
    found: dict[str, dict[tuple[str, ...], str]] = {}
    for word in sorted(words):
        meant = found.setdefault(_skeleton(word), {})
        reading = forms.get(word, (word,))
        meant[reading] = min(meant.get(reading, word), word)
    return {key: min(ws.values()) for key, ws in found.items() if len(key) >= 5 and len(ws) == 1}


def _cue_words(text: str) -> set[str]:
    """The words of the cue table's cue phrases (``data/emergency.tsv``)."""
    return {
        word
        for line in text.splitlines()
        if line and not line.startswith("#")
        for word in re.findall(r"[^\W\d_]+", line.partition("\t")[2])
    }


def _slipped(word: str) -> set[str]:
    """``word`` with one letter inside it left out or two neighbours inside it swapped:
    "unconcious", "kebkaaran" (not at either end: "accidents" is not "accident",
    "dilempar" is not "dilempari")."""
    left_out = {word[:i] + word[i + 1 :] for i in range(1, len(word) - 1)}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 2)}
    return (left_out | swapped) - {word}


def _slips(words: set[str]) -> dict[str, str]:
    """Typing slips of the long cue words (:data:`_SLIP_LENGTH` letters or more, both
    ends kept) -> the word, for slips no other cue word shares and that are no cue word
    themselves. A token with one letter too many ("bocorran", "tenggelamm") is read by
    leaving out each of its inner letters in turn (see :func:`_unslipped`). Only leaving
    out, adding and swapping: a changed letter makes other words ("breeding", "bandung"
    for "bandang")."""
    found: dict[str, set[str]] = {}
    for word in words:
        if len(word) >= _SLIP_LENGTH:
            for slip in _slipped(word):
                found.setdefault(slip, set()).add(word)
    slips = {slip: min(ws) for slip, ws in found.items() if len(ws) == 1 and slip not in words}
    # a cue word itself is found again by leaving out one letter of a longer token
    slips |= {word: word for word in words if len(word) >= _SLIP_LENGTH}
    return slips


def with_spellings(table: PhraseTable, text: str) -> EmergencyRules:
    """The cue ``table`` read from ``text`` (``data/emergency.tsv``), with its cue words
    by skeleton and its typing slips."""
    words = _cue_words(text)
    return EmergencyRules(table, _abbreviable(words, table.forms), _slips(words))


def as_spelled(found: Mapping[str, Sequence[str]], rules: EmergencyRules) -> dict[str, list[str]]:
    """Per kind, its phrases and after them their standard words where those differ: a
    message is read in standard words (see :func:`standard_words`), so a phrase written
    with "-nya" ("apinya sudah mati") or a chat spelling ("call an ambulance":
    "ambulans") would never be found as written. A one-word phrase keeps its "-nya" by
    a form of its own ("seandainya")."""
    spelled: dict[str, list[str]] = {}
    for kind, phrases in found.items():
        readings = {_spelled(phrase, rules): None for phrase in phrases}
        # a word's "-nya" often is its sense ("lapornya", "katanya"): read without it,
        # one word says too little to be kept
        kept = (r for r in readings if r not in set(phrases) and " " in r)
        spelled[kind] = [*phrases, *kept]
    return spelled


def kept_whole(
    found: Mapping[str, Sequence[str]], forms: Mapping[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """``forms`` with a form of its own for each one-word cue phrase whose "-nya" is its
    sense ("katanya", "lapornya", "artinya"): a message is read without a word's "-nya"
    (see :func:`_without_nya`), so such a phrase would never be found, while its bare
    word ("kata", "lapor") says too little to be a cue. Not where the bare word is a cue of
    the same kind already ("apinya": "api" is a hazard)."""
    kept = dict(forms)
    for phrases in found.values():
        for phrase in phrases:
            bare = _without_nya(phrase)
            if " " not in phrase and bare != phrase and bare not in phrases:
                kept.setdefault(phrase, (phrase,))
    return kept


def _spelled(phrase: str, rules: EmergencyRules) -> str:
    words = (w if w == GAP_WORD else " ".join(standard_words(w, rules)) for w in phrase.split())
    return " ".join(w for w in words if w)


def standard_words(text: str, rules: EmergencyRules) -> list[str]:
    """The standard words of ``text``: chat spellings, shortenings and typing slips of
    cue words replaced, English short verbs read whole, and the readings a word's
    neighbours decide (see :mod:`emergency_context`)."""
    memo = rules.spellings
    if len(memo) > 50_000:
        memo.clear()
    words: list[str] = []
    for token in _contracted(words_of(text)):
        spelling = memo.get(token)
        if spelling is None:
            spelling = memo[token] = _standard(token, rules)
        words.extend(spelling)
    return in_context(words)


def read_words(text: str, found: Sequence[str], rules: EmergencyRules) -> set[str]:
    """Every standard word a reading of ``text`` or of any clause of it may hold: its
    standard words (``found``) and those of each of its tokens read alone (a clause
    may cut "can't" or "there's" apart, which the whole reads joined)."""
    memo, words, tokens = rules.spellings, set(found), words_of(text)
    if _CONTRACTION_PARTS.isdisjoint(tokens):
        return words  # read alone, its tokens are read as the whole reads them
    for token in tokens:
        spelling = memo.get(token)
        if spelling is None:
            spelling = memo[token] = _standard(token, rules)
        words.update(spelling)
    return words


def _standard(token: str, given: EmergencyRules) -> tuple[str, ...]:
    """The standard words for one token: "korbannya" -> "korban", "kbakaran" ->
    "kebakaran", "unconcious" -> "unconscious", "ga" -> "tidak", "èrampok" -> "dirampok"."""
    rules = given.table
    token = plain_token(token)
    if token in rules.forms:  # a form listed whole ("sepertinya" is a hedge)
        return rules.forms[token]
    token = _without_nya(token)
    if token in rules.forms:
        return rules.forms[token]
    word = given.abbreviable.get(_skeleton(token), token)
    if not (_is_shortened(token, word) or _is_revoweled(token, word)):
        word = _unslipped(token, given.slips)
    if word == token and given.affixable:
        word = standard_prefix(token, given.affixable) or word
    return rules.forms.get(word, (word,))


def _unslipped(token: str, slips: Mapping[str, str]) -> str:
    """The cue word ``token`` is a typing slip of (see :func:`_slips`), else ``token``."""
    if len(token) < _SLIP_LENGTH:
        return token
    if token in slips:  # a slip, or a cue word itself
        return slips[token]
    extra = {token[:i] + token[i + 1 :] for i in range(1, len(token) - 1)}
    found = {slips[t] for t in extra if slips.get(t) == t}
    return found.pop() if len(found) == 1 else token
