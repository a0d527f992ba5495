"""Helpers for PPID tests: a requester who files an information request, and the
agency's PPID chat where its card goes."""

from __future__ import annotations

from domain.callbacks import pack
from domain.messages import OutgoingMessage
from tests.staff.helpers import Chat

DUKCAPIL_PPID = "-1001000000101"
REQUEST = "Data jumlah penerbitan akta kelahiran per kecamatan tahun 2025"


async def file_request(
    chat: Chat,
    information: str = REQUEST,
    contact: str = "0812 3456 7890",
    agency: str = "Disdukcapil",
) -> list[OutgoingMessage]:
    """Answer every question of ``/informasi`` and send; returns the final answer."""
    await chat.say("/informasi")
    await chat.say("Budi Santoso")
    await chat.say("Mahasiswa")
    await chat.say(contact)
    await chat.say(information)
    await chat.say("Bahan penelitian skripsi")
    shown = await chat.press("E-mail")
    if any(b.data == pack("ix", "agpick") for m in shown for row in m.buttons for b in row):
        await chat.press("instansi lain", shown)
    await chat.press(agency)
    return await chat.press("Kirim")
