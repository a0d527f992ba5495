"""Short names residents give a knowledge base's own multi-word phrases, derived from the
KB's text when the index is built, so a KB nobody wrote lexicon lines for still reads
"damkar", "pusling", "gage", "blk" or "sku".

Indonesian shortenings are made in two regular ways:

- initials of every word: "balai latihan kerja" -> "blk", "usaha mikro kecil menengah"
  -> "umkm", "surat keterangan usaha" -> "sku";
- one syllable-like piece of every word, joined: the word's opening ("ganjil genap" ->
  "ga" + "ge"; "pemerintah kota" -> "pem" + "kot"), its last syllable ("pemadam" ->
  "dam", "keliling" -> "ling"), or the same of its root ("kebakaran" -> "bakar" ->
  "kar", "perpustakaan" -> "pustaka" -> "pus").

Such a form is read as its phrase only where it cannot be anything else: it is no word
of the KB, of the lexicons or of everyday Indonesian or English, it is derived from one
phrase only, and the phrase recurs in the KB or is one of its keywords. Two-letter
initials are left alone: chat is full of them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from itertools import product

VOWELS = frozenset("aeiou")
_DIGRAPHS = ("ng", "ny", "kh", "sy")
MIN_SYLLABIC = 4  # a syllabic form keeps four letters ("gage")
MIN_INITIALS = 3  # initials keep three letters
MAX_SYLLABIC_WORDS = 3
MAX_INITIAL_WORDS = 5
MIN_WORD = 2

Phrase = tuple[str, ...]


def syllables(word: str) -> list[str]:
    """Indonesian syllables by the usual rule: a consonant before a vowel opens a
    syllable (ng, ny, kh, sy count as one), a vowel after a vowel opens one too
    ("u-si-a"), except the closing diphthongs ai, au, oi at the end."""
    units: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _DIGRAPHS and i + 2 < len(word) and word[i + 2] in VOWELS:
            units.append(pair)
            i += 2
        else:
            units.append(word[i])
            i += 1
    found: list[str] = []
    current = ""
    for k, unit in enumerate(units):
        vowel = unit in VOWELS
        nxt = units[k + 1] if k + 1 < len(units) else ""
        has_vowel = any(c in VOWELS for c in current)
        opens = False
        if not vowel and nxt in VOWELS and has_vowel:
            opens = True
        elif vowel and current and current[-1] in VOWELS:
            diphthong = current[-1] + unit in ("ai", "au", "oi") and k == len(units) - 1
            opens = not diphthong
        if opens:
            found.append(current)
            current = ""
        current += unit
    if current:
        found.append(current)
    return found


def _openings(word: str) -> set[str]:
    """ "ganjil" -> "ga", "gan"; "kota" -> "ko", "kot"; "pemerintah" -> "pe", "pem"."""
    parts = syllables(word)
    first = parts[0]
    found = {first}
    head = next((i for i, c in enumerate(word) if c in VOWELS), None)
    if head is not None:
        found.add(word[: head + 1])
    if len(parts) > 1 and first[-1] in VOWELS and parts[1][0] not in VOWELS:
        found.add(first + parts[1][0])
    return {f for f in found if len(f) >= 2}


def pieces(word: str, root: str) -> set[str]:
    """The syllable-like pieces a word gives a shortening: its and its root's openings
    and last syllables."""
    found: set[str] = set()
    for form in {word, root}:
        if len(form) < MIN_WORD:
            continue
        found |= _openings(form)
        parts = syllables(form)
        if len(parts) > 1 and len(parts[-1]) >= 2:
            found.add(parts[-1])
    return found


def syllabic_forms(
    phrase: Phrase, root_of: Callable[[str], str], known: dict[str, list[str]] | None = None
) -> set[str]:
    """Every joining of one piece per word, four letters at least; ``known`` remembers
    each word's pieces across phrases."""
    if not 2 <= len(phrase) <= MAX_SYLLABIC_WORDS:
        return set()
    known = {} if known is None else known
    options: list[list[str]] = []
    for word in phrase:
        if word not in known:
            known[word] = sorted(pieces(word, root_of(word)))
        options.append(known[word])
    return {"".join(p) for p in product(*options) if len("".join(p)) >= MIN_SYLLABIC}


def initials(phrase: Phrase) -> str:
    return "".join(w[0] for w in phrase)


def candidate_phrases(
    texts: Iterable[Sequence[str]],
    keywords: Iterable[Sequence[str]],
    is_content: Callable[[str], bool],
) -> set[Phrase]:
    """Runs of two to five content words that recur in the KB (two texts or more), and
    the KB's multi-word keywords."""
    counts: Counter[Phrase] = Counter()
    for tokens in texts:
        seen: set[Phrase] = set()
        run: list[str] = []
        for token in [*tokens, ""]:
            if token and token.isalpha() and is_content(token):
                run.append(token)
                continue
            for size in range(2, min(len(run), MAX_INITIAL_WORDS) + 1):
                for start in range(len(run) - size + 1):
                    seen.add(tuple(run[start : start + size]))
            run = []
        counts.update(seen)
    found = {p for p, n in counts.items() if n >= 2}
    found |= {tuple(k) for k in keywords if len(k) >= 2 and all(w.isalpha() for w in k)}
    return found


def kb_shortenings(
    phrases: Iterable[Phrase], taken: Container[str], root_of: Callable[[str], str]
) -> dict[str, frozenset[Phrase]]:
    """Each derived form that is no ``taken`` word (KB, lexicon and everyday words),
    with the phrases it is derived from; the caller reads only a form of one phrase.
    Initials win over a syllabic reading of the same form ("blk" is never "bal"+"k")."""
    by_initials: dict[str, set[Phrase]] = {}
    by_syllables: dict[str, set[Phrase]] = {}
    known: dict[str, list[str]] = {}
    for phrase in phrases:
        if any(len(w) < MIN_WORD for w in phrase):
            continue
        short = initials(phrase)
        if len(short) >= MIN_INITIALS:
            by_initials.setdefault(short, set()).add(phrase)
        for form in syllabic_forms(phrase, root_of, known):
            by_syllables.setdefault(form, set()).add(phrase)
    found = {f: frozenset(p) for f, p in by_syllables.items() if f not in taken}
    found.update({f: frozenset(p) for f, p in by_initials.items() if f not in taken})
    return found
