"""``aduan privacy``: a resident's request about their personal data (UU 27/2022):
``export`` prints everything aduan holds on them as JSON; ``erase`` anonymises them
(their tickets' figures stay), after a confirmation (``--yes`` for scripts), with a
line in the audit log (``audit_log``) and in the log."""

from __future__ import annotations

import getpass
import json
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bot.cli.common import settings_or_exit
from bot.cli.database import in_transaction

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

log = logging.getLogger("aduan.privacy")
privacy_app = typer.Typer(
    help="A resident's personal data: export it, or erase it.", no_args_is_help=True
)
CONTACT_HELP = (
    "The resident: a contact id (42), channel:platform id (telegram:7001, "
    "whatsapp:6281234567890), a phone number (0812-3456-7890) or an e-mail address; a "
    "phone or e-mail also finds whoever typed it into an information request, an e-mail "
    "whoever gave it to the Open311 API"
)
Contact = Annotated[str, typer.Option("--contact", help=CONTACT_HELP)]


def _nobody(given: str) -> typer.Exit:
    typer.echo(f"error: no contact matches {given!r}", err=True)
    return typer.Exit(1)


@privacy_app.command("export")
def privacy_export(contact: Contact) -> None:
    """Print everything held on a resident as JSON (one object; a list when several
    contacts match, e.g. the same phone on Telegram and WhatsApp)."""
    from storage.privacy.export import export
    from storage.privacy.lookup import find_contacts

    async def work(session: AsyncSession) -> list[dict[str, Any]]:
        return [await export(session, found) for found in await find_contacts(session, contact)]

    held = in_transaction(settings_or_exit(), work)
    if not held:
        raise _nobody(contact)
    shown = held[0] if len(held) == 1 else held
    typer.echo(json.dumps(shown, ensure_ascii=False, indent=2, default=str))


@privacy_app.command("erase")
def privacy_erase(
    contact: Contact,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation")] = False,
    by: Annotated[str | None, typer.Option(help="Who asked for it (the audit log)")] = None,
) -> None:
    """Anonymise a resident: name, phone, platform id, conversation, their tickets'
    words, places and photos, what they sent and were sent. Ticket codes, agencies,
    statuses, dates and figures stay."""
    from storage.dashboard import AuditEntry
    from storage.privacy.anonymise import anonymise, is_erased
    from storage.privacy.lookup import find_contacts

    settings = settings_or_exit()

    async def show(session: AsyncSession) -> list[tuple[int, str]]:
        found = await find_contacts(session, contact)
        return [
            (c.id or 0, f"{c.channel} {c.external_id} {c.display_name!r}")
            for c in found
            if not is_erased(c)
        ]

    targets = in_transaction(settings, show)
    if not targets:
        raise _nobody(contact)
    for number, label in targets:
        typer.echo(f"contact {number}: {label}")
    if not yes and not typer.confirm("Erase this personal data? It cannot be undone"):
        typer.echo("nothing erased")
        raise typer.Exit(1)
    actor = f"operator:{by or getpass.getuser()}"[:128]

    async def erase(session: AsyncSession) -> list[str]:
        from storage.models import Contact as ContactRow

        done = []
        now = datetime.now(UTC)
        for number, _ in targets:
            row = await session.get(ContactRow, number)
            if row is None or is_erased(row):
                continue
            erased = await anonymise(session, row)
            session.add(
                AuditEntry(at=now, actor=actor, action="privacy_erase",
                           target=f"contact:{number}", detail=erased.summary())
            )  # fmt: skip
            done.append(erased.summary())
        return done

    for line in in_transaction(settings, erase):
        log.info("privacy erase by %s: %s", actor, line)
        typer.echo(f"erased {line}")
