"""Settings from ``ADUAN_*`` environment variables and ``.env``.

Every setting has a default that runs the demo, except the Telegram token, which only
``aduan run`` needs. Errors name the environment variable at fault.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.setting_sources import env_file_lines, setting_problem, unknown_names
from bot.time_zones import known_zone
from domain.sla.durations import parse_duration

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# what a setting with a ``pattern`` must look like, said when it does not
PATTERNS = {"webhook_secret": "1-256 characters: letters, digits, _ and - (openssl rand -hex 32)"}


def sample_agencies_path() -> Path:
    return Path(str(files("bot") / "sample" / "agencies.yaml"))


def sample_kb_path() -> Path:
    return Path(str(files("knowledge_base") / "sample"))


class ConfigError(Exception):
    """A setting is missing or malformed; the message names it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ADUAN_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    database_url: str = Field(
        default="sqlite+aiosqlite:///aduan.db",
        description="SQLAlchemy async URL: sqlite+aiosqlite:///file.db or "
        "postgresql+asyncpg://user@host/db",
    )
    telegram_token: str | None = Field(default=None, description="Bot token from @BotFather")
    telegram_api_base: str | None = Field(
        default=None, description="Base URL of a local Bot API server, e.g. http://127.0.0.1:8081"
    )
    agencies: Path = Field(default_factory=sample_agencies_path, description="Agencies file")
    kb: Path = Field(default_factory=sample_kb_path, description="Knowledge-base folder")
    timezone: str = Field(
        default="Asia/Jakarta",
        description="The regency's IANA time zone (WIB, WITA and WIT are read as the "
        "Asia/Jakarta, Asia/Makassar and Asia/Jayapura they stand for)",
    )
    default_language: str = Field(default="id", description="id or en")
    log_level: str = Field(default="INFO")
    log_format: str = Field(default="text", description="text, or json: one object per line")
    poll_timeout: int = Field(default=25, ge=0, le=50, description="getUpdates long-poll seconds")
    delivery_interval: float = Field(
        default=0.5, gt=0, description="Seconds between outbox scans when idle"
    )
    kb_reload_interval: float = Field(
        default=10.0, gt=0, description="Seconds between checks for a changed knowledge base"
    )
    sla_calendar: str | None = Field(
        default=None, description="working or always: the default SLA calendar"
    )
    sla_first_response: str | None = Field(
        default=None, description="Default first-response time for complaints, e.g. 3d"
    )
    sla_resolution: str | None = Field(
        default=None, description="Default follow-up time after the first response, e.g. 5d"
    )
    sweep_interval: str = Field(
        default="30s", description="How often the scheduler looks for due deadlines, e.g. 30s"
    )
    # -- delivery and web (the delivery issue) --
    delivery_rate: float = Field(
        default=30.0, gt=0, description="Messages per second to Telegram, the bot as a whole"
    )
    delivery_chat_rate: float = Field(
        default=1.0, gt=0, description="Messages per second to one private chat"
    )
    delivery_group_rate: float = Field(
        default=20.0, gt=0, description="Messages per minute to one group"
    )
    delivery_max_attempts: int = Field(
        default=8, ge=1, description="Attempts before a message is dead-lettered"
    )
    webhook_url: str | None = Field(
        default=None, description="Public HTTPS URL of the Telegram webhook; unset: long polling"
    )
    webhook_secret: str | None = Field(
        default=None,
        # Telegram's own rule for secret_token; checked here so a bad one fails at start
        # with the setting's name, not later inside setWebhook.
        pattern=r"^[A-Za-z0-9_-]{1,256}$",
        description="Secret token Telegram sends with every webhook request "
        "(1-256 characters: letters, digits, _ and -)",
    )
    web_host: str = Field(default="127.0.0.1", description="Address the web server listens on")
    web_port: int | None = Field(
        default=None, ge=0, le=65535, description="Port of /healthz, /metrics and the webhook"
    )
    # WhatsApp Cloud API (the WhatsApp channel is on when the access token is set)
    whatsapp_access_token: str | None = Field(default=None, description="Cloud API token")
    whatsapp_phone_number_id: str | None = Field(default=None, description="Sender number id")
    whatsapp_app_secret: str | None = Field(default=None, description="Signs webhook posts")
    whatsapp_verify_token: str | None = Field(default=None, description="Webhook verify token")
    whatsapp_api_version: str = Field(default="v21.0", description="Graph API version")
    whatsapp_api_base: str = Field(
        default="https://graph.facebook.com", description="Graph API base URL (or a provider's)"
    )
    whatsapp_reply_template: str = Field(
        default="aduan_ada_tanggapan",
        description="Approved template sent outside the 24-hour window ({{1}} = ticket code)",
    )
    whatsapp_template_language: str = Field(default="id", description="The template's language")
    whatsapp_webhook_host: str = Field(
        default="0.0.0.0", description="Web server address with WhatsApp when web_port is unset"
    )
    whatsapp_webhook_port: int = Field(
        default=8080, description="Web server port with WhatsApp when web_port is unset"
    )
    whatsapp_rate: float = Field(
        default=80.0, gt=0, description="Messages per second to WhatsApp, the number as a whole"
    )
    whatsapp_chat_rate: float = Field(
        default=10.0, gt=0, description="Messages per minute to one resident (pair rate)"
    )
    whatsapp_chat_burst: int = Field(
        default=20, ge=1, description="Messages one resident may get at once before the rate"
    )
    # -- open by default: the public page, open data and the Open311 API --
    transparency: bool = Field(
        default=False, description="Serve /transparansi, its open data and /open311 (off: 404)"
    )
    publish_after_days: int = Field(
        default=30, ge=0, description="Publish an unresolved public complaint after N days"
    )
    publish_interval: str = Field(
        default="60s", description="How often published reports are brought up to date"
    )
    open_data_licence: str = Field(
        default="CC-BY-4.0", description="Licence named in every open-data file (SPDX id)"
    )
    public_rate_per_minute: int = Field(
        default=120, ge=1, description="Requests per minute one address may make to public pages"
    )
    api_key_rate_per_minute: int = Field(
        default=600, ge=1, description="Requests per minute one Open311 API key may make"
    )
    public_cache_seconds: float = Field(
        default=30.0, ge=0, description="How long public pages and API answers are cached"
    )
    retention_inbox_days: int = Field(
        default=30, ge=0, description="Days to keep received updates (raw payloads); 0: for ever"
    )
    retention_photo_days: int = Field(
        default=365, ge=0, description="Days after a ticket closes to keep its photos; 0: for ever"
    )
    retention_contact_days: int = Field(
        default=730,
        ge=0,
        description="Days after a resident's last ticket closes to anonymise them; 0: never",
    )
    dashboard_url: str | None = Field(
        default=None,
        description="Public URL of the web server for the dashboard (/dasbor) and its login "
        "links, e.g. https://aduan.example.go.id; unset: no dashboard",
    )
    public_base_url: str | None = Field(
        default=None,
        description="Public URL of the web server (Open311 discovery), e.g. "
        "https://bot.example.go.id",
    )

    @field_validator("sla_calendar")
    @classmethod
    def _known_calendar(cls, value: str | None) -> str | None:
        if value is not None and value.strip().lower() not in ("working", "always"):
            raise ValueError("must be 'working' or 'always'")
        return value.strip().lower() if value else None

    @field_validator("sla_first_response", "sla_resolution", "sweep_interval", "publish_interval")
    @classmethod
    def _duration(cls, value: str | None) -> str | None:
        if value:
            parse_duration(value)
        return value

    @property
    def sweep_seconds(self) -> float:
        return parse_duration(self.sweep_interval).as_timedelta().total_seconds()

    @property
    def publish_seconds(self) -> float:
        return parse_duration(self.publish_interval).as_timedelta().total_seconds()

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        if value.startswith("sqlite:///"):
            return "sqlite+aiosqlite:///" + value.removeprefix("sqlite:///")
        if value.startswith(("postgresql://", "postgres://")):
            return "postgresql+asyncpg://" + value.split("://", 1)[1]
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError(
                "not a database URL: write sqlite:///aduan.db or "
                "postgresql://user:password@host:5432/dbname"
            )
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return known_zone(value)

    @field_validator("log_level")
    @classmethod
    def _known_log_level(cls, value: str) -> str:
        if value.strip().upper() not in LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
        return value.strip().upper()

    @field_validator("log_format")
    @classmethod
    def _known_log_format(cls, value: str) -> str:
        if value.strip().lower() not in ("text", "json"):
            raise ValueError("must be 'text' or 'json'")
        return value.strip().lower()

    @field_validator("default_language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in ("id", "en"):
            raise ValueError("must be 'id' or 'en'")
        return value

    @field_validator("telegram_api_base", "whatsapp_api_base", "public_base_url", "dashboard_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/") if value else value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def require_telegram_token(self) -> str:
        if not self.telegram_token:
            raise ConfigError(
                "ADUAN_TELEGRAM_TOKEN is not set: get a token from @BotFather and set it "
                "(or run `aduan demo` to try aduan without Telegram)"
            )
        return self.telegram_token

    def require_webhook_secret(self) -> None:
        """Webhook mode (``ADUAN_WEBHOOK_URL`` set) needs the secret token."""
        if self.webhook_url and not self.webhook_secret:
            raise ConfigError(
                "ADUAN_WEBHOOK_SECRET is not set: a webhook needs a secret token "
                "(1-256 characters A-Z, a-z, 0-9, _ and -)"
            )


def load_settings(**overrides: object) -> Settings:
    """Read settings, turning pydantic's errors and every ``ADUAN_*`` name that is no
    setting (a typo would leave the default in force) into one :class:`ConfigError`."""
    environ, env_lines = dict(os.environ), env_file_lines()
    problems = unknown_names(
        ("ADUAN_" + name.upper() for name in Settings.model_fields), environ, env_lines
    )
    settings = None
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems += [setting_problem(e, PATTERNS, environ, env_lines) for e in exc.errors()]
    if problems or settings is None:
        if len(problems) == 1:
            raise ConfigError(problems[0])
        raise ConfigError(f"{len(problems)} invalid settings:\n  " + "\n  ".join(problems))
    return settings
