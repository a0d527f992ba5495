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


# a report verb asking where to take the report ("lapor ke mana", "lapornya ke dinas apa",
# "melapor ke siapa") asks the channel: it tells no report made ("ke siapa siapa" is
# anyone: "sudah lapor ke siapa siapa" was one; "harus mengadu ke mana lagi" is at a loss,
# after a story of where the resident has already been)
_PLACES_ASKED = frozenset({"mana", "siapa"})  # "ke mana", "ke siapa"
_OFFICES_ASKED = frozenset({"dinas", "instansi", "kantor", "bagian"})  # "ke dinas apa"
_TO = frozenset({"ke", "kepada", "sama"})


def asks_channel(tokens: Sequence[str], end: int) -> bool:
    """``tokens`` from ``end`` ask where to: "ke mana", "ke siapa", "ke dinas apa"."""
    rest = list(tokens[end : end + 3])
    if rest[:1] and rest[0] in _TO:
        rest = rest[1:]
    if not rest or rest[1:2] == rest[:1] or rest[1:2] == ["lagi"]:
        return False
    return rest[0] in _PLACES_ASKED or (rest[0] in _OFFICES_ASKED and rest[1:2] == ["apa"])


def cue_score(tokens: Sequence[str], lexicon: Lexicon) -> float:
    """Sum of the lexicon's cue weights, longest phrase first, without overlaps; a cue
    denied (see :data:`_DENIALS`) or asking its channel (see :func:`asks_channel`) adds
    nothing."""
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
                denied = i and tokens[i - 1] in _DENIALS
                score += 0.0 if denied or asks_channel(tokens, i + size) else weight
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
