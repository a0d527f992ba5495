"""A complaint filed through the Open311 API, as if from a channel named after the
client (``open311:<client>``): it gets a code, its card in the agency's staff group and
its deadlines like any other, and it is published at once (masked, and never when the
requester chose *confidential*) so the client can follow its status. The requester's
e-mail, phone and name are kept like a resident's: staff see them on the card unless
the report is anonymous, and no public output shows them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from domain.messages import ChatKind, IncomingMessage, Location, Sender
from domain.publication.rules import PublicationPolicy
from domain.tickets import Privacy, TicketKind
from handlers.context import Services, Turn
from handlers.submission import TicketDraft, file_ticket
from storage import api_clients
from storage.models import Conversation, Ticket
from storage.publication import publish_tickets
from storage.requesters import requester_contact
from storage.transaction import Session

SOURCE_PREFIX = "open311:"


@dataclass(frozen=True)
class ApiRequest:
    """A checked POST requests.json (the web layer validated every field)."""

    client: str
    agency_code: str
    description: str
    privacy: Privacy = Privacy.PUBLIC
    location: Location | None = None
    address: str | None = None
    area: dict[str, str] = field(default_factory=dict)  # kecamatan, desa
    requester: dict[str, str] = field(default_factory=dict)  # e-mail, phone, names, ids
    category: str | None = None  # one of the agency's categories (attribute[category])

    @property
    def identity(self) -> str:
        """Who the requester is to the client: the first id they gave, else nobody
        (each such report gets a contact of its own)."""
        for key in ("account_id", "email", "phone", "device_id"):
            if self.requester.get(key):
                return f"{key}:{self.requester[key].strip().lower()}"
        return f"anonymous:{uuid.uuid4().hex}"

    @property
    def display_name(self) -> str:
        parts = [self.requester.get("first_name", ""), self.requester.get("last_name", "")]
        name = " ".join(p.strip() for p in parts if p.strip()) or "-"
        if self.requester.get("email"):
            name += f" · {self.requester['email']}"
        return f"{name} ({SOURCE_PREFIX}{self.client})"


async def file_request(
    session: Session,
    services: Services,
    request: ApiRequest,
    policy: PublicationPolicy,
    now: datetime,
) -> Ticket:
    """File the complaint (in the caller's transaction) and publish it."""
    contact = await requester_contact(
        session,
        request.client,
        request.identity,
        request.display_name,
        request.requester.get("phone"),
        now,
    )
    message = IncomingMessage(
        channel=services.staff_channel,  # the card goes where staff work
        chat_id=f"{SOURCE_PREFIX}{request.client}",
        chat_kind=ChatKind.PRIVATE,
        sender=Sender(user_id=contact.external_id, display_name=contact.display_name),
    )
    conversation = Conversation(contact_id=contact.id or 0, data={}, updated_at=now)
    turn = Turn(services, session, message, contact, conversation, now)
    draft = TicketDraft(
        kind=TicketKind.COMPLAINT,
        agency_code=request.agency_code,
        description=request.description,
        privacy=request.privacy,
        location_text=request.address,
        location=request.location,
        details={
            **request.area,
            **({"category": request.category} if request.category else {}),
            "requester": dict(request.requester),
        },
        category=request.category,
    )
    ticket = await file_ticket(turn, draft, f"{SOURCE_PREFIX}{request.client}")
    await api_clients.mark_used(session, request.client, now)
    await publish_tickets(session, [ticket], now, policy)
    return ticket
