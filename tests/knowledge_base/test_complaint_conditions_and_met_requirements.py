"""A complaint that names an asking word only in what it tells asks nothing: money demanded
before one may go ("sebelum boleh berangkat"), requirements told as met ("padahal syarat
sudah lengkap"), where nobody knows the money went; and a fee for what the resident was
told is free ("dong bilang gratis to?") reproaches. Questions that ask the same words
still ask.

The messages are written for this test."""

from __future__ import annotations

from knowledge_base.complaint_reproach import said_free
from knowledge_base.narrated_ask import still_asking


def test_a_permission_that_is_a_demand_s_price_asks_nothing() -> None:
    text = " petugas pelabuhan minta uang rokok sebelum boleh berangkat "
    assert "boleh" not in still_asking(text, {"boleh"})
    assert "boleh" in still_asking(" boleh berangkat jam berapa ", {"boleh"})


def test_requirements_told_as_met_ask_for_none() -> None:
    text = " lamaran saya ditolak padahal syarat sudah lengkap "
    assert "syarat" not in still_asking(text, {"syarat"})
    assert "syarat" in still_asking(" syarat daftar apa saja ", {"syarat"})


def test_where_nobody_knows_the_money_went_asks_nobody() -> None:
    text = " rapat tidak pernah ada dan nobody tahu di mana the dana pergi "
    assert "di mana" not in still_asking(text, {"mana"})
    text = " tidak ada yang tahu uang nya ke mana "
    assert "ke mana" not in still_asking(text, {"mana"})


def test_a_fee_for_what_they_said_was_free_is_recalled_as_free() -> None:
    assert said_free(" motoris minta bayar bensin dong bilang gratis to ")
    assert said_free(" petugas minta 50 ribu padahal dibilang gratis ")
