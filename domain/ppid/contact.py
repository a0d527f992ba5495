"""A requester's contact: an Indonesian phone number or an e-mail address, checked and
normalised (``+6281234567890``, ``nama@contoh.go.id``). Anything else is refused with
the reason, so the resident can be asked again with a clear hint."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class ContactKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"


class ContactProblem(StrEnum):
    """Why a reply is not a usable contact (each has a catalog text ``contact-<value>``)."""

    EMAIL = "bad-email"  # has an @ but is not an address
    PHONE_SHORT = "phone-short"
    PHONE_LONG = "phone-long"
    PHONE_FOREIGN = "phone-foreign"  # another country's code
    PHONE_PREFIX = "phone-prefix"  # digits, but no Indonesian number starts so
    NONE = "none"  # neither digits nor an @


@dataclass(frozen=True)
class ContactAddress:
    kind: ContactKind
    value: str  # normalised: E.164 for phones, lower-case domain for e-mail


_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
EMAIL = re.compile(rf"^({_LOCAL})@((?:{_LABEL}\.)+[A-Za-z]{{2,24}})$")
EMAIL_IN_TEXT = re.compile(
    rf"(?:^|(?<=[\s,;:(<\"']))({_LOCAL}@(?:{_LABEL}\.)+[A-Za-z]{{2,24}})(?=$|[\s,;:)>\"'.!?])"
)
PHONE_IN_TEXT = re.compile(r"\(?\+?\d[\d\s().-]{6,22}\d")
SEPARATORS = re.compile(r"[\s().-]")
LABELS = re.compile(
    r"^(?:no\.?|nomor|nomer|hp|wa|whatsapp|telp\.?|telepon|tel\.?|e-?mail|surel|mailto)\s*[:.]?\s*",
    re.IGNORECASE,
)
MOBILE_DIGITS = range(9, 13)  # after +62: 8xx…, 9 to 12 digits
LANDLINE_DIGITS = range(8, 11)  # after +62: area code and number, 8 to 10 digits
MAX_EMAIL = 254


def _strip_labels(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, LABELS.sub("", text).strip()
    return text


def _email(text: str) -> ContactAddress | ContactProblem:
    match = EMAIL.match(text)
    if match is None or len(text) > MAX_EMAIL or len(match.group(1)) > 64:
        return ContactProblem.EMAIL
    return ContactAddress(ContactKind.EMAIL, f"{match.group(1)}@{match.group(2).lower()}")


def _national(raw: str) -> str | ContactProblem:
    """The digits after Indonesia's country code, from the ways people write them."""
    text = SEPARATORS.sub("", raw)
    if text.startswith("+"):
        if not text.startswith("+62"):
            return ContactProblem.PHONE_FOREIGN
        text = text[3:]
    elif text.startswith("0062"):
        text = text[4:]
    elif text.startswith("62") and len(text) >= 10:
        text = text[2:]
    elif text.startswith("00"):
        return ContactProblem.PHONE_FOREIGN
    elif text.startswith("0"):
        text = text[1:]
    if not text.isdigit():
        return ContactProblem.NONE
    return text.removeprefix("0")  # "+62 (0)812…"


def _phone(text: str) -> ContactAddress | ContactProblem:
    national = _national(text)
    if isinstance(national, ContactProblem):
        return national
    if len(national) < LANDLINE_DIGITS.start:
        return ContactProblem.PHONE_SHORT
    if national.startswith("8"):
        allowed = MOBILE_DIGITS
    elif national[0] in "234567":
        allowed = LANDLINE_DIGITS
    else:
        return ContactProblem.PHONE_PREFIX
    if len(national) < allowed.start:
        return ContactProblem.PHONE_SHORT
    if len(national) >= allowed.stop:
        return ContactProblem.PHONE_LONG
    return ContactAddress(ContactKind.PHONE, "+62" + national)


def _whole(text: str) -> ContactAddress | ContactProblem:
    if "@" in text:
        return _email(text.removeprefix("mailto:"))
    if not any(c.isdigit() for c in text):
        return ContactProblem.NONE
    return _phone(text)


def parse_contact(reply: str) -> ContactAddress | ContactProblem:
    """The contact in a resident's reply, or why there is none.

    The reply as a whole is tried first (``0812-3456-7890``, ``+62 812 3456 7890``,
    ``Budi@Contoh.ID``), after labels such as ``HP:`` or ``email:``; then the single
    contact written inside a sentence (``bisa lewat wa 0812 3456 7890 ya``).
    """
    text = _strip_labels(" ".join(reply.split()))
    whole = _whole(text)
    if isinstance(whole, ContactAddress):
        return whole
    found = [m.group(1) for m in EMAIL_IN_TEXT.finditer(text)]
    found += [m.group(0) for m in PHONE_IN_TEXT.finditer(text) if "@" not in m.group(0)]
    valid = {c.value: c for c in (_whole(f) for f in found) if isinstance(c, ContactAddress)}
    if len(valid) == 1:
        return next(iter(valid.values()))
    return whole


def shown(contact: ContactAddress) -> str:
    """How a normalised contact is shown to people: ``+62 812-3456-7890``."""
    if contact.kind is ContactKind.EMAIL:
        return contact.value
    national = contact.value.removeprefix("+62")
    if national.startswith("8"):
        groups = [national[:3], national[3:7], national[7:]]
        return "+62 " + "-".join(g for g in groups if g)
    return "+62 " + national
