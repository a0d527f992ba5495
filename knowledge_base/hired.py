"""A thing a short question asks to hire from an entry that hires nothing out and never
names the thing: "sewa baju adat buat foto di objek wisata" of the tourist site's
ticket, "sewa banana boat di pantai berapa per putaran" of the beach's entry fee.

Such a question shares the place with an entry (the site, the beach) and often its
price words ("berapa", "tarif"), so the rent act (see :mod:`knowledge_base.asked_acts`,
which reads a fee as the same offer as a rent) keeps it answered; what it asks is the
hire of a thing from whoever hires it out, and an entry none of whose texts (questions,
keywords, answer) names that thing nor speaks of hiring says nothing of it: offered
("did you mean"), not answered.

An entry that hires things out ("sewa alat berat pupr") answers as before whatever the
thing: its residents name the kinds it hires in their own words ("stoom", "buldoser",
"dump truck" of heavy equipment), so a thing it never names may still be one of them
(without this, 8 right answers on the heavy-equipment entry were withheld on the
development messages, for 3 out-of-scope ones: a gamelan ensemble of a hall's rental, a
kiosk of a stall's fee, a corn sheller of the tractor rental).

The thing is the first content word within two words after a verb of hiring
(:data:`HIRE`), in a question of at most :data:`knowledge_base.asked_acts.SHORT_QUESTION`
words that tells nothing of its writer and disowns nothing (the act words there tell the
writer's situation: "I rent a room near campus, do I move my address"), read as in
:mod:`knowledge_base.carried`. Dev (37 KBs): 2 out-of-scope answers fewer, nothing else
changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.asked_acts import SHORT_QUESTION, told_or_disowned
from knowledge_base.carried import entry_words, things_after
from knowledge_base.decision import Thresholds, break_ties
from knowledge_base.index import KbIndex
from knowledge_base.offered import kept_to_offered
from knowledge_base.scored import Candidate

# verbs of hiring, as terms ("menyewa", "disewa", "nyewa" read "sewa")
HIRE = frozenset({"sewa", "rental", "rent", "hire", "charter", "carter"})


def hired_things(index: KbIndex, said: Sequence[str]) -> frozenset[str]:
    """The terms of the things a short question asks to hire."""
    if len(said) > SHORT_QUESTION or told_or_disowned(said):
        return frozenset()
    return frozenset(things_after(index, said, HIRE) - HIRE)  # 'sewa rental' hires no rental


def kept_to_hired(
    index: KbIndex, said: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when a short question
    asks to hire a thing none of its texts names."""
    if not t.hired_things or not ranked or ranked[0].missing_salient:
        return ranked
    things = hired_things(index, said)
    if not things:
        return ranked
    ranked = break_ties(ranked, t)
    if not HIRE.isdisjoint(entry_words(index)[ranked[0].position]):
        return ranked  # an entry hiring things out: the thing may be one of them
    return kept_to_offered(ranked, things, entry_words(index), t)
