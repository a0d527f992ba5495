"""Is something dangerous happening now? Tells an emergency ("rumah tetangga kebakaran",
"a man collapsed, not breathing") from a message that only mentions such a word
("klaim santunan kecelakaan kerja", "rumah rusak kena longsor bulan lalu, dapat
bantuan?"), in Indonesian and English.

The structure of an emergency, not a list of messages: an event word, and signs that it
is happening now rather than asked about. Rules over kinds of cue read from
``data/emergency.tsv`` (see its header): a *hazard* (fire, drowning, unconscious) or a
*risk* (an event word that is also an everyday one: "kecelakaan", "belum keluar",
"crash") must be named; a *past* cue says it is over; an *urgent* cue says it is
happening now and outweighs a *calm* frame (a question, a claim, a permit, a habit,
"if"). Without either, a hazard is taken as a report, a risk only with a present marker
("sedang", "masih", "ada", "is ...ing") or a person at risk ("anak", "korban",
"someone") or a place after it ("kecelakaan di tikungan"); a shouted "tolong!" or
"maling!" is urgent. Phrases are matched on cleaned words, after chat spellings are replaced by
standard ones and *neutral* phrases ("pemadam kebakaran", "air tidak masuk") are removed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files

from knowledge_base.phrases import PhraseTable, parse_table, spaced
from knowledge_base.tokens import clean, plain_token, words_of

KINDS = ("neutral", "hazard", "risk", "urgent", "now", "person", "past", "calm")
EVENTS = ("hazard", "risk")
# English present progressive: "is drowning", "are being robbed", "is not moving"
_PROGRESSIVE = re.compile(r" (?:is|are|am) (?:\S+ )?\S+ing ")
# a word shouted: "tolong!!", "help!", "maling!"
_SHOUTED = re.compile(r"([^\W_]+)\s*!")
_CALLS_FOR_HELP = frozenset({"tolong", "tlg", "tulung", "help"})


def parse_rules(text: str) -> PhraseTable:
    """Rules from the TSV text (see ``data/emergency.tsv``)."""
    return parse_table(text, KINDS)


@lru_cache(maxsize=1)
def default_rules() -> PhraseTable:
    source = files("knowledge_base") / "data" / "emergency.tsv"
    return parse_rules(source.read_text(encoding="utf-8"))


def _without_nya(token: str) -> str:
    """Drop the possessive "-nya" of a longer word: "apinya" -> "api", "korbannya" ->
    "korban" ("punya", "hanya" are too short to be cut)."""
    return token[:-3] if len(token) > 5 and token.endswith("nya") else token


def _contracted(tokens: Sequence[str]) -> list[str]:
    """English "can't", "won't" are split at the apostrophe: join them again ("cant")."""
    joined: list[str] = []
    for token in tokens:
        if token == "t" and joined and joined[-1].endswith("n"):
            joined[-1] += "t"
        else:
            joined.append(token)
    return joined


def _words(text: str, rules: PhraseTable) -> list[str]:
    words: list[str] = []
    for token in _contracted(words_of(text)):
        token = _without_nya(plain_token(token))
        words.extend(rules.forms.get(token, (token,)))
    return words


def is_emergency(text: str, rules: PhraseTable | None = None) -> bool:
    """True when the message reports a danger happening now (point the resident to 112)."""
    rules = rules or default_rules()
    text = text[:2000]
    found = _words(text, rules)
    if not any(rules.may_have(kind, found) for kind in EVENTS):
        return False
    words = re.sub(" +", " ", rules.patterns["neutral"].sub(" ", spaced(found)))
    hazard, risk = rules.has("hazard", words), rules.has("risk", words)
    if not (hazard or risk) or rules.has("past", words):
        return False
    if rules.has("urgent", words) or _shouted(text, rules):
        return True
    if rules.has("calm", words):
        return False
    return hazard or _happening(words, rules)


def _shouted(text: str, rules: PhraseTable) -> bool:
    """A call for help or an event word followed by "!": "tolong!!", "maling!", "fire!"."""
    shouted = {rules.forms.get(w, (w,))[0] for w in _SHOUTED.findall(clean(text))}
    events = rules.starts["hazard"] | rules.starts["risk"]
    return not shouted.isdisjoint(_CALLS_FOR_HELP | events)


def _headline(words: str, rules: PhraseTable) -> bool:
    """An event named first, then where: "kecelakaan beruntun di tol", "robbery at the shop"."""
    opening = rules.patterns["risk"].match(words, 1)
    return opening is not None and re.search(r" (?:di|at|on|in) ", words) is not None


def _happening(words: str, rules: PhraseTable) -> bool:
    """A sign that a risk is real: it is going on, someone is exposed to it, or two
    risks make one event ("pohon tumbang menimpa mobil, sopir terjepit")."""
    return (
        rules.count("risk", words) > 1
        or rules.has("now", words)
        or rules.has("person", words)
        or _headline(words, rules)
        or _PROGRESSIVE.search(words) is not None
    )
