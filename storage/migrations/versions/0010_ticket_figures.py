"""figures (the dashboard issue): each ticket's channel, category, reassignments and
working-time durations recorded when the events happen, and the indexes the figures'
grouped queries use; existing tickets are backfilled

The backfill counts working time on the SLA calendar the application passes in
(``sla_rules`` in the Alembic attributes; the built-in defaults otherwise). Where the
old rows do not tell when the agency finished, it uses the first answer (answered
tickets, and closed ones never marked resolved), else the close.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import context, op

import storage.types
from domain.figures.categories import category_for
from domain.figures.timing import TimingFacts, timing_for
from domain.sla.rules import SlaRules

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000
FIGURE_COLUMNS = (  # as in storage.models at this revision
    "agency_code", "kind", "created_at", "status", "sla_stage", "sla_due_at",
    "first_response_seconds", "first_response_met", "resolution_seconds", "resolution_met",
    "reassigned_count", "reopened_count", "rating", "channel", "category",
)  # fmt: skip
UTC_TYPE = storage.types.UtcDateTime(timezone=True)
ticket = sa.table(
    "ticket",
    sa.column("id", sa.Integer), sa.column("kind", sa.String), sa.column("status", sa.String),
    sa.column("agency_code", sa.String), sa.column("description", sa.Text),
    sa.column("contact_id", sa.Integer), sa.column("created_at", UTC_TYPE),
    sa.column("first_response_at", UTC_TYPE), sa.column("resolved_at", UTC_TYPE),
    sa.column("closed_at", UTC_TYPE), sa.column("sla_extended_at", UTC_TYPE),
    sa.column("channel", sa.String), sa.column("category", sa.String),
    sa.column("reassigned_count", sa.Integer), sa.column("resolution_at", UTC_TYPE),
    sa.column("first_response_seconds", sa.Integer),
    sa.column("first_response_met", sa.Boolean),
    sa.column("resolution_seconds", sa.Integer), sa.column("resolution_met", sa.Boolean),
)  # fmt: skip
contact = sa.table("contact", sa.column("id", sa.Integer), sa.column("channel", sa.String))
event = sa.table("ticket_event", sa.column("ticket_id", sa.Integer), sa.column("action", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.add_column(sa.Column("channel", sa.String(16), nullable=True))
        batch.add_column(sa.Column("category", sa.String(64), nullable=True))
        batch.add_column(
            sa.Column("reassigned_count", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("resolution_at", UTC_TYPE, nullable=True))
        batch.add_column(sa.Column("first_response_seconds", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("first_response_met", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("resolution_seconds", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("resolution_met", sa.Boolean(), nullable=True))
    op.create_index("ix_ticket_figures", "ticket", list(FIGURE_COLUMNS))
    op.create_index("ix_ticket_resolution", "ticket", ["resolution_at", "agency_code", "kind"])
    _backfill(op.get_bind())


def _finished(row: Any) -> Any:
    if row.status == "resolved":
        return row.resolved_at
    if row.status == "closed":
        return row.resolved_at or row.first_response_at or row.closed_at
    if row.status == "answered":
        return row.first_response_at
    return None


def _backfill(bind: Any) -> None:
    attributes = context.config.attributes
    rules = attributes.get("sla_rules") or SlaRules.defaults()
    agencies = attributes.get("agencies")
    channel = sa.select(contact.c.channel).where(contact.c.id == ticket.c.contact_id)
    bind.execute(sa.update(ticket).values(channel=channel.scalar_subquery()))
    moved = (
        sa.select(sa.func.count())
        .where(event.c.ticket_id == ticket.c.id, event.c.action == "reassigned")
        .scalar_subquery()
    )
    bind.execute(sa.update(ticket).values(reassigned_count=moved))
    last = 0
    while True:
        rows = bind.execute(
            sa.select(ticket).where(ticket.c.id > last).order_by(ticket.c.id).limit(BATCH)
        ).all()
        if not rows:
            return
        last = rows[-1].id
        updates = [_values(row, rules, agencies) for row in rows]
        bind.execute(
            sa.update(ticket)
            .where(ticket.c.id == sa.bindparam("t_id"))
            .values(
                category=sa.bindparam("t_category"),
                resolution_at=sa.bindparam("t_resolution_at", type_=UTC_TYPE),
                first_response_seconds=sa.bindparam("t_frs"),
                first_response_met=sa.bindparam("t_frm", type_=sa.Boolean),
                resolution_seconds=sa.bindparam("t_rs"),
                resolution_met=sa.bindparam("t_rm", type_=sa.Boolean),
            ),
            updates,
        )


def _values(row: Any, rules: SlaRules, agencies: Any) -> dict[str, Any]:
    finished = _finished(row)
    facts = TimingFacts(
        kind=row.kind, created_at=row.created_at, first_response_at=row.first_response_at,
        resolution_at=finished, extended=row.sla_extended_at is not None,
    )  # fmt: skip
    timing = timing_for(rules.policy_for(row.agency_code), facts)
    category = category_for(row.description, agencies, row.agency_code) if agencies else None
    return {
        "t_id": row.id, "t_category": category, "t_resolution_at": finished,
        "t_frs": timing.first_response_seconds, "t_frm": timing.first_response_met,
        "t_rs": timing.resolution_seconds, "t_rm": timing.resolution_met,
    }  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_ticket_resolution", table_name="ticket")
    op.drop_index("ix_ticket_figures", table_name="ticket")
    with op.batch_alter_table("ticket") as batch:
        for name in (
            "resolution_met", "resolution_seconds", "first_response_met",
            "first_response_seconds", "resolution_at", "reassigned_count", "category",
            "channel",
        ):  # fmt: skip
            batch.drop_column(name)
