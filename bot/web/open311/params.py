"""Reading GET requests.json's filters, as GeoReport v2 defines them: every one
optional, a missing range the latest 90 days, no range longer than 90 days; ``page``
and ``page_size`` page through the answer (an extension of the specification)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from domain.publication.rules import statuses_for
from domain.tickets import looks_like_code
from storage.public_reports import ReportQuery

MAX_SPAN = timedelta(days=90)
MAX_IDS = 100
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
MAX_PAGE = 10_000


class ParamError(ValueError):
    """A malformed filter; the message says which (sent back as a 400)."""


def _listed(value: str | None, limit: int = MAX_IDS) -> tuple[str, ...]:
    if not value:
        return ()
    items = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    if len(items) > limit:
        raise ParamError(f"at most {limit} values in one filter")
    return items


def _moment(name: str, value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ParamError(f"{name} must be a W3C date-time, e.g. 2026-11-01T00:00:00+07:00") from exc
    if moment.tzinfo is None:
        raise ParamError(f"{name} needs a time zone (Z or +07:00)")
    return moment


def _number(name: str, value: str | None, default: int, highest: int) -> int:
    if not value:
        return default
    if not value.isdigit() or not 1 <= int(value) <= highest:
        raise ParamError(f"{name} must be a whole number from 1 to {highest}")
    return int(value)


def _range(
    start: datetime | None, end: datetime | None, now: datetime
) -> tuple[datetime, datetime]:
    if start is None and end is None:
        return now - MAX_SPAN, now + timedelta(seconds=1)
    if start is None:
        assert end is not None
        return end - MAX_SPAN, end
    if end is None:
        return start, start + MAX_SPAN
    if end <= start:
        raise ParamError("end_date must be after start_date")
    if end - start > MAX_SPAN:
        raise ParamError("start_date to end_date may not span more than 90 days")
    return start, end


def request_query(params: Mapping[str, str], now: datetime) -> ReportQuery:
    size = _number("page_size", params.get("page_size"), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    page = _number("page", params.get("page"), 1, MAX_PAGE)
    offset = (page - 1) * size
    ids = _listed(params.get("service_request_id"))
    if ids:  # "this overrides all other arguments"
        codes = tuple(code.upper() for code in ids if looks_like_code(code))
        return ReportQuery(codes=codes or ("-",), offset=offset, limit=size)
    statuses: set[str] = set()
    for status in _listed(params.get("status")):
        if status not in ("open", "closed"):
            raise ParamError("status must be open or closed (comma separated)")
        statuses |= statuses_for(status)
    start, end = _range(
        _moment("start_date", params.get("start_date")),
        _moment("end_date", params.get("end_date")),
        now,
    )
    return ReportQuery(
        agencies=_listed(params.get("service_code")),
        statuses=tuple(sorted(statuses)),
        start=start,
        end=end,
        offset=offset,
        limit=size,
    )
