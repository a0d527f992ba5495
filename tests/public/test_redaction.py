"""Personal data is masked before anything is published."""

from __future__ import annotations

from domain.publication.redaction import EMAIL, NAME, NIK, NUMBER, PHONE, redact


def test_mobile_numbers_in_every_usual_spelling_are_masked() -> None:
    for number in ("081234567890", "0812-3456-7890", "+62 812 3456 7890", "62812.3456.7890"):
        masked = redact(f"hubungi {number} ya")
        assert masked == f"hubungi {PHONE} ya", number


def test_a_nik_is_masked_as_a_nik() -> None:
    assert redact("NIK saya 3201234567890001 mohon dicek") == f"NIK saya {NIK} mohon dicek"
    assert redact("NIK: 3201 2345 6789 0001") == f"NIK {NIK}"


def test_e_mail_addresses_are_masked() -> None:
    assert redact("kirim ke siti.aminah+lapor@mail.example.id") == f"kirim ke {EMAIL}"


def test_account_numbers_are_masked_even_when_short() -> None:
    masked = redact("transfer ke rekening 1234567 a.n. toko")
    assert "1234567" not in masked and NUMBER in masked
    assert "9876543210123" not in redact("VA 9876543210123")


def test_dates_amounts_and_house_numbers_stay() -> None:
    text = "sejak 23-11-2026, biaya Rp 150.000, rumah no 12 RT 03/RW 05"
    assert redact(text) == text


def test_the_tickets_own_names_are_masked_whole_and_in_parts() -> None:
    masked = redact("Saya Siti Aminah, panggil saja Aminah atau @siti_a", ["Siti Aminah", "siti_a"])
    assert "Siti" not in masked and "Aminah" not in masked and "siti_a" not in masked
    assert masked.count(NAME) == 3


def test_name_particles_are_not_masked_everywhere() -> None:
    assert redact("lampu di jalan mati", ["Pak Jalan"]) == "lampu di jalan mati"


def test_empty_text_stays_empty() -> None:
    assert redact("") == ""
