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
from knowledge_base.data_tables import data_lines
from knowledge_base.index import KbIndex
from knowledge_base.lexicon import QUESTION_WORDS
from knowledge_base.memo import built_once
from knowledge_base.normaliser import Normaliser

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


# Words that say for whom or when something is asked, or what kind of answer is wanted,
# never what is asked about: a relative ("keponakan saya belum 17 ...", "mak gue nanya
# ..."), a time ("tengah malam ...", "rencana nikah bulan depan"), or the asking frame in
# other words ("langkah", "berhak", "penerbitan"). A short question's head is the word
# after them, and they name nothing an entry must know: taken for the head, they withheld
# entries the message does name (five right answers on the development messages, none
# wrong or out of scope answered for it).
NOT_HEADS = frozenset(
    [
        "anak",
        "mak",
        "emak",
        "ayah",
        "suami",
        "istri",
        "keponakan",
        "cucu",
        "kakek",
        "nenek",
        "adik",
        "tetangga",
        "teman",
        "saudara",
        "tengah",
        "rencana",
        "tahun",
        "bulan",
        "umur",
        "usia",
        "langkah",
        "tahap",
        "tahapan",
        "format",
        "administrasi",
        "berhak",
        "terbit",
        "penerbitan",
        "bentuk",
        "membentuk",
        "mendirikan",
        # a time or a stage ("selama hamil", "ultah ke-17", "bakal calon"): three
        # withheld right answers on the development messages, nothing else changed
        "selama",
        "ultah",
        "bakal",
        # the documents asked for are the asking frame ("what documents do I need for
        # a billboard permit": three withheld right answers on the development messages)
        "dokumen",
        "berkas",
    ]
)


# What a short question asks of its topic in words the entry need not use: what to bring,
# what it is for, how far it has got, to know it, whether it is charged, still usable,
# when it starts ("akte anak bawa apa", "KIA gunanya apa", "laporan sy udh diproses blm",
# "penerbitan kartu pencari kerja dikenakan biaya?", "kartu kuning 2023 masih bisa
# dipakai", "pelatihan menjahit mulai kapan"). They name nothing the entry must know (see
# :func:`asked_frame_terms`), but they may stand for the head ("what to bring for my first
# e-KTP", "biar laporan diproses, ditulis apa": taken as frame there, the head moved on to
# a word the entry lacks and two right answers were withheld on the development messages)
ASKED_OF_TOPIC = frozenset(["bawa", "guna", "proses", "tahu", "kena", "pakai", "mulai"])


def not_head_terms(index: KbIndex) -> frozenset[str]:
    """:data:`NOT_HEADS` as this index's terms, with the asking frame's (see
    :func:`frame_terms`): the words a short question's head is looked for after."""
    return built_once(
        index.cache,
        "not_head_terms",
        frozenset,
        lambda: (
            frozenset(map(index.normaliser.term, NOT_HEADS))
            | frozenset(map(index.normaliser.term, data_lines("no_things.txt")))
            | frame_terms(index)
        ),
    )


def asked_frame_terms(index: KbIndex) -> frozenset[str]:
    """:func:`not_head_terms` and :data:`ASKED_OF_TOPIC` as this index's terms: the words
    a short question may name that its best entry need not know."""
    return built_once(
        index.cache,
        "asked_frame_terms",
        frozenset,
        lambda: not_head_terms(index) | frozenset(map(index.normaliser.term, ASKED_OF_TOPIC)),
    )


def frame_terms(index: KbIndex) -> frozenset[str]:
    """The frame words as this index's terms (stemmed as the KB's words are)."""
    return normalised_frame(index.normaliser)


@lru_cache(maxsize=8)
def normalised_frame(normaliser: Normaliser) -> frozenset[str]:
    """The frame words as ``normaliser``'s terms, once per normaliser."""
    return frozenset(normaliser.term(w) for w in QUESTION_WORDS | REQUEST_WORDS)


@dataclass(frozen=True)
class Head:
    term: str
    known: bool  # a word of the KB, of the lexicons or of everyday Indonesian


def head_of(
    index: KbIndex, tokens: tuple[str, ...], told: frozenset[str] = frozenset()
) -> Head | None:
    """The message's first content word outside the frame and :data:`NOT_HEADS`, if
    any, as a term, and whether it is a known word (a typo the normaliser could not mend
    is not). ``told``: the terms of what the message says it is not asking about (see
    :mod:`knowledge_base.given`), which are no head: "bukan tanya harga tiket, saya cuma
    mau tahu jadwal speedboat" asks the schedule, not the price. What it says it has is
    left in: "sudah dapat lapak, sekarang bayar retribusinya" asks the stall's fee, and
    passing over "lapak" answered the waste fee on the development messages."""
    normaliser = index.normaliser
    frame = not_head_terms(index)
    for token in tokens:
        term = normaliser.content_term(token)
        if term is not None and term not in frame and term not in told:
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
