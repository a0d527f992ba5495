"""A running dashboard for tests: the real app with the seeded December of
:mod:`tests.figures.seed`, its web server on loopback, and logins obtained the way
people get them: ``/dasbor`` in a group, the link from the private message. With
``channel="telegram"`` the staff are on Telegram: their ``/dasbor`` is an update through
the real parser, and the link is read from what the fake Bot API received."""

from __future__ import annotations

import re
import struct
import uuid
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import update

from bot.channels.base import TransientSendError
from bot.channels.files import FileSources, MediaFile
from bot.web import build_web_app
from bot.web.dashboard import dashboard_for
from domain.messages import Attachment, Channel, ChatKind, FileRef, IncomingMessage, Sender
from storage.models import Ticket
from tests.figures.seed import NOW, seed_december
from tests.harness import ChatHarness
from tests.staff.helpers import ADMIN, PUPR_CHAT, staff_says

SUPERVISORS = "-1001000000099"
SUPERVISOR = Sender("9100", "Bu Ketua Pengawas", "ketua")
LINK = re.compile(r'href="https?://[^/"]+(/dasbor/masuk\?t=[^"]+)"')


def png(red: int, green: int, blue: int, size: int = 48) -> bytes:
    """A small solid-colour PNG (a photo the browser can show)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes((red, green, blue)) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(row * size)) + chunk(b"IEND", b""))  # fmt: skip


@dataclass
class ChannelFiles:
    """A channel's file source as the dashboard reads it: files by id, ``None`` for an
    unknown id; ids starting ``later`` fail for now (the platform is down)."""

    files: dict[str, MediaFile] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    async def __call__(self, ref: FileRef) -> MediaFile | None:
        self.asked.append(ref.id)
        if ref.id.startswith("later"):
            raise TransientSendError("the platform is down")
        return self.files.get(ref.id)


# The seeded tickets' files: a photo of the road (PUPR, public), a sketch sent as an
# SVG document, a photo on the confidential ticket (PUPR) and on DLH's ticket; one
# photo the platform no longer has and one it cannot hand out now.
PHOTOS = {
    "ADU-2612-0001": [FileRef(Channel.TELEGRAM, "tg-road").to_json(),
                      FileRef(Channel.TELEGRAM, "tg-sketch", Attachment.DOCUMENT,
                              "denah.svg").to_json(),
                      FileRef(Channel.TELEGRAM, "tg-gone").to_json(),
                      FileRef(Channel.TELEGRAM, "later-1").to_json()],
    "ADU-2612-0003": ["tg-bridge"],  # stored before typed references
    "ADU-2612-0004": [FileRef(Channel.TELEGRAM, "tg-rubbish").to_json()],
}  # fmt: skip


def channel_files() -> ChannelFiles:
    source = ChannelFiles()
    source.files.update(
        {
            "tg-road": MediaFile(png(200, 120, 40), "image/jpeg", "road.jpg"),
            "tg-sketch": MediaFile(b"<svg onload='alert(1)'/>", "image/svg+xml", "a.svg"),
            "tg-bridge": MediaFile(png(40, 90, 200), "image/png", "bridge.png"),
            "tg-rubbish": MediaFile(png(30, 160, 60), "image/png", "rubbish.png"),
        }
    )
    return source


@dataclass
class Site:
    chat: ChatHarness
    ids: dict[str, int]
    url: str  # http://127.0.0.1:PORT
    client: TestClient  # type: ignore[type-arg]
    telegram_files: ChannelFiles = field(default_factory=ChannelFiles)

    async def login_link(self, chat_id: str = PUPR_CHAT, sender: Sender = ADMIN) -> str:
        """Send /dasbor in a group; the path of the link the bot sent privately."""
        telegram = self.chat.telegram
        if telegram is not None:
            await self.chat.deliver(
                IncomingMessage(
                    channel=Channel.TELEGRAM, chat_id=chat_id, chat_kind=ChatKind.GROUP,
                    sender=sender, message_id=uuid.uuid4().hex[:8], text="/dasbor",
                )
            )  # fmt: skip
            texts = [r.text or "" for r in telegram.api.sent if r.chat_id == sender.user_id]
        else:
            sent = await staff_says(self.chat, "/dasbor", chat_id, sender)
            texts = [m.text for m in sent if m.chat_id == sender.user_id]
        assert texts, "no private message with a login link"
        found = LINK.search(texts[-1])
        assert found, texts[-1]
        return found.group(1)

    async def login(self, chat_id: str = PUPR_CHAT, sender: Sender = ADMIN) -> None:
        path = await self.login_link(chat_id, sender)
        token = path.split("t=", 1)[1]
        answer = await self.client.post("/dasbor/masuk", data={"t": token}, allow_redirects=False)
        assert answer.status == 302, await answer.text()


@asynccontextmanager
async def dashboard_site(db_url: str, channel: str = "console") -> AsyncIterator[Site]:
    chat = ChatHarness(db_url, channel=channel, dashboard_url="http://127.0.0.1")
    async with chat:
        assert chat.app is not None
        chat.clock.now = NOW
        ids = await seed_december(chat.sessions)
        async with chat.sessions.begin() as session:
            for code, photos in PHOTOS.items():
                await session.execute(
                    update(Ticket).where(Ticket.code == code).values(photos=photos)  # type: ignore[arg-type]
                )
        files, telegram = FileSources(), channel_files()
        files.register(Channel.TELEGRAM, telegram)
        routes = dashboard_for(chat.app, files)
        server = TestServer(build_web_app(chat.sessions, extra_routes=routes), host="127.0.0.1")
        async with TestClient(server) as client:
            url = str(server.make_url("")).rstrip("/")
            yield Site(chat, ids, url, client, telegram)
