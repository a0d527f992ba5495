"""An English word of the bilingual bridge that is also an Indonesian word of another
meaning ("map" is a folder, "transfer" a bank transfer) is read as English only in a
message written in English (issue 13); the messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import build_lexicon, default_lexicon
from knowledge_base.matcher import Intent
from knowledge_base.normaliser import Normaliser
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["peta", "tembok", "kucing", "berkas", "ijazah"])


@pytest.mark.parametrize(
    "indonesian",
    ["ijazah dimasukkan ke map", "bayar lewat transfer bisa", "live di story instagram"],
)
def test_a_false_friend_in_an_indonesian_message_keeps_its_indonesian_meaning(
    normaliser: Normaliser, indonesian: str
) -> None:
    assert normaliser.normalise(indonesian) == indonesian


def test_a_false_friend_in_an_english_message_is_read_as_english(
    normaliser: Normaliser,
) -> None:
    assert "pindah" in normaliser.normalise("how do I transfer my health insurance")
    assert "peta" in normaliser.normalise("where can I get a map of the flood zones")


def test_a_word_only_english_is_read_in_any_message(normaliser: Normaliser) -> None:
    assert normaliser.normalise("anjing saya kena rabies, dog vaccine gratis?").count("anjing") == 2


def test_a_false_friend_another_table_reads_is_that_tables_word() -> None:
    lexicon = build_lexicon(
        domain=[],
        generic=set(),
        slang=[("map", "map dokumen")],
        english=[("map", "peta")],
        function_words=[],
        smalltalk=[],
        complaint_cues=[],
        false_friends=["map"],
    )
    assert not lexicon.false_friends


def test_a_folder_is_no_map_and_a_map_is_no_folder() -> None:
    matcher = invented_matcher(
        """
        - id: peta-rawan-banjir
          agency: bpbd
          question: Di mana melihat peta rawan banjir kabupaten?
          keywords: [peta rawan banjir]
          answer: Di laman BPBD, menu peta rawan bencana.
        """
    )
    english = matcher.match("where can I see the flood risk map of the regency?")
    assert (english.intent, english.entry_id) == (Intent.FAQ, "peta-rawan-banjir")
    folder = matcher.match("map plastik untuk berkas banjir kena air, beli di mana")
    assert folder.intent is not Intent.FAQ


@pytest.mark.parametrize(
    "indonesian",
    [
        "beli cat genteng warna merah di toko bangunan",  # paint
        "listrik di gang kami padam total semalaman",  # utterly
        "ongkos parkir motor flat atau dihitung per jam",  # a flat rate
        "nomor id pelanggan air saya di mana tertulis",  # an identifier
        "air galon jarang kami make untuk masak",  # chat for "pakai"
        "servis motor tiap bulan, service ac setahun sekali",  # a repair
        "pinjam dump truk kelurahan untuk angkut puing",  # a tipper truck
    ],
)
def test_an_everyday_indonesian_word_the_bridge_knows_as_english_is_read_as_indonesian(
    normaliser: Normaliser, indonesian: str
) -> None:
    friends = {"cat", "total", "flat", "id", "make", "service", "dump"}
    kept = friends & set(indonesian.split())
    assert kept <= set(normaliser.normalise(indonesian).split())


@pytest.mark.parametrize(
    ("english", "meaning"),
    [
        ("our cat was hit by a motorbike, who takes it away", "kucing"),
        ("what is the total amount of the land tax", "jumlah"),
        ("is there a fine if I renew my licence late", "denda"),
    ],
)
def test_the_same_words_in_an_english_message_are_read_through_the_bridge(
    normaliser: Normaliser, english: str, meaning: str
) -> None:
    assert meaning in normaliser.normalise(english).split()


def test_a_false_friend_next_to_a_common_english_word_is_english_in_a_short_message(
    normaliser: Normaliser,
) -> None:
    # too few words to tell the message English, but "for" leaves no doubt
    assert "angkut" in normaliser.normalise("sofa pickup for rt 05").split()
    assert "pickup" in normaliser.normalise("sewa pickup kecamatan").split()


@pytest.mark.parametrize(
    "text",
    ["anjing dan cat tetangga belum divaksin rabies", "klinik hewan peliharaan, steril cat"],
)
def test_a_false_friend_among_others_of_its_kind_takes_its_english_meaning(
    normaliser: Normaliser, text: str
) -> None:
    assert "kucing" in normaliser.normalise(text).split()


def test_a_thing_that_shares_a_wider_group_only_is_no_context() -> None:
    # chickens are animals, but no pets: paint for a coop is still paint
    normaliser = Normaliser(default_lexicon(), ["kandang", "ayam"])
    assert "cat" in normaliser.normalise("cat kandang ayam yang tahan hujan").split()


def test_a_paint_question_is_not_answered_by_a_cat_entry() -> None:
    matcher = invented_matcher(
        """
        - id: steril-kucing
          agency: dispertan
          question: Di mana layanan steril kucing gratis?
          keywords: [steril kucing, kucing liar]
          answer: Steril kucing gratis di puskeswan tiap Kamis.
        """
    )
    assert matcher.match("steril kucing gratis di mana").entry_id == "steril-kucing"
    paint = matcher.match("cat rumah yang gratis dari kelurahan ada?")
    assert paint.intent is not Intent.FAQ
