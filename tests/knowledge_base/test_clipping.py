"""Words residents cut short, read as the knowledge base word they begin (issue 13).
Words are invented."""

from __future__ import annotations

from knowledge_base.clipping import Clippings


def test_a_cut_word_is_read_as_the_one_word_it_begins() -> None:
    clippings = Clippings({"lingkungan": 3, "kecamatan": 2, "kelurahan": 4})
    assert clippings.expand("lingk") == "lingkungan"
    assert clippings.expand("kecam") == "kecamatan"


def test_a_cut_that_begins_several_equally_used_words_is_left_alone() -> None:
    clippings = Clippings({"pendaftaran": 2, "pendapatan": 2})
    assert clippings.expand("penda") is None


def test_a_cut_of_a_word_far_more_used_than_the_others_reads_as_it() -> None:
    clippings = Clippings({"pendaftaran": 9, "pendapatan": 2})
    assert clippings.expand("penda") == "pendaftaran"


def test_short_cuts_and_whole_words_are_no_clippings() -> None:
    clippings = Clippings({"lingkungan": 3, "kartu": 3})
    assert clippings.expand("lin") is None
    assert clippings.expand("kar") is None
    assert clippings.expand("kart") is None  # one letter cut: a typo, the speller's
