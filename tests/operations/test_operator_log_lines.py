"""The operator's log: one line per ticket created, escalated and closed (after the
commit, none for what was rolled back, no personal data), the libraries' routine
chatter quiet, JSON lines for collectors, and no migration lines on a CLI command."""

from __future__ import annotations

import io
import json
import logging
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.log_setup import configure_logging
from storage import ticket_log
from tests.config.cli import Aduan, aduan  # noqa: F401  (fixture)
from tests.sla.support import make_ticket
from tests.staff.helpers import button, card_of, file_complaint, staff_presses
from tests.turns.deadlines import deadlines_of
from tests.turns.fixtures import both_databases
from tests.turns.rig import START, TurnRig

WIB = ZoneInfo("Asia/Jakarta")
TICKETS = "aduan.tickets"


def ticket_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == TICKETS]


@both_databases
async def test_a_ticket_created_escalated_and_closed_is_one_line_each_without_personal_data(
    turns: TurnRig, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=TICKETS)
    await make_ticket(turns, START, "ADU-2611-0001")
    [created] = ticket_lines(caplog)
    assert created.startswith("ticket ADU-2611-0001 created: complaint for agency pupr")
    assert "Warga" not in created and "rusak" not in created  # no name, no words

    await deadlines_of(turns).sweep_at(datetime(2026, 11, 26, 9, tzinfo=WIB).astimezone(UTC))
    assert ticket_lines(caplog)[1:] == [
        "ticket ADU-2611-0001 escalated to the supervisors (level 1)"
    ]


async def test_an_admin_closing_a_ticket_and_the_resident_confirming_log_created_and_closed(
    turns: TurnRig, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=TICKETS)
    await file_complaint(turns)
    await staff_presses(turns, button(card_of(turns), "Selesai"))
    await turns.press("Ya, sudah selesai")
    await turns.press("4")
    lines = ticket_lines(caplog)
    assert len(lines) == 2, lines
    assert " created: complaint for agency " in lines[0]
    assert lines[1].endswith("closed (confirmed, by resident)")
    assert "Siti" not in " ".join(lines)


async def test_a_rolled_back_transaction_leaves_no_ticket_line(
    turns: TurnRig, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=TICKETS)
    with pytest.raises(RuntimeError):
        async with turns.sessions.begin() as session:
            ticket_log.note(session, "ticket %s created", "ADU-2611-0099")
            raise RuntimeError("the turn failed")
    async with turns.sessions.begin() as session:
        async with session.begin_nested() as savepoint:
            ticket_log.note(session, "ticket %s created", "ADU-2611-0098")
            await savepoint.rollback()
        ticket_log.note(session, "ticket %s created", "ADU-2611-0097")
    assert ticket_lines(caplog) == ["ticket ADU-2611-0097 created"]


def test_json_logs_are_one_object_per_line_with_the_exception(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stream = io.StringIO()
    configure_logging("INFO", "json", stream)
    log = logging.getLogger("aduan.test")
    log.info('ticket %s created: "quoted"\nand a second line', "ADU-2611-0001")
    try:
        raise ValueError("boom")
    except ValueError:
        log.exception("sweep failed")
    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [r["level"] for r in records] == ["INFO", "ERROR"]
    assert records[0]["logger"] == "aduan.test"
    assert records[0]["message"] == 'ticket ADU-2611-0001 created: "quoted"\nand a second line'
    assert "ValueError: boom" in records[1]["exception"]
    assert records[0]["time"].endswith("+00:00")


def test_the_libraries_routine_lines_are_quiet_and_their_warnings_are_not() -> None:
    stream = io.StringIO()
    configure_logging("INFO", "text", stream)
    logging.getLogger("apscheduler.executors.default").info('Running job "sla-sweep"')
    logging.getLogger("alembic.runtime.migration").info("Context impl SQLiteImpl.")
    logging.getLogger("httpx").info("HTTP Request: POST https://graph.facebook.com")
    logging.getLogger("aiohttp.access").info('127.0.0.1 "POST /telegram/webhook" 200')
    logging.getLogger("apscheduler.scheduler").warning("job missed by 5 s")
    logging.getLogger("aduan.tickets").info("ticket ADU-2611-0001 created")
    out = stream.getvalue()
    assert "Running job" not in out and "Context impl" not in out
    assert "HTTP Request" not in out and "POST /telegram/webhook" not in out
    assert "job missed by 5 s" in out and "ticket ADU-2611-0001 created" in out


def test_a_cli_command_prints_no_migration_lines(aduan: Aduan) -> None:  # noqa: F811
    upgraded = aduan("db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    assert "Running upgrade" not in upgraded.output and "Context impl" not in upgraded.output
    assert "(was empty)" in upgraded.output
    listed = aduan("outbox", "list")
    assert listed.exit_code == 0, listed.output
    assert listed.output.strip() == "no dead letters"
    again = aduan("db", "upgrade")
    assert again.output.strip().startswith("database at revision ")
    assert "was" not in again.output


@pytest.fixture(autouse=True)
def _restore_root_logger() -> object:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield None
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
    root.setLevel(level)
