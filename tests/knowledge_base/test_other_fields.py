"""A word of a field no public service answers (a football match, a film, a
sweetheart) that the best entry never uses: the entry shares a word with the message
only in another sense, and is offered, not answered. An entry that speaks of the word
answers as before."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from knowledge_base.other_fields import field_words
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: rekomendasi-damkar
          agency: damkar
          question: Bagaimana cara mendapat rekomendasi proteksi kebakaran untuk gedung?
          keywords: [rekomendasi damkar, proteksi kebakaran]
          answer: Ajukan ke Dinas Damkar dengan gambar gedung; petugas memeriksa alat pemadam.
        - id: kartu-pencari-kerja
          agency: disnaker
          questions:
            - Bagaimana cara membuat kartu kuning AK1?
            - apa itu kartu kuning
          keywords: [kartu kuning, ak1]
          answer: Kartu kuning dibuat di Disnaker dengan KTP, ijazah dan pas foto.
        - id: izin-bioskop
          agency: dpmptsp
          question: Apa syarat izin usaha bioskop?
          keywords: [izin bioskop]
          answer: Izin usaha bioskop diajukan lewat OSS; pemutaran film wajib lulus sensor.
        """
    )


@pytest.mark.parametrize(
    "message",
    [
        "kartu kuning di sepak bola itu artinya apa",
        "buatkan surat lamaran kerja pakai kartu kuning",
    ],
)
def test_a_word_of_another_field_keeps_the_entry_from_answering(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    assert result.suggestions[:1] == ("kartu-pencari-kerja",)


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("kartu kuning dibuat di mana", "kartu-pencari-kerja"),
        ("rekomendasi proteksi kebakaran buat gedung gimana", "rekomendasi-damkar"),
        ("film di bioskop harus lulus sensor, izin bioskopnya gimana", "izin-bioskop"),
    ],
)
def test_an_entry_without_or_speaking_of_the_word_is_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


@pytest.mark.parametrize(
    "message",
    [
        "rekomendasi film horor yang seru dong",
        "pantun buat pacar yang romantis",
        "tolong buatin surat lamaran kerja",
    ],
)
def test_the_words_of_another_field_are_found(matcher: Matcher, message: str) -> None:
    assert field_words(matcher.index, matcher.analyse(message).tokens)


def test_asking_which_brand_to_buy_is_not_the_service_entry_for_the_thing() -> None:
    """A public service recommends no brand: "which wheelchair brand lasts" is no
    question for the entry lending wheelchairs, while an entry on registering a
    trademark, which speaks of "merek", still answers."""
    matcher = invented_matcher(
        """
        - id: pinjam-kursi-roda
          agency: dinsos
          question: Bagaimana cara meminjam kursi roda untuk lansia?
          keywords: [kursi roda, alat bantu lansia]
          answer: Ajukan ke Dinas Sosial dengan KTP dan surat keterangan dokter.
        - id: daftar-merek-umkm
          agency: diskop
          question: Bagaimana mendaftarkan merek produk UMKM?
          keywords: [daftar merek, hak merek]
          answer: Pendaftaran merek diajukan lewat DJKI dengan pendampingan dinas.
        """
    )
    for message in (
        "kursi roda merk apa yang awet buat kakek",
        "kursi roda lansia yang paling awet",
    ):
        assert matcher.match(message).intent is not Intent.FAQ, message
    assert matcher.match("cara pinjam kursi roda buat lansia").entry_id == "pinjam-kursi-roda"
    assert matcher.match("daftar merek produk umkm gimana").entry_id == "daftar-merek-umkm"


def test_skin_care_a_pets_grooming_and_a_quakes_figures_are_not_the_nearby_service() -> None:
    """Acne shares "hilang" with a lost ID card, a cat's grooming the vet post with its
    rabies shots, an earthquake's magnitude the quake with the evacuation routes; a vet
    entry that grooms still answers a grooming question."""
    matcher = invented_matcher(
        """
        - id: ktp-hilang
          agency: disdukcapil
          question: Bagaimana cara mengurus KTP yang hilang?
          keywords: [ktp hilang, menghilangkan ktp]
          answer: Bawa surat kehilangan dan KK ke Disdukcapil untuk cetak ulang.
        - id: vaksin-rabies
          agency: puskeswan
          question: Kapan vaksin rabies kucing dan anjing di puskeswan?
          keywords: [vaksin rabies, puskeswan kucing]
          answer: Vaksin rabies gratis di puskeswan tiap Senin untuk kucing dan anjing.
        - id: jalur-evakuasi
          agency: bpbd
          question: Di mana jalur evakuasi kalau gempa dan tsunami?
          keywords: [jalur evakuasi, gempa tsunami]
          answer: Ikuti papan jalur evakuasi menuju bukit titik kumpul.
        - id: salon-hewan
          agency: puskeswan
          question: Apakah puskeswan melayani grooming anjing?
          keywords: [grooming anjing, mandi anjing]
          answer: Grooming anjing di puskeswan Rp50.000, daftar di loket.
        """
    )
    for message in (
        "cara menghilangkan jerawat",
        "grooming kucing di puskeswan ada ga",
        "gempa tadi pagi berapa magnitudo dan pusatnya di mana",
    ):
        assert matcher.match(message).intent is not Intent.FAQ, message
    assert matcher.match("cara ngurus ktp hilang").entry_id == "ktp-hilang"
    assert matcher.match("puskeswan melayani grooming anjing?").entry_id == "salon-hewan"
    assert matcher.match("jalur evakuasi gempa di mana").entry_id == "jalur-evakuasi"
