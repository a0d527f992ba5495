"""Errands an entry on the same thing never deals with: putting a tax bill or a
certificate in the buyer's name, the police permit for a crowd, what an official earns,
paying a bill in parts, changing a name in a record, the licence to open a stall.
And a restaurant's tax ("pajak rumah makan") is not the house tax PBB."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: pecah-pbb
          agency: bapenda
          questions:
            - Bagaimana cara memecah SPPT PBB bila sebagian tanah dijual?
          keywords: [pecah sppt, pemecahan nop]
          answer: Ajukan pemecahan objek PBB ke Bapenda dengan KTP, SPPT dan akta jual beli.
        - id: pilkades
          agency: dpmd
          questions:
            - Kapan pilkades serentak dan siapa yang boleh memilih?
            - pilkades tahun depan bulan apa
          keywords: [pilkades serentak, jadwal pilkades, hak pilih kades]
          answer: Pilkades serentak dijadwalkan bulan Juni. Pemilih adalah penduduk desa
            berusia 17 tahun yang terdaftar di daftar pemilih.
        - id: pantai
          agency: dispar
          questions:
            - Jam berapa pantai wisata buka dan apa aturannya?
            - boleh kemah di pantai ga
          keywords: [jam buka pantai, aturan pantai, kemah di pantai]
          answer: Pantai wisata buka pukul 06.00-18.00. Berkemah hanya di area kemah dengan
            izin pos jaga. Dilarang membawa minuman keras.
        - id: pajak-warung-makan
          agency: bapenda
          question: Apakah warung dan rumah makan wajib memungut pajak restoran?
          keywords: [pajak restoran, pajak rumah makan]
          answer: Rumah makan beromzet di atas Rp5 juta sebulan memungut pajak 10%.
        - id: pbb-tagihan
          agency: bapenda
          questions:
            - Bagaimana cara cek tagihan PBB?
            - tunggakan pbb saya berapa
          keywords: [cek pbb, tagihan pbb]
          answer: Cek tagihan PBB dengan NOP di situs Bapenda atau di kantor Bapenda.
        - id: akta-lahir
          agency: disdukcapil
          question: Apa syarat membuat akta kelahiran?
          keywords: [akta kelahiran, akta lahir]
          answer: Bawa surat keterangan lahir, KK dan buku nikah orang tua ke Disdukcapil.
        """
    )


@pytest.mark.parametrize(
    "message",
    [
        "rumah yang kami beli, sppt-nya masih nama penjual, cara ganti ke nama kami?",
        "sppt masih atas nama pemilik lama, cara gantinya gimana",
        "mau adain pentas band di pantai, izin keramaiannya ngurus ke mana",
        "izin keramaian buat konser di pantai",
        "gaji kepala desa sebulan berapa",
        "kades gajinya berapa per bulan",
        "tunggakan pbb banyak, bisa dicicil ga?",
        "ganti nama anak di akta kelahiran gimana caranya",
        "izin buka warung di pinggir pantai ke siapa",
        "izin berjualan di pantai ngurus di mana",
    ],
)
def test_an_errand_the_entry_never_deals_with_is_not_answered(
    matcher: Matcher, message: str
) -> None:
    assert matcher.match(message).intent is not Intent.FAQ


def test_a_restaurant_s_tax_is_not_read_as_the_house_tax(matcher: Matcher) -> None:
    assert "pbb" not in matcher.normalise("pajak rumah makan berapa persen").split()
    assert "pbb" in matcher.normalise("pajak rumah saya belum dibayar").split()


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("sppt mau dipecah karena separuh tanah dijual, caranya gimana", "pecah-pbb"),
        ("pantai buka sampai jam berapa", "pantai"),
        ("pilkades tahun ini kapan ya", "pilkades"),
        ("pajak rumah makan berapa persen", "pajak-warung-makan"),
        ("cek tagihan pbb gimana", "pbb-tagihan"),
        ("syarat akta kelahiran apa", "akta-lahir"),
    ],
)
def test_the_entry_s_own_question_is_still_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)
