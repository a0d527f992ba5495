from __future__ import annotations

import pytest

from knowledge_base.privacy import mask_personal_data


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("nik saya 3201234567890001 mohon dicek", "nik saya [NIK] mohon dicek"),
        ("NIK 3201 2345 6789 0001", "NIK [NIK]"),
        ("wa 081234567890 ya", "wa [TELEPON] ya"),
        ("hubungi 0812-3456-7890", "hubungi [TELEPON]"),
        ("telp +62 812 3456 7890", "telp [TELEPON]"),
        ("no 6281234567890", "no [TELEPON]"),
        ("email budi.santoso@mail.co.id", "email [EMAIL]"),
    ],
)
def test_personal_data_is_masked(text: str, masked: str) -> None:
    assert mask_personal_data(text) == masked


@pytest.mark.parametrize(
    "text", ["tahun 2024 rt 05 rw 12", "omzet 3 juta, nop 18 digit", "jam 08.00 sampai 14.00"]
)
def test_ordinary_numbers_are_left_alone(text: str) -> None:
    assert mask_personal_data(text) == text
