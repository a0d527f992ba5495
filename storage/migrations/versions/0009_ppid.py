"""The PPID's decisions on information requests and the objections to them

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.types import UtcDateTime

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "ppid_decision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ticket_id", sa.Integer(), sa.ForeignKey("ticket.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("exemption", sa.String(2), nullable=True),
        _text("consequence"),
        _text("withheld"),
        _text("held_by"),
        _text("reason"),
        sa.Column("form", sa.String(16), nullable=True),
        sa.Column("cost", sa.Integer(), nullable=False, server_default="0"),
        _text("handover"),
        sa.Column("links", sa.JSON(), nullable=False),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("decided_at", UtcDateTime(), nullable=False),
        sa.Column("decision_due_at", UtcDateTime(), nullable=False),
        sa.Column("decided_by", sa.String(128), nullable=False, server_default=""),
        sa.Column("decided_by_name", sa.String(128), nullable=False, server_default=""),
        sa.Column("handed_over_at", UtcDateTime(), nullable=True),
        sa.UniqueConstraint("ticket_id"),
    )
    op.create_index("ix_ppid_decision_decided_at", "ppid_decision", ["decided_at"])
    op.create_table(
        "ppid_objection",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(32), nullable=False, unique=True),
        sa.Column("request_id", sa.Integer(), sa.ForeignKey("ticket.id"), nullable=False),
        sa.Column("contact_id", sa.Integer(), sa.ForeignKey("contact.id"), nullable=False),
        sa.Column("ground", sa.String(2), nullable=False),
        _text("explanation"),
        sa.Column("filed_at", UtcDateTime(), nullable=False),
        sa.Column("due_at", UtcDateTime(), nullable=False),
        sa.Column("superior_chat_id", sa.String(64), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("next_due_at", UtcDateTime(), nullable=True),
        sa.Column("verdict", sa.String(16), nullable=True),
        _text("response"),
        sa.Column("responded_at", UtcDateTime(), nullable=True),
        sa.Column("responder_name", sa.String(128), nullable=False, server_default=""),
        sa.Column("responder_position", sa.String(160), nullable=False, server_default=""),
        _text("requester_response"),
        sa.UniqueConstraint("request_id"),
    )
    op.create_index("ix_ppid_objection_contact_id", "ppid_objection", ["contact_id"])
    op.create_index("ix_ppid_objection_filed_at", "ppid_objection", ["filed_at"])
    op.create_index("ix_ppid_objection_next_due_at", "ppid_objection", ["next_due_at"])


def downgrade() -> None:
    op.drop_table("ppid_objection")
    op.drop_table("ppid_decision")
