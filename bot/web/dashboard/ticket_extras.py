"""What a ticket's page shows besides its facts and timeline, each from its own
module: the photos (:mod:`bot.web.dashboard.photos`) and the publication panel
(:mod:`bot.web.dashboard.publishing`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.web.dashboard.photos import photo_values
from domain.dashboard.access import Viewer
from storage.models import Ticket


async def ticket_extras(session: AsyncSession, ticket: Ticket, viewer: Viewer) -> dict[str, Any]:
    """The template values of the page's extra sections."""
    return {**photo_values(ticket)}
