"""A long message whose question asks only what a service costs, how long it takes or
what to bring ("berapa lama jadinya dan bayar atau tidak?") names no topic of its own:
its facet words are no topic, so the story reading keeps the sentence before the
question as question too. The messages are invented."""

from __future__ import annotations

from knowledge_base.matcher import Matcher
from knowledge_base.readings import names_topic
from tests.knowledge_base.invented_kb import invented_matcher


def _matcher() -> Matcher:
    return invented_matcher(
        """
        - id: surat-kematian
          agency: dukcapil
          question: Bagaimana cara mengurus akta kematian?
          keywords: [akta kematian]
          answer: Bawa surat keterangan kematian dari desa dan KK; gratis, jadi satu hari.
        - id: izin-keramaian
          agency: polres
          question: Bagaimana mengurus izin keramaian untuk hajatan?
          keywords: [izin keramaian]
          answer: Ajukan ke polsek dengan surat pengantar desa.
        """
    )


def test_a_question_of_facets_alone_names_no_topic() -> None:
    matcher = _matcher()
    tokens = matcher.index.normaliser.tokens("berapa lama jadinya dan bayar atau tidak")
    assert not names_topic(matcher.index, tokens)


def test_a_question_with_its_own_things_names_its_topic() -> None:
    matcher = _matcher()
    tokens = matcher.index.normaliser.tokens("izin keramaian hajatan di balai desa berapa lama")
    assert names_topic(matcher.index, tokens)
