"""Route one message to the conversation of its actor."""

from __future__ import annotations

from handlers.context import Turn
from handlers.groups import handle_group
from handlers.resident.router import handle_resident


async def dispatch(turn: Turn) -> None:
    if turn.message.is_private:
        await handle_resident(turn)
    else:
        await handle_group(turn)
