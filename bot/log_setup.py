"""The log an operator reads: aduan's own lines, the libraries' chatter turned down,
as text or as JSON lines for a log collector (``ADUAN_LOG_FORMAT=json``).

aduan logs what an operator acts on (start and stop with versions, tickets created,
escalated and closed, failed sends, dead letters, leadership changes). The libraries
under it log at INFO what is routine for them: APScheduler one line per job run,
Alembic one per migration and two more per command, httpx one per request, aiohttp one
per webhook request, aiogram one per update. Those loggers start at WARNING; set
``ADUAN_LOG_LEVEL=DEBUG`` to hear everything again.

JSON uses the standard library (one ``json.dumps`` per record): the fields are few and
fixed, and a dependency would add nothing a collector needs.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import TextIO

FORMATS = ("text", "json")
_HANDLER_NAME = "aduan"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# routine at INFO for these libraries; their warnings and errors still show
QUIET = (
    "apscheduler",
    "alembic",
    "httpx",
    "httpcore",
    "aiohttp.access",
    "aiohttp.server",
    "aiogram",
    "asyncio",
)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``time`` (UTC, ISO 8601), ``level``, ``logger``,
    ``message``, and ``exception`` when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: str = "INFO", fmt: str = "text", stream: TextIO | None = None) -> None:
    """Set up the root logger once per process (a second call replaces the first);
    ``level``: a level name, as the settings have checked it (``DEBUG`` ... ``CRITICAL``)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT))
    handler.set_name(_HANDLER_NAME)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)  # ours from an earlier call; others' (pytest's) stay
    root.addHandler(handler)
    root.setLevel(level)
    quiet = logging.DEBUG if root.level <= logging.DEBUG else logging.WARNING
    for name in QUIET:
        logging.getLogger(name).setLevel(quiet)
