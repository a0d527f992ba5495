from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency, parse_rules
from knowledge_base.entries import KnowledgeBase
from knowledge_base.matcher import Matcher

HAPPENING_NOW = [
    "tolong!! rumah tetangga kebakaran, apinya udah gede",
    "ada orang hanyut kebawa arus di kali",
    "bapak sy tiba2 pingsan ga sadar2",
    "banjir besar air masuk rumah",
    "ada orang bawa golok ngancam warga di warung",
    "kecelakaan motor di tikungan, korbannya berdarah",
    "bau gas menyengat di dapur",
    "there is a fire at the market",
    "a man collapsed, not breathing",
    "someone is breaking into my house right now",
    "the flood water is coming into our house",
    "DARURAT tolong",
]
ONLY_MENTIONS = [
    "klaim santunan kecelakaan kerja",
    "rumah rusak kena longsor, dapat bantuan ga",
    "ada longsor tutup jalan, lapor ke mana",
    "nomor telepon pemadam kebakaran berapa",
    "motor saya dicuri minggu lalu, bikin laporan kehilangan di mana",
    "jadwal fogging demam berdarah",
    "tiap hujan got depan rumah banjir sebentar terus surut",
    "how do I claim work accident compensation",
    "what is the fire brigade's phone number",
    "my house was damaged by a landslide last month, can I get help",
    "fire safety permit for a restaurant",
    "can I report a fire through this chat",
]

# Invented reports of a danger happening now: an event word and a sign that it is going on.
REPORTED_NOW_ID = [
    "asap keluar dari rumah sebelah, apinya mulai merambat ke atap",
    "anak kecil kecebur di empang, belum muncul lagi",
    "nenek saya jatuh di kamar mandi, tidak sadar dan napasnya pendek",
    "lagi ada perampokan di minimarket ujung gang, pelakunya bawa senjata",
    "air sungai meluap, sudah masuk ke rumah warga setinggi lutut",
    "tebing di belakang kampung longsor, dua rumah tertimbun, ada orang di dalam",
    "tabrakan truk sama angkot di jalan provinsi, banyak korban luka",
    "suami saya tiba-tiba kejang dan mulutnya berbusa",
    "ada orang mau lompat dari jembatan layang",
    "tolong cepat, kios di pasar terbakar",
    "bocah hanyut di sungai, warga sedang mencari",
    "ada yang berkelahi pakai celurit di depan sekolah sekarang",
    "kabel listrik putus jatuh ke jalan, ada anak kesetrum",
    "rumah saya kemasukan maling, orangnya masih di dalam",
    "pengendara motor tergeletak di aspal, kepalanya berdarah",
    "rumah kosong di sebelah mengeluarkan asap hitam, apinya besar",
    "ada pemuda dikeroyok di lapangan voli, tolong",
    "kakek saya sesak napas berat, bibirnya membiru",
    "lagi banjir, air sudah sepinggang di dalam rumah",
    "perahu nelayan terbalik di muara, dua orang belum ditemukan",
    "motor saya dibegal barusan di jalan sepi dekat kebun sawit",
    "ada yang gantung diri di kamar kos sebelah",
    "truk tangki terguling di tanjakan, bensinnya tumpah dan terbakar",
    "bayi saya demam tinggi lalu kejang-kejang",
    "pencuri masih di dalam rumah tetangga, kami di luar",
    "tanah longsor menimbun warung, pemiliknya tertimbun",
    "orang tua jatuh dari motor di perempatan, tidak bangun",
    "maling!! di rumah nomor 12",
    "kecelakaan beruntun di tol km 21 arah kota",
    "tawuran pelajar pecah di depan SMA 3, bawa sajam",
    "jembatan gantung putus, motor jatuh ke sungai",
    "pohon besar tumbang menimpa rumah, penghuninya di dalam",
    "gempa kencang, dinding sekolah retak dan murid berhamburan keluar",
    "ibu hamil pendarahan hebat, ambulans belum datang",
    "ada ular kobra masuk rumah dan menggigit anak saya",
    "kebakaran hutan merembet ke permukiman",
    "tabung gas meledak di warung makan",
    "tolong ada orang tenggelam di kolam renang umum",
    "bapak2 ditusuk orang mabuk di pos ronda",
    "banjir bandang datang, warga naik ke atap",
    "rumah saya dimasuki maling bersenjata, saya ngumpet di kamar",
    "kakak saya overdosis obat, mulutnya berbusa",
    "mobil terjun ke jurang di tikungan tajam",
    "woy tlg rmh pak rt kbakaran, apinya gede bgt",
    "ada cowo pingsan di halte, mukanya pucet",
    "air udah masuk rumah nih, makin tinggi, anak2 gimana",
    "korsleting di gardu, apinya nyambar ke kios sebelah",
    "orang gila ngamuk bawa parang di pasar",
    "anak tetangga kesetrum kabel layangan, tidak sadarkan diri",
    "bus masuk sungai, penumpangnya masih di dalam",
    "ada penjambretan, pelakunya kabur ke arah terminal",
    "dapur umum terbakar, asap di mana-mana",
    "saya dikunci suami di kamar dan dipukuli terus",
    "adik saya keracunan makanan, muntah-muntah dan lemas sekali",
    "pak, tolong kirim bantuan, tanggul sungai jebol",
    "ada rumah panggung kebakaran di kampung nelayan, angin kencang",
    "ada yang pingsan di masjid waktu salat jumat",
    "mobil pikap terbakar di spbu",
    "air kali naik cepat, rumah di bantaran mulai kebanjiran",
    "dua kelompok pemuda saling lempar batu di jembatan",
    "suami tetangga mukulin istrinya, teriak-teriak minta tolong",
    "longsor menutup jalan dan menimpa satu mobil yang lewat",
    "kakek jatuh di sawah dan tidak bisa bangun, napasnya berat",
    "bocah dua tahun tercebur ke got yang arusnya deras",
    "petasan meledak di tangan anak, tangannya luka parah",
    "tolong, ada asap keluar dari kamar hotel lantai tiga",
    "perempuan dijambret lalu terseret motor, kepalanya luka",
    "warga keracunan massal setelah makan nasi kotak hajatan",
    "kapal penyeberangan oleng, penumpang panik pakai pelampung",
    "rumah makan padang di simpang tiga terbakar hebat",
    "tolong, ayah saya tiba-tiba ambruk dan tidak sadarkan diri",
    "ada orang terseret ombak di pantai selatan",
    "kebakaran lahan gambut sudah mendekati rumah warga",
    "ada begal lagi beraksi di jalan tembus, korbannya dibacok",
    "banjir sudah setinggi dada di perumahan griya asri",
    "pekerja bangunan jatuh dari lantai empat",
    "mobil tangki bocor, bau bensin menyengat di jalan utama",
    "anak saya menelan baterai kancing, sekarang muntah",
    "ada yang mau bunuh diri di atas tower",
    "rumah tetangga dimasuki orang bertopeng bawa senjata",
    "angin puting beliung merobohkan rumah, ada yang tertimpa atap",
    "satu rt muntah habis makan di kenduri, ada yang sudah lemas",
    "barusan ada anak sd dipaksa masuk mobil orang asing",
    "ular kobra masuk dapur, anak saya masih di situ",
    "tolong anak saya hilang di pasar dari tadi belum ketemu",
    "cucu saya ketelen kancing baju barusan",
]
# The same kind in English.
REPORTED_NOW_EN = [
    "the warehouse next door is on fire, flames everywhere",
    "my son swallowed something and is choking",
    "a man is dragging a girl into a van outside the school",
    "there is a snake in the baby's room",
    "an old man fell down in the street and is not moving",
    "two men with knives are robbing the shop across the road",
    "water is rising inside our house, we are stuck on the roof",
    "a bus crashed into a ditch, several people are hurt",
    "a child is drowning in the river, please hurry",
    "my neighbour is threatening his wife with a machete right now",
    "strong smell of gas in the apartment block",
    "a landslide buried a house and people are trapped",
    "there's a fire in the kitchen of the restaurant next door",
    "my grandmother fainted and is not breathing properly",
    "a kid fell into the well behind the mosque",
    "someone is being attacked outside the bus station",
    "our street is flooding and water is coming into the houses",
    "a motorbike hit a pedestrian, she is bleeding badly",
    "my husband is having a heart attack please help",
    "there is a man with a gun in the market",
    "robbery at the jewellery shop on main street",
    "car accident on the highway, someone is stuck inside",
    "help! my house is on fire",
    "the river burst its banks and water is in our house",
    "a man is lying unconscious near the bus stop",
    "someone broke into my house and is still here",
    "a snake bit my son and his leg is swelling",
    "gas cylinder exploded at the food stall, people injured",
    "a girl fell off the bridge into the river",
    "my baby is not breathing",
    "fight with knives outside the bar",
    "a wall collapsed on workers at the building site",
    "pls send someone fast, my dad fell and his head is bleeding",
    "fire spreading along the row of shops",
    "there's a guy with a knife threatening people at the station",
    "our car slid into the canal and we can't open the doors",
    "a worker fell from the scaffolding and isn't moving",
    "the school roof collapsed during class, kids are trapped",
    "flash flood, water up to our knees and rising",
    "my friend took a lot of pills and won't wake up",
    "a house on our street just caught fire",
    "my grandfather is confused and his face is drooping on one side",
    "there are men fighting with machetes near the market",
    "a pedestrian was hit by a truck and is lying in the road",
    "the river is overflowing into the village right now",
    "a boy is stuck in a flooded drain and can't get out",
    "someone is trying to break into my car outside",
    "my wife is in labour and bleeding a lot, no midwife here",
    "a tree fell on a house and a child is trapped under it",
    "the gas stove exploded and my mother has burns",
    "smoke is pouring out of the apartment above mine",
    "my toddler fell in the pool and is not breathing",
    "there is a car on fire in the tunnel",
    "someone collapsed at the gym and has no pulse",
    "a man is threatening shoppers with a knife",
    "mudslide hit the village, houses buried",
    "the boat capsized and people are in the water",
    "my neighbour's house is flooding and she is disabled, please hurry",
]
# Invented questions and reports that only mention such a word: a claim, a permit, a schedule,
# a past event, a habit, an infrastructure fault, an everyday sense of the word.
ONLY_A_WORD_ID = [
    "cara mengajukan santunan korban kecelakaan lalu lintas",
    "izin pesta kembang api untuk tahun baru ke siapa",
    "jadwal pembagian bantuan korban banjir kapan ya",
    "lampu jalan di gang saya mati sudah seminggu",
    "tahun lalu pasar kami kebakaran, sekarang kiosnya sudah dibangun belum",
    "e-ktp saya belum keluar padahal sudah rekam tiga bulan",
    "admin kelurahan tidak merespon chat saya dari kemarin",
    "tadi terjebak macet parah di jalan pahlawan, kapan dilebarkan",
    "saya minta tolong dibantu pengajuan bansos",
    "air pdam tidak masuk ke rumah sudah tiga hari",
    "hama wereng menyerang sawah, ada penyuluhan dari dinas pertanian",
    "tetangga suka bakar sampah, asapnya masuk ke rumah tiap sore",
    "surat keterangan tidak mampu untuk biaya berobat stroke",
    "kalau ada banjir, posko pengungsian di mana",
    "jalan berlubang ini sering menyebabkan kecelakaan, mohon diperbaiki",
    "pembangunan jembatan darurat di desa kami kapan selesai",
    "anak saya dipukul gurunya di sekolah, mau melapor",
    "pelatihan penanganan kebakaran untuk RT bisa diadakan",
    "data angka kecelakaan di kabupaten ini tahun ini berapa",
    "berkas saya masih di dalam proses verifikasi",
    "atap balai desa bocor, kalau hujan airnya masuk ke ruangan",
    "bagaimana prosedur visum untuk korban kdrt",
    "pencurian kabel lampu jalan marak di kampung kami",
    "syarat izin keramaian untuk pawai obor malam takbiran",
    "kompensasi buat warga yang rumahnya terbakar bulan lalu sudah cair belum",
    "apar di kantor desa sudah kedaluwarsa, siapa yang ganti",
    "bpjs menanggung biaya operasi korban kecelakaan tunggal tidak",
    "sinyal internet di desa terputus terus kalau hujan",
    "pembuatan akta kematian untuk korban tenggelam yang jenazahnya sudah dimakamkan",
    "pompa air di masjid korsleting, mau minta teknisi",
    "aplikasi pengaduan tidak bisa dibuka dari tadi pagi",
    "anak saya mau ikut pelatihan renang di kolam milik pemkab",
    "penyaluran beras untuk korban gempa sudah sampai mana",
    "permohonan surat pindah saya terjebak di proses verifikasi",
    "berita tentang tawuran pelajar minggu lalu bikin resah orang tua",
    "di mana bisa ikut kursus pertolongan pertama",
    "tetangga pasang petasan tiap malam, berisik sekali",
    "rambu peringatan rawan longsor di jalan desa sudah roboh",
    "lampu lalu lintas di perempatan mati total",
    "pengajuan bantuan rehab rumah korban angin puting beliung",
    "mohon info nomor telepon damkar kecamatan",
    "kabel listrik di depan rumah menjuntai rendah, bahaya kalau hujan",
    "genangan air di jalan raya setelah hujan lama surutnya",
    "maling helm di parkiran kantor kecamatan makin sering",
    "syarat sertifikat laik fungsi gedung termasuk sistem proteksi kebakaran",
    "kenapa lampu merah di perempatan pasar sering mati",
    "anak saya jatuh dari sepeda minggu kemarin, apa bisa klaim bpjs",
    "puskesmas tidak melayani pasien sesak napas di malam hari",
    "petugas kebersihan membakar sampah di tpa, asapnya kemana mana",
    "program sekolah sungai untuk anak agar tidak tenggelam",
    "dana darurat desa untuk bencana itu berapa",
    "ada lomba panjat pinang, perlu izin ke kelurahan",
    "pengumuman pemadaman listrik bergilir hari ini",
    "ktp saya hilang dicuri waktu di pasar, bikin baru bagaimana",
    "dengan hormat, kami memohon izin penggunaan lapangan untuk latihan pemadaman kebakaran",
    "bang, bansos buat yg rumahnya kebanjiran kmrn udh cair blm",
    "kok lampu pju depan gang mati terus ya, gelap bgt rawan maling",
    "mau tanya, kalau motor ditabrak orang terus kabur, lapornya ke polsek atau polres",
    "saya pedagang di pasar yang terbakar tahun lalu, kapan relokasinya",
    "tanggul di kampung kami retak, takut jebol kalau musim hujan",
    "ada sosialisasi bahaya narkoba di balai desa minggu depan",
    "anak saya kena demam berdarah, apakah ada fogging",
    "sumur warga tercemar, airnya bau dan keruh",
    "pengemudi ojol sering parkir sembarangan di depan sekolah",
    "jalan licin dan gelap di tanjakan itu, sudah banyak yang jatuh",
    "terima kasih damkar sudah cepat memadamkan api di rumah saya kemarin",
    "ada program asuransi nelayan untuk kecelakaan di laut?",
    "hewan ternak warga banyak yang mati, diduga keracunan pakan",
    "bagaimana cara daftar jadi anggota tagana",
    "jembatan penghubung desa putus sejak banjir bulan lalu, belum diperbaiki",
    "izin mendirikan usaha penjualan tabung gas elpiji",
    "kapan pembagian masker untuk warga terdampak kabut asap",
    "rumah saya retak-retak karena getaran proyek tol",
    "apakah ada pelatihan kebencanaan untuk pengurus rw",
    "penerangan di taman kota kurang, banyak copet di malam hari",
    "ibu saya sudah pulang dari rumah sakit setelah stroke, bisa dapat kursi roda",
    "korban begal kemarin mau minta surat keterangan dari kelurahan",
    "sungai di belakang rumah penuh sampah, kalau hujan pasti meluap",
    "ada penipuan mengatasnamakan petugas pln",
    "asap rokok di ruang tunggu puskesmas mengganggu",
    "kabel telkom putus dan menjuntai di jalan, siapa yang memperbaiki",
    "bantuan untuk nelayan yang perahunya rusak diterjang ombak",
    "tolong dicek pos pemadam di kecamatan kami, mobilnya rusak",
    "anak-anak suka berenang di sungai yang dalam, mohon dipasang papan larangan",
    "berapa biaya perpanjangan izin gudang bahan mudah terbakar",
    "bantuan perahu karet untuk desa rawan banjir",
    "tempat sampah di pasar sering dibakar oknum, mohon ditertibkan",
    "korban banjir tahun lalu belum dapat ganti rugi",
    "jalan menuju puskesmas licin, ibu hamil susah lewat",
    "minta jadwal penyuluhan cara pakai apar untuk warga",
    "anak saya jatuh dari tangga sekolah minggu lalu, gurunya tidak peduli",
    "tiang listrik miring di depan sd, takut roboh",
    "daftar ulang bpjs untuk pasien cuci darah",
    "tolong infokan lokasi posko pengungsian korban gempa",
    "sejarah kebakaran gedung dprd dulu gimana ceritanya",
    "les renang supaya tidak tenggelam kalau main di sungai di mana",
    "kata banjir bandang bahasa inggrisnya apa",
    "pembangunan tanggul menelan biaya miliaran, warga bertanya",
    "kalau anak hilang di keramaian lapornya ke mana",
]
# The same kind in English.
ONLY_A_WORD_EN = [
    "how do I get compensation after a car accident",
    "do I need a permit for a bonfire at a beach party",
    "when will the flood relief packages be distributed",
    "the street light outside my house is burnt out",
    "our school burned down two years ago, is it rebuilt yet",
    "the registration website keeps crashing",
    "where can I get a flu shot for my kids",
    "what is the emergency number for the fire brigade",
    "the office never responds to my emails",
    "if there is an earthquake where should we gather",
    "my neighbours keep burning rubbish and the smoke comes into my house",
    "the armed forces day parade road closures",
    "what documents do I need to report a stolen motorbike",
    "the potholes on this road cause accidents, please fix them",
    "first aid training for village volunteers",
    "I have been chasing my birth certificate application for weeks",
    "how much is the fine for setting off fireworks",
    "is there compensation for families of drowning victims",
    "my application has been stuck in review for a month",
    "can the council cut the tree that might fall on our house one day",
    "the emergency ward at the district hospital needs more staff",
    "what happened to the fire station that was planned in our area",
    "last night there was a robbery at the shop, police already came",
    "the traffic light at the junction keeps blinking",
    "how do I report a dangerous tree near the school",
    "the bridge railing is broken, someone could fall",
    "power cut in our neighbourhood since this morning",
    "can I get a copy of the police report for my stolen phone",
    "we want to organise a fire safety talk at the community hall",
    "the drain overflows every time it rains",
    "who do I contact about compensation for crop damage from the flood",
    "my car was damaged in a crash last week, how do I get the accident report",
    "is swimming in the reservoir allowed",
    "there is smoke from the factory every evening, is that legal",
    "where is the nearest hospital with an emergency room",
    "thank you to the firefighters for their quick response yesterday",
    "is there a course on CPR for parents",
    "the old factory that burned is now an eyesore, who cleans it up",
    "streetlights broken, the road is dark and unsafe at night",
    "how do I claim insurance after my motorbike was stolen",
    "my cat is stuck on the roof, can the fire department help",
    "we had a small kitchen fire but it's out now, do I need to report it",
    "are there lifeguards at the public beach on weekends",
    "where can I buy a fire extinguisher for my shop",
    "our village was flooded three weeks ago and we still have no clean water",
    "how do I get a death certificate for someone who drowned abroad",
    "the smoke alarm in my flat keeps beeping",
    "can the ambulance service be booked for a planned hospital transfer",
    "is it legal to own a hunting rifle",
    "trauma counselling for children after the earthquake",
    "my bike was stolen from the station parking, any cctv",
    "there are too many accidents at this junction, please add a traffic light",
    "the fire hydrant on our street is leaking water",
    "how do I apply for a gun licence",
    "I was in a minor accident last month, where do I get the police report",
    "the river near the school is dangerous, please put up a fence",
    "request for a fire safety inspection of our warehouse",
    "what happens to flood victims who lost their ID cards",
    "my electricity meter keeps tripping",
    "who repairs a collapsed drain cover on our lane",
    "the water from the tap is brown since the flood",
    "what is the history of the big fire at the old market",
]


@pytest.mark.parametrize("text", HAPPENING_NOW + REPORTED_NOW_ID + REPORTED_NOW_EN)
def test_a_danger_happening_now_is_an_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", ONLY_MENTIONS + ONLY_A_WORD_ID + ONLY_A_WORD_EN)
def test_a_message_that_only_mentions_a_danger_word_is_not(text: str) -> None:
    assert not is_emergency(text)


def test_saying_it_happens_now_outweighs_a_question_frame() -> None:
    assert not is_emergency("kalau ada kebakaran lapor ke mana")
    assert is_emergency("ada kebakaran sekarang, lapor ke mana")


def test_an_everyday_event_word_needs_a_sign_that_someone_is_at_risk_now() -> None:
    assert not is_emergency("pengajuan saya belum keluar")
    assert is_emergency("anak saya belum keluar dari rumah yang terbakar")
    assert not is_emergency("the website crashed")
    assert is_emergency("a truck crashed and the driver is trapped")
    assert is_emergency("there is a crash at the corner")


def test_english_contractions_are_read_as_their_words() -> None:
    assert is_emergency("my mother won't wake up")
    assert not is_emergency("she can't wake up early for the office")


def test_an_english_progressive_says_it_is_happening() -> None:
    assert not is_emergency("gun licence office")
    assert is_emergency("a stranger is waving a gun")


def test_a_possessive_ending_does_not_hide_the_word() -> None:
    assert is_emergency("motor mogok di rel, pengendaranya terjepit")
    assert is_emergency("darahnya banyak sekali dan dia pucat")


def test_a_shouted_call_for_help_outweighs_a_question_frame() -> None:
    assert not is_emergency("kalau ada kebakaran, tolong lapor ke mana")
    assert is_emergency("tolong!! kalau kebakarannya membesar kami harus ke mana")
    assert is_emergency("rampok! di toko nomor 5")
    assert not is_emergency("izin kembang api kok lama sekali!")


def test_an_event_named_first_then_where_is_a_report() -> None:
    assert is_emergency("tabrakan bus di jalan lingkar")
    assert not is_emergency("permohonan saya terjebak di sistem")
    assert is_emergency("accident at the roundabout")


def test_a_fire_already_put_out_or_water_not_reaching_the_house_is_not() -> None:
    assert not is_emergency("kebakaran gudang sudah padam, sekarang bagaimana ganti ruginya")
    assert not is_emergency("air tidak masuk ke rumah sejak pipa diganti")
    assert is_emergency("air banjir masuk ke rumah")


def test_rules_are_read_from_their_table() -> None:
    rules = parse_rules("form\tgeni\tapi\nhazard\tada api\ncalm\tkalau\nhazard\tbanjir * masuk\n")
    assert is_emergency("ada geni", rules)
    assert not is_emergency("kalau ada geni", rules)
    assert is_emergency("banjir sudah mulai masuk", rules)
    assert not is_emergency("banjir di jalan raya tidak sampai ke rumah", rules)


def test_a_risk_from_the_table_counts_with_a_person_or_a_present_marker() -> None:
    rules = parse_rules("risk\tnyangkut\nperson\tbocah\nnow\tmasih\n")
    assert not is_emergency("paket nyangkut", rules)
    assert is_emergency("bocah nyangkut", rules)
    assert is_emergency("masih nyangkut", rules)


def test_the_matcher_flags_an_emergency_and_still_decides(kb: KnowledgeBase) -> None:
    result = Matcher(kb).match("tolong ada kebakaran di pasar sekarang")
    assert result.emergency
    assert result.as_json_dict(with_emergency=True)["emergency"] is True
    assert "emergency" not in result.as_json_dict()
    assert Matcher(kb).match("syarat kk baru").emergency is False
