"""Group chats. A configured staff group is the agency's workplace (the staff
workflow builds on this); any other group gets nothing but ``/chatid``, so an operator
can find the id to put in the agencies file."""

from __future__ import annotations

from handlers.context import Turn


async def handle_group(turn: Turn) -> None:
    message = turn.message
    command = message.command
    if command is not None and command[0] == "/chatid":
        agency = turn.services.agencies.by_staff_chat(message.chat_id)
        key = "chat-id-staff" if agency else "chat-id-group"
        turn.reply(turn.staff_t(key, chat_id=message.chat_id, agency=agency.name if agency else ""))
        return
    if message.callback_data is not None and turn.services.agencies.by_staff_chat(message.chat_id):
        # Buttons on staff cards belong to the staff workflow; nothing else acts here.
        return
