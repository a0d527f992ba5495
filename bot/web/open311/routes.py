"""``/open311/v2/…``: GeoReport v2 over the published reports, and filing new ones.

Reads show only what the public page may show (published, masked reports). Filing
needs an ``api_key`` issued with ``aduan apikey create``.
"""

from __future__ import annotations

import contextlib
import json
from datetime import date
from functools import partial
from importlib.resources import files
from typing import Any

from aiohttp import web

from bot.web.open311 import format as fmt
from bot.web.open311.params import ParamError, request_query
from bot.web.open311.posting import PostError, api_request
from bot.web.public.context import PublicContext
from bot.web.public.guard import guarded
from domain.moments import local_time
from handlers.open311 import file_request
from storage import public_reports

BASE = "/open311/v2"
MAX_POST_BYTES = 64 * 1024


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=lambda d: json.dumps(d, ensure_ascii=False))


def _discovery_document(ctx: PublicContext, request: web.Request) -> dict[str, Any]:
    base = (ctx.base_url or f"{request.scheme}://{request.host}") + BASE
    changeset = date.today().isoformat()
    return {
        "changeset": changeset,
        "contact": ctx.agencies.regency,
        "key_service": "API keys are issued by the operator (aduan apikey create)",
        "endpoints": [
            {
                "specification": fmt.SPECIFICATION,
                "url": base,
                "changeset": changeset,
                "type": "production",
                "formats": ["application/json", "text/xml"],  # .xml: bot/web/open311/xml.py
            }
        ],
    }


async def _discovery(ctx: PublicContext, request: web.Request) -> web.Response:
    return _json(_discovery_document(ctx, request))


async def _openapi(_request: web.Request) -> web.Response:
    text = (files("bot.web.open311") / "openapi.json").read_text(encoding="utf-8")
    return web.Response(text=text, content_type="application/json")


# -- the service list: one service per agency -------------------------------------
async def _services(ctx: PublicContext, _request: web.Request) -> web.Response:
    return _json([fmt.service(agency) for agency in ctx.agencies.agencies])


async def _definition(ctx: PublicContext, request: web.Request) -> web.Response:
    agency = ctx.agencies.get(request.match_info["service_code"])
    if agency is None:
        return fmt.error(404, "service_code was not found")
    return _json(fmt.service_definition(agency, ctx.agencies.areas))


# -- the published reports --------------------------------------------------------
async def _requests(ctx: PublicContext, request: web.Request) -> web.Response:
    try:
        query = request_query(request.query, ctx.clock())
    except ParamError as exc:
        return fmt.error(400, str(exc))
    async with ctx.reading() as session:
        found = await public_reports.find(session, query)
    return _json([fmt.service_request(r, ctx.agencies, ctx.zone) for r in found])


async def _one_request(ctx: PublicContext, request: web.Request) -> web.Response:
    code = request.match_info["service_request_id"][:40]
    async with ctx.reading() as session:
        report = await public_reports.by_code(session, code)
    if report is None:
        return fmt.error(404, "service_request_id was not found")
    return _json([fmt.service_request(report, ctx.agencies, ctx.zone)])


def open311_routes(ctx: PublicContext) -> list[web.RouteDef]:
    def get(path: str, handler: Any) -> web.RouteDef:
        return web.get(path, guarded(ctx, handler, fmt.error), allow_head=False)

    discovery = partial(_discovery, ctx)
    return [
        get("/open311/discovery.json", discovery),
        get(f"{BASE}/discovery.json", discovery),
        get(f"{BASE}/services.json", partial(_services, ctx)),
        get(BASE + "/services/{service_code}.json", partial(_definition, ctx)),
        get(f"{BASE}/requests.json", partial(_requests, ctx)),
        get(BASE + "/requests/{service_request_id}.json", partial(_one_request, ctx)),
        get("/open311/openapi.json", _openapi),
        web.post(f"{BASE}/requests.json", guarded(ctx, _poster(ctx), fmt.error, cacheable=False)),
    ]


# -- filing a new report ----------------------------------------------------------
def _poster(ctx: PublicContext) -> Any:
    async def post(request: web.Request) -> web.Response:
        if request.content_length is not None and request.content_length > MAX_POST_BYTES:
            return fmt.error(413, "the request body is too large")
        try:
            form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        except ValueError:
            return fmt.error(400, "the body must be application/x-www-form-urlencoded")
        client = (
            await ctx.client_for(form.get("api_key", "").strip()) if form.get("api_key") else None
        )
        if client is None:
            return fmt.error(403, "api_key is missing or not valid")
        wait = ctx.key_limiter.take(f"key:{client}")
        if wait > 0:
            response = fmt.error(429, "too many requests: slow down and retry later")
            response.headers["Retry-After"] = str(max(1, int(wait + 0.999)))
            return response
        try:
            filed = api_request(form, client, ctx.agencies)
        except PostError as exc:
            return fmt.error(exc.status, exc.description)
        return await _file(ctx, filed)

    return post


async def _file(ctx: PublicContext, filed: Any) -> web.Response:
    now = ctx.clock()
    lock = ctx.writer_lock or contextlib.nullcontext()
    async with lock, ctx.sessions.begin() as session:
        ticket = await file_request(session, ctx.services, filed, ctx.policy, now)
    if ctx.on_committed is not None:
        ctx.on_committed()
    agency = ctx.agencies.get(ticket.agency_code) or ctx.agencies.default
    notice = f"Diteruskan ke {agency.name} / Forwarded to {agency.name}."
    if ticket.sla_due_at is not None:
        due = local_time(ticket.sla_due_at, ctx.zone)
        notice += f" Tanggapan pertama sebelum / First response by {due}."
    if ticket.privacy == "confidential":
        notice += " Laporan rahasia tidak dipublikasikan / Confidential: never published."
    body = [{"service_request_id": ticket.code, "service_notice": notice, "account_id": None}]
    return _json(body, status=201)
