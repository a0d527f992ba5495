"""A running dashboard for tests: the real app (console channel) with the seeded
December of :mod:`tests.figures.seed`, its web server on loopback, and logins obtained
the way people get them: ``/dasbor`` in a group, the link from the private message."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from aiohttp.test_utils import TestClient, TestServer

from bot.web import build_web_app
from bot.web.dashboard import dashboard_for
from domain.messages import Sender
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
        sent = await staff_says(self.chat, "/dasbor", chat_id, sender)
        private = [m for m in sent if m.chat_id == sender.user_id]
        assert private, [m.text for m in sent]
        found = LINK.search(private[-1].text)
        assert found, private[-1].text
        return found.group(1)

    async def login(self, chat_id: str = PUPR_CHAT, sender: Sender = ADMIN) -> None:
        path = await self.login_link(chat_id, sender)
        token = path.split("t=", 1)[1]
        answer = await self.client.post("/dasbor/masuk", data={"t": token}, allow_redirects=False)
        assert answer.status == 302, await answer.text()


@asynccontextmanager
async def dashboard_site(db_url: str) -> AsyncIterator[Site]:
    chat = ChatHarness(db_url, dashboard_url="http://127.0.0.1")
    async with chat:
        assert chat.app is not None
        chat.clock.now = NOW
        ids = await seed_december(chat.sessions)
        routes = dashboard_for(chat.app)
        server = TestServer(build_web_app(chat.sessions, extra_routes=routes), host="127.0.0.1")
        async with TestClient(server) as client:
            yield Site(chat, ids, str(server.make_url("")).rstrip("/"), client)
