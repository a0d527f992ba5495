"""A short message that tells what the resident already has, has done, lacks or must
have first before it asks (see knowledge_base.given): what is given is background, the
question is the topic. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.given import given_reading
from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

PARKING_AND_MARKET = """
    - id: parkir-langganan
      agency: dishub
      questions:
        - Bagaimana cara membuat stiker parkir langganan tahunan?
        - stiker parkir langganan bikin di mana
        - biaya stiker parkir langganan setahun berapa
      keywords: [parkir langganan, stiker langganan parkir]
      answer: Stiker parkir langganan dibuat di kantor Dishub dengan STNK, berlaku setahun.
    - id: parkir-tepi-jalan
      agency: dishub
      questions:
        - Berapa tarif parkir di tepi jalan umum?
        - parkir motor di pinggir jalan bayar berapa
      keywords: [tarif parkir tepi jalan]
      answer: Parkir tepi jalan Rp2.000 untuk motor dan Rp3.000 untuk mobil sekali parkir.
    - id: kios-sewa
      agency: disperindag
      questions:
        - Bagaimana cara menyewa kios di pasar daerah?
        - syarat dapat kios di pasar
        - biaya sewa kios di pasar berapa
      keywords: [sewa kios pasar, daftar kios pasar]
      answer: Ajukan permohonan ke kantor pasar dengan KTP; kios kosong diundi tiap bulan.
    - id: kios-retribusi
      agency: disperindag
      questions:
        - Berapa retribusi bulanan kios pasar per meter persegi?
        - iuran bulanan los pasar dihitung bagaimana
      keywords: [retribusi kios pasar]
      answer: Retribusi dihitung Rp15.000 per meter persegi per bulan.
    """


def test_a_pass_the_resident_lacks_is_no_topic_the_roadside_fare_is() -> None:
    matcher = invented_matcher(PARKING_AND_MARKET)
    text = "ga punya stiker langganan, jadi kalo parkir mobil di pinggir jalan sekali bayar brp"
    result = matcher.match(text)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "parkir-tepi-jalan")


def test_a_stall_already_rented_asks_its_monthly_fee_not_how_to_rent_one() -> None:
    matcher = invented_matcher(PARKING_AND_MARKET)
    text = "kios di pasar daerah sudah saya sewa, nah iuran bulanannya dihitung per meter berapa"
    result = matcher.match(text)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kios-retribusi")


def test_a_message_that_gives_nothing_is_read_as_written() -> None:
    matcher = invented_matcher(PARKING_AND_MARKET)
    result = matcher.match("stiker parkir langganan tahunan bikin di mana")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "parkir-langganan")


def _reading(text: str) -> frozenset[str] | None:
    matcher = invented_matcher(PARKING_AND_MARKET)
    found = given_reading(text, matcher.analyse(text), matcher.index.normaliser)
    return None if found is None else found.background


def test_a_wait_of_a_month_is_no_given() -> None:
    assert _reading("permohonan kios saya udah sebulan ga dijawab, harus tanya ke mana") is None


def test_a_question_that_leaves_its_topic_to_the_given_part_reads_as_written() -> None:
    assert _reading("izin spanduk toko udah keluar, trus pajaknya brp") is None


def test_what_is_done_before_the_turn_is_the_background() -> None:
    background = _reading("kios di pasar udah dapet, nah bayar bulanannya dihitung per meter brp")
    assert background is not None and "kios" in background and "meter" not in background


def test_a_precondition_is_background_when_the_question_names_the_thing_required() -> None:
    background = _reading(
        "katanya sewa kios di pasar wajib ada stiker parkir dulu, nah stikernya bikin dmn"
    )
    assert background is not None and "kios" in background and "stiker" not in background


def test_a_short_question_after_a_precondition_it_does_not_name_reads_as_written() -> None:
    assert _reading("katanya harus ada stiker parkir dulu, trus bayarnya brp") is None


def test_a_pass_required_before_renting_a_stall_asks_where_to_get_the_pass() -> None:
    matcher = invented_matcher(PARKING_AND_MARKET)
    text = (
        "katanya syarat sewa kios di pasar harus ada stiker parkir langganan dulu, "
        "nah stikernya bikin dmn"
    )
    result = matcher.match(text)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "parkir-langganan")
