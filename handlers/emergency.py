"""Emergencies are not complaints: a message about fire, a crime in progress or a
medical emergency is pointed to 112 before anything else."""

from __future__ import annotations

import re

_EMERGENCY_WORDS = (
    r"kebakaran",
    r"terbakar",
    r"kecelakaan",
    r"darurat",
    r"emergency",
    r"tenggelam",
    r"pingsan",
    r"sekarat",
    r"tidak sadarkan diri",
    r"gak sadar",
    r"nggak sadar",
    r"perampokan",
    r"dirampok",
    r"begal",
    r"dibegal",
    r"penusukan",
    r"ditusuk",
    r"pembunuhan",
    r"dibunuh",
    r"penculikan",
    r"diculik",
    r"pemerkosaan",
    r"diperkosa",
    r"kdrt",
    r"dipukuli",
    r"serangan jantung",
    r"stroke",
    r"melahirkan sekarang",
    r"banjir bandang",
    r"longsor",
    r"tanah longsor",
    r"gempa",
    r"tsunami",
    r"bunuh diri",
    r"overdosis",
    r"keracunan",
    r"ambulans",
    r"ambulance",
    r"\bsos\b",
    r"tolong cepat",
)
_PATTERN = re.compile(r"(?<!\w)(?:" + "|".join(_EMERGENCY_WORDS) + r")(?!\w)", re.IGNORECASE)


def looks_like_emergency(text: str | None) -> bool:
    return bool(text and _PATTERN.search(text))
