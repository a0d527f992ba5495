"""Breadth of emergency detection: invented messages for each kind of emergency a
resident may send while it is happening (fire, gas, electricity, water, earth, medical,
animals, missing children, crime, self-harm, entrapment, transport), in Indonesian and
English, formal and chat-style, and the near misses that only mention such an event
(aid after a past disaster, permits, claims, history, questions, drills, names).

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency

# --- happening now -------------------------------------------------------------------
FIRE = [
    "rumah di belakang masjid kebakaran, apinya sudah besar",
    "tlg rmh tetangga kbakaran",
    "ada kebakaran di pasar induk, kios2 sudah terbakar",
    "kebakaran hutan di bukit dekat desa, asapnya sampai ke rumah",
    "lahan gambut terbakar merembet ke kebun warga",
    "mobil terbakar di pinggir jalan tol",
    "motor saya tiba2 keluar api pas di lampu merah",
    "kabel listrik di tiang korslet dan mulai terbakar",
    "meteran listrik rumah saya berasap dan bau hangus",
    "gudang mebel dilalap api",
    "gudang kayu dilahap si jago merah",
    "api membesar di lantai dua ruko",
    "kompor meledak di dapur warung",
    "asap tebal keluar dari jendela kontrakan",
    "my neighbour's house is on fire",
    "the market is burning, please send firefighters",
    "there's smoke coming out of the apartment next door",
    "a car is on fire on the highway",
    "fire in the kitchen of the restaurant across the street",
    "the electric meter is sparking and smoking",
]
GAS = [
    "bau gas elpiji menyengat di dapur, tabungnya bocor",
    "tabung gas 3 kilo bocor apinya nyambar",
    "tabung lpg bocor desis terus",
    "gas bocor di rumah kontrakan sebelah",
    "I can smell gas in the whole building",
    "the gas cylinder is leaking and hissing",
]
ELECTRIC = [
    "kabel listrik putus jatuh ke jalan masih ada setrumnya",
    "tiang listrik roboh kabelnya menjuntai ke jalan",
    "ada orang kesetrum di atap rumah",
    "anak saya kesetrum colokan tidak sadar",
    "trafo pln meledak dan keluar api",
    "tiang listrik percikan api terus",
    "a live wire is lying on the road",
    "power line came down and is sparking",
    "a worker got electrocuted on the pole",
]
WATER = [
    "ada anak tenggelam di kolam renang",
    "tlg ad org tenggelam di sungai",
    "ada yg hanyut di kali ciliwung",
    "banjir bandang, air masuk rumah setinggi dada",
    "rmh kebanjiran air udh sepinggang",
    "air masuk ke rumah terus naik, kami terjebak di lantai dua",
    "banjir di perumahan air sudah selutut dan terus naik",
    "tanggul jebol air masuk kampung",
    "perahu terbalik di danau ada penumpang belum ketemu",
    "kapal tenggelam di selat, penumpang minta tolong",
    "someone is drowning at the beach",
    "a kid fell into the river and was swept away",
    "flood water is coming into our house",
    "our street is flooding and water is entering the houses",
    "a boat capsized near the harbour, people in the water",
]
EARTH = [
    "longsor menimbun tiga rumah warga",
    "tebing longsor menimpa rumah, ada orang tertimbun",
    "ada longsor, rumah warga tertimbun tanah",
    "gempa kuat, rumah roboh, ada orang tertimpa",
    "gedung sekolah ambruk karena gempa, murid terjebak",
    "jembatan gantung putus, ada warga jatuh ke sungai",
    "jembatan mau ambruk, retak dan miring, masih dilewati motor",
    "a landslide buried two houses, people are trapped",
    "the building collapsed after the earthquake and people are trapped",
    "the bridge is collapsing, cars are still on it",
]
TREE = [
    "pohon tumbang menimpa rumah warga",
    "pohon besar tumbang menimpa mobil, sopirnya terjepit",
    "pohon roboh nimpa pengendara motor",
    "a tree fell on a car with people inside",
    "a big tree fell onto my neighbour's house",
]
TRAFFIC = [
    "kecelakaan di depan pasar, ada korban luka",
    "kcelakaan motor di jln raya, korbannya gak sadar",
    "tabrakan beruntun di tol, ada yang terjepit",
    "ada tabrak lari, korbannya tergeletak di jalan",
    "truk terguling di turunan, sopirnya terjepit",
    "bus masuk jurang, banyak korban",
    "there's been an accident on the main road, two people injured",
    "a motorbike hit a pedestrian and he's bleeding",
    "car crash at the junction, the driver is trapped",
]
MEDICAL = [
    "ad org pingsan di depan indomaret",
    "bapak saya pingsan tidak sadarkan diri",
    "ada orang tiba2 jatuh tidak bernafas",
    "suami saya kena serangan jantung, dadanya sakit sekali",
    "ibu saya kena stroke, mulutnya mencong dan tidak bisa bicara",
    "anak saya kejang kejang dan demam tinggi",
    "adik saya keselek permen, tidak bisa napas",
    "tangannya luka kena parang, darahnya tidak berhenti",
    "ibu hamil mau melahirkan, ketubannya pecah, tidak ada kendaraan",
    "orang tua kami sesak nafas, bibir membiru",
    "someone collapsed in the mosque",
    "my father is having a heart attack",
    "my mother had a stroke, her face is drooping",
    "my son is having a seizure",
    "a man is bleeding heavily from his head",
    "the baby is choking and can't breathe",
    "my grandmother fainted and isn't waking up",
    "a man is lying unconscious on the sidewalk",
]
POISON = [
    "puluhan warga keracunan makanan hajatan, muntah2",
    "anak saya minum racun serangga",
    "warga keracunan massal setelah makan nasi kotak",
    "anak saya menelan obat nyamuk cair",
    "dozens of people got food poisoning at the wedding and are vomiting",
    "my child drank bleach",
]
ANIMAL = [
    "ada ular kobra masuk rumah",
    "anak saya digigit ular",
    "buaya menyerang warga yang mandi di sungai",
    "babi hutan ngamuk masuk kampung, ada yang diseruduk",
    "anjing gila menggigit anak kecil",
    "ada anjing rabies mengejar warga",
    "a snake bit my son",
    "a crocodile attacked a fisherman",
    "a rabid dog is attacking people in the street",
]
MISSING = [
    "anak saya hilang dari tadi siang belum ketemu",
    "anak saya hilang di pasar, umur 5 tahun",
    "ada anak diculik di depan sekolah",
    "ada yang mau culik anak di taman",
    "my daughter is missing, she didn't come home from school",
    "someone is trying to kidnap a child outside the school",
]
CRIME = [
    "ada maling masuk rumah sekarang",
    "ada perampokan di toko emas",
    "rmh sy dibobol maling, orangnya masih di dalam",
    "tawuran pelajar di jembatan, pakai celurit",
    "ada tawuran di perempatan",
    "warga main hakim sendiri, maling digebukin massa",
    "tetangga saya memukuli istrinya, dia teriak minta tolong",
    "ada orang bawa pisau ngancam pembeli di warung",
    "ada orang mabuk ngamuk bawa golok",
    "someone is breaking into the house next door",
    "a man with a knife is threatening people at the bus stop",
    "there's a fight with machetes outside the school",
    "my neighbour is beating his wife right now",
    "the shop is being robbed",
    "a mob is beating a thief in the market",
]
SELF_HARM = [
    "teman saya mau bunuh diri",
    "ada orang mau lompat dari jembatan",
    "adik saya mengancam mau gantung diri",
    "my friend says she is going to kill herself",
    "a man is standing on the bridge about to jump",
]
TRAPPED = [
    "anak jatuh ke sumur tua",
    "ada orang terjebak di lift mall",
    "kami terjebak di lift, sudah setengah jam",
    "pekerja tertimbun galian sumur",
    "a child fell into a well",
    "we are stuck in the lift and can't get out",
    "a worker is trapped under the rubble",
]
CHAT = [
    "kebakran di gang 3 tlg cpt",
    "kbkrn di rt 04 apinya gede bgt",
    "ada kecelakan di jln raya cibinong",
    "laka lantas di depan spbu, korbannya berdarah2",
    "ada yg tnggelam di empang",
    "ada org pingsn di halte",
    "tlg ad maling msk rmh",
    "ada begal di jalan sepi, temen sy dibacok",
    "pak tolong, ada tawuran d depan smp",
    "tlg kirim ambulan, ibu sy jatuh dr tangga ga sadar",
    "rmh kebanjiran air msk sampe lutut",
    "bnjir air udh msk rmh",
    "ada org kesetrum kabel pln",
    "longsor nimpa rmh warga tlg",
    "anak sy ilang di pasar blm ktemu",
    "tolongg kebakaran!!!",
    "asep keluar dr kamar kos, kayanya kebakaran",
    "fire!! at the warung near my house",
    "help, there's a fire in my kitchen",
    "somone collapsed at the bus stop pls help",
    "neighbor house on fire pls send help",
    "accident on jalan sudirman, guy not moving",
    "pls help my dad isnt breathing",
]
# written after the lists above passed, to see whether the rules generalise
SECOND_ROUND = [
    "pak api sudah menjalar ke rumah sebelah, warga panik",
    "ada rumah kebakaran di kampung rawa, mobil damkar belum datang",
    "kebakaran lahan di pinggir tol, asapnya bikin jalan gelap",
    "warung padang di depan stasiun kebakaran",
    "busnya kebakaran di tengah jalan, penumpang pada lari",
    "api dari kabel listrik merembet ke plafon",
    "pabrik plastik terbakar, asap hitam membumbung",
    "rumah saya kebakaran tolong!!",
    "apartment block on fire, people on the balcony",
    "smoke pouring out of the warehouse",
    "the bus caught fire and passengers are trapped",
    "flames coming out of my neighbor's roof",
    "tabung elpiji di warung bocor, baunya nyengat banget",
    "gas leak at the restaurant, everyone evacuating",
    "there is a strong smell of gas coming from the house next door",
    "kabel pln putus dan nyetrum genangan air",
    "anak kecil nempel di pagar besi yang kesetrum",
    "trafo di ujung gang meledak keluar percikan api",
    "a kid touched the fallen power cable and is not moving",
    "electric pole fell down, wires sparking on the wet road",
    "air sungai naik cepat, warga di bantaran belum dievakuasi",
    "banjir setinggi atap, ada lansia yang terjebak di rumah",
    "dua anak hanyut terbawa arus saat main di kali",
    "mobil terseret banjir, sopirnya masih di dalam",
    "ada orang tenggelam di waduk tidak muncul lagi",
    "my son went under in the pool and hasn't come up",
    "the river burst its banks and water is rising fast in our street",
    "a car got swept into the river by the flood",
    "a fisherman's boat overturned and he is in the water",
    "tanah longsor menutup rumah, keluarga di dalam",
    "rumah roboh akibat gempa, nenek terjebak di dalam",
    "atap sekolah ambruk menimpa murid",
    "dinding pabrik runtuh, beberapa pekerja tertimbun",
    "the roof of the market collapsed on the traders",
    "earthquake! the wall fell on my father",
    "a wall collapsed on some children",
    "pohon beringin tumbang menimpa angkot, penumpang terjebak",
    "a tree fell across the road and crushed a motorcyclist",
    "tabrakan motor lawan truk di jalan lintas, korban meninggal di tempat",
    "ada kecelakaan bus di tanjakan, banyak yang luka",
    "motor nabrak pembatas jalan, pengendaranya gak gerak",
    "mobil masuk sungai dari jembatan",
    "a truck crashed into a house, the family is inside",
    "a motorcycle accident outside my house, the rider is unconscious",
    "someone got hit by a car and is lying on the road",
    "anak saya tidak bernapas tolong",
    "ada kakek jatuh di masjid tidak bisa bangun, napasnya tersengal",
    "istri saya pendarahan hebat setelah melahirkan di rumah",
    "teman saya overdosis, mulutnya berbusa",
    "adik saya alergi, wajahnya bengkak dan susah napas",
    "bapak tiba2 lumpuh separuh badan dan bicaranya pelo",
    "my husband is unresponsive and his lips are blue",
    "someone fainted in the queue at the office",
    "my wife is in labour and the baby is coming, no car",
    "an old man is having trouble breathing and chest pain",
    "my child is having an allergic reaction and can't breathe",
    "satu keluarga keracunan jamur, muntah-muntah",
    "anak saya minum minyak tanah",
    "the whole class got sick after lunch, kids vomiting and fainting",
    "ada ular piton di kamar anak",
    "ada sarang tawon di teras, anak saya disengat banyak",
    "buaya muncul di pemukiman dan menyerang anjing warga",
    "a python is in the chicken coop and the kids are nearby",
    "a dog bit my son and he's bleeding a lot",
    "anak saya hilang sejak pulang sekolah, hp nya tidak aktif",
    "balita saya hilang di pantai",
    "our 4 year old wandered off at the beach and we can't find him",
    "a man grabbed a girl and put her in a van",
    "ada orang pakai topeng masuk ke rumah tetangga",
    "tetangga saya dipukuli suaminya, teriak2",
    "sekelompok geng motor bawa sajam menyerang warga",
    "ada penjambretan di depan ATM, pelakunya kabur",
    "there's a man with a gun at the bank",
    "people are fighting with knives at the market",
    "someone is trying to break into my car right now",
    "a man is hitting a woman in the street",
    "kakak saya mengurung diri dan bilang mau mengakhiri hidup",
    "ada orang berdiri di atap gedung mau lompat",
    "my brother took a lot of pills and won't wake up",
    "a woman is threatening to jump off the overpass",
    "anak terjebak di gorong-gorong",
    "pendaki tersesat di gunung, sudah dua hari tidak ada kabar",
    "kapal motor tenggelam, ada penumpang yang belum ditemukan",
    "jembatan kayu ambrol saat dilewati warga",
    "someone is trapped in the well",
    "a boat with tourists sank near the island",
]
EMERGENCIES = (
    FIRE
    + GAS
    + ELECTRIC
    + WATER
    + EARTH
    + TREE
    + TRAFFIC
    + MEDICAL
    + POISON
    + ANIMAL
    + MISSING
    + CRIME
    + SELF_HARM
    + TRAPPED
    + CHAT
    + SECOND_ROUND
)

# --- only mentions such an event ------------------------------------------------------
AFTER_THE_FACT = [
    "rumah saya kebakaran bulan lalu, bisa dapat bantuan renovasi?",
    "korban banjir minggu lalu kapan dapat bantuan",
    "bantuan untuk korban longsor tahun lalu belum cair",
    "rumah roboh kena gempa kemarin, pendataan kerusakan ke mana",
    "anak saya kemarin digigit anjing, vaksin rabies di puskesmas mana",
    "motor saya dicuri minggu lalu, buat surat kehilangan di mana",
    "pasar yang terbakar tahun lalu kapan dibangun lagi",
    "ayah saya meninggal karena kecelakaan, cara klaim jasa raharja",
    "kebakaran kemarin sudah padam, puing puingnya siapa yang angkut",
    "pohon tumbang kemarin masih melintang di jalan, tolong dipotong",
    "my house was flooded last week, how do I apply for aid",
    "the landslide last month damaged our road, when will it be fixed",
    "my car was broken into yesterday, how do I get a police report",
    "the fire last year destroyed the market, is it being rebuilt",
]
ADMIN = [
    "syarat izin usaha pangkalan lpg",
    "cara mengurus izin agen gas elpiji",
    "sertifikat laik fungsi proteksi kebakaran untuk gedung",
    "klaim santunan kematian kecelakaan lalu lintas",
    "klaim asuransi kebakaran rumah",
    "harga tabung gas 3 kg di pangkalan naik",
    "tabung gas melon langka di warung",
    "pendaftaran relawan tagana",
    "permohonan pemangkasan pohon yang sudah tua di depan rumah",
    "how do I get a fire safety certificate for my shop",
    "where do I buy an LPG cylinder refill",
    "insurance claim for flood damage",
    "how do I apply to become an LPG agent",
]
QUESTIONS = [
    "apa yang harus dilakukan kalau terjadi gempa",
    "bagaimana cara pertolongan pertama orang tenggelam",
    "nomor darurat pemadam kebakaran berapa",
    "jadwal simulasi kebakaran di kantor kecamatan",
    "pelatihan penanganan kebakaran untuk warga",
    "sosialisasi mitigasi bencana longsor",
    "daerah mana saja yang rawan banjir",
    "kenapa pasar sering kebakaran",
    "berapa korban kecelakaan mudik tahun ini",
    "what should I do in case of an earthquake",
    "how to prevent house fires",
    "is there a fire drill at the school next week",
    "which areas are prone to flooding",
    "how many people died in traffic accidents last year",
]
NAMES = [
    "jadwal kereta api ke surabaya",
    "kompor gas saya mau diganti kompor listrik",
    "alamat kantor dinas pemadam kebakaran",
    "jual kembang api untuk tahun baru",
    "lampu jalan di gang mati sudah seminggu",
    "jalan berlubang di depan sekolah",
    "harga cabai naik terus",
    "tolong infonya jam buka kantor kelurahan",
    "air pdam tidak mengalir sejak pagi",
    "sampah menumpuk di pinggir sungai",
    "the train station timetable",
    "where is the fire station",
    "the street light in front of my house is broken",
    "please tell me the office hours of the village office",
]
CHAT_NEAR = [
    "gmn cara klaim asuransi kbakaran",
    "kmrn ada kecelakaan di depan rmh, lampu merahnya tlg diperbaiki",
    "info posko banjir dmn ya",
    "got mampet, tiap hujan pasti banjir",
    "pohon depan rmh udh miring, takut tumbang, minta dipangkas",
    "anak sy demam, puskesmas buka jam brp",
    "simulasi gempa di sekolah besok jam 9",
    "anak2 main free fire sampai malam",
    "pejabatnya kebakaran jenggot ditanya wartawan",
    "harga tabung gas elpiji 3 kg brp skrg",
    "the movie about the tsunami was sad",
    "how much does a fire extinguisher cost",
]
# near misses written with SECOND_ROUND
SECOND_ROUND_NEAR = [
    "rumah saya terbakar tahun lalu, apakah ada bantuan bedah rumah",
    "korban kebakaran pasar minta keringanan retribusi",
    "pasca banjir banyak sampah, kapan diangkut",
    "ada lubang besar bekas galian di jalan, bahaya kalau malam",
    "lampu lalu lintas di perempatan mati, rawan kecelakaan",
    "kapan ada pemeriksaan instalasi listrik gratis",
    "cara daftar jadi relawan damkar",
    "pengajuan santunan korban kecelakaan",
    "syarat izin keramaian untuk hajatan",
    "apakah ada posko kesehatan di kecamatan",
    "berapa nomor pln untuk pengaduan",
    "anak saya sering kejang demam, rujukan ke rumah sakit bagaimana",
    "bagaimana cara membuat surat keterangan kebakaran untuk klaim asuransi",
    "jalan licin dan berlubang sering bikin motor jatuh",
    "pohon di pinggir jalan perlu ditebang sebelum musim hujan",
    "ada ular masuk rumah tadi pagi sudah ditangkap petugas",
    "kemarin ada yang tenggelam di kolam, sekarang kolamnya ditutup?",
    "anjing liar banyak berkeliaran di kompleks, tolong ditertibkan",
    "lomba tujuh belasan panjat pinang",
    "film pengabdi setan tayang jam berapa",
    "tolong bantu saya cek status pengajuan ktp",
    "pemadaman listrik bergilir di wilayah kami jadwalnya kapan",
    "gas elpiji 3 kg susah dicari",
    "permohonan pemasangan hidran di gang",
    "banjir kemarin merusak tanggul, kapan diperbaiki",
    "harga air galon naik",
    "I'd like to book a fire safety inspection",
    "what number do I call for an ambulance",
    "is the flood relief money out yet",
    "the road near my house keeps flooding every time it rains",
    "there was a fight at the football match last night",
    "my neighbour's dog keeps barking",
    "how do I report a crime that happened last week",
    "are there CPR classes for residents",
    "can I get compensation for my car damaged by a fallen tree",
    "the earthquake drill at my kid's school is tomorrow",
    "please fix the broken bridge railing before someone falls",
    "the gas station queue is very long",
    "who do I contact about a smoking ban in the office",
    "kebakaran hutan di kalimantan diberitakan di tv, apa ada penggalangan dana",
    "latihan evakuasi tsunami di pantai minggu depan",
    "saya mau tanya soal asuransi jiwa untuk kecelakaan",
    "info lowongan petugas pemadam kebakaran",
    "jembatan penyeberangan orang sudah karatan, takut ambruk",
]
NOT_EMERGENCIES = AFTER_THE_FACT + ADMIN + QUESTIONS + NAMES + CHAT_NEAR + SECOND_ROUND_NEAR


@pytest.mark.parametrize("text", EMERGENCIES)
def test_an_emergency_happening_now_is_detected(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_a_message_that_only_mentions_an_emergency_is_not_one(text: str) -> None:
    assert not is_emergency(text)
