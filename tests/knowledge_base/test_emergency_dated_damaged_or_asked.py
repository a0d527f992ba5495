"""An event dated by a month, a season, a holiday or a stretch of life, told in the past
perfect, or told by the damage it did is over; a place's risk, how many it has befallen,
asking whether a thing is required, available or safe, preparing, exchanging a faulty
thing or proposing a house for a programme are questions: no 112 pointer. An event told
as happening, next to such words, still is one. In Indonesian and English.

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency


@pytest.mark.parametrize(
    "text",
    [
        "the storm in february flattened the shed behind the school",
        "he was electrocuted on a building site in october and is still off work",
        "burglars broke into the clinic over the holidays and took the laptops",
        "my uncle nearly drowned in the lake when i was a kid",
        "there had been a gas leak in the canteen, it was fixed the same day",
        "gudang beras kebakaran maret kemarin, pedagangnya dapat ganti rugi ga",
        "waktu kecil saya pernah kesetrum di sawah, sampai sekarang takut kabel",
        "sejak kejadian tabrakan di tikungan itu warga minta polisi tidur",
        "keponakan saya tadi hilang di pasar malam tapi sudah ketemu, terima kasih",
    ],
)
def test_an_event_dated_or_already_resolved_is_over(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "kandang ayam saya rusak kena banjir, ada bantuan dari dinas peternakan?",
        "gedung posyandu rusak berat akibat gempa, kapan dibangun lagi",
        "the storm destroyed the roof of our mosque, who can help rebuild it",
        "our stall was damaged by the flood, is there a small business grant",
        "saluran irigasi rusak diterjang banjir bandang, panen kami gagal",
    ],
)
def test_an_event_told_by_the_damage_it_did_is_over(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "rumah tetangga rusak kena longsor, ada orang tertimbun di dalam",
        "the earthquake damaged our house and my father is trapped under the wall",
        "kebakaran di pabrik sebelah, apinya sudah merusak atap rumah kami",
    ],
)
def test_someone_caught_beside_the_damage_is_an_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "sudah banyak yang tenggelam di bendungan itu, kenapa tidak dipagar",
        "kampung kami masuk zona merah gempa, boleh bangun rumah tingkat?",
        "our street is in a flood prone area, can we get sandbags before the rains",
        "is a fire extinguisher required for a small food stall",
        "is antivenom available at the district hospital",
        "rsud bisa tangani luka bakar berat ga",
        "tebing di belakang rumah mulai retak, aman ga kami tinggal di situ",
        "apa yang harus warga lakukan kalau ada gempa malam hari",
        "what should a teacher do if a student has a seizure? it's for our school project",
        "musim hujan nanti sungai bisa meluap, apa yang perlu kami siapkan dari sekarang",
        "tabung gas 3 kg saya bocor, bisa ditukar di pangkalan mana",
        "my son got a small cut from a rusty nail, does he need a tetanus shot",
        "my kid's school has no fire exits, who do i complain to",
        "my brother was hurt in a work accident and the factory refuses to pay",
    ],
)
def test_a_question_about_risk_help_or_safety_is_no_emergency(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "someone is trying to break down our back door, please hurry",
        "ada orang ditikam di terminal, pelakunya masih bawa pisau",
        "perang antar kampung di lapangan sekarang, sudah ada yang kena panah",
        "dua pendaki hilang di gunung sejak siang, tidak bisa dihubungi",
        "my little brother is having seizures and won't wake up",
        "the water has reached our bedroom and we can't get out",
        "my son is missing at the beach, he was swimming and now we can't see him",
    ],
)
def test_a_break_in_a_fight_a_stabbing_or_someone_lost_now_is_an_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "berapa tarif pemadaman kebakaran untuk pabrik swasta",
        "where do i report the dead body of a cat on the main road",
        "tadi pagi ada kecelakaan di depan kantor camat, macet, ada jalan alternatif?",
        "barusan ada gempa kecil, kerasa ga di kecamatan sebelah?",
        "asap kebakaran hutan bikin penerbangan ke jakarta ditunda, bandara buka ga",
        "kapal tenggelam di teluk itu sekarang jadi spot snorkeling ya",
        "gimana nasib korban kebakaran pasar yang kehilangan kios",
        "gempa tadi subuh berapa magnitudo dan pusatnya di mana",
        "peta titik api hari ini bisa dilihat di mana",
        "nek ana kobongan iso lapor lewat kene ora",
        "lamun aya kahuruan, tiasa lapor ka dieu?",
        "biyen mbahku tau keblebeg nang kali, saiki kali ne wis dipageri durung",
        "waktu tsunami dolo katong pung kampung ancor, sekarang boleh bangun di pantai ka",
    ],
)
def test_a_fee_a_carcass_a_detour_a_felt_quake_or_a_regional_if_is_no_emergency(
    text: str,
) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "ada tabrakan di depan pasar, korbannya ga sadar, jalan alternatif ditutup",
        "my dad collapsed, we had a flight tomorrow but he's not breathing",
        "the house next door is on fire, the link road is blocked by cars",
        "ono wong keblebeg nang kali, durung ketemu",
    ],
)
def test_a_danger_told_beside_a_route_a_plan_or_in_a_regional_word_is_an_emergency(
    text: str,
) -> None:
    assert is_emergency(text)
