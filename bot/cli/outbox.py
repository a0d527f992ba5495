"""``aduan outbox``: dead letters (messages given up on): list them, queue them again."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, tzinfo
from typing import Annotated, TypeVar

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cli.common import settings_or_exit
from bot.cli.database import in_transaction

_T = TypeVar("_T")

outbox_app = typer.Typer(help="Messages that could not be delivered.", no_args_is_help=True)


def _outbox(work: Callable[[AsyncSession], Awaitable[_T]]) -> _T:
    """Run ``work`` in one transaction on the configured database."""
    return in_transaction(settings_or_exit(), work)


def _local(moment: datetime, zone: tzinfo) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


ChatOption = Annotated[str | None, typer.Option("--chat", help="Only dead letters to this chat id")]
ChannelOption = Annotated[
    str | None, typer.Option("--channel", help="Only this channel (telegram, whatsapp)")
]


def outbox_list(
    limit: Annotated[int, typer.Option(min=1, help="How many to list, newest first")] = 50,
    chat: ChatOption = None,
    channel: ChannelOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per line, full text and error")
    ] = False,
) -> None:
    """List dead letters (messages given up on): to whom, the text, and why."""
    import json

    from storage import dead_letters

    filters = dead_letters.Filters(chat_id=chat, channel=channel)

    async def work(session: AsyncSession) -> tuple[list[dead_letters.DeadLetter], int]:
        return (
            await dead_letters.listing(session, filters, limit),
            await dead_letters.count(session, filters),
        )

    rows, total = _outbox(work)
    if as_json:
        for row in rows:
            record = {
                **{k: v for k, v in row.__dict__.items() if not isinstance(v, datetime)},
                "created_at": row.created_at.isoformat() if row.created_at else None,
                "failed_at": row.failed_at.isoformat(),
            }
            typer.echo(json.dumps(record))
        return
    if not rows:
        where = f" to chat {dead_letters.one_line(chat, 64)}" if chat is not None else ""
        typer.echo(f"no dead letters{where}")
        return
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(settings_or_exit().timezone)
    failed_at = f"failed at {datetime.now(zone).tzname()}"
    typer.echo(
        f"{'id':>7}  {'channel':8}  {'chat':16}  {'name':20}  {'tries':>5}  {failed_at:16}  ticket"
    )
    for row in rows:
        typer.echo(
            f"{row.id:>7}  {dead_letters.one_line(row.channel, 8):8}  "
            f"{dead_letters.one_line(row.chat_id, 16):16}  "
            f"{dead_letters.one_line(row.chat_name, 20):20}  {row.attempts:>5}  "
            f"{_local(row.failed_at, zone):16}  {row.ticket_code or '-'}"
        )
        typer.echo(f"{'':7}  text:  {dead_letters.one_line(row.text, 70)}")
        typer.echo(f"{'':7}  error: {dead_letters.one_line(row.error, 70)}")
    if total > len(rows):
        typer.echo(f"showing the newest {len(rows)} of {total} dead letters (--limit for more)")
    else:
        typer.echo(f"{total} dead letter{'s' if total != 1 else ''}")


def outbox_retry(
    message_ids: Annotated[
        list[int] | None, typer.Argument(help="Ids shown by 'aduan outbox list'")
    ] = None,
    every: Annotated[
        bool, typer.Option("--all", help="Every dead letter (matching --chat/--channel)")
    ] = False,
    chat: ChatOption = None,
    channel: ChannelOption = None,
) -> None:
    """Queue dead letters again with fresh attempts; the running bot sends them.

    Exit status: 0 when everything asked for was queued (or there was nothing to
    queue with --all/--chat), 1 when an id is not a dead letter, 2 on a usage error.
    """
    from storage import dead_letters

    ids = list(dict.fromkeys(message_ids or []))
    if ids and every:
        typer.echo("error: give ids or --all, not both", err=True)
        raise typer.Exit(2)
    if not ids and not every and chat is None:
        typer.echo("error: name dead letters by id, or use --all or --chat CHAT", err=True)
        raise typer.Exit(2)
    filters = dead_letters.Filters(chat_id=chat, channel=channel)

    async def work(session: AsyncSession) -> tuple[list[int], dict[int, str]]:
        queued = await dead_letters.retry(session, datetime.now(UTC), ids if ids else None, filters)
        missed = [i for i in ids if i not in set(queued)]
        return queued, await dead_letters.statuses(session, missed)

    queued, others = _outbox(work)
    if queued:
        shown = ", ".join(str(i) for i in queued[:20]) + (" …" if len(queued) > 20 else "")
        plural = "s" if len(queued) != 1 else ""
        typer.echo(f"queued again: {len(queued)} dead letter{plural} ({shown})")
    missed = [i for i in ids if i not in set(queued)]
    for message_id in missed:
        status = others.get(message_id)
        if status is None:
            reason = "no such message"
        elif status == "dead":
            reason = "not to the chat/channel given"
        else:
            reason = f"it is {status}, not a dead letter"
        typer.echo(f"error: message {message_id} not queued: {reason}", err=True)
    if missed:
        raise typer.Exit(1)
    if not queued:
        where = f" to chat {dead_letters.one_line(chat, 64)}" if chat is not None else ""
        typer.echo(f"nothing to retry: no dead letters{where}")


def outbox_retry_all() -> None:
    """Same as 'retry --all'."""
    outbox_retry(None, every=True, chat=None, channel=None)


outbox_app.command("list")(outbox_list)
outbox_app.command("retry")(outbox_retry)
outbox_app.command("retry-all", hidden=True)(outbox_retry_all)
