"""The composition root: the one place where aduan's parts are built and wired."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.channels.files import FileSources, stored_documents
from bot.channels.kit import ChannelKit, Runtime
from bot.channels.registry import close_kits, staff_channel
from bot.config import Settings
from bot.delivery import DeliveryWorker
from bot.pacing import pacers_for
from bot.processor import InboxProcessor, utc_now
from bot.publisher import Publisher
from bot.scheduler import SlaScheduler
from bot.services import services_for
from domain.agencies import AgencyDirectory, load_agencies
from domain.messages import Channel
from domain.publication.rules import PublicationPolicy
from handlers.context import Services
from knowledge_base.reloader import KnowledgeBaseReloader
from storage.engine import create_engine, session_factory
from storage.inbox import Inbox
from storage.migrate import upgrade
from storage.privacy.retention import RetentionPolicy
from storage.sla import RULES_KEY
from storage.transaction import writer_lock_for

log = logging.getLogger(__name__)
Sessions = async_sessionmaker[AsyncSession]


def settle_heap() -> None:
    """Move what is alive once the process is set up (the knowledge base's index, the
    catalogs, aiogram's and SQLModel's schemas: some 300,000 objects) out of the cyclic
    garbage collector's sight. Otherwise every full collection walks all of them again
    (~0.2 s each, a few per thousand messages answered, about a tenth of the CPU time
    per message); objects made afterwards are collected as usual."""
    gc.collect()
    gc.freeze()


@dataclass
class App:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    agencies: AgencyDirectory
    knowledge: KnowledgeBaseReloader
    inbox: Inbox
    processor: InboxProcessor
    delivery: DeliveryWorker
    runtime: Runtime  # what the channels' routes and receivers are given
    kits: tuple[ChannelKit, ...]
    clock: Callable[[], datetime] = utc_now
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    scheduler: SlaScheduler | None = None  # deadlines: sweep, digests
    # what the public web endpoints (bot/web/public) file Open311 reports with
    services: Services | None = None
    writer_lock: asyncio.Lock | None = None

    async def reload_knowledge_forever(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=self.settings.kb_reload_interval)
            if not stop.is_set() and self.knowledge.reload_if_changed():
                log.info("knowledge base reloaded: %d entries", len(self.knowledge.kb))
                if gc.get_freeze_count():  # the old index may be frozen: let it go
                    gc.unfreeze()
                    settle_heap()

    def start_workers(self, stop: asyncio.Event) -> None:
        """Start the background workers. A long-running process (the runners) calls
        :func:`settle_heap` once started."""
        self.tasks += [
            asyncio.create_task(self.processor.run(stop), name="inbox-processor"),
            asyncio.create_task(
                self.delivery.run(stop, self.settings.delivery_interval), name="delivery"
            ),
            asyncio.create_task(self.reload_knowledge_forever(stop), name="kb-reload"),
        ]
        if self.scheduler is not None:
            self.scheduler.start()

    async def close(self) -> None:
        if self.scheduler is not None:
            await self.scheduler.stop()
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        self.tasks.clear()
        await close_kits(self.kits)
        await self.engine.dispose()


def publisher_for(
    settings: Settings, sessions: async_sessionmaker[AsyncSession], clock: Callable[[], datetime]
) -> Publisher | None:
    """Published reports are kept up to date only when the public page is on."""
    if not settings.transparency:
        return None
    return Publisher(sessions, PublicationPolicy(after_days=settings.publish_after_days), clock)


def _scheduler(
    settings: Settings,
    engine: AsyncEngine,
    sessions: Sessions,
    services: Services,
    clock: Callable[[], datetime],
    on_committed: Callable[[], None],
) -> SlaScheduler:
    return SlaScheduler(
        engine,
        sessions,
        services.sla,
        services.agencies,
        clock,
        sweep_seconds=settings.sweep_seconds,
        staff_language=settings.default_language,
        channel=services.staff_channel,
        on_committed=on_committed,
        publisher=publisher_for(settings, sessions, clock),
        publish_seconds=settings.publish_seconds,
        dashboard_url=settings.dashboard_url,
        retention=RetentionPolicy(
            settings.retention_inbox_days,
            settings.retention_photo_days,
            settings.retention_contact_days,
        ),
        ppid=services.ppid,
    )


def _delivery(
    settings: Settings,
    kits: Sequence[ChannelKit],
    engine: AsyncEngine,
    sessions: Sessions,
    services: Services,
    clock: Callable[[], datetime],
    monotonic: Callable[[], float],
    writer_lock: asyncio.Lock | None,
) -> DeliveryWorker:
    return DeliveryWorker(
        sessions,
        {kit.name: kit.sender for kit in kits},
        clock,
        pacers=pacers_for({kit.name: kit.limits for kit in kits if kit.limits is not None}),
        max_attempts=settings.delivery_max_attempts,
        agencies=services.agencies,
        staff_language=services.staff_language,
        staff_channel=services.staff_channel,
        engine=engine,
        monotonic=monotonic,
        writer_lock=writer_lock,
    )


async def build_app(
    settings: Settings,
    kits: Sequence[ChannelKit],
    clock: Callable[[], datetime] = utc_now,
    migrate: bool = True,
    monotonic: Callable[[], float] = time.monotonic,
    files: FileSources | None = None,
    knowledge: KnowledgeBaseReloader | None = None,
) -> App:
    """Load configuration files, migrate the database, wire the workers to the channels'
    kits (``files``: their file sources, given the database's documents) and bind each
    kit to the running core. ``monotonic``: the pacers' clock (tests move it);
    ``knowledge``: the knowledge base of ``settings.kb``, already loaded (tests share one)."""
    agencies = load_agencies(settings.agencies)
    if knowledge is None:
        knowledge = KnowledgeBaseReloader(settings.kb, agencies=frozenset(agencies.codes()))
    engine = create_engine(settings.database_url)
    staff = staff_channel(kits)
    services = services_for(settings, agencies, knowledge, staff)
    sla_rules = services.sla
    if migrate:  # a backfill counts working time on the configured calendar
        await upgrade(engine, context={"sla_rules": sla_rules, "agencies": agencies})
    sessions = session_factory(engine)
    writer_lock = writer_lock_for(engine)  # SQLite: one writer at a time, without sleeping
    sessions.configure(info={RULES_KEY: sla_rules})  # storage.sla.reschedule finds them
    if files is not None:
        files.register(Channel.STORED, stored_documents(sessions))
    delivery = _delivery(settings, kits, engine, sessions, services, clock, monotonic, writer_lock)
    processor = InboxProcessor(
        sessions,
        services,
        {kit.name: kit.parse for kit in kits},
        {kit.name: kit.acknowledge for kit in kits if kit.acknowledge is not None},
        clock,
        on_committed=delivery.wakeup.set,
        preparers={kit.name: kit.prepare for kit in kits if kit.prepare is not None},
        writer_lock=writer_lock,
    )
    scheduler = _scheduler(settings, engine, sessions, services, clock, delivery.wakeup.set)
    inbox = Inbox(sessions, writer_lock)
    runtime = Runtime(
        inbox, sessions, processor.wakeup.set, delivery.wakeup.set,
        delivery.report_dead_letter, clock,
    )  # fmt: skip
    for kit in kits:
        if kit.bind is not None:
            kit.bind(runtime)
    return App(
        settings, engine, sessions, services.agencies, knowledge, inbox, processor,
        delivery, runtime, tuple(kits), clock, scheduler=scheduler, services=services,
        writer_lock=writer_lock,
    )  # fmt: skip
