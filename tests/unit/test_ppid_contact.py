"""A requester's contact: Indonesian phone numbers and e-mail addresses, normalised;
anything else refused with its reason."""

from __future__ import annotations

import pytest

from domain.ppid.contact import ContactAddress, ContactKind, ContactProblem, parse_contact, shown


@pytest.mark.parametrize(
    "reply",
    [
        "0812-3456-7890",
        "0812 3456 7890",
        "+62 812 3456 7890",
        "+62 (0)812 3456 7890",
        "6281234567890",
        "0062 812 3456 7890",
        "812 3456 7890",
        "HP: 0812.3456.7890",
        "bisa lewat wa 0812 3456 7890 ya",
    ],
)
def test_a_mobile_number_written_any_usual_way_is_normalised_to_e164(reply: str) -> None:
    assert parse_contact(reply) == ContactAddress(ContactKind.PHONE, "+6281234567890")


@pytest.mark.parametrize(
    ("reply", "normalised"),
    [("021-5551234", "+62215551234"), ("(0274) 512345", "+62274512345")],
)
def test_a_landline_with_its_area_code_is_accepted(reply: str, normalised: str) -> None:
    assert parse_contact(reply) == ContactAddress(ContactKind.PHONE, normalised)


@pytest.mark.parametrize(
    ("reply", "normalised"),
    [
        ("Budi@Contoh.ID", "Budi@contoh.id"),
        ("email: a.b+ppid@mail.co.id", "a.b+ppid@mail.co.id"),
        ("mailto:siti@desa.go.id", "siti@desa.go.id"),
        ("kirim ke siti@desa.go.id saja", "siti@desa.go.id"),
    ],
)
def test_an_email_address_keeps_its_local_part_and_lowercases_its_domain(
    reply: str, normalised: str
) -> None:
    assert parse_contact(reply) == ContactAddress(ContactKind.EMAIL, normalised)


@pytest.mark.parametrize(
    ("reply", "problem"),
    [
        ("budi@", ContactProblem.EMAIL),
        ("budi@gmail", ContactProblem.EMAIL),
        ("budi..santoso@gmail.com", ContactProblem.EMAIL),
        ("08123", ContactProblem.PHONE_SHORT),
        ("12345", ContactProblem.PHONE_SHORT),
        ("0812345678901234", ContactProblem.PHONE_LONG),
        ("+1 555 123 4567", ContactProblem.PHONE_FOREIGN),
        ("0044 20 7946 0000", ContactProblem.PHONE_FOREIGN),
        ("1234567890", ContactProblem.PHONE_PREFIX),
        ("tidak punya", ContactProblem.NONE),
        ("rumah saya dekat masjid", ContactProblem.NONE),
    ],
)
def test_anything_else_is_refused_with_its_reason(reply: str, problem: ContactProblem) -> None:
    assert parse_contact(reply) is problem


def test_two_different_contacts_in_one_sentence_are_not_guessed_between() -> None:
    assert isinstance(parse_contact("0812 3456 7890 atau 0813 9999 8888"), ContactProblem)


def test_a_normalised_number_is_shown_grouped_for_people() -> None:
    assert shown(ContactAddress(ContactKind.PHONE, "+6281234567890")) == "+62 812-3456-7890"
    assert shown(ContactAddress(ContactKind.EMAIL, "a@b.id")) == "a@b.id"
