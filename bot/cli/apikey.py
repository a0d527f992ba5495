"""``aduan apikey``: keys for clients of the Open311 API (create, list, revoke). A key
is printed once, when it is made; only its hash is stored."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cli.common import fail, settings_or_exit
from bot.cli.database import in_transaction
from storage import api_clients
from storage.models import ApiClient

apikey_app = typer.Typer(help="Keys for clients of the Open311 API.", no_args_is_help=True)


@apikey_app.command("create")
def create(
    name: Annotated[str, typer.Argument(help="The client: 2-32 of a-z, 0-9 and '-'")],
) -> None:
    """Make a key for a client and print it (it is not shown again)."""

    async def work(session: AsyncSession) -> str:
        _client, key = await api_clients.create(session, name, datetime.now(UTC))
        return key

    try:
        key = in_transaction(settings_or_exit(), work)
    except api_clients.ApiClientError as exc:
        raise fail(exc) from exc
    typer.echo(key)
    typer.echo(
        f"API key for {name.strip().lower()}: give it to the client now; it is not stored "
        "and cannot be shown again.",
        err=True,
    )


@apikey_app.command("list")
def list_keys() -> None:
    """Every client: its key's first characters, when it was made and last used."""

    async def work(session: AsyncSession) -> Sequence[ApiClient]:
        return await api_clients.listed(session)

    clients = in_transaction(settings_or_exit(), work)
    if not clients:
        typer.echo("no API clients")
        return
    for client in clients:
        used = f"{client.last_used_at:%Y-%m-%d}" if client.last_used_at else "never"
        state = f"revoked {client.revoked_at:%Y-%m-%d}" if client.revoked_at else "active"
        typer.echo(
            f"{client.name:<32} {client.key_hint}…  created {client.created_at:%Y-%m-%d}  "
            f"used {used}  {state}"
        )


@apikey_app.command("revoke")
def revoke(name: Annotated[str, typer.Argument(help="The client whose key to revoke")]) -> None:
    """Revoke a client's key (running servers stop accepting it within 30 seconds)."""

    async def work(session: AsyncSession) -> None:
        await api_clients.revoke(session, name, datetime.now(UTC))

    try:
        in_transaction(settings_or_exit(), work)
    except api_clients.ApiClientError as exc:
        raise fail(exc) from exc
    typer.echo(f"revoked the API key of {name.strip().lower()}")
