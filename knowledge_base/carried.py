"""A thing a short question asks leave to bring or keep that the entry never names: "naik
feri boleh bawa anjing peliharaan?" of the ferry timetable, "boleh bawa anjing masuk
pantai?" of the beach's tickets and hours, "tinggal di rusunawa boleh pelihara kucing
ga" of the flats' tenancy requirements.

Such a question shares the place or the service with the entry (the ferry, the beach,
the flats); what it asks is whether a thing may come along, and an entry none of whose
texts (questions, keywords, answer) names that thing says nothing of it: offered ("did
you mean"), not answered. The thing is the first content word within two words after a
verb of bringing or keeping (:data:`CARRY`), in a question of at most
:data:`knowledge_base.asked_acts.SHORT_QUESTION` words that asks leave (:data:`LEAVE`);
a direction after the verb ("bawa pulang": take home) names no thing. The entry naming it keeps it
answered: "speedboat bisa bawa motor?" of the vehicle-fare entry.

Dev (22 KBs): 5 out-of-scope answers fewer (a dog on a ferry, a boat and a beach, a cat
in the flats, food brought into a ward), no right answer withheld ("kartu perpus sekali
pinjam boleh bawa pulang berapa buku" withheld before the directions were left out).
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.asked_acts import SHORT_QUESTION
from knowledge_base.decision import Thresholds
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.offered import kept_to_offered
from knowledge_base.scored import Candidate

# verbs of bringing or keeping, as terms ("membawa", "dibawa", "bw" read "bawa")
CARRY = frozenset({"bawa", "pelihara", "bring", "keep"})
# words asking leave ("bole" is "boleh")
LEAVE = frozenset({"boleh", "bisa", "can", "allowed", "may"})
# a direction or motion after the verb: "bawa pulang", "bring back" name no thing
DIRECTIONS = frozenset(
    {"pulang", "balik", "kembali", "masuk", "keluar", "pergi", "home", "back", "in", "out"}
)
# English determiners the normaliser keeps as words
DETERMINERS = frozenset({"my", "the", "a", "an", "our", "your"})
REACH = 2  # words after the verb the thing is looked for in


def entry_words(index: KbIndex) -> tuple[frozenset[str], ...]:
    """Per entry position, the terms of all its texts, answer included."""
    return built_once(
        index.cache,
        "carried_entry_words",
        tuple,
        lambda: tuple(item.terms | item.answer_terms for item in index.entries),
    )


def carried_things(index: KbIndex, said: Sequence[str]) -> frozenset[str]:
    """The terms of the things a short question asks leave to bring or keep."""
    if len(said) > SHORT_QUESTION or LEAVE.isdisjoint(said):
        return frozenset()
    return frozenset(things_after(index, said, CARRY))


def things_after(index: KbIndex, said: Sequence[str], verbs: frozenset[str]) -> set[str]:
    """The term of the first content word within :data:`REACH` words after each of
    ``verbs`` (as typed or as a term) in ``said``: the thing the verb acts on. A direction
    after the verb names no thing, and neither does a frame word or a determiner."""
    normaliser, frame = index.normaliser, frame_terms(index)
    things: set[str] = set()
    for i, token in enumerate(said):
        if token not in verbs and normaliser.term(token) not in verbs:
            continue
        for word in said[i + 1 : i + 1 + REACH]:
            if word in DIRECTIONS:
                break
            term = normaliser.content_term(word)
            if term is not None and term not in frame and word not in DETERMINERS:
                things.add(term)
                break
    return things


def kept_to_carried(
    index: KbIndex, said: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when a short question
    asks leave to bring or keep a thing none of its texts names."""
    if not t.carried_things or not ranked or ranked[0].missing_salient:
        return ranked
    return kept_to_offered(ranked, carried_things(index, said), entry_words(index), t)
