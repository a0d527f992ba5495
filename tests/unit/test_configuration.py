from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from domain.agencies import AgenciesFileError, load_agencies, parse_agencies
from domain.i18n import Translator, message_keys


def test_defaults_run_the_demo_without_any_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ADUAN_DATABASE_URL", "ADUAN_TELEGRAM_TOKEN", "ADUAN_AGENCIES", "ADUAN_KB"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.agencies.is_file() and settings.kb.is_dir()


def test_plain_database_urls_get_an_async_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADUAN_DATABASE_URL", "postgresql://u@h/db")
    assert load_settings().database_url == "postgresql+asyncpg://u@h/db"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ADUAN_DATABASE_URL", "mysql://x"),
        ("ADUAN_TIMEZONE", "Mars/Olympus"),
        ("ADUAN_DEFAULT_LANGUAGE", "fr"),
        ("ADUAN_TELEGRAM_API_BASE", "ftp://x"),
        ("ADUAN_POLL_TIMEOUT", "abc"),
        ("ADUAN_WEBHOOK_SECRET", "has spaces and ü"),
        ("ADUAN_WEBHOOK_SECRET", "x" * 257),
    ],
)
def test_a_malformed_setting_is_named_in_the_error(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=name):
        load_settings()


def test_a_missing_token_is_named_when_running(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ADUAN_TELEGRAM_TOKEN", raising=False)
    with pytest.raises(ConfigError, match="ADUAN_TELEGRAM_TOKEN"):
        load_settings().require_telegram_token()


def test_agencies_file_errors_say_where(tmp_path: Path) -> None:
    path = tmp_path / "agencies.yaml"
    path.write_text("agencies:\n  - code: Bad Code\n    name: X\ndefault_agency: x\n")
    with pytest.raises(AgenciesFileError, match=r"agencies\[0\].*code"):
        load_agencies(path)
    with pytest.raises(AgenciesFileError, match="default_agency"):
        parse_agencies({"agencies": [{"code": "a1", "name": "A"}], "default_agency": "zz"})
    with pytest.raises(AgenciesFileError, match="chat id"):
        parse_agencies(
            {
                "agencies": [{"code": "a1", "name": "A", "staff_chat_id": "grup"}],
                "default_agency": "a1",
            }
        )
    with pytest.raises(AgenciesFileError, match="ADUAN_AGENCIES"):
        load_agencies(tmp_path / "missing.yaml")


def test_both_catalogs_have_the_same_messages() -> None:
    assert message_keys("id") == message_keys("en")
    assert len(message_keys("id")) > 100


def test_catalog_arguments_are_html_escaped() -> None:
    text = Translator("en")("card-location", location="<b>Jl. A & B</b>")
    assert text == "Location: &lt;b&gt;Jl. A &amp; B&lt;/b&gt;"


def test_an_unknown_language_falls_back_to_indonesian() -> None:
    assert Translator("fr")("skip") == Translator("id")("skip")


def test_long_arguments_are_not_cut_by_the_catalog() -> None:
    description = "Jalan <rusak> & berlubang. " * 200
    text = Translator("id")("card-location", location=description)
    assert text.count("&lt;rusak&gt;") == 200


def test_webhook_mode_without_a_secret_is_named_when_running(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ADUAN_WEBHOOK_URL", "https://bot.example.invalid/")
    monkeypatch.delenv("ADUAN_WEBHOOK_SECRET", raising=False)
    with pytest.raises(ConfigError, match="ADUAN_WEBHOOK_SECRET"):
        load_settings().require_webhook_secret()
    monkeypatch.setenv("ADUAN_WEBHOOK_SECRET", "a-good_secret")
    load_settings().require_webhook_secret()  # set: nothing to say
