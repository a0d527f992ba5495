"""A complaint filed in the chat with its kecamatan/desa and category shows them on
the public page, in the open data and through Open311 (issue 17): the chat asks what
these outputs group reports by."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml

from tests.public.rig import public_rig
from tests.turns.place_config import agencies_with_places


async def test_the_chats_area_and_category_reach_the_page_the_data_and_open311(
    sqlite_url: str, tmp_path: Path
) -> None:
    agencies = agencies_with_places(tmp_path)
    async with public_rig(sqlite_url, agencies=agencies, publish_after_days=0) as rig:
        chat = rig.harness
        await chat.say("/lapor Jalan di depan pasar berlubang besar sudah 2 minggu, bahaya")
        await chat.press("Ya, benar")
        await chat.press("Jalan rusak")
        await chat.say("Jl. Melati 5 RT 02, Desa Cibeureum")
        await chat.press("Lewati")
        await chat.press("Anonim")
        await chat.press("Kirim")
        await rig.publish()

        async with rig.http.get(rig.base + "/transparansi/laporan/ADU-2611-0001") as response:
            page = await response.text()
        assert response.status == 200
        assert "Jalan rusak" in page and "Cibeureum, Sukasari" in page
        assert "Melati 5" not in page  # anonymous: the area, never the address

        async with rig.http.get(rig.base + "/transparansi/data/laporan-2026-11.csv") as response:
            [row] = list(csv.DictReader(io.StringIO(await response.text())))
        assert row["category"] == "Jalan rusak" and row["area"] == "Cibeureum, Sukasari"

        status, [request] = await rig.get("/open311/v2/requests/ADU-2611-0001.json")
        assert status == 200 and request["address"] == "Cibeureum, Sukasari"


async def test_an_english_reader_sees_the_category_and_agency_by_their_english_names(
    sqlite_url: str, tmp_path: Path
) -> None:
    path = agencies_with_places(tmp_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for agency in data["agencies"]:
        if agency["code"] == "pupr":
            agency["categories"] = [{"name": "Jalan rusak", "name_en": "Damaged road"}]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    async with public_rig(sqlite_url, agencies=path, publish_after_days=0) as rig:
        chat = rig.harness
        await chat.say("/lapor Jalan di depan pasar berlubang besar sudah 2 minggu, bahaya")
        await chat.press("Ya, benar")
        await chat.press("Jalan rusak")
        await chat.say("Jl. Melati 5 RT 02, Desa Cibeureum")
        await chat.press("Lewati")
        await chat.press("Publik")
        await chat.press("Kirim")
        await rig.publish()
        report = rig.base + "/transparansi/laporan/ADU-2611-0001"
        async with rig.http.get(report, params={"lang": "en"}) as response:
            english = await response.text()
        async with rig.http.get(report, params={"lang": "id"}) as response:
            indonesian = await response.text()
        pupr = next(a for a in data["agencies"] if a["code"] == "pupr")
        assert "Damaged road" in english and pupr.get("name_en", pupr["name"]) in english
        assert "Jalan rusak" in indonesian and "Damaged road" not in indonesian
