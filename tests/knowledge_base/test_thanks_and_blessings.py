"""Thanks in English ("that helps", "thanks for the info") and a blessing closing a chat
("Tuhan berkati", "God bless") are chatter, not a question for the entry that happens to
share "bantuan" or "informasi". The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: bantuan-rumah
          agency: dinsos
          questions:
            - Apa syarat bantuan bedah rumah?
          keywords: [bantuan rumah, bedah rumah]
          answer: Ajukan lewat kantor desa dengan KTP, KK dan foto rumah.
        - id: informasi-publik
          agency: diskominfo
          questions:
            - Bagaimana meminta informasi publik?
          keywords: [informasi publik, ppid]
          answer: Isi formulir permohonan informasi di meja PPID atau lewat situs resmi.
        """
    )


@pytest.mark.parametrize(
    "text",
    [
        "thanks a lot, that helps",
        "that helped, thank you",
        "thank you so much for the info",
        "ok noted, thanks for your help",
        "selamat pagi om, Tuhan berkati",
        "God bless you",
    ],
)
def test_thanks_and_blessings_are_chatter(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is Intent.SMALLTALK


def test_a_question_after_an_address_is_still_asked(matcher: Matcher) -> None:
    result = matcher.match("om, syarat bantuan bedah rumah apa")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "bantuan-rumah")
