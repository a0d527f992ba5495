"""What a message says it is not asking about, said after its question ("syarat pasang
air apa aja, bukan biayanya") or naming an entry with no sibling near it: that entry is
not answered. Invented entries and messages."""

from __future__ import annotations

from dataclasses import replace

from knowledge_base.asked_cover import fitting_first
from knowledge_base.given import message_parts
from knowledge_base.matcher import Intent
from knowledge_base.scored import Candidate
from tests.knowledge_base.invented_kb import invented_matcher

WATER_AND_PRAYER_HALLS = """
    - id: sambung-air-syarat
      agency: pdam
      questions:
        - Apa syarat sambungan baru pdam?
        - dokumen daftar sambungan pdam apa saja
      keywords: [syarat sambungan pdam]
      answer: Bawa KTP, KK dan denah lokasi rumah ke kantor PDAM.
    - id: sambung-air-biaya
      agency: pdam
      questions:
        - Berapa biaya pasang air pdam baru?
        - biaya pasang pdam baru berapa
      keywords: [biaya pasang pdam, pasang pdam baru]
      answer: Biaya sambungan baru Rp1.500.000 termasuk meteran.
    - id: honor-guru-ngaji
      agency: kesra
      questions:
        - Bagaimana cara mendapat honor guru ngaji dari pemerintah kabupaten?
        - honor guru ngaji cairnya kapan
      keywords: [honor guru ngaji, insentif guru ngaji]
      answer: Honor guru ngaji dibayar tiap tiga bulan lewat rekening, diusulkan keuchik.
    - id: hibah-balai-pengajian
      agency: kesra
      questions:
        - Bagaimana mengajukan hibah rehab balai pengajian yang rusak?
      keywords: [rehab balai pengajian, hibah rumah ibadah]
      answer: Proposal rehab diajukan pengurus ke bagian kesra dengan foto kerusakan.
    """


def _answer(text: str) -> tuple[Intent, str | None, tuple[str, ...]]:
    result = invented_matcher(WATER_AND_PRAYER_HALLS).match(text)
    return result.intent, result.entry_id, result.suggestions


def _first(text: str) -> str | None:
    """The entry answered, else the first offered."""
    intent, entry, suggestions = _answer(text)
    return entry if intent is Intent.FAQ else next(iter(suggestions), None)


def test_a_closing_bukan_sets_aside_what_follows_it_as_one_said_first_does() -> None:
    assert _first("syarat pasang pdam apa aja ya, bukan biayanya") == "sambung-air-syarat"


def test_the_same_question_with_the_cost_disowned_first_agrees() -> None:
    assert _first("bukan biayanya ya, syarat pasang pdam apa aja") == "sambung-air-syarat"


def test_a_closing_part_that_asks_is_the_question_not_an_afterthought() -> None:
    matcher = invented_matcher(WATER_AND_PRAYER_HALLS)
    parts = message_parts("pasang air baru bisa, bukan biayanya berapa?", matcher.index.normaliser)
    assert parts[-1][0] == "bukan"


def test_a_turn_word_closing_a_message_opens_no_question_of_its_own() -> None:
    matcher = invented_matcher(WATER_AND_PRAYER_HALLS)
    parts = message_parts("biaya pasang air berapa sekarang", matcher.index.normaliser)
    assert len(parts) == 1


def test_the_entry_asked_put_before_the_disowned_one_from_far_behind_is_answered() -> None:
    intent, entry, _ = _answer(
        "bukan honor guru ngaji ya, ini utk bangunan balai pengajiannya yg udah mau roboh"
    )
    assert (intent, entry) == (Intent.FAQ, "hibah-balai-pengajian")


def test_a_prayer_hall_roof_asked_after_disowning_the_teachers_pay_is_answered() -> None:
    intent, entry, _ = _answer(
        "ini bukan soal insentif guru ngaji, atap balai pengajian kami bocor, rehabnya gimana"
    )
    assert (intent, entry) == (Intent.FAQ, "hibah-balai-pengajian")


CATTLE_AND_FERRY = """
    - id: retribusi-sapi-antarpulau
      agency: peternakan
      questions:
        - Berapa retribusi pengiriman sapi antarpulau lewat pelabuhan?
        - retribusi kirim sapi ternak pakai kapal berapa per ekor
      keywords: [retribusi sapi antarpulau, kirim ternak antarpulau]
      answer: Retribusi pemeriksaan ternak antarpulau Rp25.000 per ekor, dibayar di pos karantina.
    - id: feri-tarif
      agency: dishub
      questions:
        - Berapa tarif kapal feri ke pulau seberang?
        - ongkos naik kapal feri berapa
      keywords: [tarif feri, ongkos kapal]
      answer: Tarif feri Rp35.000 untuk penumpang dewasa dan Rp120.000 untuk sepeda motor.
    """


def test_a_sibling_put_before_the_disowned_entry_must_name_most_of_what_is_asked() -> None:
    matcher = invented_matcher(CATTLE_AND_FERRY)
    text = "ongkos angkut sapi pakai kapal ternak per ekor berapa, bukan retribusinya"
    story = replace(
        matcher.analyse(text),
        background=frozenset({"retribusi"}),
        disowned=frozenset({"retribusi"}),
    )
    position = {item.entry.id: p for p, item in enumerate(matcher.index.entries)}
    ranked = [
        Candidate(position["retribusi-sapi-antarpulau"], "retribusi-sapi-antarpulau", 100, 0.7, 88),
        Candidate(position["feri-tarif"], "feri-tarif", 100.0, 0.34, 73.5),
    ]
    first = fitting_first(matcher.index, ranked, story)[0]
    assert first.entry_id == "retribusi-sapi-antarpulau" and first.missing_salient


CHILD_CARDS = """
    - id: kartu-identitas-anak
      agency: disdukcapil
      questions:
        - Apa syarat membuat kartu identitas anak (KIA)?
        - bikin kia syaratnya apa
      keywords: [kia, kartu identitas anak]
      answer: Bawa akta kelahiran anak, KK asli dan pas foto untuk anak di atas lima tahun.
    - id: akta-kelahiran-syarat
      agency: disdukcapil
      questions:
        - Apa syarat mengurus akta kelahiran anak?
        - akta lahir anak syaratnya apa
      keywords: [akta kelahiran, akta lahir]
      answer: Bawa surat keterangan lahir, KK dan buku nikah atau SPTJM kebenaran pasangan.
    """


def test_a_thing_not_yet_wanted_before_another_first_is_read_as_disowned() -> None:
    matcher = invented_matcher(CHILD_CARDS)
    parts = message_parts("kia belum, akta lahir aja dulu, syaratnya apa", matcher.index.normaliser)
    assert parts[0][0] == "bukan"


def test_a_thing_not_yet_had_with_nothing_put_first_is_no_disowning() -> None:
    matcher = invented_matcher(CHILD_CARDS)
    parts = message_parts("kia belum, syaratnya apa", matcher.index.normaliser)
    assert parts[0][0] != "bukan"


def test_the_card_put_off_is_not_answered_for_the_certificate_asked_first() -> None:
    result = invented_matcher(CHILD_CARDS).match(
        "kia belum, akta lahir aja dulu, syaratnya apa kalau orang tua cuma nikah siri"
    )
    assert result.entry_id != "kartu-identitas-anak"
    first = result.entry_id if result.intent is Intent.FAQ else result.suggestions[0]
    assert first == "akta-kelahiran-syarat"
