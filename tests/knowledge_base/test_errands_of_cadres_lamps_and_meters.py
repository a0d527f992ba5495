"""Becoming a cadre is another errand than the service the cadres run, asking for a new
lamp another than reporting a broken one, and moving a water meter another than a new
connection: each entry answers only the errand it speaks of."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: jadwal-posbindu
          agency: dinkes
          questions:
            - Kapan jadwal posbindu untuk cek tensi dan gula darah?
          keywords: [jadwal posbindu, kader posbindu]
          answer: Posbindu buka tiap Kamis minggu kedua di balai desa; kader mencatat
            tensi, gula darah dan berat badan.
        - id: lampu-taman-padam
          agency: perkim
          questions:
            - Ke mana melapor lampu taman yang padam?
          keywords: [lampu taman padam, lampu taman mati]
          answer: Laporkan nomor tiang lampu taman yang padam ke UPT pertamanan; petugas
            mengganti bohlam dalam tiga hari kerja.
        - id: lampu-taman-usul
          agency: perkim
          questions:
            - Bagaimana mengusulkan pemasangan lampu taman di lingkungan kami?
          keywords: [usul lampu taman, pasang lampu taman]
          answer: Ketua RT mengajukan surat usulan pemasangan ke dinas perkim beserta
            denah lokasi.
        - id: sambungan-air
          agency: pdam
          questions:
            - Bagaimana cara pasang sambungan air bersih baru?
          keywords: [sambungan baru, pasang meteran air]
          answer: Daftar di kantor PDAM dengan KTP dan denah rumah; biaya pasang Rp1.200.000
            termasuk meteran.
        """
    )


def test_moving_a_meter_is_not_answered_by_a_new_connection(matcher: Matcher) -> None:
    text = "meteran air saya mau pindah ke samping rumah, biaya geser meteran berapa"
    assert matcher.match(text).intent is not Intent.FAQ


def test_becoming_a_cadre_is_not_answered_by_the_schedule(matcher: Matcher) -> None:
    assert matcher.match("cara daftar jadi kader posbindu gimana").intent is not Intent.FAQ


def test_a_new_lamp_goes_to_the_entry_on_installing_one(matcher: Matcher) -> None:
    result = matcher.match("taman di gang kami gelap, bagaimana minta lampu baru")
    assert result.entry_id != "lampu-taman-padam"


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("jadwal posbindu bulan ini kapan", "jadwal-posbindu"),
        ("lampu taman padam lapor ke mana", "lampu-taman-padam"),
        ("pasang sambungan air baru syaratnya apa", "sambungan-air"),
    ],
)
def test_the_entry_s_own_question_is_still_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)
