"""How a message is cut into sentences, and which question words ask nothing: shared by
the clause reading of long messages (:mod:`focus`) and the complaint model's reading of
how a message is built (:mod:`complaint_shape`), so both see the same sentences."""

from __future__ import annotations

import re

# A sentence runs to ".", "!", "?" or a line break; a point between digits ("1.000
# meter", "Rp 2.500") is part of a number, not a sentence end.
SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+[.!?\n]*")

# A doubled or "-pun" question word is indefinite, no question: "belatung di mana-mana",
# "tidak dikasih tahu apa-apa", "belum kenal siapa siapa", "kapan pun", "apa2"; the
# normaliser undoes the doubling, so it is dropped from the raw text before the question
# is looked for ("syaratnya apa-apa saja?" still asks).
INDEFINITE = re.compile(
    r"\b(?:di|ke)?(apa|siapa|kapan|mana|berapa)(?:[- ]?\1|2)\b(?! ?(?:saja|aja|sj|aj)\b)"
    r"|\b(?:apa|siapa|kapan|mana) ?pun\b",
    re.IGNORECASE,
)
