"""Which contacts a ``--contact`` argument names: a contact id (``42``), a channel and
platform id (``telegram:7001``, ``whatsapp:6281234567890``), or a phone number in any
usual Indonesian form (``0812-3456-7890``, ``+62 812 3456 7890``), matched against the
contacts' phones and WhatsApp ids, or an e-mail address. A phone number or e-mail also
finds the residents who typed it as the contact of an information request (both sides
normalised, :mod:`domain.ppid.contact`), whatever channel they wrote from, and an e-mail
finds the requesters of the Open311 API who gave it (their contact's id is a hash, the
address is on their reports, :mod:`storage.requesters`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, or_, select

from domain.messages import Channel
from domain.ppid.contact import ContactAddress, ContactKind, parse_contact
from domain.tickets import TicketKind
from storage.models import Contact, Ticket
from storage.requesters import CHANNEL as API_CHANNEL

_NOT_DIGIT = re.compile(r"\D")
CHANNELS = frozenset({*(c.value for c in Channel if c is not Channel.STORED), "open311"})


def phone_digits(text: str) -> str | None:
    """``6281234567890`` for every usual way of writing an Indonesian number; ``None``
    when ``text`` is not a phone number."""
    stripped = text.strip()
    if not re.fullmatch(r"\+?[\d\s().-]{6,24}", stripped):
        return None
    digits = _NOT_DIGIT.sub("", stripped)
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return digits if 8 <= len(digits) <= 15 else None


async def find_contacts(session: AsyncSession, given: str) -> Sequence[Contact]:
    """The contacts ``given`` names (none when it names nobody)."""
    given = given.strip()
    if given.isdigit() and len(given) < 8:
        found = await session.get(Contact, int(given))
        return [found] if found is not None else []
    channel, _, external = given.partition(":")
    if external and channel in CHANNELS:
        result = await session.execute(
            select(Contact).where(Contact.channel == channel, Contact.external_id == external)
        )
        return result.scalars().all()
    matches = {c.id or 0: c for c in await _by_phone(session, given)}
    matches.update((c.id or 0, c) for c in await _requesters(session, given))
    matches.update((c.id or 0, c) for c in await _api_requesters(session, given))
    return [matches[key] for key in sorted(matches)]


async def _by_phone(session: AsyncSession, given: str) -> Sequence[Contact]:
    digits = phone_digits(given)
    if digits is None:  # "HP: 0812 3456 7890", "wa 0812-3456-7890"
        parsed = parse_contact(given)
        if not isinstance(parsed, ContactAddress) or parsed.kind is not ContactKind.PHONE:
            return []
        digits = parsed.value.removeprefix("+")
    local = "0" + digits[2:]
    forms = {digits, "+" + digits, local}
    result = await session.execute(
        select(Contact)
        .where(
            or_(
                col(Contact.phone).in_(forms),
                (col(Contact.channel) == "whatsapp") & (col(Contact.external_id) == digits),
            )
        )
        .order_by(col(Contact.id))
    )
    return result.scalars().all()


def _same(wanted: ContactAddress, typed: object) -> bool:
    if not isinstance(typed, str):
        return False
    found = parse_contact(typed)
    return (
        isinstance(found, ContactAddress)
        and found.kind is wanted.kind
        and found.value.casefold() == wanted.value.casefold()
    )


async def _requesters(session: AsyncSession, given: str) -> Sequence[Contact]:
    """The contacts whose information requests name ``given`` as the requester's contact."""
    wanted = parse_contact(given)
    if not isinstance(wanted, ContactAddress):
        return []
    rows = await session.execute(
        select(Ticket.contact_id, Ticket.details).where(
            Ticket.kind == TicketKind.INFO_REQUEST.value
        )
    )
    ids = sorted({owner for owner, details in rows if _same(wanted, details.get("contact"))})
    if not ids:
        return []
    result = await session.execute(select(Contact).where(col(Contact.id).in_(ids)))
    return result.scalars().all()


async def _api_requesters(session: AsyncSession, given: str) -> Sequence[Contact]:
    """The Open311 requesters whose reports carry ``given`` as their e-mail."""
    wanted = parse_contact(given)
    if not isinstance(wanted, ContactAddress) or wanted.kind is not ContactKind.EMAIL:
        return []
    rows = await session.execute(
        select(Ticket.contact_id, Ticket.details)
        .join(Contact, col(Contact.id) == col(Ticket.contact_id))
        .where(Contact.channel == API_CHANNEL)
    )
    ids = sorted({owner for owner, details in rows if _same(wanted, _api_email(details))})
    if not ids:
        return []
    result = await session.execute(select(Contact).where(col(Contact.id).in_(ids)))
    return result.scalars().all()


def _api_email(details: object) -> object:
    requester = details.get("requester") if isinstance(details, dict) else None
    return requester.get("email") if isinstance(requester, dict) else None
