"""``aduan privacy export|erase`` and ``aduan db backup`` as an operator runs them, on
the SQLite file of a folder: erasing asks first (``--yes`` for scripts) and leaves an
audit line; a backup taken while the bot writes is whole, and restoring it brings the
data back."""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import threading
from datetime import UTC, datetime

from sqlmodel import select

from storage.dashboard import AuditEntry
from storage.engine import create_engine, session_factory
from storage.models import Contact, Ticket
from tests.config.cli import Aduan, aduan  # noqa: F401  (fixture)

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


async def _seed(url: str) -> None:
    engine = create_engine(url)
    try:
        async with session_factory(engine).begin() as session:
            contact = Contact(channel="whatsapp", external_id="6281234567890",
                              chat_id="6281234567890", display_name="Budi <Santoso>",
                              phone="+6281234567890", created_at=NOW)  # fmt: skip
            session.add(contact)
            await session.flush()
            session.add(
                Ticket(code="ADU-2612-0001", kind="complaint", status="closed",
                       agency_code="pupr", contact_id=contact.id or 0,
                       description="Lampu jalan mati di depan rumah Budi, HP 0812 3456 7890",
                       created_at=NOW, updated_at=NOW, closed_at=NOW)
            )  # fmt: skip
    finally:
        await engine.dispose()


def seeded(aduan: Aduan) -> str:  # noqa: F811
    assert aduan("db", "upgrade").exit_code == 0
    url = f"sqlite+aiosqlite:///{aduan.folder / 'aduan.db'}"
    asyncio.run(_seed(url))
    return url


async def _read(url: str) -> tuple[list[Ticket], list[AuditEntry]]:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            tickets = (await session.execute(select(Ticket))).scalars().all()
            audit = (await session.execute(select(AuditEntry))).scalars().all()
            return list(tickets), list(audit)
    finally:
        await engine.dispose()


def test_export_prints_everything_on_the_resident_as_json(aduan: Aduan) -> None:  # noqa: F811
    seeded(aduan)
    result = aduan("privacy", "export", "--contact", "0812-3456-7890")
    assert result.exit_code == 0, result.output
    held = json.loads(result.output)
    assert held["contact"]["display_name"] == "Budi <Santoso>"
    assert held["tickets"][0]["code"] == "ADU-2612-0001"
    assert aduan("privacy", "export", "--contact", "0899-0000-0000").exit_code == 1


def test_erase_asks_first_and_leaves_an_audit_line(aduan: Aduan) -> None:  # noqa: F811
    url = seeded(aduan)
    refused = CliInput(aduan, "n\n")("privacy", "erase", "--contact", "whatsapp:6281234567890")
    assert refused.exit_code == 1 and "nothing erased" in refused.output
    assert "Budi" in asyncio.run(_read(url))[0][0].description

    done = aduan("privacy", "erase", "--contact", "+62 812-3456-7890", "--yes", "--by", "ppid")
    assert done.exit_code == 0, done.output
    assert "erased contact 1: 1 tickets anonymised" in done.output
    [ticket], [audit] = asyncio.run(_read(url))
    assert "Budi" not in ticket.description and ticket.code == "ADU-2612-0001"
    assert (audit.actor, audit.action, audit.target) == (
        "operator:ppid",
        "privacy_erase",
        "contact:1",
    )
    assert aduan("privacy", "erase", "--contact", "0812-3456-7890", "--yes").exit_code == 1


class CliInput:
    def __init__(self, aduan: Aduan, text: str) -> None:  # noqa: F811
        self._aduan, self._text = aduan, text

    def __call__(self, *args: str) -> object:
        from typer.testing import CliRunner

        from bot.cli import build_app

        return CliRunner().invoke(build_app(), list(args), input=self._text)


def test_a_backup_taken_while_the_bot_writes_is_whole_and_restores(aduan: Aduan) -> None:  # noqa: F811
    seeded(aduan)
    database = aduan.folder / "aduan.db"
    stop = threading.Event()
    written = [0]

    def keep_writing() -> None:  # the running bot: a write every moment, in WAL mode
        connection = sqlite3.connect(database, timeout=30)
        while not stop.is_set():
            with connection:
                connection.execute(
                    "INSERT INTO kb_question_log (at, outcome, text, normalised) "
                    "VALUES ('2026-12-01 02:00:00', 'unanswered', 'jam buka', 'jam buka')"
                )
            written[0] += 1
        connection.close()

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while written[0] < 50:
            stop.wait(0.01)
        result = aduan("db", "backup", "backups/aduan-2026-12-01.db")
        assert result.exit_code == 1 + 1  # the folder does not exist: refused, nothing left
        (aduan.folder / "backups").mkdir()
        result = aduan("db", "backup", "backups/aduan-2026-12-01.db")
    finally:
        stop.set()
        writer.join()
    assert result.exit_code == 0, result.output
    assert "1 tickets" in result.output
    assert sorted(p.name for p in (aduan.folder / "backups").iterdir()) == ["aduan-2026-12-01.db"]

    restored = aduan.folder / "restored"
    restored.mkdir()
    shutil.copy(aduan.folder / "backups" / "aduan-2026-12-01.db", restored / "aduan.db")
    copy = sqlite3.connect(restored / "aduan.db")
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        logged = copy.execute("SELECT count(*) FROM kb_question_log").fetchone()[0]
    finally:
        copy.close()
    assert 50 <= logged <= written[0]
    aduan.set(database_url=f"sqlite:///{restored / 'aduan.db'}")
    exported = aduan("privacy", "export", "--contact", "whatsapp:6281234567890")
    assert exported.exit_code == 0 and "ADU-2612-0001" in exported.output
    assert aduan("db", "backup", "again.db").exit_code == 0  # a restored copy backs up too


def test_a_backup_into_a_folder_that_does_not_exist_says_to_create_it(aduan: Aduan) -> None:  # noqa: F811
    seeded(aduan)
    result = aduan("db", "backup", "backups/aduan-2026-12-01.db")
    assert result.exit_code == 2
    assert "there is no folder backups: create it first (mkdir -p backups)" in result.output
    assert not (aduan.folder / "backups").exists()


def test_backup_of_postgresql_points_to_pg_dump(aduan: Aduan) -> None:  # noqa: F811
    aduan.set(database_url="postgresql://postgres@127.0.0.1:5432/anything")
    result = aduan("db", "backup", "x.db")
    assert result.exit_code == 2 and "pg_dump" in result.output
