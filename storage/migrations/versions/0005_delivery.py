"""delivery, dead letters and inbox claims (the delivery issue)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The delivery worker asks for the oldest pending message of every chat on each
    # pass; with a large backlog this index answers it without scanning the outbox.
    # (Dead letters reuse status 'dead'; inbox claims need no new column: they use
    # per-chat advisory locks and FOR UPDATE SKIP LOCKED on PostgreSQL.)
    op.create_index("ix_outbox_head", "outbox", ["status", "channel", "chat_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_head", table_name="outbox")
