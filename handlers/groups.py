"""Group chats. A configured staff group (or the shared forum) is the agencies'
workplace (:mod:`handlers.staff`); any other group gets nothing but ``/chatid``, so an
operator can find the id to put in the agencies file."""

from __future__ import annotations

from handlers.context import Turn
from handlers.dashboard import COMMANDS as DASHBOARD_COMMANDS
from handlers.dashboard import handle_login
from handlers.ppid import superior
from handlers.sla_commands import handle_sla_command
from handlers.staff.place import workplace_of
from handlers.staff.router import handle_staff


async def handle_group(turn: Turn) -> None:
    message = turn.message
    command = message.command
    if await handle_sla_command(turn):
        return
    if command is not None and command[0] == "/chatid":
        agency = turn.services.agencies.by_staff_chat(message.chat_id)
        key = "chat-id-staff" if agency else "chat-id-group"
        turn.reply(turn.staff_t(key, chat_id=message.chat_id, agency=agency.name if agency else ""))
        return
    if command is not None and command[0] in DASHBOARD_COMMANDS:
        await handle_login(turn)
        return
    if superior.is_superior_chat(turn):
        await superior.handle(turn)
        return
    place = workplace_of(turn)
    if place is None:
        return  # not a staff chat: nothing here acts on tickets
    await handle_staff(turn, place)
