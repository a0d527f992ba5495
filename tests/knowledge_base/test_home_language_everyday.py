"""The everyday words of a resident's home language (Javanese, Sundanese, Betawi, Malay,
Minang) and the endings and prefixes it puts on words are read as the Indonesian a
knowledge base is written in, so a question asked so is decided like its Indonesian
equivalent (issue 13). The messages and entries are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.normaliser import Normaliser
from knowledge_base.word_forms import (
    causative_base,
    ke_prefixed,
    owned_base,
    passive_table_word,
    possessive_base,
    table_word,
)
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["rumah", "pajak", "akta", "kematian", "izin"])


@pytest.mark.parametrize(
    ("home", "indonesian"),
    [
        ("sewa kios neng pasar sewulan pira", "sewa kios di pasar satu bulan berapa"),
        ("lantai dhuwur luwih murah", "lantai tinggi lebih murah"),
        ("bengi iso teko", "malam bisa datang"),
        ("upami bade ngiring kedah kumaha", "kalau mau ikut harus bagaimana"),
        ("ayeuna tebih pisan", "sekarang jauh sekali"),
        ("kartu ical engke kumaha", "kartu hilang nanti bagaimana"),
        ("aye mao pegi ke mane", "saya mau pergi ke mana"),
        ("nak daftar macam mana", "mau daftar bagaimana"),
        ("surek keterangan baa caro ngurus", "surat keterangan bagaimana cara urus"),
    ],
)
def test_everyday_home_language_words_read_as_indonesian(
    normaliser: Normaliser, home: str, indonesian: str
) -> None:
    assert normaliser.normalise(home) == indonesian


@pytest.mark.parametrize(
    ("home", "indonesian"),
    [
        ("njupuke nang endi", "ambil di mana"),  # a table word with the Javanese "-e"
        ("omahku adoh", "rumah jauh"),  # with "-ku"
        ("izinnye ke mane", "izinnya ke mana"),  # the Betawi "-nye"
        ("akta kamatian", "akta kematian"),  # the Sundanese "ka-" for "ke-"
        ("ngalaporkeun ka saha", "melaporkan ke siapa"),
    ],
)
def test_home_language_endings_and_prefixes_read_as_indonesian(
    normaliser: Normaliser, home: str, indonesian: str
) -> None:
    assert normaliser.normalise(home) == indonesian


def test_a_table_word_carries_a_home_language_ending_only_after_its_own_sound() -> None:
    in_table = {"njupuk", "omah", "tuku"}.__contains__
    assert table_word("njupuke", in_table) == "njupuk"  # "-e" after a consonant
    assert table_word("tukune", in_table) == "tuku"  # "-ne" after a vowel
    assert table_word("tukue", in_table) is None
    assert table_word("omahku", in_table) == "omah"
    assert table_word("pasar", in_table) is None


def test_a_causative_ending_is_the_indonesian_kan() -> None:
    known = {"daftar", "daftarkan", "lapor"}.__contains__
    assert causative_base("daftarke", known) == "daftarkan"
    assert causative_base("daftarkeun", known) == "daftarkan"
    assert causative_base("laporake", known) == "lapor"  # "laporkan" unknown here
    assert causative_base("kopike", known) is None


def test_a_sundanese_ka_is_read_as_ke_only_into_a_known_word() -> None:
    known = {"kematian", "kesehatan"}.__contains__
    assert ke_prefixed("kamatian", known) == "kematian"
    assert ke_prefixed("kasehatan", known) == "kesehatan"
    assert ke_prefixed("kabupaten", known) is None


def test_the_passive_of_a_table_word_is_the_indonesian_passive() -> None:
    table = {("jaluk",): ("minta",), ("tuku",): ("beli",), ("ngadamel",): ("membuat",)}
    assert passive_table_word("dijaluk", table) == "diminta"
    assert passive_table_word("dituku", table) == "dibeli"
    assert passive_table_word("dingadamel", table) is None  # no passive of "membuat"
    assert passive_table_word("dibuat", table) is None


def test_my_and_your_on_a_known_word_read_as_the_word_even_in_an_everyday_word() -> None:
    vocabulary = {"anak", "rumah", "nama"}
    assert owned_base("anakku", vocabulary) == "anak"
    assert owned_base("rumahmu", vocabulary) == "rumah"
    # a word ending so is no short word of one's own ("ilmu", "saku", "jamu")
    assert owned_base("ilmu", {"il", "ilm"}) is None
    assert owned_base("saku", {"sa"}) is None


def test_a_name_asked_about_in_javanese_reads_as_a_name(normaliser: Normaliser) -> None:
    assert normaliser.normalise("jenengku wis ono") == "nama sudah ada"


def test_the_betawi_nye_is_the_indonesian_nya_of_a_known_word() -> None:
    assert possessive_base("syaratnye", {"syarat"}.__contains__) == "syaratnya"


@pytest.mark.parametrize(
    "indonesian",
    [
        "kenalan di kecamatan",  # no "kena" + Javanese "lan" (and)
        "airnya bening",  # no "be" + "ning" (at)
        "bau bangke",  # chat for carcass, no "bang" + a causative "-ke"
        "rekam bisa dikecamatan",  # no passive of "kecamatan"
    ],
)
def test_an_indonesian_word_is_not_cut_at_a_short_regional_word(indonesian: str) -> None:
    normaliser = Normaliser(default_lexicon(), ["kecamatan", "air", "bau", "bangkai", "rekam"])
    for word in indonesian.split():
        assert word in normaliser.normalise(indonesian).split()


def test_water_spilling_over_is_no_following_or_you(normaliser: Normaliser) -> None:
    assert normaliser.normalise("air sungai meluber ke jalan") == "air sungai meluap ke jalan"


def test_forms_of_address_of_the_home_languages_are_no_typo(normaliser: Normaliser) -> None:
    # "lur" (friend) is no "luar" (outside), "kang" no "kantor"
    assert normaliser.analyse("akta omah piye lur").terms == ("akta", "rumah")
    assert "kantor" not in normaliser.normalise("kang, akta omah piye")


def test_english_words_that_look_regional_stay_english(normaliser: Normaliser) -> None:
    # "bar" and "lame" are English words the regional table leaves alone
    assert normaliser.normalise("a lame bar") == "a lame bar"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: sewa-kios-tarif
          agency: disdag
          questions:
            - Berapa tarif sewa kios pasar per bulan?
            - Berapa biaya sewa kios di pasar?
          keywords: [tarif sewa kios]
          answer: Tarif sewa kios ditetapkan per meter persegi per bulan.
        - id: sewa-kios-daftar
          agency: disdag
          question: Bagaimana cara mendaftar sewa kios pasar?
          keywords: [daftar kios pasar]
          answer: Daftar di kantor pengelola pasar dengan KTP.
        - id: akta-kematian
          agency: disdukcapil
          question: Bagaimana cara membuat akta kematian?
          keywords: [akta kematian]
          answer: Bawa surat keterangan kematian dari desa ke Disdukcapil.
        - id: derek-ambil
          agency: dishub
          question: Di mana mengambil kendaraan yang diderek Dishub?
          keywords: [kendaraan diderek]
          answer: Di kantor Dishub dengan STNK dan bukti bayar denda.
        """
    )


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("sewa kios pasar sewulan pira?", "sewa-kios-tarif"),
        ("sabaraha sewa kios di pasar sabulan?", "sewa-kios-tarif"),
        ("bapa abdi pupus, kumaha ngadamel akta kamatian?", "akta-kematian"),
        ("motorku diderek dishub, njupuke neng endi?", "derek-ambil"),
    ],
)
def test_a_question_in_a_home_language_is_answered_like_its_indonesian(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)
