"""Long messages: the request buried in a story is found, with or without punctuation."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge_base
from knowledge_base.entries import KnowledgeBase
from knowledge_base.focus import clauses, ends_asking, focus_readings, split_at_markers
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher

RUN_ON = (
    "halo kak aku mahasiswa baru pindah kos ke sini dari luar pulau minggu kemarin "
    "semua barang aku masih di kardus kardus dan aku belum kenal tetangga di sini "
    "btw gimana cara bayar pbb online buat rumah yang aku kontrak"
)

RUN_ON_ENGLISH = (
    "Hi there, my wife and I moved to this town from another province a few months ago "
    "and we are renting a small house near the market, our neighbours are kind and the "
    "kids like the new school so how do I get a birth certificate for our newborn baby"
)

QUESTION_IN_THE_MIDDLE = (
    "Selamat pagi pak. Saya tinggal di ujung gang dekat sawah bersama orang tua. "
    "Bagaimana cara mengusulkan pengaspalan jalan lingkungan? Soalnya kalau hujan "
    "becek sekali dan motor sering tergelincir, anak anak juga susah berangkat sekolah. "
    "Terima kasih banyak sebelumnya atas perhatiannya."
)

REQUEST_WITHOUT_QUESTION_WORD = (
    "Permisi admin, saya karyawan pabrik yang baru menikah bulan lalu dengan istri saya "
    "dari desa sebelah, kami sekarang tinggal di rumah kontrakan sendiri dan ingin "
    "punya kartu keluarga sendiri. Tolong jelaskan syarat kartu keluarga baru setelah menikah."
)

STORY_WITHOUT_A_TOPIC_HERE = (
    "Selamat siang bapak ibu, saya pensiunan guru yang tinggal sendirian, anak anak sudah "
    "berkeluarga semua di kota lain. Kemarin saya ke pasar dan bertemu teman lama, kami "
    "mengobrol lama sekali tentang masa muda dan cucu cucu kami. Jadi menurut bapak ibu "
    "resep rendang yang paling enak itu bagaimana?"
)


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split(" "))


def test_a_discourse_marker_opens_a_new_clause_in_a_message_without_punctuation() -> None:
    tokens = words("saya baru pindah ke sini dari jauh jadi mau tanya syarat ktp apa")
    assert split_at_markers(tokens) == [
        words("saya baru pindah ke sini dari jauh"),
        words("jadi mau tanya syarat ktp apa"),
    ]


def test_a_marker_too_close_to_either_end_cuts_nothing() -> None:
    assert split_at_markers(words("lampu jalan mati terus")) == [words("lampu jalan mati terus")]
    assert split_at_markers(words("jadi saya mau urus ktp")) == [words("jadi saya mau urus ktp")]


def test_the_asking_clause_of_a_run_on_message_is_its_focus(kb: KnowledgeBase) -> None:
    matcher = Matcher(kb)
    parts = clauses(RUN_ON, matcher.index.normaliser)
    assert [c.asks for c in parts] == [False, True]
    assert parts[1].tokens[:2] == ("btw", "bagaimana")
    narrow = focus_readings(RUN_ON, matcher.analyse(RUN_ON), matcher.index.normaliser)[0]
    assert "pbb" in narrow.tokens and "kardus" not in narrow.tokens


def test_a_run_on_story_is_answered_by_its_question(kb: KnowledgeBase) -> None:
    assert Matcher(kb).match(RUN_ON).entry_id == "pbb-bayar"


def test_an_english_run_on_story_is_answered_by_its_question(kb: KnowledgeBase) -> None:
    assert Matcher(kb).match(RUN_ON_ENGLISH).entry_id == "akta-lahir"


def test_a_question_in_the_middle_of_a_story_is_answered(kb: KnowledgeBase) -> None:
    result = Matcher(kb).match(QUESTION_IN_THE_MIDDLE)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "usulan-jalan")


def test_a_request_without_a_question_word_is_the_focus(kb: KnowledgeBase) -> None:
    matcher = Matcher(kb)
    text = REQUEST_WITHOUT_QUESTION_WORD
    parts = clauses(text, matcher.index.normaliser)
    assert [c.asks for c in parts] == [False, True]
    assert matcher.match(text).entry_id == "kk-baru"


def test_question_marks_tell_the_question_when_every_sentence_has_an_asking_word(
    kb: KnowledgeBase,
) -> None:
    matcher = Matcher(kb)
    text = (
        "Saya sudah bayar semua tagihan tapi kok masih ragu apa sudah tercatat, soalnya "
        "petugas yang dulu datang ke rumah sudah pindah tugas dan kuitansinya hilang entah "
        "ke mana. Bayar pbb online bisa di mana saja?"
    )
    readings = focus_readings(text, matcher.analyse(text), matcher.index.normaliser)
    assert readings and readings[0].tokens[0] == "bayar" and "kuitansinya" not in readings[0].tokens


def test_a_story_whose_question_the_knowledge_base_cannot_answer_is_not_answered(
    kb: KnowledgeBase,
) -> None:
    assert Matcher(kb).match(STORY_WITHOUT_A_TOPIC_HERE).intent != Intent.FAQ


@pytest.fixture(scope="module")
def sample() -> Matcher:
    return Matcher(load_kb(Path(knowledge_base.__file__).parent / "sample"))


def test_a_run_on_story_with_btw_is_answered_on_the_sample_knowledge_base(
    sample: Matcher,
) -> None:
    text = (
        "halo kak aku mahasiswa baru pindah kos ke sini dari luar pulau kemarin dompet aku "
        "ketinggalan di angkot isinya uang sama kartu kartu penting ktp aku juga ikut hilang "
        "btw gimana cara ngurus ktp yang hilang ya"
    )
    assert sample.match(text).entry_id == "ktp-el-hilang-atau-rusak"


def test_an_english_run_on_story_with_so_is_answered_on_the_sample_knowledge_base(
    sample: Matcher,
) -> None:
    text = (
        "Hi there, my family and I just moved to this town from another province a few "
        "months ago and we are renting a small house near the market, my kids are starting "
        "school soon and everything is new for us so how do I register our move and change "
        "our address"
    )
    assert sample.match(text).entry_id == "pindah-domisili-keluar-masuk"


def test_a_long_story_asking_something_else_is_not_answered_on_the_sample_knowledge_base(
    sample: Matcher,
) -> None:
    text = (
        "selamat siang min saya pensiunan guru tinggal sendirian anak anak sudah berkeluarga "
        "semua di kota lain kemarin saya ke pasar beli sayur dan ketemu teman lama jadi mau "
        "tanya resep rendang yang paling enak itu bagaimana ya"
    )
    assert sample.match(text).intent != Intent.FAQ


def test_an_apology_and_an_indefinite_question_word_do_not_ask(kb: KnowledgeBase) -> None:
    normaliser = Matcher(kb).index.normaliser
    text = (
        "Mohon maaf mengganggu waktunya pak. Kami belum pernah diberi tahu apa-apa oleh "
        "siapa pun soal itu. Minta info syarat ktp pemula dong."
    )
    assert [c.asks for c in clauses(text, normaliser)] == [False, False, True]


def test_a_doubled_question_word_before_saja_still_asks(kb: KnowledgeBase) -> None:
    normaliser = Matcher(kb).index.normaliser
    text = "Anak saya sudah tujuh belas tahun. Dokumennya apa-apa saja"
    assert [c.asks for c in clauses(text, normaliser)] == [False, True]


def test_a_run_on_ending_with_a_question_is_no_complaint_for_its_length(
    sample: Matcher,
) -> None:
    story = (
        "hai min aku baru pindah kerja ke sini dari kota lain tiga bulan yang lalu dan "
        "sekarang ngekos dekat pasar bareng dua teman kantor jadi mau tanya cara ngurus "
        "pindah domisili ke sini gimana"
    )
    analysis = sample.analyse(story)
    assert ends_asking(story, analysis, sample.index.normaliser)
    assert sample.match(story).intent == Intent.FAQ


def test_a_run_on_complaint_ending_with_a_question_stays_a_complaint(sample: Matcher) -> None:
    report = (
        "lampu jalan di gang kami mati sudah dua minggu padahal sudah bilang ke pak rt tapi "
        "belum ada yang datang anak anak takut pulang ngaji malam nah gimana ini pak kapan "
        "dibetulkan"
    )
    assert sample.match(report).intent == Intent.COMPLAINT


def test_a_question_asked_over_two_clauses_is_read_with_the_clause_before_it(
    kb: KnowledgeBase,
) -> None:
    matcher = Matcher(kb)
    text = (
        "Selamat malam, saya pedagang sayur di pasar. Kemarin anak saya demam dan kami "
        "bingung mau berobat ke mana. Tetangga bilang sekarang bayar pbb bisa online lewat "
        "aplikasi bank. Itu benar? Caranya bagaimana?"
    )
    readings = focus_readings(text, matcher.analyse(text), matcher.index.normaliser)
    last_question = [r for r in readings if "pbb" in r.tokens and "demam" not in r.tokens]
    assert last_question and last_question[0].tokens[-1] == "bagaimana"
