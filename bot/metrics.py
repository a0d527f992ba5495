"""Prometheus metrics. Counters and the latency histogram count what this process did;
the gauges (backlog, tickets by agency) are read from the database at scrape time, so
every process of a multi-process deployment reports the same totals for them."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

UPDATES_RECEIVED = Counter(
    "aduan_updates_received",
    "Updates stored in the inbox (new, not duplicates), by channel and source",
    ["channel", "source"],
    registry=REGISTRY,
)
ANSWERS_GIVEN = Counter(
    "aduan_answers_given",
    "Messages delivered to residents' private chats (answers, acknowledgements, replies)",
    ["channel"],
    registry=REGISTRY,
)
SENDS = Counter(
    "aduan_sends",
    "Delivery attempts by outcome: sent, retry, rate_limited, migrated, unreachable, dead",
    ["channel", "outcome"],
    registry=REGISTRY,
)
DELIVERY_LATENCY = Histogram(
    "aduan_delivery_latency_seconds",
    "From the message entering the outbox to its delivery",
    ["channel"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 1800),
    registry=REGISTRY,
)
OUTBOX_BACKLOG = Gauge(
    "aduan_outbox_backlog",
    "Outbox messages by status (pending, dead)",
    ["status"],
    registry=REGISTRY,
)
INBOX_BACKLOG = Gauge("aduan_inbox_backlog", "Inbox updates waiting", registry=REGISTRY)
OLDEST_OUTBOX_WAIT = Gauge(
    "aduan_outbox_oldest_wait_seconds",
    "How long the oldest pending message has waited",
    registry=REGISTRY,
)
TICKETS = Gauge(
    "aduan_tickets_created",
    "Tickets created, by agency and kind",
    ["agency", "kind"],
    registry=REGISTRY,
)
DATABASE_UP = Gauge(
    "aduan_database_up",
    "1 when the database answered the last scrape's queries, 0 when it did not",
    registry=REGISTRY,
)
