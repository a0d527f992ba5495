"""A letter laid out over lines: its addressee block, its subject line and its closing
thanks are read as a letter's parts, and the subject names what is asked."""

from __future__ import annotations

from knowledge_base.asking import piece_asks, subject_line
from knowledge_base.focus import asking_clauses, clauses
from knowledge_base.letter import letter_body
from knowledge_base.matcher import Intent, Matcher


def test_an_addressee_over_several_lines_is_cut_down_to_di_tempat() -> None:
    letter = (
        "Kepada Yth.\nBapak/Ibu Kepala Seksi Pelayanan\nKantor Kecamatan Sukamaju Utara\n"
        "di tempat\n\nDengan hormat,\nsyarat kk baru apa saja?"
    )
    assert letter_body(letter) == "syarat kk baru apa saja?"


def test_thanks_for_attention_with_the_address_after_it_is_cut() -> None:
    text = (
        "Syarat kk baru apa saja? Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan "
        "terima kasih."
    )
    assert letter_body(text) == "Syarat kk baru apa saja?"


def test_thanks_for_the_information_is_cut() -> None:
    text = "Kapan PBB dibayar?\nAtas informasinya saya ucapkan terima kasih."
    assert letter_body(text) == "Kapan PBB dibayar?"


def test_a_subject_line_stays_without_its_request_formula() -> None:
    letter = (
        "Perihal: Permohonan informasi pembuatan kartu keluarga\n\nDengan hormat,\n"
        "kami mohon petunjuk persyaratannya."
    )
    assert letter_body(letter) == (
        "Perihal: pembuatan kartu keluarga\nkami mohon petunjuk persyaratannya."
    )


def test_a_subject_that_is_only_the_request_formula_stays_whole() -> None:
    letter = "Hal : Permohonan informasi\nDengan hormat, bagaimana cara mengajukannya?"
    assert letter_body(letter).startswith("Hal : Permohonan informasi\n")


def test_a_subject_line_asks() -> None:
    assert subject_line("Perihal: pembuatan kartu keluarga\n")
    assert subject_line("Subject: birth certificate")
    assert not subject_line("hal ini sudah saya tanyakan ke desa")


def test_a_subject_line_is_among_the_asking_clauses(matcher: Matcher) -> None:
    normaliser = matcher.index.normaliser
    letter = (
        "Perihal: pembuatan kartu keluarga\nKami pasangan yang menikah bulan lalu dan "
        "sekarang tinggal di rumah kontrakan di dekat pasar bersama orang tua. Kami mohon "
        "petunjuk persyaratan dokumen tersebut."
    )
    parts = clauses(letter, normaliser)
    assert 0 in asking_clauses(parts)
    assert piece_asks("Perihal: pembuatan kartu keluarga", normaliser)


def test_a_formal_letter_with_a_subject_line_is_answered_from_it(matcher: Matcher) -> None:
    letter = (
        "Kepada Yth.\nBapak/Ibu Kepala Dinas\ndi tempat\n\n"
        "Perihal: Permohonan informasi kartu keluarga baru\n\nDengan hormat,\n"
        "Kami pasangan yang menikah bulan lalu di kantor urusan agama dan sekarang tinggal "
        "di rumah kontrakan dekat pasar. Kami mohon petunjuk mengenai dokumen yang perlu "
        "disiapkan.\n\nAtas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih."
        "\n\nHormat kami,\nPasangan muda"
    )
    result = matcher.match(letter)
    assert result.intent is Intent.FAQ
    assert result.entry_id == "kk-baru"
