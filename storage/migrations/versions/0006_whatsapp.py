"""WhatsApp channel (the WhatsApp issue): the 24-hour window and numbered choices per
resident, messages owed outside the window, downloaded photos, delivery statuses on
outbox rows

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc(name: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, storage.types.UtcDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "whatsapp_chat",
        sa.Column("wa_id", sa.String(64), primary_key=True),
        _utc("last_inbound_at"),
        _utc("template_sent_at"),
        sa.Column("choices", sa.JSON(), nullable=False),
    )
    op.create_table(
        "whatsapp_owed",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("wa_id", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        _utc("created_at", nullable=False),
    )
    op.create_index("ix_whatsapp_owed_wa_id", "whatsapp_owed", ["wa_id"])
    op.create_table(
        "whatsapp_media",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("media_id", sa.String(128), nullable=False, unique=True),
        sa.Column("mime_type", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        _utc("created_at", nullable=False),
    )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("platform_status", sa.String(16), nullable=True))
        batch.add_column(_utc("platform_status_at"))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("platform_status_at")
        batch.drop_column("platform_status")
    op.drop_table("whatsapp_media")
    op.drop_index("ix_whatsapp_owed_wa_id", table_name="whatsapp_owed")
    op.drop_table("whatsapp_owed")
    op.drop_table("whatsapp_chat")
