"""What residents on WhatsApp receive: platform limits on buttons and lists, text
formatting, the 24-hour rule, and failures that are retried or held, never dropped."""

from __future__ import annotations

from sqlalchemy import select

from bot.channels.whatsapp.text import split_text, to_whatsapp
from domain.messages import Button, Channel, OutgoingMessage
from storage import outbox
from storage.models import OutboxEntry
from tests.harness import ChatHarness
from tests.whatsapp.support import api_of, card_in, file_complaint, staff_reply


def test_safe_html_becomes_whatsapp_formatting() -> None:
    html = '<b>ADU-2611-0001</b> &amp; <i>segera</i> &lt;3 <a href="https://x.id/a?b=1&amp;c=2">peta</a>'
    assert to_whatsapp(html) == "*ADU-2611-0001* & _segera_ <3 peta (https://x.id/a?b=1&c=2)"
    assert to_whatsapp("<code>INF-1</code> <s>lama</s>") == "`INF-1` ~lama~"


def test_long_text_is_split_at_4096_characters_on_a_break() -> None:
    text = ("kata " * 1000 + "\n\n") * 3
    chunks = split_text(text)
    assert len(chunks) > 1 and all(len(c) <= 4096 for c in chunks)
    assert " ".join(chunks).split() == text.split()


async def _send(chat: ChatHarness, message: OutgoingMessage) -> None:
    assert chat.app is not None
    async with chat.app.sessions.begin() as session:
        outbox.enqueue(session, message, chat.clock.now)
    await chat.settle()


def _buttons(count: int, label: str = "Pilihan") -> tuple[tuple[Button, ...], ...]:
    return tuple((Button(f"{label} {i}", f"t:{i}"),) for i in range(1, count + 1))


async def test_buttons_become_reply_buttons_then_a_list_then_numbered_text(
    sqlite_url: str,
) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat:
        await chat.say("halo")  # opens the 24-hour window
        api = api_of(chat)
        api.sent.clear()
        to = chat.chat_id
        await _send(chat, OutgoingMessage(Channel.WHATSAPP, to, "tiga", _buttons(3)))
        await _send(chat, OutgoingMessage(Channel.WHATSAPP, to, "empat", _buttons(4)))
        long_label = "Label yang jauh lebih panjang dari dua puluh huruf"
        await _send(chat, OutgoingMessage(Channel.WHATSAPP, to, "panjang", _buttons(2, long_label)))
        await _send(chat, OutgoingMessage(Channel.WHATSAPP, to, "sepuluh", _buttons(10)))
        await _send(chat, OutgoingMessage(Channel.WHATSAPP, to, "dua belas", _buttons(12)))
        kinds = [
            (s.body.get("interactive", {}).get("type") or s.type, len(s.choices)) for s in api.sent
        ]
        assert kinds == [("button", 3), ("list", 4), ("list", 2), ("list", 10), ("text", 0)]
        rows = api.sent[2].choices
        assert all(len(r["title"]) <= 24 for r in rows) and rows[0]["description"].startswith(
            "Label yang jauh"
        )
        assert "12. Pilihan 12" in api.sent[4].text
        assert api.rejected == []


async def test_typing_a_number_presses_that_button_of_a_numbered_list(sqlite_url: str) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat:
        menu = await chat.say("/start")
        real = [b for row in menu[0].buttons for b in row]
        filler = [Button(f"Isian {i}", f"t:{i}") for i in range(11 - len(real))]
        buttons = tuple((b,) for b in [*filler, *real])  # 11 buttons: numbered
        await _send(chat, OutgoingMessage(Channel.WHATSAPP, chat.chat_id, "Pilih:", buttons))
        help_number = next(i for i, (b,) in enumerate(buttons, 1) if "Bantuan" in b.label)
        assert f"{help_number}. " in api_of(chat).sent[-1].text
        reply = await chat.say(str(help_number))
        again = await chat.say("/bantuan")
    assert reply[-1].text == again[-1].text and "Cara memakai" in reply[-1].text


async def test_a_reply_after_24_hours_goes_out_as_a_template_then_in_full(db_url: str) -> None:
    async with ChatHarness(db_url, channel="whatsapp") as chat:
        await file_complaint(chat)
        api = api_of(chat)
        chat.clock.advance(hours=25)
        await staff_reply(chat, "Petugas datang besok pagi", card_in(chat))
        await staff_reply(chat, "Mohon siapkan akses jalan", card_in(chat))
        late = api.to(chat.chat_id)[-1]
        assert late.type == "template"
        assert late.body["template"]["name"] == "aduan_ada_tanggapan"
        params = late.body["template"]["components"][0]["parameters"]
        assert params == [{"type": "text", "text": "ADU-2611-0001"}]
        assert [s.type for s in api.to(chat.chat_id)].count("template") == 1  # one notice
        assert not any("Petugas datang" in s.text for s in api.sent)

        chat.clock.advance(hours=3)
        await chat.say("oke, apa tanggapannya?")
        texts = [s.text for s in api.to(chat.chat_id)]
        first = next(i for i, t in enumerate(texts) if "Petugas datang besok pagi" in t)
        second = next(i for i, t in enumerate(texts) if "Mohon siapkan akses jalan" in t)
        assert first < second < len(texts) - 1  # what was owed, then the answer


async def test_outside_the_window_at_send_time_131047_holds_the_message_and_sends_the_template(
    sqlite_url: str,
) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat:
        await chat.say("halo")
        api = api_of(chat)
        api.fail_next(131047)
        await _send(
            chat, OutgoingMessage(Channel.WHATSAPP, chat.chat_id, "Tanggapan ADU-2611-0007")
        )
        assert api.to(chat.chat_id)[-1].type == "template"
        await chat.say("ya?")
        assert any(s.text == "Tanggapan ADU-2611-0007" for s in api.to(chat.chat_id))


async def test_rate_limits_and_server_errors_are_retried_until_delivered(sqlite_url: str) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat:
        await chat.say("halo")
        api = api_of(chat)
        api.fail_next(130429)
        api.fail_next(131056)
        api.fail_next(1, status=500)
        await _send(chat, OutgoingMessage(Channel.WHATSAPP, chat.chat_id, "Pesan penting"))
        assert not any(s.text == "Pesan penting" for s in api.sent)
        assert chat.app is not None
        for _ in range(3):
            chat.clock.advance(minutes=10)
            await chat.settle()
        assert [s.text for s in api.sent].count("Pesan penting") == 1
        async with chat.app.sessions() as session:
            row = (
                (await session.execute(select(OutboxEntry).order_by(OutboxEntry.id.desc())))
                .scalars()
                .first()
            )
        assert row is not None and row.status == "sent" and row.attempts == 4


async def test_the_phone_number_reaches_staff_only_on_a_public_ticket(sqlite_url: str) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat:
        await file_complaint(chat, "Publik")
        public = card_in(chat).text
        await file_complaint(
            chat, "Anonim", "Jalan desa rusak parah dan berlubang di RT 02 dekat masjid"
        )
        assert chat.app is not None
        async with chat.app.sessions() as session:
            rows = (await session.execute(select(OutboxEntry))).scalars().all()
        cards = [OutgoingMessage.from_json(r.payload).text for r in rows if "🆕" in r.payload]
        [anonymous] = [text for text in cards if "ADU-2611-0002" in text]
    assert f"+{chat.chat_id}" in public
    assert chat.chat_id not in anonymous and "Siti" not in anonymous


async def test_the_list_button_and_numbered_hint_are_in_the_residents_language(
    sqlite_url: str,
) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat:
        await chat.say("/start")  # the menu: six choices, a list
        api = api_of(chat)
        assert api.sent[-1].body["interactive"]["action"]["button"] == "Pilih"
        await chat.say("/bahasa")
        await chat.press("English")
        api.sent.clear()
        await chat.say("/start")
        assert api.sent[-1].body["interactive"]["action"]["button"] == "Choose"
        to = chat.chat_id
        english = OutgoingMessage(Channel.WHATSAPP, to, "twelve", _buttons(12), language="en")
        await _send(chat, english)
        assert "Reply with the number of your choice." in api.sent[-1].text
        await _send(chat, OutgoingMessage(Channel.WHATSAPP, to, "dua belas", _buttons(12)))
        assert "Balas dengan angka pilihan Anda." in api.sent[-1].text  # no language: default
