"""The two decisions the other PPID tests do not walk through from the card: granted in
full (a hard copy, with a copying cost and a handover the PPID writes) and not yet
documented (with the reason); the requester's notice names each."""

from __future__ import annotations

from tests.ppid.support import DUKCAPIL_PPID, file_request
from tests.ppid.test_decisions import press
from tests.staff.helpers import button, card_of, staff_presses, staff_says
from tests.turns.fixtures import both_databases
from tests.turns.rig import TurnRig, text_of


def offers(sent: list, label: str) -> bool:  # type: ignore[type-arg]
    shown = [m for m in sent if m.chat_id == DUKCAPIL_PPID and m.buttons]
    return bool(shown) and any(label in b.label for row in shown[-1].buttons for b in row)


@both_databases
async def test_a_grant_in_full_names_the_hard_copy_its_cost_and_the_handover(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_request(chat)
    sent = await staff_presses(chat, button(card_of(chat, DUKCAPIL_PPID), "Keputusan"),
                               DUKCAPIL_PPID)  # fmt: skip
    sent = await press(chat, sent, "Diberikan seluruhnya")
    sent = await press(chat, sent, "cetak")
    refused = await staff_says(chat, "lima belas ribu", DUKCAPIL_PPID)
    assert "angka rupiah" in text_of(refused)
    await staff_says(chat, "15000", DUKCAPIL_PPID)
    sent = await staff_says(chat, "Diambil di kantor mulai 5 Desember", DUKCAPIL_PPID)
    if offers(sent, "Lanjut"):
        sent = await press(chat, sent, "Lanjut")
    told = text_of(chat.to_resident(await press(chat, sent, "Kirim keputusan")))
    assert "Diberikan seluruhnya" in told and "Rp 15.000" in told
    assert "cetak" in told and "Diambil di kantor mulai 5 Desember" in told


@both_databases
async def test_not_yet_documented_tells_the_requester_why(turns: TurnRig) -> None:
    chat = turns
    await file_request(chat)
    sent = await staff_presses(chat, button(card_of(chat, DUKCAPIL_PPID), "Keputusan"),
                               DUKCAPIL_PPID)  # fmt: skip
    sent = await press(chat, sent, "Belum didokumentasikan")
    sent = await staff_says(chat, "Rekap 2025 selesai akhir Januari", DUKCAPIL_PPID)
    told = text_of(chat.to_resident(await press(chat, sent, "Kirim keputusan")))
    assert "Belum didokumentasikan" in told and "Rekap 2025 selesai akhir Januari" in told
