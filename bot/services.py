"""The conversations' long-lived collaborators (:class:`handlers.context.Services`),
built from the settings in one place: the composition root uses it, and so do the
turn-level tests (``tests/turns``), so both see the same wiring."""

from __future__ import annotations

from bot.config import Settings
from domain.agencies import AgencyDirectory
from domain.messages import Channel
from domain.ppid.offices import load_ppid
from domain.sla.rules import environment_overrides, load_sla
from handlers.context import KnowledgeSource, Services


def services_for(
    settings: Settings,
    agencies: AgencyDirectory,
    knowledge: KnowledgeSource,
    staff_channel: Channel = Channel.TELEGRAM,
) -> Services:
    """Services for ``settings``; ``agencies`` (read from ``settings.agencies``) and the
    ``knowledge`` base are the caller's, loaded once; ``staff_channel`` is what
    :func:`bot.channels.registry.staff_channel` chose for the running kits."""
    sla_rules = load_sla(
        settings.agencies,
        settings.zone,
        environment_overrides(
            settings.sla_calendar, settings.sla_first_response, settings.sla_resolution
        ),
    )
    return Services(
        agencies=agencies,
        knowledge=knowledge,
        zone=settings.zone,
        default_language=settings.default_language,
        staff_language=settings.default_language,
        sla=sla_rules,
        publication=settings.transparency,
        dashboard_url=settings.dashboard_url,
        ppid=load_ppid(settings.agencies),
        staff_channel=staff_channel,
    )
