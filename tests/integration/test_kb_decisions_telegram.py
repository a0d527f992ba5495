"""Each kind of knowledge-base decision, through `aduan run` (aiogram's real HTTP session
against the fake Bot API server) with the sample KB: the bot answers, offers a complaint,
asks "did you mean" and points to 112 exactly as the matcher (``aduan kb match``)
decides for the same message."""

from __future__ import annotations

from functools import cache

from bot.config import sample_kb_path
from domain.i18n import Translator
from handlers.resident.complaint_steps import MAX_PHOTOS
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher, MatchResult
from tests.fakes.fake_bot_api import FakeBotApi, SentRecord
from tests.fakes.running_bot import button_data, running_bot

RESIDENT = 5550013


@cache
def matcher() -> Matcher:
    return Matcher(load_kb(sample_kb_path()))


def decided(text: str) -> MatchResult:
    return matcher().match(text)


def title(entry_id: str) -> str:
    entry = matcher().kb.get(entry_id)
    assert entry is not None
    return entry.title


def labels(record: SentRecord) -> list[str]:
    return [label for row in record.buttons for label, _ in row]


def to_resident(api: FakeBotApi) -> list[SentRecord]:
    return [r for r in api.sent if r.method == "sendMessage" and r.chat_id == str(RESIDENT)]


async def replies(api: FakeBotApi, count: int, text: str = "", press: str = "") -> list[SentRecord]:
    """The bot's first ``count`` messages to the resident after it sends ``text`` or
    presses the button ``press`` of the last message."""
    before = len(to_resident(api))
    if press:
        api.user_callback(RESIDENT, button_data(to_resident(api)[-1], press))
    else:
        api.user_message(RESIDENT, text)
    await api.wait_for(lambda _r: len(to_resident(api)) >= before + count, timeout=10)
    return to_resident(api)[before : before + count]


async def test_an_answerable_question_gets_its_answer(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    text = "apa saja syarat membuat akta kelahiran?"
    result = decided(text)
    assert result.intent is Intent.FAQ and result.entry_id and not result.emergency
    async with running_bot(fake_bot_api, db_url):
        await replies(fake_bot_api, 1, "/start")
        (answer,) = await replies(fake_bot_api, 1, text)
    assert title(result.entry_id) in (answer.text or "")
    assert any("Membantu" in label for label in labels(answer))


async def test_a_reported_problem_gets_the_complaint_offer_first_and_its_faq_second(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    text = "denda pbb dikenakan padahal sudah bayar tepat waktu"
    result = decided(text)
    assert result.intent is Intent.COMPLAINT and result.related
    async with running_bot(fake_bot_api, db_url):
        await replies(fake_bot_api, 1, "/start")
        (offer,) = await replies(fake_bot_api, 1, text)
        shown = labels(offer)
        assert "laporan" in shown[0] and title(result.related)[:40] in shown[1]
        (answer,) = await replies(fake_bot_api, 1, press=shown[1])
    assert title(result.related) in (answer.text or "")


async def test_an_unsure_match_asks_did_you_mean_with_the_same_suggestions(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    text = "izin"
    result = decided(text)
    assert result.intent is Intent.NONE and result.suggestions
    async with running_bot(fake_bot_api, db_url):
        await replies(fake_bot_api, 1, "/start")
        (question,) = await replies(fake_bot_api, 1, text)
    shown = labels(question)
    expected = [title(entry_id)[:40] for entry_id in result.suggestions]
    assert all(any(t in label for label in shown) for t in expected)
    assert "laporan" in shown[-1]


async def test_an_emergency_gets_112_first_and_still_its_answer(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    text = "tetangga pingsan butuh ambulans cepat"
    result = decided(text)
    assert result.emergency and result.intent is Intent.FAQ and result.entry_id
    async with running_bot(fake_bot_api, db_url):
        await replies(fake_bot_api, 1, "/start")
        pointer, answer = await replies(fake_bot_api, 2, text)
    assert "112" in (pointer.text or "")
    assert title(result.entry_id) in (answer.text or "")


async def test_a_message_nothing_matches_gets_the_fallback(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    text = "resep sambal matah"
    result = decided(text)
    assert result.intent is Intent.NONE and not result.suggestions and not result.emergency
    async with running_bot(fake_bot_api, db_url):
        await replies(fake_bot_api, 1, "/start")
        (fallback,) = await replies(fake_bot_api, 1, text)
    assert "belum punya jawaban" in (fallback.text or "")


async def test_an_english_question_gets_the_english_title_and_answer(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    text = "which documents are needed to register a death in the family"
    result = decided(text)
    assert result.intent is Intent.FAQ and result.entry_id and result.language == "en"
    entry = matcher().kb.get(result.entry_id)
    assert entry is not None and entry.title_en and entry.answer_en
    async with running_bot(fake_bot_api, db_url):
        await replies(fake_bot_api, 1, "/start")
        (answer,) = await replies(fake_bot_api, 1, text)
    shown = answer.text or ""
    assert entry.title_en in shown.splitlines()[0] and entry.answer_en.split(".")[0] in shown


async def test_what_is_said_around_an_english_answer_is_english_too(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    answered = "which documents are needed to register a death in the family"
    unsure = "I want to ask about a certificate please"
    assert decided(answered).intent is Intent.FAQ
    result = decided(unsure)
    assert result.intent is Intent.NONE and result.suggestions and result.language == "en"
    async with running_bot(fake_bot_api, db_url):
        await replies(fake_bot_api, 1, "/start")
        (answer,) = await replies(fake_bot_api, 1, answered)
        (question,) = await replies(fake_bot_api, 1, unsure)
    assert any("Helpful" in label for label in labels(answer))
    assert "Did you mean" in (question.text or "")
    assert "report" in labels(question)[-1].lower()


async def test_an_emergency_written_in_english_gets_the_112_pointer_in_english(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    text = "there is a fire at the market, the flames are spreading"
    result = decided(text)
    assert result.emergency and result.language == "en"
    async with running_bot(fake_bot_api, db_url):
        await replies(fake_bot_api, 1, "/start")
        (pointer, *_rest) = await replies(fake_bot_api, 1, text)
    assert "112" in (pointer.text or "") and "emergency" in (pointer.text or "").lower()


async def test_a_complaint_written_in_english_is_filed_in_english_to_the_end(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    text = "the street light in front of my house has been off for two weeks, nobody came"
    result = decided(text)
    assert result.intent is Intent.COMPLAINT and result.language == "en"
    async with running_bot(fake_bot_api, db_url):
        await replies(fake_bot_api, 1, "/start")
        (offer,) = await replies(fake_bot_api, 1, text)
        (agency,) = await replies(fake_bot_api, 1, press=labels(offer)[0])
        (place,) = await replies(fake_bot_api, 1, press=labels(agency)[0])
        (photos,) = await replies(fake_bot_api, 1, "Jl. Melati 5 RT 02 RW 03, Sukamaju")
        (privacy,) = await replies(fake_bot_api, 1, press=labels(photos)[-1])
        (review,) = await replies(fake_bot_api, 1, press=labels(privacy)[0])
        (receipt,) = await replies(fake_bot_api, 1, press=labels(review)[0])
    # each step in English, though the resident chose no language and their phone has none
    en, id_ = Translator("en"), Translator("id")
    assert (place.text or "").startswith(en("complaint-ask-location")[:20])
    assert photos.text == en("complaint-ask-photos", max=MAX_PHOTOS)
    assert "Check your report" in (review.text or "")
    assert "Your report has been received" in (receipt.text or "")
    assert en("complaint-ask-location") != id_("complaint-ask-location")
