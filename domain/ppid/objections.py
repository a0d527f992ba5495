"""Objections (keberatan, UU 14/2008 art. 35–36): the grounds a requester may choose,
which of them a request's state allows, and when each ground arose. Pure; no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.ppid.decisions import DecisionKind


class ObjectionGround(StrEnum):
    """UU 14/2008 art. 35(1), letters a–g."""

    REJECTED = "a"  # penolakan berdasarkan alasan pengecualian (art. 17)
    NOT_PUBLISHED = "b"  # informasi berkala (art. 9) tidak disediakan
    NOT_ANSWERED = "c"  # permintaan informasi tidak ditanggapi
    NOT_AS_ASKED = "d"  # ditanggapi tidak sebagaimana yang diminta
    NOT_FULFILLED = "e"  # permintaan informasi tidak dipenuhi
    UNREASONABLE_COST = "f"  # pengenaan biaya yang tidak wajar
    LATE = "g"  # penyampaian informasi melebihi waktu yang diatur


class SuperiorVerdict(StrEnum):
    UPHELD = "upheld"  # keberatan diterima: the PPID must give the information
    REJECTED = "rejected"  # keberatan ditolak: the PPID's decision stands


@dataclass(frozen=True)
class RequestState:
    """What the objection rules need to know about a request."""

    decision: DecisionKind | None
    decided_at: datetime | None
    decision_due: datetime  # the 10 (+7) working-day deadline


def allowed_grounds(state: RequestState, now: datetime) -> tuple[ObjectionGround, ...]:
    """The grounds the requester may choose now (empty: nothing to object to yet)."""
    decision = state.decision
    if decision is None:
        if now < state.decision_due:
            return ()
        return (ObjectionGround.NOT_ANSWERED, ObjectionGround.NOT_PUBLISHED)
    grounds = []
    if decision.needs_exemption:
        grounds.append(ObjectionGround.REJECTED)
    grounds.append(ObjectionGround.NOT_PUBLISHED)
    grounds += [ObjectionGround.NOT_AS_ASKED, ObjectionGround.NOT_FULFILLED]
    if decision.gives_information:
        grounds.append(ObjectionGround.UNREASONABLE_COST)
    if state.decided_at is not None and state.decided_at > state.decision_due:
        grounds.append(ObjectionGround.LATE)
    return tuple(grounds)


def ground_arose(state: RequestState) -> datetime:
    """When the objection window opened: the written notice, or the missed deadline."""
    return state.decided_at if state.decided_at is not None else state.decision_due
