"""A thing put in another's name in other words than "balik nama" ("diganti atas nama
saya", "alih nama") asks the name-transfer errand (see knowledge_base.errands); chat
forms of voting and a claim, and the official names of a guide and of
fogging, are read as the words a KB uses. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser
from tests.knowledge_base.invented_kb import invented_matcher

STALLS = """
    - id: lapak-sewa
      agency: x
      questions:
        - Bagaimana cara menyewa lapak di pasar malam kecamatan?
        - syarat dapat lapak pasar malam
      keywords: [sewa lapak pasar malam]
      answer: Ajukan permohonan lapak ke pengelola pasar malam dengan KTP.
    - id: lapak-balik-nama
      agency: x
      questions:
        - Bagaimana balik nama lapak pasar malam ke anggota keluarga?
        - lapak pasar malam orang tua mau dibalik nama
      keywords: [balik nama lapak]
      answer: Balik nama lapak diajukan ke pengelola dengan surat persetujuan pemilik lama.
    """


def test_a_stall_put_in_the_residents_name_in_other_words_is_its_name_transfer() -> None:
    matcher = invented_matcher(STALLS)
    text = "lapak pasar malam punya bapak mau diganti atas nama saya, gimana caranya"
    ranked = matcher.ranked(text, matcher.analyse(text))
    assert ranked[0].entry_id == "lapak-balik-nama"
    renting = next(c for c in ranked if c.entry_id == "lapak-sewa")
    assert renting.missing_salient


def _forms(text: str) -> list[str]:
    return Normaliser(default_lexicon()).normalise(text).split()


def test_chat_forms_of_voting_and_claim_are_the_words() -> None:
    assert "mencoblos" in _forms("umur 17 boleh nyoblos")
    assert _forms("klem asuransi sawah")[0] == "klaim"


def test_a_guide_and_fogging_have_their_official_names() -> None:
    assert " ".join(_forms("kursus pramuwisata")) == "kursus pemandu wisata"
    assert _forms("minta kampung diasapi")[-1] == "fogging"
