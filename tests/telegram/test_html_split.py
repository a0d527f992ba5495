"""split_html: chunks fit the limit, stay valid HTML, and lose no visible text."""

from __future__ import annotations

import html
import random
import re

import pytest

from domain.html_split import split_html, utf16_len, visible_length, visible_text
from tests.fakes.telegram_html import parse_html

WORDS = [
    "jalan", "rusak", "di", "Desa", "Sukamaju", "mohon", "segera", "diperbaiki",
    "lampu", "PJU", "mati", "sejak", "minggu", "lalu", "terima", "kasih", "Dinas",
    "PUPR", "https://example.go.id/layanan?id=42&x=1", "Rp1.000.000", "😀", "👍🏽",
    "ü", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "a<b", "x>y", "R&D", '"kutip"', "it's",
    "superpanjangkatayangtidakadaspasinyasamasekali" * 3,
]  # fmt: skip
SIMPLE_TAGS = ["b", "i", "u", "s", "code"]
SEPARATORS = [" ", " ", " ", " ", "\n", "\n\n", "  ", "\t"]


def random_text(rng: random.Random, words: int) -> str:
    parts = []
    for _ in range(words):
        parts.append(html.escape(rng.choice(WORDS)))
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts)


def random_html(rng: random.Random, depth: int = 0) -> str:
    """Well-formed safe HTML: escaped text, nested simple tags, links and pre blocks."""
    pieces = []
    for _ in range(rng.randint(1, 8)):
        roll = rng.random()
        if roll < 0.55 or depth > 2:
            pieces.append(random_text(rng, rng.randint(1, 40)))
        elif roll < 0.8:
            tag = rng.choice(SIMPLE_TAGS)
            pieces.append(f"<{tag}>{random_html(rng, depth + 1)}</{tag}>")
        elif roll < 0.9:
            href = html.escape(f"https://lapor.go.id/t?id={rng.randint(1, 999)}&a=b")
            pieces.append(f'<a href="{href}">{random_text(rng, rng.randint(1, 12))}</a>')
        else:
            code = random_text(rng, rng.randint(1, 30))
            pieces.append(f'<pre><code class="language-python">{code}</code></pre>')
        pieces.append(rng.choice(SEPARATORS))
    return "".join(pieces)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_valid_split(original: str, chunks: list[str], limit: int) -> None:
    for chunk in chunks:
        visible = parse_html(chunk)  # raises on unbalanced or unknown tags
        assert utf16_len(visible) <= limit, (limit, chunk)
        assert visible.strip(), "no chunk is blank"
    joined = "".join(parse_html(chunk) for chunk in chunks)
    assert squash(joined) == squash(parse_html(original))


@pytest.mark.parametrize("seed", range(200))
def test_random_html_is_split_into_valid_chunks_within_the_limit(seed: int) -> None:
    rng = random.Random(seed)
    text = random_html(rng)
    limit = rng.choice([2, 3, 5, 10, 17, 40, 100, 333, 1024, 4096])
    assert_valid_split(text, split_html(text, limit), limit)


@pytest.mark.parametrize("seed", range(60))
def test_random_plain_text_is_split_into_valid_chunks_within_the_limit(seed: int) -> None:
    rng = random.Random(1000 + seed)
    text = random_text(rng, rng.randint(1, 400))
    limit = rng.choice([4, 16, 50, 200, 4096])
    assert_valid_split(text, split_html(text, limit), limit)


def test_text_that_fits_is_returned_unchanged() -> None:
    text = "<b>Tiket ADU-2611-0042</b>\n\nTerima kasih &amp; salam."
    assert split_html(text) == [text]


def test_blank_text_gives_no_chunks() -> None:
    assert split_html("") == []
    assert split_html(" \n\n ") == []
    assert split_html("<b> </b>") == []


def test_a_paragraph_break_is_preferred_to_a_line_break_and_a_space() -> None:
    first = "kata " * 10 + "akhir."  # 56 visible
    text = first + "\n\n" + "baris satu\nbaris dua " + "lagi " * 5
    chunks = split_html(text, 80)
    assert chunks[0] == first


def test_a_line_break_is_preferred_to_a_space() -> None:
    text = "satu dua tiga empat lima\nenam tujuh delapan sembilan sepuluh"
    assert split_html(text, 40) == [
        "satu dua tiga empat lima",
        "enam tujuh delapan sembilan sepuluh",
    ]


def test_a_far_away_paragraph_break_does_not_make_a_tiny_chunk() -> None:
    text = "Halo.\n\n" + "kata " * 30
    chunks = split_html(text, 60)
    assert len(chunks[0]) > 30


def test_open_tags_are_closed_and_reopened_with_their_attributes() -> None:
    text = '<b>tebal <a href="https://x.go.id/?a=1&amp;b=2">tautan panjang sekali</a></b>'
    chunks = split_html(text, 10)
    assert chunks == [
        "<b>tebal</b>",
        '<b><a href="https://x.go.id/?a=1&amp;b=2">tautan</a></b>',
        '<b><a href="https://x.go.id/?a=1&amp;b=2">panjang</a></b>',
        '<b><a href="https://x.go.id/?a=1&amp;b=2">sekali</a></b>',
    ]


def test_entities_count_as_one_character_and_are_never_cut() -> None:
    text = "&lt;&gt;&amp;&quot;&#x27;" * 10  # 50 visible characters, no spaces
    chunks = split_html(text, 7)
    assert all(visible_length(chunk) <= 7 for chunk in chunks)
    assert all(re.fullmatch(r"(&[a-z0-9#]+;)+", chunk) for chunk in chunks)
    assert "".join(visible_text(chunk) for chunk in chunks) == "<>&\"'" * 10


def test_characters_outside_the_bmp_count_as_two_utf16_units() -> None:
    text = "😀" * 10
    assert visible_length(text) == 20
    chunks = split_html(text, 5)
    assert chunks == ["😀😀", "😀😀", "😀😀", "😀😀", "😀😀"]


def test_a_long_word_is_cut_without_breaking_the_surrounding_tag() -> None:
    chunks = split_html("<code>" + "x" * 25 + "</code>", 10)
    assert chunks == ["<code>" + "x" * 10 + "</code>"] * 2 + ["<code>" + "x" * 5 + "</code>"]


def test_a_ten_thousand_character_answer_splits_into_three_chunks() -> None:
    paragraph = "<b>Syarat:</b> bawa KTP &amp; KK asli, isi formulir di loket.\n" * 5
    text = "\n".join([paragraph] * 40)
    assert visible_length(text) > 10_000
    chunks = split_html(text)
    assert len(chunks) == 3
    assert_valid_split(text, chunks, 4096)
