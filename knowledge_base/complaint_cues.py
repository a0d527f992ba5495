"""The complaint model's cue words (``data/complaint_cues.tsv``), read on both surfaces
of a message: its normalised words and its words as typed.

The cue table is written in standard forms, but the normaliser reads some of a cue's
words as other words: the English bridge reads "login" as "masuk", so "tidak bisa
login" would never be found in "ga bisa login" once normalised. A message with such a
word is read again as typed, through the chat, regional, synonym and service tables
only (no English bridge, no spelling correction): "ga bisa login" is then "tidak bisa
login", and the higher of the two scores counts."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.lexicon import Lexicon
from knowledge_base.replacements import apply_replacements
from knowledge_base.stemmer import strip_particle

# a cue a negation right before denies weighs nothing: "meterannya tidak rusak", "bukan
# pungli", "not broken" rule a failure out (a cue that opens with its own negation, "tidak
# ngalir", is read whole)
_DENIALS = frozenset({"tidak", "bukan", "not"})


def cue_score(tokens: Sequence[str], lexicon: Lexicon) -> float:
    """Sum of the lexicon's cue weights, longest phrase first, without overlaps; a cue
    denied (see :data:`_DENIALS`) adds nothing."""
    cues = lexicon.complaint_cues
    starts = lexicon.cue_starts
    most = max((len(k) for k in cues), default=1) if starts is None else 0
    score = 0.0
    i = 0
    while i < len(tokens):
        longest = most if starts is None else starts.get(tokens[i], 0)
        for size in range(min(longest, len(tokens) - i), 0, -1):
            weight = cues.get(tuple(tokens[i : i + size]))
            if weight is not None:
                score += 0.0 if i and tokens[i - 1] in _DENIALS else weight
                i += size
                break
        else:
            i += 1
    return score


def surface_words(typed: Sequence[str], lexicon: Lexicon) -> list[str]:
    """A message's words as typed, read through the lexicon's tables but the English
    bridge ("ga bisa login" -> "tidak bisa login")."""
    words = [strip_particle(word) for word in typed]
    return apply_replacements(words, lexicon.home_replacements, lexicon.max_phrase)


def either_surface_cue_score(
    tokens: Sequence[str], typed: Sequence[str], lexicon: Lexicon
) -> float:
    """:func:`cue_score` of the normalised ``tokens``, or of the words as ``typed`` when a
    cue word the normaliser reads otherwise is among them and they score higher."""
    score = cue_score(tokens, lexicon)
    if lexicon.rewritten_cue_words.isdisjoint(typed):
        return score
    return max(score, cue_score(surface_words(typed, lexicon), lexicon))
