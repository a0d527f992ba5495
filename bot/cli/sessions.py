"""``aduan sessions``: the dashboard's open sessions, and ending them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli.common import settings_or_exit
from bot.cli.database import in_transaction

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

sessions_app = typer.Typer(help="Dashboard sessions: list and revoke.", no_args_is_help=True)


@sessions_app.command("list")
def sessions_list() -> None:
    """Open dashboard sessions: id, who, their view, since and until when (UTC)."""
    from storage import dashboard

    async def work(session: AsyncSession) -> list[tuple[int, str, str, str, str, str]]:
        rows = await dashboard.live_sessions(session, datetime.now(UTC))
        return [
            (r.id or 0, r.user_id, r.name, r.agency_code or "all agencies",
             f"{r.created_at:%Y-%m-%d %H:%M}", f"{r.expires_at:%Y-%m-%d %H:%M}")
            for r in rows
        ]  # fmt: skip

    rows = in_transaction(settings_or_exit(), work)
    if not rows:
        typer.echo("no open dashboard sessions")
        return
    typer.echo(f"{'id':>5}  {'user':12}  {'name':24}  {'view':16}  since             until")
    for number, user, name, view, since, until in rows:
        typer.echo(f"{number:>5}  {user[:12]:12}  {name[:24]:24}  {view[:16]:16}  {since}  {until}")


@sessions_app.command("revoke")
def sessions_revoke(
    session_id: Annotated[
        int | None, typer.Argument(help="An id from 'aduan sessions list'")
    ] = None,
    user: Annotated[str | None, typer.Option(help="Every session of this user id")] = None,
) -> None:
    """End a session (by id) or every session of a person (--user)."""
    from storage import dashboard

    if (session_id is None) == (user is None):
        typer.echo("error: give a session id or --user USER_ID", err=True)
        raise typer.Exit(2)

    async def work(session: AsyncSession) -> int:
        return await dashboard.revoke(session, datetime.now(UTC), session_id, user)

    ended = in_transaction(settings_or_exit(), work)
    typer.echo(f"ended {ended} session{'s' if ended != 1 else ''}")
    if not ended:
        raise typer.Exit(1)
