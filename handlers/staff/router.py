"""Everything said or pressed in a staff chat comes through :func:`handle_staff`.

Which ticket a message is about: the bot message it replies to (cards, relayed
follow-ups, acknowledgements — every bot message about a ticket is mapped to it), else
the forum topic it was written in. Chatter between admins that is about no ticket is
left alone. Internal notes start with ``#catatan`` (or use ``/catatan``) and never
reach the resident.
"""

from __future__ import annotations

from domain.callbacks import unpack
from handlers.context import Turn
from handlers.ppid import decide
from handlers.staff import actions, commands, notify
from handlers.staff.place import Workplace, refusal
from storage import staff, tickets
from storage.models import Ticket

NOTE_MARKERS = ("#catatan", "#note")


async def ticket_in_context(turn: Turn, place: Workplace) -> Ticket | None:
    message = turn.message
    if message.reply_to_message_id:
        ticket = await tickets.by_message(
            turn.session, message.channel.value, message.chat_id, message.reply_to_message_id
        )
        if ticket is not None:
            return ticket
    if message.thread_id:
        return await staff.ticket_in_topic(turn.session, message.chat_id, message.thread_id)
    return None


async def _load(turn: Turn, raw_id: str) -> Ticket | None:
    return await staff.ticket_by_id(turn.session, int(raw_id)) if raw_id.isdigit() else None


async def on_button(turn: Turn, place: Workplace) -> None:
    t = turn.staff_t
    callback = unpack(turn.message.callback_data)
    if callback is not None and callback.action == decide.ACTION:
        await decide.on_button(turn, place, callback)
        return
    if callback is None or callback.action != "sf":
        notify.refuse(turn, t("staff-button-expired"))
        return
    action, ticket = callback.arg(0), await _load(turn, callback.arg(1))
    if ticket is None:
        notify.refuse(turn, t("staff-button-expired"))
        return
    if (why := refusal(turn, place, ticket)) is not None:
        notify.refuse(turn, t(why, agency=place.agency.name if place.agency else ""))
        return
    if action == "tk":
        await actions.take(turn, ticket)
    elif action == "rs":
        await actions.resolve(turn, ticket)
    elif action == "ra":
        actions.reassign_menu(turn, ticket)
    elif action == "rt":
        await actions.reassign(turn, ticket, callback.arg(2))
    elif action == "rj":
        actions.reject_prompt(turn, ticket)
    elif action == "ad":
        await actions.ask_details(turn, ticket)
    else:
        notify.refuse(turn, t("staff-button-expired"))


async def _pending(turn: Turn, place: Workplace) -> bool:
    """Finish what the admin started (a rejection waiting for its reason); ``True``
    when this message was that."""
    pending = turn.data.get("staff_pending")
    message = turn.message
    if (
        not isinstance(pending, dict)
        or pending.get("chat_id") != message.chat_id
        or pending.get("thread_id") != message.thread_id
    ):
        return False
    command = message.command
    if command is not None and command[0] not in ("/batal", "/cancel"):
        return False
    turn.update_data(staff_pending=None)
    if command is not None:
        notify.here(turn, turn.staff_t("staff-reject-cancelled"))
        return True
    ticket = await staff.ticket_by_id(turn.session, int(pending.get("ticket_id") or 0))
    reason = (message.text or "").strip()
    if ticket is None or not reason:
        notify.here(turn, turn.staff_t("staff-reject-cancelled"))
        return True
    if (why := refusal(turn, place, ticket)) is not None:
        notify.here(turn, turn.staff_t(why, agency=""))
        return True
    await actions.reject(turn, ticket, reason)
    return True


async def _command(turn: Turn, place: Workplace, name: str, arg: str) -> None:
    t = turn.staff_t
    if name in ("/tiket", "/ticket"):
        if arg:
            await commands.detail(turn, place, arg.split()[0])
        elif turn.message.thread_id and (ticket := await ticket_in_context(turn, place)):
            await commands.detail(turn, place, ticket.code)
        else:
            await commands.list_open(turn, place)
    elif name in ("/cari", "/search"):
        await commands.search(turn, place, arg)
    elif name in ("/templat", "/template", "/t"):
        await commands.send_template(turn, place, await ticket_in_context(turn, place), arg)
    elif name in ("/catatan", "/note"):
        await commands.note(turn, place, await ticket_in_context(turn, place), arg)
    elif name in ("/bantuan", "/help", "/start"):
        notify.here(turn, t("staff-help"))
    # any other command (another bot's, a typo) is left alone in a shared group


async def handle_staff(turn: Turn, place: Workplace) -> None:
    message = turn.message
    if message.callback_data is not None:
        await on_button(turn, place)
        return
    if message.edited:
        return
    if await _pending(turn, place) or await decide.on_message(turn, place):
        return
    command = message.command
    if command is not None:
        await _command(turn, place, *command)
        return
    text = (message.text or "").strip()
    head = text.split(maxsplit=1)[0].lower() if text else ""
    if head in NOTE_MARKERS:
        body = text[len(head) :].strip()
        await commands.note(turn, place, await ticket_in_context(turn, place), body)
        return
    ticket = await ticket_in_context(turn, place)
    if ticket is None:
        return
    if (why := refusal(turn, place, ticket)) is not None:
        notify.here(turn, turn.staff_t(why, agency=place.agency.name if place.agency else ""))
        return
    photos = (message.photo,) if message.photo is not None else ()
    documents = (message.document,) if message.document is not None else ()
    if not text and not photos and not documents:
        notify.here(turn, turn.staff_t("staff-unsupported"), ticket)
        return
    await actions.reply(turn, ticket, text, photos, documents)
