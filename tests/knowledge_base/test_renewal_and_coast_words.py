"""A permit that runs out asks its renewal (the validity facet), and the everyday words
of the coast, the islands and the countryside reach the entries that use their
Indonesian names. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser
from tests.knowledge_base.invented_kb import invented_matcher

MOORING = """
    - id: izin-tambat-syarat
      agency: x
      questions:
        - Apa syarat mengurus izin tambat perahu di dermaga desa?
        - izin tambat perahu harus bawa dokumen apa
        - berkas izin tambat apa saja
      keywords: [syarat izin tambat, izin tambat perahu]
      answer: Bawa KTP, foto perahu dan surat keterangan dari kepala dusun ke kantor desa.
    - id: izin-tambat-perpanjang
      agency: x
      questions:
        - Bagaimana memperpanjang izin tambat perahu yang masa berlakunya habis?
        - izin tambat perahu berlaku berapa lama
        - izin tambat perahu mati, perpanjangnya ke mana
      keywords: [perpanjang izin tambat, izin tambat habis]
      answer: Izin tambat berlaku setahun; perpanjang di kantor desa dengan izin lama dan KTP.
    - id: izin-tambat-biaya
      agency: x
      question: Berapa biaya izin tambat perahu?
      keywords: [biaya izin tambat]
      answer: Izin tambat tidak dipungut biaya.
    """


def _normalise(text: str) -> str:
    return Normaliser(default_lexicon()).normalise(text)


def test_a_permit_that_runs_out_asked_with_what_to_bring_is_its_renewal() -> None:
    matcher = invented_matcher(MOORING)
    result = matcher.match("izin tambat perahu saya sudah habis, harus bawa apa")
    assert result.entry_id == "izin-tambat-perpanjang"


def test_a_permit_renewed_is_asked_of_the_renewal_not_the_first_requirements() -> None:
    matcher = invented_matcher(MOORING)
    result = matcher.match("izin tambat perahu bapak bisa diperpanjang gak, syaratnya apa")
    assert result.entry_id == "izin-tambat-perpanjang"


def test_the_first_requirements_still_answer_a_plain_question_of_what_to_bring() -> None:
    matcher = invented_matcher(MOORING)
    assert matcher.match("izin tambat perahu syaratnya apa aja").entry_id == "izin-tambat-syarat"


def test_a_permit_that_runs_out_in_english_is_a_permit_that_expires() -> None:
    assert "habis" in _normalise("my mooring permit runs out soon").split()


def test_coast_words_read_as_their_indonesian_names() -> None:
    assert _normalise("the boat to the island").split()[-4:] == ["kapal", "to", "the", "pulau"]
    assert "terdampar" in _normalise("a turtle washed up on the shore").split()
    assert "pemandu wisata" in _normalise("how to become a licensed tour guide")
    assert "lelang ikan" in _normalise("fish auction buyer card")


def test_late_before_a_relative_is_no_lateness() -> None:
    assert "almarhum ayah" in _normalise("my late father's land certificate")


def test_eastern_indonesian_pronouns_and_aspect_are_read() -> None:
    assert _normalise("sa su lapor tapi belum ada balasan").split()[:2] == ["saya", "sudah"]


def test_a_requirement_spelt_without_its_y_is_a_requirement() -> None:
    assert _normalise("sarat bikin kartu nelayan apa").split()[0] == "syarat"


def test_kol_and_kubis_are_one_vegetable() -> None:
    assert _normalise("bibit kol") == _normalise("bibit kubis")


def test_a_hamlet_is_a_dusun_and_a_house_falling_apart_is_damaged() -> None:
    assert "dusun" in _normalise("when is the baby clinic in our hamlet").split()
    assert "rusak" in _normalise("our wooden house is falling apart").split()
