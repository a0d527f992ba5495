"""Emergencies are not complaints: a message reporting a fire, a crime in progress or a
medical emergency happening now is pointed to 112 first. The pointer never hides the
rest: the resident still gets the answer, the complaint offer or the suggestions (see
:func:`handlers.resident.faq.answer_free_text`). The rules live in
:mod:`knowledge_base.emergency`, so ``aduan kb match`` reports the same decision."""

from __future__ import annotations

from knowledge_base.emergency import is_emergency


def looks_like_emergency(text: str | None) -> bool:
    return bool(text) and is_emergency(text or "")
