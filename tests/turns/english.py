"""A resident who chose English, on the turn seam: everything sent to them from the
moment they chose it (texts, button labels, popups) is checked for Indonesian words
(:mod:`tests.language.detector`), and every message to them must carry their language
(WhatsApp's sender adds its hints and list labels in it). What may stay Indonesian is
named: the sample's place names, the knowledge base's own words, and whatever a test
lets an admin write."""

from __future__ import annotations

from collections.abc import Iterable

from domain.messages import Channel
from tests.language.detector import indonesian_words, leaks
from tests.turns.rig import TurnRig

# Proper names the resident types or the sample keeps in every language.
PLACE_NAMES = ("Sukamaju", "Jl. Raya")
# The language question is asked in both languages, its buttons named in their own.
BILINGUAL = ("Pilih bahasa", "Bahasa Indonesia")


async def choose_english(chat: TurnRig, channel: Channel = Channel.CONSOLE) -> int:
    """The resident (on ``channel``) picks English with /bahasa; returns where their
    English begins (the confirmation is the first English message)."""
    chat.channel = channel
    await chat.say("/bahasa")
    await chat.press("English")
    return len(chat.sender.sent) - 1


def knowledge_words(chat: TurnRig) -> tuple[str, ...]:
    """The knowledge base's English titles and answers: its authors' words (checked by
    ``aduan kb check``, not here)."""
    entries = chat.services.knowledge.kb.entries
    return tuple(text for e in entries for text in (e.title_in("en"), e.answer_in("en")))


def english_leaks(chat: TurnRig, since: int, allowed: Iterable[str] = ()) -> list[object]:
    """What reached the resident since ``since`` in Indonesian (texts, buttons, popups),
    and every message to them not marked English."""
    kept = (*PLACE_NAMES, *BILINGUAL, *knowledge_words(chat), *allowed)
    sent = chat.to_resident(chat.sender.sent[since:])
    found: list[object] = list(leaks(sent, kept))
    found += [("not marked English", m.text[:200]) for m in sent if m.language != "en"]
    for press, popup in chat.answers:
        if press.chat_id == chat.chat_id and popup and indonesian_words(popup, kept):
            found.append((popup, indonesian_words(popup, kept)))
    return found
