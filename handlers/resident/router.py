"""Everything a resident sends in a private chat comes through :func:`handle_resident`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import ModuleType

from domain.callbacks import Callback, pack, unpack
from domain.messages import Button
from handlers.context import Turn
from handlers.emergency import looks_like_emergency
from handlers.ppid import objection, resend, superior
from handlers.ppid import status as ppid_status
from handlers.resident import (
    attachments,
    complaint,
    faq,
    followup,
    info_request,
    menu,
    rating,
    status,
    withdraw,
)
from knowledge_base.matcher import Smalltalk

FLOWS = {
    complaint.FLOW: complaint,
    info_request.FLOW: info_request,
    rating.FLOW: rating,
    followup.FLOW: followup,
    objection.FLOW: objection,
}


async def _start(turn: Turn, _arg: str) -> None:
    menu.send_greeting(turn)


async def _help(turn: Turn, _arg: str) -> None:
    menu.send_help(turn)


async def _language(turn: Turn, arg: str) -> None:
    if arg.lower() in ("id", "en"):
        menu.set_language(turn, arg.lower())
    else:
        menu.ask_language(turn)


async def _complaint(turn: Turn, arg: str) -> None:
    await complaint.start(turn, arg)


async def _info(turn: Turn, arg: str) -> None:
    await info_request.start(turn, arg)


async def _status(turn: Turn, arg: str) -> None:
    if arg:
        await status.show_ticket(turn, arg.split()[0])
    else:
        await status.list_tickets(turn)


async def _objection(turn: Turn, arg: str) -> None:
    await objection.start(turn, arg)


async def _cancel(turn: Turn, _arg: str) -> None:
    if turn.flow:
        turn.reset()
        turn.reply(turn.t("cancelled"), menu.menu_buttons(turn))
    else:
        turn.reply(turn.t("nothing-to-cancel"), menu.menu_buttons(turn))


async def _chat_id(turn: Turn, _arg: str) -> None:
    turn.reply(turn.t("chat-id", chat_id=turn.message.chat_id))


COMMANDS: dict[str, Callable[[Turn, str], Awaitable[None]]] = {
    "/start": _start,
    "/menu": _start,
    "/bantuan": _help,
    "/help": _help,
    "/bahasa": _language,
    "/language": _language,
    "/lapor": _complaint,
    "/report": _complaint,
    "/informasi": _info,
    "/info": _info,
    "/status": _status,
    "/keberatan": _objection,
    "/objection": _objection,
    "/batal": _cancel,
    "/cancel": _cancel,
    "/chatid": _chat_id,
    "/tarik": withdraw.on_command,
    "/withdraw": withdraw.on_command,
}


async def _menu_item(turn: Turn, item: str) -> None:
    if item == "ask":
        if turn.flow:  # an older menu's Ask: the next text is a question, not this step's answer
            turn.reset()
            turn.reply(turn.t("cancelled"))
        turn.reply(turn.t("ask-prompt"))
    elif item == "lapor":
        await complaint.start(turn)
    elif item == "info":
        await info_request.start(turn)
    elif item == "status":
        await status.list_tickets(turn)
    elif item == "help":
        menu.send_help(turn)
    elif item == "lang":
        menu.ask_language(turn)
    else:
        menu.send_menu(turn)


async def _on_button(turn: Turn, callback: Callback) -> None:
    action = callback.action
    if action == "m":
        await _menu_item(turn, callback.arg(0))
    elif action == "lang":
        menu.set_language(turn, callback.arg(0))
    elif action == "kb":
        if not faq.send_answer(turn, callback.arg(0)):
            turn.reply(turn.t("button-expired"), menu.menu_buttons(turn))
    elif action == "fb" and callback.arg(0) in ("y", "n"):
        faq.record_feedback(turn, callback.arg(0) == "y", callback.arg(1))
    elif action == "lapor":
        carried = str(turn.data.get("carry") or "") if not turn.flow else ""
        misread = turn.data.get("misread_entry") if callback.arg(0) == "misread" else None
        await complaint.start(
            turn, carried, misread_entry=str(misread) if carried and misread else None
        )
    elif action == "cx":
        await complaint.on_button(turn, callback)
    elif action == "ix":
        await info_request.on_button(turn, callback)
    elif action == "st":
        await status.show_ticket(turn, callback.arg(0))
    elif action == "rt":
        await rating.on_button(turn, callback)
    elif action == objection.ACTION:
        await objection.on_button(turn, callback)
    elif action == superior.REPLY:
        await superior.requester_replies(turn, callback)
    elif action == ppid_status.RESEND:
        await resend.resend(turn, callback.arg(0))
    elif action == "fu":
        await followup.start(turn, callback.arg(0))
    elif action == withdraw.ACTION:
        await withdraw.on_button(turn, callback)
    else:
        turn.reply(turn.t("button-expired"), menu.menu_buttons(turn))


async def handle_resident(turn: Turn) -> None:
    message = turn.message
    if message.callback_data is not None:
        callback = unpack(message.callback_data)
        if callback is None:
            turn.reply(turn.t("button-expired"), menu.menu_buttons(turn))
        else:
            await _on_button(turn, callback)
        return
    if message.edited:
        turn.reply(turn.t("edited-ignored"))
        return
    command = message.command
    if command is not None:
        name, arg = command
        handler = COMMANDS.get(name)
        if handler is None:
            turn.reply(turn.t("unknown-command"), menu.menu_buttons(turn))
        else:
            await handler(turn, arg)
        return
    flow = FLOWS.get(turn.flow or "")
    if flow is not None:
        await _in_flow(turn, flow)
        return
    if await followup.maybe_followup(turn):
        return
    text = (message.text or "").strip()
    result = faq.match(turn, text) if text else None
    if attachments.carry_for_report(turn):
        if result is None or faq.only_guesses(result):
            # a caption the KB can only guess at describes the file: no "did you mean"
            _offer_report_with_file(turn, caption=text)
            return
        _offer_report_with_file(turn, caption=None, captioned=True)
    elif not text:
        if message.location or message.photo is not None:
            turn.reply(turn.t("media-outside-flow"), menu.menu_buttons(turn))
        elif message.attachment is not None:
            turn.reply(turn.t("unsupported-content"), menu.menu_buttons(turn))
        else:
            turn.reply(turn.t("empty-message"), menu.menu_buttons(turn))
        return
    if turn.is_new_contact and not looks_like_emergency(text):
        menu.send_greeting(turn)
        if result is not None and result.smalltalk is Smalltalk.GREETING:
            return  # the welcome is the answer to "halo": no second hello under it
    await faq.answer_free_text(turn, text, result)


async def _in_flow(turn: Turn, flow: ModuleType) -> None:
    """A message within a dialog. Every dialog keeps a photo or document it did not ask
    for (with the draft, see :mod:`handlers.resident.attachments`, or with the ticket
    it is about, see :mod:`handlers.resident.ticket_files`); a sticker or a voice note
    is refused and the step asked again."""
    message = turn.message
    if message.attachment is not None and attachments.incoming_file(message) is None:
        if flow is complaint:
            complaint.unfit(turn)
        else:
            turn.reply(turn.t("attachment-unsupported"))
            await flow.on_message(turn)  # no text: the dialog asks its step again
        return
    await flow.on_message(turn)


def _offer_report_with_file(turn: Turn, caption: str | None, captioned: bool = False) -> None:
    """A file outside any dialog is kept for the report the resident may file now.
    ``captioned``: its caption is answered after this (an answer, a complaint offer).
    Otherwise the report is offered; a ``caption`` the knowledge base could only guess
    at becomes the report's description if the resident takes the offer."""
    count = len(attachments.carried(turn))
    if captioned:
        turn.reply(turn.t("attachment-kept-for-report", count=count))
        return
    if caption:
        turn.update_data(carry=caption[: faq.MAX_CARRIED_CHARS])
    turn.reply(
        turn.t("attachment-kept-offer-report", count=count),
        (
            (Button(turn.t("complaint-offer-yes"), pack("lapor", "carry")),),
            (Button(turn.t("menu-title"), pack("m", "menu")),),
        ),
    )
