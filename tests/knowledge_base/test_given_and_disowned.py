"""What a short message tells before it asks, and what it says it is not asking about
(see knowledge_base.given): both are background, the question after them is the topic.
Invented entries and messages."""

from __future__ import annotations

from dataclasses import replace

from knowledge_base.asked_cover import asked_elsewhere, fitting_first, unfit_first
from knowledge_base.given import given_reading
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.scored import Candidate
from tests.knowledge_base.invented_kb import invented_matcher

LIBRARY_AND_POOL = """
    - id: kartu-perpustakaan
      agency: dispusip
      questions:
        - Bagaimana cara membuat kartu anggota perpustakaan daerah?
        - bikin kartu perpustakaan di mana
      keywords: [kartu perpustakaan, daftar anggota perpustakaan]
      answer: Kartu anggota dibuat di loket perpustakaan daerah dengan KTP, jadi hari itu.
    - id: ruang-diskusi-sewa
      agency: dispusip
      questions:
        - Berapa biaya sewa ruang diskusi perpustakaan?
        - sewa ruang diskusi perpustakaan per jam berapa
      keywords: [sewa ruang diskusi]
      answer: Ruang diskusi disewakan Rp50.000 per jam untuk komunitas dan sekolah.
    - id: kolam-renang-tiket
      agency: dispora
      questions:
        - Berapa harga tiket masuk kolam renang umum?
        - tiket kolam renang umum berapa
      keywords: [tiket kolam renang]
      answer: Tiket masuk kolam renang umum Rp10.000 untuk dewasa dan Rp5.000 untuk anak.
    - id: kursus-renang
      agency: dispora
      questions:
        - Bagaimana cara mendaftar kursus renang anak di kolam renang umum?
        - kursus renang anak daftar di mana
      keywords: [kursus renang, les renang anak]
      answer: Kursus renang anak dibuka tiap Sabtu; daftar di kantor pengelola kolam.
    """


def _answer(text: str) -> tuple[Intent, str | None]:
    result = invented_matcher(LIBRARY_AND_POOL).match(text)
    return result.intent, result.entry_id


def _background(text: str) -> frozenset[str] | None:
    matcher = invented_matcher(LIBRARY_AND_POOL)
    found = given_reading(text, matcher.analyse(text), matcher.index.normaliser)
    return None if found is None else found.background


def test_the_purpose_told_after_the_given_part_belongs_to_the_question() -> None:
    text = "kartu perpustakaan sudah punya, tapi mau bikin bedah buku, sewa ruang diskusi brp"
    assert _answer(text) == (Intent.FAQ, "ruang-diskusi-sewa")


def test_a_question_closing_on_or_not_follows_a_given_part() -> None:
    background = _background("tiket kolam renang udah dibeli, anak perlu ikut kursus renang ga")
    assert background is not None and "tiket" in background and "kursus" not in background


def test_having_become_a_member_is_given_not_a_turn_of_the_message() -> None:
    background = _background("sudah jadi anggota perpustakaan, sewa ruang diskusi tetap bayar")
    assert background is None or "anggota" in background
    text = "sudah jadi anggota perpustakaan, apakah sewa ruang diskusi tetap bayar, berapa"
    found = _background(text)
    assert found is not None and "anggota" in found


def test_a_time_of_day_after_sudah_tells_what_is_done_a_count_of_days_a_wait() -> None:
    done = _background("kolam renang sudah tutup jam 4, kursus renang anak sore ada di mana")
    assert done is not None and "tutup" in done
    assert _background("pendaftaran kursus udah tiga hari ga dibalas, harus tanya ke mana") is None


def test_what_was_done_after_which_the_resident_asks_is_given() -> None:
    background = _background(
        "setelah bikin kartu perpustakaan, sewa ruang diskusinya berapa per jam"
    )
    assert background is not None and "kartu" in background and "sewa" not in background


def test_english_already_tells_what_is_given() -> None:
    text = "we already have library cards, how much is the discussion room rent per hour?"
    background = _background(text)
    assert background is not None and "kartu" in background and "sewa" not in background


def test_what_the_resident_says_is_not_asked_is_background() -> None:
    assert _answer("bukan kursus renang ya, tiket masuk kolam renang umumnya berapa") == (
        Intent.FAQ,
        "kolam-renang-tiket",
    )


def test_the_words_after_not_are_disowned_those_before_it_stay_asked() -> None:
    background = _background("kolam renang bukan yang kursus, tiket masuk umumnya berapa")
    assert background is not None and "kursus" in background and "kolam" not in background


def test_a_closing_bukan_asks_and_disowns_nothing() -> None:
    assert _background("katanya kartu perpustakaan itu gratis bukan, bikinnya di mana") is None


def test_a_given_the_resident_then_doubts_is_what_is_asked() -> None:
    text = "katanya kartu perpustakaan saya sudah jadi, tapi saya ragu, gimana cara ngeceknya"
    assert _background(text) is None


def test_a_fee_already_paid_leaves_the_question_where_to_register() -> None:
    text = "tiket kolam renang sudah bayar, kursus renang anak daftarnya di mana"
    assert _answer(text) == (Intent.FAQ, "kursus-renang")


def _candidate(entry_id: str, score: float, coverage: float) -> Candidate:
    return Candidate(0, entry_id, 100.0, coverage, score)


def test_a_rival_far_behind_on_score_does_not_take_the_answer_away() -> None:
    ranked = [_candidate("leader", 70.0, 0.40), _candidate("far", 42.0, 0.60)]
    assert not asked_elsewhere(ranked)


PARKING = """
    - id: pajak-parkir-swasta
      agency: bapenda
      questions:
        - Berapa pajak parkir untuk pengelola lahan parkir swasta?
        - pajak parkir swasta berapa persen
      keywords: [pajak parkir swasta, lahan parkir swasta]
      answer: Pajak parkir swasta 20% dari omzet, dibayar pengelola setiap bulan.
    - id: parkir-tepi-jalan
      agency: dishub
      questions:
        - Berapa tarif parkir kendaraan di tepi jalan umum?
        - parkir motor pinggir jalan bayar berapa
      keywords: [tarif parkir tepi jalan]
      answer: Parkir tepi jalan umum Rp2.000 untuk motor dan Rp3.000 untuk mobil.
    - id: usaha-kecil-laporan
      agency: dpmptsp
      questions:
        - Kapan usaha kecil wajib menyetor laporan kegiatan usaha?
        - usaha mikro perlu setor laporan ga
      keywords: [laporan kegiatan usaha]
      answer: Usaha kecil melapor tiap enam bulan; usaha mikro tidak wajib.
    """


def _ranked(matcher: Matcher, *ids: str) -> list[Candidate]:
    position = {item.entry.id: p for p, item in enumerate(matcher.index.entries)}
    return [Candidate(position[i], i, 100.0, 0.5, 80.0 - n) for n, i in enumerate(ids)]


def test_an_entry_named_by_what_is_disowned_gives_way_to_the_next() -> None:
    matcher = invented_matcher(PARKING)
    text = "bukan lahan parkir swasta, ini parkir pinggir jalan, motor bayar brp"
    story = matcher.analyse(text)
    disowned = replace(story, disowned=frozenset({"swasta"}))
    ranked = _ranked(matcher, "pajak-parkir-swasta", "parkir-tepi-jalan")
    assert unfit_first(matcher.index, ranked, disowned)
    first, second = fitting_first(matcher.index, ranked, disowned)
    assert (first.entry_id, second.entry_id) == ("parkir-tepi-jalan", "pajak-parkir-swasta")
    assert not first.missing_salient and second.missing_salient


def test_the_message_disowning_a_private_lot_is_answered_with_the_roadside_fare() -> None:
    matcher = invented_matcher(PARKING)
    result = matcher.match(
        "bukan di lahan parkir swasta, ini parkir pinggir jalan, motor bayar brp"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "parkir-tepi-jalan")


def test_a_word_an_entry_names_only_as_an_exception_does_not_make_it_unfit() -> None:
    matcher = invented_matcher(PARKING)
    story = replace(matcher.analyse("bukan mikro"), disowned=frozenset({"mikro"}))
    ranked = _ranked(matcher, "usaha-kecil-laporan", "parkir-tepi-jalan")
    assert not unfit_first(matcher.index, ranked, story)
    result = matcher.match("usaha saya kecil, bukan mikro, laporan kegiatan usaha disetor kapan")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "usaha-kecil-laporan")
