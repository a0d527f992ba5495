"""What a ticket's page shows besides its facts and timeline, each from its own
module: the photos (:mod:`bot.web.dashboard.photos`) and the publication panel
(:mod:`bot.web.dashboard.publishing`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.web.dashboard.photos import photo_values
from bot.web.dashboard.publishing import publication_values
from domain.dashboard.access import Viewer
from storage.models import Ticket


async def ticket_extras(
    session: AsyncSession, ticket: Ticket, viewer: Viewer, query: Mapping[str, str]
) -> dict[str, Any]:
    """The template values of the page's extra sections (``query``: the page's)."""
    published = await publication_values(session, ticket, query.get("publikasi", "")[:20])
    return {**photo_values(ticket), **published}
