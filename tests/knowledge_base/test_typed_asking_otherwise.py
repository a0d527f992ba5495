""" "If not" is "otherwise", no "or not" tag: a condition an official set ("kalau mau cepat
bayar dulu, kalau tidak ya tunggu dua minggu") asks nothing, while a tag with its
particle or its comma ("boleh ga sih", "perlu izin ga, bayar berapa") still asks, as
does one with who gives the thing closing its clause ("ada pelatihan ga dari dinas, biar
...").

The messages are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.typed_asking import is_asking


@pytest.mark.parametrize(
    "text",
    [
        "petugas bilang kalau mau cepat bayar 50 ribu, kalau tidak ya tunggu dua minggu",
        "katanya harus ada uang pelicin. Kalo ga, berkasnya ditaruh paling bawah",
        "disuruh beli map di koperasi, jika tidak, tidak dilayani",
    ],
)
def test_otherwise_told_after_a_condition_asks_nothing(text: str) -> None:
    assert not is_asking(text)


@pytest.mark.parametrize(
    "text",
    ["boleh parkir di bahu jalan ga sih", "perlu surat rt ga, bayar berapa", "asli gak ya"],
)
def test_an_or_not_tag_with_its_particle_or_comma_still_asks(text: str) -> None:
    assert is_asking(text)


@pytest.mark.parametrize(
    "text",
    [
        "ada pelatihan ga dari dinas, biar bisa buka usaha sendiri",
        "ada beasiswa gak buat anak nelayan, soalnya biaya kuliah mahal",
    ],
)
def test_an_or_not_tag_and_who_gives_it_closing_a_clause_asks(text: str) -> None:
    assert is_asking(text)


def test_a_thing_not_from_someone_told_in_a_longer_clause_asks_nothing() -> None:
    assert not is_asking("bantuannya ga dari dinas sosial tapi dari kantor desa, dibagi rata")


def test_whether_an_office_can_help_closing_the_message_after_a_comma_asks() -> None:
    assert is_asking("my neighbour's roof fell in last night, can the disaster office help")
    assert not is_asking("the drain is blocked again, nobody will help")
