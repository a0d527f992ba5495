"""Three kinds of things whose members are separate services (see data/kinds.tsv):
what is thrown away (bulky items, hazardous or medical waste), what a regency rents
out (a machine, a hall), and cards that carry a fare or money (a bus card, a toll
card). An entry about one is not the answer to a question about another."""

from __future__ import annotations

import pytest

from knowledge_base.kinds import message_things
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: sampah-besar
          agency: dlh
          questions:
            - Bagaimana cara meminta pengangkutan sampah besar seperti kasur atau lemari?
            - buang sofa bekas ke mana
          keywords: [sampah besar, sampah bongkaran]
          answer: Hubungi DLH untuk jadwal angkut sampah besar; biaya sesuai volume.
        - id: sewa-excavator
          agency: pupr
          questions:
            - Apakah warga bisa menyewa alat berat milik Dinas PUPR?
            - Berapa tarif sewa alat berat?
          keywords: [alat berat, sewa alat]
          answer: Alat berat disewakan per jam dengan tarif sesuai perda, ajukan surat ke
            Dinas PUPR.
        - id: kartu-bus-hilang
          agency: dishub
          questions:
            - Apakah saldo kartu bus yang hilang bisa dipindahkan?
            - kartu bus saya hilang, saldonya bisa kembali?
          keywords: [kartu bus hilang]
          answer: Saldo kartu terdaftar dipindah ke kartu baru di loket terminal dengan KTP.
        - id: kartu-perpus
          agency: dispusip
          question: Bagaimana cara membuat kartu anggota perpustakaan daerah?
          keywords: [kartu perpustakaan]
          answer: Datang ke perpustakaan daerah dengan KTP dan isi formulir anggota.
        """
    )


@pytest.mark.parametrize(
    "message",
    [
        "aki bekas sama oli bekas bengkel dibuang ke mana",
        "jarum suntik bekas dari rumah dibuang gimana",
        "sewa gedung pertemuan milik pemda bisa ga",
        "kartu e-toll saya hilang, saldonya bisa balik?",
        "kartu anggota perpusnas bisa dibuat di sini?",
    ],
)
def test_another_thing_of_the_entry_s_kind_is_not_answered_with_it(
    matcher: Matcher, message: str
) -> None:
    assert matcher.match(message).intent is not Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("kasur bekas dibuang ke mana", "sampah-besar"),
        ("sewa excavator berapa per jam", "sewa-excavator"),
        ("kartu bus ilang saldonya gimana", "kartu-bus-hilang"),
        ("bikin kartu perpustakaan daerah gimana", "kartu-perpus"),
    ],
)
def test_the_entry_s_own_thing_is_still_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_the_word_for_rubbish_alone_names_no_kind_of_waste(matcher: Matcher) -> None:
    """'e-waste' reads as 'sampah' without its 'e': such a name would make every
    message about rubbish name electronic waste."""
    tokens = matcher.analyse("tukang sampah komplek tidak mau angkut").tokens
    assert "waste" not in message_things(matcher.index, tokens)
