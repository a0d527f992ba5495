"""Errands a message doubts rather than asks: "perlu izin?", "izinnya ke mana" ask for a
permit of whatever the message is about, and an entry that never speaks of permits (a
schedule, a fee, a well's upkeep) does not answer it. Such a phrase (an errand's
``doubts`` row in ``data/errands.tsv``) marks only the best entry as not to be answered:
asked as an errand it vetoed every entry that never says "izin", and an entry naming a
permit in passing ("berkemah dengan izin pos jaga") was then answered for them (dev:
one more out of scope answered, and a road-use permit's question answered with the
excavation permit)."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.decision import Thresholds, break_ties
from knowledge_base.errands import errands
from knowledge_base.facets import word_forms
from knowledge_base.index import KbIndex
from knowledge_base.scored import Candidate, withheld_first


def kept_to_errand(
    index: KbIndex, tokens: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when the message doubts
    an errand (a "doubts" phrase: "perlu izin?", "izinnya ke mana") the entry never
    speaks of. Unlike an errand asked, the others keep their marks: an entry that names
    a permit only in passing ("izin pos jaga") would otherwise be answered for them."""
    if not ranked or ranked[0].missing_salient:
        return ranked
    dealing = errands(index).doubted(word_forms(index.normaliser, tokens))
    if dealing is None:
        return ranked
    ranked = break_ties(ranked, t)
    return ranked if ranked[0].position in dealing else withheld_first(ranked)
