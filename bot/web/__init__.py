"""aduan's web server (aiohttp): the channels' webhooks, ``/healthz`` and ``/metrics``.

aiohttp because it is already here (aiogram's HTTP client and its own webhook helpers
are built on it), it runs in the bot's event loop (no second server process, no
thread), and it is enough for a few small endpoints. Channels add their webhooks
through ``extra_routes`` (see :attr:`bot.channels.kit.ChannelKit.routes`).
"""

from __future__ import annotations

from bot.web.server import WebServer, build_web_app

__all__ = ["WebServer", "build_web_app"]
