"""``aduan privacy`` finds a requester by the e-mail or phone they typed into an
information request (their Telegram contact has neither), exports their PPID letter
and erases it with them; the monthly report stays."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from sqlmodel import col, select

from storage import documents
from storage.documents import StoredDocument
from storage.engine import create_engine, session_factory
from storage.models import Contact, Ticket
from tests.config.cli import Aduan, aduan  # noqa: F401  (fixture)

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


async def _seed(url: str) -> None:
    engine = create_engine(url)
    try:
        async with session_factory(engine).begin() as session:
            contact = Contact(channel="telegram", external_id="7001", chat_id="7001",
                              display_name="Siti", created_at=NOW)  # fmt: skip
            session.add(contact)
            await session.flush()
            ticket = Ticket(code="INF-2612-0001", kind="info", status="closed",
                            agency_code="pupr", contact_id=contact.id or 0,
                            description="Salinan anggaran jalan desa 2026",
                            details={"name": "Siti Aminah", "contact": "siti@contoh.go.id"},
                            created_at=NOW, updated_at=NOW, closed_at=NOW)  # fmt: skip
            session.add(ticket)
            await session.flush()
            key = documents.notice_key(ticket.id or 0, "id")
            await documents.keep(session, key, "INF-2612-0001.pdf", b"%PDF Siti Aminah", NOW)
            await documents.keep(session, "monthly-report:2026-11:id", "m.pdf", b"%PDF 12", NOW)
    finally:
        await engine.dispose()


async def _kept(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            keys = await session.execute(
                select(StoredDocument.key).order_by(col(StoredDocument.id))
            )
            return list(keys.scalars())
    finally:
        await engine.dispose()


def test_a_requester_is_found_by_the_email_they_typed_and_their_letter_goes_with_them(
    aduan: Aduan,  # noqa: F811
) -> None:
    assert aduan("db", "upgrade").exit_code == 0
    url = f"sqlite+aiosqlite:///{aduan.folder / 'aduan.db'}"
    asyncio.run(_seed(url))

    exported = aduan("privacy", "export", "--contact", "Siti@Contoh.GO.ID")
    assert exported.exit_code == 0, exported.output
    held = json.loads(exported.output)
    assert held["contact"]["external_id"] == "7001"
    assert [d["name"] for d in held["documents"]] == ["INF-2612-0001.pdf"]

    erased = aduan("privacy", "erase", "--contact", "siti@contoh.go.id", "--yes")
    assert erased.exit_code == 0, erased.output
    assert "1 letters deleted" in erased.output
    assert asyncio.run(_kept(url)) == ["monthly-report:2026-11:id"]
    assert aduan("privacy", "export", "--contact", "siti@contoh.go.id").exit_code == 1
