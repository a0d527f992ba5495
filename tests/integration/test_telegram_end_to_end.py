"""`aduan run` end to end: aiogram's real HTTP session against a fake Bot API server on
127.0.0.1, the real database, the sample agencies and knowledge base."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from domain.html_split import visible_length
from domain.tickets import TicketKind, code_prefix, format_code
from tests.fakes.fake_bot_api import FakeBotApi, SentRecord
from tests.fakes.running_bot import button_data, running_bot

RESIDENT = 5550001
FIRST_COMPLAINT = format_code(
    code_prefix(TicketKind.COMPLAINT, datetime.now(UTC), ZoneInfo("Asia/Jakarta")), 1
)
PUPR_CHAT = "-1001000000005"


def to_resident(record: SentRecord) -> bool:
    return record.method == "sendMessage" and record.chat_id == str(RESIDENT)


async def next_reply(api: FakeBotApi, containing: str, wait: float = 10) -> SentRecord:
    return await api.wait_for(
        lambda r: to_resident(r) and containing in (r.text or ""), timeout=wait
    )


async def test_run_answers_start_a_question_and_files_a_complaint_to_the_right_group(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    api = fake_bot_api
    async with running_bot(api, db_url):
        api.user_message(RESIDENT, "/start", first_name="Siti")
        greeting = await next_reply(api, "Halo, Siti")
        assert greeting.buttons

        api.user_message(RESIDENT, "apa saja syarat membuat akta kelahiran?")
        answer = await next_reply(api, "Akta")
        assert any("Membantu" in label for row in answer.buttons for label, _ in row)

        api.user_message(
            RESIDENT, "/lapor Jalan <Raya> & jembatan di Desa Sukamaju berlubang sejak 2 minggu"
        )
        suggestion = await next_reply(api, "Benar?")
        api.user_callback(RESIDENT, button_data(suggestion, "Ya, benar"))
        await next_reply(api, "Di mana lokasinya")
        api.user_location(RESIDENT, -6.91, 107.61)
        photos = await next_reply(api, "foto")
        api.user_callback(RESIDENT, button_data(photos, "Lewati"))
        privacy = await next_reply(api, "identitas")
        api.user_callback(RESIDENT, button_data(privacy, "Publik"))
        summary = await next_reply(api, "Periksa laporan")
        api.user_callback(RESIDENT, button_data(summary, "Kirim"))
        await next_reply(api, FIRST_COMPLAINT)

        card = await api.wait_for(
            lambda r: r.chat_id == PUPR_CHAT and "ADU-" in (r.text or ""), timeout=10
        )
        assert "Jalan &lt;Raya&gt; &amp; jembatan" in str(card.params.get("text"))
        pin = await api.wait_for(lambda r: r.chat_id == PUPR_CHAT and r.method == "sendLocation")
        assert pin is not None
        answered = [c for c in api.calls if c[0].lower() == "answercallbackquery"]
        assert len(answered) >= 4


async def test_a_restart_in_the_middle_of_a_complaint_loses_nothing(
    fake_bot_api: FakeBotApi, tmp_path: Path
) -> None:
    api = fake_bot_api
    db_url = f"sqlite+aiosqlite:///{tmp_path}/restart.db"
    async with running_bot(api, db_url):
        api.user_message(RESIDENT, "/lapor Lampu penerangan jalan di Jalan Melati mati total")
        await api.wait_for(
            lambda r: to_resident(r) and any("Tidak tahu" in t for row in r.buttons for t, _ in row)
        )
    # the bot is down while the resident keeps typing
    suggestion = next(r for r in reversed(api.sent) if to_resident(r) and r.buttons)
    api.user_callback(RESIDENT, button_data(suggestion, "Tidak tahu"))
    api.user_message(RESIDENT, "Jalan Melati RT 01 RW 02, Kelurahan Sukamaju")
    async with running_bot(api, db_url):
        photos = await next_reply(api, "foto")
        api.user_callback(RESIDENT, button_data(photos, "Lewati"))
        privacy = await next_reply(api, "identitas")
        api.user_callback(RESIDENT, button_data(privacy, "Anonim"))
        summary = await next_reply(api, "Periksa laporan")
        assert "Jalan Melati RT 01 RW 02" in (summary.text or "")
        api.user_callback(RESIDENT, button_data(summary, "Kirim"))
        await next_reply(api, FIRST_COMPLAINT)
        card = await api.wait_for(
            lambda r: FIRST_COMPLAINT in (r.text or "") and r.chat_id != str(RESIDENT)
        )
    assert "Budi" not in (card.text or "")


async def test_two_quick_messages_from_one_resident_are_answered_in_order(
    fake_bot_api: FakeBotApi, tmp_path: Path
) -> None:
    api = fake_bot_api
    async with running_bot(api, f"sqlite+aiosqlite:///{tmp_path}/order.db"):
        api.user_message(RESIDENT, "/lapor")
        api.user_message(RESIDENT, "/batal")
        await next_reply(api, "Dibatalkan")
    replies = [r.text or "" for r in api.sent if to_resident(r)]
    first = next(i for i, t in enumerate(replies) if "Ceritakan masalahnya" in t)
    assert "Dibatalkan" in replies[first + 1]


async def test_unknown_update_types_are_skipped_and_the_next_message_is_answered(
    fake_bot_api: FakeBotApi, tmp_path: Path
) -> None:
    api = fake_bot_api
    api.push_update(
        {
            "poll": {
                "id": "1",
                "question": "?",
                "options": [],
                "total_voter_count": 0,
                "is_closed": False,
                "is_anonymous": True,
                "type": "regular",
                "allows_multiple_answers": False,
            }
        }
    )
    api.push_update({"something_new_from_telegram": {"x": 1}})
    api.user_message(RESIDENT, "/start")
    async with running_bot(api, f"sqlite+aiosqlite:///{tmp_path}/unknown.db"):
        await next_reply(api, "Halo")
    assert api.pending_updates == []


async def test_a_description_at_telegrams_limit_reaches_staff_split_into_valid_parts(
    fake_bot_api: FakeBotApi, tmp_path: Path
) -> None:
    api = fake_bot_api
    long_text = ("Jalan <rusak> & berlubang di Desa Sukamaju. " * 100)[:4000]
    async with running_bot(api, f"sqlite+aiosqlite:///{tmp_path}/long.db"):
        api.user_message(RESIDENT, "/lapor " + long_text)
        suggestion = await next_reply(api, "Benar?")
        api.user_callback(RESIDENT, button_data(suggestion, "Ya, benar"))
        location = await next_reply(api, "Di mana lokasinya")
        api.user_callback(RESIDENT, button_data(location, "Lewati"))
        photos = await next_reply(api, "foto")
        api.user_callback(RESIDENT, button_data(photos, "Lewati"))
        privacy = await next_reply(api, "identitas")
        api.user_callback(RESIDENT, button_data(privacy, "Publik"))
        await next_reply(api, "Periksa laporan")
        summary = await api.wait_for(
            lambda r: to_resident(r) and any("Kirim" in t for row in r.buttons for t, _ in row)
        )
        api.user_callback(RESIDENT, button_data(summary, "Kirim"))
        await next_reply(api, FIRST_COMPLAINT)
        await api.wait_for(
            lambda r: (
                r.chat_id == PUPR_CHAT
                and "Desa Sukamaju. Jalan" in (r.text or "")
                and FIRST_COMPLAINT not in (r.text or "")
            )
        )
    parts = [r for r in api.sent if r.chat_id == PUPR_CHAT and r.method == "sendMessage"]
    assert len(parts) >= 2
    assert all(visible_length(p.text or "") <= 4096 for p in parts)
    assert sum((p.text or "").count("&") for p in parts) >= 90
