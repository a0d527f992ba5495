"""Accounts a resident's name is recorded on (see data/kinds.tsv's kind ``account``): the
land tax's SPPT, a water or power connection, a vehicle's papers. Each is changed to a
new owner's name at its own office, so the SPPT name-change entry is offered, not
answered, for a water connection's new owner; asked of its own account it answers. The
messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.decision import Thresholds
from knowledge_base.matcher import Intent, Matcher, MatcherConfig
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: ganti-nama-sppt
          agency: bapenda
          questions:
            - Bagaimana mengganti nama wajib pajak di SPPT PBB setelah membeli rumah?
            - sppt masih nama pemilik lama, cara gantinya
          keywords: [balik nama sppt, ganti nama pbb]
          answer: Ajukan perubahan data ke Bapenda dengan KTP, SPPT terakhir dan akta jual
            beli; nama baru tercantum pada SPPT tahun berikutnya.
        - id: sambung-air-baru
          agency: perumda
          questions:
            - Bagaimana cara pasang sambungan air PDAM baru?
          keywords: [pasang baru pdam, sambungan air baru]
          answer: Daftar di kantor PDAM dengan KTP dan denah lokasi rumah.
        """
    )


@pytest.mark.parametrize(
    "message",
    [
        "rumah baru saya beli, balik nama pelanggan pdam ke nama saya gimana",
        "meteran listrik masih atas nama penjual, ganti namanya gimana",
    ],
)
def test_another_account_changed_to_a_new_name_is_offered_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    assert "ganti-nama-sppt" in result.suggestions
    off = Matcher(matcher.kb, MatcherConfig(thresholds=Thresholds(contrasting_kinds=False)))
    assert (off.match(message).intent, off.match(message).entry_id) == (
        Intent.FAQ,
        "ganti-nama-sppt",
    )


def test_the_land_tax_account_changed_to_a_new_name_is_answered(matcher: Matcher) -> None:
    result = matcher.match("sppt pbb masih atas nama penjual, cara ganti namanya gimana")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "ganti-nama-sppt")
