"""The staff workflow end to end: ``bot.runner.run`` with aiogram's real HTTP session
against the fake Bot API server on 127.0.0.1, the real database, SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from tests.fakes.fake_bot_api import FakeBotApi, SentRecord
from tests.fakes.running_bot import button_data
from tests.fakes.running_bot import running_bot as shared_running_bot
from tests.integration.test_telegram_end_to_end import FIRST_COMPLAINT
from tests.staff.helpers import DINKES_CHAT, PUPR_CHAT, agencies_file

RESIDENT = 5550002
ADMIN_ID = 7001
PUPR = int(PUPR_CHAT)
HOSTILE = "<b>Tim</b> & <script>x</script> datang"
HOSTILE_SEEN = "&lt;b&gt;Tim&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt; datang"


def running_bot(api: FakeBotApi, db_url: str, agencies: Path | None = None):  # type: ignore[no-untyped-def]
    return shared_running_bot(api, db_url, **({"agencies": agencies} if agencies else {}))


def to_resident(record: SentRecord) -> bool:
    return record.method in ("sendMessage", "sendPhoto", "sendDocument") and record.chat_id == str(
        RESIDENT
    )


async def resident_gets(api: FakeBotApi, containing: str) -> SentRecord:
    return await api.wait_for(lambda r: to_resident(r) and containing in (r.text or ""), 10)


async def staff_gets(api: FakeBotApi, chat: str, containing: str) -> SentRecord:
    return await api.wait_for(
        lambda r: r.chat_id == chat and r.method == "sendMessage" and containing in (r.text or ""),
        10,
    )


async def file_complaint(api: FakeBotApi) -> SentRecord:
    """A resident files a PUPR complaint; returns its card in the staff chat."""
    api.user_message(
        RESIDENT, "/lapor Jalan <Raya> & jembatan di Desa Sukamaju berlubang sejak 2 minggu"
    )
    suggestion = await resident_gets(api, "Benar?")
    api.user_callback(RESIDENT, button_data(suggestion, "Ya, benar"))
    await resident_gets(api, "Di mana lokasinya")
    api.user_message(RESIDENT, "Jl. Raya Sukamaju km 3")
    photos = await resident_gets(api, "foto")
    api.user_callback(RESIDENT, button_data(photos, "Lewati"))
    privacy = await resident_gets(api, "identitas")
    api.user_callback(RESIDENT, button_data(privacy, "Publik"))
    summary = await api.wait_for(
        lambda r: to_resident(r) and any("Kirim" in t for row in r.buttons for t, _ in row)
    )
    api.user_callback(RESIDENT, button_data(summary, "Kirim"))
    await resident_gets(api, FIRST_COMPLAINT)
    return await api.wait_for(
        lambda r: r.chat_id == PUPR_CHAT and r.buttons and FIRST_COMPLAINT in (r.text or ""), 10
    )


def press(api: FakeBotApi, chat: int, record: SentRecord, label: str, **kwargs: object) -> None:
    api.user_callback(
        chat, button_data(record, label), message_id=int(record.message_id or 0),
        user_id=ADMIN_ID, first_name="Rina", **kwargs,  # type: ignore[arg-type]
    )  # fmt: skip


async def test_a_ticket_is_taken_answered_resolved_and_rated_over_telegram(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    api = fake_bot_api
    async with running_bot(api, db_url):
        card = await file_complaint(api)
        assert "Jalan &lt;Raya&gt; &amp; jembatan" in (card.text or "")

        press(api, PUPR, card, "Ambil")
        await resident_gets(api, "sedang ditangani")
        edit = await api.wait_for(lambda r: r.method == "editMessageText", 10)
        assert edit.message_id == card.message_id and "Rina" in (edit.text or "")

        api.user_message(
            PUPR, HOSTILE, user_id=ADMIN_ID, first_name="Rina", chat_type="supergroup",
            reply_to=int(card.message_id or 0),
        )  # fmt: skip
        reply = await resident_gets(api, "Tanggapan")
        assert HOSTILE_SEEN in (reply.text or "") and "Rina" not in (reply.text or "")
        ack = await staff_gets(api, PUPR_CHAT, "Terkirim ke pelapor")

        api.user_photo(
            PUPR, caption="Sesudah <diperbaiki>", user_id=ADMIN_ID, chat_type="supergroup",
            reply_to=int(ack.message_id or 0),
        )  # fmt: skip
        photo = await api.wait_for(lambda r: to_resident(r) and r.method == "sendPhoto", 10)
        assert "Sesudah &lt;diperbaiki&gt;" in (photo.text or "")
        api._user_update(
            PUPR, {"document": {"file_id": "DOC1", "file_unique_id": "uDOC1"}},
            user_id=ADMIN_ID, chat_type="supergroup", reply_to=int(card.message_id or 0),
        )  # fmt: skip
        document = await api.wait_for(lambda r: to_resident(r) and r.method == "sendDocument", 10)
        assert document.params.get("document") == "DOC1"

        press(api, PUPR, card, "Selesai")
        question = await resident_gets(api, "benar-benar sudah selesai")
        api.user_callback(RESIDENT, button_data(question, "Ya"))
        rate = await resident_gets(api, "Seberapa puas")
        api.user_callback(RESIDENT, button_data(rate, "5"))
        await resident_gets(api, "Ada komentar")
        api.user_message(RESIDENT, "Mantap <sekali> & cepat")
        await resident_gets(api, "Terima kasih atas penilaian")
        comment = await staff_gets(api, PUPR_CHAT, "Komentar pelapor")
        assert "Mantap &lt;sekali&gt; &amp; cepat" in (comment.text or "")


async def test_a_resident_reopens_and_follows_up_over_telegram(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    api = fake_bot_api
    async with running_bot(api, db_url):
        card = await file_complaint(api)
        press(api, PUPR, card, "Selesai")
        question = await resident_gets(api, "benar-benar sudah selesai")
        api.user_callback(RESIDENT, button_data(question, "Belum"))
        await resident_gets(api, "belum beres")
        api.user_message(RESIDENT, "Masih <bolong> & tergenang")
        await resident_gets(api, "dibuka kembali")
        reopened = await staff_gets(api, PUPR_CHAT, "dibuka kembali")
        assert "Masih &lt;bolong&gt; &amp; tergenang" in (reopened.text or "")
        assert reopened.reply_to_message_id == card.message_id

        api.user_message(
            RESIDENT, "Tambahan: ada <3> lubang", reply_to=int(question.message_id or 0)
        )
        forwarded = await staff_gets(api, PUPR_CHAT, "Keterangan tambahan")
        assert "Tambahan: ada &lt;3&gt; lubang" in (forwarded.text or "")


async def test_reassign_and_reject_over_telegram(fake_bot_api: FakeBotApi, db_url: str) -> None:
    api = fake_bot_api
    async with running_bot(api, db_url):
        card = await file_complaint(api)
        press(api, PUPR, card, "Alihkan")
        menu = await staff_gets(api, PUPR_CHAT, "instansi mana")
        press(api, PUPR, menu, "Dinkes")
        await resident_gets(api, "Dinas Kesehatan")
        new_card = await api.wait_for(
            lambda r: r.chat_id == DINKES_CHAT and bool(r.buttons) and "ADU-" in (r.text or ""), 10
        )
        press(api, int(DINKES_CHAT), new_card, "Tolak")
        await staff_gets(api, DINKES_CHAT, "alasan penolakan")
        api.user_message(
            int(DINKES_CHAT), "Bukan <kewenangan> kami & salah alamat", user_id=ADMIN_ID,
            chat_type="supergroup",
        )  # fmt: skip
        told = await resident_gets(api, "tidak dapat ditindaklanjuti")
        assert "Bukan &lt;kewenangan&gt; kami &amp; salah alamat" in (told.text or "")


async def test_unauthorized_presses_and_replies_are_refused_over_telegram(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    api = fake_bot_api
    async with running_bot(api, db_url):
        card = await file_complaint(api)
        forged = button_data(card, "Selesai")
        update = api.user_callback(int(DINKES_CHAT), forged, message_id=1, user_id=ADMIN_ID)
        press_id = update["callback_query"]["id"]
        popup = await api.wait_for(
            lambda r: (
                r.method == "answerCallbackQuery" and r.params.get("callback_query_id") == press_id
            ),
            10,
        )
        assert "bukan milik grup ini" in (popup.text or "")
        assert popup.params.get("show_alert") is True
        api.user_message(
            int(DINKES_CHAT), "balasan palsu", user_id=ADMIN_ID, chat_type="supergroup",
            reply_to=int(card.message_id or 0),
        )  # fmt: skip
        api.user_message(RESIDENT, "/status")
        await resident_gets(api, "Laporan Anda")
    assert not any(to_resident(r) and "balasan palsu" in (r.text or "") for r in api.sent)
    assert not any(to_resident(r) and "selesai ditangani" in (r.text or "") for r in api.sent)
    # the forged press is refused to the presser alone: nothing is posted in the group
    assert [r for r in api.sent if r.chat_id == DINKES_CHAT] == []


async def test_an_allowed_press_is_answered_over_telegram_without_a_popup(
    fake_bot_api: FakeBotApi, db_url: str
) -> None:
    api = fake_bot_api
    async with running_bot(api, db_url):
        card = await file_complaint(api)
        update = api.user_callback(
            PUPR, button_data(card, "Ambil"), message_id=int(card.message_id or 0),
            user_id=ADMIN_ID, first_name="Rina",
        )  # fmt: skip
        press_id = update["callback_query"]["id"]
        await resident_gets(api, "sedang ditangani")
        answer = await api.wait_for(
            lambda r: (
                r.method == "answerCallbackQuery" and r.params.get("callback_query_id") == press_id
            ),
            10,
        )
    assert answer.text is None and "show_alert" not in answer.params
    assert not any(r.chat_id == PUPR_CHAT and "⛔" in (r.text or "") for r in api.sent)


async def test_forum_mode_over_telegram_opens_topics_and_relays_what_admins_write_there(
    fake_bot_api: FakeBotApi, db_url: str, tmp_path: Path
) -> None:
    api = fake_bot_api
    api.register_chat(PUPR, "forum", "PUPR")
    agencies = agencies_file(tmp_path, pupr={"mode": "forum"})
    async with running_bot(api, db_url, agencies):
        card = await file_complaint(api)
        topic = next(r for r in api.sent if r.method == "createForumTopic")
        assert (topic.text or "").startswith(f"{FIRST_COMPLAINT} · Jalan <Raya>")
        assert card.message_thread_id == topic.message_thread_id
        thread = int(topic.message_thread_id or 0)

        api.user_message(PUPR, "#catatan jangan diteruskan", user_id=ADMIN_ID, chat_type="forum",
                         thread_id=thread)  # fmt: skip
        await staff_gets(api, PUPR_CHAT, "Catatan disimpan")
        api.user_message(PUPR, HOSTILE, user_id=ADMIN_ID, chat_type="forum", thread_id=thread)
        reply = await resident_gets(api, "Tanggapan")
        assert HOSTILE_SEEN in (reply.text or "")
        press(api, PUPR, card, "Selesai", thread_id=thread)
        await resident_gets(api, "benar-benar sudah selesai")
    assert not any(to_resident(r) and "jangan diteruskan" in (r.text or "") for r in api.sent)
