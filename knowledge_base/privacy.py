"""Mask personal data in free text before it is stored, logged or grouped."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# NIK: exactly 16 digits, optionally written in groups (e.g. 3201 2345 6789 0001)
_NIK = re.compile(r"(?<!\d)(?:\d[ .-]?){15}\d(?!\d)")
# Indonesian mobile/landline numbers: 08.., +62.., 62.., with spaces, dots or dashes
_PHONE = re.compile(r"(?<![\w+])(?:\+62|62|0)(?:[ .-]?\(?\d\)?){7,13}(?!\d)")

NIK_MASK = "[NIK]"
PHONE_MASK = "[TELEPON]"
EMAIL_MASK = "[EMAIL]"


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def mask_personal_data(text: str) -> str:
    """Replace NIKs (16 digits), phone numbers (08.., +62.., 62..) and e-mail addresses."""
    text = _EMAIL.sub(EMAIL_MASK, text)
    text = _NIK.sub(lambda m: NIK_MASK if len(_digits(m.group())) == 16 else m.group(), text)
    return _PHONE.sub(PHONE_MASK, text)
