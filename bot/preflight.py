"""What ``aduan run`` checks before it starts, shared with ``aduan check-config``.

``run`` and ``check-config`` call the same functions, so a configuration that
``check-config`` calls fine is one that ``run`` accepts: settings (token, webhook,
WhatsApp), the agencies file with its deadlines, and the knowledge base with every
problem ``aduan kb check`` reports. ``--online`` adds what only the network can tell:
the database answers, Telegram knows the token (``getMe``), the Graph API knows the
WhatsApp number.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from aiogram.utils.token import TokenValidationError, validate_token
from sqlalchemy import text

from bot.config import Settings
from bot.setting_sources import ENV_FILE
from bot.startup import describe, first_line, shown_url
from domain.agencies import AgenciesFileError, AgencyDirectory, load_agencies
from domain.ppid.offices import load_ppid
from domain.sla.rules import environment_overrides, load_sla
from knowledge_base.checker import check_kb

ONLINE_TIMEOUT = 15.0
WHATSAPP_SETTINGS = (
    ("ADUAN_WHATSAPP_ACCESS_TOKEN", "whatsapp_access_token"),
    ("ADUAN_WHATSAPP_PHONE_NUMBER_ID", "whatsapp_phone_number_id"),
    ("ADUAN_WHATSAPP_APP_SECRET", "whatsapp_app_secret"),
    ("ADUAN_WHATSAPP_VERIFY_TOKEN", "whatsapp_verify_token"),
)


def telegram_problems(settings: Settings) -> list[str]:
    token = settings.telegram_token
    if not token:
        hint = (
            ""
            if ENV_FILE.exists()
            else f" (no {ENV_FILE} in {Path.cwd()}: start aduan in the folder that holds it)"
        )
        return [
            "ADUAN_TELEGRAM_TOKEN is not set: aduan run needs the token from @BotFather "
            f"(aduan demo runs without it){hint}"
        ]
    try:
        validate_token(token)
    except TokenValidationError:  # the token is a secret: never echo it
        return ["ADUAN_TELEGRAM_TOKEN is malformed: expected '<bot id>:<secret>' from @BotFather"]
    return []


def webhook_problems(settings: Settings) -> list[str]:
    if not settings.webhook_url:
        return []
    problems = []
    parts = urlsplit(settings.webhook_url)
    if parts.scheme != "https" or not parts.hostname:
        problems.append(
            f"ADUAN_WEBHOOK_URL {settings.webhook_url!r}: Telegram only posts to an "
            "https:// URL with a host name (https://bot.example.go.id/telegram/webhook)"
        )
    elif parts.port not in (None, 443, 80, 88, 8443):
        problems.append(
            f"ADUAN_WEBHOOK_URL: port {parts.port} — Telegram posts only to ports "
            "443, 80, 88 or 8443"
        )
    if not settings.webhook_secret:
        problems.append(
            "ADUAN_WEBHOOK_SECRET is not set: a webhook needs a secret token "
            "(1-256 characters A-Z, a-z, 0-9, _ and -)"
        )
    return problems


def whatsapp_problems(settings: Settings) -> list[str]:
    """WhatsApp is all or nothing: some of its four settings without the others would
    leave it silently off, or on and unable to check signatures."""
    given = [name for name, field in WHATSAPP_SETTINGS if getattr(settings, field)]
    if not given or len(given) == len(WHATSAPP_SETTINGS):
        return []
    missing = [name for name, field in WHATSAPP_SETTINGS if not getattr(settings, field)]
    return [
        f"WhatsApp is half configured: {', '.join(given)} set but {', '.join(missing)} "
        "not (set all four, or none)"
    ]


def file_problems(settings: Settings) -> tuple[AgencyDirectory | None, list[str]]:
    """The agencies file (with its ``sla:`` and ``ppid:`` sections) and the knowledge
    base, as the bot loads them; the directory when the agencies file is usable."""
    try:
        agencies = load_agencies(settings.agencies)
        load_ppid(settings.agencies)
        load_sla(
            settings.agencies,
            settings.zone,
            environment_overrides(
                settings.sla_calendar, settings.sla_first_response, settings.sla_resolution
            ),
        )
    except AgenciesFileError as exc:
        return None, [str(exc), *(str(p) for p in check_kb(settings.kb, None))]
    return agencies, [str(p) for p in check_kb(settings.kb, frozenset(agencies.codes()))]


def run_problems(settings: Settings) -> list[str]:
    """Everything ``aduan run`` refuses to start with, each in one line."""
    return [
        *telegram_problems(settings),
        *webhook_problems(settings),
        *whatsapp_problems(settings),
        *file_problems(settings)[1],
    ]


async def _database(settings: Settings) -> str | None:
    """``None`` when the database answers (a SQLite file ``run`` would create: when its
    folder can be written), else the problem."""
    from storage.engine import open_engine, sqlite_path

    path = sqlite_path(settings.database_url)
    if path is not None and not path.exists():
        folder = next((p for p in path.absolute().parents if p.exists()), Path("/"))
        if os.access(folder, os.W_OK):
            return None
        return f"database {path}: cannot create it, {folder} is not writable"
    try:
        async with (
            open_engine(settings.database_url) as engine,
            asyncio.timeout(ONLINE_TIMEOUT),
            engine.connect() as connection,
        ):
            await connection.execute(text("SELECT 1"))
    except Exception as exc:
        return describe(exc, shown_url(settings.database_url)) or first_line(exc)
    return None


async def _telegram(settings: Settings) -> str | None:
    from bot.channels.telegram.factory import make_bot

    bot = make_bot(settings.telegram_token or "", settings.telegram_api_base)
    try:
        async with asyncio.timeout(ONLINE_TIMEOUT):
            await bot.get_me()
    except Exception as exc:
        return describe(exc, "") or f"Telegram getMe failed: {first_line(exc)}"
    finally:
        await bot.session.close()
    return None


async def _graph(settings: Settings) -> str | None:
    url = (
        f"{settings.whatsapp_api_base}/{settings.whatsapp_api_version}/"
        f"{settings.whatsapp_phone_number_id}"
    )
    headers = {"Authorization": f"Bearer {settings.whatsapp_access_token}"}
    try:
        async with httpx.AsyncClient(timeout=ONLINE_TIMEOUT) as client:
            answer = await client.get(url, headers=headers)
    except httpx.HTTPError as exc:
        return f"cannot reach the WhatsApp Graph API at {settings.whatsapp_api_base}: {exc!r}"
    if answer.status_code != 200:
        return (
            f"the WhatsApp Graph API answered {answer.status_code} for phone number id "
            f"{settings.whatsapp_phone_number_id}: check ADUAN_WHATSAPP_ACCESS_TOKEN and "
            f"ADUAN_WHATSAPP_PHONE_NUMBER_ID ({first_line(Exception(answer.text))})"
        )
    return None


async def online_problems(settings: Settings) -> list[str]:
    """Reachability: the database, the Bot API (when a valid token is set), the Graph
    API (when WhatsApp is configured)."""
    checks = [_database(settings)]
    if not telegram_problems(settings):
        checks.append(_telegram(settings))
    if settings.whatsapp_access_token and not whatsapp_problems(settings):
        checks.append(_graph(settings))
    return [problem for problem in await asyncio.gather(*checks) if problem]
