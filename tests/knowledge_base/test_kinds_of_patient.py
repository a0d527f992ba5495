"""Who receives the care (see data/kinds.tsv's kind ``patient``): a person bitten or
scratched by an animal, or a pet brought to be vaccinated. A question about
vaccinating one's pet is no question for the entry on what to do after a bite, though
both speak of the same animal and the same vaccine."""

from __future__ import annotations

import pytest

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
