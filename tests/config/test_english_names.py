"""Every agency (and the regency) has an English name for residents who chose English:
the agencies file takes ``name_en``/``short_name_en``/``regency_en`` as real keys
(misspelt, they are refused), and ``check-config`` warns about an agency without one."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import sample_agencies_path
from domain.agencies import AgenciesFileError, load_agencies
from tests.config.cli import GOOD_TOKEN, Aduan
from tests.config.test_agencies_file_keys import sample, write


def test_every_sample_agency_and_the_regency_have_english_names() -> None:
    agencies = load_agencies(sample_agencies_path())
    assert agencies.without_english_name() == []
    assert agencies.regency_in("en") == "Sukamaju Regency"
    pupr = agencies["pupr"]
    assert pupr.name_in("en").startswith("Public Works") and pupr.short_name_in("en")
    assert pupr.name_in("id").startswith("Dinas Pekerjaan Umum")


def test_a_missing_english_name_falls_back_to_the_indonesian_one(tmp_path: Path) -> None:
    data = sample()
    del data["regency_en"]
    for key in ("name_en", "short_name_en"):
        del data["agencies"][0][key]
    agencies = load_agencies(write(tmp_path, data))
    first = agencies.agencies[0]
    assert first.name_in("en") == first.name and first.short_name_in("en") == first.short_name
    assert agencies.regency_in("en") == "Kabupaten Sukamaju"
    assert agencies.without_english_name() == [first.code]


@pytest.mark.parametrize(("typo", "meant"), [("nama_en", "name_en"), ("name_eng", "name_en")])
def test_a_misspelt_english_name_key_is_refused_naming_the_key_meant(
    tmp_path: Path, typo: str, meant: str
) -> None:
    data = sample()
    data["agencies"][2][typo] = "Social Affairs Office"
    with pytest.raises(AgenciesFileError, match=meant):
        load_agencies(write(tmp_path, data))


def test_check_config_warns_about_agencies_without_an_english_name(aduan: Aduan) -> None:
    data = sample()
    for agency in data["agencies"][:2]:
        del agency["name_en"]
    aduan.set(telegram_token=GOOD_TOKEN, agencies=str(write(aduan.folder, data)))
    result = aduan("check-config")
    assert result.exit_code == 0, result.output
    assert "no English name (name_en) for 2 agencies (disdukcapil, dinkes)" in result.stderr
    assert result.stdout.startswith("ok: 15 agencies")


def test_check_config_is_quiet_about_english_names_when_all_are_there(aduan: Aduan) -> None:
    result = aduan.set(telegram_token=GOOD_TOKEN)("check-config")
    assert result.exit_code == 0 and "name_en" not in result.stderr
