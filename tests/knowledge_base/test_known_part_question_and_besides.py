"""A short message's known part (see knowledge_base.known_part) and what it sets aside
(see knowledge_base.disowning): a part closed by a question mark is the question when
nothing after it asks; a leader matched on the known part yields to a sibling that
covers the question, which need not name a service the resident has; "selain X" before
a question sets X aside. Invented entries and
messages."""

from __future__ import annotations

from knowledge_base.disowning import disowning_parts
from knowledge_base.known_reading import known_parts
from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

FERRY = """
    - id: jadwal-kapal
      agency: dishub
      questions:
        - Jam berapa kapal penumpang ke pulau berangkat?
        - jadwal kapal penumpang ke pulau
      keywords: [jadwal kapal, jam kapal]
      answer: Kapal penumpang berangkat pukul 07.00 dan 13.00.
    - id: tarif-kapal
      agency: dishub
      questions:
        - Berapa tarif kapal penumpang ke pulau?
      keywords: [tarif kapal, harga tiket kapal]
      answer: Tiket kapal penumpang Rp25.000 sekali jalan.
    """

WASTE = """
    - id: jadwal-angkut-sampah
      agency: dlh
      questions:
        - Kapan jadwal angkut sampah dan jam buang sampah di TPS?
        - sampah rumah diangkut hari apa
      keywords: [angkut sampah, buang sampah]
      answer: Sampah diangkut setiap pagi; buang sampah di TPS pukul 18.00 sampai 05.00.
    - id: sampah-besar
      agency: dlh
      questions:
        - Bagaimana membuang sampah dapur atau rumah yang besar seperti ranjang bekas?
      keywords: [sampah besar, ranjang bekas]
      answer: Sampah besar dijemput petugas setelah mendaftar lewat aplikasi.
    """

PERMITS = """
    - id: nib-usaha
      agency: x
      questions:
        - Bagaimana cara membuat NIB usaha warung makan lewat OSS?
        - bikin nib warung online
      keywords: [nib, oss, nomor induk berusaha]
      answer: NIB dibuat sendiri lewat OSS dengan NIK, gratis.
    - id: wajib-pajak-warung
      agency: x
      questions:
        - Bagaimana mendaftar sebagai wajib pajak warung makan?
        - daftar npwpd warung makan di mana
      keywords: [npwpd, pajak warung makan]
      answer: Pendaftaran wajib pajak warung makan di kantor pajak daerah dengan KTP.
    - id: sewa-tenda
      agency: x
      question: Bagaimana menyewa tenda kecamatan untuk acara?
      keywords: [sewa tenda]
      answer: Tenda disewa di kantor kecamatan.
    """

GUIDES = """
    - id: sertifikat-pemandu-syarat
      agency: dispar
      question: Apa syarat mendapatkan sertifikat pemandu wisata?
      keywords: [syarat sertifikat pemandu, sertifikat pemandu]
      answer: Syaratnya KTP, ijazah SMA, dan surat keterangan pelatihan.
    - id: ujian-pemandu-jadwal
      agency: dispar
      question: Kapan jadwal ujian sertifikasi pemandu wisata?
      keywords: [jadwal ujian pemandu, ujian pemandu]
      answer: Ujian sertifikasi pemandu dibuka setiap Maret dan September.
    - id: sewa-tenda
      agency: kecamatan
      question: Bagaimana menyewa tenda kecamatan untuk acara?
      keywords: [sewa tenda]
      answer: Tenda disewa di kantor kecamatan.
    """

TAXES = """
    - id: pajak-bayar-online
      agency: bapenda
      questions:
        - Bagaimana cara bayar pajak rumah lewat aplikasi bank?
        - bayar pajak rumah online
      keywords: [bayar pajak online, bayar lewat aplikasi]
      answer: Pajak rumah dibayar lewat aplikasi bank dengan nomor objek pajak.
    - id: pajak-cek-tagihan
      agency: bapenda
      question: Di mana melihat besar tagihan pajak rumah?
      keywords: [cek tagihan pajak, nominal tagihan]
      answer: Tagihan dilihat di situs bapenda dengan nomor objek pajak.
    - id: sewa-tenda
      agency: kecamatan
      question: Bagaimana menyewa tenda kecamatan untuk acara?
      keywords: [sewa tenda]
      answer: Tenda disewa di kantor kecamatan.
    """

CRAFTS = """
    - id: titip-jual-galeri
      agency: dinkop
      questions:
        - Bagaimana cara titip jual anyaman di galeri dinas?
      keywords: [titip jual, galeri dinas]
      answer: Anyaman dititipkan di galeri dengan mengisi formulir titip jual.
    - id: pelatihan-anyaman
      agency: dinkop
      questions:
        - Apakah ada pelatihan anyaman untuk kelompok perajin?
      keywords: [pelatihan anyaman, kursus anyaman]
      answer: Pelatihan anyaman dibuka dua kali setahun untuk kelompok perajin.
    """


def test_a_question_closed_by_its_mark_before_a_remark_is_no_known_part() -> None:
    matcher = invented_matcher(FERRY)
    text = "kapal ke pulau ada jam 2 siang ya? saya bawa ibu sama anak"
    assert known_parts(text, matcher.analyse(text), matcher.index.normaliser) is None


def test_a_question_closed_by_its_mark_before_another_question_stays_known() -> None:
    matcher = invented_matcher(FERRY)
    text = "jadwal kapal sama tarif kapal beda loket ya? tarif kapal ke pulau berapa"
    parts = known_parts(text, matcher.analyse(text), matcher.index.normaliser)
    assert parts is not None and "jadwal" in parts.known


def test_a_leader_matched_on_the_rubbish_already_collected_yields_to_the_bulky_waste() -> None:
    result = invented_matcher(WASTE).match(
        "sampah dapur sudah rutin diangkut, yang mau saya tanya buang ranjang gimana"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "sampah-besar")


def test_a_service_the_resident_has_is_not_one_the_sibling_must_name() -> None:
    result = invented_matcher(PERMITS).match(
        "nib warung makan udah ada dari oss, terus daftar wajib pajaknya gimana"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "wajib-pajak-warung")


def test_a_requirement_confirmed_inside_its_clause_is_known_not_asked() -> None:
    result = invented_matcher(GUIDES).match(
        "syarat sertifikat pemandu kan harus pelatihan, nah ujian pemandunya kapan"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "ujian-pemandu-jadwal")


def test_a_weaving_course_asked_besides_the_gallery_is_not_the_gallery() -> None:
    result = invented_matcher(CRAFTS).match(
        "selain titip jual di galeri, ada pelatihan anyaman buat kelompok kami?"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pelatihan-anyaman")


def test_a_thing_set_aside_before_the_question_is_disowned() -> None:
    parts = (("selain", "museum", "batik"), ("tur", "jalan", "kaki", "kapan", "jadwalnya"))
    assert disowning_parts(parts) == [0]


def test_a_thing_set_aside_and_then_added_to_is_still_asked() -> None:
    parts = (("selain", "surat", "sehat"), ("butuh", "surat", "bebas", "narkoba", "juga"))
    assert disowning_parts(parts) == []


def test_a_part_that_asks_what_else_is_given_disowns_nothing() -> None:
    parts = (("bayi", "dapat", "apa", "saja", "selain", "ditimbang"), ("ada", "biaya"))
    assert disowning_parts(parts) == []


def test_paying_after_the_bill_is_seen_first_is_not_what_is_asked() -> None:
    result = invented_matcher(TAXES).match(
        "sebelum bayar lewat aplikasi saya mau lihat dulu tagihan pajak rumahnya, liatnya di mana"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pajak-cek-tagihan")


def test_a_step_after_what_is_done_first_is_set_aside() -> None:
    parts = (("sebelum", "bayar", "online", "saya"), ("mau", "lihat", "dulu", "tagihan"))
    assert disowning_parts(parts) == [0]


def test_a_step_done_first_before_the_thing_asked_sets_nothing_aside() -> None:
    parts = (("sebelum", "cetak", "ulang", "kk"), ("harus", "lapor", "polisi", "tidak"))
    assert disowning_parts(parts) == []
