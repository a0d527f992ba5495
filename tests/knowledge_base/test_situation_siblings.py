"""A message telling a situation (a refusal, a lost card) that its best entry never
speaks to is not answered with that entry when another entry is dedicated to the
situation and names the message's subject: both are offered instead. Invented entries
and messages."""

from __future__ import annotations

from knowledge_base.situations import dedicated_siblings, is_sibling
from knowledge_base.weighting import message_weights
from tests.knowledge_base.invented_kb import invented_matcher

MUSEUM = """
    - id: izin-foto-museum
      agency: budaya
      question: Bagaimana cara meminta izin memotret koleksi museum daerah?
      keywords: [izin foto museum, memotret koleksi]
      answer: Isi formulir izin di loket museum dengan identitas dan tujuan pemotretan.
    - id: keberatan-izin-museum
      agency: budaya
      questions:
        - Kapan pemohon dapat mengajukan keberatan?
        - Ke mana banding jika tidak puas dengan jawaban petugas?
      keywords: [keberatan, banding]
      answer: Ajukan keberatan tertulis kepada kepala museum dalam 14 hari sejak
        permohonan izin foto ditolak atau tidak dijawab.
    - id: kartu-pengunjung
      agency: budaya
      questions:
        - Bagaimana cara membuat kartu pengunjung museum?
        - Berapa biaya kartu pengunjung museum?
      keywords: [kartu pengunjung]
      answer: Kartu pengunjung dibuat di loket museum dengan menunjukkan KTP.
    - id: kartu-pengunjung-hilang
      agency: budaya
      questions:
        - Kartu pengunjung museum saya hilang, bagaimana menggantinya?
        - Kartu pengunjung rusak, bisa cetak ulang?
      keywords: [kartu pengunjung hilang]
      answer: Laporkan ke loket; kartu pengganti dicetak dengan saldo yang tersisa.
    - id: jam-buka-museum
      agency: budaya
      question: Jam berapa museum daerah buka?
      keywords: [jam buka museum]
      answer: Museum buka Selasa sampai Minggu pukul 08.00-16.00.
    """


def test_a_refused_request_is_not_answered_with_the_request_entry() -> None:
    matcher = invented_matcher(MUSEUM)
    for text in (
        "izin foto museum saya ditolak, bisa banding ke mana?",
        "udah sebulan izin memotret koleksi ga dijawab, langkah selanjutnya apa",
    ):
        result = matcher.match(text)
        assert result.entry_id != "izin-foto-museum", text
        assert "keberatan-izin-museum" in (result.entry_id, *result.suggestions), text


def test_the_entry_dedicated_to_the_situation_names_the_subject_in_its_answer() -> None:
    matcher = invented_matcher(MUSEUM)
    index = matcher.index
    text = "izin memotret koleksi saya ditolak"
    analysis = matcher.analyse(text)
    weighted = message_weights(index, analysis, matcher.config.weights).weighted
    request = [e.entry.id for e in index.entries].index("izin-foto-museum")
    siblings = dedicated_siblings(index, request, frozenset({"recourse"}), weighted)
    assert [index.entries[p].entry.id for p in siblings] == ["keberatan-izin-museum"]


def test_a_lost_card_is_not_answered_with_the_new_card_entry() -> None:
    matcher = invented_matcher(MUSEUM)
    result = matcher.match("kartu pengunjung museum saya hilang, gimana")
    assert result.entry_id in (None, "kartu-pengunjung-hilang")
    assert "kartu-pengunjung-hilang" in (result.entry_id, *result.suggestions)


def test_the_request_itself_is_still_answered() -> None:
    matcher = invented_matcher(MUSEUM)
    result = matcher.match("gimana cara minta izin foto museum")
    assert result.entry_id == "izin-foto-museum"


def test_a_frame_facet_the_best_entry_never_names_does_not_withhold_it() -> None:
    # opening hours are asked of any service: the dedicated hours entry does not
    # withhold the visitor card entry for "where" or "when"
    matcher = invented_matcher(MUSEUM)
    result = matcher.match("bikin kartu pengunjung museum di mana")
    assert result.entry_id == "kartu-pengunjung"


def test_a_situation_no_entry_is_dedicated_to_leaves_the_best_entry_answered() -> None:
    matcher = invented_matcher(MUSEUM)
    result = matcher.match("dokumentasi foto museum saya ditolak editor, izin foto museum gimana")
    assert result.entry_id != "keberatan-izin-museum"


def test_a_protest_about_what_was_given_asks_the_objection() -> None:
    matcher = invented_matcher(MUSEUM)
    text = "izin memotret koleksi yg dikasih ga sesuai permintaan, bisa protes ke mana"
    result = matcher.match(text)
    assert result.entry_id != "izin-foto-museum"
    assert "keberatan-izin-museum" in (result.entry_id, *result.suggestions)


def test_the_appeal_entry_is_answered_when_it_speaks_of_the_refused_request() -> None:
    matcher = invented_matcher(MUSEUM)
    for text in (
        "izin memotret koleksi museum saya ditolak, banding ke mana ya",
        "permohonan izin foto museum saya gak dijawab sebulan, bisa keberatan?",
    ):
        result = matcher.match(text)
        assert result.entry_id == "keberatan-izin-museum", text


def test_a_lost_card_is_answered_with_the_lost_card_entry_of_that_card() -> None:
    result = invented_matcher(MUSEUM).match("kartu pengunjung museum saya hilang di bus, gimana")
    assert result.entry_id == "kartu-pengunjung-hilang"


def test_an_entry_dedicated_to_a_situation_is_no_sibling_of_an_entry_about_another_thing() -> None:
    matcher = invented_matcher(MUSEUM)
    index = matcher.index
    ids = [e.entry.id for e in index.entries]
    analysis = matcher.analyse("kartu pengunjung saya ditolak petugas, banding ke mana")
    weighted = message_weights(index, analysis, matcher.config.weights).weighted
    recourse = frozenset({"recourse"})
    appeal, card, photo = (
        ids.index("keberatan-izin-museum"),
        ids.index("kartu-pengunjung"),
        ids.index("izin-foto-museum"),
    )
    assert not is_sibling(index, card, appeal, recourse, weighted)
    photo_analysis = matcher.analyse("izin foto museum saya ditolak, banding ke mana")
    photo_weighted = message_weights(index, photo_analysis, matcher.config.weights).weighted
    assert is_sibling(index, photo, appeal, recourse, photo_weighted)


ARCHIVE = """
    - id: minta-salinan-arsip
      agency: arsip
      questions:
        - Bagaimana prosedur meminta salinan arsip desa kepada kantor arsip?
        - Apakah permintaan salinan arsip dipungut biaya?
      keywords: [arsip desa, permintaan salinan, kantor arsip]
      answer: Isi formulir permintaan di meja layanan kantor arsip; salinan diberikan
        paling lambat sepuluh hari kerja tanpa biaya.
    - id: keberatan-arsip
      agency: arsip
      questions:
        - Kapan pemohon dapat mengajukan keberatan?
        - Bagaimana menempuh banding ke komisi?
      keywords: [keberatan, banding]
      answer: Keberatan diajukan kepada kepala kantor arsip dalam 30 hari kerja bila
        permohonan ditolak atau tidak dijawab.
    - id: kartu-pengunjung-arsip
      agency: arsip
      questions:
        - Bagaimana cara membuat kartu pengunjung ruang baca?
        - Berapa biaya kartu pengunjung ruang baca?
      keywords: [kartu pengunjung]
      answer: Kartu pengunjung dibuat di loket dengan menunjukkan KTP.
    - id: jam-layanan-arsip
      agency: arsip
      question: Jam berapa ruang baca buka?
      keywords: [jam buka ruang baca]
      answer: Ruang baca buka Senin sampai Jumat pukul 08.00-15.00.
    """


def test_a_refused_request_in_other_words_is_answered_with_the_appeal_of_its_office() -> None:
    # the appeal entry names none of the message's words ("permintaan", "salinan"),
    # but it names the request entry's own office: the two are about one thing
    matcher = invented_matcher(ARCHIVE)
    for text in (
        "permintaan salinan saya ke dinas ditolak tanpa alasan, apa langkah saya selanjutnya?",
        "saya minta salinan arsip desa tapi ditolak, langkah selanjutnya gimana",
        "permintaan salinan arsip kami ditolak petugas, kami harus bagaimana?",
    ):
        result = matcher.match(text)
        assert result.entry_id == "keberatan-arsip", text


def test_a_refusal_of_a_thing_the_appeal_does_not_name_stays_with_its_own_entry() -> None:
    # the visitor card shares no word of its own with the appeal entry
    matcher = invented_matcher(ARCHIVE)
    result = matcher.match("kartu pengunjung ruang baca saya ditolak di loket, bikin baru gimana")
    assert result.entry_id != "keberatan-arsip"


def test_the_request_itself_is_still_answered_with_the_request_entry() -> None:
    matcher = invented_matcher(ARCHIVE)
    for text in (
        "gimana cara minta salinan arsip desa",
        "permintaan salinan arsip bayar ga",
    ):
        assert matcher.match(text).entry_id == "minta-salinan-arsip", text


def test_the_next_step_after_a_request_asks_the_appeal_in_either_wording() -> None:
    matcher = invented_matcher(ARCHIVE)
    for text in (
        "salinan arsip desa yang dikasih ga sesuai permintaan, langkah lanjutnya apa",
        "salinan arsip desa yang dikasih ga sesuai permintaan, langkah selanjutnya apa",
    ):
        result = matcher.match(text)
        assert result.entry_id != "minta-salinan-arsip", text
        assert "keberatan-arsip" in (result.entry_id, *result.suggestions), text
