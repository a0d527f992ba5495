"""Greeting, main menu, help and language choice."""

from __future__ import annotations

from domain.callbacks import pack
from domain.i18n import Translator
from domain.messages import Button
from handlers.context import Buttons, Turn


def menu_buttons(turn: Turn, t: Translator | None = None) -> Buttons:
    """The main menu, in the resident's language or in ``t``'s (the language a free-text
    message was written in, see :func:`handlers.resident.faq.kb_language`)."""
    t = t or turn.t
    return (
        (Button(t("menu-ask"), pack("m", "ask")), Button(t("menu-complaint"), pack("m", "lapor"))),
        (Button(t("menu-info"), pack("m", "info")), Button(t("menu-status"), pack("m", "status"))),
        (Button(t("menu-help"), pack("m", "help")), Button(t("menu-language"), pack("m", "lang"))),
    )


def send_greeting(turn: Turn) -> None:
    name = turn.message.sender.display_name.strip()[:64]
    hello = turn.t("greeting-hello-named", name=name) if name else turn.t("greeting-hello")
    regency = turn.services.agencies.regency_in(turn.language)
    text = hello + " " + turn.t("greeting", regency=regency)
    if turn.flow:
        text += "\n\n" + turn.t("draft-pending")
    turn.reply(text, menu_buttons(turn))


def send_menu(turn: Turn) -> None:
    turn.reply(turn.t("menu-title"), menu_buttons(turn))


def send_help(turn: Turn) -> None:
    turn.reply(turn.t("help"), menu_buttons(turn))


def ask_language(turn: Turn) -> None:
    turn.reply(
        turn.t("language-choose"),
        (
            (
                Button("🇮🇩 Bahasa Indonesia", pack("lang", "id")),
                Button("🇬🇧 English", pack("lang", "en")),
            ),
        ),
    )


def set_language(turn: Turn, language: str) -> None:
    if language not in ("id", "en"):
        turn.reply(turn.t("button-expired"))
        return
    turn.contact.language = language
    turn.reply(turn.t("language-set"), menu_buttons(turn))
