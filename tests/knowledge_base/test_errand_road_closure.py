"""A permit to close a road, a lane or an alley for a gathering is an errand (see
data/errands.tsv): an entry on something else by the road (a culvert over the ditch in
front of a house) does not answer it, while an entry on closing a road does, and a
closure set aside with "bukan" asks none."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

CULVERT = """
- id: izin-deker-rumah
  agency: pupr
  questions:
    - Bagaimana mengurus izin membuat deker atau jembatan kecil di depan rumah?
    - bikin deker di parit depan rumah perlu izin ke mana
  keywords: [izin deker, jembatan parit]
  answer: Ajukan izin ke Dinas PUPR dengan gambar deker dan pengantar kelurahan.
"""
CLOSURE = """
- id: izin-tutup-jalan
  agency: dishub
  questions:
    - Bagaimana mengurus izin penutupan jalan untuk hajatan?
  keywords: [tutup jalan, penutupan jalan]
  answer: Ajukan izin ke polsek dengan pengantar RT/RW; Dishub mengatur pengalihan arus.
"""


@pytest.mark.parametrize(
    "message",
    [
        "izin tutup lorong untuk pesta pernikahan di depan rumah ke mana",
        "izin tutup gang depan rumah buat hajatan ke mana",
    ],
)
def test_a_closure_asked_of_the_culvert_entry_is_not_answered(message: str) -> None:
    assert invented_matcher(CULVERT).match(message).intent is not Intent.FAQ
    result = invented_matcher(CULVERT, CLOSURE).match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "izin-tutup-jalan")


def test_the_culvert_is_still_answered() -> None:
    result = invented_matcher(CULVERT).match("izin bikin deker di parit depan rumah ke mana")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "izin-deker-rumah")
