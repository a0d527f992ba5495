"""How the complaint model reads where a message asks, and what it asks (round 5)."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Matcher
from knowledge_base.typed_asking import is_asking


def features(matcher: Matcher, text: str) -> dict[str, float]:
    return matcher.complaint_features(text, matcher.analyse(text), [])


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("mau bikin sertifikat tanah, mahal gak biayanya", True),
        ("urus izin keramaian lama ga prosesnya?", True),
        ("I run a small shop, can my wife sign the form for me", True),
        ("surat pindahnya diurus di kelurahan atau kecamatan", True),
        ("bayar retribusinya tunai atau transfer ya", True),
        ("pedagang itu tidak pernah kasih karcis atau kuitansi", False),
        ("sudah tiga hari tidak ada kabarnya", False),
        ("lampu jalan di gang kami tidak menyala", False),
        ("the clerk was rude, can't believe it", False),
        ("retribusi pasar bisa dibayar pakai qris ga sih, repot bawa receh", True),
        ("info vaksin kucing gratis itu beneran nggak tuh", True),
        ("akta lahir anak hilang, cetak ulang bayar gak ya", True),
        ("sewa gedung serbaguna boleh buat nikahan ga, tarifnya berapa", True),
        ("Tidak, saya cuma mau lapor lampu mati", False),
        ("lampu jalan depan gang ga nyala ya sejak kemarin", False),
        ("pipa pdam bocor ga ada yang datang", False),
    ],
)
def test_a_closing_or_not_before_the_subject_or_an_inverted_english_clause_asks(
    message: str, asks: bool
) -> None:
    assert is_asking(message) is asks


def test_a_message_that_is_asking_does_not_count_its_length(matcher: Matcher) -> None:
    assert (
        features(matcher, "mau pasang meteran listrik baru ribet gak ngurusnya")["statement_length"]
        == 0.0
    )


@pytest.mark.parametrize(
    "message",
    [
        "kartu bpjs udah dicetak tapi namanya salah ketik, setelah itu ngapain",
        "sertifikat halal sudah keluar, lalu ngapain biar bisa jual di minimarket",
        "Kami memohon informasi jadwal pelatihan menjahit untuk ibu-ibu PKK",
    ],
)
def test_asking_what_to_do_next_or_for_information_in_a_letter_is_asking(
    matcher: Matcher, message: str
) -> None:
    read = features(matcher, message)
    assert read["ask"] > 0.0
    assert read["statement_length"] == 0.0


def test_an_english_when_before_its_subject_joins_a_clause_and_does_not_ask(
    matcher: Matcher,
) -> None:
    assert features(matcher, "the clerk shouted at me when I handed in my form")["ask"] == 0.0
    assert features(matcher, "when is the office open")["ask"] > 0.0


@pytest.mark.parametrize(
    ("message", "asks_information"),
    [
        ("Di puskesmas saya disuruh bayar 20 ribu. Katanya gratis, kok bayar?", False),
        ("Jalan di depan sekolah berlubang sejak bulan lalu. Kapan diperbaiki?", False),
        ("Di puskesmas saya disuruh bayar 20 ribu. Tarif resminya berapa?", True),
    ],
)
def test_a_story_ending_in_a_reproach_is_not_a_story_that_ends_in_a_question(
    matcher: Matcher, message: str, asks_information: bool
) -> None:
    assert features(matcher, message)["story_then_asks"] == float(asks_information)


def test_a_question_of_blame_without_a_mark_still_counts_its_length(matcher: Matcher) -> None:
    text = "Dengan hormat, kami ingin mengetahui mengapa jembatan desa kami sudah sebulan rusak"
    assert features(matcher, text)["statement_length"] > 0.0


@pytest.mark.parametrize(
    "message",
    [
        "the clerk refuses to take my form",
        "dana bantuan anak saya ditahan pihak sekolah",
        "kepala dusun pilih kasih waktu membagi bantuan",
    ],
)
def test_refusing_withholding_and_favouritism_are_conduct(matcher: Matcher, message: str) -> None:
    assert features(matcher, message)["conduct"] > 0.0


def test_asking_which_one_in_the_middle_of_a_message_asks(matcher: Matcher) -> None:
    assert features(matcher, "puskesmas mana yang buka sampai malam di kecamatan kami")["ask"] > 0


def test_a_question_of_blame_with_a_mark_still_counts_its_length(matcher: Matcher) -> None:
    text = "Petugas kelurahan minta 50 ribu buat surat pengantar. Katanya gratis, kok bayar?"
    assert features(matcher, text)["statement_length"] > 0.0


@pytest.mark.parametrize(
    ("message", "length_counts"),
    [
        ("ajukan pemasangan lampu jalan baru di ujung gang kami", False),
        ("urus surat pindah di kecamatan malah dimintai uang 100 ribu sama petugas", True),
    ],
)
def test_a_message_opening_with_the_service_it_sets_out_to_obtain_requests_it(
    matcher: Matcher, message: str, length_counts: bool
) -> None:
    assert (features(matcher, message)["statement_length"] > 0) is length_counts


def test_asking_what_one_should_do_in_chat_asks(matcher: Matcher) -> None:
    text = "listrik rumah diputus padahal sudah bayar, kenapa begitu dan saya harus ngapain?"
    assert features(matcher, text)["statement_length"] == 0.0


@pytest.mark.parametrize(
    "message",
    [
        "saldo kartu bus saya kepotong dua kali",
        "kelas menjahit di balai latihan dibatalkan mendadak",
        "the bus keeps skipping our stop",
    ],
)
def test_a_double_charge_a_cancellation_or_a_skipped_stop_is_a_bad_state(
    matcher: Matcher, message: str
) -> None:
    assert features(matcher, message)["bad"] > 0.0
