"""What a short question asks of its topic in words the entry need not use (what to
bring, what it is for, how far it has got, whether it is charged, when it starts) names
nothing the entry lacks: "akte anak bawa apa aja" is the birth-certificate entry's
question though no entry names "bawa". Such a word may still be a short question's head
("what to bring for my first e-KTP": taken as frame there, the head moved on to a word
the entry lacks). Invented entries."""

from __future__ import annotations

from knowledge_base.head import asked_frame_terms, head_of, not_head_terms
from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

CERTIFICATES = """
    - id: akta-lahir-anak
      agency: disdukcapil
      questions:
        - Apa syarat mengurus akta kelahiran anak?
        - akta lahir anak syaratnya apa
      keywords: [akta kelahiran]
      answer: Siapkan surat keterangan lahir dari bidan, KK dan buku nikah orang tua.
    - id: akta-kematian
      agency: disdukcapil
      questions:
        - Apa syarat mengurus akta kematian?
      keywords: [akta kematian]
      answer: Siapkan surat keterangan kematian dari rumah sakit atau kelurahan dan KK.
    - id: akta-anak-terlambat
      agency: disdukcapil
      questions:
        - Bagaimana jika akta anak terlambat diurus lebih dari setahun?
      keywords: [akta terlambat]
      answer: Pencatatan yang terlambat tetap dilayani dengan surat pernyataan orang tua.
    - id: kia-anak
      agency: disdukcapil
      questions:
        - Bagaimana cara membuat kartu identitas anak (KIA)?
      keywords: [kia, kartu identitas anak]
      answer: KIA dibuat di Disdukcapil dengan akta kelahiran anak dan KK.
    """


def test_what_to_bring_and_what_for_are_asked_of_the_topic() -> None:
    matcher = invented_matcher(CERTIFICATES)
    frame = asked_frame_terms(matcher.index)
    assert {"bawa", "guna"} <= frame and not {"bawa", "guna"} & not_head_terms(matcher.index)


def test_a_short_question_on_what_to_bring_answers_the_entry_it_names() -> None:
    matcher = invented_matcher(CERTIFICATES)
    result = matcher.match("bikin akte anak bawa apaan aja")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "akta-lahir-anak")


def test_they_may_still_stand_for_the_head_of_a_question() -> None:
    matcher = invented_matcher(CERTIFICATES)
    tokens = tuple(matcher.analyse("bawa apa buat kia").tokens)
    head = head_of(matcher.index, tokens)
    assert head is not None and head.term == "bawa"
