"""When a message read with its story or given part as background still answers the
entry that part names: "did you mean".

Read with the story or the given part weighing less (see
:func:`knowledge_base.focus.story_reading`), message coverage counts mostly the words
asked; fuzzy similarity and entry coverage do not, and the entry the given part names
whole ("tanah sudah dibeli dan bea perolehannya lunas, sekarang mau bangun toko izinnya
apa") still leads on them. When another of the first three covers the message so read
clearly better, the question part alone prefers that entry: neither is answered, the
leader stays first with the other among the suggestions.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.scored import Candidate

# how much more of the message (read with its background weighing less) a later
# candidate must cover than the leader for the question part to be taken as preferring it
COVERAGE_GAIN = 0.15
# the candidates looked at behind the leader: the suggestions offered
RIVALS = 2
# how far below the leader's score a rival may be and still be preferred: the decision's
# lead margin ("ruko sudah selesai dibangun, katanya butuh sertifikat layak pakai, itu
# apa?" kept its answer from an ambulance entry 24 points behind that covered "butuh")
REACH = 20.0


def asked_elsewhere(ranked: Sequence[Candidate]) -> bool:
    """A candidate among the first :data:`RIVALS` behind the leader, within
    :data:`REACH` of its score, covers the message at least :data:`COVERAGE_GAIN` more
    than the leader does."""
    if len(ranked) < 2:
        return False
    leader = ranked[0]
    return any(
        c.coverage >= leader.coverage + COVERAGE_GAIN and c.score > leader.score - REACH
        for c in ranked[1 : 1 + RIVALS]
    )
