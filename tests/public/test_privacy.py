"""Privacy: seed a confidential ticket, an anonymous one with the reporter's name, and
phone numbers, a NIK, an e-mail and names in the text; then fetch every public output
(the page, each report's page, the open data, the CLI export, the Open311 API) and grep
them all: none of it may appear anywhere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.integration.test_cli import aduan
from tests.public.live import Live, live_server

API_PHONE = "0857-1111-2222"
API_EMAIL = "pelapor.api@example.id"
API_NAME = "Kartika"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Live, Path]]:
    folder = tmp_path_factory.mktemp("privacy")
    with live_server(folder) as server:
        yield server, folder


def _outputs(live: Live, folder: Path) -> dict[str, str]:
    """Every public output, by what it is."""
    get = lambda path, **params: requests.get(live.base + path, params=params, timeout=20)  # noqa: E731
    filed = requests.post(
        live.base + "/open311/v2/requests.json",
        data={
            "api_key": live.api_key, "service_code": "pupr", "address_string": "Jl. Anggrek",
            "description": f"Got mampet, hubungi {API_NAME} {API_PHONE} atau {API_EMAIL}",
            "email": API_EMAIL, "phone": API_PHONE, "first_name": API_NAME,
            "attribute[privacy]": "anonymous",
        },
        timeout=20,
    )  # fmt: skip
    assert filed.status_code == 201, filed.text
    outputs = {"POST answer": filed.text}
    codes = [*live.published, filed.json()[0]["service_request_id"]]
    pages = ["/transparansi", "/transparansi/data", "/transparansi/data/kamus-data.json",
             "/transparansi/data/laporan-2026-11.csv", "/transparansi/data/laporan-2026-11.json",
             "/open311/v2/services.json", "/open311/v2/discovery.json",
             "/open311/v2/requests.json", "/open311/v2/requests.xml"]  # fmt: skip
    for path in pages:
        for language in ("id", "en"):
            outputs[f"{path} {language}"] = get(path, lang=language).text
    outputs["requests closed"] = get("/open311/v2/requests.json", status="closed").text
    outputs["requests by id"] = get(
        "/open311/v2/requests.json", service_request_id=",".join(codes + live.hidden)
    ).text
    for code in codes + live.hidden:
        outputs[f"page {code}"] = get(f"/transparansi/laporan/{code}").text
        outputs[f"api {code}"] = get(f"/open311/v2/requests/{code}.json").text
        outputs[f"api xml {code}"] = get(f"/open311/v2/requests/{code}.xml").text
    export = folder / "export"
    env = {"ADUAN_DATABASE_URL": f"sqlite:///{folder}/live.db"}
    done = aduan("opendata", "export", "--month", "2026-11", "--out", str(export), env=env,
                 cwd=folder)  # fmt: skip
    assert done.returncode == 0, done.stderr
    for file in export.iterdir():
        outputs[f"export {file.name}"] = file.read_text(encoding="utf-8")
    return outputs


def test_no_public_output_holds_personal_data_or_unpublished_reports(
    live: tuple[Live, Path],
) -> None:
    server, folder = live
    outputs = _outputs(server, folder)
    secrets = [*server.secrets, API_PHONE, API_EMAIL, API_NAME, API_PHONE.replace("-", "")]
    leaks = [(name, secret) for name, text in outputs.items() for secret in secrets
             if secret.lower() in text.lower()]  # fmt: skip
    assert leaks == []
    # the published reports are there, masked, so the grep above looked at real text
    assert "[telepon]" in outputs["page ADU-2611-0101"]
    assert "[NIK]" in outputs["export laporan-2026-11.csv"]
    assert "ADU-2611-0102" in outputs["/open311/v2/requests.json id"]
    for code in server.hidden:
        assert code not in outputs["/transparansi id"] and code not in outputs["requests by id"]


def test_an_anonymous_report_shows_no_address_and_only_a_rounded_place(
    live: tuple[Live, Path],
) -> None:
    server, _folder = live
    shown = requests.get(server.base + "/open311/v2/requests/ADU-2611-0102.json", timeout=20)
    report = shown.json()[0]
    assert "Mawar" not in shown.text
    assert (report["lat"], report["long"]) == (-6.91, 107.61)
    assert report["address"] == "Mekarsari, Sukamaju"
