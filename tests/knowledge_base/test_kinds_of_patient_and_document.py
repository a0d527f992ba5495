"""Who receives the care (see data/kinds.tsv's kind ``patient``): a person bitten or
scratched by an animal, or a pet brought to be vaccinated. A question about
vaccinating one's pet is no question for the entry on what to do after a bite, though
both speak of the same animal and the same vaccine. And a document an answer only asks
to bring is not what the entry is about."""

from __future__ import annotations

import pytest

from knowledge_base.kinds import other_thing
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: digigit-hewan
          agency: dinkes
          questions:
            - Apa yang harus dilakukan setelah digigit anjing atau kera?
            - perlu suntik anti rabies kalau digigit anjing?
          keywords: [gigitan anjing, vaksin anti rabies]
          answer: Cuci luka dengan sabun lalu segera ke puskesmas untuk vaksin anti rabies.
        """
    )


@pytest.mark.parametrize(
    "message",
    [
        "suntik rabies untuk anjing peliharaan di mana ya",
        "vaksin anti rabies buat kera peliharaan gratis ga",
        "where can my pet dog get a rabies shot",
    ],
)
def test_vaccinating_a_pet_is_not_the_bite_entry(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ, message
    assert result.suggestions[:1] == ("digigit-hewan",)


@pytest.mark.parametrize(
    "message",
    [
        "anak saya digigit anjing peliharaan tetangga, perlu suntik rabies?",
        "tangan dicakar kera peliharaan orang, harus vaksin anti rabies ga",
        "habis digigit anjing perlu vaksin anti rabies?",
    ],
)
def test_a_person_bitten_by_a_pet_is_still_the_bite_entry(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "digigit-hewan")


def test_a_document_the_answer_asks_to_bring_is_not_what_the_entry_answers() -> None:
    """The lost-ID-card entry asks for the family card: a lost family card is another
    errand. An entry whose answer lists three or more documents speaks to each."""
    matcher = invented_matcher(
        """
        - id: ktp-hilang
          agency: disdukcapil
          question: Bagaimana mengurus KTP-el yang hilang?
          keywords: [ktp hilang, cetak ulang ktp]
          answer: Bawa surat kehilangan dari polisi dan Kartu Keluarga ke Disdukcapil.
        - id: dokumen-gratis
          agency: disdukcapil
          question: Apakah mengurus KTP dikenakan biaya?
          keywords: [biaya ktp, gratis]
          answer: Penerbitan KTP-el, KK, KIA, akta kelahiran dan akta kematian tidak dipungut
            biaya.
        """
    )
    lost_family_card = matcher.analyse("kartu keluarga hilang, cetak ulangnya gimana").tokens
    assert other_thing(matcher.index, lost_family_card, 0) == "document"
    birth_certificate_fee = matcher.analyse("bikin akta kelahiran bayar ga").tokens
    assert other_thing(matcher.index, birth_certificate_fee, 1) is None


def test_a_research_permit_is_not_the_business_licence() -> None:
    matcher = invented_matcher(
        """
        - id: nib-usaha
          agency: dpmptsp
          question: Bagaimana cara membuat NIB untuk usaha kecil?
          keywords: [nib, izin usaha, oss]
          answer: NIB dibuat sendiri lewat OSS dengan NIK dan alamat usaha, tanpa biaya.
        """
    )
    research = matcher.analyse("izin riset untuk tugas akhir kuliah diurus ke mana").tokens
    assert other_thing(matcher.index, research, 0) == "document"
    assert matcher.match("bikin nib buat usaha kecil di mana").entry_id == "nib-usaha"
