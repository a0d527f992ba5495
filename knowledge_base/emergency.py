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
from functools import lru_cache
from importlib.resources import files

from knowledge_base.phrases import PhraseTable, parse_table, spaced
from knowledge_base.tokens import clean, raw_tokens, squeeze_repeats, strip_reduplication

KINDS = ("neutral", "hazard", "urgent", "past", "calm")


def parse_rules(text: str) -> PhraseTable:
    """Rules from the TSV text (see ``data/emergency.tsv``)."""
    return parse_table(text, KINDS)


@lru_cache(maxsize=1)
def default_rules() -> PhraseTable:
    source = files("knowledge_base") / "data" / "emergency.tsv"
    return parse_rules(source.read_text(encoding="utf-8"))


def _words(text: str, rules: PhraseTable) -> list[str]:
    words: list[str] = []
    for token in raw_tokens(clean(text)):
        token = strip_reduplication(squeeze_repeats(token))
        words.extend(rules.forms.get(token, (token,)))
    return words


def is_emergency(text: str, rules: PhraseTable | None = None) -> bool:
    """True when the message reports a danger happening now (point the resident to 112)."""
    rules = rules or default_rules()
    found = _words(text[:2000], rules)
    if not rules.may_have("hazard", found):
        return False
    words = re.sub(" +", " ", rules.patterns["neutral"].sub(" ", spaced(found)))
    if not rules.has("hazard", words) or rules.has("past", words):
        return False
    return rules.has("urgent", words) or not rules.has("calm", words)
