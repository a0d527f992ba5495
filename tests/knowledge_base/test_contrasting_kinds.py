"""A message naming one thing of a kind (a disease, a place, a document ...) is not
answered with an entry about another thing of that kind that never speaks to the
message's: "vaksin polio" is no livestock vaccination. Names of one thing, group names
and things the entry only mentions keep their answers. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.decision import Thresholds
from knowledge_base.kinds import message_things, other_thing
from knowledge_base.matcher import Matcher, MatcherConfig
from tests.knowledge_base.invented_kb import invented_kb, invented_matcher

# both guards off: the KB's own compounds (see qualifiers) also tell polio from anthrax
OFF = MatcherConfig(thresholds=Thresholds(contrasting_kinds=False, other_qualifiers=False))

KB = """
    - id: vaksin-hewan
      agency: peternakan
      question: Kapan jadwal vaksinasi antraks untuk hewan ternak?
      keywords: [vaksin antraks, vaksinasi ternak]
      answer: Petugas keswan menyuntik sapi, kambing dan domba setiap bulan Maret di
        kandang warga, tanpa biaya.
    - id: periksa-dbd
      agency: dinkes
      question: Di mana tempat periksa demam berdarah gratis?
      keywords: [tes demam berdarah]
      answer: Tes darah untuk DBD gratis di laboratorium daerah dengan rujukan dokter.
    - id: imunisasi-campak
      agency: dinkes
      question: Kapan jadwal imunisasi campak untuk balita?
      keywords: [imunisasi campak]
      answer: Imunisasi campak diberikan pada bayi usia 9 bulan dan 18 bulan.
    - id: tiket-kolam-renang
      agency: pariwisata
      question: Berapa harga tiket masuk kolam renang daerah?
      keywords: [tiket kolam renang]
      answer: Tiket masuk Rp10.000 untuk dewasa dan Rp5.000 untuk anak.
    - id: mobil-siaga
      agency: dinkes
      question: Nomor mobil siaga untuk mengantar warga sakit berapa?
      keywords: [mobil siaga desa]
      answer: Hubungi 0800-111; mobil siaga mengantar warga ke puskesmas terdekat.
    - id: irigasi-rusak
      agency: pupr
      question: Bagaimana cara melaporkan saluran irigasi yang rusak?
      keywords: [irigasi rusak]
      answer: Laporkan lokasi dan foto kerusakan ke UPT pengairan kecamatan.
    - id: beasiswa-siswa
      agency: disdik
      questions:
        - Bagaimana cara mendaftar beasiswa siswa miskin?
        - cara daftar beasiswa untuk anak sd
      keywords: [beasiswa siswa miskin]
      answer: Sekolah mengusulkan siswa dari keluarga miskin lewat aplikasi dapodik.
    """


def test_a_disease_the_entry_never_names_is_not_answered_with_another_disease() -> None:
    kb = invented_kb(KB)
    plain = Matcher(kb, OFF)
    matcher = Matcher(kb)
    for text, other in (
        ("vaksin polio jadwalnya kapan", "vaksin-hewan"),
        ("kapan jadwal imunisasi polio untuk balita?", "imunisasi-campak"),
        ("tempat periksa hepatitis gratis di mana", "periksa-dbd"),
    ):
        assert plain.match(text).entry_id == other, text  # the words alone answer it
        result = matcher.match(text)
        assert result.entry_id is None, text
        assert other in result.suggestions, text


def test_a_place_the_entry_never_names_is_not_answered_with_another_place() -> None:
    kb = invented_kb(KB)
    text = "harga tiket masuk kebun binatang daerah berapa"
    assert Matcher(kb, OFF).match(text).entry_id == "tiket-kolam-renang"
    assert Matcher(kb).match(text).entry_id is None


def test_a_public_work_the_entry_never_names_is_not_answered_with_another() -> None:
    kb = invented_kb(KB)
    text = "bagaimana cara melaporkan jembatan yang rusak?"
    assert Matcher(kb, OFF).match(text).entry_id == "irigasi-rusak"
    assert Matcher(kb).match(text).entry_id is None


def test_another_name_of_the_entry_s_thing_is_answered() -> None:
    matcher = invented_matcher(KB)
    assert matcher.match("tempat tes dengue gratis di mana").entry_id == "periksa-dbd"
    assert matcher.match("jadwal imunisasi cacar buat balita").entry_id == "imunisasi-campak"


def test_a_message_naming_the_entry_s_thing_too_is_answered() -> None:
    matcher = invented_matcher(KB)
    text = "harga tiket kolam renang di samping stadion berapa"
    assert matcher.match(text).entry_id == "tiket-kolam-renang"


def test_a_group_the_entry_names_speaks_to_each_of_its_things() -> None:
    matcher = invented_matcher(KB)
    # "ternak" covers buffaloes though the entry names only cattle, goats and sheep
    assert matcher.match("jadwal vaksin antraks buat kerbau").entry_id == "vaksin-hewan"


def test_a_group_of_places_speaks_to_each_place_and_a_single_place_to_itself() -> None:
    parks = """
    - id: tiket-wisata
      agency: pariwisata
      question: Berapa harga tiket masuk pantai daerah?
      keywords: [tiket pantai]
      answer: Tiket semua objek wisata milik daerah Rp5.000, bayar di loket masuk.
    - id: izin-usaha
      agency: dpmptsp
      question: Bagaimana cara mengurus izin usaha mikro?
      answer: Daftar NIB lewat OSS.
    """
    kb = invented_kb(parks)
    # "objek wisata" in the answer covers a waterfall; a library is no tourist spot
    assert Matcher(kb).match("berapa harga tiket masuk air terjun daerah?").entry_id == (
        "tiket-wisata"
    )
    text = "berapa harga tiket masuk perpustakaan daerah?"
    assert Matcher(kb, OFF).match(text).entry_id == "tiket-wisata"
    assert Matcher(kb).match(text).entry_id is None


def test_the_entry_s_own_disease_asked_for_another_animal_is_answered() -> None:
    matcher = invented_matcher(KB)
    # the message names the anthrax the entry is about: the animal is a detail
    assert matcher.match("jadwal vaksin antraks buat anjing").entry_id == "vaksin-hewan"


def test_a_document_for_the_entry_s_vessel_is_still_another_document() -> None:
    boats = """
    - id: pas-kecil
      agency: perhubungan
      question: Bagaimana cara mengurus pas kecil untuk perahu nelayan?
      keywords: [pas kecil perahu]
      answer: Bawa KTP dan bukti milik perahu ke kantor syahbandar.
    - id: jadwal-kapal
      agency: perhubungan
      question: Jam berapa kapal penyeberangan berangkat?
      answer: Kapal berangkat pukul 07.00 dan 13.00.
    """
    kb = invented_kb(boats)
    text = "cara mengurus surat ukur buat perahu nelayan"
    assert Matcher(kb, OFF).match(text).entry_id == "pas-kecil"
    assert Matcher(kb).match(text).entry_id is None
    # its own document asked with a place it never names stands
    assert Matcher(kb).match("cara mengurus pas kecil buat perahu di pelabuhan").entry_id == (
        "pas-kecil"
    )


def test_another_membership_of_the_entry_s_insurance_is_another_thing() -> None:
    insurance = """
    - id: bpjs-gratis
      agency: dinsos
      question: Bagaimana cara daftar BPJS PBI yang iurannya dibayar pemerintah?
      keywords: [bpjs pbi]
      answer: Usulkan lewat desa; iuran ditanggung APBD bagi warga tidak mampu.
    - id: rujukan
      agency: dinkes
      question: Bagaimana cara minta rujukan ke rumah sakit?
      answer: Minta surat rujukan di puskesmas tempat terdaftar.
    """
    kb = invented_kb(insurance)
    text = "bagaimana cara daftar bpjs mandiri yang iurannya dibayar sendiri?"
    assert Matcher(kb, OFF).match(text).entry_id == "bpjs-gratis"
    assert Matcher(kb).match(text).entry_id is None


def test_a_thing_the_entry_only_mentions_or_gives_as_an_example_withholds_nothing() -> None:
    kb = invented_kb(KB)
    index = Matcher(kb).index
    # the answer's health centre and the second question's primary school are examples,
    # not what the entries are about
    for text, position in (
        ("nomor mobil siaga buat antar ke rumah sakit", 4),
        ("cara daftar beasiswa siswa miskin anak smp", 6),
    ):
        tokens = index.normaliser.tokens(text)
        assert message_things(index, tokens), text
        assert other_thing(index, tokens, position) is None, text
