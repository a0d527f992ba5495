"""staff workflow (the staff issue): card message, assignee id, details requested,
reopen count, the resident's rating

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.add_column(sa.Column("assignee_id", sa.String(64), nullable=True))
        batch.add_column(sa.Column("card_message_id", sa.String(32), nullable=True))
        batch.add_column(
            sa.Column(
                "awaiting_details_at", storage.types.UtcDateTime(timezone=True), nullable=True
            )
        )
        batch.add_column(
            sa.Column("reopened_count", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("rating", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("rating_comment", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("rated_at", storage.types.UtcDateTime(timezone=True), nullable=True)
        )
    op.create_index("ix_ticket_staff_thread", "ticket", ["staff_chat_id", "staff_thread_id"])


def downgrade() -> None:
    op.drop_index("ix_ticket_staff_thread", table_name="ticket")
    with op.batch_alter_table("ticket") as batch:
        batch.drop_column("rated_at")
        batch.drop_column("rating_comment")
        batch.drop_column("rating")
        batch.drop_column("reopened_count")
        batch.drop_column("awaiting_details_at")
        batch.drop_column("card_message_id")
        batch.drop_column("assignee_id")
