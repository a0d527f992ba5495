"""After the 112 pointer, an emergency the knowledge base does not answer is followed by
the entries on its kind of event: a flood, a fire or a landslide by the entries on
disasters, not by an entry that only shares a word with it (a PDAM connection for "air"
keeps at most the last place, the ranking's best guess; see
knowledge_base/emergency_followup.py)."""

from __future__ import annotations

import pytest

from domain.messages import OutgoingMessage
from tests.turns.rig import TurnRig

# the buttons that are no entry: filing a report, or declining to
_NOT_ENTRIES = ("📢", "Tidak, saya", "No, I")
# how the sample KB's two disaster entries (reporting one, aid after one) are labelled
_DISASTER = ("bencana", "rusak akibat", "disaster", "damaged by")


def suggestions(sent: list[OutgoingMessage]) -> list[str]:
    """The labels of the entries offered after the 112 pointer, lower-cased."""
    labels = [b.label for message in sent[1:] for row in message.buttons for b in row]
    return [label.lower() for label in labels if not label.startswith(_NOT_ENTRIES)]


def about_disasters(label: str) -> bool:
    return any(words in label for words in _DISASTER)


@pytest.mark.parametrize(
    "text",
    [
        "air sudah sampai pinggang masuk rumah, tolong",
        "banjir besar air masuk rumah",
        "air terus naik sudah masuk ke dalam rumah kami, anak-anak di loteng",
    ],
)
async def test_a_flood_is_followed_by_the_disaster_entries_not_the_water_connection(
    turns: TurnRig, text: str
) -> None:
    sent = await turns.say(text)
    assert "112" in sent[0].text
    offered = suggestions(sent)
    assert offered and about_disasters(offered[0])
    assert not any("air minum" in label for label in offered[:2])


async def test_a_flood_told_in_english_is_followed_by_the_disaster_entries_in_english(
    turns: TurnRig,
) -> None:
    sent = await turns.say("the flood water is coming into our house, it is up to my knees")
    assert "112" in sent[0].text
    offered = suggestions(sent)
    assert offered and about_disasters(offered[0])
    assert not any("water connection" in label for label in offered[:2])


async def test_an_answered_landslide_keeps_its_answer_after_the_pointer(turns: TurnRig) -> None:
    sent = await turns.say("longsor menimpa rumah warga, ada yang tertimbun")
    assert "112" in sent[0].text
    assert "Pusdalops" in sent[1].text  # the sample KB's entry on reporting a disaster


async def test_someone_fainting_is_not_followed_by_the_disaster_entries(turns: TurnRig) -> None:
    sent = await turns.say("bapak saya pingsan tidak sadar")
    assert "112" in sent[0].text
    assert not any(about_disasters(label) for label in suggestions(sent))


async def test_an_emergency_told_of_someone_in_english_gets_the_pointer_in_english(
    turns: TurnRig,
) -> None:
    sent = await turns.say("my father is dying, he cannot breathe")
    assert "112" in sent[0].text
    assert "If this is an emergency" in sent[0].text


@pytest.mark.parametrize(
    "text",
    ["banjir sudah masuk rumah, air terus naik", "banjir masuk rumah air terus naik tolong"],
)
async def test_a_flood_now_gets_the_pointer_and_the_disaster_entries_not_the_water_bill(
    turns: TurnRig, text: str
) -> None:
    sent = await turns.say(text)
    assert "112" in sent[0].text
    assert not any("meteran air" in message.text for message in sent[1:])  # the bill's answer
    offered = suggestions(sent)
    assert offered and about_disasters(offered[0])


async def test_a_stabbing_now_gets_the_pointer_and_the_emergency_entry_not_a_neglected_person(
    turns: TurnRig,
) -> None:
    sent = await turns.say("a man is stabbing people at the market now")
    assert "If this is an emergency" in sent[0].text
    assert not any("Social Affairs Office" in message.text for message in sent[1:])
    offered = suggestions(sent)
    assert offered and "emergencies" in offered[0]
