"""Route one message to the conversation of its actor.

:func:`run_turn` is one whole turn: load the sender's contact and conversation, route
the message, and leave what it changed and what it sends (outbox rows) in the caller's
transaction. The inbox processor calls it for every update; the turn-level tests
(``tests/turns``) call it directly.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from domain.messages import IncomingMessage
from handlers.context import Services, Turn
from handlers.groups import handle_group
from handlers.resident.router import handle_resident
from handlers.supervisor import handle_supervisor, is_supervisors_chat
from storage.contacts import contact_and_conversation
from storage.transaction import Session

Dispatcher = Callable[[Turn], Awaitable[None]]


async def dispatch(turn: Turn) -> None:
    if turn.message.is_private:
        await handle_resident(turn)
    elif is_supervisors_chat(turn):
        await handle_supervisor(turn)
    else:
        await handle_group(turn)


async def run_turn(
    services: Services,
    session: Session,
    message: IncomingMessage,
    now: datetime,
    dispatcher: Dispatcher = dispatch,
) -> Turn:
    """Handle ``message`` in ``session``'s transaction; return the finished turn (what
    it sent, the popup text for a press)."""
    arrival = await contact_and_conversation(session, message, now)
    turn = Turn(
        services,
        session,
        message,
        arrival.contact,
        arrival.conversation,
        now,
        arrival.is_new,
        awaiting_details=arrival.awaiting_details,
    )
    await dispatcher(turn)
    return turn
