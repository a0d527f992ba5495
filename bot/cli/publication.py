"""``aduan publication``: staff's say over the public page. Withhold a report, release
it again, or replace its published text; each is recorded in the ticket's audit trail
with ``--by`` as the actor."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cli.common import fail, settings_or_exit
from bot.cli.database import in_transaction
from domain.publication.rules import PublicationPolicy
from storage import publication_edits
from storage.publication_edits import EditOutcome

publication_app = typer.Typer(help="Withhold, release or edit published reports.",
                              no_args_is_help=True)  # fmt: skip
By = Annotated[str, typer.Option("--by", help="Who does it (recorded in the audit trail)")]
MESSAGES = {
    EditOutcome.UNKNOWN: "no ticket with code {code}",
    EditOutcome.WITHDRAWN: "{code} was withdrawn by its resident; it stays off the public page",
    EditOutcome.NOT_PUBLISHED: "{code} is not published: nothing to edit",
}


def _report(outcome: EditOutcome, code: str, done: str) -> None:
    if outcome is not EditOutcome.DONE:
        raise fail(ValueError(MESSAGES[outcome].format(code=code.upper())))
    typer.echo(done.format(code=code.upper()))


@publication_app.command("withhold")
def withhold(
    code: str, by: By, reason: Annotated[str | None, typer.Option(help="Why")] = None
) -> None:
    """Take a report off the public page, the open data and the API."""

    async def work(session: AsyncSession) -> EditOutcome:
        return await publication_edits.withhold(
            session, code, f"operator:{by}", datetime.now(UTC), reason
        )

    _report(in_transaction(settings_or_exit(), work), code, "{code} withheld")


@publication_app.command("release")
def release(code: str, by: By) -> None:
    """Publish a withheld report again (when the publication rules allow it)."""
    settings = settings_or_exit()
    policy = PublicationPolicy(after_days=settings.publish_after_days)

    async def work(session: AsyncSession) -> EditOutcome:
        return await publication_edits.release(
            session, code, f"operator:{by}", datetime.now(UTC), policy
        )

    _report(in_transaction(settings, work), code, "{code} released")


@publication_app.command("edit")
def edit(
    code: str,
    by: By,
    text: Annotated[str, typer.Option("--text", help="The new published description")],
    reply: Annotated[str | None, typer.Option("--reply", help="The new published reply")] = None,
) -> None:
    """Replace a published report's text (masked again; kept from then on)."""

    async def work(session: AsyncSession) -> EditOutcome:
        return await publication_edits.edit_text(
            session, code, text, f"operator:{by}", datetime.now(UTC), reply
        )

    _report(in_transaction(settings_or_exit(), work), code, "{code} edited")
