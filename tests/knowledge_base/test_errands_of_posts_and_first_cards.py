"""Becoming a driver or a parking attendant is another errand than the bus or the parking
fee; an ID card carried off by a flood is a replacement, and a first ID card is no
replacement; what the message says it is not about ("bukan ktp hilang, tapi ...") asks
no errand. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.errands import asserted
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: bus-kota-rute
          agency: dishub
          questions:
            - Apa saja rute dan jam operasional bus kota?
          keywords: [rute bus kota, jadwal bus]
          answer: Bus kota melayani tiga koridor dari pukul 05.30 sampai 21.00.
        - id: tarif-parkir
          agency: dishub
          questions:
            - Berapa tarif parkir tepi jalan untuk motor dan mobil?
          keywords: [tarif parkir, parkir tepi jalan, juru parkir]
          answer: Tarif parkir motor Rp2.000 dan mobil Rp3.000; minta karcis dari juru parkir.
        - id: ktp-rekam-pertama
          agency: disdukcapil
          questions:
            - Apa syarat perekaman KTP-el untuk pertama kali?
          keywords: [rekam ktp, ktp pemula]
          answer: Warga yang berusia 17 tahun membawa KK asli ke kantor Disdukcapil.
        - id: ktp-hilang
          agency: disdukcapil
          questions:
            - Bagaimana mengurus KTP-el yang hilang atau rusak?
          keywords: [ktp hilang, ktp rusak]
          answer: Bawa surat kehilangan dari polisi dan fotokopi KK ke Disdukcapil.
        - id: alamat-ktp
          agency: disdukcapil
          questions:
            - Bagaimana mengubah alamat di KTP setelah pindah rumah?
          keywords: [ubah alamat ktp, pindah alamat]
          answer: Urus surat pindah dulu, lalu KTP dengan alamat baru dicetak ulang.
        """
    )


@pytest.mark.parametrize(
    "text",
    [
        "kalau mau jadi sopir bus kota daftarnya di mana",
        "cara jadi juru parkir resmi, ada pendaftaran?",
        "ktp saya hanyut waktu banjir, cara buat ulang gimana",
    ],
)
def test_an_errand_the_entry_never_speaks_of_is_not_answered(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is not Intent.FAQ


def test_a_first_id_card_is_not_answered_by_the_lost_card_entry(matcher: Matcher) -> None:
    result = matcher.match("anak saya baru 17 tahun, mau rekam ktp pertama kali ke mana")
    assert result.entry_id != "ktp-hilang" or result.intent is not Intent.FAQ


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("ktp saya hilang di pasar, urusnya gimana", "ktp-hilang"),
        ("syarat rekam ktp pertama kali apa", "ktp-rekam-pertama"),
        ("bukan ktp hilang, tapi alamat di ktp mau diubah karena pindah", "alamat-ktp"),
    ],
)
def test_the_entry_speaking_of_the_errand_answers(
    matcher: Matcher, text: str, entry_id: str
) -> None:
    result = matcher.match(text)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("bukan ktp hilang tapi alamat ktp", "alamat ktp"),
        ("bukan pasang baru meteran sudah ada", "baru meteran sudah ada"),
        ("ktp hilang", "ktp hilang"),
    ],
)
def test_what_follows_bukan_up_to_the_contrast_is_no_errand(words: str, kept: str) -> None:
    assert " ".join(asserted(words.split())) == kept
