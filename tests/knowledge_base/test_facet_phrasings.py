"""What a message's words ask, read narrowly enough: how long a service takes is not
the deadline for it, and a service called free ("pelatihan gratis", "free training")
names the service rather than asking about a fee. An entry whose questions call its
service free still speaks to the cost."""

from __future__ import annotations

from knowledge_base.facets import entry_facets, word_forms
from knowledge_base.matcher import Matcher
from tests.knowledge_base.invented_kb import invented_matcher

TRAINING = """
- id: pelatihan-umkm
  agency: dinas-koperasi
  questions:
    - Bagaimana cara ikut pelatihan untuk pelaku UMKM?
    - kelas pemasaran online buat usaha mikro daftarnya gimana
  keywords: [pelatihan umkm, kelas usaha mikro]
  answer: Daftar lewat formulir dinas koperasi, kelas diadakan setiap bulan.
- id: sertifikat-halal-umkm
  agency: dinas-koperasi
  questions:
    - Bagaimana mendapatkan sertifikat halal gratis dan pelatihan produk halal untuk UMKM?
    - sertifikat halal buat usaha mikro bayar berapa
  keywords: [sertifikat halal gratis, halal usaha mikro]
  answer: Ajukan lewat pendamping halal di dinas koperasi dengan NIB dan foto produk.
- id: perpanjang-sim
  agency: satlantas
  questions:
    - Bagaimana cara memperpanjang SIM di satpas?
    - perpanjang sim a gimana caranya
  keywords: [perpanjang sim, perpanjangan sim]
  answer: Datang ke satpas dengan SIM lama dan KTP, ikuti tes kesehatan, SIM baru dicetak hari itu.
- id: perpanjang-sim-batas-waktu
  agency: satlantas
  questions:
    - Kapan batas waktu memperpanjang SIM sebelum harus bikin baru?
    - tenggat perpanjang sim kapan
  keywords: [batas waktu perpanjang sim, tenggat sim]
  answer: SIM diperpanjang sebelum tanggal habis berlakunya; lewat dari itu membuat SIM baru.
"""


def _asked(matcher: Matcher, text: str) -> frozenset[str]:
    index = matcher.index
    return entry_facets(index).asked(word_forms(index.normaliser, matcher.analyse(text).tokens))


def test_how_long_a_service_takes_asks_the_duration_not_the_deadline() -> None:
    matcher = invented_matcher(TRAINING)
    assert _asked(matcher, "berapa lama prosesnya") == frozenset({"duration"})
    assert _asked(matcher, "how long does it take") == frozenset({"duration"})
    deadline = _asked(matcher, "kapan batas waktu pengembaliannya")
    assert "deadline" in deadline
    assert "duration" not in deadline
    assert "deadline" in _asked(matcher, "is there a deadline to pay")


def test_an_old_address_or_an_old_owner_asks_no_duration() -> None:
    matcher = invented_matcher(TRAINING)
    assert "duration" not in _asked(matcher, "ktp saya masih pakai alamat lama")
    assert "duration" not in _asked(matcher, "sertifikat masih atas nama pemilik lama")


def test_whether_a_card_is_still_usable_asks_its_validity() -> None:
    matcher = invented_matcher(TRAINING)
    assert "validity" in _asked(matcher, "sim saya bikin 2019, sekarang masih kepake ga")
    assert "validity" in _asked(matcher, "surat domisili lama masih dipakai tidak ya")
    assert "validity" not in _asked(matcher, "ktp saya masih pakai alamat lama")


def test_how_long_a_renewal_takes_keeps_the_renewal_ahead_of_its_deadline() -> None:
    result = invented_matcher(TRAINING).match("berapa lama proses perpanjang sim")
    assert result.suggestions[:1] == ("perpanjang-sim",) or (result.entry_id == "perpanjang-sim")


def test_a_service_called_free_asks_no_cost() -> None:
    matcher = invented_matcher(TRAINING)
    assert "cost" not in _asked(matcher, "free training for small business owners")
    assert "cost" not in _asked(matcher, "pelatihan gratis buat pedagang kecil")


def test_asking_whether_a_service_is_free_asks_the_cost() -> None:
    matcher = invented_matcher(TRAINING)
    assert "cost" in _asked(matcher, "pelatihannya gratis ga")
    assert "cost" in _asked(matcher, "apakah gratis")
    assert "cost" in _asked(matcher, "bayar atau gratis")
    assert "cost" in _asked(matcher, "is it free")


def test_an_entry_calling_its_service_free_speaks_to_the_cost() -> None:
    matcher = invented_matcher(TRAINING)
    profiles = entry_facets(matcher.index).profiles
    assert profiles[1]["cost"] > 0  # "sertifikat halal gratis" in its first question


def test_free_training_goes_to_the_training_not_to_a_free_certificate() -> None:
    result = invented_matcher(TRAINING).match("free training for small business owners")
    assert result.entry_id == "pelatihan-umkm"


def test_changing_a_name_asks_no_replacement_but_a_replacement_card_does() -> None:
    matcher = invented_matcher(TRAINING)
    assert "replacement" not in _asked(matcher, "nama di tagihan mau diganti ke nama saya")
    assert "replacement" not in _asked(matcher, "mau mengganti faskes ke puskesmas dekat rumah")
    assert "replacement" in _asked(matcher, "cara dapat kartu pengganti")
    assert "replacement" in _asked(matcher, "i need a replacement card")


PREPARED = """
- id: izin-penginapan-rumah
  agency: dinas-pariwisata
  questions:
    - Bagaimana cara mendaftarkan rumah sebagai penginapan wisata?
  keywords: [penginapan rumah, pondok wisata]
  answer: Siapkan KTP, bukti kepemilikan rumah, dan foto kamar, lalu daftar di dinas pariwisata.
- id: jam-layanan-dinas-pariwisata
  agency: dinas-pariwisata
  questions:
    - Jam berapa kantor dinas pariwisata buka?
  answer: Senin sampai Jumat pukul delapan sampai empat sore.
"""


def test_an_answer_telling_what_to_prepare_speaks_to_the_requirements() -> None:
    answers = entry_facets(invented_matcher(PREPARED).index).answers
    assert "requirements" in answers[0]
    assert "requirements" not in answers[1]


def test_what_must_be_prepared_asks_the_requirements_but_being_ready_does_not() -> None:
    matcher = invented_matcher(PREPARED)
    assert "requirements" in _asked(matcher, "apa yang harus disiapkan buat daftar penginapan")
    assert "requirements" not in _asked(matcher, "surat izinnya sudah siap diambil belum")
