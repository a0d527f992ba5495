"""A long story whose details lead the message as written elsewhere ("notaris bilang
harus bayar pajak dulu" reads as a tax on something else, "meninggal" as a death
certificate) is answered on its question, asked in the last sentence and about the
story's subject ("warisan")."""

from __future__ import annotations

from knowledge_base.decision import Intent
from tests.knowledge_base.invented_kb import invented_matcher

LAND_TAX = """
- id: bea-warisan
  agency: bapenda
  questions:
    - Apakah tanah warisan kena bea perolehan hak?
    - berapa batas nilai bebas bea untuk warisan
  keywords: [bea perolehan warisan, bphtb waris]
  answer: Perolehan karena waris kena BPHTB dengan nilai tidak kena pajak lebih tinggi.
- id: pajak-warung
  agency: bapenda
  questions:
    - Apakah warung makan wajib bayar pajak restoran?
    - cara bayar pajak warung makan
  keywords: [pajak restoran, pajak rumah makan]
  answer: Warung dengan omzet di atas batas wajib memungut pajak restoran 10 persen.
- id: sertifikat-tanah
  agency: bpn
  question: Bagaimana cara membuat sertifikat tanah pertama kali?
  keywords: [sertifikat tanah, ptsl]
  answer: Daftarkan tanah ke kantor pertanahan dengan membawa bukti kepemilikan.
- id: akta-kematian
  agency: disdukcapil
  question: Syarat mengurus akta kematian apa saja?
  keywords: [akta kematian]
  answer: Bawa surat keterangan kematian dari desa dan KK.
"""

STORY = (
    "Ayah mertua saya wafat musim kemarau lalu dan meninggalkan kebun kopi untuk istri "
    "saya dan adiknya. Kami mau membalik nama kebun itu, tapi pak notaris bilang harus "
    "bayar pajak dulu ke kabupaten sebelum aktanya bisa jalan. "
)


def test_a_story_told_before_the_question_is_answered_on_the_question() -> None:
    matcher = invented_matcher(LAND_TAX)
    text = STORY + "Benarkah warisan juga dikenai bea, dan adakah batas nilai yang bebas?"
    result = matcher.match(text)
    assert result.intent is Intent.FAQ
    assert result.entry_id == "bea-warisan"


def test_a_question_naming_nothing_the_kb_has_is_not_answered_from_the_story() -> None:
    matcher = invented_matcher(LAND_TAX)
    text = STORY + "Benarkah peninggalan orang tua juga dikenai, dan adakah keringanan?"
    assert matcher.match(text).intent is not Intent.FAQ
