"""Getting onto a register and checking whether one is on it are two entries: the act
the question asks picks one, an act told done or denied is none, and the checking
app's name is no act. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from knowledge_base.registry_acts import CHECK, ENROL, asked_act, registry_entries
from tests.knowledge_base.invented_kb import invented_matcher

REGISTER = """
    - id: kartu-petani-daftar
      agency: pertanian
      questions:
        - Bagaimana cara mendaftar kartu petani?
        - petani penggarap mau ikut kartu petani daftarnya ke mana
      keywords: [daftar kartu petani, usul kartu petani]
      answer: Datang ke penyuluh desa dengan KTP dan KK; penyuluh memasukkan nama ke sistem.
    - id: kartu-petani-cek
      agency: pertanian
      questions:
        - Bagaimana mengecek apakah saya terdaftar sebagai pemegang kartu petani?
        - cek status kartu petani saya
      keywords: [cek kartu petani, status kartu petani, situs kartu petani]
      answer: Buka situs kartu petani, masukkan NIK, lalu lihat namanya di hasil pencarian.
    - id: pupuk-harga
      agency: pertanian
      question: Berapa harga eceran pupuk bersubsidi?
      keywords: [harga pupuk]
      answer: Harga eceran tertinggi ditempel di kios resmi.
    """


def _asked(text: str) -> str | None:
    normaliser = invented_matcher(REGISTER).index.normaliser
    return asked_act(text, normaliser)


def test_a_resident_who_checked_and_found_no_name_asks_to_enrol() -> None:
    result = invented_matcher(REGISTER).match(
        "kemarin sudah cek di situs kartu petani, nama saya belum muncul, "
        "sekarang mau daftar lewat siapa?"
    )
    assert result.entry_id != "kartu-petani-cek"
    assert "kartu-petani-daftar" in (result.entry_id, *result.suggestions[:1])


def test_a_resident_who_enrolled_and_asks_how_to_know_asks_to_check() -> None:
    result = invented_matcher(REGISTER).match(
        "petani penggarap kayak saya kemarin ikut daftar kartu petani di desa, "
        "sekarang dari mana saya tahu sudah terdaftar"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kartu-petani-cek")


def test_a_proposal_told_sent_and_asked_whether_accepted_asks_to_check() -> None:
    result = invented_matcher(REGISTER).match(
        "usul kartu petani dari desa katanya sudah dikirim, gimana tahu diterima atau tidak"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kartu-petani-cek")


def test_a_plain_enrolment_question_keeps_its_entry() -> None:
    result = invented_matcher(REGISTER).match("cara daftar kartu petani gimana?")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kartu-petani-daftar")


def test_wanting_to_know_is_the_asking_frame_not_a_check() -> None:
    assert _asked("mau tahu cara daftar kartu petani") == ENROL


def test_a_yes_no_question_denies_no_act() -> None:
    assert _asked("bisa tidak daftar kartu petani lewat hp") == ENROL


def test_the_checking_apps_name_is_no_act() -> None:
    assert _asked("lewat aplikasi cek kartu petani bisa usul nama baru?") == ENROL


def test_a_verb_of_checking_governs_the_registration_it_names() -> None:
    assert _asked("cara mengecek status pendaftaran kartu petani") == CHECK


def test_an_act_told_done_or_denied_is_not_asked() -> None:
    assert _asked("saya sudah daftar kartu petani tahun lalu") is None
    assert _asked("saya tidak tahu nomor kartu petani saya") is None


def test_checking_with_no_word_of_a_register_makes_no_checking_entry() -> None:
    matcher = invented_matcher(
        REGISTER,
        """
        - id: tensi-gratis
          agency: kesehatan
          question: Di mana cek tekanan darah gratis?
          answer: Di posyandu lansia setiap bulan.
        """,
    )
    acts = registry_entries(matcher.index).act
    ids = [item.entry.id for item in matcher.index.entries]
    assert acts[ids.index("tensi-gratis")] is None
    assert acts[ids.index("kartu-petani-cek")] == CHECK
    assert acts[ids.index("kartu-petani-daftar")] == ENROL


# the enrolling entry names the register ("dtks"), the checking entry calls it "bansos";
# an event entry shares only a stray word ("nomor") with the checking entry's answer
AID = """
    - id: usul-dtks
      agency: sosial
      questions:
        - Bagaimana mengusulkan keluarga miskin agar masuk DTKS?
        - Siapa yang melakukan pendataan DTKS?
      keywords: [dtks, usulan baru, pendataan]
      answer: Usulan diajukan lewat musyawarah desa; operator memasukkan data keluarga ke
        sistem bansos.
    - id: cek-status-bansos
      agency: sosial
      questions:
        - Dari mana saya bisa tahu nama saya terdaftar sebagai penerima bansos?
        - Apakah ada aplikasi untuk mengecek bansos?
      keywords: [cek bansos, status penerima, aplikasi bansos]
      answer: Buka aplikasi cek bansos, isi nama dan nomor wilayah, lalu lihat statusnya.
    - id: lomba-perahu-daftar
      agency: pariwisata
      questions:
        - Bagaimana cara mendaftar lomba perahu hias?
      keywords: [lomba perahu, daftar lomba]
      answer: Isi formulir di kantor pariwisata dan cantumkan nomor peserta.
    - id: pupuk-harga
      agency: pertanian
      question: Berapa harga eceran pupuk bersubsidi?
      keywords: [harga pupuk]
      answer: Harga eceran tertinggi ditempel di kios resmi.
    """


def test_a_check_asked_of_a_register_only_the_enrolling_entry_names_is_not_answered_with_it() -> (
    None
):
    matcher = invented_matcher(AID)
    for text in (
        "sudah daftar dtks, cara ceknya gimana",
        "udah terdaftar dtks, cek nya dimana",
    ):
        result = matcher.match(text)
        assert result.entry_id != "usul-dtks", text
        assert "cek-status-bansos" in (result.entry_id, *result.suggestions[:1]), text


def test_an_enrolment_asked_of_that_register_keeps_the_enrolling_entry() -> None:
    matcher = invented_matcher(AID)
    for text in ("cara daftar dtks gimana", "bagaimana cara mengusulkannya ke dtks?"):
        assert matcher.match(text).entry_id == "usul-dtks", text


def test_a_register_and_its_check_are_a_pair_and_a_stray_shared_word_is_none() -> None:
    index = invented_matcher(AID).index
    ids = [item.entry.id for item in index.entries]
    paired = registry_entries(index).paired
    enrol, check = ids.index("usul-dtks"), ids.index("cek-status-bansos")
    assert paired.get(enrol) == check and paired.get(check) == enrol
    assert ids.index("lomba-perahu-daftar") not in paired


def test_an_act_verb_carrying_its_objects_clitic_is_the_act() -> None:
    assert _asked("bagaimana cara mengusulkannya") == ENROL
    assert _asked("kartu petani ceknya di mana") == CHECK


def test_a_checking_entry_with_one_phrasing_telling_the_enrolment_still_checks() -> None:
    matcher = invented_matcher(
        """
        - id: bantuan-cek
          agency: sosial
          questions:
            - Bagaimana mengecek apakah saya terdaftar sebagai penerima bantuan?
            - cek status penerima bantuan
            - cek nama penerima bantuan pakai nik
            - usul bulan lalu cara lihat hasilnya
          answer: Buka situs cek bantuan dan masukkan NIK.
        - id: bantuan-campur
          agency: sosial
          questions:
            - Bagaimana mengecek apakah saya terdaftar sebagai penerima bantuan desa?
            - cara daftar bantuan desa
          answer: Tanyakan ke kantor desa.
        """
    )
    acts = registry_entries(matcher.index).act
    ids = [item.entry.id for item in matcher.index.entries]
    assert acts[ids.index("bantuan-cek")] == CHECK
    assert acts[ids.index("bantuan-campur")] is None
