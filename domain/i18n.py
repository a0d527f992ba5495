"""User-facing text from one Fluent catalog per language (``domain/locales/<lang>.ftl``).

Handlers produce safe HTML, so every string argument is HTML-escaped before it is
placed into a message; catalog text itself may hold tags. Arguments wrapped in
:class:`Markup` are inserted as they are (already safe HTML), and so is every text a
:class:`Translator` returns: a formatted catalog message is safe HTML, so one placed
inside another is never escaped twice (no literal ``<b>`` on anyone's screen).
"""

from __future__ import annotations

import html
import logging
from functools import cache
from importlib.resources import files
from typing import Protocol

from babel.numbers import format_decimal
from fluent.runtime import FluentBundle, FluentResource

LANGUAGES = ("id", "en")
log = logging.getLogger(__name__)


class Markup(str):
    """A string that is already safe HTML and must not be escaped again."""


@cache
def _bundle(language: str) -> FluentBundle:
    source = (files("domain") / "locales" / f"{language}.ftl").read_text(encoding="utf-8")
    bundle = FluentBundle([language], use_isolating=False)
    bundle.add_resource(FluentResource(source))
    return bundle


class Localized(Protocol):
    """A value that says itself in the language of the message it is placed into (an
    agency's name, a moment): the translator asks it for its text in that language."""

    def text_in(self, language: str) -> str: ...


def _safe(value: object, language: str) -> object:
    kind = type(value)
    if kind is str:
        return html.escape(value, quote=False)  # type: ignore[arg-type]
    if kind is Markup:
        return str(value)
    text_in = getattr(value, "text_in", None)
    if text_in is not None:
        return html.escape(text_in(language), quote=False)
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, str):
        return html.escape(value, quote=False)
    return value


class Translate(Protocol):
    """What builds a document's text: catalog messages in one language (a
    :class:`Translator`); the language also says how the document writes numbers."""

    language: str

    def __call__(self, key: str, **params: object) -> str: ...


class Translator:
    """Formats catalog messages; falls back to Indonesian, then to the key itself."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "id"

    def __call__(self, key: str, **params: object) -> str:
        """The message, as a :class:`Markup` (typed ``str`` so that lists of texts stay
        lists of ``str``): safe HTML, inserted as it is into another message."""
        if params:
            return Markup(_format(self.language, key, params)[0])
        # a message without arguments is the same text every time: formatted once
        plain = _PLAIN.get((self.language, key))
        if plain is None:
            text, cacheable = _format(self.language, key, {})
            plain = Markup(text)
            if cacheable:
                _PLAIN[(self.language, key)] = plain
        return plain

    def has(self, key: str) -> bool:
        """Whether this language's catalog (or the Indonesian one) holds ``key``."""
        return _bundle(self.language).has_message(key) or _bundle("id").has_message(key)


_PLAIN: dict[tuple[str, str], Markup] = {}


def _format(wanted: str, key: str, params: dict[str, object]) -> tuple[str, bool]:
    """The text, and whether it came out without errors (a missing message or a missing
    argument is logged each time it is asked for)."""
    for language in (wanted, "id"):
        bundle = _bundle(language)
        if bundle.has_message(key):
            message = bundle.get_message(key)
            if message.value is None:
                break
            # Fluent refuses placeables over 2,500 characters (a guard against
            # expansion attacks), but a resident's description may be 4,000. String
            # arguments go in as short tokens and are substituted afterwards.
            values = {k: _safe(v, wanted) for k, v in params.items()}
            tokens = {
                k: f"\ue000{i}\ue001"
                for i, (k, v) in enumerate(values.items())
                if isinstance(v, str)
            }
            text, errors = bundle.format_pattern(
                message.value, {k: tokens.get(k, v) for k, v in values.items()}
            )
            for error in errors:
                log.warning("catalog %s message %s: %s", language, key, error)
            result = str(text)
            for name, token in tokens.items():
                result = result.replace(token, str(values[name]))
            return result, not errors
    log.error("missing catalog message %s", key)
    return key, False


def message_keys(language: str) -> set[str]:
    """Every message id in a catalog (used to check that the catalogs agree)."""
    return set(_bundle(language)._messages)


def number_text(value: float, language: str, places: int = 1) -> str:
    """``value`` with ``places`` decimals as ``language`` writes it: Indonesian 12,5 and
    English 12.5 (the separators from CLDR, through Babel, as Fluent's NUMBER has them).
    No thousands separators: a figure in a CSV or a narrow column reads back whole."""
    pattern = "0." + "0" * places if places > 0 else "0"
    locale = language if language in LANGUAGES else "id"
    return format_decimal(value, format=pattern, locale=locale, decimal_quantization=True)
