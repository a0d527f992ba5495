"""A leader about what the message disowns, and the rival that takes its place (see
:mod:`knowledge_base.known_part`).

Things disowned side by side are disowned each on its own: "bukan hilang atau rusak,
ktp saya memang belum pernah dibuat" disowns the lost card and the damaged card, and
the damaged-card entry, whose canonical question names "rusak" alone, is one of them
though it names under half the weight of both words (see
:func:`knowledge_base.asked_cover.names_disowned`). The alternatives are cut at "atau",
"maupun", "or", "nor" and a repeated "bukan" ("bukan hilang bukan rusak").

The rival put first in a disowned leader's place need not be within the lead margin
when it covers the question part clearly better (:data:`ASKED_GAIN`) and names none of
what is disowned: "bukan tanya ongkos naik, saya kusirnya, mau urus kartu kusir dan
izin dokar" put the fare entry 20.5 points before the driver's permit on the words
disowned. From behind the margin it is offered first, not answered ("did you mean").
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.asked_cover import names_disowned
from knowledge_base.index import KbIndex
from knowledge_base.normaliser import Normaliser
from knowledge_base.scored import Candidate

# the words that set disowned things side by side, normalised
ALTERNATIVES = frozenset({"atau", "ataupun", "maupun", "bukan", "or", "nor"})
# the least gain on the question part for a rival behind the lead margin (see
# knowledge_base.known_part.ASKED_GAIN, the same share)
ASKED_GAIN = 0.15


def alternatives(
    words: Sequence[Sequence[str]], normaliser: Normaliser
) -> tuple[frozenset[str], ...]:
    """The terms of each thing disowned side by side in ``words`` (each disowning part's
    words after its disowning word), empty ones left out; a part naming one thing sets
    nothing side by side (two parts disowning apart, "selain debu, ... bukan jalan
    hauling", are read as one disowned whole, as before)."""
    found: list[frozenset[str]] = []
    for part in words:
        groups: list[frozenset[str]] = []
        group: list[str] = []
        for word in (*part, "atau"):
            if word in ALTERNATIVES:
                if terms := frozenset(normaliser.terms(group)):
                    groups.append(terms)
                group = []
            else:
                group.append(word)
        found.extend(groups if len(groups) > 1 else ())
    return tuple(found)


def names_one_disowned(
    index: KbIndex,
    position: int,
    disowned: frozenset[str],
    side_by_side: Sequence[frozenset[str]],
) -> bool:
    """The entry's canonical question or keywords name what is disowned, or one of the
    things disowned side by side (their terms among ``disowned``)."""
    if not disowned:
        return False
    groups = [group & disowned for group in side_by_side]
    return any(names_disowned(index, position, g) for g in (disowned, *groups) if g)


def disowned_leader(
    index: KbIndex,
    ranked: tuple[Candidate, Candidate],
    disowned: tuple[frozenset[str], Sequence[frozenset[str]]],
    gain: float,
    reach: float,
) -> bool:
    """The leader names what the message disowns (see :func:`names_one_disowned`) and
    the rival's canonical question and keywords name none of it; the rival within
    ``reach`` of the leader's score, or covering :data:`ASKED_GAIN` more of the
    question part."""
    leader, rival = ranked
    terms, side_by_side = disowned
    return (
        bool(terms)
        and (rival.score > leader.score - reach or gain >= ASKED_GAIN)
        and names_one_disowned(index, leader.position, terms, side_by_side)
        and terms.isdisjoint(index.entries[rival.position].prime_terms)
    )
