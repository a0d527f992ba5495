"""What residents call a service, document or office (everyday descriptions and older
names) reads like the name a knowledge base uses, on both sides (issue 13). Messages
are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["kursi", "roda", "bantuan", "jadwal", "syarat"])


def terms(normaliser: Normaliser, text: str) -> tuple[str, ...]:
    return normaliser.analyse(text).terms


@pytest.mark.parametrize(
    ("resident", "knowledge_base"),
    [
        ("minta kursi dorong untuk bapak", "minta kursi roda untuk bapak"),
        ("jadwal timbang anak bulan ini", "jadwal penimbangan balita bulan ini"),
        ("kartu atm bansos saya terblokir", "kks saya terblokir"),
        ("dapat bantuan sembako tiap bulan", "dapat bpnt tiap bulan"),
        ("urus izin bangunan untuk toko", "urus pbg untuk toko"),
        ("surat rekomendasi penelitian untuk tesis", "izin penelitian untuk tesis"),
        ("sewa beko untuk saluran", "sewa excavator untuk saluran"),
        ("jalan desa mau dicor semen", "jalan desa mau betonisasi"),
        ("kantor dispenda buka jam berapa", "kantor bapenda buka jam berapa"),
        ("izin produksi rumahan untuk keripik", "pirt untuk keripik"),
        ("bayar pajak bumi bangunan lewat hp", "bayar pbb lewat hp"),
        ("minta surat miskin untuk sekolah", "minta sktm untuk sekolah"),
        ("surat kenal lahir nenek hilang", "surat keterangan lahir nenek hilang"),
        ("bayar pbb lewat aplikasi bank", "bayar pbb lewat mobile banking"),
        ("daftar bantuan rutilahu", "daftar bantuan rtlh"),
        ("tagihan perumdam naik", "tagihan pdam naik"),
        ("lapor hansip desa", "lapor linmas desa"),
        ("ada potongan pbb untuk veteran", "ada pengurangan pbb untuk veteran"),
        ("bayar pbb pakai uang elektronik", "bayar pbb pakai dompet digital"),
        ("posyandu untuk busui dan usila", "posyandu untuk ibu menyusui dan lansia"),
        ("harga gas 3 kg di pangkalan", "harga elpiji 3 kg di pangkalan"),
        ("rekomendasi dari kesatuan bangsa dan politik", "rekomendasi dari kesbangpol"),
    ],
)
def test_a_residents_description_reads_like_the_service_name(
    normaliser: Normaliser, resident: str, knowledge_base: str
) -> None:
    assert terms(normaliser, resident) == terms(normaliser, knowledge_base)


def test_a_lamp_post_still_reads_as_a_lamp_and_a_post_besides_the_street_light(
    normaliser: Normaliser,
) -> None:
    found = terms(normaliser, "tiang lampu di gang roboh")
    assert {"tiang", "lampu", "pju"} <= set(found)


def test_a_sim_card_is_not_read_as_a_driving_licence(normaliser: Normaliser) -> None:
    found = terms(normaliser, "daftar kartu sim ditolak")
    assert "sim" not in found
    assert found == terms(normaliser, "daftar kartu perdana ditolak")


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("do contract workers get the eid bonus", "thr"),
        ("my application was incomplete", "tidak lengkap"),
        ("is the parking man authorized", "resmi"),
        ("the levy for a building approval", "retribusi"),
        ("a factory that pollutes the river", "pencemaran"),
    ],
)
def test_everyday_english_words_of_service_questions_cross_the_bridge(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert indonesian in normaliser.normalise(english)
