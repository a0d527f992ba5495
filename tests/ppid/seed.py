"""A small year of information requests (2026) for the register and report tests, with
every figure computed by hand below. Working days: Monday–Friday minus Indonesia's
national holidays (no extra days off), times in WIB (UTC+7).

request        agency, channel        received (WIB)      decision, when              days
INF-2601-0001  disdukcapil, telegram  Mon 5 Jan 09:00     granted, Wed 7 Jan 10:00       2
INF-2601-0002  disdukcapil, whatsapp  Wed 14 Jan 09:00    partial (h), Tue 20 Jan 09:00  3
INF-2602-0001  dinkes, telegram       Mon 2 Feb 09:00     rejected (h), Fri 13 Feb 15:00 9
INF-2603-0001  dinkes, whatsapp       Mon 9 Mar 09:00     rejected (a), Thu 26 Mar 10:00 12
INF-2604-0001  pupr, telegram         Wed 1 Apr 09:00     not held, Wed 22 Apr 09:00     14
INF-2605-0001  pupr, whatsapp         Mon 4 May 09:00     undocumented, Fri 29 May 09:00 17
INF-2607-0001  disdukcapil, telegram  Mon 6 Jul 09:00     none, still open               -
INF-2608-0001  dinkes, open311        Mon 3 Aug 09:00     none, closed                   -
INF-2609-0001  disdukcapil, whatsapp  Tue 1 Sep 09:00     granted, Tue 1 Sep 14:00       0
INF-2612-0001  pupr, telegram         Thu 31 Dec 23:30    granted, Wed 6 Jan 2027 09:00  2
INF-2512-0009  pupr, telegram         Mon 29 Dec 2025     outside 2026
INF-2701-0001  pupr, telegram         Fri 1 Jan 2027 00:30 (still 2026 in UTC): outside 2026

Days off on the way: Fri 16 Jan (Isra' Mi'raj), Thu 19 Mar (Nyepi), Fri 3 Apr (Good
Friday), Thu 14 May (Ascension), Wed 27 May (Eid al-Adha), Fri 1 and Tue 5 Jan 2027.

Within 10 working days: the first three, 2609-0001 and 2612-0001 (5 of 8). 2603-0001
was due on Tue 24 Mar and 2604-0001 on Thu 16 Apr, both within 17 (Thu 2 Apr, Mon 27
Apr); 2605-0001 was due Tue 19 May and decided exactly at its 17-day deadline, Fri 29
May 09:00. Days, sorted: 0 2 2 3 9 12 14 17: mean 59/8 = 7.4, median (3+9)/2 = 6.0.

Objections: KEB-2601-0001 on 2601-0002, ground f (cost), rejected; KEB-2602-0001 on
2602-0001, ground a, upheld (the requester accepts); KEB-2603-0001 on 2603-0001, ground
a, rejected; KEB-2607-0001 on 2607-0001, ground c (not answered), pending.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import tickets
from storage.models import Contact, Ticket
from storage.ppid.tables import PpidDecision, PpidObjection

ZONE = ZoneInfo("Asia/Jakarta")
SUPERIOR_NAME = "Drs. H. Ahmad Fauzi, M.Si."
SUPERIOR_POSITION = "Sekretaris Daerah Kabupaten Sukamaju"


def wib(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZONE).astimezone(UTC)


# code, agency, channel, received, status, decision (kind, exemption, when)
REQUESTS: list[tuple[str, str, str, datetime, str, tuple[str, str | None, datetime] | None]] = [
    ("INF-2601-0001", "disdukcapil", "telegram", wib(2026, 1, 5, 9), "closed",
     ("granted", None, wib(2026, 1, 7, 10))),
    ("INF-2601-0002", "disdukcapil", "whatsapp", wib(2026, 1, 14, 9), "closed",
     ("partial", "h", wib(2026, 1, 20, 9))),
    ("INF-2602-0001", "dinkes", "telegram", wib(2026, 2, 2, 9), "closed",
     ("rejected", "h", wib(2026, 2, 13, 15))),
    ("INF-2603-0001", "dinkes", "whatsapp", wib(2026, 3, 9, 9), "closed",
     ("rejected", "a", wib(2026, 3, 26, 10))),
    ("INF-2604-0001", "pupr", "telegram", wib(2026, 4, 1, 9), "closed",
     ("not_held", None, wib(2026, 4, 22, 9))),
    ("INF-2605-0001", "pupr", "whatsapp", wib(2026, 5, 4, 9), "closed",
     ("undocumented", None, wib(2026, 5, 29, 9))),
    ("INF-2607-0001", "disdukcapil", "telegram", wib(2026, 7, 6, 9), "open", None),
    ("INF-2608-0001", "dinkes", "open311:lapor", wib(2026, 8, 3, 9), "closed", None),
    ("INF-2609-0001", "disdukcapil", "whatsapp", wib(2026, 9, 1, 9), "closed",
     ("granted", None, wib(2026, 9, 1, 14))),
    ("INF-2612-0001", "pupr", "telegram", wib(2026, 12, 31, 23, 30), "closed",
     ("granted", None, wib(2027, 1, 6, 9))),
    ("INF-2512-0009", "pupr", "telegram", wib(2025, 12, 29, 9), "closed",
     ("granted", None, wib(2025, 12, 30, 9))),
    ("INF-2701-0001", "pupr", "telegram", wib(2027, 1, 1, 0, 30), "open", None),
]  # fmt: skip

# code, request, ground, filed, verdict, responded, requester's response
OBJECTIONS: list[tuple[str, str, str, datetime, str | None, datetime | None, str]] = [
    ("KEB-2601-0001", "INF-2601-0002", "f", wib(2026, 1, 22, 10), "rejected",
     wib(2026, 2, 5, 10), ""),
    ("KEB-2602-0001", "INF-2602-0001", "a", wib(2026, 2, 16, 10), "upheld",
     wib(2026, 3, 2, 10), "Saya menerima"),
    ("KEB-2603-0001", "INF-2603-0001", "a", wib(2026, 3, 30, 10), "rejected",
     wib(2026, 4, 14, 10), "Akan ke Komisi Informasi"),
    ("KEB-2607-0001", "INF-2607-0001", "c", wib(2026, 7, 21, 10), None, None, ""),
]  # fmt: skip


def _details(code: str, channel: str) -> dict[str, object]:
    number = code[-4:]
    return {
        "name": f"Pemohon {number}", "occupation": "Mahasiswa",
        "contact": f"+62812345{number}", "contact_kind": "phone",
        "purpose": f"Penelitian {number}", "delivery": "email", "channel": channel,
        "agency_known": True,
    }  # fmt: skip


def _decision(ticket: Ticket, kind: str, exemption: str | None, at: datetime) -> PpidDecision:
    gives = kind in ("granted", "partial")
    return PpidDecision(
        ticket_id=ticket.id or 0, kind=kind, exemption=exemption,
        consequence="Membuka data pribadi merugikan warga" if exemption else "",
        withheld="NIK" if kind == "partial" else "", held_by="BPN" if kind == "not_held" else "",
        reason="Belum ada" if kind == "undocumented" else "",
        form="softcopy" if gives else None, cost=50000 if kind == "partial" else 0,
        handover="Lewat chat" if gives else "", decided_at=at, decision_due_at=at,
        decided_by="staff:9001", decided_by_name="Siti Rahmawati",
        handed_over_at=at if gives else None,
    )  # fmt: skip


async def seed_year(sessions: async_sessionmaker[AsyncSession]) -> dict[str, int]:
    """The requests and objections above; returns each request's id by code."""
    async with sessions.begin() as session:
        contact = Contact(
            channel="telegram", external_id="1001", chat_id="1001", display_name="Pemohon",
            created_at=wib(2025, 12, 1, 9),
        )  # fmt: skip
        session.add(contact)
        await session.flush()
        ids: dict[str, int] = {}
        for code, agency, channel, received, status, decision in REQUESTS:
            ticket = Ticket(
                code=code, kind="info", status=status, agency_code=agency,
                contact_id=contact.id or 0, description=f"Data untuk {code}",
                details=_details(code, channel), channel=channel.split(":")[0],
                created_at=received, updated_at=received,
            )  # fmt: skip
            await tickets.add_ticket(session, ticket, "resident:1", received)
            ids[code] = ticket.id or 0
            if decision is not None:
                session.add(_decision(ticket, *decision))
        for code, request, ground, filed, verdict, responded, response in OBJECTIONS:
            session.add(
                PpidObjection(
                    code=code, request_id=ids[request], contact_id=contact.id or 0,
                    ground=ground, explanation="Saya keberatan atas jawaban PPID",
                    filed_at=filed, due_at=filed, verdict=verdict, responded_at=responded,
                    response="Tanggapan tertulis" if verdict else "",
                    responder_name=SUPERIOR_NAME if verdict else "",
                    responder_position=SUPERIOR_POSITION if verdict else "",
                    requester_response=response,
                )
            )  # fmt: skip
        return ids
