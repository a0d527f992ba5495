"""Which complaints are published, and what the public sees of them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from domain.publication.redaction import NAME, PHONE
from domain.publication.rules import (
    PublicationPolicy,
    TicketFacts,
    open311_status,
    public_report,
    publishable,
)

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
POLICY = PublicationPolicy(after_days=30)
FACTS = TicketFacts(
    code="ADU-2611-0001",
    kind="complaint",
    status="open",
    privacy="public",
    agency_code="pupr",
    created_at=NOW - timedelta(days=2),
    updated_at=NOW - timedelta(days=1),
    description="Jalan berlubang depan rumah Budi Santoso, hubungi 081234567890",
    location_text="Jl. Melati 5 dekat rumah Budi",
    latitude=-6.912345,
    longitude=107.612345,
    names=("Budi Santoso",),
)


def test_an_open_young_complaint_is_not_published() -> None:
    assert not publishable(FACTS, POLICY, NOW)


def test_a_resolved_complaint_is_published() -> None:
    assert publishable(replace(FACTS, status="resolved"), POLICY, NOW)


def test_an_old_open_complaint_is_published() -> None:
    assert publishable(replace(FACTS, created_at=NOW - timedelta(days=30)), POLICY, NOW)


def test_a_complaint_filed_through_the_api_is_published_at_once() -> None:
    assert publishable(replace(FACTS, filed_through_api=True), POLICY, NOW)


def test_confidential_complaints_and_information_requests_never_are() -> None:
    resolved = replace(FACTS, status="closed", filed_through_api=True)
    assert not publishable(replace(resolved, privacy="confidential"), POLICY, NOW)
    assert not publishable(replace(resolved, kind="info"), POLICY, NOW)


def test_a_public_report_shows_the_masked_address_and_exact_place() -> None:
    report = public_report(FACTS, POLICY)
    assert report.address == f"Jl. Melati 5 dekat rumah {NAME}"
    assert report.description == f"Jalan berlubang depan rumah {NAME}, hubungi {PHONE}"
    assert (report.latitude, report.longitude) == (-6.912345, 107.612345)


def test_an_anonymous_report_shows_no_address_and_a_rounded_place() -> None:
    report = public_report(replace(FACTS, privacy="anonymous", area="Kec. Sukamaju"), POLICY)
    assert report.address is None
    assert (report.latitude, report.longitude) == (-6.91, 107.61)
    assert report.area == "Kec. Sukamaju"


def test_the_agencys_reply_is_masked_too() -> None:
    report = public_report(
        replace(FACTS, reply="Sudah kami hubungi Pak Budi di 0812-3456-7890"), POLICY
    )
    assert report.reply == f"Sudah kami hubungi Pak {NAME} di {PHONE}"


def test_open311_knows_open_and_closed() -> None:
    assert [open311_status(s) for s in ("open", "in_progress", "answered")] == ["open"] * 3
    assert [open311_status(s) for s in ("resolved", "rejected", "closed")] == ["closed"] * 3
