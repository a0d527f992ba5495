"""A ticket's category: the agencies' keyword its description names (the longest one,
the ticket's own agency's first), recorded when the ticket is made so that figures can
count categories without reading every description again."""

from __future__ import annotations

import re
import unicodedata

from domain.agencies import Agency, AgencyDirectory

MAX_LENGTH = 64


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return " " + re.sub(r"[^\w]+", " ", text).strip() + " "


def _best(folded: str, agencies: list[Agency]) -> str | None:
    found = [
        keyword.strip().lower()
        for agency in agencies
        for keyword in agency.keywords
        if _fold(keyword).strip() and _fold(keyword) in folded
    ]
    if not found:
        return None
    return max(found, key=lambda k: (len(k.split()), len(k)))[:MAX_LENGTH]


def category_for(text: str, directory: AgencyDirectory, agency_code: str | None) -> str | None:
    folded = _fold(text)
    own = directory.get(agency_code)
    if own is not None and (category := _best(folded, [own])):
        return category
    return _best(folded, list(directory.agencies))
