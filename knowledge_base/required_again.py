"""A thing told as required by another service, with no "dulu" ("izin reklame minta nib
usaha, nib itu bikinnya di mana"; "untuk daftar halal gratis syaratnya NIB, NIB itu
dibuat di mana"), is the thing asked how to get when the question names it again: one
of the first :data:`THING_WORDS` words after the requiring word stands in the last part,
and the part telling it closes on no question tag ("mobil pribadi wajib uji emisi ga,
ujinya di mana" asks the test itself). The given reading (see
:mod:`knowledge_base.given`) then reads the service requiring it as background and the
thing as needed: the entry answered must name it. On the development messages: two
wrong answers right and one withheld answer right; nothing else changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.head import normalised_frame
from knowledge_base.normaliser import Normaliser
from knowledge_base.sentences import ends_with_tag

# the words telling a thing required (normalised): "minta nib", "syaratnya nib", "butuh
# skck", "harus ada ...", "need a ..."
REQUIRED_BY = frozenset(
    {"harus", "wajib", "perlu", "bilang", "disuruh", "suruh", "minta", "syarat", "butuh"}
    | {"butuhnya", "requires", "need"}
)
THING_WORDS = 3  # the words right after the requiring one that name the thing


def required_again(
    parts: Sequence[tuple[str, ...]], normaliser: Normaliser
) -> dict[int, frozenset[str]]:
    """The indices of the parts before the last that tell a thing required which the
    last part names again, each with the terms of that thing named again."""
    last = frozenset(normaliser.terms(parts[-1])) - normalised_frame(normaliser)
    found: dict[int, frozenset[str]] = {}
    for i, part in enumerate(parts[:-1]):
        at = [j for j, word in enumerate(part) if word in REQUIRED_BY]
        if not at or ends_with_tag(part):
            continue  # "mobil wajib uji emisi ga": a question of its own
        thing = part[at[-1] + 1 : at[-1] + 1 + THING_WORDS]
        named = frozenset(normaliser.terms(thing)) & last
        if named:
            found[i] = named
    return found
