"""What a report tells, read without the words that only look like asking or like a
failure: a place named after its preposition is no question word ("ke nanga pinoh",
read "ke tanya"; "di alur pelayaran", read "di prosedur"), nor is a condition an official
set ("sebagai syarat"); a bad state denied is a good one ("meterannya tidak rusak"); an
English report that nothing was put right lets an expectation down ("closed but nothing
has been fixed"). Money an official took is reproached only when the taking is told as
an event, not in a condition or the writer's own request; a payment made the price of
the service itself ("baru mau proses", "to speed up") is bought like a favour, and
"masa begitu?" points back at it.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import default_signals
from knowledge_base.complaint_kinds import kinds_found, told_conduct
from knowledge_base.complaint_reproach import disputes_told, pays_irregularly
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.phrases import spaced
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: izin-kapal-penumpang
  agency: dinas perhubungan
  questions:
    - Bagaimana cara mengurus izin kapal penumpang sungai?
    - syarat izin speedboat penumpang
  keywords: [izin kapal, izin speedboat]
  answer: Izin kapal penumpang diurus di dinas perhubungan dengan surat ukur kapal.
- id: rambu-pelayaran
  agency: dinas perhubungan
  questions:
    - Ke mana melapor rambu pelayaran yang rusak?
  keywords: [rambu pelayaran, alur pelayaran]
  answer: Laporkan ke dinas perhubungan bidang pelayaran.
- id: tagihan-air
  agency: pdam
  questions:
    - Kenapa tagihan air saya naik?
    - tagihan air tidak sesuai meteran
  keywords: [tagihan air, meteran air]
  answer: Minta pengecekan meteran di kantor PDAM.
- id: aduan-ditutup
  agency: diskominfo
  questions:
    - Can a closed complaint ticket be reopened?
    - Bisakah aduan yang sudah ditutup dibuka lagi?
  keywords: [aduan ditutup, ticket closed]
  answer: Balas nomor tiket dalam 7 hari untuk membuka kembali aduan.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


def _found(matcher: Matcher, text: str) -> dict[str, float]:
    tokens = matcher.index.normaliser.tokens(text)
    return kinds_found(tokens, spaced(tokens), (), default_signals())


@pytest.mark.parametrize(
    "text",
    [
        "speedboat ke nanga pinoh tidak ada pelampung sama sekali padahal penuh anak sekolah",
        "pelampung di alur pelayaran hanyut semua, kemarin perahu nelayan kami kandas",
        "kepala sekolah minta uang 2 juta sebagai syarat anak kami diterima",
    ],
)
def test_a_place_or_a_condition_read_as_an_asking_word_asks_nothing(
    matcher: Matcher, text: str
) -> None:
    assert _found(matcher, text)["ask"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "proposal bantuan kapal diajukan ke dinas mana",
        "syarat izin speedboat apa saja, lapornya ke siapa",
        "dokumen apa yang menjadi syarat izin kapal",
    ],
)
def test_a_question_word_after_its_preposition_still_asks(matcher: Matcher, text: str) -> None:
    assert _found(matcher, text)["ask"] > 0


def test_a_report_naming_a_place_that_reads_as_asking_is_a_complaint(matcher: Matcher) -> None:
    text = "speedboat ke nanga pinoh tidak ada pelampung sama sekali padahal penuh anak sekolah"
    assert matcher.match(text).intent is Intent.COMPLAINT


def test_a_bad_state_denied_is_neither_a_bad_state_nor_a_service_not_given(
    matcher: Matcher,
) -> None:
    found = _found(matcher, "meterannya tidak rusak dan tidak bocor, cuma angkanya beda")
    assert found["bad"] == 0
    assert found["negation"] == 0


def test_a_bad_state_told_beside_a_denied_one_still_counts(matcher: Matcher) -> None:
    found = _found(matcher, "meterannya tidak rusak tapi pipanya bocor")
    assert found["bad"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "my ticket was closed but nothing has been fixed",
        "they closed my report and nothing changed, the drain is the same",
    ],
)
def test_an_english_report_that_nothing_was_put_right_is_a_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


def test_asking_how_to_reopen_a_ticket_closed_with_nothing_fixed_stays_a_question(
    matcher: Matcher,
) -> None:
    text = "my ticket was closed but nothing was fixed, can a closed complaint be reopened?"
    assert matcher.match(text).intent is not Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        " kalau minta surat keterangan di desa harusnya gratis kan ",
        " saya mau minta surat pengantar katanya gratis ya ",
        " apakah dipungut biaya 10 ribu ",
        " bukan minta obat saya cuma butuh bibit ",
    ],
)
def test_conduct_in_a_condition_or_the_writers_request_tells_no_event(text: str) -> None:
    assert told_conduct(text, default_signals()) == 0


def test_conduct_told_as_an_event_is_told() -> None:
    text = " petugas minta 10 ribu untuk surat keterangan katanya gratis "
    assert told_conduct(text, default_signals()) == 1


def test_a_request_in_a_condition_recalled_free_is_no_reproach(matcher: Matcher) -> None:
    text = "kalau minta surat keterangan izin kapal harusnya gratis kan? ada biaya 10 ribu ga?"
    assert matcher.match(text).intent is not Intent.COMPLAINT


def test_money_an_official_took_recalled_free_is_still_a_reproach(matcher: Matcher) -> None:
    text = "petugas dishub minta 100 ribu buat izin speedboat, bukannya gratis?"
    assert matcher.match(text).intent is Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        " pegawai minta 50 ribu baru mau proses berkas saya ",
        " the clerk asked me for 100 k to speed up my card ",
    ],
)
def test_money_made_the_price_of_the_service_is_paid_irregularly(text: str) -> None:
    assert pays_irregularly(text)


def test_masa_begitu_points_back_at_what_was_told() -> None:
    assert disputes_told(" pegawai minta 50 ribu baru mau proses berkas masa begitu ")


@pytest.mark.parametrize(
    "text",
    [
        "Mohon diinformasikan jadwal pemeriksaan kapal penumpang bulan depan.",
        "Mohon disampaikan nomor layanan dinas perhubungan untuk kami tempel di dermaga.",
    ],
)
def test_a_letter_asking_to_be_told_something_asks(matcher: Matcher, text: str) -> None:
    assert _found(matcher, text)["ask"] > 0


def test_a_letter_asking_to_pass_a_report_on_asks_nothing(matcher: Matcher) -> None:
    text = "Mohon disampaikan ke dinas perhubungan bahwa rambu di dermaga sudah roboh."
    assert _found(matcher, text)["ask"] == 0


def test_a_service_needed_let_down_by_a_desk_left_empty_is_a_complaint(
    matcher: Matcher,
) -> None:
    text = "pegawai kantor pelabuhan jam 9 pagi sudah kosong semua, padahal saya perlu cap surat"
    assert matcher.match(text).intent is Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "Our fuel subsidy was cut by the facilitator without any explanation.",
        "my boat aid money was cut by the village head for no reason",
    ],
)
def test_aid_cut_by_an_official_in_english_is_a_complaint(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT
