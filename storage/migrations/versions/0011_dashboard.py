"""dashboard (the dashboard issue): one-time login links, sessions, the audit log

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_TYPE = storage.types.UtcDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "dashboard_login",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("agency_code", sa.String(32), nullable=True),
        sa.Column("created_at", UTC_TYPE, nullable=False),
        sa.Column("expires_at", UTC_TYPE, nullable=False),
        sa.Column("used_at", UTC_TYPE, nullable=True),
    )
    op.create_table(
        "dashboard_session",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("agency_code", sa.String(32), nullable=True),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", UTC_TYPE, nullable=False),
        sa.Column("expires_at", UTC_TYPE, nullable=False),
        sa.Column("ended_at", UTC_TYPE, nullable=True),
    )
    op.create_index("ix_dashboard_session_expires_at", "dashboard_session", ["expires_at"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", UTC_TYPE, nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("target", sa.String(128), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_at", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_dashboard_session_expires_at", table_name="dashboard_session")
    op.drop_table("dashboard_session")
    op.drop_table("dashboard_login")
