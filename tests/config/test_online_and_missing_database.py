"""``check-config --online`` asks the database, the Bot API and the Graph API (here:
fakes on loopback); commands that read data refuse a database that was never made."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.preflight import online_problems
from knowledge_base.loader import KnowledgeBaseError, load_kb
from tests.config.cli import GOOD_TOKEN, Aduan
from tests.fakes.fake_bot_api import FakeBotApi
from tests.whatsapp.fake_graph_api import FakeGraphApi, settings_for


def settings(tmp_path: Path, **more: object) -> Settings:
    return Settings(  # type: ignore[arg-type]
        database_url=f"sqlite:///{tmp_path}/aduan.db", telegram_token=GOOD_TOKEN, **more
    )


async def test_online_checks_pass_when_everything_answers(tmp_path: Path) -> None:
    graph = await FakeGraphApi().start()
    try:
        async with FakeBotApi() as bot_api:
            found = await online_problems(
                settings(tmp_path, telegram_api_base=bot_api.base_url, **settings_for(graph))
            )
            assert [c for c, _ in bot_api.calls if c.lower() == "getme"]
    finally:
        await graph.stop()
    assert found == []
    assert not (tmp_path / "aduan.db").exists()  # a SQLite file run would create: fine


async def test_online_checks_name_a_refused_token_and_a_refused_graph_token(
    tmp_path: Path,
) -> None:
    graph = await FakeGraphApi().start()
    try:
        async with FakeBotApi() as bot_api:
            bot_api.fail_next("getMe", 401, "Unauthorized")
            whatsapp = {**settings_for(graph), "whatsapp_access_token": "wrong"}
            found = await online_problems(
                settings(tmp_path, telegram_api_base=bot_api.base_url, **whatsapp)
            )
    finally:
        await graph.stop()
    assert any("ADUAN_TELEGRAM_TOKEN" in p for p in found)
    assert any("Graph API answered 401" in p for p in found)


async def test_online_checks_name_servers_that_do_not_answer(tmp_path: Path) -> None:
    found = await online_problems(
        Settings(  # type: ignore[arg-type]
            database_url="postgresql://postgres@127.0.0.1:9/aduan",
            telegram_token=GOOD_TOKEN,
            telegram_api_base="http://127.0.0.1:9",
            **{**settings_for(FakeGraphApi()), "whatsapp_api_base": "http://127.0.0.1:9"},
        )
    )
    assert len(found) == 3 and all("\n" not in p for p in found)
    assert "database 127.0.0.1:9/aduan" in found[0]


@pytest.mark.parametrize(
    "command", [("outbox", "list"), ("outbox", "retry", "--all"), ("kb", "gaps")]
)
def test_read_commands_refuse_a_database_that_does_not_exist(
    aduan: Aduan, command: tuple[str, ...]
) -> None:
    result = aduan(*command)
    assert result.exit_code == 2
    assert f"no database at {aduan.folder / 'aduan.db'}" in result.stderr
    assert not (aduan.folder / "aduan.db").exists()


def test_health_calls_a_missing_database_unhealthy(aduan: Aduan) -> None:
    result = aduan("health", "--no-web")
    assert result.exit_code == 1 and "no database at" in result.stderr
    assert not (aduan.folder / "aduan.db").exists()


def test_health_names_a_database_server_that_refuses_and_what_to_check(aduan: Aduan) -> None:
    aduan.set(database_url="postgresql://postgres@127.0.0.1:9/aduan")  # nothing listens on 9
    result = aduan("health", "--no-web")
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("unhealthy: database 127.0.0.1:9/aduan: ")
    assert line.endswith("(check ADUAN_DATABASE_URL, and that the database server is up)")


def test_read_commands_refuse_a_database_without_aduans_tables(aduan: Aduan) -> None:
    import sqlite3

    sqlite3.connect(aduan.folder / "other.db").close()
    aduan.set(database_url="sqlite:///other.db")
    result = aduan("outbox", "list")
    assert result.exit_code == 2 and "holds no aduan tables" in result.stderr


def test_the_loader_refuses_what_the_checker_refuses(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "a.yaml").write_text(
        "- id: pajak\n  agency: bapenda\n  questions:\n    - Cara bayar PBB\n"
        "  answer: Bayar di bank.\n  keyword: [pbb]\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError, match="unknown field 'keyword'"):
        load_kb(kb)
    (kb / "a.yaml").write_text(
        "- id: pajak\n  agency: bapendaa\n  questions:\n    - Cara bayar PBB\n"
        "  answer: Bayar di bank.\n",
        encoding="utf-8",
    )
    load_kb(kb)  # agencies unknown here: not checked
    with pytest.raises(KnowledgeBaseError, match="unknown agency 'bapendaa'"):
        load_kb(kb, frozenset({"bapenda"}))
