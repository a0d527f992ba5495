"""The Open311 API against its own OpenAPI description, with a property-based fuzzer
(schemathesis): no 500, every response as described, bad keys refused, and nothing
unpublished or personal in any answer."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from bot.web.open311.openapi_build import rendered
from tests.public.live import Live, live_server

DESCRIPTION = Path(__file__).parents[2] / "bot" / "web" / "open311" / "openapi.json"
schema = schemathesis.openapi.from_dict(json.loads(DESCRIPTION.read_text(encoding="utf-8")))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


SEEN: Counter[tuple[str, int]] = Counter()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with live_server(tmp_path_factory.mktemp("fuzz")) as server:
        yield server


def test_the_served_description_is_the_one_the_builder_writes(live: Live) -> None:
    assert DESCRIPTION.read_text(encoding="utf-8") == rendered()
    served = requests.get(live.base + "/open311/openapi.json", timeout=10).json()
    assert served == json.loads(rendered())


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_description_and_leaks_nothing(
    case: schemathesis.Case, live: Live
) -> None:
    if case.method == "POST" and isinstance(case.body, dict):
        size = len(str(case.body))
        if size % 2:
            case.body["api_key"] = live.api_key  # half the posts get past the key
        if size % 3 == 0:  # and some are a plausible report around the fuzzed fields
            case.body["service_code"] = "pupr"
            case.body["description"] = f"{case.body.get('description', '')} jalan rusak parah"
            case.body.setdefault("address_string", "Jl. Melati 5")
    response = case.call_and_validate(base_url=live.base, checks=CHECKS)
    SEEN[(case.method, response.status_code)] += 1
    for secret in live.secrets:
        assert secret not in response.text, f"{secret!r} leaked by {case.method} {case.path}"


def test_bad_keys_are_refused_on_every_operation(live: Live) -> None:
    for key in ("adu_not-a-key", "x", "adu_" + "A" * 43):
        read = requests.get(live.base + "/open311/v2/services.json", params={"api_key": key},
                            timeout=10)  # fmt: skip
        assert read.status_code == 403
        post = requests.post(live.base + "/open311/v2/requests.json",
                             data={"api_key": key, "service_code": "pupr"}, timeout=10)  # fmt: skip
        assert post.status_code == 403


def test_the_fuzzer_filed_reports_and_was_refused_too() -> None:
    """Run after the fuzzing above: it reached both sides of the POST."""
    assert SEEN[("POST", 201)] > 0 and SEEN[("POST", 403)] > 0, SEEN
    assert SEEN[("GET", 200)] > 0 and SEEN[("GET", 404)] > 0, SEEN
