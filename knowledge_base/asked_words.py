"""The words a short message asks, apart from what it tells as given or disowns (see
:mod:`knowledge_base.given`): what its facets and errands are read from."""

from __future__ import annotations

from collections.abc import Callable

from knowledge_base.chat_phrases import names_own_topic
from knowledge_base.normaliser import Analysis, Normaliser
from knowledge_base.sentences import LONG_MESSAGE


def asked_tokens(analysis: Analysis, term: Callable[[str], str]) -> tuple[str, ...]:
    """The tokens whose words are asked: a short message's given or disowned words
    (its background, ``term`` reading each token's) left out ("tiket sudah bayar,
    kursus daftarnya di mana" asks no cost). A long message's story keeps them: there
    the facets the story names often are the question's ("... permohonan saya ditolak
    ... langkah apa"), and leaving them out turned four right answers wrong on the
    development messages."""
    background = analysis.background
    if not background or len(analysis.tokens) >= LONG_MESSAGE:
        return analysis.tokens
    return tuple(t for t in analysis.tokens if term(t) not in background)


def errand_tokens(analysis: Analysis, normaliser: Normaliser) -> tuple[str, ...]:
    """The tokens an errand is read from (see :mod:`knowledge_base.errands`): the words
    asked (:func:`asked_tokens`), and in a long message whose question names a topic of
    its own (see :func:`knowledge_base.chat_phrases.names_own_topic`) its asking clauses
    alone. An errand vetoes every entry that does not deal with it, and one told in the
    story ("semua lowongan minta kartu kuning", "notaris bilang harus urus balik nama
    sertifikat") led to the question rather than being asked: on the development
    messages three long stories withheld for it were answered right, and nothing else
    changed. A question naming no topic ("Di mana bikinnya, bawa apa?") leaves it to the
    story, errand and all."""
    tokens = asked_tokens(analysis, normaliser.term)
    background = analysis.background
    if tokens is not analysis.tokens or not background:
        return tokens  # a short message: read as asked
    asked = tuple(t for t in tokens if normaliser.term(t) not in background)
    return asked if names_own_topic(normaliser, asked) else tokens
