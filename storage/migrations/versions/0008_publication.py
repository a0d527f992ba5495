"""Open by default: published (masked) reports, the publication cursor, Open311 API
clients, and ticket indexes on updated_at and created_at for finding what to publish

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.types import UtcDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "published_report",
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("ticket.id"), primary_key=True),
        sa.Column("code", sa.String(32), nullable=False, unique=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("agency_code", sa.String(32), nullable=False),
        sa.Column("category", sa.String(64)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("reply", sa.Text),
        sa.Column("address", sa.Text),
        sa.Column("area", sa.String(200)),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("requested_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("resolved_at", UtcDateTime()),
        sa.Column("published_at", UtcDateTime(), nullable=False),
        sa.Column("source_updated_at", UtcDateTime(), nullable=False),
        sa.Column("edited_at", UtcDateTime()),
    )
    op.create_index("ix_published_state_requested", "published_report", ["state", "requested_at"])
    op.create_index(
        "ix_published_state_agency", "published_report", ["state", "agency_code", "requested_at"]
    )
    op.create_table(
        "publication_cursor",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("changed_after", UtcDateTime()),
        sa.Column("changed_after_id", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_after", UtcDateTime()),
    )
    op.create_table(
        "api_client",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(32), nullable=False, unique=True),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("key_hint", sa.String(8), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("revoked_at", UtcDateTime()),
        sa.Column("last_used_at", UtcDateTime()),
    )
    op.create_index("ix_ticket_updated_at", "ticket", ["updated_at"])
    op.create_index("ix_ticket_created_at", "ticket", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_ticket_created_at", table_name="ticket")
    op.drop_index("ix_ticket_updated_at", table_name="ticket")
    op.drop_table("api_client")
    op.drop_table("publication_cursor")
    op.drop_index("ix_published_state_agency", table_name="published_report")
    op.drop_index("ix_published_state_requested", table_name="published_report")
    op.drop_table("published_report")
