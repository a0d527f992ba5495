from __future__ import annotations

import pytest

from knowledge_base.complaint import ComplaintModel, complaint_features
from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent, Matcher


@pytest.mark.parametrize(
    "message",
    [
        "air ledeng bau kaporit sejak senin",
        "lampu di gang kami kedip-kedip terus tiap malam",
        "petugas minta uang rokok waktu ngurus surat pindah",
        "kades minta jatah dari dana bantuan rumah",
        "guru honorer jarang datang, murid disuruh nyatet doang",
        "the water from the tap smells bad since monday",
    ],
)
def test_a_report_of_a_state_or_of_conduct_is_a_complaint_without_a_cue_word(
    matcher: Matcher, message: str
) -> None:
    assert matcher.match(message).intent == Intent.COMPLAINT


def test_a_complaint_about_an_faq_topic_keeps_that_entry_as_the_first_suggestion(
    matcher: Matcher,
) -> None:
    result = matcher.match(
        "bayar pbb lewat qris udah kepotong saldo tapi di website masih belum lunas"
    )
    assert result.intent == Intent.COMPLAINT and result.entry_id is None
    assert result.related == "pbb-bayar" and result.suggestions[:1] == ("pbb-bayar",)


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [("bayar pbb online dmn aja", "pbb-bayar"), ("syarat kk baru setelah nikah", "kk-baru")],
)
def test_a_question_on_the_same_topic_is_still_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


@pytest.mark.parametrize(
    ("message", "let_down"),
    [
        ("kami sewa alat berat, mogok hari pertama tapi kami tetap ditagih penuh", True),
        ("denda tetap muncul padahal saya bayar sebelum jatuh tempo", True),
        ("denda pdam dikenakan padahal sudah bayar tepat waktu", True),
        ("ambulans ditelepon tidak datang akhirnya pasien dibawa pakai pikap", True),
        ("bansos tidak cair sampai akhir bulan", False),
        ("syarat pindah faskes bpjs apa saja", False),
    ],
)
def test_an_expectation_let_down_is_read_as_a_contrast(
    matcher: Matcher, message: str, let_down: bool
) -> None:
    tokens = matcher.analyse(message).tokens
    features = complaint_features(tokens, False, default_lexicon())
    assert features["contrast"] == float(let_down)


@pytest.mark.parametrize(
    "message",
    [
        "Yth. Admin, kami warga RT 04 bermaksud mengusulkan pengaspalan jalan lingkungan di "
        "depan balai desa. Mohon penjelasan mengenai prosedurnya.",
        "saya pengen tau jalan lingkungan di gang kami bisa diaspal lewat musrenbang",
    ],
)
def test_asking_for_information_in_so_many_words_is_not_a_complaint(
    matcher: Matcher, message: str
) -> None:
    features = complaint_features(matcher.analyse(message).tokens, False, default_lexicon())
    assert features["ask"] >= 1
    assert matcher.match(message).intent != Intent.COMPLAINT


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("adek saya tuna rungu, mau minta alat bantu dengar dari dinsos", 1.0),
        ("warga bisa minta lampu jalan dipasang di gang", 1.0),
        ("petugas kecamatan minta uang 50 ribu", 0.0),
    ],
)
def test_a_resident_requesting_a_service_asks_while_an_official_asking_for_money_does_not(
    matcher: Matcher, message: str, asks: float
) -> None:
    features = complaint_features(matcher.analyse(message).tokens, False, default_lexicon())
    assert features["ask"] == asks


@pytest.mark.parametrize(
    ("message", "elapsed"),
    [
        ("antrean di disdukcapil dari subuh, loket baru buka jam 10", 2.0),
        ("no water has come out of our taps for four days", 2.0),
        ("lampu jalan mati sudah sepuluh hari", 2.0),
        ("loket disdukcapil buka jam berapa", 0.0),
    ],
)
def test_how_long_a_state_has_lasted_is_read_in_either_language(
    matcher: Matcher, message: str, elapsed: float
) -> None:
    features = complaint_features(matcher.analyse(message).tokens, False, default_lexicon())
    assert features["elapsed"] == elapsed


def test_the_complaint_model_is_a_logistic_of_its_weights() -> None:
    model = ComplaintModel.from_json('{"bias": -1.0, "threshold": 0.6, "weights": {"bad": 2.0}}')
    assert model.probability({}) == pytest.approx(1 / (1 + 2.718281828459045))
    assert model.probability({"bad": 1.0}) == pytest.approx(0.7310585786)
    assert model.threshold == 0.6


def test_the_length_of_a_message_counts_only_when_it_asks_nothing(matcher: Matcher) -> None:
    story = (
        "selamat siang, anak saya kelas dua dan tahun depan mau pindah sekolah ikut kami "
        "ke kabupaten sebelah karena bapaknya dipindah tugas"
    )
    lexicon = default_lexicon()
    told = complaint_features(matcher.analyse(story).tokens, False, lexicon)
    asked = complaint_features(matcher.analyse(story + ", syaratnya apa").tokens, False, lexicon)
    marked = complaint_features(matcher.analyse(story).tokens, True, lexicon)
    assert told["statement_length"] == 1.0
    assert asked["statement_length"] == 0.0 and marked["statement_length"] == 0.0


@pytest.mark.parametrize(
    "message",
    [
        "pohon tumbang menutup jalan desa, ke dinas mana kami harus memberi tahu",
        "anak terlantar di pasar, instansi mana yang menangani",
        "can we get the streetlight in our lane replaced",
    ],
)
def test_asking_which_office_or_whether_we_can_is_asking(matcher: Matcher, message: str) -> None:
    features = complaint_features(matcher.analyse(message).tokens, False, default_lexicon())
    assert features["ask"] >= 1


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("sudah empat kali ke kantor kelurahan, surat belum juga jadi", "elapsed"),
        ("bolak balik ke puskesmas tapi dokternya tidak ada", "elapsed"),
        ("genangan di jalan depan pasar makin dalam", "intensity"),
        ("the potholes are getting worse every week", "intensity"),
    ],
)
def test_repeated_attempts_and_a_worsening_state_are_read_as_reports(
    matcher: Matcher, message: str, kind: str
) -> None:
    features = complaint_features(matcher.analyse(message).tokens, False, default_lexicon())
    assert features[kind] >= 1


@pytest.mark.parametrize(
    "message",
    [
        "sudah tiga kali saya datang ke kantor desa, sekretarisnya tidak pernah ada di tempat",
        "trotoar di depan sekolah makin rusak, anak anak jalan di aspal",
    ],
)
def test_a_report_of_repeated_failure_or_a_worsening_state_is_a_complaint(
    matcher: Matcher, message: str
) -> None:
    assert matcher.match(message).intent == Intent.COMPLAINT


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("petugas menyita gerobak kami tanpa surat apa pun", False),
        ("siapa pun yang lewat gang ini kena cipratan got", False),
        ("apa saja syarat surat pindah", True),
    ],
)
def test_an_indefinite_with_pun_is_no_question(matcher: Matcher, message: str, asks: bool) -> None:
    features = complaint_features(matcher.analyse(message).tokens, False, default_lexicon())
    assert (features["ask"] > 0) == asks


@pytest.mark.parametrize(
    "message",
    [
        "pipa di ujung gang pecah",
        "proyek pasar desa mangkrak",
        "the footbridge railing has collapsed",
    ],
)
def test_broken_fallen_or_abandoned_things_are_bad_states(matcher: Matcher, message: str) -> None:
    features = complaint_features(matcher.analyse(message).tokens, False, default_lexicon())
    assert features["bad"] >= 1


@pytest.mark.parametrize(
    ("message", "requests"),
    [
        (
            "selamat siang, kami keluarga baru pindah dari kota lain bulan ini dan ingin "
            "mendaftarkan anak kami ke sekolah dasar terdekat",
            True,
        ),
        (
            "Kepada Yth. Bapak Camat, bersama ini kami bermaksud mengajukan izin memakai "
            "lapangan desa untuk lomba tujuh belasan",
            True,
        ),
        (
            "sudah dua kali saya datang ke kecamatan mau urus surat pindah tapi pegawainya "
            "tidak ada di meja",
            False,
        ),
    ],
)
def test_a_long_message_that_ends_by_requesting_a_service_does_not_count_its_length(
    matcher: Matcher, message: str, requests: bool
) -> None:
    features = complaint_features(matcher.analyse(message).tokens, False, default_lexicon())
    assert (features["statement_length"] == 0.0) == requests


@pytest.mark.parametrize(
    "message",
    ["dana desa tahun ini dananya ke mana", "bantuan beras dipotong, uangnya kemana"],
)
def test_asking_where_the_money_went_is_an_accusation(matcher: Matcher, message: str) -> None:
    features = complaint_features(matcher.analyse(message).tokens, True, default_lexicon())
    assert features["conduct"] >= 1
