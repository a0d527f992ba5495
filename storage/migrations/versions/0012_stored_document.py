"""stored documents (issue 16): files the bot writes itself (the PPID's written notice,
the monthly report), kept so the outbox can send them after a restart

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_TYPE = storage.types.UtcDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "stored_document",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(128), nullable=False, unique=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("mime_type", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTC_TYPE, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("stored_document")
