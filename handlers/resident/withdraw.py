"""A resident takes their report off the public page: the button under ``/status
CODE`` (shown when the regency publishes reports) or ``/tarik CODE``. From then on it
is in no public output — page, open data or API — and staff cannot put it back."""

from __future__ import annotations

from domain.callbacks import Callback, pack
from domain.messages import Button
from domain.tickets import Privacy, TicketKind, looks_like_code
from handlers.context import Turn
from storage import publication_edits, tickets
from storage.models import Ticket

ACTION = "pw"


def may_withdraw(turn: Turn, ticket: Ticket) -> bool:
    """Only a complaint that could be published, when publishing is on."""
    return (
        turn.services.publication
        and ticket.kind == TicketKind.COMPLAINT.value
        and ticket.privacy != Privacy.CONFIDENTIAL.value
    )


async def button_for(turn: Turn, ticket: Ticket) -> tuple[tuple[Button, ...], ...]:
    if not may_withdraw(turn, ticket) or await publication_edits.is_withdrawn(
        turn.session, ticket.id or 0
    ):
        return ()
    return ((Button(turn.t("publication-withdraw-button"), pack(ACTION, ticket.id or 0)),),)


async def _own(turn: Turn, ticket: Ticket | None) -> Ticket | None:
    return ticket if ticket is not None and ticket.contact_id == turn.contact.id else None


async def withdraw(turn: Turn, ticket: Ticket | None, asked: str) -> None:
    ticket = await _own(turn, ticket)
    if ticket is None:
        turn.reply(turn.t("status-unknown", code=asked[:40]))  # as for anyone else's code
        return
    if not may_withdraw(turn, ticket):
        turn.reply(turn.t("publication-never-published", code=ticket.code))
        return
    done = await publication_edits.withdraw(
        turn.session, ticket, f"resident:{turn.contact.id}", turn.now
    )
    key = "publication-withdrawn" if done else "publication-already-withdrawn"
    turn.reply(turn.t(key, code=ticket.code))


async def on_button(turn: Turn, callback: Callback) -> None:
    raw = callback.arg(0)
    ticket = await turn.session.get(Ticket, int(raw)) if raw.isdigit() else None
    await withdraw(turn, ticket, ticket.code if ticket else "")


async def on_command(turn: Turn, arg: str) -> None:
    code = arg.split()[0].upper() if arg.split() else ""
    if not looks_like_code(code):
        turn.reply(turn.t("publication-withdraw-usage"))
        return
    await withdraw(turn, await tickets.by_code(turn.session, code), code)
