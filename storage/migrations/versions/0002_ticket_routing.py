"""ticket routing: where a ticket's card lives, who handles it, its messages

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.add_column(sa.Column("staff_chat_id", sa.String(64), nullable=True))
        batch.add_column(sa.Column("staff_thread_id", sa.String(32), nullable=True))
        batch.add_column(sa.Column("assignee", sa.String(128), nullable=True))
    op.create_table(
        "ticket_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("message_id", sa.String(32), nullable=False),
        sa.Column("created_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("channel", "chat_id", "message_id", name="uq_ticket_message"),
    )
    op.create_index("ix_ticket_message_ticket_id", "ticket_message", ["ticket_id"])


def downgrade() -> None:
    op.drop_index("ix_ticket_message_ticket_id", table_name="ticket_message")
    op.drop_table("ticket_message")
    with op.batch_alter_table("ticket") as batch:
        batch.drop_column("assignee")
        batch.drop_column("staff_thread_id")
        batch.drop_column("staff_chat_id")
