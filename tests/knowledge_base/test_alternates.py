"""A service's other name is used only where the knowledge base lacks the resident's
name (issue 13): SIUP reaches the NIB entry of a KB that only speaks of NIB, and a KB
that has both keeps them apart. Messages and knowledge bases are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.alternates import kb_alternates
from knowledge_base.decision import Intent
from knowledge_base.lexicon import default_lexicon
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher

ALTERNATES = {
    ("siup",): (("nib",),),
    ("kis",): (("bpjs",), ("jkn",)),
    ("kartu", "berobat"): (("kartu", "bpjs"),),
}


def test_a_name_the_kb_never_uses_becomes_the_one_it_does() -> None:
    table = kb_alternates(ALTERNATES, ["daftar", "nib", "gratis", "jkn"]).table
    assert table[("siup",)] == ("nib",)
    assert table[("kis",)] == ("jkn",)  # the first alternative the KB knows


def test_a_name_the_kb_uses_stays_as_the_resident_wrote_it() -> None:
    table = kb_alternates(ALTERNATES, ["siup", "lama", "nib", "baru", "bpjs"]).table
    assert ("siup",) not in table
    assert table[("kis",)] == ("bpjs",)


def test_a_description_is_replaced_only_when_the_kb_lacks_it_as_a_phrase() -> None:
    lacking = kb_alternates(ALTERNATES, ["kartu", "keluarga", "berobat", "ke", "bpjs"]).table
    assert lacking[("kartu", "berobat")] == ("kartu", "bpjs")
    having = kb_alternates(ALTERNATES, ["hilang", "kartu", "berobat", "bpjs"]).table
    assert ("kartu", "berobat") not in having


def test_no_alternative_is_taken_when_the_kb_lacks_its_words() -> None:
    assert not kb_alternates(ALTERNATES, ["ktp", "kk"]).table


NIB_KB = """\
- id: nib-usaha
  agency: dpmptsp
  questions:
    - Bagaimana cara membuat NIB untuk usaha mikro?
  keywords: [nib, nomor induk berusaha]
  answer: Daftar di OSS dengan NIK. Gratis.

- id: pbb-bayar
  agency: bapenda
  questions:
    - Di mana membayar PBB?
  keywords: [bayar pbb]
  answer: Di bank dan kantor pos.
"""

BOTH_KB = (
    NIB_KB
    + """
- id: siup-lama
  agency: dpmptsp
  questions:
    - Apakah SIUP lama masih berlaku?
  keywords: [siup lama]
  answer: SIUP lama berlaku sampai NIB terbit.
"""
)


def _matcher(tmp_path: Path, text: str) -> Matcher:
    (tmp_path / "kb.yaml").write_text(text, encoding="utf-8")
    return Matcher(load_kb(tmp_path))


@pytest.mark.parametrize("message", ["syarat bikin siup untuk warung", "cara buat siup"])
def test_a_business_licence_by_its_old_name_reaches_the_nib_entry(
    tmp_path: Path, message: str
) -> None:
    result = _matcher(tmp_path, NIB_KB).match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "nib-usaha")


def test_a_kb_with_both_names_keeps_the_old_licence_apart(tmp_path: Path) -> None:
    result = _matcher(tmp_path, BOTH_KB).match("apakah siup lama masih berlaku")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "siup-lama")


def test_a_renamed_environmental_permit_reaches_the_new_name_in_the_shipped_table() -> None:
    table = kb_alternates(default_lexicon().alternates, ["persetujuan", "lingkungan"]).table
    assert table[("izin", "lingkungan")] == ("persetujuan", "lingkungan")
