"""Is something dangerous happening now? Tells an emergency ("rumah tetangga kebakaran",
"a man collapsed, not breathing") from a message that only mentions such a word
("klaim santunan kecelakaan kerja", "rumah rusak kena longsor bulan lalu, dapat
bantuan?"), in Indonesian and English.

The structure of an emergency, not a list of messages: an event word, and signs that it
is happening now rather than asked about. Rules over kinds of cue read from
``data/emergency.tsv`` (see its header): a *hazard* (fire, drowning, unconscious) or a
*risk* (an event word that is also an everyday one: "kecelakaan", "belum keluar",
"crash") must be named; a *past* cue or a year ("in 2018") says it is over, a
*hypothetical* one ("what should I do if", "jika terjadi") or a condition opening the
message ("kalau anak kejang harus gimana") that it is imagined; an
*unreal* one ("takut", "nobody", "mimpi") that the event right after it is only feared,
denied or dreamt. An
*urgent* cue (a call for help) outweighs a *calm* frame (a question, a habit, "if") and
an *errand* (a claim, a permit, documents, a schedule); a *soon* word ("sekarang",
"segera", "urgent") outweighs only a calm frame: "sekarang syarat klaim asuransi
kebakaran apa" asks about an errand; asking how to reach help (*rescue*: "nomor damkar
berapa") is calm unless a hazard is named. Without any of these, a hazard is taken as a
report, a risk only with a present marker ("sedang", "masih", "ada", "is ...ing") or a
person at risk ("anak", "korban", "someone") or a place after it ("kecelakaan di
tikungan"); a shouted "tolong!" or "maling!" is urgent. Phrases are matched on cleaned
words, after chat spellings are replaced by standard ones (listed forms, and a cue word
with vowels dropped inside it: "kbakaran", "tnggelam") and *neutral* phrases ("pemadam
kebakaran", "air tidak masuk") are removed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files

from knowledge_base.emergency_spelling import EmergencyRules, standard_words, with_spellings
from knowledge_base.phrases import PhraseTable, parse_table, spaced
from knowledge_base.tokens import clean

KINDS = (
    "neutral",
    "hazard",
    "risk",
    "unreal",
    "urgent",
    "what_now",
    "soon",
    "now",
    "person",
    "past",
    "ongoing",
    "hypothetical",
    "calm",
    "rescue",
    "errand",
)
EVENTS = ("hazard", "risk")
# English present progressive: "is drowning", "are being robbed", "is not moving"
# ("is there funding", "is it raining" ask, they do not tell)
_PROGRESSIVE = re.compile(r" (?:is|are|am) (?!there |it )(?:\S+ )?\S+ing ")
# a word shouted: "tolong!!", "help!", "maling!"
_SHOUTED = re.compile(r"([^\W_]+)\s*!")
_CALLS_FOR_HELP = frozenset({"tolong", "tlg", "tulung", "help"})
# an English article opening a headline: "a small plane crashed in ..."
_ARTICLE = re.compile(r"^ (?:a|an|the) ")
# where something happens, right before a calm word that names a place ("di depan apotek")
_PLACE = re.compile(
    r" (?:di|depan|dekat|samping|belakang|seberang|near|outside|behind|beside|opposite"
    r"|in front of|next to)(?: the| a)? $"
)
# a year named as the time of the event: "in 2018", "tahun 2019", "sejak 2020" (over)
_YEAR = re.compile(r" (?:in|since|tahun|sejak|pada|thn) (?:19|20)\d\d ")
# a past cue weeks or more back: someone missing that long is no 112 call, even if
# still not found ("hilang sebulan lalu, sampai sekarang belum pulang")
_LONG_AGO = re.compile(
    r" (?:minggu|bulan|tahun) (?:yang )?(?:lalu|kemarin) | (?:seminggu|sebulan|setahun) "
    r"| (?:last|a|one) (?:week|month|year) | weeks | months | years "
)
# a message that opens on a condition imagines the event: "kalau anak kejang harus
# gimana" asks what to do if it happens, its "harus gimana" is no call for help now
# ("kalau bisa", "kalau tidak salah" are politeness and hedging, not conditions)
_CONDITION_FIRST = re.compile(
    r" (?:kalau|kalo|klo|jika|bila|apabila|misal|misalnya|seandainya|andaikan|if|what if)"
    r" (?!bisa |boleh |tidak salah |possible |i am not mistaken )"
)
# punctuation that ends a clause: an *unreal* cue reaches only events in its own clause
_CLAUSE_END = re.compile(r"[.,;:!?\n]+")
# an *unreal* cue reaches an event that starts within this many words after it
_UNREAL_REACH = 4


def parse_rules(text: str) -> EmergencyRules:
    """Rules from the TSV text (see ``data/emergency.tsv``)."""
    return with_spellings(parse_table(text, KINDS), text)


@lru_cache(maxsize=1)
def default_rules() -> EmergencyRules:
    source = files("knowledge_base") / "data" / "emergency.tsv"
    return parse_rules(source.read_text(encoding="utf-8"))


def is_emergency(text: str, given: EmergencyRules | None = None) -> bool:
    """True when the message reports a danger happening now (point the resident to 112)."""
    given = given or default_rules()
    found, rules = standard_words(text[:2000], given), given.table
    if not any(rules.may_have(kind, found) for kind in EVENTS):
        return False
    words = _read(text[:2000], given, found)
    if rules.may_have("unreal", found) and rules.patterns["unreal"].search(words):
        words = " ".join(_real(_read(clause, given), rules) for clause in _clauses(text[:2000]))
        words = re.sub(" +", " ", words)
    message = _Message(words, rules)
    hazard, risk = message.has("hazard"), message.has("risk")
    over = message.has("past") or _YEAR.search(words) is not None
    if over and message.has("ongoing") and not _LONG_AGO.search(words):
        over = False  # "hilang kemarin sore, sampai sekarang belum kembali"
    if not (hazard or risk) or over or message.has("hypothetical"):
        return False
    imagined = _CONDITION_FIRST.match(words) is not None
    if message.has("urgent") or _shouted(text[:2000], rules):
        return True
    if imagined:
        return False
    if message.has("what_now"):
        return True
    errand = message.framed("errand")
    if message.has("soon") and not errand:
        return True
    if errand or message.framed("calm"):
        return False
    if message.framed("rescue"):
        return hazard and _reported_apart(text[:2000], given)
    return hazard or _happening(message)


def _reported_apart(text: str, given: EmergencyRules) -> bool:
    """A hazard told in a clause of its own, before or after asking how to reach help:
    "rumah tetangga kebakaran, nomor damkar berapa?" (not "lokasi posko pengungsian
    korban gempa", where the hazard only says which shelter)."""
    rules = given.table
    for clause in _clauses(text):
        message = _Message(_read(clause, given), rules)
        if message.has("hazard") and not message.framed("rescue"):
            return True
    return False


def _read(text: str, given: EmergencyRules, found: Sequence[str] | None = None) -> str:
    """The standard words of ``text``, spaced, without its *neutral* phrases."""
    found = standard_words(text, given) if found is None else found
    words, rules = spaced(found), given.table
    if rules.may_have("neutral", found):
        words = re.sub(" +", " ", rules.patterns["neutral"].sub(" ", words))
    return words


def _clauses(text: str) -> list[str]:
    return [clause for clause in _CLAUSE_END.split(text) if clause.strip()]


def _real(words: str, rules: PhraseTable) -> str:
    """``words`` (one clause) without the events an *unreal* cue shortly before them says
    are only feared, prevented, denied or dreamt: "takut anak saya tenggelam", "nobody
    has been stung", "biar tidak hanyut", "arti mimpi kebakaran". Events elsewhere in the
    message still count ("rumah tetangga kebakaran, saya takut merembet")."""
    events = [rules.patterns[kind] for kind in EVENTS]
    dropped: list[tuple[int, int]] = []
    for cue in rules.patterns["unreal"].finditer(words):
        at = cue.end()
        for _ in range(_UNREAL_REACH):
            if at >= len(words) or (dropped and at < dropped[-1][1]):
                break
            event = next((m for e in events if (m := e.match(words, at))), None)
            if event:
                dropped.append((at, event.end()))
                break
            at = words.find(" ", at) + 1
    for start, end in reversed(dropped):
        words = words[:start] + words[end:]
    return words


class _Message:
    """The standard words of a message, spaced (" w1 w2 ... "), and where each word
    starts: a kind's phrases are tried only where a word opens one of them, not at
    every word (is_emergency reads every message)."""

    def __init__(self, words: str, rules: PhraseTable) -> None:
        self.words, self.rules = words, rules
        self._at: dict[str, list[int]] = {}
        position = 1
        for word in words[1:-1].split(" "):
            self._at.setdefault(word, []).append(position)
            position += len(word) + 1

    def openings(self, kind: str) -> list[int]:
        starts = self.rules.starts[kind]
        return sorted(p for word, at in self._at.items() if word in starts for p in at)

    def has(self, kind: str) -> bool:
        pattern = self.rules.patterns[kind]
        return any(pattern.match(self.words, p) for p in self.openings(kind))

    def framed(self, kind: str) -> bool:
        """A *calm* or *errand* phrase that is not only where the event is: "pingsan di
        depan apotek", "lying unconscious outside the pharmacy" name a place, not a
        question about it."""
        pattern = self.rules.patterns[kind]
        return any(
            pattern.match(self.words, p) and not _PLACE.search(self.words, 0, p)
            for p in self.openings(kind)
        )

    def count(self, kind: str) -> int:
        """Phrases of ``kind`` that do not overlap."""
        pattern, found, end = self.rules.patterns[kind], 0, 0
        for position in self.openings(kind):
            match = pattern.match(self.words, position) if position >= end else None
            if match:
                found, end = found + 1, match.end()
        return found


def _shouted(text: str, rules: PhraseTable) -> bool:
    """A call for help or an event word followed by "!": "tolong!!", "maling!", "fire!"."""
    shouted = {rules.forms.get(w, (w,))[0] for w in _SHOUTED.findall(clean(text))}
    events = rules.starts["hazard"] | rules.starts["risk"]
    return not shouted.isdisjoint(_CALLS_FOR_HELP | events)


def _headline(message: _Message) -> bool:
    """An event named first, then where: "kecelakaan beruntun di tol", "robbery at the
    shop", "a small plane crashed in a field" (after an article)."""
    words, risk = message.words, message.rules.patterns["risk"]
    starts = [1]
    if _ARTICLE.match(words):  # the second or the third word
        second = words.index(" ", 1) + 1
        starts += [second, words.find(" ", second) + 1]
    opening = any(0 < at < len(words) and risk.match(words, at) for at in starts)
    return opening and re.search(r" (?:di|at|on|in) ", words) is not None


def _happening(message: _Message) -> bool:
    """A sign that a risk is real: it is going on, someone is exposed to it, or two
    risks make one event ("pohon tumbang menimpa mobil, sopir terjepit")."""
    return (
        message.count("risk") > 1
        or message.has("now")
        or message.has("person")
        or _headline(message)
        or _PROGRESSIVE.search(message.words) is not None
    )
