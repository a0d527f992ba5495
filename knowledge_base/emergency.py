"""Is something dangerous happening now? Tells an emergency ("rumah tetangga kebakaran",
"a man collapsed, not breathing") from a message that only mentions such a word
("klaim santunan kecelakaan kerja", "rumah rusak kena longsor bulan lalu, dapat
bantuan?"), in Indonesian and English.

Rules over five kinds of cue read from ``data/emergency.tsv`` (see its header): a
*hazard* must be named; a *past* cue says it is over; an *urgent* cue says it is
happening now and outweighs a *calm* cue (a claim, a permit, training, "if", a question
about this service). Phrases are matched on cleaned words, after chat spellings are
replaced by standard ones and *neutral* phrases ("pemadam kebakaran") are removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from knowledge_base.tokens import clean, raw_tokens, squeeze_repeats, strip_reduplication

KINDS = ("neutral", "hazard", "urgent", "past", "calm")
GAP = r"(?:\S+ ){0,3}"


@dataclass(frozen=True)
class EmergencyRules:
    forms: dict[str, tuple[str, ...]]
    patterns: dict[str, re.Pattern[str]]


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    """One regular expression for phrases over space-separated words; each word of the
    text is followed by one space, ``*`` skips up to three words."""
    bodies = [
        "".join(GAP if word == "*" else re.escape(word) + " " for word in phrase.split())
        for phrase in sorted(phrases, key=len, reverse=True)
    ]
    if not bodies:
        return re.compile(r"(?!)")
    return re.compile(r"(?<= )(?:" + "|".join(bodies) + ")")


def parse_rules(text: str) -> EmergencyRules:
    """Rules from the TSV text (see ``data/emergency.tsv``)."""
    forms: dict[str, tuple[str, ...]] = {}
    phrases: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        kind, phrase = cells[0], cells[1] if len(cells) > 1 else ""
        if kind == "form" and len(cells) > 2:
            forms[phrase] = tuple(cells[2].split())
        elif kind in phrases and phrase:
            phrases[kind].append(phrase)
    return EmergencyRules(forms, {kind: _pattern(found) for kind, found in phrases.items()})


@lru_cache(maxsize=1)
def default_rules() -> EmergencyRules:
    source = files("knowledge_base") / "data" / "emergency.tsv"
    return parse_rules(source.read_text(encoding="utf-8"))


def _words(text: str, rules: EmergencyRules) -> str:
    words: list[str] = []
    for token in raw_tokens(clean(text)):
        token = strip_reduplication(squeeze_repeats(token))
        words.extend(rules.forms.get(token, (token,)))
    return " " + " ".join(words) + " "


def is_emergency(text: str, rules: EmergencyRules | None = None) -> bool:
    """True when the message reports a danger happening now (point the resident to 112)."""
    rules = rules or default_rules()
    patterns = rules.patterns
    words = re.sub(" +", " ", patterns["neutral"].sub(" ", _words(text[:2000], rules)))
    if not patterns["hazard"].search(words) or patterns["past"].search(words):
        return False
    return bool(patterns["urgent"].search(words)) or not patterns["calm"].search(words)
