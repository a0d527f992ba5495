"""Emergencies as residents of the east and of West Sumatra type them, hearsay, and calm
messages that only name an event as a topic, a shop or a donation (the shipped cue
table; messages invented)."""

from __future__ import annotations

from knowledge_base.emergency import is_emergency


def test_kupang_negation_before_a_state_reads_as_indonesian() -> None:
    assert is_emergency("mama jatuh di dapur, sonde sadar, napas pendek")
    assert is_emergency("om dong di pante, tra sadar sudah, cepat tolong")


def test_minangkabau_words_for_a_drowning_are_read() -> None:
    assert is_emergency("ado anak ketek hanyuik di banda, tolong!")
    assert is_emergency("urang tabanam di lubuak, alun tampak lai")
    assert is_emergency("anak ketek tacabua ka sumua")


def test_a_fall_into_a_well_told_with_di_is_a_fall_into_it() -> None:
    assert is_emergency("cucu saya jatuh di sumur belakang rumah, tolong")


def test_a_bare_root_verb_after_a_landslide_is_read_as_the_verb() -> None:
    assert is_emergency("longsor timbun warung di tikungan, ada orang di dalam")


def test_a_risk_heard_of_before_it_is_told_has_no_first_hand_sign() -> None:
    assert not is_emergency("kabarnya ada kecelakaan di jalan tol arah kota")
    assert not is_emergency("katanya tabrakan bus di jalan lintas tadi pagi")


def test_a_hazard_heard_of_still_gets_the_pointer() -> None:
    assert is_emergency("katanya rumah pak lurah kebakaran")
    assert is_emergency("kabarnya jembatan gantung putus, ada yang jatuh ke sungai")


def test_a_call_for_help_outweighs_hearsay() -> None:
    assert is_emergency("katanya ada anak hanyut di kali, warga lagi cari, tolong cepat")


def test_hearsay_after_the_event_only_alleges_a_detail() -> None:
    assert is_emergency("ada orang dipukuli warga di terminal katanya copet, sudah berdarah")


def test_a_shop_named_by_its_goods_is_a_place_not_an_errand() -> None:
    assert is_emergency("gudang kebakaran, api sudah sampai ke toko sembako sebelah")
    assert not is_emergency("bantuan sembako untuk korban kebakaran kapan dibagi")


def test_safety_as_a_topic_is_no_event() -> None:
    assert not is_emergency("any leaflets on tsunami safety for tourists staying by the beach?")


def test_asking_whether_a_place_is_dangerous_for_an_event_asks_about_the_place() -> None:
    assert not is_emergency("is the lagoon dangerous for drowning? our kids are small")
    assert is_emergency("a man is drowning in the river, it is dangerous for anyone to go in")


def test_donating_safety_gear_is_an_errand() -> None:
    assert not is_emergency("we want to donate fire extinguishers to the village hall, who to ask")
    assert not is_emergency("my kids want to donate to the fire victims fund")


def test_smoke_from_rubbish_burning_is_a_nuisance_but_its_fire_spreading_is_not() -> None:
    assert not is_emergency("asap dari warga sebelah membakar sampah masuk kamar terus")
    assert is_emergency("tetangga bakar sampah, apinya merembet ke rumah saya")


def test_outside_ending_a_clause_is_no_place_for_the_calm_words_after_it() -> None:
    assert not is_emergency("a kid nearly drowned outside, how common is that at this beach")
    assert is_emergency("a woman is lying unconscious outside the bank")


def test_the_acehnese_and_malay_call_for_help_is_read_as_one() -> None:
    assert is_emergency("mak lon pingsan hana sadar, tulong kirem ambulans")
    assert is_emergency("tulong, ada aneuk tenggelam di krueng")


def test_an_event_seen_in_the_news_or_a_chat_group_is_read_about() -> None:
    assert not is_emergency("banjir bandang di berita tadi malam itu di kecamatan mana")
    assert not is_emergency("ada video kebakaran pasar di grup, itu pasar mana ya")
    assert not is_emergency("which district was the landslide in the news this morning")


def test_an_event_here_with_its_video_in_a_group_is_still_one() -> None:
    assert is_emergency("rumah tetangga kebakaran sekarang, videonya sudah ada di grup")
