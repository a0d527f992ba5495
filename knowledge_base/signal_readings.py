"""The complaint signal phrases (``data/complaint_signals.tsv``) read as the normaliser
reads a message.

The complaint model looks for the phrases in a message's normalised words with their
particles stripped (see :mod:`complaint`), but the table is written as residents type:
"pak rt" (read "bapak rt"), "main hp" ("main ponsel"), "via mana" ("melalui mana"),
"saudaranya sendiri" ("saudara sendiri"), "please fix" ("tolong perbaiki"). Such a
phrase could never be found. Each phrase is therefore also kept in the reading the
normaliser's tables give it (the chat, regional, synonym and service tables; then its
particles stripped), under the same kind. A reading made only of function words ("doang"
is "saja", "which" is "mana") is not kept: it would be found in every message using that
word. Nor is a reading of what a report tells by the English bridge alone ("fees" is
"biaya", "all day" is "24 jam", found in Indonesian questions): an English report's
words are read as typed too (see :mod:`complaint_told`), and the bridged readings kept
are those with a word of the phrase left ("our street" is "our jalan", "nobody came" is
"nobody datang"), found only where the bridge read an English message.

Nor does the normaliser's spelling correction rewrite a phrase's words (the lexicon's
``signal_words``): "dibanting" is no "dibanding", "doyong" no "dorong", "kelupas" no "ke
kamu pas". A chat form of another word still reads as that word ("nolak" is "tolak").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from knowledge_base.complaint_told import TOLD
from knowledge_base.lexicon import Lexicon
from knowledge_base.phrases import GAP_WORD
from knowledge_base.replacements import apply_replacements
from knowledge_base.stemmer import strip_particle


def with_readings(found: Mapping[str, Sequence[str]], lexicon: Lexicon) -> dict[str, list[str]]:
    """Per kind, its phrases and after them the other readings the normaliser gives
    them (see the module's docstring)."""
    readings: dict[str, list[str]] = {}
    for kind, phrases in found.items():
        known = set(phrases)
        extra = {
            reading: None
            for phrase in phrases
            for reading in phrase_readings(phrase, lexicon, told=kind in TOLD)
            if reading not in known
        }
        readings[kind] = [*phrases, *extra]
    return readings


def phrase_readings(phrase: str, lexicon: Lexicon, told: bool = False) -> Iterator[str]:
    """The readings of ``phrase`` through the lexicon's home tables and the English
    bridge, but the general ones (only function words; for a ``told`` kind, a bridged
    reading with no word of the phrase left)."""
    words = phrase.split()
    seen = [words]
    for table in (lexicon.home_replacements, lexicon.replacements):
        read = [strip_particle(w) for w in apply_replacements(words, table, lexicon.max_phrase)]
        if read in seen or all(w in lexicon.function_words or w == GAP_WORD for w in read):
            continue
        seen.append(read)
        if told and table is lexicon.replacements and set(read).isdisjoint(words):
            continue
        yield " ".join(read)
