"""Regional prefixes of the event verbs, read as their standard ones: a resident calling
for help writes the verb as the variety at home builds it, and the cue table holds its
standard Indonesian form.

- Madurese marks the passive with "è-" where Indonesian has "di-": "èrampok" is
  "dirampok", "ètabrak" is "ditabrak";
- the Malay of Manado, Kupang, Ambon, Betawi and Banjar says "be-"/"ba-" for "ber-"
  ("bedarah", "badarah": "berdarah") and, with Minangkabau, "ta-" for "ter-" ("tabakar",
  "tajapit");
- Javanese, Betawi and chat say "ke-" for the accidental "ter-" ("kebakar", "keseret"),
  Sundanese and Madurese "ka-" ("kabawa", "kabanjiran": "terbawa", "kebanjiran").

A token is read so only when it is no cue word itself and the reading is a word of an
event phrase (a hazard, a risk, a way of being trapped): "kapal" is never "terpal", nor
"bada" (after) "berda", whatever else the table holds."""

from __future__ import annotations

from collections.abc import Set

# (regional prefix, standard prefix), the longer regional prefix first
_PREFIXES = (
    ("be", "ber"),
    ("ba", "ber"),
    ("ta", "ter"),
    ("ke", "ter"),
    ("ka", "ter"),
    ("ka", "ke"),
    ("e", "di"),
)
_MIN_ROOT = 4  # letters after the prefix: "ebat", "kena" are no verbs of an event


def standard_prefix(token: str, event_words: Set[str]) -> str | None:
    """The event word ``token`` is a regional form of, or None."""
    if token in event_words:
        return None
    for regional, standard in _PREFIXES:
        root = token[len(regional) :]
        if token.startswith(regional) and len(root) >= _MIN_ROOT:
            reading = standard + root
            if reading in event_words:
                return reading
    return None
