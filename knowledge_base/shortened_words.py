"""A vowel-less word that may be one of the knowledge base's own words shortened in chat
("ktp hlg": hilang, "per bdg": bidang, "jrg insang": jaring, "korban bjr": banjir) is
no acronym of a service the entry lacks.

An unknown vowel-less word is read as an acronym, a service named (see
:func:`knowledge_base.weighting.salient_terms`), and a service the best entry never
names keeps it from being answered. Three-letter chat forms that drop a nasal too are
left unread by the vowel expander (see :mod:`knowledge_base.vowels`: "pgn" could be
"pangan" or "pengin"), so they stayed such acronyms, and the entry whose own word the
resident shortened ("ktp hlg prlu srt kehilangan dr polsek gk?" of the lost-card entry)
was withheld for lacking it. Whether it is the word or not, it names no service for
certain: it weighs as an unknown word and vetoes nothing. Only the KB's own words (its
questions, keywords and answers) are fitted: an acronym the KB does not know rarely
has the letters of one of them in order with only vowels and nasals between.
"""

from __future__ import annotations

from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.tokens import words_of
from knowledge_base.vowels import VowelExpander


def kb_word_shortenings(index: KbIndex) -> VowelExpander:
    """The KB's own words, each equally likely, to fit chat forms against."""
    return built_once(index.cache, "kb_word_shortenings", VowelExpander, lambda: _build(index))


def _build(index: KbIndex) -> VowelExpander:
    words = {
        word.lower()
        for item in index.entries
        for text in (*item.entry.questions, *item.entry.keywords, item.entry.answer)
        for word in words_of(text)
    }
    return VowelExpander(frequency={w: 1 for w in words if w.isalpha()})


def shortens_kb_word(index: KbIndex, token: str) -> bool:
    """``token`` may be one of the KB's own words with vowels (and nasals) left out."""
    return kb_word_shortenings(index).fits_any(token)
