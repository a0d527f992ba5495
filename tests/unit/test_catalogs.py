"""The two catalogs say the same things: every message of one is in the other, with the
same placeholders, references and attributes, and the English one holds no Indonesian."""

from __future__ import annotations

import pytest

from domain.i18n import LANGUAGES
from tests.language.catalogs import junk, shapes, texts
from tests.language.detector import indonesian_words

# a message meant for both languages at once: the question that picks one
BILINGUAL = ("Pilih bahasa",)
# staff commands are Indonesian words in every language (the staff guide names them so);
# residents' commands have English names, shown to residents who chose English
STAFF_COMMANDS = ("/tiket", "/cari", "/templat", "/catatan", "#catatan", "/perpanjang")


def allowed(key: str) -> tuple[str, ...]:
    if key == "language-choose":
        return BILINGUAL
    return STAFF_COMMANDS if key.startswith(("staff-", "sla-extend")) else ()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalog_line_parses(language: str) -> None:
    assert junk(language) == []


@pytest.mark.parametrize(("one", "other"), [("id", "en"), ("en", "id")])
def test_every_message_of_one_catalog_is_in_the_other(one: str, other: str) -> None:
    missing = sorted(set(shapes(one)) - set(shapes(other)))
    assert missing == [], f"in {one}.ftl but not in {other}.ftl: {missing}"


def test_each_message_takes_the_same_placeholders_in_both_languages() -> None:
    indonesian, english = shapes("id"), shapes("en")
    differ = {
        key: (indonesian[key], english[key])
        for key in indonesian.keys() & english.keys()
        if indonesian[key] != english[key]
    }
    assert differ == {}


def test_the_english_catalog_holds_no_indonesian_words() -> None:
    found = {
        key: words
        for key, text in texts("en").items()
        if (words := indonesian_words(text, allowed(key)))
    }
    assert found == {}


def test_the_detector_sees_indonesian_and_lets_english_through() -> None:
    assert indonesian_words("Laporan Anda <b>sudah</b> kami terima") == [
        "Laporan", "Anda", "sudah", "kami", "terima",
    ]  # fmt: skip
    assert indonesian_words("Your report was received &amp; is being handled") == []
    assert indonesian_words("Dinas PUPR will reply", allowed=["Dinas PUPR"]) == []
