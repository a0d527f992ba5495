"""The head of a short question: the first word naming what is asked about, after the
asking frame ("syarat bikin KIA" -> "kia", "daftar CPNS kapan dibuka" -> "cpns").

The frame is the language's, not a knowledge base's: question words and the verbs of
asking for a service (make, register, renew, pay...), in Indonesian; English words reach
here already translated by the normaliser.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from wordfreq import zipf_frequency

from knowledge_base.common_words import INDONESIAN_ZIPF
from knowledge_base.index import KbIndex
from knowledge_base.lexicon import QUESTION_WORDS

REQUEST_WORDS = frozenset(
    [
        "bikin",
        "buat",
        "membuat",
        "pembuatan",
        "urus",
        "mengurus",
        "pengurusan",
        "daftar",
        "mendaftar",
        "pendaftaran",
        "ganti",
        "mengganti",
        "cek",
        "mengecek",
        "bayar",
        "membayar",
        "lapor",
        "melapor",
        "minta",
        "meminta",
        "ajukan",
        "mengajukan",
        "perpanjang",
        "cetak",
        "pasang",
        "mau",
        "ingin",
        "tanya",
        "info",
        "informasi",
        "jadwal",
        "jam",
        "buka",
        "layanan",
        "pelayanan",
    ]
)


def frame_terms(index: KbIndex) -> frozenset[str]:
    """The frame words as this index's terms (stemmed as the KB's words are)."""
    key = "frame_terms"
    cached = index.cache.get(key)
    if cached is None:
        term = index.normaliser.term
        index.cache[key] = cached = frozenset(term(w) for w in QUESTION_WORDS | REQUEST_WORDS)
    return cached  # type: ignore[return-value]


@dataclass(frozen=True)
class Head:
    term: str
    known: bool  # a word of the KB, of the lexicons or of everyday Indonesian


def head_of(index: KbIndex, tokens: tuple[str, ...]) -> Head | None:
    """The message's first content word outside the frame, if any, as a term, and
    whether it is a known word (a typo the normaliser could not mend is not)."""
    normaliser = index.normaliser
    frame = frame_terms(index)
    for token in tokens:
        term = normaliser.content_term(token)
        if term is not None and term not in frame:
            known = term in index.idf or token in normaliser.vocabulary or is_indonesian_word(token)
            return Head(term, known)
    return None


@lru_cache(maxsize=4096)
def is_indonesian_word(word: str) -> bool:
    """An everyday Indonesian word ("vaksin", "perpustakaan"), by wordfreq's lists (see
    :mod:`knowledge_base.common_words`): frequent enough and more frequent in Indonesian
    than in English ("first" is English; a resident's English reaches here translated
    where the normaliser knows it)."""
    indonesian = zipf_frequency(word, "id", wordlist="small")
    return indonesian >= INDONESIAN_ZIPF and indonesian > zipf_frequency(
        word, "en", wordlist="small"
    )


def load_word_lists() -> None:
    """Pay wordfreq's first-call cost (its tokeniser, ~50 ms) when the matcher is built,
    not on a resident's first message. The "small" lists are the ones
    :mod:`common_words` already holds, and they reach below the Indonesian threshold, so
    the answers are those of the large lists (whose English one alone took ~0.8 s to load
    on the first message that asked)."""
    is_indonesian_word("jalan")
