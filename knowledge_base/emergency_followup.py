"""What follows the 112 pointer: the entries about the emergency's kind of event.

An emergency the knowledge base does not answer gets "did you mean" suggestions after
the 112 pointer. Ranked by words, they follow what the message shares with an entry: "air
sudah sampai pinggang masuk rumah" shares "air" with a new water connection, and "my
father is dying, he cannot breathe" shares breathing with air pollution. What helps next
is what the knowledge base says about that kind of event. The message names its classes
(:func:`knowledge_base.emergency.classes_named`: a fire, a flood or a landslide, someone
fainting or not breathing, a crime, someone drowning or trapped); each entry's own words
say which kinds it speaks of and when it helps (:mod:`knowledge_base.emergency_entries`).
The suggestions are the entries on the message's kinds, or on emergencies in general:
those telling what to do or whom to call now first, then those saying neither, then aid
and paperwork; prevention (training, permits, rules) is no help to someone in danger and
is left out. Within each, those of an agency named for the kind ("damkar") come first,
then those the ranking scored in its order, then those naming the kind most; an entry
naming the kind in fewer than a third of its phrasings only mentions it, and follows
those about it. An entry the ranking scored that speaks of no such kind is left out, and
a knowledge base with none offers no suggestion rather than an unrelated one; one it did
not score joins only when a third of its phrasings name the kind. The ranking's best
guess keeps the last place when it nearly answered (see :data:`STRONG`); one on
replacing what was lost stays after an event that destroys things (:data:`DESTROYING`).
A message read as a complaint gets the first of them about the kind as its complaint
offer's entry (the FAQ offered beside filing a report), or none. An emergency of no
class read (a gas leak, a snake) keeps the ranking's suggestions. Nothing here names an
entry: the class is read from the message, the kind from the entries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from knowledge_base.asking import piece_asks
from knowledge_base.decision import Decision, Intent
from knowledge_base.emergency import calls_for_help, classes_named
from knowledge_base.emergency_entries import (
    BEFORE,
    FITTING,
    GENERAL,
    LOST,
    EntryEmergencies,
    entry_emergencies,
)
from knowledge_base.index import KbIndex
from knowledge_base.scored import Candidate

# an entry is about the emergency's kind when at least this share of its phrasings name
# it (one in three: an entry on replacing a diploma lost "kebanjiran" names it in one of
# six, one on blocked drains that flood a street in one of four): one the ranking did not
# score joins only then, and one that only mentions the kind follows those about it
MIN_SHARE = 1 / 3
# the ranking's best guess keeps the last place when it scores this much, whatever its
# kind: nearly answered, it is what a message read as an emergency by mistake asks
# ("mau ajukan lampu jalan, sering ada pencurian motor"), while a real emergency's
# surface match scores lower ("cannot breathe" with air pollution: 36)
STRONG = 65.0
# the classes of event that destroy things: an entry the ranking scored on replacing what
# was lost or damaged (a family card, a diploma) is paperwork after them, though it never
# names the event ("kk kami hanyut kebawa arus, bikin lagi bawa apa")
DESTROYING = frozenset({"disaster", "fire", "search"})
# a cry for help closing a clause ("air terus naik tolong", "tulung!"): no request for
# information, though "tolong" opens one ("tolong info cara lapor")
_CRY = re.compile(r"\b(?:tolong|tulung|tolongin|help)\b(?=\s*(?:[.,;!]|$))", re.IGNORECASE)


def followed_up(
    index: KbIndex, ranked: Sequence[Candidate], decision: Decision, text: str, most: int
) -> Decision:
    """``decision`` on an emergency ``text``, its suggestions (at most ``most``) and its
    complaint offer's entry the entries on the emergency's kind of event. An answer
    fitting its kind keeps it; one on another kind is taken back (see :func:`_fits`)."""
    classes = classes_named(text)
    if not classes:
        return decision
    kinds = frozenset({GENERAL}).union(*(FITTING[name] for name in classes))
    entries = entry_emergencies(index)
    if decision.intent is Intent.FAQ:
        answered = (c.position for c in ranked if c.entry_id == decision.entry_id)
        if _fits(entries, next(answered, None), kinds, classes) or _asked(index, text):
            return decision
        guesses = tuple(c.entry_id for c in ranked[:most])
        decision = replace(decision, intent=Intent.NONE, entry_id=None, suggestions=guesses)
    order = {c.position: n for n, c in enumerate(ranked)}
    shares = {p: entries.share(p, kinds) for p in range(len(index.entries))}
    if classes & DESTROYING:  # replacing what the event took: paperwork after it
        for p in order:
            if not shares[p] and entries.share(p, frozenset({LOST})) >= MIN_SHARE:
                shares[p] = MIN_SHARE / 2  # related, as a mention
    chosen = [
        p
        for p, share in shares.items()
        if share and entries.when(p) != BEFORE and (p in order or share >= MIN_SHARE)
    ]
    # an entry naming the kind in few of its phrasings only mentions it: after those about it
    chosen.sort(
        key=lambda p: (
            shares[p] < MIN_SHARE,
            entries.when(p),
            not entries.agencies[p] & kinds,
            p not in order,
            order.get(p, 0),
            -shares[p],
            p,
        )
    )
    first = tuple(index.entries[p].entry.id for p in chosen[:most])
    guess = ranked[0] if ranked and decision.suggestions else None
    if guess is not None and guess.score >= STRONG and guess.entry_id not in first:
        first = (*first[: most - 1], guess.entry_id)
    related = decision.related
    if decision.intent is Intent.COMPLAINT:  # an entry about the kind, never a mention
        about = [index.entries[p].entry.id for p in chosen if shares[p] >= MIN_SHARE]
        related = about[0] if about else None
    return replace(decision, suggestions=first, related=related)


def _fits(
    entries: EntryEmergencies, position: int | None, kinds: frozenset[str], classes: frozenset[str]
) -> bool:
    """Whether the answered entry speaks to the emergency: it names one of its kinds (or
    emergencies in general) and is no prevention, or it replaces what an event that
    destroys things took. An answer that only shares a word ("air" of a flood with the
    water bill, a beach's tickets with a child drowning there) is no help after the 112
    pointer: the entries on the kind are offered instead."""
    if position is None:
        return True
    if entries.share(position, kinds):
        return entries.when(position) != BEFORE
    lost = entries.share(position, frozenset({LOST})) >= MIN_SHARE
    return bool(classes & DESTROYING) and lost


def _asked(index: KbIndex, text: str) -> bool:
    """Whether the message asks a question rather than calls for help: one read as an
    emergency though it asks ("asap hitam pabrik bikin sesak napas, lapor ke siapa?",
    "lost a leg in an accident, is there help for a prosthetic leg") keeps the entry
    answering it, while "anak tenggelam di pantai, tolong cepat" is no question about
    the beach's tickets."""
    if calls_for_help(text):
        return False
    return piece_asks(_CRY.sub(" ", text), index.normaliser)
