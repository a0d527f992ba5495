from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from domain.tickets import (
    TicketKind,
    TicketStatus,
    TransitionError,
    check_transition,
    code_prefix,
    format_code,
    looks_like_code,
)

JAKARTA = ZoneInfo("Asia/Jakarta")


def test_codes_carry_kind_year_and_month_in_the_regency_time_zone() -> None:
    # 30 Nov 20:00 UTC is already 1 December in Jakarta
    moment = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
    assert code_prefix(TicketKind.COMPLAINT, moment, JAKARTA) == "ADU-2612"
    assert code_prefix(TicketKind.INFO_REQUEST, moment, ZoneInfo("UTC")) == "INF-2611"


def test_code_numbers_are_zero_padded_and_grow_past_four_digits() -> None:
    assert format_code("ADU-2611", 42) == "ADU-2611-0042"
    assert format_code("ADU-2611", 12345) == "ADU-2611-12345"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ADU-2611-0042", True),
        ("inf-2611-0001", True),
        ("ADU-26-1", False),
        ("XYZ-2611-0001", False),
        ("ADU-2611-00a1", False),
        ("", False),
    ],
)
def test_ticket_codes_are_recognised(text: str, expected: bool) -> None:
    assert looks_like_code(text) is expected


def test_closed_tickets_cannot_move() -> None:
    with pytest.raises(TransitionError):
        check_transition(TicketStatus.CLOSED, TicketStatus.OPEN)


def test_resolved_tickets_can_be_reopened_or_closed() -> None:
    assert check_transition(TicketStatus.RESOLVED, TicketStatus.OPEN) is TicketStatus.OPEN
    assert check_transition(TicketStatus.RESOLVED, TicketStatus.CLOSED) is TicketStatus.CLOSED
    with pytest.raises(TransitionError):
        check_transition(TicketStatus.RESOLVED, TicketStatus.ANSWERED)


def test_only_open_in_progress_and_answered_count_as_open() -> None:
    assert {s for s in TicketStatus if s.is_open} == {
        TicketStatus.OPEN,
        TicketStatus.IN_PROGRESS,
        TicketStatus.ANSWERED,
    }
