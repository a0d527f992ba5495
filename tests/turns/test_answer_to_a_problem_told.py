"""A question answered from the knowledge base that also tells a concrete problem ("lampu
jalan mati 2 minggu, lapor ke mana?") gets the report offered beside the answer: the
resident who reports while asking is never left with the bare answer (issue 13)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.channels.whatsapp.layout import MAX_REPLY_BUTTONS, REPLY_TITLE_LIMIT
from domain.i18n import Translator
from domain.messages import OutgoingMessage
from storage.models import Ticket
from tests.turns.rig import TurnRig, text_of


def labels(sent: list[OutgoingMessage]) -> list[str]:
    """The buttons of the last message sent (a new resident's welcome comes first)."""
    return [b.label for row in sent[-1].buttons for b in row]


async def test_a_question_telling_a_problem_gets_its_answer_with_the_report_first(
    turns: TurnRig,
) -> None:
    sent = await turns.say("lampu jalan di gang kami mati sudah 2 minggu, lapor ke mana?")
    assert "lampu" in text_of(sent).lower()  # the street-light entry's answer
    assert labels(sent)[:3] == ["📢 Laporkan masalah", "👍 Membantu", "👎 Belum membantu"]


async def test_the_report_offered_beside_an_answer_carries_the_message_as_its_description(
    turns: TurnRig,
) -> None:
    message = "jalan depan SD Negeri 2 berlubang besar sudah sebulan, ngadu ke mana ya?"
    await turns.say(message)
    asked = await turns.press("Laporkan masalah")
    assert "Dinas Pekerjaan Umum" in text_of(asked)  # the report's agency, from the message
    await turns.press("Ya, benar")
    await turns.say("Jl. Raya Sukamaju km 3, Desa Sukamaju")
    await turns.press("Lewati")
    await turns.press("Publik")
    done = await turns.press("Kirim")
    assert "ADU-" in text_of(done)
    async with turns.sessions() as session:
        ticket = (await session.execute(select(Ticket))).scalars().one()
    assert "berlubang besar" in ticket.description


async def test_a_plain_question_gets_its_answer_without_a_report_offer(turns: TurnRig) -> None:
    sent = await turns.say("syarat bikin ktp elektronik pertama kali apa saja")
    assert labels(sent) == ["👍 Membantu", "👎 Belum membantu"]


async def test_an_english_question_telling_a_problem_gets_the_report_in_english(
    turns: TurnRig,
) -> None:
    sent = await turns.say(
        "the street light on our road has been broken for two weeks, who do I tell?"
    )
    assert "📢 Report a problem" in labels(sent)


@pytest.mark.parametrize("language", ["id", "en"])
def test_an_answer_with_the_report_offer_still_fits_whatsapps_three_reply_buttons(
    language: str,
) -> None:
    t = Translator(language)
    row = [t("faq-report-problem"), t("faq-helpful"), t("faq-not-helpful")]
    assert len(row) <= MAX_REPLY_BUTTONS
    assert all(len(label) <= REPLY_TITLE_LIMIT for label in row)
