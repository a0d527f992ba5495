from __future__ import annotations

import pytest

from knowledge_base.complaint_shape import (
    asks_own_step,
    last_sentence,
    requests_action,
    without_indefinites,
)
from knowledge_base.matcher import Intent, Matcher


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("sampah berserakan di mana-mana", "sampah berserakan  "),  # with its preposition
        ("baunya sampai kemana-mana", "baunya sampai  "),
        ("kami tidak diberi tahu apa-apa", "kami tidak diberi tahu  "),
        ("persyaratannya apa-apa saja?", "persyaratannya apa-apa saja?"),
        ("kantornya di mana?", "kantornya di mana?"),
        ("ktp saya kapan 2 minggu lagi jadi?", "ktp saya kapan 2 minggu lagi jadi?"),
        ("kemana2 harus bayar", "  harus bayar"),
        # Malay spellings: "nothing at all", "everywhere"; "apo bae" (whatever) still asks
        ("nelayan dak dapet ape-ape", "nelayan dak dapet  "),
        ("sampahnye ade di mane-mane", "sampahnye ade  "),
        ("syaratnyo apo-apo bae?", "syaratnyo apo-apo bae?"),
    ],
)
def test_a_doubled_question_word_is_indefinite_and_dropped(text: str, kept: str) -> None:
    assert without_indefinites(text) == kept


def test_an_indefinite_everywhere_does_not_make_a_report_ask(matcher: Matcher) -> None:
    text = "got di gang kami mampet, airnya meluber ke mana-mana"
    features = matcher.complaint_features(text, matcher.analyse(text), [])
    assert features["ask"] == 0.0


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "Halo min. Jembatan desa retak sejak bulan lalu. Kapan diperbaiki? Terima kasih.",
            " Kapan diperbaiki?",
        ),
        ("Saya warga RW 2. Bagaimana cara daftar posyandu?", " Bagaimana cara daftar posyandu?"),
        ("bagaimana cara daftar posyandu", None),
    ],
)
def test_the_last_sentence_skips_a_closing_courtesy(text: str, last: str | None) -> None:
    assert last_sentence(text) == last


@pytest.mark.parametrize(
    ("message", "action"),
    [
        ("tolong segera diangkut sampahnya", True),
        ("mohon dicek ke lokasi", True),
        ("harap ditertibkan pedagang di trotoar", True),
        ("please fix the street light", True),
        ("mohon dijelaskan syaratnya", False),
        ("tolong diinfokan jadwalnya", False),
        ("bagaimana prosedurnya agar segera ditangani", False),
    ],
)
def test_a_request_for_action_is_not_a_request_to_be_told(
    matcher: Matcher, message: str, action: bool
) -> None:
    assert requests_action(matcher.analyse(message).tokens) == action


@pytest.mark.parametrize(
    ("message", "own"),
    [
        ("kami harus mengurus ke mana", True),
        ("apakah masih bisa mendaftar", True),
        ("bagaimana supaya kartunya aktif lagi", True),
        ("aplikasinya tidak bisa dibuka", False),
        ("kapan bisa diperbaiki", False),
    ],
)
def test_asking_what_the_resident_can_do_is_told_from_a_failure_or_a_request_for_action(
    matcher: Matcher, message: str, own: bool
) -> None:
    assert asks_own_step(matcher.analyse(message).tokens) == own


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        (
            "Saya baru menikah bulan lalu dan masih satu KK dengan orang tua, rumahnya sudah "
            "sempit dan kami sudah pindah kontrakan. Bagaimana cara membuat KK baru?",
            "kk-baru",
        ),
    ],
)
def test_a_story_that_ends_asking_what_to_do_is_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


@pytest.mark.parametrize(
    "message",
    [
        "petugas loket minta uang 20 ribu biar berkas saya didahulukan",
        "pipa pdam di depan masjid bocor dari kemarin, airnya terbuang ke jalan. mohon dicek",
        "Pak, di kantor desa saya dimintain 50 ribu sama petugas buat surat pengantar.",
    ],
)
def test_a_concrete_report_asking_for_action_is_a_complaint(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).intent == Intent.COMPLAINT


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("pegawai kelurahan membentak warga yang bertanya soal antrean", False),
        ("tiap tanya ke kantor desa jawabannya beda beda", False),
        ("saya mau tanya syarat surat pindah", True),
        ("bantuan beras tidak dibagikan, duitnya ke mana", False),
        ("kantor dinas sosial di mana", True),
    ],
)
def test_asking_told_as_part_of_the_story_or_where_the_money_went_is_no_question(
    matcher: Matcher, message: str, asks: bool
) -> None:
    features = matcher.complaint_features(message, matcher.analyse(message), [])
    assert (features["ask"] > 0) == asks


@pytest.mark.parametrize(
    ("message", "asks", "action"),
    [
        ("jembatan di dusun kami retak, kapan bisa diperbaiki?", 0.0, True),
        ("when will the broken drain on our road be repaired?", 0.0, True),
        ("pendaftaran posyandu lansia kapan dibuka?", 1.0, False),
    ],
)
def test_asking_when_a_thing_will_be_put_right_asks_for_action_not_information(
    matcher: Matcher, message: str, asks: float, action: bool
) -> None:
    features = matcher.complaint_features(message, matcher.analyse(message), [])
    assert features["ask"] == asks
    assert features["requests_action"] == float(action)


def test_a_report_that_asks_when_it_will_be_put_right_is_a_complaint(matcher: Matcher) -> None:
    message = "lampu jalan di gang kenanga mati sudah seminggu, kapan bisa diperbaiki?"
    assert matcher.match(message).intent == Intent.COMPLAINT


@pytest.mark.parametrize(
    ("message", "chasing"),
    [
        ("sudah dua minggu ngurus surat pindah tapi masih belum jadi, kapan jadinya?", True),
        ("udah sebulan kartu kis saya blm keluar terus, kapan keluarnya??", True),
        (
            "I applied for the certificate three weeks ago and still nothing, when is it issued?",
            True,
        ),
        ("been two months waiting and the aid is still not paid, when will it be sent?", True),
        ("kalau ngajuin akta kelahiran hari ini, kapan jadinya?", False),
        ("berapa hari surat pindah selesai diproses?", False),
        ("sudah rekam ktp kemarin, kapan jadinya?", False),
        ("if I register my ID card this week, when will it be ready?", False),
    ],
)
def test_asking_when_a_thing_waited_for_will_come_needs_the_wait_and_a_state_not_yet_come(
    matcher: Matcher, message: str, chasing: bool
) -> None:
    assert requests_action(matcher.analyse(message).tokens) == chasing


@pytest.mark.parametrize(
    "message",
    [
        "udah 3 minggu ngajuin surat pindah, katanya pejabatnya dinas luar terus, kapan jadinya??",
        "sudah dua bulan bantuan sembako untuk ibu saya belum cair juga, kapan cairnya?",
        "Sudah sebulan berkas akta anak saya masih di loket. Kapan selesainya?",
        "my KTP was recorded two months ago and it is still not printed, when will it be ready?",
    ],
)
def test_a_resident_chasing_a_delay_reports_a_problem(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).intent == Intent.COMPLAINT


@pytest.mark.parametrize(
    "message",
    [
        "akta kelahiran anak berapa hari jadinya?",
        "kalau hari ini rekam ktp, kapan ktp saya jadi?",
        "how many days does a birth certificate take to be issued?",
    ],
)
def test_asking_how_long_a_service_takes_is_no_complaint(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).intent != Intent.COMPLAINT
