"""Money an official took for a favour or with no receipt, questioned by pointing back at
it ("..., boleh itu?", "kok gitu sih"), disputes the event told: a complaint; an
overcharge against a posted tariff, or a rule asked in general, stays a question. A
writer who says what they want, after saying what they do not want or with what it is
for ("bukan mau X, cuma butuh Y", "mau ajukan Z supaya tidak ..."), asks for a service.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import default_signals
from knowledge_base.complaint_reproach import disputes_told, pays_irregularly
from knowledge_base.complaint_shape import ends_requesting
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.phrases import spaced
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: surat-domisili
  agency: kecamatan
  questions:
    - Bagaimana cara mengurus surat domisili?
    - syarat surat domisili
  keywords: [surat domisili]
  answer: Surat domisili diurus di kantor desa dengan KTP dan KK, gratis.
- id: retribusi-pasar
  agency: dinas perdagangan
  questions:
    - Berapa retribusi lapak pasar?
    - retribusi pasar harian
  keywords: [retribusi pasar, lapak pasar]
  answer: Retribusi lapak pasar Rp3.000 per hari, dengan karcis resmi.
- id: kartu-nelayan
  agency: dinas perikanan
  questions:
    - Bagaimana cara membuat kartu nelayan?
    - syarat kartu nelayan
  keywords: [kartu nelayan]
  answer: Kartu nelayan dibuat di dinas perikanan dengan KTP dan foto perahu, gratis.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize(
    "text",
    [
        "perangkat desa minta 150 ribu biar surat domisili cepat jadi, boleh itu?",
        "petugas pasar minta bayar tunai tanpa kuitansi tiap pagi, bolehkah itu?",
        "staf desa minta 100 ribu supaya surat domisili saya didahulukan. kok gitu sih",
    ],
)
def test_money_for_a_favour_questioned_by_pointing_back_is_a_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent == Intent.COMPLAINT


@pytest.mark.parametrize(
    ("text", "disputed", "irregular"),
    [
        ("penarik retribusi minta lima ribu padahal di karcis tiga ribu itu boleh", True, False),
        ("apakah petugas boleh minta biaya untuk surat domisili", False, False),
        ("petugas minta uang biar cepat bagaimana ini", True, True),
    ],
)
def test_an_overcharge_or_a_rule_asked_is_no_favour_disputed(
    text: str, disputed: bool, irregular: bool
) -> None:
    spaced_text = spaced(text.split(" "))
    assert disputes_told(spaced_text) is disputed
    assert pays_irregularly(spaced_text) is irregular


@pytest.mark.parametrize(
    "text",
    [
        "bukan mau kerja ke kota, cuma butuh kartu nelayan buat melaut",
        "kami mau ajukan kartu nelayan supaya tidak ditolak waktu beli solar",
        "sekarang butuh kartu nelayan buat beli solar",
    ],
)
def test_what_the_writer_wants_after_what_they_do_not_or_what_it_is_for_is_a_request(
    text: str,
) -> None:
    assert ends_requesting(spaced(text.split(" ")), default_signals())


@pytest.mark.parametrize(
    "text",
    [
        "mau urus surat domisili supaya cepat, tapi petugasnya tidak pernah ada",
        "beli ikan sekilo di pasar, ditimbang di rumah ternyata kurang",
    ],
)
def test_a_request_that_then_goes_wrong_or_a_purchase_told_is_no_request(text: str) -> None:
    words = text.replace(",", "").split(" ")
    assert not ends_requesting(spaced(words), default_signals())
