"""Low-level text cleaning: Unicode, case, invisible marks, tokens, repeated letters
and reduplication. Pure functions, no lexicon knowledge."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable
from functools import lru_cache

# zero-width characters, bidi controls, soft hyphen, BOM, variation selectors, U+FFFD
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe00-\ufe0f\ufeff\ufffd]"
)
# a word (letters/digits, no underscore) or one other visible character
_PIECE = re.compile(r"[^\W_]+|[^\w\s]")
# letters only: "5000" and "1000" are amounts, no "50" and "10"
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_REDUP = re.compile(r"^([^\W\d_]{2,})2$")
_LETTERS_DIGITS = re.compile(r"\d+|[^\W\d_]+")
# a form's code: letters, a dash, a number ("AK-1", the job seeker's card)
_CODE = re.compile(r"(?<![^\W_])([^\W\d_]{1,4})-(\d{1,3})(?![^\W_])")
# Latin letters with an accent, as Sundanese and Javanese spell their vowels ("nembé",
# "rék", "kènèh") and loans keep theirs ("café"): read as the plain letter, the way
# Indonesian is written and a knowledge base's words are
_ACCENTS = str.maketrans("àáâäèéêëìíîïòóôöùúûü", "aaaaeeeeiiiioooouuuu")


def clean(text: str) -> str:
    """NFKC, drop invisible marks, case-fold, plain vowels for accented ones."""
    text = unicodedata.normalize("NFKC", text)
    return _INVISIBLE.sub("", text).casefold().translate(_ACCENTS)


def _is_symbol(char: str) -> bool:
    return unicodedata.category(char) in ("So", "Sk")


def raw_tokens(text: str) -> list[str]:
    """Word tokens (letters/digits of any script) and standalone symbols such as emoji."""
    return [
        piece
        for piece in _PIECE.findall(text)
        if len(piece) > 1 or piece.isalnum() or _is_symbol(piece)
    ]


@lru_cache(maxsize=16)
def words_of(text: str) -> tuple[str, ...]:
    """``raw_tokens(clean(text))``, remembered for the last few texts: one message is
    read by the normaliser, the language test and the emergency rules alike."""
    return tuple(raw_tokens(clean(text)))


def squeeze_repeats(token: str) -> str:
    """Letters repeated three or more times become one: ``bgttt`` -> ``bgt``."""
    return _REPEATS.sub(r"\1", token)


def squeeze_doubles(token: str) -> str:
    """Every doubled letter becomes one: ``okee`` -> ``oke`` (used only for unknown words);
    not across a closing "-nya", whose "n" a word ending in "n" doubles ("calonnya" is
    "calon" + "nya", no "calonya", read as "calo", a tout)."""
    if token.endswith("nya") and len(token) > 5:
        return re.sub(r"(.)\1+", r"\1", token[:-3]) + "nya"
    return re.sub(r"(.)\1+", r"\1", token)


def strip_reduplication(token: str) -> str:
    """``jadi2`` -> ``jadi``: the digit 2 marks a repeated word in chat Indonesian."""
    match = _REDUP.match(token)
    return match.group(1) if match else token


@lru_cache(maxsize=65536)
def plain_token(token: str) -> str:
    """``strip_reduplication(squeeze_repeats(token))``, remembered per word: words
    repeat across messages, and each regular expression costs more than a look-up."""
    return strip_reduplication(squeeze_repeats(token))


def split_letters_digits(token: str) -> list[str]:
    """``24jam`` -> ``24 jam``; ``3x`` -> ``3 x``."""
    return _LETTERS_DIGITS.findall(token) or [token]


def collapse_repeated_words(tokens: list[str]) -> list[str]:
    """``alun alun`` -> ``alun``: a hyphenated reduplication counts once."""
    out: list[str] = []
    for token in tokens:
        if not out or out[-1] != token:
            out.append(token)
    return out


def has_question_mark(text: str) -> bool:
    return "?" in text or "？" in text


RUN_TOGETHER = 12  # letters: longer, an unbroken word is several words written together


def _joined_at_a_double(word: str) -> bool:
    """Words written together where one ends in the letter the next opens with
    ("pbbbisa": "pbb" + "bisa"): a long word whose letters repeat three times, never
    more, and not at its end (where a writer stretches one: "tolonggg")."""
    if len(word) < RUN_TOGETHER or not word.isalpha():
        return False
    runs = list(_REPEATS.finditer(word))
    return bool(runs) and all(len(r.group()) == 3 and r.end() < len(word) for r in runs)


def prepared_tokens(words: Iterable[str], keys: Container[str]) -> list[str]:
    """Words as :func:`plain_token` reads them, letters and digits apart ("24jam"), a
    hyphenated reduplication once; a lexicon key is kept as written ("pppk" is no "pk",
    "3x" stays one)."""
    tokens: list[str] = []
    for raw in words:
        # a short word is never joined at a double: no call to find that out
        joined = len(raw) >= RUN_TOGETHER and _joined_at_a_double(raw)
        token = raw if raw in keys or joined else plain_token(raw)
        if token in keys or token.isalpha() or token.isdigit():
            tokens.append(token)
        else:
            tokens.extend(split_letters_digits(token))
    return collapse_repeated_words(tokens)


def coded_tokens(text: str, keys: Container[str]) -> list[str]:
    """:func:`prepared_tokens` of ``text``, with a form's code written with a dash read
    as the one lexicon word it is ("AK-1" is "ak1", the job seeker's card, as written
    together), not as its letters and number apart: "ak" alone is chat's "aku" (I)."""
    tokens = prepared_tokens(words_of(text), keys)
    if "-" not in text:
        return tokens  # most messages: no code to join
    codes = {a + b for a, b in _CODE.findall(clean(text)) if a + b in keys}
    if not codes:
        return tokens
    joined: list[str] = []
    for token in tokens:
        if joined and token.isdigit() and joined[-1] + token in codes:
            joined[-1] += token
        else:
            joined.append(token)
    return joined
