"""Words whose neighbours decide what they say (see
:mod:`knowledge_base.emergency_context`): eastern "seng" (not) and the zinc sheet, the
river "kali" and the times, a depth against the body, the doer before a bare verb of
violence, and English praise, burdens and names that hold an event word (the shipped cue
table; messages invented)."""

from __future__ import annotations

from knowledge_base.emergency import is_emergency
from knowledge_base.emergency_context import in_context


def test_eastern_seng_before_a_state_is_not() -> None:
    assert is_emergency("oma seng bangun dari subuh, badan dingin, tolong")
    assert is_emergency("nene jatuh di dapur, seng bisa bangun lai")


def test_seng_after_what_is_built_or_bought_of_it_is_the_metal() -> None:
    assert in_context(["atap", "seng", "bocor"]) == ["atap", "seng", "bocor"]
    assert in_context(["beli", "seng", "bekas"]) == ["beli", "seng", "bekas"]
    assert not is_emergency("harga seng spandek di toko bangunan berapa sekarang")


def test_seng_closing_a_question_is_a_yes_or_no_tag() -> None:
    assert not is_emergency("dorang bilang ada longsor di jalan ke kampung, betul ka seng?")


def test_nobody_there_takes_the_present_sign_of_the_denial_away() -> None:
    assert not is_emergency("seng ada yang tenggelam, cuma speedboat kosong yang terbalik")
    assert not is_emergency("tidak ada yang luka, hanya gerobak kosong yang terbalik")


def test_kali_after_where_is_the_river_not_the_times() -> None:
    assert is_emergency("ana kecil su hanyut di kali, tolong")
    assert is_emergency("adik sudah tenggelam di kali, belum ketemu")
    assert not is_emergency("sudah empat kali kebanjiran tahun ini, kapan tanggul dibangun?")


def test_water_measured_against_the_body_is_a_depth() -> None:
    assert is_emergency("air kali masuk rumah sampai pinggang, kakek belum bisa keluar")
    assert is_emergency("aer su maso ruma sampe dada, tolong")


def test_grass_up_to_the_knee_is_no_flood() -> None:
    assert not is_emergency("rumput di lapangan sudah setinggi lutut, kapan dipangkas?")


def test_eastern_doer_before_a_bare_verb_of_violence_is_an_attack() -> None:
    assert is_emergency("dong pukul bapa di terminal, kepala pica")
    assert is_emergency("dorang tikam anak muda di pasar, darah banyak")


def test_pukul_as_the_hour_is_no_attack() -> None:
    assert not is_emergency("rapat warga pukul 9 besok soal banjir bulan lalu")


def test_a_regional_weak_e_said_a_is_read() -> None:
    assert is_emergency("ado urang tenggalam di pantai, alun naiak")


def test_eastern_family_words_name_someone_at_risk() -> None:
    assert is_emergency("tete seng bisa bangun dari tempat tidur, napas sesak")


def test_on_fire_as_praise_of_a_performer_is_no_fire() -> None:
    assert not is_emergency("our keeper was on fire in the derby, is the stadium open sunday?")
    assert not is_emergency("the choir is on fire at the festival, who organised it?")


def test_on_fire_of_a_place_or_set_on_fire_is_a_fire() -> None:
    assert is_emergency("the tent is on fire at the festival, people are running")
    assert is_emergency("someone set a man on fire near the market")
    assert is_emergency("the guesthouse is on fire")


def test_slang_fire_after_a_copula_is_praise_but_there_is_fire_is_not() -> None:
    assert not is_emergency("this rendang is fire, which stall sells it?")
    assert is_emergency("there is fire in the warehouse next door")


def test_drowning_in_a_burden_is_a_figure_of_speech() -> None:
    assert not is_emergency("we are drowning in complaints about the new parking fees")
    assert is_emergency("a kid is drowning in the pool at the villa")
    assert is_emergency("someone is drowning in Sanur, there is no lifeguard")


def test_sos_as_a_product_or_a_charity_is_a_name() -> None:
    assert not is_emergency("does the shop sell sos floor cleaner?")
    assert not is_emergency("how can I volunteer at the SOS children village?")
    assert is_emergency("SOS our boat is sinking near the reef")


def test_an_aftermath_reaches_an_event_through_what_it_did() -> None:
    assert not is_emergency("rumah bekas terendam banjir sekarang lantai retak, perbaiki gimana?")


def test_a_leaning_house_with_people_inside_is_no_price_question() -> None:
    assert is_emergency("tanah di belakang amblas, rumah warga miring, orangnya masih di dalam")


def test_kin_as_the_regions_call_them_are_someone_at_risk() -> None:
    assert is_emergency("ompung jatuh di ladang, tidak bisa bergerak")
    assert is_emergency("pekak labuh di carik, tidak bisa bangun")


def test_a_kin_word_said_to_an_officer_or_as_i_is_nobody_at_risk() -> None:
    assert not is_emergency("bisa pinjam ekskavator di dinas, daeng? mau timbun kolam")
    assert not is_emergency("rumah ambo kanai galodo tahun lalu, pajak bisa dikurangi?")


def test_an_sos_button_or_feature_is_a_name() -> None:
    assert not is_emergency("the sos feature of the ferry app does not open, who fixes it?")


def test_every_kept_pet_with_its_owner_is_for_a_vet() -> None:
    assert not is_emergency("our puppy swallowed a fish hook and keeps crying")
    assert not is_emergency("kelinci saya digigit ular, kakinya bengkak")


def test_a_pet_that_bites_leaves_the_bitten_person_at_risk() -> None:
    assert is_emergency("my kitten bit my baby and her hand is bleeding a lot")
    assert is_emergency("kelinci kami menggigit adik, jarinya berdarah terus")
