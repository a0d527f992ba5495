"""The PPID's pure rules: what a decision needs, which objection grounds a request's
state allows, and the working-day windows across weekends and holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from domain.ppid.clock import (
    commission_closes,
    decision_due,
    objection_closes,
    superior_due,
)
from domain.ppid.decisions import (
    Decision,
    DecisionKind,
    DecisionProblem,
    Exemption,
    Form,
    parse_cost,
)
from domain.ppid.objections import ObjectionGround, RequestState, allowed_grounds, ground_arose
from domain.sla.calendar import WorkingCalendar

WIB = ZoneInfo("Asia/Jakarta")
# a fixed holiday list, so the test does not depend on the holidays package's year data
CALENDAR = WorkingCalendar(
    zone=WIB, public_holidays=frozenset({date(2026, 12, 25)}), extra_days_off=frozenset()
)


def at(day: int, month: int = 12, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=WIB).astimezone(UTC)


def test_a_rejection_needs_its_exemption_ground_and_consequence_test() -> None:
    bare = Decision(DecisionKind.REJECTED)
    assert bare.problems() == [DecisionProblem.EXEMPTION, DecisionProblem.CONSEQUENCE]
    full = Decision(DecisionKind.REJECTED, Exemption.PERSONAL_SECRETS, consequence="NIK warga")
    assert full.problems() == []


def test_a_partial_grant_names_what_is_withheld_and_its_form() -> None:
    partial = Decision(DecisionKind.PARTIAL, Exemption.PERSONAL_SECRETS, consequence="c")
    assert partial.problems() == [DecisionProblem.WITHHELD, DecisionProblem.FORM]
    assert Decision(DecisionKind.NOT_HELD, held_by="BPS").problems() == []


def test_costs_are_read_the_way_staff_type_them() -> None:
    assert [parse_cost(t) for t in ("gratis", "0", "Rp 15.000", "15000", "lima")] == [
        0, 0, 15000, 15000, None,
    ]  # fmt: skip


def test_the_decision_is_due_ten_working_days_later_and_seven_more_when_extended() -> None:
    received = at(14)  # Monday 14 December 2026; 25 December is a holiday
    assert decision_due(CALENDAR, received, extended=False) == at(29)
    assert decision_due(CALENDAR, received, extended=True) == at(7, 1).replace(year=2027)


def test_the_objection_window_closes_at_the_end_of_the_thirtieth_working_day() -> None:
    closes = objection_closes(CALENDAR, at(1))  # Tuesday 1 December
    assert closes == datetime(2027, 1, 13, 23, 59, 59, tzinfo=WIB)
    assert superior_due(CALENDAR, at(1)) == at(13, 1).replace(year=2027)
    assert commission_closes(CALENDAR, at(1)).astimezone(WIB).date() == date(2026, 12, 21)


def test_nothing_can_be_objected_to_before_the_deadline_without_a_decision() -> None:
    state = RequestState(None, None, decision_due=at(15))
    assert allowed_grounds(state, at(14)) == ()
    after = allowed_grounds(state, at(16))
    assert ObjectionGround.NOT_ANSWERED in after
    assert ground_arose(state) == at(15)


def test_a_rejection_allows_objecting_to_the_exemption_and_a_late_one_to_the_delay() -> None:
    state = RequestState(DecisionKind.REJECTED, decided_at=at(16), decision_due=at(15))
    grounds = allowed_grounds(state, at(17))
    assert ObjectionGround.REJECTED in grounds and ObjectionGround.LATE in grounds
    assert ObjectionGround.NOT_ANSWERED not in grounds
    granted = RequestState(DecisionKind.GRANTED, decided_at=at(14), decision_due=at(15))
    grounds = allowed_grounds(granted, at(17))
    assert ObjectionGround.UNREASONABLE_COST in grounds
    assert ObjectionGround.REJECTED not in grounds and ObjectionGround.LATE not in grounds
    assert Form.SOFTCOPY.value == "softcopy"


def test_the_agencies_file_gives_each_agency_its_superior_or_the_regency_one() -> None:
    from bot.config import sample_agencies_path
    from domain.ppid.offices import load_ppid, parse_ppid

    offices = load_ppid(sample_agencies_path())
    assert offices.office("disdukcapil").superior_chat_id == "-1001000000097"
    assert offices.office("disdukcapil").address.startswith("Jl. Melati")
    assert offices.office("pupr").address.startswith("Jl. Merdeka")
    assert parse_ppid({"agencies": [{"code": "x"}]}).unconfigured(["x"]) == ["x"]


def test_a_misspelt_ppid_key_is_refused_with_the_known_ones() -> None:
    import pytest

    from domain.agencies import AgenciesFileError
    from domain.ppid.offices import parse_ppid

    with pytest.raises(AgenciesFileError, match="unknown key 'superior_chat'"):
        parse_ppid({"ppid": {"superior_chat": "-100"}, "agencies": []})
