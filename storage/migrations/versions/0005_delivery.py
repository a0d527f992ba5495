"""delivery, dead letters and inbox claims (the delivery issue)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from collections.abc import Sequence

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Reserved in the chain; filled in by the issue that owns it."""


def downgrade() -> None:
    """Reserved in the chain; filled in by the issue that owns it."""
