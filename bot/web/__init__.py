"""aduan's web server (aiohttp): the Telegram webhook, ``/healthz`` and ``/metrics``.

aiohttp because it is already here (aiogram's HTTP client and its own webhook helpers
are built on it), it runs in the bot's event loop (no second server process, no
thread), and it is enough for three small endpoints. Other channels add their routes
through ``extra_routes`` (the WhatsApp webhook does).
"""

from __future__ import annotations

from bot.web.server import WEBHOOK_PATH, WebServer, build_web_app

__all__ = ["WEBHOOK_PATH", "WebServer", "build_web_app"]
