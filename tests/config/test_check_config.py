"""``aduan check-config`` checks everything ``aduan run`` checks before it starts, and
``run`` refuses what ``check-config`` reports: the same function decides both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.config.cli import GOOD_TOKEN, Aduan

ENTRY = """- id: {id}
  agency: {agency}
  questions:
    - Bagaimana cara membuat KTP elektronik?
  {answer_key}: Datang ke kantor Disdukcapil dengan membawa KK.
"""

BROKEN_KBS = {
    "an entry without an answer": (
        "- id: ktp\n  agency: disdukcapil\n  questions:\n    - Cara membuat KTP\n",
        "missing 'answer'",
    ),
    "an unknown agency": (
        ENTRY.format(id="ktp", agency="dukcapil", answer_key="answer"),
        "unknown agency 'dukcapil'",
    ),
    "a duplicate id": (
        ENTRY.format(id="ktp", agency="disdukcapil", answer_key="answer") * 2,
        "duplicate id 'ktp'",
    ),
    "a misspelt field": (
        ENTRY.format(id="ktp", agency="disdukcapil", answer_key="answr"),
        "unknown field 'answr'",
    ),
}


def broken_kb(folder: Path, case: str) -> Path:
    kb = folder / "kb"
    kb.mkdir()
    (kb / "layanan.yaml").write_text(BROKEN_KBS[case][0], encoding="utf-8")
    return kb


@pytest.mark.parametrize("case", sorted(BROKEN_KBS))
def test_check_config_reports_what_kb_check_reports(aduan: Aduan, case: str) -> None:
    aduan.set(telegram_token=GOOD_TOKEN, kb=str(broken_kb(aduan.folder, case)))
    checked = aduan("check-config")
    assert checked.exit_code == 1
    assert BROKEN_KBS[case][1] in checked.stdout
    assert not checked.stdout.startswith("ok")
    kb_check = aduan("kb", "check", "--kb", str(aduan.folder / "kb"))
    assert kb_check.exit_code == 1 and BROKEN_KBS[case][1] in kb_check.stdout


@pytest.mark.parametrize("case", sorted(BROKEN_KBS))
def test_run_and_the_demo_refuse_the_knowledge_base_check_config_rejects(
    aduan: Aduan, case: str
) -> None:
    aduan.set(
        telegram_token=GOOD_TOKEN,
        telegram_api_base="http://127.0.0.1:9",  # never reached: refused before
        kb=str(broken_kb(aduan.folder, case)),
    )
    for command in ("run", "demo"):
        result = aduan(command)
        assert result.exit_code == 2, result.output
        assert BROKEN_KBS[case][1] in result.stderr
    assert not (aduan.folder / "aduan.db").exists()


SETTINGS_RUN_REFUSES = {
    "no token": ({}, "ADUAN_TELEGRAM_TOKEN is not set"),
    "a malformed token": ({"telegram_token": "12345"}, "ADUAN_TELEGRAM_TOKEN is malformed"),
    "a webhook without a secret": (
        {"webhook_url": "https://bot.example.go.id/telegram/webhook"},
        "ADUAN_WEBHOOK_SECRET is not set",
    ),
    "a webhook that is not HTTPS": (
        {"webhook_url": "http://bot.example.go.id/hook", "webhook_secret": "s3cret"},
        "https://",
    ),
    "a webhook on a port Telegram does not post to": (
        {"webhook_url": "https://bot.example.go.id:8080/hook", "webhook_secret": "s3cret"},
        "port 8080",
    ),
    "partial WhatsApp settings": (
        {"whatsapp_access_token": "EAAG", "whatsapp_phone_number_id": "1098"},
        "ADUAN_WHATSAPP_APP_SECRET, ADUAN_WHATSAPP_VERIFY_TOKEN not",
    ),
    "WhatsApp settings without the token": (
        {"whatsapp_app_secret": "x", "whatsapp_verify_token": "y"},
        "WhatsApp is half configured",
    ),
}


@pytest.mark.parametrize("case", sorted(SETTINGS_RUN_REFUSES))
def test_settings_run_refuses_are_problems_for_check_config(aduan: Aduan, case: str) -> None:
    settings, expected = SETTINGS_RUN_REFUSES[case]
    aduan.set(**{"telegram_token": GOOD_TOKEN, **settings})
    if case == "no token":
        aduan._monkeypatch.delenv("ADUAN_TELEGRAM_TOKEN")
    checked = aduan("check-config")
    assert checked.exit_code == 1 and expected in checked.stdout
    ran = aduan("run")
    assert ran.exit_code == 2 and expected in ran.stderr
    assert "Traceback" not in ran.output


def test_a_good_configuration_is_ok(aduan: Aduan) -> None:
    aduan.set(telegram_token=GOOD_TOKEN)
    result = aduan("check-config")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok: 15 agencies")


def test_an_offline_check_says_a_database_server_was_not_contacted(aduan: Aduan) -> None:
    aduan.set(telegram_token=GOOD_TOKEN, database_url="postgresql://postgres@127.0.0.1:9/nowhere")
    result = aduan("check-config")
    assert result.exit_code == 0, result.output
    assert "database 127.0.0.1:9/nowhere (not contacted: --online checks" in result.stdout


def test_check_config_online_names_an_unreachable_database_in_one_line(aduan: Aduan) -> None:
    aduan.set(
        telegram_token=GOOD_TOKEN,
        telegram_api_base="http://127.0.0.1:9",
        database_url="postgresql://postgres@127.0.0.1:9/nowhere",
    )
    result = aduan("check-config", "--online")
    assert result.exit_code == 1
    problems = [line for line in result.stdout.splitlines() if line.startswith("problem:")]
    assert any("database 127.0.0.1:9/nowhere" in p for p in problems)
    assert any("Telegram Bot API" in p for p in problems)
    assert "Traceback" not in result.output


def _sample_with(section: str, typo: str) -> dict[str, object]:
    import yaml

    from bot.config import sample_agencies_path

    data = yaml.safe_load(sample_agencies_path().read_text(encoding="utf-8"))
    if section == "ppid":
        data["ppid"][typo] = "-1001000000097"
    elif section == "agencies[0].ppid":
        data["agencies"][0]["ppid"][typo] = "Siti"
    else:
        data["sla"] = {"complaint": {typo: "2d"}}
    return dict(data)


NESTED_TYPOS = {
    "ppid": ("superior_chatid", "superior_chat_id"),
    "agencies[0].ppid": ("oficer", "officer"),
    "sla": ("first_respons", "first_response"),
}


@pytest.mark.parametrize("section", sorted(NESTED_TYPOS))
def test_a_typo_inside_a_section_of_the_agencies_file_is_one_problem_line_not_a_traceback(
    aduan: Aduan, section: str
) -> None:
    import yaml

    typo, meant = NESTED_TYPOS[section]
    path = aduan.folder / "agencies.yaml"
    path.write_text(yaml.safe_dump(_sample_with(section, typo)), encoding="utf-8")
    aduan.set(telegram_token=GOOD_TOKEN, agencies=str(path), telegram_api_base="http://127.0.0.1:9")
    checked = aduan("check-config")
    assert checked.exit_code == 1, checked.output
    assert f"'{typo}'" in checked.stdout and f"did you mean '{meant}'" in checked.stdout
    for command in ("run", "demo"):
        refused = aduan(command)
        assert refused.exit_code == 2 and f"'{typo}'" in refused.stderr, refused.output
