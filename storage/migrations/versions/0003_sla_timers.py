"""SLA timers, reminders and escalations (the SLA issue)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Reserved in the chain; filled in by the issue that owns it."""


def downgrade() -> None:
    """Reserved in the chain; filled in by the issue that owns it."""
