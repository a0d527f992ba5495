"""SLA timers, reminders and escalations (the SLA issue)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.add_column(sa.Column("sla_stage", sa.String(16), nullable=True))
        batch.add_column(
            sa.Column("sla_level", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        for name in ("sla_started_at", "sla_due_at", "next_due_at", "sla_extended_at"):
            batch.add_column(
                sa.Column(name, storage.types.UtcDateTime(timezone=True), nullable=True)
            )
    op.create_index("ix_ticket_next_due_at", "ticket", ["next_due_at"])
    op.create_table(
        "sla_job_run",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("ran_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("sla_job_run")
    op.drop_index("ix_ticket_next_due_at", table_name="ticket")
    with op.batch_alter_table("ticket") as batch:
        for name in (
            "sla_extended_at",
            "next_due_at",
            "sla_due_at",
            "sla_started_at",
            "sla_level",
            "sla_stage",
        ):
            batch.drop_column(name)
