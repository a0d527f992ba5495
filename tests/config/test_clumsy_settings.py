"""An operator's slips in ``.env`` and the environment stop aduan with one line that
names the variable, where it was set and what to write; none leaves the bot running on
a default the operator did not choose."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings
from tests.config.cli import GOOD_TOKEN, Aduan


def write_env(aduan: Aduan, *lines: str) -> None:
    (aduan.folder / ".env").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("command", ["check-config", "run", "demo"])
def test_a_misspelt_name_in_env_is_refused_with_its_line_and_the_name_meant(
    aduan: Aduan, command: str
) -> None:
    write_env(aduan, "# bot", f"ADUAN_TELEGRAM_TOKN={GOOD_TOKEN}")
    result = aduan(command)
    assert result.exit_code == 2, result.output
    assert (
        "ADUAN_TELEGRAM_TOKN (.env line 2) is not a setting of aduan: "
        "did you mean ADUAN_TELEGRAM_TOKEN?" in result.stderr
    )
    assert "Traceback" not in result.output and not (aduan.folder / "aduan.db").exists()


def test_a_misspelt_optional_setting_is_not_left_at_its_default(aduan: Aduan) -> None:
    aduan.set(telegram_token=GOOD_TOKEN, timezon="Asia/Makassar")
    result = aduan("check-config")
    assert result.exit_code == 2
    assert "ADUAN_TIMEZON (environment)" in result.stderr
    assert "did you mean ADUAN_TIMEZONE?" in result.stderr


def test_a_name_nothing_resembles_points_to_the_settings_table(aduan: Aduan) -> None:
    write_env(aduan, "ADUAN_KABUPATEN=Sukamaju")
    with pytest.raises(ConfigError, match=r"see the Configuration table in README\.md"):
        load_settings()


def test_names_read_by_docker_compose_and_the_tests_are_not_mistakes(aduan: Aduan) -> None:
    write_env(aduan, f"ADUAN_TELEGRAM_TOKEN={GOOD_TOKEN}", "ADUAN_HOST_PORT=8081")
    aduan.set(test_postgres_url="postgresql://postgres@127.0.0.1/test")
    assert load_settings().telegram_token == GOOD_TOKEN


def test_a_word_where_a_duration_goes_names_the_line_and_the_value(aduan: Aduan) -> None:
    write_env(aduan, f"ADUAN_TELEGRAM_TOKEN={GOOD_TOKEN}", "ADUAN_SLA_FIRST_RESPONSE=dua")
    result = aduan("check-config")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "error: ADUAN_SLA_FIRST_RESPONSE='dua' (.env line 2): "
        "'dua' is not a duration like 30s, 15m, 4h or 3d"
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("ADUAN_WEB_PORT=delapan", "ADUAN_WEB_PORT='delapan' (.env line 1): must be a whole"),
        ("ADUAN_TRANSPARENCY=ya", "ADUAN_TRANSPARENCY='ya' (.env line 1): must be true or false"),
        ("ADUAN_POLL_TIMEOUT=90", "ADUAN_POLL_TIMEOUT='90' (.env line 1): must be at most 50"),
        ("ADUAN_LOG_LEVEL=verbose", "must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL"),
        ("ADUAN_DATABASE_URL=postgresql//u:rahasia@db/aduan", "postgresql://user:password@host"),
    ],
)
def test_a_value_of_the_wrong_kind_says_what_is_expected(
    aduan: Aduan, line: str, said: str
) -> None:
    write_env(aduan, line)
    with pytest.raises(ConfigError) as refused:
        load_settings()
    assert said in str(refused.value)
    assert "\n" not in str(refused.value)


def test_an_exported_quoted_value_with_a_hash_is_read_whole_on_its_own_line(
    aduan: Aduan,
) -> None:
    write_env(
        aduan,
        "# Kabupaten Sukamaju",
        f'export ADUAN_TELEGRAM_TOKEN="{GOOD_TOKEN}"',
        'export ADUAN_WEB_PORT="80 # the old port"',
    )
    with pytest.raises(ConfigError) as refused:
        load_settings()
    assert str(refused.value) == (
        "ADUAN_WEB_PORT='80 # the old port' (.env line 3): must be a whole number"
    )


def test_secrets_are_never_repeated_in_the_message(aduan: Aduan) -> None:
    write_env(aduan, "ADUAN_WEBHOOK_SECRET=rahasia sekali", "ADUAN_DATABASE_URL=mysql://u:pw9@h/d")
    with pytest.raises(ConfigError) as refused:
        load_settings()
    message = str(refused.value)
    assert message.startswith("2 invalid settings:")
    assert "ADUAN_WEBHOOK_SECRET (.env line 1): expected 1-256 characters" in message
    assert "rahasia" not in message and "pw9" not in message


@pytest.mark.parametrize(
    ("written", "zone"),
    [("WIB", "Asia/Jakarta"), ("wita", "Asia/Makassar"), ("WIT", "Asia/Jayapura")],
)
def test_the_indonesian_zone_abbreviations_name_their_zones(
    aduan: Aduan, written: str, zone: str
) -> None:
    aduan.set(timezone=written)
    assert load_settings().timezone == zone


@pytest.mark.parametrize(
    ("written", "meant"), [("asia/jakarta", "Asia/Jakarta"), ("Asia/Makasar", "Asia/Makassar")]
)
def test_a_misspelt_time_zone_is_refused_with_the_zone_meant(
    aduan: Aduan, written: str, meant: str
) -> None:
    aduan.set(timezone=written)
    with pytest.raises(ConfigError, match=f"did you mean {meant}\\?"):
        load_settings()


def test_a_missing_token_says_when_no_env_file_was_found(aduan: Aduan) -> None:
    result = aduan("check-config")
    assert result.exit_code == 1
    assert f"(no .env in {aduan.folder}: start aduan in the folder that holds it)" in result.stdout
    write_env(aduan, "ADUAN_LOG_LEVEL=INFO")
    result = aduan("check-config")
    assert "ADUAN_TELEGRAM_TOKEN is not set" in result.stdout and "no .env" not in result.stdout


def test_a_bom_and_windows_line_endings_in_env_are_read(aduan: Aduan) -> None:
    (aduan.folder / ".env").write_bytes(
        b"\xef\xbb\xbfADUAN_TELEGRAM_TOKEN=" + GOOD_TOKEN.encode() + b"\r\nADUAN_TIMEZONE=WITA\r\n"
    )
    settings = load_settings()
    assert settings.telegram_token == GOOD_TOKEN and settings.timezone == "Asia/Makassar"
