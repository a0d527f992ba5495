"""How a message frames an event word decides whether it is an emergency: an event only
feared, prevented, denied or dreamt; one that is over and everyone is fine; hearsay and
past narration; pets as the ones hurt. And the signs that an unusual event is happening
now: minutes ago, a child's age between who and what, someone who cannot be found or
cannot get out, dangerous animals near people, swallowed objects, water that carries
current, ground on the move.

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency

# --- only feared, prevented, denied or dreamt ---------------------------------------
FEARED = [
    "saya takut anak-anak tenggelam di kolam retensi yang tidak dipagar",
    "warga khawatir rumah mereka terbakar karena kabel listrik semrawut",
    "cemas anak saya hanyut kalau main di kali, bisa dipasang pagar?",
    "i'm worried the kids could drown in the new reservoir, is there a fence planned",
    "we are scared the old market might catch fire, the wiring is a mess",
    "mohon dipasang rambu biar tidak ada kecelakaan lagi di tanjakan",
    "tolong kali dikeruk supaya tidak banjir masuk rumah warga",
    "program mencegah anak tenggelam di sungai desa ada?",
    "how can we prevent drowning at the village pond",
    "ada tawon besar bersarang di pohon sekolah, belum ada yang tersengat",
    "a hornet nest is in the school yard, no one has been stung so far",
    "arti mimpi dikejar banjir bandang",
    "i dreamed my house was on fire, does it mean anything",
    "pangkalan elpiji di gang sempit, rawan kebakaran",
    "the warehouse next door stores fuel, it is a fire risk",
]
STILL_REAL = [
    # the fear is about what may follow; the event itself is happening
    "rumah tetangga kebakaran, saya takut apinya merambat ke rumah kami",
    "the shop next door is on fire and i'm worried it will spread",
    "ada orang tenggelam di waduk, kami takut, belum ada yang berani turun",
    "nobody is answering the fire station phone. the warehouse is burning",
    "anak saya kejang, saya khawatir sekali",
]

# --- over, and everyone is fine --------------------------------------------------------
RESOLVED = [
    "anak saya tadi keselek permen, sekarang sudah baik-baik saja, perlu ke dokter?",
    "bapak tadi pingsan waktu kerja bakti, sekarang sudah sadar, puskesmas terdekat di mana",
    "my son fell off his bike and hit his head but he is fine now, which clinic is open",
    "tadi ada korsleting kecil di dapur, sekarang sudah normal, minta cek instalasi",
]
NOT_RESOLVED = [
    "apinya sudah sampai atap, cepat kirim damkar",
    "air sudah masuk rumah setinggi lutut dan terus naik",
    "the water is already inside the house and rising",
]

# --- hearsay, past narration, pets -----------------------------------------------------
HEARSAY_OR_NARRATED = [
    "katanya ada kecelakaan bus di tol pagi tadi, benar?",
    "is it true a boat sank near the harbour this morning?",
    "i heard there was a fire at the school, are classes cancelled",
    "there was a flood in our street, how do we get sandbags for next time",
    "kucing tetangga tercebur sumur, damkar bisa bantu evakuasi kucing?",
    "my cat fell into the drain, can the fire brigade help",
]
NARRATED_BUT_URGENT = [
    "there was a loud bang and now the house is on fire, send help",
    "katanya ada yang tenggelam di sungai, sekarang orang-orang lagi nyari, tolong cepat",
]

# --- happening now, in unusual words ---------------------------------------------------
RECENT = [
    "anak laki-laki saya umur 6 tahun hilang di terminal barusan",
    "cucu perempuan usia 3 tahun hilang di keramaian pasar malam",
    "my daughter went missing in the shopping centre five minutes ago",
    "my little boy ran off at the park half an hour ago and we can't find him",
]
CANNOT_BE_FOUND = [
    "nenek saya yang pikun pergi dari rumah dan belum ketemu sampai sekarang",
    "bapak saya yang sakit stroke keluar rumah sendirian dan belum ditemukan",
    "my grandfather wandered off from the house and we cannot find him",
]
CANNOT_GET_OUT = [
    "rumah kami dikepung air, nenek tidak bisa keluar",
    "kampung terkepung banjir, warga tidak bisa keluar",
    "our street is surrounded by floodwater and the elderly can't get out",
]
ANIMALS = [
    "ada buaya muncul di muara dekat anak-anak mencari kerang",
    "a crocodile is in the canal next to the school right now",
    "ada harimau masuk kebun warga, orang-orang di ladang",
    "monyet liar nyerang anak di jalan setapak",
    "anjing liar gigit dua anak di lapangan, anjingnya masih berkeliaran",
]
SWALLOWED = [
    "anak saya nelan kelereng, mukanya biru",
    "adik saya ketelen peniti, batuk-batuk terus",
    "my toddler swallowed a coin and is gagging",
]
CURRENT_IN_WATER = [
    "kabel listrik putus ke genangan air banjir di gang",
    "a power cable fell into the water in the flooded street",
    "the flood water is electrified, a wire is down",
]
GROUND = [
    "tanah mulai retak di belakang rumah, ada suara gemuruh",
    "tebing dekat sekolah retak, batu mulai berjatuhan ke jalan",
    "the hill behind the village is sliding and houses are below it",
]
OVERBOARD = [
    "man overboard from the fishing boat near the pier",
    "someone fell overboard from the ferry and we lost sight of him",
]


@pytest.mark.parametrize("text", FEARED + RESOLVED + HEARSAY_OR_NARRATED)
def test_an_event_only_feared_denied_over_or_heard_of_gets_no_112_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", STILL_REAL + NOT_RESOLVED + NARRATED_BUT_URGENT)
def test_a_real_event_next_to_a_fear_a_denial_or_hearsay_still_gets_the_pointer(
    text: str,
) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    RECENT
    + CANNOT_BE_FOUND
    + CANNOT_GET_OUT
    + ANIMALS
    + SWALLOWED
    + CURRENT_IN_WATER
    + GROUND
    + OVERBOARD,
)
def test_an_unusual_emergency_happening_now_gets_the_112_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "rumah saya dulu kemasukan buaya waktu banjir 2010, sekarang ada bantuan tanggul?",
        "how do i get a certificate for the crocodile farm",
        "ktp saya hilang belum ketemu, cara urus ulang bagaimana",
        "i cannot find the form for the flood relief on the website",
        "tanah retak di sawah karena kemarau, ada bantuan pompa?",
    ],
)
def test_the_new_event_words_in_a_question_or_an_errand_get_no_pointer(text: str) -> None:
    assert not is_emergency(text)


# --- a word of haste in an errand -----------------------------------------------------
HASTE_IN_AN_ERRAND = [
    "sekarang persyaratan santunan korban kecelakaan kerja apa saja?",
    "saat ini jadwal latihan evakuasi tsunami di pantai kapan",
    "mohon segera, kapan dana bantuan korban longsor dicairkan",
    "urgent: how do i get a new birth certificate, the old one burned in a fire",
    "right now what documents do I need to claim flood relief",
]
HASTE_IN_AN_EMERGENCY = [
    "sekarang rumah tetangga kebakaran, apinya sudah ke atap",
    "segera, ada orang tenggelam di bendungan",
    "urgent, a man collapsed at the bus stop and is not breathing",
    "kirim ambulans sekarang, korban kecelakaan ini asuransinya urusan belakangan",
    "right now the river is flooding into our houses",
]
# --- regional words, labour, self-harm ---------------------------------------------------
REGIONAL_AND_BODILY = [
    "ono bocah klelep neng blumbang, durung ketemu",
    "budak leutik palid ka walungan",
    "omahe mbah kebanjiran, banyune wis sak dodo",
    "adik saya mulutnya berbusa lalu kejang di kamar",
    "istri saya hamil tua, ketubannya sudah pecah dan tidak ada kendaraan",
    "my wife's waters broke and the baby is coming early",
    "he's foaming at the mouth and shaking",
    "my brother says he's going to hang himself, he's in the garage",
]
SEASONAL = [
    "tiap musim hujan banyak ular masuk sawah, ada penyuluhan?",
    "every rainy season the river floods the low houses, is there a relocation plan",
]


@pytest.mark.parametrize("text", HASTE_IN_AN_ERRAND + SEASONAL)
def test_a_word_of_haste_or_a_season_in_an_errand_gets_no_112_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", HASTE_IN_AN_EMERGENCY + REGIONAL_AND_BODILY)
def test_haste_regional_words_and_bodily_signs_of_an_emergency_get_the_pointer(
    text: str,
) -> None:
    assert is_emergency(text)


# --- when it happened: a named time in the past, a year --------------------------------
NAMED_PAST_TIME = [
    "waktu itu motor saya hanyut kebawa banjir, sekarang mau urus stnk baru",
    "beberapa waktu lalu ada tabrakan di tikungan ini, tolong dipasang cermin",
    "on Tuesday a car hit my fence, who pays for the repair",
    "last time the fire truck got stuck in our narrow alley, can the road be widened",
    "rumah kami terbakar tahun 2017, bisa dapat bantuan bedah rumah?",
    "since 2019 our village floods whenever it rains hard",
    "apa pertolongan pertama untuk orang yang keracunan jamur",
    "how to treat a snake bite while waiting for the doctor",
]
# --- happening now: bodies, allergies, falling ceilings, water at the windows ------------
MORE_KINDS_NOW = [
    "ada mayat mengapung di sungai dekat jembatan",
    "a dead body is lying by the railway track",
    "anak saya alergi parah habis makan udang, tenggorokannya bengkak",
    "my husband is having a severe allergic reaction and his throat is closing",
    "plafon kelas runtuh, murid-murid masih di dalam",
    "the ceiling of the hall is falling down and people are inside",
    "air sudah setinggi jendela, kami mengungsi ke lantai atas",
    "ada yang ketusuk obeng waktu ribut di bengkel, darahnya ngocor",
    "he fell off the scaffolding and can't move his legs",
]


@pytest.mark.parametrize("text", NAMED_PAST_TIME)
def test_an_event_at_a_named_past_time_or_a_first_aid_question_gets_no_pointer(
    text: str,
) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", MORE_KINDS_NOW)
def test_bodies_allergies_falling_ceilings_and_rising_water_get_the_pointer(text: str) -> None:
    assert is_emergency(text)


# --- a calm word that only names where it happens ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "ada bapak-bapak pingsan di depan apotek, tidak bangun-bangun",
        "a woman collapsed outside the pharmacy and is not responding",
        "motor tabrakan dekat posko, pengendaranya tergeletak di aspal",
        "a car is burning in front of the insurance office",
    ],
)
def test_a_calm_word_that_only_names_the_place_of_an_emergency_does_not_calm_it(
    text: str,
) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "apotek dekat rumah sakit buka 24 jam? anak saya kejang demam semalam",
        "is the pharmacy near the market open late, my father fainted yesterday",
    ],
)
def test_the_same_place_word_asked_about_still_calms_the_message(text: str) -> None:
    assert not is_emergency(text)


# --- an English question is no progressive; damage is after the event ------------------
@pytest.mark.parametrize(
    "text",
    [
        "our shop was damaged in the earthquake, is there funding for rebuilding",
        "is there flooding aid for houses hit by the landslide",
        "the mosque roof got damaged by the storm, who repairs it",
    ],
)
def test_a_question_about_aid_or_damage_after_an_event_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "the hamlet is cut off by the flood and a pregnant woman is in labour",
        "kampung kami terisolasi karena banjir, ada lansia sesak napas",
        "a landslide is burying the road and cars are stuck under the mud",
    ],
)
def test_cut_off_by_a_flood_or_a_landslide_happening_now_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


# --- vehicles off the road, people adrift or face down, shopkeepers attacked ------------
@pytest.mark.parametrize(
    "text",
    [
        "angkot tergelincir ke parit, penumpangnya teriak minta tolong",
        "the minibus skidded off the road into the paddy field, passengers are inside",
        "perahu nelayan mesinnya mati, terombang-ambing di tengah laut",
        "we are adrift at sea, the engine won't start",
        "ada bocah telungkup di air selokan, tidak bergerak",
        "a woman is face down in the pond",
        "preman menyerang toko kelontong, kasirnya luka di kepala",
        "robbers are attacking the shop and the owner is hurt",
    ],
)
def test_vehicles_off_the_road_people_adrift_and_shopkeepers_attacked_get_the_pointer(
    text: str,
) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "pemilik warung minta izin pasang tenda di trotoar",
        "the shop owner wants to know the fee for a fire safety inspection",
        "jalan licin bikin motor sering tergelincir, kapan diaspal ulang?",
    ],
)
def test_shopkeepers_and_slippery_roads_in_an_errand_get_no_pointer(text: str) -> None:
    assert not is_emergency(text)


# --- a report, then asking how to reach help ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "gudang sebelah terbakar, nomor pemadam kebakaran berapa?",
        "air sudah masuk rumah sedada. posko pengungsian paling dekat di mana",
        "the warehouse next door is on fire, what is the number for firefighters?",
        "our house is flooded up to the chest, where is the nearest shelter",
    ],
)
def test_a_hazard_reported_then_how_to_reach_help_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "mohon info nomor posko bencana kebakaran hutan kabupaten",
        "lokasi pengungsian warga terdampak erupsi gunung ada di mana saja",
        "what number do residents use to report forest fires",
    ],
)
def test_asking_for_a_number_or_a_shelter_that_names_a_hazard_gets_no_pointer(
    text: str,
) -> None:
    assert not is_emergency(text)
