"""Chat shortenings of everyday words ("syp" who, "apk" an app, "pswd" a password, "htm"
an entrance fee, "dvlpr" a developer, "jadul" old) are read as those words: taken as
acronyms of a service (vowel-less, unknown to the KB), they vetoed every entry."""

from __future__ import annotations

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


def _normal(text: str) -> str:
    return Normaliser(default_lexicon(), ["taman", "kolam", "tiket"]).normalise(text)


def test_shortened_question_words_and_apps_are_the_words() -> None:
    assert _normal("syp yg ngurus taman") == "siapa yang urus taman"
    assert _normal("apk nya apa") == "aplikasi nya apa"


def test_a_shortened_password_price_or_developer_is_the_word() -> None:
    assert _normal("pswd wifi taman") == "kata sandi wifi taman"
    assert "harga tiket masuk" in _normal("htm kolam renang brp")
    assert "pengembang" in _normal("dvlpr perumahan kabur")


def test_old_fashioned_is_old() -> None:
    assert _normal("kartu jadul") == "kartu lama"
