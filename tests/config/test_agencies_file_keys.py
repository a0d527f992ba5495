"""The agencies file refuses what it cannot mean: unknown keys (with the nearest valid
one) and chats shared by several agencies unless declared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.config import sample_agencies_path
from domain.agencies import AgenciesFileError, load_agencies, parse_agencies
from domain.ppid.offices import load_ppid, parse_ppid
from domain.sla.rules import SlaConfigError, load_sla
from domain.sla.rules import parse_sla as parse_sla_rules


def sample() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(sample_agencies_path().read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "agencies.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("staf_chat_id", "staff_chat_id"),
        ("ppid_chatid", "ppid_chat_id"),
        ("keyword", "keywords"),
        ("shortname", "short_name"),
        ("admin", "admins"),
        ("show_admin_names", "show_admin_name"),
    ],
)
def test_a_misspelt_agency_key_names_file_entry_key_and_the_key_meant(
    tmp_path: Path, typo: str, meant: str
) -> None:
    data = sample()
    data["agencies"][3][typo] = "-1001000000555"
    code = data["agencies"][3]["code"]
    path = write(tmp_path, data)
    with pytest.raises(AgenciesFileError) as caught:
        load_agencies(path)
    message = str(caught.value)
    assert str(path) in message
    assert f"agencies[3] ({code})" in message
    assert f"'{typo}'" in message and f"did you mean '{meant}'" in message


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("default_agencies", "default_agency"), ("supervisor_chat_id", "supervisors_chat_id")],
)
def test_a_misspelt_top_level_key_is_an_error(tmp_path: Path, typo: str, meant: str) -> None:
    data = sample()
    data[typo] = data.get(meant, "x")
    with pytest.raises(AgenciesFileError, match=f"'{typo}'.*did you mean '{meant}'"):
        load_agencies(write(tmp_path, data))


def test_a_key_like_nothing_valid_lists_the_valid_keys() -> None:
    data = sample()
    data["agencies"][0]["zzzz"] = 1
    with pytest.raises(AgenciesFileError, match=r"'zzzz' \(valid keys: admins, categories, code"):
        parse_agencies(data)


def test_a_misspelt_sla_setting_names_the_setting_meant(tmp_path: Path) -> None:
    data = sample()
    data["sla"] = {"complaint": {"first_respons": "2d"}}
    path = write(tmp_path, data)
    with pytest.raises(SlaConfigError, match=r"sla.complaint: .*'first_respons'.*'first_response'"):
        load_sla(path, __import__("zoneinfo").ZoneInfo("Asia/Jakarta"))
    data["sla"] = {"reminder": ["50%"]}
    with pytest.raises(SlaConfigError, match="did you mean 'reminders'"):
        parse_sla_rules(data, __import__("zoneinfo").ZoneInfo("Asia/Jakarta"))


def test_two_agencies_in_one_staff_chat_are_refused_naming_both() -> None:
    data = sample()
    first, second = data["agencies"][1], data["agencies"][4]
    second["staff_chat_id"] = first["staff_chat_id"]
    with pytest.raises(AgenciesFileError) as caught:
        parse_agencies(data)
    message = str(caught.value)
    assert first["code"] in message and second["code"] in message
    assert "shared_chats" in message


def test_a_ppid_chat_shared_by_agencies_is_refused_too() -> None:
    data = sample()
    data["agencies"][2]["ppid_chat_id"] = data["agencies"][0]["ppid_chat_id"]
    with pytest.raises(AgenciesFileError, match="shared_chats"):
        parse_agencies(data)


def test_an_agency_in_the_shared_forum_is_refused() -> None:
    data = sample()
    data["shared_forum_chat_id"] = data["agencies"][2]["staff_chat_id"]
    with pytest.raises(AgenciesFileError, match="shared_forum_chat_id"):
        parse_agencies(data)


def test_one_agency_using_one_chat_for_staff_and_ppid_is_fine() -> None:
    data = sample()
    data["agencies"][0]["ppid_chat_id"] = data["agencies"][0]["staff_chat_id"]
    parse_agencies(data)


def test_a_chat_declared_shared_is_accepted_and_lists_its_agencies() -> None:
    data = sample()
    first, second = data["agencies"][1], data["agencies"][4]
    second["staff_chat_id"] = first["staff_chat_id"]
    data["shared_chats"] = [first["staff_chat_id"]]
    directory = parse_agencies(data)
    assert [a.code for a in directory.sharing(first["staff_chat_id"])] == [
        first["code"],
        second["code"],
    ]
    assert directory.sharing(data["agencies"][0]["staff_chat_id"]) == ()


def test_agencies_may_carry_english_names() -> None:
    data = sample()
    data["agencies"][0]["name_en"] = "Population and Civil Registration Office"
    del data["agencies"][1]["name_en"]
    directory = parse_agencies(data)
    agency = directory.agencies[0]
    assert agency.name_in("en") == "Population and Civil Registration Office"
    assert agency.name_in("id") == data["agencies"][0]["name"]
    assert directory.agencies[1].name_in("en") == data["agencies"][1]["name"]


def test_the_supervisors_chat_named_as_an_agencys_staff_chat_is_refused_unless_declared() -> None:
    data = sample()
    data["supervisors_chat_id"] = data["agencies"][2]["staff_chat_id"]
    with pytest.raises(AgenciesFileError, match=r"supervisors_chat_id.*shared_chats"):
        parse_agencies(data)
    data["shared_chats"] = [data["supervisors_chat_id"]]
    assert parse_agencies(data).supervisors_chat_id == data["supervisors_chat_id"]


def test_a_ppid_superiors_chat_named_as_an_agencys_staff_chat_is_refused_unless_declared() -> None:
    data = sample()
    staff_chat = data["agencies"][1]["staff_chat_id"]
    data["agencies"][0]["ppid"] = {"superior_chat_id": staff_chat}
    with pytest.raises(AgenciesFileError, match=r"superior_chat_id.*shared_chats"):
        parse_ppid(data)
    data["shared_chats"] = [staff_chat]
    assert parse_ppid(data).office(data["agencies"][0]["code"]).superior_chat_id == str(staff_chat)


def test_the_regency_superiors_chat_named_as_a_ppid_chat_is_refused(tmp_path: Path) -> None:
    data = sample()
    chat = next(a["ppid_chat_id"] for a in data["agencies"] if a.get("ppid_chat_id"))
    data["ppid"] = {**(data.get("ppid") or {}), "superior_chat_id": chat}
    with pytest.raises(AgenciesFileError, match=r"ppid_chat_id"):
        load_ppid(write(tmp_path, data))


def test_an_agency_key_pasted_twice_is_an_error_naming_both_lines(tmp_path: Path) -> None:
    text = sample_agencies_path().read_text(encoding="utf-8")
    marker = "\n    name: "
    first = text.index(marker)
    path = tmp_path / "agencies.yaml"
    path.write_text(text[:first] + '\n    name: "Dinas Lama"' + text[first:], encoding="utf-8")
    with pytest.raises(AgenciesFileError) as caught:
        load_agencies(path)
    message = str(caught.value)
    assert str(path) in message and "'name' is given twice" in message
    assert "first at line" in message


def test_the_sample_agencies_file_has_no_key_twice() -> None:
    assert load_agencies(sample_agencies_path()).agencies
