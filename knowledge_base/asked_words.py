"""The words a short message asks, apart from what it tells as given or disowns (see
:mod:`knowledge_base.given`): what its facets and errands are read from."""

from __future__ import annotations

from collections.abc import Callable

from knowledge_base.normaliser import Analysis
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
