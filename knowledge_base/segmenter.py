"""Split run-together words (``rekamktp``, ``cekbansos``) into known words."""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Set
from dataclasses import dataclass

VOWELS = frozenset("aeiou")
MIN_PIECE = 3
MAX_PIECES = 3
# a whole message typed without spaces ("syaratbikinaktakelahiran") is many words: a
# word longer than three pieces of four letters may split into one piece per four letters
# of it, rounded up ("syaratpbgapaaja": four), at most eight
LETTERS_PER_PIECE = 4
MAX_LONG_PIECES = 8
MAX_LENGTH = 40
MIN_WORD = 7
MIN_JOINED = 6  # a joined lexicon phrase keeps six letters ("jobfair", "kartukk")
# the clitic particles a chat word may run into ("diupdate", "ketemu" as "ke temu")
LEADING_PARTICLES = frozenset(["di", "ke"])


def is_particle_split(pieces: list[str]) -> bool:
    """A word run together with a leading particle: the first piece is one, every
    other piece is a word of three letters or more."""
    return pieces[0] in LEADING_PARTICLES and min(map(len, pieces[1:])) >= 3


def segment(
    word: str,
    vocabulary: Container[str],
    short_words: Set[str] = frozenset(),
    preferred: Container[str] = frozenset(),
) -> list[str] | None:
    """The split of ``word`` into the fewest known pieces, or None; of two splits into
    as many pieces, the one with more ``preferred`` pieces (the KB's own words), else the
    first found.

    Pieces come from ``vocabulary`` and are at least three letters long, except
    ``short_words`` (known two-letter terms such as ``kk``)."""
    if len(word) < MIN_WORD or len(word) > MAX_LENGTH or not word.isalpha():
        return None
    n = len(word)
    most = max(MAX_PIECES, min(MAX_LONG_PIECES, -(-n // LETTERS_PER_PIECE)))
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            previous = best[start]
            if previous is None or len(previous) >= most:
                continue
            piece = word[start:end]
            if piece not in vocabulary:
                continue
            if len(piece) < MIN_PIECE and piece not in short_words:
                continue
            candidate = [*previous, piece]
            current = best[end]
            if current is None or _better(candidate, current, preferred):
                best[end] = candidate
    result = best[n]
    return result if result is not None and len(result) > 1 else None


def _better(candidate: list[str], current: list[str], preferred: Container[str]) -> bool:
    """Fewer pieces, or as many with more of them ``preferred``."""
    if len(candidate) != len(current):
        return len(candidate) < len(current)
    kept = sum(piece in preferred for piece in candidate)
    return kept > sum(piece in preferred for piece in current)


@dataclass(frozen=True)
class Pieces:
    """The pieces a run-together word may split into: the KB's words and service names,
    and the lexicons' and everyday words of four letters or more ("meng elu pas" is no
    reading of "mengelupas"), checked without building their union."""

    kb: tuple[Container[str], ...]
    others: tuple[Container[str], ...]
    # chat's three-letter words with a vowel ("aja", "gak") and joined phrases ("topup",
    # "jobfair"), which a whole message run together is made of as much as of others
    chat: Container[str] = frozenset()

    @classmethod
    def of(
        cls,
        kb: tuple[Container[str], ...],
        others: tuple[Container[str], ...],
        chat: tuple[Iterable[str], Iterable[str]],
    ) -> Pieces:
        """Pieces with chat's: its three-letter words with a vowel (of the lexicon's
        one-word sources, ``chat[0]``) and the joined forms of its phrases (``chat[1]``)."""
        single, joined = chat
        short = (w for w in single if len(w) == 3 and w.isalpha() and VOWELS & set(w))
        return cls(kb, others, frozenset((*short, *joined)))

    def __contains__(self, word: object) -> bool:
        if self.in_kb(word) or word in self.chat:
            return True
        return isinstance(word, str) and len(word) >= 4 and any(word in o for o in self.others)

    def in_kb(self, word: object) -> bool:
        """A word of the KB or a service name: preferred where splits tie."""
        return any(word in words for words in self.kb)


@dataclass(frozen=True)
class _KbPieces:
    """The KB's own pieces of a :class:`Pieces`, as a container."""

    pieces: Pieces

    def __contains__(self, word: object) -> bool:
        return self.pieces.in_kb(word)


def joined_phrases(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Lexicon phrases of several words, written as one ("jobfair", "streetlight"), each
    by its joined form; a form two phrases share is left out."""
    found: dict[str, tuple[str, ...] | None] = {}
    for phrase in phrases:
        joined = "".join(phrase)
        if len(phrase) > 1 and len(joined) >= MIN_JOINED and joined.isalpha():
            found[joined] = None if joined in found and found[joined] != phrase else phrase
    return {joined: phrase for joined, phrase in found.items() if phrase is not None}


def run_together(
    word: str, pieces: Container[str], joined: Mapping[str, tuple[str, ...]]
) -> list[str]:
    """``word`` split into ``pieces`` (see :func:`segment`), a joined lexicon phrase among
    them as its words ("jadwaljobfair": jadwal, job, fair); the word itself when it does
    not split."""
    preferred: Container[str] = _KbPieces(pieces) if isinstance(pieces, Pieces) else frozenset()
    found = segment(word, pieces, preferred=preferred) or [word]
    return [w for piece in found for w in joined.get(piece, (piece,))]
