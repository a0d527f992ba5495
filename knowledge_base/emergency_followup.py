"""What follows the 112 pointer: the entries about the emergency's kind of event.

An emergency the knowledge base does not answer gets "did you mean" suggestions after
the 112 pointer. Ranked by words, they follow what the message shares with an entry: "air
sudah sampai pinggang masuk rumah" shares "air" with a new water connection and a water
bill, and the resident standing in a flood is offered a PDAM connection. What helps next
is what the knowledge base says about that kind of event: a flood, a fire or a
landslide is a *disaster* (:func:`knowledge_base.emergency.classes_named`), and the
entries that ask about disasters (the facet of that name, read from their own questions
and keywords: reporting one, aid after it) come first: those the ranking scored, in its
order, then the others that ask it most, up to all places but one: the ranking's best
guess keeps the last (a haze message's health entry stays beside the fire reports:
"asap" is both). A message read as a complaint gets the first of them as its complaint
offer's entry (the FAQ offered beside filing a report), unless the entry it had already
asks about that kind. Nothing here names an entry: the class is read from the message,
the facet from the entries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from knowledge_base.decision import Decision, Intent
from knowledge_base.emergency import classes_named
from knowledge_base.facets import entry_facets, fit
from knowledge_base.index import KbIndex
from knowledge_base.scored import Candidate

# an entry asks a facet when at least this share of its phrasings ask it (one in four:
# an entry on replacing a diploma lost "kebanjiran" asks it in one of six)
MIN_SHARE = 0.25


def followed_up(
    index: KbIndex, ranked: Sequence[Candidate], decision: Decision, text: str, most: int
) -> Decision:
    """``decision`` on an emergency ``text``, with the entries on its kind of event
    offered after the 112 pointer: first among the suggestions (at most ``most`` in all),
    and as the complaint offer's entry when the one it had asks about another kind. An
    answer keeps its own."""
    if decision.intent is Intent.FAQ:
        return decision
    classes = classes_named(text)
    if not classes:
        return decision
    profiles = entry_facets(index).profiles
    asking = {p for p, profile in enumerate(profiles) if fit(profile, classes) >= MIN_SHARE}
    if not asking:
        return decision
    scored = [c.position for c in ranked if c.position in asking]
    rest = sorted(asking.difference(scored), key=lambda p: (-fit(profiles[p], classes), p))
    # the others fill the places but one: the ranking's best guess keeps the last
    room = max(most - 1 - len(scored), 0) if decision.suggestions else most
    first = [index.entries[p].entry.id for p in (*scored, *rest[:room])]
    kept = [entry_id for entry_id in decision.suggestions if entry_id not in first]
    related = decision.related
    if decision.intent is Intent.COMPLAINT and related not in first:
        related = first[0]
    return replace(decision, suggestions=tuple((first + kept)[:most]), related=related)
