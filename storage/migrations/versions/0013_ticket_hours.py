"""ticket hours (issue 15, the dashboard's overview of a year): when each ticket arrived
and when the agency finished it as whole UTC hours since 1970, indexed with the agency
and kind, so the per-day counts group integers in index order; existing tickets are
backfilled from created_at and resolution_at; and ix_ticket_agency_status widened to
cover the count of the tickets waiting now and past their deadline

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = {"created_hour": "created_at", "finished_hour": "resolution_at"}
AGENCY_STATUS = ["agency_code", "status"]
AGENCY_STATUS_WIDE = [*AGENCY_STATUS, "kind", "sla_stage", "sla_due_at"]


def _hours(moment: str, dialect: str) -> str:
    """SQL for ``moment`` as whole UTC hours since 1970 (SQLite holds UTC text)."""
    if dialect == "postgresql":
        return f"CAST(floor(extract(epoch FROM {moment}) / 3600) AS INTEGER)"
    return f"CAST(strftime('%s', {moment}) AS INTEGER) / 3600"


def _agency_status(columns: list[str]) -> None:
    op.drop_index("ix_ticket_agency_status", table_name="ticket")
    op.create_index("ix_ticket_agency_status", "ticket", columns)


def upgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        for column in COLUMNS:
            batch.add_column(sa.Column(column, sa.Integer(), nullable=True))
    dialect = op.get_bind().dialect.name
    values = ", ".join(f"{hour} = {_hours(moment, dialect)}" for hour, moment in COLUMNS.items())
    op.execute(f"UPDATE ticket SET {values}")  # NULL stays NULL: unfinished tickets
    for column in COLUMNS:
        op.create_index(f"ix_ticket_{column}", "ticket", [column, "agency_code", "kind"])
    _agency_status(AGENCY_STATUS_WIDE)


def downgrade() -> None:
    _agency_status(AGENCY_STATUS)
    for column in COLUMNS:
        op.drop_index(f"ix_ticket_{column}", table_name="ticket")
    with op.batch_alter_table("ticket") as batch:
        for column in COLUMNS:
            batch.drop_column(column)
