"""Emergencies of an archipelago told in its own words (Malay "lemas" in the water, a
storm tearing a roof off, the east's "bodi bale", Sundanese and Minangkabau water coming
in, a holdup as it happens), and calm messages that name an event only after a condition
("kalau ada kebakaran bagaimana"), as a recovery, as a card to be made again, as "api"
in its everyday senses (a match, Malay electricity, Lampung "what") or as an animal in a
zoo (the shipped cue table; messages invented)."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency

HAPPENING_NOW = [
    "ada orang lemas kat laut, tak timbul lagi",
    "budak lemas dalam sungai, cepat tolong",
    "rumah terbakar, api marak, orang tua masih kat dalam",
    "ribut kencang, atap rumah dah terbang, kami berlindung bawah meja",
    "angin ribut sekarang, atap balai desa tercabut, warga masih di dalam",
    "the roof of the school just got blown off and the kids are inside",
    "bodi bale di tanjung, orang dua masih di aer",
    "katinting bale di muara, anak-anak di dalam air",
    "wong tenggelem nang kali, ora katon maneh",
    "banyu wis nganti dodo, bocah-bocah ning loteng",
    "cai geus asup ka imah, budak leutik can bisa kaluar",
    "ada penodongan di angkot barusan, pelakunya masih di angkot",
    "pencurian motor sedang terjadi di parkiran pasar, malingnya masih di sana",
    "kalau ada yang bisa bantu tolong cepat, anak saya tenggelam di sungai",
    "anak saya belum ketemu sejak tadi siang di pantai, umurnya 6 tahun",
    "nenek kami belum ditemukan sejak pagi, beliau pikun",
    "buaya lepas dari penangkaran, masuk ke kampung, anak-anak main di luar",
    "the crater is spewing rocks and hikers are still on the trail",
    "api dari kebun sebelah sudah masuk ke pekarangan rumah kami, tolong kirim pemadam",
    "ada api di belakang rumah tetangga, asapnya hitam",
    "anak ambo kajang, indak sadar, baa ko?",
]

CALM = [
    "hidran di terminal sudah lama mati, kalau ada kebakaran bagaimana",
    "ke mana saya melapor kalau melihat kebakaran lahan di kebun orang",
    "kalu ado banjie, bisa mengadu lewat siko?",
    "amun ada api di lahan gambut, manelpon siapa?",
    "kalu anak kajang, baa caro pertolongan partamo?",
    "amun rumah kebakaran, nomor damkar barapa?",
    "if there is a fire in the market at night, who do we call",
    "anak saya lemas habis demam, boleh berobat gratis di puskesmas?",
    "badan lemas terus tiap pagi, cek gula darah di mana",
    "tetangga ribut terus tiap malam, bisa lapor ke mana",
    "pencurian motor marak di kampung kami, minta patroli ronda",
    "laporan pencurian sapi bulan lalu sudah sampai mana",
    "kapal bale minggu lalu, dong su dapa bantuan?",
    "rapat warga di bale desa jam berapa",
    "pace pingsan minggu lalu, so sehat, surat sakit dari puskesmas bisa?",
    "KIA anak saya hilang, buat baru bagaimana",
    "obat keracunan makanan apa yang dijual bebas di apotek",
    "kakek saya belum ketemu dokter spesialis, antrenya panjang",
    "berkas anak saya belum ketemu di kantor disdukcapil, harus urus ulang?",
    "buaya di penangkaran boleh difoto?",
    "korek api gas isi ulang di mana",
    "token api plts beli di mana, kedai dekat rumah dah tak jual",
    "api abadi di museum buka jam berapa",
    "api kabar pun, nyak haga nanya jadwal posyandu",
    "sikam haga ngurus surat pindah, api syaratni?",
]


@pytest.mark.parametrize("text", HAPPENING_NOW)
def test_an_emergency_told_in_an_islands_variety_or_a_storm_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", CALM)
def test_an_event_after_a_condition_a_recovery_or_a_weak_body_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)
