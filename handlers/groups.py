"""Group chats. A configured staff group (or the shared forum) is the agencies'
workplace (:mod:`handlers.staff`); any other group gets nothing but ``/chatid``, so an
operator can find the id to put in the agencies file."""

from __future__ import annotations

from domain.agencies import Agency, AgencyDirectory
from handlers.context import Turn
from handlers.dashboard import COMMANDS as DASHBOARD_COMMANDS
from handlers.dashboard import handle_login
from handlers.ppid import superior
from handlers.sla_commands import handle_sla_command
from handlers.staff.place import workplace_of
from handlers.staff.router import handle_staff


def chat_roles(
    chat_id: str, agencies: AgencyDirectory, superior_chats: set[str]
) -> list[tuple[str, Agency | None]]:
    """What the agencies file makes of a group: each role as a catalog key (``chat-role-*``)
    and the agency it is for (None for the regency's own chats)."""
    roles: list[tuple[str, Agency | None]] = []
    for agency in agencies.agencies:
        if chat_id == agency.staff_chat_id:
            roles.append(("chat-role-staff", agency))
        elif chat_id == agency.ppid_chat_id:
            roles.append(("chat-role-ppid", agency))
    if chat_id == agencies.supervisors_chat_id:
        roles.append(("chat-role-supervisors", None))
    if chat_id in superior_chats:
        roles.append(("chat-role-superior", None))
    return roles


def _answer_chat_id(turn: Turn) -> None:
    """The group's id and what it is registered as: an agency's staff group, its PPID's
    chat, the supervisors' group, the PPID superior's chat; or how to register it."""
    chat_id, t = turn.message.chat_id, turn.staff_t
    roles = chat_roles(chat_id, turn.services.agencies, turn.services.ppid.superior_chats())
    if not roles:
        turn.reply(t("chat-id-group", chat_id=chat_id))
        return
    named = "; ".join(
        t(key, agency=agency.name_in(t.language) if agency else "") for key, agency in roles
    )
    turn.reply(t("chat-id-registered", chat_id=chat_id, roles=named))


async def handle_group(turn: Turn) -> None:
    message = turn.message
    command = message.command
    if await handle_sla_command(turn):
        return
    if command is not None and command[0] == "/chatid":
        _answer_chat_id(turn)
        return
    if command is not None and command[0] in DASHBOARD_COMMANDS:
        await handle_login(turn)
        return
    place = workplace_of(turn)
    if superior.is_superior_chat(turn):
        if await superior.handle(turn):
            return
        if place is None:  # the superior's own chat (one shared with staff goes on to them)
            superior.nothing_pending(turn)
            return
    if place is None:
        return  # not a staff chat: nothing here acts on tickets
    await handle_staff(turn, place)
