"""When the facet and the words disagree too much to pick one sibling: "did you mean".

The facet rule (see :func:`knowledge_base.facets.to_demote`) moves an entry that never
asks the message's facet behind a sibling that does. That is right when the two cover
the message's topic alike ("bikin kk baru bayar ga": the free-documents entry names
the family card too). It is a coin flip when the words put the demoted entry far ahead
and the sibling that asks the facet leaves a good part of the topic uncovered: "balik
nama sertifikat tanah biaya berapa" has the land-transfer entry whole in it, and the
entry that asks the cost is another programme's fee, sharing only "sertifikat tanah";
"bisa bayar cash ke sopir atau wajib pakai kartu?" asks how to pay, and the fare entry
lacks the card the message names. Either sibling may be meant, and a wrong answer is
worse than "did you mean", so neither is answered: the entry the words put first
stays first, not answered, with the sibling among the suggestions.

On the development messages of all five knowledge bases, of the 51 answers the facet
rule gave against an entry that scored higher (46 right), two wrong ones led by 32 and
33 points with the sibling covering 0.66 and 0.70 of their topic; no right answer the
rule gave had both (the closest: a lead of 20.7 with 0.79 of the topic, the
free-documents entry above; 24.7 with 0.94; 19.6 with 0.86). Both wrong answers are
now "did you mean" with the right entry first, and nothing else changed.

An entry that asks the facet itself is passed only as "no sibling", on the topic's
other words (see :func:`knowledge_base.facets.to_demote`): "garbage fee for a small
cafe" read "retribusi sampah kafe kecil", and the waste levy named whole, 21 points
ahead, fell behind the restaurant tax, which covers the rare "kafe". Led by 20 points
or more, that too is "did you mean": on the development messages it changed that one
wrong answer alone.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from knowledge_base.facets import Contender
from knowledge_base.weighting import ScoringWeights

# the least lead, in score points, of the entry the facet rule demotes over the entry
# that then leads: the decision's lead margin, the lead that answers a clear lead
CLEAR_LEAD = 20.0
# the share of the demoted entry's topic coverage the new leader must reach to be
# taken for the same service asked another way (see the module's figures)
SAME_TOPIC_SHARE = 0.75


def overturns_words(
    contenders: Sequence[Contender],
    demoted: Collection[int],
    weights: ScoringWeights,
    asking: Callable[[int], bool],
) -> bool:
    """The facet rule's demotion (of ``weights.facet_demotion`` points, of the
    ``demoted`` positions) takes the first place from an entry leading the new first by
    :data:`CLEAR_LEAD` or more, and the new first covers less than
    :data:`SAME_TOPIC_SHARE` of its topic, or the entry put behind asks the facet too
    (``asking``: whether the entry at a position does): it was passed on the topic's
    other words alone."""
    if not demoted or not contenders:
        return False
    demotion = weights.facet_demotion
    leader = max(contenders, key=lambda c: c.score)
    if leader.position not in demoted:
        return False
    after = max(
        contenders,
        key=lambda c: c.score - demotion if c.position in demoted else c.score,
    )
    if after.position in demoted:
        return False
    return leader.score - after.score >= CLEAR_LEAD and (
        after.topic < SAME_TOPIC_SHARE * leader.topic or asking(leader.position)
    )
