"""Masking personal data in text that is going to be published.

Applied once, before a report is stored for publication: phone numbers, NIK (the
16-digit national identity number), e-mail addresses, bank-account and other long
numbers, and the personal names that the ticket itself holds (the resident's display
name and username, a requester's first and last name). Over-masking is the safe side:
a masked date is a small loss, an unmasked phone number is a leak.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NAME = "[nama]"
PHONE = "[telepon]"
NIK = "[NIK]"
EMAIL = "[email]"
NUMBER = "[nomor]"

_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# a run of digits with single separators inside it: "0812-3456 7890", "+62 812.3456.7890"
_DIGIT_RUN = re.compile(r"(?<![\w+])\+?\d(?:[\s.\-/]?\d)+(?!\w)")
# a shorter number right after a word that says it is personal (rekening 12345678)
_LABELLED = re.compile(
    r"\b(?P<label>no\.?\s*rek(?:ening)?|rek(?:ening)?|akun|account|nik|ktp|kk|va|"
    r"virtual account|npwp|no\.?\s*(?:hp|wa|telp|telepon))\b[\s.:#-]*"
    r"(?P<number>\d[\d\s.\-]{4,}\d)",
    re.IGNORECASE,
)
_USERNAME = re.compile(r"@[A-Za-z0-9_]{3,}")
MIN_NUMBER_DIGITS = 10  # shorter runs are dates, house numbers, RT/RW, amounts
MIN_NAME_PART = 3
# words that often appear inside names but must not be masked everywhere in the text
_COMMON_WORDS = frozenset(
    {
        "bin", "binti", "dan", "jalan", "jl", "desa", "kampung", "pak", "bu", "ibu",
        "bapak", "mas", "mbak", "haji", "hajjah", "dr", "ir", "sh", "se", "spd",
    }
)  # fmt: skip


def _classify(run: str) -> str:
    digits = re.sub(r"\D", "", run)
    if run.startswith("+62") or digits.startswith(("62", "08")):
        return PHONE
    if len(digits) == 16:
        return NIK
    if digits.startswith("0") and 9 <= len(digits) <= 13:
        return PHONE  # a landline with its area code
    return NUMBER


def _mask_run(match: re.Match[str]) -> str:
    run = match.group(0)
    if len(re.sub(r"\D", "", run)) < MIN_NUMBER_DIGITS:
        return run
    return _classify(run)


def _mask_labelled(match: re.Match[str]) -> str:
    label = match.group("label")
    lowered = label.lower()
    if lowered in ("nik", "ktp", "kk"):
        kind = NIK
    elif re.search(r"hp|wa|telp", lowered):
        kind = PHONE
    else:
        kind = NUMBER
    return f"{label} {kind}"


def name_patterns(names: Iterable[str | None]) -> tuple[re.Pattern[str], ...]:
    """Patterns for the names given: each whole name, then each of its parts long
    enough not to be a particle, longest first (so "Siti Aminah" goes before "Siti")."""
    parts: set[str] = set()
    for name in names:
        cleaned = " ".join((name or "").replace("@", " ").split())
        if len(cleaned) < MIN_NAME_PART:
            continue
        parts.add(cleaned)
        for word in re.split(r"[\s.,]+", cleaned):
            if len(word) >= MIN_NAME_PART and word.lower() not in _COMMON_WORDS:
                parts.add(word)
    ordered = sorted(parts, key=len, reverse=True)
    return tuple(
        re.compile(r"(?<!\w)@?" + re.escape(part) + r"(?!\w)", re.IGNORECASE) for part in ordered
    )


def redact(text: str, names: Iterable[str | None] = ()) -> str:
    """``text`` with personal data masked (see the module docstring)."""
    if not text:
        return text
    masked = _EMAIL.sub(EMAIL, text)
    masked = _LABELLED.sub(_mask_labelled, masked)
    masked = _DIGIT_RUN.sub(_mask_run, masked)
    for pattern in name_patterns(names):
        masked = pattern.sub(NAME, masked)
    return _USERNAME.sub(NAME, masked)
