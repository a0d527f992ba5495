"""The phrases of a chat message written as one sentence strung together with commas
("min saya baru pindah ke rusun, barang lama mau dibuang tapi ga muat di gerobak, ada
layanan jemput ga"): without a stop between them, its story and its question are its
comma phrases, not its sentences (see :func:`knowledge_base.focus.clauses`).

A comma also separates the items of a list ("lemari, kasur, kursi rusak") and the
parts of a date or an address: a piece too short to be a phrase is such an item, and
stays with the pieces on both sides of it. A
question phrase that names nothing of its own ("..., itu mintanya ke mana", "..., ada
bantuan alat dari pemerintah?") leaves its topic to the story before it, so the
sentence is then read whole, as before: a story weighing less than so bare a question
answered the entry the question alone pointed to (assistive devices for a returned
migrant worker's workshop, a waste fee for bulky rubbish).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from knowledge_base.head import normalised_frame
from knowledge_base.normaliser import Normaliser

# the least number of terms outside the asking frame and offices or places for a
# question phrase to name its own topic: a chat question names it in few words ("jadwal
# lelang ikan di tpi jam berapa", "bagian mana yang boleh buat berenang"); at 3 those
# stayed whole and their story (a ticket already paid) kept answering its own entry
CHAT_TOPIC_TERMS = 2


def comma_phrases(sentence: str, normaliser: Normaliser, least: int) -> list[tuple[str, ...]]:
    """``sentence``'s tokens cut at its commas; a piece of fewer than ``least`` words is
    an item of a list, joined to the pieces on both sides of it."""
    phrases: list[tuple[str, ...]] = []
    listing = False  # the last piece was a list's item: the next one goes on with it
    for part in sentence.split(","):
        tokens = tuple(normaliser.tokens(part))
        if not tokens:
            continue
        short = len(tokens) < least
        if phrases and (listing or short):
            phrases[-1] = phrases[-1] + tokens
        else:
            phrases.append(tokens)
        listing = short
    return phrases


def names_own_topic(normaliser: Normaliser, tokens: Sequence[str]) -> bool:
    """The phrase names at least :data:`CHAT_TOPIC_TERMS` terms outside the asking frame
    ("cara", "syarat", "bikin", "bayar") and the offices and places any service has."""
    frame = _not_topic(normaliser)
    return sum(1 for term in normaliser.terms(tokens) if term not in frame) >= CHAT_TOPIC_TERMS


@lru_cache(maxsize=8)
def _not_topic(normaliser: Normaliser) -> frozenset[str]:
    """The asking frame and the offices and places, as the normaliser's terms."""
    lexicon = normaliser.lexicon
    places = lexicon.service_terms - lexicon.salient_terms
    return normalised_frame(normaliser) | frozenset(normaliser.term(word) for word in places)
