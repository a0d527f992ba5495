"""A short question whose best entry's questions and keywords name most of what it asks
(its words outside the asking frame) is answered though it names a side word the entry
does not know; one whose shared words are the frame and a word another entry shares
too stays "did you mean". Invented entries and messages."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

WATER = """
    - id: sambungan-air-baru
      agency: pdam
      questions:
        - Bagaimana cara pasang sambungan air pdam baru ke rumah?
        - pipa pdam belum masuk, bisa pasang baru
      keywords: [pasang pdam baru, pipa pdam]
      answer: Ajukan permohonan di kantor PDAM dengan KTP dan denah rumah.
    - id: tagihan-air
      agency: pdam
      questions:
        - Bagaimana cara cek tagihan air bulan ini?
      keywords: [tagihan air, rekening air]
      answer: Cek lewat aplikasi dengan nomor pelanggan.
    - id: pipa-bocor
      agency: pdam
      questions:
        - Ke mana lapor pipa pdam bocor di jalan?
        - pipa pdam bocor bisa dipasang ulang
      keywords: [pipa pdam bocor]
      answer: Lapor ke call center PDAM dengan foto dan lokasi kebocoran.
    - id: pasar-murah
      agency: disperindag
      question: Kapan jadwal pasar murah bulan ini?
      keywords: [pasar murah]
      answer: Setiap Sabtu pertama.
    - id: sewa-gor
      agency: dispora
      question: Berapa tarif sewa gedung olahraga?
      keywords: [sewa gor]
      answer: Lihat papan tarif di loket.
    - id: bibit-pohon
      agency: dlh
      question: Di mana warga kampung meminta bibit pohon?
      keywords: [bibit pohon]
      answer: Di kebun bibit dinas.
    - id: kursus-jahit
      agency: disnaker
      question: Bagaimana mendaftar kursus menjahit?
      keywords: [kursus jahit]
      answer: Di balai latihan kerja.
    - id: akta-lahir
      agency: dukcapil
      question: Apa syarat membuat akta kelahiran?
      keywords: [akta kelahiran]
      answer: Surat keterangan lahir dan KK.
    - id: izin-keramaian
      agency: polres
      question: Bagaimana izin keramaian untuk hajatan?
      keywords: [izin keramaian]
      answer: Ajukan ke polsek seminggu sebelumnya, dengan pengantar ketua kampung.
    - id: vaksin-kucing
      agency: disnak
      question: Kapan vaksin rabies gratis untuk kucing?
      keywords: [vaksin rabies]
      answer: Setiap bulan Maret di puskeswan.
    - id: sampah-besar
      agency: dlh
      question: Bagaimana membuang kasur bekas?
      keywords: [sampah besar]
      answer: Hubungi truk angkut dinas yang keliling kampung.
    """
# other errands of a regency, most of them asked for residents (warga): the pipe and the
# water utility are rare words, 'warga' a common one, as in a KB of a hundred entries
OTHER_ERRANDS = (
    "Kapan jadwal posyandu balita untuk warga?",
    "Bagaimana warga daftar kartu pencari kerja?",
    "Berapa retribusi parkir warga di pasar?",
    "Di mana warga membuat surat keterangan catatan kepolisian?",
    "Bagaimana warga mengajukan beasiswa anak nelayan?",
    "Kapan pendaftaran sekolah negeri dibuka untuk warga?",
    "Bagaimana warga mengurus izin usaha mikro?",
    "Di mana warga membuang sampah rumah tangga?",
    "Bagaimana warga lapor jalan rusak berlubang?",
    "Kapan fogging demam berdarah di kelurahan warga?",
    "Bagaimana cara daftar bantuan pupuk bersubsidi?",
    "Di mana membayar pajak kendaraan?",
)
OTHERS = "".join(
    f"""    - id: urusan-{i}
      agency: pemkab
      question: {question}
      answer: Tanyakan di kantor kecamatan.
"""
    for i, question in enumerate(OTHER_ERRANDS)
)


def test_a_short_question_naming_the_entrys_pipe_with_a_common_side_word_is_answered() -> None:
    result = invented_matcher(WATER, OTHERS).match("warga sini blm ada pipa pdam, bisa pasang?")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "sambungan-air-baru")


def test_a_short_question_naming_a_rare_thing_the_entry_lacks_is_only_offered() -> None:
    result = invented_matcher(WATER, OTHERS).match("pipa pdam kolam renang")
    assert result.intent is Intent.NONE
    assert "sambungan-air-baru" in result.suggestions
