"""Who sees what on the dashboard. Staff see their own agency's tickets (confidential
ones included: they are that agency's); supervisors see every agency. Nobody sees who
reported an anonymous or confidential ticket. A one-time login link lasts ten minutes;
a session ends after a working day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from domain.tickets import Privacy

LINK_LIFETIME = timedelta(minutes=10)
SESSION_LIFETIME = timedelta(hours=9)


class Role(StrEnum):
    STAFF = "staff"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class Viewer:
    user_id: str
    name: str
    role: Role
    agency_code: str | None = None  # staff: their agency

    @property
    def sees_all(self) -> bool:
        return self.role is Role.SUPERVISOR

    def agencies(self, every: list[str]) -> list[str]:
        """The agencies whose tickets and figures this viewer may see."""
        if self.sees_all:
            return every
        return [self.agency_code] if self.agency_code else []

    def may_see(self, agency_code: str) -> bool:
        return self.sees_all or agency_code == self.agency_code

    def actor(self) -> str:
        """How the audit log names this viewer."""
        return f"dashboard:{self.role.value}:{self.user_id} {self.name}"[:128]


def shows_resident(privacy: str) -> bool:
    """Whether the dashboard may show who reported a ticket (never for anonymous or
    confidential ones)."""
    try:
        return not Privacy(privacy).hides_identity
    except ValueError:
        return False
