"""Complaint cues: does a message report a problem with a service?

The cue score adds the weights of lexicon cues ("rusak", "pungli", "tidak ada kabar")
found in the normalised message, plus patterns: an elapsed time ("sudah 3 hari",
"dari seminggu lalu") and a contrast followed by a negation ("tapi belum ...").
Interrogative cues are counted separately; the decision weighs the two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge_base.lexicon import Lexicon

INTERROGATIVES = frozenset(
    {
        "apa",
        "bagaimana",
        "berapa",
        "kapan",
        "mana",
        "siapa",
        "kenapa",
        "mengapa",
        "syarat",
        "persyaratan",
        "cara",
        "prosedur",
        "boleh",
        "tanya",
        "bisa",
        "bisakah",
    }
)
_COUNT = r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|beberapa|berhari|berminggu|berbulan)"
_UNIT = r"(?:hari|minggu|bulan|tahun|jam)"
_ELAPSED = re.compile(
    rf"\b(?:sudah|dari|selama|sejak)\s+{_COUNT}\s+{_UNIT}\b"
    rf"|\b{_COUNT}\s+{_UNIT}\s+(?:lalu|yang lalu)\b"
)
_CONTRAST = re.compile(r"\b(?:tapi|padahal|namun)\b(?:\s+\S+){0,4}?\s+(?:tidak|belum|malah)\b")


@dataclass(frozen=True)
class ComplaintSignal:
    cues: float
    interrogatives: float


def cue_score(tokens: Sequence[str], lexicon: Lexicon) -> float:
    """Sum of cue weights, longest phrase first, without overlaps."""
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
                score += weight
                i += size
                break
        else:
            i += 1
    text = " ".join(tokens)
    if _ELAPSED.search(text):
        score += 1.0
    if _CONTRAST.search(text):
        score += 0.8
    return score


def complaint_signal(
    tokens: Sequence[str], question_mark: bool, lexicon: Lexicon
) -> ComplaintSignal:
    asks = sum(1 for t in set(tokens) if t in INTERROGATIVES) + (1 if question_mark else 0)
    return ComplaintSignal(cue_score(tokens, lexicon), float(asks))
