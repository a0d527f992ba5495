"""A running dashboard for tests: the real app with the seeded December of
:mod:`tests.figures.seed`, its web server on loopback, and logins obtained the way
people get them: ``/dasbor`` in a group, the link from the private message. With
``channel="telegram"`` the staff are on Telegram: their ``/dasbor`` is an update through
the real parser, and the link is read from what the fake Bot API received."""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from aiohttp.test_utils import TestClient, TestServer

from bot.web import build_web_app
from bot.web.dashboard import dashboard_for
from domain.messages import Channel, ChatKind, IncomingMessage, Sender
from tests.figures.seed import NOW, seed_december
from tests.harness import ChatHarness
from tests.staff.helpers import ADMIN, PUPR_CHAT, staff_says

SUPERVISORS = "-1001000000099"
SUPERVISOR = Sender("9100", "Bu Ketua Pengawas", "ketua")
LINK = re.compile(r'href="https?://[^/"]+(/dasbor/masuk\?t=[^"]+)"')


@dataclass
class Site:
    chat: ChatHarness
    ids: dict[str, int]
    url: str  # http://127.0.0.1:PORT
    client: TestClient  # type: ignore[type-arg]

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
        routes = dashboard_for(chat.app)
        server = TestServer(build_web_app(chat.sessions, extra_routes=routes), host="127.0.0.1")
        async with TestClient(server) as client:
            yield Site(chat, ids, str(server.make_url("")).rstrip("/"), client)
