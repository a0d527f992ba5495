"""Route one message to the conversation of its actor."""

from __future__ import annotations

from handlers.context import Turn
from handlers.groups import handle_group
from handlers.resident.router import handle_resident
from handlers.supervisor import handle_supervisor, is_supervisors_chat


async def dispatch(turn: Turn) -> None:
    if turn.message.is_private:
        await handle_resident(turn)
    elif is_supervisors_chat(turn):
        await handle_supervisor(turn)
    else:
        await handle_group(turn)
