"""A short question asking the permit of a business the entry never names is offered, not
answered; an entry naming the business, a bare "izin X" and a disowned permit still
answer."""

from __future__ import annotations

import pytest

from knowledge_base.business_permits import permitted_businesses
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

ENTRIES = """
- id: nib-oss
  agency: dpmptsp
  questions:
    - Bagaimana cara membuat NIB izin usaha lewat OSS?
  keywords: [nib, izin usaha, oss]
  answer: NIB dibuat gratis di oss.go.id; usaha mikro cukup NIB sebagai izin usaha.
- id: izin-homestay
  agency: dispar
  questions:
    - Apa syarat izin usaha homestay?
  keywords: [izin homestay, pondok wisata]
  answer: Homestay mendaftar NIB dengan KBLI pondok wisata lalu didata dinas pariwisata.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(ENTRIES)


@pytest.mark.parametrize(
    "message", ["izin usaha apotek syaratnya apa", "izin usaha karaoke lewat oss gimana"]
)
def test_the_permit_of_a_business_the_entry_never_names_is_offered_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent != Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("izin usaha homestay syaratnya apa", "izin-homestay"),
        ("cara bikin nib izin usaha lewat oss", "nib-oss"),
    ],
)
def test_an_entry_naming_the_business_or_no_business_asked_still_answers(
    matcher: Matcher, message: str, entry: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry)


def test_a_bare_permit_or_a_disowned_one_names_no_business(matcher: Matcher) -> None:
    index = matcher.index
    tokens = index.normaliser.tokens
    assert permitted_businesses(index, tokens("izin usaha apotek apa aja"))
    assert not permitted_businesses(index, tokens("izinnya ribet ga, izin dulu ke siapa"))
    assert not permitted_businesses(index, tokens("bukan izin usaha apotek, pajaknya"))
