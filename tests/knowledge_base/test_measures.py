"""A measure asked ("berapa liter", "persennya berapa") that the entry never gives is
offered, not answered; an entry whose texts give it, as a word or as a symbol after a
figure, still answers."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: tangki-air-desa
          agency: bpbd
          questions:
            - Bagaimana desa meminta kiriman tangki air bersih saat kemarau?
            - minta tangki air bersih ke bpbd gimana
          keywords: [tangki air bersih, kiriman air]
          answer: Kepala desa mengirim surat permohonan ke BPBD; tangki dikirim sesuai
            jadwal giliran desa.
        - id: pajak-kos
          agency: bapenda
          questions:
            - Bagaimana mendaftarkan rumah kos sebagai wajib pajak?
          keywords: [pajak kos, daftar pajak kos]
          answer: Pemilik kos mendaftar di kantor Bapenda dengan KTP dan bukti kepemilikan.
        - id: pajak-parkir
          agency: bapenda
          questions:
            - Berapa tarif pajak parkir swasta?
          keywords: [pajak parkir]
          answer: Pajak parkir swasta 10% dari pendapatan parkir, dilaporkan tiap bulan.
        - id: bak-sampah
          agency: dlh
          questions:
            - Berapa ukuran bak sampah yang wajib disediakan ruko?
          keywords: [bak sampah ruko]
          answer: Ruko wajib menyediakan bak sampah tertutup berukuran 1 x 1 m di depan
            bangunan.
        - id: retribusi-lapak
          agency: disdag
          questions:
            - Berapa retribusi lapak pasar malam?
          keywords: [retribusi lapak, lapak pasar malam]
          answer: Retribusi lapak pasar malam Rp5.000 per malam, dibayar ke petugas pasar.
        """
    )


@pytest.mark.parametrize(
    "message",
    [
        "tangki air bersih dari bpbd tiap rumah dapat berapa liter?",
        "pajak kos itu berapa persen dari sewa kamar",
        "pajak kos persennya berapa",
        "how many litres of clean water does each house get from the bpbd tank",
        "pajak kos brp persen",
        "pipa buat tangki air bersih di desa bagusnya berapa inci?",
    ],
)
def test_a_measure_the_entry_never_gives_is_not_answered(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    assert result.suggestions


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("pajak parkir swasta berapa persen", "pajak-parkir"),
        ("bak sampah ruko harus berapa meter", "bak-sampah"),
        ("retribusi lapak pasar malam per meter berapa", "retribusi-lapak"),
        ("cara minta tangki air bersih ke bpbd", "tangki-air-desa"),
        ("daftar pajak kos di mana", "pajak-kos"),
    ],
)
def test_an_entry_giving_the_measure_or_asked_no_measure_still_answers(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)
