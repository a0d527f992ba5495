"""Where a staff message comes from, and whether its sender may act on a ticket.

A *workplace* is either one agency's own staff (or PPID) chat — plain or forum — a chat
several agencies share on purpose (``shared_chats`` in the agencies file), or the
shared forum, where several agencies' tickets each have a topic. Only an agency's own
chat (or a chat it shares) acts on its tickets; in the shared forum only the ticket's
own topic does. The optional per-agency allowlist (``admins``) applies on top.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.agencies import Agency, AgencyDirectory
from handlers.context import Turn
from storage.models import Ticket


@dataclass(frozen=True)
class Workplace:
    chat_id: str
    agency: Agency | None  # None in the shared forum and in a shared chat
    members: tuple[Agency, ...] = ()  # the agencies of a chat declared shared

    @property
    def shared(self) -> bool:
        return self.agency is None

    def agencies(self, directory: AgencyDirectory, user_id: str) -> list[Agency]:
        """The agencies whose tickets this person may list here."""
        if self.agency is not None:
            return [self.agency] if self.agency.allows(user_id) else []
        if self.members:
            return [a for a in self.members if a.allows(user_id)]
        return [
            a
            for a in directory.agencies
            if directory.place_for(a).chat_id == self.chat_id and a.allows(user_id)
        ]


def workplace_of(turn: Turn) -> Workplace | None:
    directory = turn.services.agencies
    chat_id = turn.message.chat_id
    members = directory.sharing(chat_id)
    if members:
        return Workplace(chat_id, None, members)
    agency = directory.by_staff_chat(chat_id)
    if agency is not None:
        return Workplace(chat_id, agency)
    if directory.is_shared_forum(chat_id):
        return Workplace(chat_id, None)
    return None


def refusal(turn: Turn, place: Workplace, ticket: Ticket) -> str | None:
    """``None`` when the sender may act on ``ticket`` from here, else the catalog key
    of the refusal to show."""
    directory = turn.services.agencies
    user_id = turn.message.sender.user_id
    owner = directory.get(ticket.agency_code)
    if place.agency is not None:
        if ticket.agency_code != place.agency.code:
            return "staff-not-yours"
        if not place.agency.allows(user_id):
            return "staff-not-allowed"
        return None
    if place.members:
        if ticket.agency_code not in {a.code for a in place.members}:
            return "staff-not-yours"
        return None if owner is None or owner.allows(user_id) else "staff-not-allowed"
    in_topic = turn.message.thread_id is not None and turn.message.thread_id == (
        ticket.staff_thread_id
    )
    if ticket.staff_chat_id != place.chat_id or not in_topic:
        return "staff-not-yours"
    if owner is not None and not owner.allows(user_id):
        return "staff-not-allowed"
    return None


def actor(turn: Turn) -> str:
    """How the audit trail names a staff member: platform user id and name."""
    sender = turn.message.sender
    return f"staff:{sender.user_id} {sender.display_name}".strip()[:128]
