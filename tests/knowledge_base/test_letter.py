"""Letter formulas around a message (greetings, addressees, thanks, sign-offs) are cut
before it is read: the answer is the one the bare question gets."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge_base
from knowledge_base.letter import letter_body
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher, Smalltalk

WRAPPERS = [
    ("Assalamu'alaikum wr. wb. ", " Wassalamualaikum warahmatullahi wabarakatuh."),
    (
        "Yth. Bapak/Ibu Petugas Pelayanan, ",
        " Atas perhatian dan kerja samanya kami ucapkan terima kasih.",
    ),
    ("Dengan hormat, ", " Demikian pertanyaan kami. Hormat kami, Ketua RT 07 Kampung Rawa"),
    ("Selamat sore kak, mohon maaf mengganggu waktunya. ", " Makasih banyak atas infonya ya kak."),
    ("Pagi min, ", " Ditunggu balasannya, semoga sehat selalu."),
    ("Hello, ", " Thank you for your help. Best regards, Dewi"),
    (
        "Kepada Yth.\nBapak/Ibu Kepala Desa\ndi tempat\n\nDengan hormat,\n",
        "\n\nWassalamualaikum wr. wb.\n\nHormat saya,\nSiti Aminah\nRT 02/RW 05 Dusun Krajan",
    ),
]


@pytest.fixture(scope="module")
def sample() -> Matcher:
    return Matcher(load_kb(Path(knowledge_base.__file__).parent / "sample"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Assalamualaikum wr wb. Syarat KTP apa saja?", "Syarat KTP apa saja?"),
        ("Yth. Admin Layanan Desa, kapan kantor buka?", "kapan kantor buka?"),
        ("Bapak/Ibu, jadwal posyandu kapan?", "jadwal posyandu kapan?"),
        ("syarat kk apa. Terima kasih sebelumnya, salam, Rina", "syarat kk apa."),
        ("cara bayar pbb? trims ya min", "cara bayar pbb?"),
        ("Assalamualaikum 🙏 cara bayar pbb? makasih min 🙏🙏", "cara bayar pbb?"),
        ("syarat kk apa? tks ya kak 😊", "syarat kk apa?"),
        ("How do I pay? Thanks in advance. Kind regards, Tom", "How do I pay?"),
        (
            "Hello there! Is the clinic open on Sunday? Many thanks in advance and have a "
            "great weekend. Cheers, Tom",
            "Is the clinic open on Sunday?",
        ),
        (
            "Hi admin, sorry to bother you. Where do I pay? Please advise, thanks!",
            "Where do I pay?",
        ),
        (
            "Good afternoon. Where do I pay? I look forward to hearing from you. Yours "
            "faithfully,\nMaria Lopez",
            "Where do I pay?",
        ),
        (
            "Kepada Yth.\nBapak/Ibu Kepala Desa\ndi tempat\n\nDengan hormat,\nsyarat kk?",
            "syarat kk?",
        ),
        (
            "syarat kk apa?\n\nHormat saya,\n\nBudi Santoso\nRT 03/RW 02 Desa Mekar",
            "syarat kk apa?\n",
        ),
    ],
)
def test_formulas_are_cut_from_both_ends(text: str, body: str) -> None:
    assert letter_body(text) == body


@pytest.mark.parametrize(
    "text",
    [
        "ibu hamil periksa di mana?",  # an address word that opens with a topic
        "Malam hari lampu jalan di gang kami mati",  # a time of day that is no greeting
        "di tempat kerja saya ada pungutan liar",  # "di tempat" that is no letter's line
        "apakah surat keterangan sehat bisa dibuat di puskesmas",
        "Saya ingin berterima kasih kepada petugas, lalu bagaimana cara daftar KIA?",
        "Terima kasih atas perhatiannya.",  # nothing but formulas: left for chatter
    ],
)
def test_words_that_say_something_stay(text: str) -> None:
    assert letter_body(text) == text


@pytest.mark.parametrize(("opening", "closing"), WRAPPERS)
def test_a_wrapped_question_gets_the_bare_questions_answer(
    matcher: Matcher, opening: str, closing: str
) -> None:
    question = (
        "Anak saya tahun ini genap tujuh belas tahun dan sebentar lagi lulus sekolah. "
        "Apa saja syarat membuat KTP elektronik untuk pemula?"
    )
    bare = matcher.match(question)
    wrapped = matcher.match(opening + question + closing)
    assert (bare.intent, bare.entry_id) == (Intent.FAQ, "ktp-pemula")
    assert (wrapped.intent, wrapped.entry_id) == (bare.intent, bare.entry_id)


@pytest.mark.parametrize(
    "question",
    [
        "kalau ktp hilang di jalan perlu surat kehilangan dari polisi ga",
        "akta kelahiran anak telat setahun kena denda ga",
        "mau lapor pungli, identitas pelapor dirahasiakan ga",
    ],
)
@pytest.mark.parametrize(
    "closing",
    [
        " Atas perhatiannya kami ucapkan terima kasih.",
        ", makasih min",
        ". Terima kasih sebelumnya, semoga sehat selalu.",
    ],
)
def test_thanks_after_a_question_tag_leave_it_a_question(
    sample: Matcher, question: str, closing: str
) -> None:
    # the tag ("... ga") asks only while it ends the message: read with the thanks
    # after it, these were complaints
    bare = sample.match(question)
    assert bare.intent is Intent.FAQ
    thanked = sample.match(question + closing)
    assert (thanked.intent, thanked.entry_id) == (bare.intent, bare.entry_id)


@pytest.mark.parametrize(("opening", "closing"), WRAPPERS[:3])
def test_a_formal_complaint_stays_a_complaint(sample: Matcher, opening: str, closing: str) -> None:
    report = (
        "Lampu penerangan jalan di depan balai warga sudah mati sejak tiga minggu lalu, "
        "malam hari gelap sekali dan sudah dua motor jatuh. Mohon segera diperbaiki."
    )
    assert sample.match(opening + report + closing).intent is Intent.COMPLAINT


def test_a_closing_alone_is_still_thanks(matcher: Matcher) -> None:
    result = matcher.match("Terima kasih banyak atas bantuannya pak")
    assert result.smalltalk is Smalltalk.THANKS


def test_a_long_letter_loses_only_its_wrappers(matcher: Matcher) -> None:
    """Its cost is measured in ``bench/kb_speed.py`` (long messages), not timed here."""
    body = "kami warga menyampaikan keadaan di lingkungan kami. " * 80
    letter = (
        "Dengan hormat, "
        + body
        + "Apa syarat membuat KTP pemula? Atas perhatiannya kami ucapkan terima kasih. "
        + "Hormat kami, Warga"
    )
    assert len(letter) > 4000
    assert letter_body(letter) == body + "Apa syarat membuat KTP pemula?"
