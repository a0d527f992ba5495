"""A small December 2026 for figure tests, made the way the handlers make it: each
ticket's events happen in order and its figures are recorded as they happen.

Hand-computed expectations (working hours 08:00–16:00 WIB, Monday–Friday; Thursday
24 December is configured as cuti bersama, Friday 25 December is Christmas):

- ADU-2612-0001 pupr, public, Telegram: received Mon 21 Dec 09:00, answered Tue 22
  09:00 (8 working hours), resolved Wed 23 15:00 (22 h), rated 5.
- ADU-2612-0002 pupr, anonymous, WhatsApp: received Wed 23 Dec 15:00, answered Mon 28
  09:00 (2 h: one hour each side of the long weekend), not yet closed.
- ADU-2612-0003 pupr, confidential, Telegram: received Tue 1 Dec 10:00, never answered:
  waiting and overdue (due Fri 4 Dec 10:00).
- ADU-2612-0004 dlh (reassigned from pupr), Telegram: received Thu 3 Dec 09:00,
  answered Thu 10 09:00 (40 h, late: due Tue 8), reopened by the resident, resolved Fri
  11 09:00 (48 h, within five working days of the answer), rated 2.
- INF-2612-0001 dinkes information request, WhatsApp: received Mon 7 Dec 09:00, rejected.
- ADU-2611-0009 pupr: received Fri 20 Nov 09:00, outside the period, never answered:
  still waiting and overdue now (so PUPR has two tickets open and overdue now).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.messages import Channel, OutgoingMessage
from domain.sla.rules import SlaRules, parse_sla
from storage import sla, tickets
from storage.figures.stamp import stamp_timing
from storage.models import Contact, OutboxEntry, Ticket

ZONE = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 12, 29, 3, 0, tzinfo=UTC)  # Tuesday 29 December 10:00 WIB
RULES: SlaRules = parse_sla({"sla": {"extra_days_off": ["2026-12-24"]}}, ZONE)
RESIDENT_NAME = "Siti Aminah"
RESIDENT_PHONE = "+6281234567890"


def local(day: int, hour: int, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=ZONE).astimezone(UTC)


@dataclass
class Story:
    session: AsyncSession
    ticket: Ticket

    def at(self, moment: datetime, actor: str, action: str, detail: str | None = None) -> None:
        self.ticket.updated_at = moment
        sla.reschedule(self.session, self.ticket, moment, RULES)
        stamp_timing(self.ticket, RULES, moment)
        tickets.record_event(self.session, self.ticket, actor, action, detail, moment)

    def answer(self, moment: datetime, text: str) -> None:
        self.ticket.first_response_at = self.ticket.first_response_at or moment
        self.ticket.status = "answered"
        self.at(moment, "staff:9001 Rina", "replied", text)
        channel = self.ticket.channel or "telegram"
        # what the relay queues: the admin's words, the resident's chat
        payload = OutgoingMessage(Channel(channel), "1001", text).to_json()
        self.session.add(
            OutboxEntry(
                channel=channel, chat_id="1001", payload=payload,
                purpose="resident", ticket_id=self.ticket.id, status="sent",
                available_at=moment, created_at=moment, sent_at=moment,
            )
        )  # fmt: skip

    def resolve(self, moment: datetime) -> None:
        self.ticket.status, self.ticket.resolved_at = "resolved", moment
        self.at(moment, "staff:9001 Rina", "resolved")

    def rate(self, moment: datetime, score: int) -> None:
        self.ticket.rating, self.ticket.rated_at = score, moment
        self.at(moment, "resident:1", "rated", str(score))


async def _contact(session: AsyncSession) -> Contact:
    contact = Contact(
        channel="telegram", external_id="1001", chat_id="1001", display_name=RESIDENT_NAME,
        phone=RESIDENT_PHONE, created_at=local(1, 8),
    )  # fmt: skip
    session.add(contact)
    await session.flush()
    return contact


async def _new(
    session: AsyncSession, contact: Contact, code: str, created: datetime, **fields: object
) -> Story:
    values: dict[str, object] = {
        "kind": "complaint", "status": "open", "agency_code": "pupr", "privacy": "public",
        "channel": "telegram", "description": f"Laporan {code}: jalan rusak di Desa Sukamaju",
        "location_text": "Jl. Raya Sukamaju km 3", "latitude": -6.9, "longitude": 107.6,
        **fields,
    }  # fmt: skip
    ticket = Ticket(
        code=code, contact_id=contact.id or 0, created_at=created, updated_at=created, **values
    )
    sla.reschedule(session, ticket, created, RULES)
    await tickets.add_ticket(session, ticket, f"resident:{contact.id}", created)
    return Story(session, ticket)


async def seed_december(sessions: async_sessionmaker[AsyncSession]) -> dict[str, int]:
    """The data set above; returns each ticket's id by code."""
    async with sessions.begin() as session:
        contact = await _contact(session)
        one = await _new(session, contact, "ADU-2612-0001", local(21, 9), category="jalan rusak")
        one.answer(local(22, 9), "Petugas datang besok")
        one.resolve(local(23, 15))
        one.rate(local(23, 16), 5)
        two = await _new(
            session, contact, "ADU-2612-0002", local(23, 15), privacy="anonymous",
            channel="whatsapp", category="jalan rusak",
        )  # fmt: skip
        two.answer(local(28, 9), "Sudah kami catat")
        three = await _new(
            session, contact, "ADU-2612-0003", local(1, 10), privacy="confidential",
            category="jembatan", description="Pungutan liar di proyek jembatan oleh oknum",
        )  # fmt: skip
        four = await _new(session, contact, "ADU-2612-0004", local(3, 9), category="sampah")
        four.ticket.agency_code, four.ticket.reassigned_count = "dlh", 1
        four.at(local(3, 11), "staff:9001 Rina", "reassigned", "pupr → dlh")
        four.answer(local(10, 9), "Truk sampah dijadwalkan")
        four.ticket.status, four.ticket.reopened_count = "open", 1
        four.at(local(10, 12), "resident:1", "reopened", "Belum diangkut")
        four.resolve(local(11, 9))
        four.rate(local(11, 10), 2)
        info = await _new(
            session, contact, "INF-2612-0001", local(7, 9), kind="info", agency_code="dinkes",
            channel="whatsapp", category=None, description="Mohon data jumlah puskesmas",
        )  # fmt: skip
        info.ticket.status = "rejected"
        info.at(local(8, 9), "staff:9003 Ani", "rejected", "Bukan informasi publik")
        await _new(session, contact, "ADU-2611-0009", local(20, 9, month=11))
        await session.flush()
        found = [one, two, three, four, info]
        return {story.ticket.code: story.ticket.id or 0 for story in found}
