"""Indonesian words written with the endings, prefixes and little words of the languages
residents speak at home, and initialisms, read as what they stand for on a knowledge
base nobody wrote lexicon lines for. Messages and entries are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent
from knowledge_base.normaliser import Normaliser
from knowledge_base.stemmer import stem
from knowledge_base.word_forms import nasal_root, possessive_base
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    words = ["rumah", "anak", "bayar", "data", "syarat", "ktp", "ditanggung", "tebus", "pupuk"]
    return Normaliser(default_lexicon(), words)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("rumahe", "rumahnya"),  # Javanese "-e" after a consonant
        ("anake", "anaknya"),
        ("datane", "datanya"),  # "-ne" after a vowel
        ("ktpne", "ktpnya"),  # and after an initialism, said with a vowel
        ("syaratna", "syaratnya"),  # Sundanese "-na", or "-nya" mistyped
        ("kampungku", "kampung"),
    ],
)
def test_a_known_word_with_a_home_language_possessive_reads_as_the_word(
    normaliser: Normaliser, written: str, read: str
) -> None:
    (token,) = normaliser.tokens(written)
    assert normaliser.term(token) == normaliser.term(read)


def test_an_ending_is_cut_only_from_a_word_nobody_knows() -> None:
    def known(word: str) -> bool:
        return word in {"rumah", "war", "sor", "buk"}

    assert possessive_base("rumahe", known) == "rumahnya"
    # "warna", "sore" and "buku" are words: the normaliser never asks about them, and
    # an ending after a base of the wrong kind is no ending (the Javanese "-e" follows a
    # consonant); the Balinese and Sasak "-ne" follows either
    assert possessive_base("bukue", lambda word: word == "buku") is None
    assert possessive_base("rumahne", known) == "rumahnya"
    # an everyday word is known to every KB; an initialism only to one that uses it
    assert possessive_base("rumahe", lambda word: False) == "rumahnya"
    assert possessive_base("ktpne", lambda word: False) is None


@pytest.mark.parametrize(
    ("written", "root"),
    [
        ("nanggung", "tanggung"),
        ("nebus", "tebus"),
        ("nentuin", "tentu"),
        ("milihin", "pilih"),
        ("ngirim", "kirim"),
    ],
)
def test_a_chat_nasal_prefix_stands_for_the_known_root_it_replaced(written: str, root: str) -> None:
    assert (
        nasal_root(written, {"tanggung", "tebus", "tentu", "pilih", "kirim"}.__contains__) == root
    )


def test_a_word_opening_on_m_is_no_chat_form_of_a_p_or_b_root_without_in() -> None:
    known = {"patah", "bayar", "pindah"}.__contains__
    assert nasal_root("matah", known) is None  # "sambal matah" is no broken card
    assert nasal_root("mayar", known) is None
    assert nasal_root("mindahin", known) == "pindah"


def test_a_chat_nasal_form_is_not_cut_into_two_words(normaliser: Normaliser) -> None:
    assert (
        normaliser.normalise("biaya patok yang nanggung siapa") == "biaya patok yang tanggung siapa"
    )
    assert normaliser.normalise("nebus pupuk di kios") == "tebus pupuk di kios"


@pytest.mark.parametrize(
    ("regional", "indonesian"),
    [
        ("iuran sasi iki bayare nang sopo", "iuran bulan ini bayarnya ke siapa"),
        ("nelayan iso melu asuransi pora", "nelayan bisa ikut asuransi apa tidak"),
        ("daftar ka kantor desa", "daftar ke kantor desa"),
        ("ka mana ngurusna", "ke mana urus"),
    ],
)
def test_javanese_and_sundanese_little_words_read_as_indonesian(
    normaliser: Normaliser, regional: str, indonesian: str
) -> None:
    tokens = normaliser.normalise(regional).split()
    assert [normaliser.term(t) if t.startswith("ngurus") else t for t in tokens] == (
        indonesian.split()
    )


def test_regional_particles_carry_no_weight(normaliser: Normaliser) -> None:
    assert normaliser.terms(normaliser.tokens("pupuk kapan tho")) == ("pupuk",)
    assert normaliser.terms(normaliser.tokens("pupuk mah atuh")) == ("pupuk",)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("ibu pkk", "ibu pkk"),  # no "pokok"
        ("ppk kecamatan", "ppk kecamatan"),  # no "pupuk"
        ("bayar spp", "bayar spp"),  # no "sepupu"
        ("pajak ppn", "pajak ppn"),  # no "papan"
        ("daftar pppk", "daftar pppk"),  # its repeated letters are kept
        ("smpn 3", "smp 3"),
        ("dsn krajan", "dusun krajan"),  # no "desain"
    ],
)
def test_an_initialism_is_no_vowel_dropped_word(written: str, read: str) -> None:
    normaliser = Normaliser(default_lexicon(), ["pokok", "pupuk", "sepupu", "papan", "desain"])
    assert normaliser.normalise(written) == read


def test_an_agency_name_starting_with_dis_keeps_its_letters(normaliser: Normaliser) -> None:
    assert stem("disparbud") == "disparbud"
    assert stem("disnaker") == "disnaker"
    assert normaliser.term("diskusi") == "diskusi"
    assert stem("disyaratkan") == "syarat"  # "sy" opens a root


def test_an_objection_is_not_something_heavy() -> None:
    matcher = invented_matcher(
        """
        - id: sewa-alat-berat
          agency: dpupr
          questions: [cara sewa alat berat milik pemda, tarif sewa ekskavator]
          answer: Alat berat disewa lewat UPT Peralatan dengan surat permohonan.
        - id: kartu-perpustakaan
          agency: dispusip
          question: cara membuat kartu perpustakaan
          answer: Kartu perpustakaan dibuat di loket layanan dengan KTP.
        """
    )
    assert matcher.match("saya keberatan dengan hasil penilaian pajak, ke mana?").intent != (
        Intent.FAQ
    )
    assert matcher.match("sewa alat berat berapa tarifnya").entry_id == "sewa-alat-berat"


def test_not_found_in_a_register_is_not_a_lost_card(normaliser: Normaliser) -> None:
    assert "terdaftar" in normaliser.normalise("nik saya gak ditemukan di sistem")
    assert "terdaftar" in normaliser.normalise("nama saya tidak ditemukan di data bansos")
    # a card that cannot be found is still lost
    assert "ditemukan" in normaliser.normalise("kartu saya tidak ditemukan setelah pindah")


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("the lady next door", "sebelah"),
        ("we were dropped from the list", "dicoret"),
        ("who assesses the damage", "menilai"),
        ("school starts in july", "juli"),
        ("i bought it last year", "tahun lalu"),
    ],
)
def test_english_words_of_time_and_everyday_phrases_are_read(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert indonesian in normaliser.normalise(english)


def test_a_wait_told_in_english_units_stays_a_wait(normaliser: Normaliser) -> None:
    # the complaint signals read "for ten days", "for weeks" in English
    assert "days" in normaliser.normalise("nobody came for ten days")
    assert "weeks" in normaliser.normalise("the lamp has been off for weeks")


@pytest.mark.parametrize(
    ("chat", "standard"),
    [
        ("syarat ktp ap aj", "syarat ktp apa saja"),
        ("ke rt ato ke rw", "ke rt atau ke rw"),
        ("lapor tnp nm", "lapor tanpa nama"),
        ("maks pinjam 3 buku", "maksimal pinjam 3 buku"),
        ("adek dicokot anjing", "adik digigit anjing"),
        ("lapor rt dl atw langsung", "lapor rt dulu atau langsung"),
        ("dapur ambrol", "dapur ambruk"),
        ("gang mau dibeton", "gang mau betonisasi"),
        ("rumah reyot", "rtlh"),
    ],
)
def test_chat_and_regional_words_of_everyday_questions(
    normaliser: Normaliser, chat: str, standard: str
) -> None:
    assert normaliser.normalise(chat) == standard


def test_words_run_together_at_a_doubled_letter_are_split() -> None:
    normaliser = Normaliser(default_lexicon(), ["pbb", "bisa", "bayar", "online"])
    # "pbb" + "bisa" written together have three b's: no stretched letter to squeeze
    assert normaliser.normalise("pbbbisabayaronlinegak").split()[:3] == ["pbb", "bisa", "bayar"]
    # a letter stretched at the end of a word is still one letter
    assert normaliser.normalise("tolonggg") == "tolong"


def test_age_and_given_read_as_the_words_offices_write(normaliser: Normaliser) -> None:
    assert normaliser.normalise("umur 16") == "usia 16"
    assert normaliser.term("umurnya") == normaliser.term("usianya")
    assert normaliser.term(normaliser.tokens("sppt belum dikasih")[-1]) == "beri"
    assert normaliser.normalise("dana desa dipake apa") == "dana desa dipakai apa"


def test_hearsay_and_amount_words_carry_no_weight(normaliser: Normaliser) -> None:
    assert normaliser.terms(normaliser.tokens("katanya pupuk cuma 500 ribu per karung")) == (
        "pupuk",
        "karung",
    )
    assert normaliser.terms(normaliser.tokens("jare pupuk")) == ("pupuk",)


HEALTH_AND_PERMITS = """
- id: periksa-malaria
  agency: dinkes
  questions: [dimana periksa malaria gratis, pengobatan malaria di puskesmas bayar]
  answer: Pemeriksaan dan pengobatan malaria di puskesmas gratis dengan KTP.
- id: sppl-usaha-kecil
  agency: dlh
  questions: [usaha kecil perlu sppl atau ukl upl, cara mengurus sppl]
  answer: Usaha mikro cukup membuat SPPL lewat OSS, tanpa biaya.
"""


def test_a_disease_the_kb_has_no_programme_for_is_not_answered_with_another() -> None:
    matcher = invented_matcher(HEALTH_AND_PERMITS)
    assert matcher.match("pengobatan tbc di puskesmas gratis ga").intent is not Intent.FAQ
    assert matcher.match("vaksin covid masih ada di puskesmas?").intent is not Intent.FAQ
    assert matcher.match("periksa malaria di puskesmas bayar ga").entry_id == "periksa-malaria"


def test_amdal_on_a_kb_without_it_reads_as_the_small_business_paper() -> None:
    normaliser = invented_matcher(HEALTH_AND_PERMITS).index.normaliser
    assert "sppl" in normaliser.normalise("buka bengkel kecil perlu amdal ga")


def test_hearing_aids_are_no_disease(normaliser: Normaliser) -> None:
    assert "hiv" not in normaliser.normalise("free hearing aids for the elderly")
    assert normaliser.normalise("how to set up a cooperative").endswith("koperasi")


def test_a_chat_nasal_form_needs_one_root_the_kb_or_lexicon_knows() -> None:
    def known(word: str) -> bool:
        return word in {"periang", "kurs", "calon", "salon", "usir", "kusir", "tanggung"}

    assert nasal_root("nanggung", known) == "tanggung"
    assert nasal_root("meriang", lambda word: False) is None  # feverish: no evidence
    assert nasal_root("ngurs", known) is None  # "ngurus" mistyped: "kurs" has one vowel
    assert nasal_root("nyalon", known) is None  # running for office, or a salon?
    assert nasal_root("ngusir", known) is None


@pytest.mark.parametrize(
    ("written", "root"),
    [
        ("dipaku", "paku"),  # nailed: no "dipa" of mine
        ("ditamu", "tamu"),
    ],
)
def test_a_prefix_on_a_root_ending_like_a_possessive_keeps_its_root(
    normaliser: Normaliser, written: str, root: str
) -> None:
    assert normaliser.tokens(f"pagar sudah {written}")[-1] == written
    assert normaliser.term(written) == root


def test_a_possessive_stays_one_where_its_base_is_the_likelier_word() -> None:
    def known(word: str) -> bool:
        return False

    assert possessive_base("mejane", known) == "mejanya"  # no "jane"
    assert possessive_base("petamu", known) == "peta"  # your map, no guest
    assert possessive_base("bedana", known) == "bedanya"  # the difference, no funds
    assert possessive_base("ditanganku", known) == "ditangan"  # in my hand
