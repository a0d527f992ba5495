"""Who is in danger and when. A fire in a building is a danger to everyone near it, so a
pet named in the same breath does not make the message calm; a pet in trouble anywhere
else still does. A past event told first and a danger now told after it, with or without
a comma between them, is an emergency: the past clause's frame ("there was") speaks of
the past event only.

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency, parse_rules


@pytest.mark.parametrize(
    "text",
    [
        "gudang di belakang terbakar anjing kami masih terikat di sana",
        "kucing kami terkurung di ruko yang sedang terbakar",
        "peliharaan saya masih di dalam kontrakan yang dilalap api",
        "my dog is locked in the garage and the garage is on fire",
        "our cat is trapped inside the burning flat upstairs",
    ],
)
def test_a_fire_with_a_pet_inside_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "kucing kami nyangkut di tiang listrik tidak bisa turun",
        "anjing saya tenggelam di empang belakang rumah, masih bisa ditolong?",
        "kucing saya mati di ruko yang kebakaran bulan lalu",
        "kalau kontrakan terbakar, anjing saya masih di dalam, gimana",
        "my cat is stuck on the neighbour's roof, can someone help?",
    ],
)
def test_a_pet_in_trouble_without_a_fire_now_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "dua minggu lalu ada kebakaran di blok c sekarang rumah kami yang terbakar",
        "kemarin sudah kebanjiran skrg air masuk lagi ke kamar anak anak tenggelam",
        "there was a fire on our street last month and now the bakery is on fire",
        "there was a fire last year, now the shed behind our house is burning",
    ],
)
def test_a_past_event_then_a_danger_now_without_a_comma_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "dua minggu lalu ada kebakaran di blok c sekarang mau urus kk baru",
        "kemarin ada kebakaran sampai sekarang belum ada bantuan",
        "there was a fire last month and now we need new documents",
        "there was a flood last year, now the house is fine",
    ],
)
def test_a_past_event_then_no_danger_now_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


def test_a_blaze_outweighs_an_aside_only() -> None:
    rules = parse_rules("hazard\tada api\nblaze\tada api\naside\tsi belang\ncalm\tcara\n")
    assert is_emergency("si belang di gudang ada api", rules)
    assert not is_emergency("cara si belang lari kalau ada api", rules)


@pytest.mark.parametrize(
    "text",
    [
        "awan panas guguran turun ke arah dusun kami, warga belum semua turun",
        "lahar dingin masuk ke permukiman di bantaran kali",
        "galodo datang dari bukit, rumah di pinggir sungai hanyut",
        "tebing runtuh menimpa warung, pemiliknya belum kelihatan",
        "hot ash clouds are rolling down towards the hamlet",
        "the slope behind the school gave way and collapsed onto two classrooms",
        "a mudslide just buried the road to the upper village",
    ],
)
def test_an_eruption_lahar_or_slope_coming_down_now_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "kapan status gunung turun ke waspada lagi",
        "sungai ini jalur lahar, boleh menambang pasir?",
        "bantuan benih untuk petani korban erupsi tahun lalu",
        "is there aid for farms damaged by the eruption last year",
        "i just wanted to ask whether the mudflow road is open",
    ],
)
def test_a_question_about_an_eruption_or_a_slope_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "kerbau pak kadus terperosok ke lubang galian, tidak bisa naik",
        "ternak di kandang bawah terjebak air, airnya terus naik",
        "dua ekor sapi kecebur sumur di belakang balai desa",
        "our neighbour's horse is stuck in the bog and sinking",
        "some goats are trapped on the flooded river bank",
    ],
)
def test_livestock_trapped_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "sapi pak rt dicuri tadi subuh, lapor ke polsek mana",
        "ternak warga mati mendadak, diduga keracunan rumput",
        "cara mengeluarkan sapi yang terperosok ke parit",
        "harga kambing menjelang kurban sekarang berapa",
        "our goats got stuck in the fence last week, who pays for the repair",
    ],
)
def test_livestock_without_a_trap_now_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


def test_a_beast_counts_only_with_a_trap_right_after_it() -> None:
    rules = parse_rules("risk\tmasuk lubang\nbeast\tbanteng\ntrapped\tmasuk lubang\n")
    assert is_emergency("banteng masuk lubang", rules)
    assert not is_emergency("masuk lubang banteng", rules)


@pytest.mark.parametrize(
    "text",
    [
        "kami sekeluarga terkurung di loteng, air sudah setinggi tangga",
        "my family is stuck upstairs and the water is up to the top step",
        "tadi subuh apinya sudah padam tapi sekarang berkobar lagi dari atap",
        "the blaze was put out at noon but it has flared up again behind the mill",
        "two years ago a girl drowned in this quarry and right now a boy is drowning in it",
    ],
)
def test_the_household_at_risk_or_a_fire_burning_again_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "keluarga saya terjebak macet di jalan tol, kapan dibuka",
        "banjir tahun lalu setinggi lutut, ada rencana tanggul?",
        "two years ago a girl drowned in this quarry and right now it is still not fenced",
    ],
)
def test_a_jam_a_past_depth_or_an_old_drowning_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "batu pijar berjatuhan ke ladang, bapak masih di gubuk atas",
        "the volcano is spewing glowing rocks onto the hamlet",
        "a wall of water came down the gorge with people on the footbridge",
    ],
)
def test_rocks_ash_or_water_coming_down_on_people_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "hujan abu minggu lalu merusak genteng, ada bantuan?",
        "our seedlings were washed away by the rain last month, any aid?",
    ],
)
def test_ash_or_water_that_came_down_before_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)
