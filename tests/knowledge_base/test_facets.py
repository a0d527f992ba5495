"""Sibling entries (one topic, different facets of it) are told apart by what the
message asks about it: the cost, the requirements, the status, the next step after a
refusal. Entries' facets come from their own questions; nothing names an entry."""

from __future__ import annotations

from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.facets import Contender, EntryFacets, entry_facets, to_demote, word_forms
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_entry

OFFICE_VISIT_ANSWER = "Silakan datang ke kantor pelayanan pada jam kerja."

LIBRARY = KnowledgeBase(
    entries=(
        invented_entry(
            "kartu-anggota-baru",
            (
                "Bagaimana cara membuat kartu anggota perpustakaan baru?",
                "mau daftar jadi anggota perpustakaan gimana",
            ),
            answer=OFFICE_VISIT_ANSWER,
            keywords=("kartu anggota baru", "daftar anggota perpustakaan"),
        ),
        invented_entry(
            "perpustakaan-gratis",
            (
                "Apakah layanan perpustakaan daerah dipungut biaya?",
                "bikin kartu anggota perpustakaan bayar berapa",
                "pinjam buku gratis ga",
            ),
            answer=OFFICE_VISIT_ANSWER,
            keywords=("biaya perpustakaan", "perpustakaan gratis"),
        ),
        invented_entry(
            "peminjaman-buku-status",
            (
                "Bagaimana cara mengetahui status pemesanan buku perpustakaan?",
                "pesanan buku saya sudah diproses belum",
            ),
            answer=OFFICE_VISIT_ANSWER,
            keywords=("status pesanan buku", "lacak pesanan buku"),
        ),
        invented_entry(
            "sewa-gedung-olahraga",
            ("Berapa tarif sewa gedung olahraga?", "sewa gor bayar berapa"),
            answer=OFFICE_VISIT_ANSWER,
            keywords=("sewa gor", "tarif gedung olahraga"),
        ),
        invented_entry(
            "kursus-menjahit",
            ("Bagaimana mendaftar kursus menjahit di balai latihan?",),
            answer=OFFICE_VISIT_ANSWER,
            keywords=("kursus jahit", "balai latihan"),
        ),
        invented_entry(
            "bibit-pohon",
            ("Di mana warga bisa meminta bibit pohon gratis?",),
            answer=OFFICE_VISIT_ANSWER,
            keywords=("bibit pohon",),
        ),
    )
)


def _asked(matcher: Matcher, text: str) -> frozenset[str]:
    index = matcher.index
    return entry_facets(index).asked(word_forms(index.normaliser, matcher.analyse(text).tokens))


def test_an_entry_asks_the_facets_its_own_questions_ask() -> None:
    matcher = Matcher(LIBRARY)
    ids = (e.id for e in LIBRARY.entries)
    profiles = dict(zip(ids, entry_facets(matcher.index).profiles, strict=True))
    assert profiles["perpustakaan-gratis"]["cost"] > 0.5
    assert "cost" not in profiles["kartu-anggota-baru"]
    assert profiles["peminjaman-buku-status"]["status"] > 0.5


def test_a_message_asks_a_facet_in_chat_spelling_in_formal_words_and_in_english() -> None:
    matcher = Matcher(LIBRARY)
    assert "cost" in _asked(matcher, "bikin kartu anggota bayar ga")
    assert "cost" in _asked(matcher, "Apakah pembuatan kartu anggota dikenakan biaya?")
    assert "cost" in _asked(matcher, "how much is the fee for a member card")
    assert "status" in _asked(matcher, "pesanan buku sy udh diproses blm")
    assert "reason" in _asked(matcher, "kenapa kartu saya diblokir")
    assert _asked(matcher, "kartu anggota perpustakaan") == frozenset()


def test_a_question_about_the_cost_goes_to_the_sibling_about_the_cost() -> None:
    # the first entry's keyword "kartu anggota baru" is whole in the message; the
    # second entry answers what it asks
    result = Matcher(LIBRARY).match("bikin kartu anggota baru di perpustakaan bayar ga")
    assert result.intent is Intent.FAQ
    assert result.entry_id == "perpustakaan-gratis"


def test_the_same_topic_without_the_facet_keeps_its_entry() -> None:
    result = Matcher(LIBRARY).match("bikin kartu anggota baru di perpustakaan gimana")
    assert result.intent is Intent.FAQ
    assert result.entry_id == "kartu-anggota-baru"


def test_a_facet_asked_of_a_topic_no_sibling_answers_moves_no_other_topic_first() -> None:
    # the cost is asked, but only entries on other topics ask about costs
    result = Matcher(LIBRARY).match("kursus menjahit di balai latihan bayar ga")
    assert result.entry_id == "kursus-menjahit" or (
        result.intent is Intent.NONE and result.suggestions[0] == "kursus-menjahit"
    )


def test_the_words_of_a_deadline_a_validity_and_a_damaged_card_ask_their_facets() -> None:
    matcher = Matcher(LIBRARY)
    assert "lateness" in _asked(matcher, "telat balikin buku kena denda berapa")
    assert "validity" in _asked(matcher, "kartu anggota lama masih berlaku ga")
    assert "replacement" in _asked(matcher, "kartu anggota sy patah, chipnya ga kebaca")


def test_opening_a_business_asks_no_opening_hours_and_english_asks_status() -> None:
    matcher = Matcher(LIBRARY)
    assert "schedule" not in _asked(matcher, "mau buka usaha warung di pasar")
    assert "schedule" in _asked(matcher, "perpustakaan hari sabtu buka ga")
    assert "status" in _asked(matcher, "has my book order been processed yet")


def test_when_a_course_starts_asks_the_schedule_and_a_dropped_card_a_replacement() -> None:
    matcher = Matcher(LIBRARY)
    assert "schedule" in _asked(matcher, "kursus menjahit angkatan berikutnya mulai kapan")
    assert "schedule" in _asked(matcher, "kelas membatik dibuka bulan apa")
    assert "replacement" in _asked(matcher, "kartu anggota sy jatuh entah di mana")
    assert "replacement" in _asked(matcher, "dompet berisi kartu anggota kecopetan di bus")
    # living somewhere is no lost card ("tertinggal" and "tinggal" share their term)
    assert "replacement" not in _asked(matcher, "kamu tinggal di mana")


def test_a_card_never_found_again_or_snatched_asks_a_replacement() -> None:
    matcher = Matcher(LIBRARY)
    assert "replacement" in _asked(matcher, "dompet tertinggal di bus, sampai sekarang tak jumpa")
    assert "replacement" in _asked(matcher, "tas berisi kartu anggota dijambret di pasar")
    assert "replacement" in _asked(matcher, "rumah kemalingan, kartu anggota ikut dibawa")
    # meeting someone is no lost card
    assert "replacement" not in _asked(matcher, "mau jumpa petugas perpustakaan hari apa")


def test_a_refusal_that_does_not_satisfy_asks_the_recourse() -> None:
    matcher = Matcher(LIBRARY)
    assert "recourse" in _asked(matcher, "jawaban petugasnya ga memuaskan, terus gimana")


def _facets_of(*profiles: dict[str, float]) -> EntryFacets:
    return EntryFacets(entry_facets(Matcher(LIBRARY).index).table, profiles, {})


COST = frozenset({"cost"})


def test_a_sibling_asking_the_facet_passes_the_higher_entries_that_never_ask_it() -> None:
    facets = _facets_of({}, {"cost": 0.6}, {}, {"requirements": 0.5})
    contenders = [
        Contender(0, 90.0, 1.0),  # the topic, without the facet
        Contender(1, 70.0, 0.8),  # the topic's cost
        Contender(2, 60.0, 0.9),  # behind it: keeps its score
        Contender(3, 80.0, 0.3),  # another topic, ahead of it
    ]
    assert to_demote(facets, COST, contenders, 0.6, 0.15, 35.0) == frozenset({0, 3})


def test_an_entry_asking_the_facet_on_another_topic_moves_nothing() -> None:
    facets = _facets_of({}, {"cost": 0.6})
    contenders = [Contender(0, 90.0, 1.0), Contender(1, 80.0, 0.2)]
    assert to_demote(facets, COST, contenders, 0.6, 0.15, 35.0) == frozenset()


def test_a_sibling_far_behind_the_leader_moves_nothing() -> None:
    facets = _facets_of({}, {"cost": 0.6})
    contenders = [Contender(0, 95.0, 1.0), Contender(1, 50.0, 1.0)]
    assert to_demote(facets, COST, contenders, 0.6, 0.15, 35.0) == frozenset()


def test_an_entry_asking_the_facet_now_and_then_keeps_its_place() -> None:
    facets = _facets_of({"cost": 0.08}, {"cost": 0.6})
    contenders = [Contender(0, 90.0, 1.0), Contender(1, 80.0, 1.0)]
    assert to_demote(facets, COST, contenders, 0.6, 0.15, 35.0) == frozenset()


def test_taking_a_child_to_the_clinic_asks_no_requirements() -> None:
    matcher = Matcher(LIBRARY)
    assert "requirements" not in _asked(matcher, "biasanya saya bawa anak ke puskesmas pagi")
    assert "requirements" in _asked(matcher, "daftar anggota perpustakaan harus bawa apa")


def test_an_entry_whose_answer_lists_what_to_bring_keeps_a_requirements_question() -> None:
    # the leader's questions never say "syarat", but its answer lists the documents
    table = entry_facets(Matcher(LIBRARY).index).table
    answers = (frozenset({"requirements"}), frozenset())
    facets = EntryFacets(table, ({}, {"requirements": 0.5}), {}, answers)
    contenders = [Contender(0, 90.0, 1.0), Contender(1, 80.0, 0.9)]
    asked = frozenset({"requirements"})
    assert to_demote(facets, asked, contenders, 0.6, 0.15, 35.0) == frozenset()
    silent = EntryFacets(table, ({}, {"requirements": 0.5}), {}, (frozenset(), frozenset()))
    assert to_demote(silent, asked, contenders, 0.6, 0.15, 35.0) == frozenset({0})


def test_an_answer_listing_documents_speaks_to_the_requirements() -> None:
    facets = entry_facets(Matcher(LIBRARY).index)
    assert all(not answer for answer in facets.answers)  # "datang ke kantor" lists none
    office = KnowledgeBase(
        entries=(
            KbEntry(
                id="surat-usaha",
                agency="kelurahan",
                questions=("Bagaimana membuat surat keterangan usaha?",),
                answer="Datang ke kelurahan dengan fotokopi KTP dan KK.",
                keywords=("surat keterangan usaha",),
            ),
        )
    )
    assert entry_facets(Matcher(office).index).answers == (frozenset({"requirements"}),)
