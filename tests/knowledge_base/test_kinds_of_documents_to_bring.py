"""An entry that asks mostly what to bring lists documents as requirements, and speaks to
none of them: a marriage certificate asked of the birth certificate's requirements is
another document. A document the message names as what to bring is asked of the entry,
not apart from it. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.kinds import other_thing
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: akta-lahir-syarat
          agency: disdukcapil
          questions:
            - Apa syarat membuat akta kelahiran?
            - dokumen apa yang dibawa untuk akta lahir
          keywords: [syarat akta kelahiran, akta lahir]
          answer: Syarat akta kelahiran adalah surat keterangan lahir, Kartu Keluarga, KTP
            kedua orang tua, dan buku nikah atau akta perkawinan.
        - id: adminduk-gratis
          agency: disdukcapil
          questions:
            - Apakah mengurus dokumen kependudukan dipungut biaya?
            - bikin ktp bayar berapa
          keywords: [biaya adminduk, gratis]
          answer: Penerbitan KTP, KK, KIA, akta kelahiran dan akta kematian tidak dipungut biaya.
        """
    )


def test_a_marriage_certificate_is_not_answered_with_the_birth_certificate(
    matcher: Matcher,
) -> None:
    result = matcher.match("cara urus akta perkawinan untuk pernikahan di gereja syaratnya apa")
    assert result.entry_id != "akta-lahir-syarat" or result.intent is not Intent.FAQ


def test_a_fee_entry_s_list_speaks_to_each_document(matcher: Matcher) -> None:
    tokens = matcher.analyse("Apakah penerbitan akta kematian dikenakan biaya?").tokens
    assert other_thing(matcher.index, tokens, 1) is None


def test_a_document_to_bring_is_asked_of_the_entry(matcher: Matcher) -> None:
    result = matcher.match("bikin akta lahir anak perlu bawa KTP ga?")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "akta-lahir-syarat")
