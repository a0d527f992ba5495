"""Free text outside a dialog: answer from the knowledge base, or say what we can do."""

from __future__ import annotations

from domain.callbacks import pack
from domain.i18n import Translator
from domain.messages import Button
from domain.shorten import shorten
from handlers.context import WRITTEN_LANGUAGE, Turn
from handlers.resident.menu import menu_buttons
from knowledge_base.matcher import Intent, MatchResult
from knowledge_base.overlapping_parts import MESSAGE_CHARS
from knowledge_base.privacy import mask_personal_data
from storage import kb_log

MAX_CARRIED_CHARS = 3500


def send_emergency(turn: Turn, alone: bool = True, language: str | None = None) -> None:
    """The 112 pointer, in ``language`` (the message's, see :func:`kb_language`) or the
    resident's; ``alone`` (nothing else to offer) adds a button to file a report
    anyway, otherwise the answer, complaint offer or suggestions follow it."""
    t = Translator(language) if language else turn.t
    if not alone:
        turn.reply(t("emergency"))
        return
    turn.reply(
        t("emergency"),
        ((Button(t("emergency-still-report"), pack("lapor", "carry")),),),
    )


def _has_more(result: MatchResult) -> bool:
    answered = result.intent is Intent.FAQ and result.entry_id is not None
    return answered or result.intent is Intent.COMPLAINT or bool(result.suggestions)


def kb_language(turn: Turn) -> str:
    """The language of KB titles and answers: the resident's (:attr:`Turn.language`,
    which already follows an English question when they chose no language), and English
    for an English question even from a resident who chose Indonesian: the KB's English
    text fits it better than its Indonesian."""
    written = str(turn.data.get(WRITTEN_LANGUAGE) or "")
    return "en" if "en" in (turn.language, written) else turn.language


def _suggestion_buttons(
    turn: Turn, entry_ids: tuple[str, ...], language: str
) -> list[tuple[Button, ...]]:
    rows: list[tuple[Button, ...]] = []
    kb = turn.services.knowledge.kb
    for entry_id in entry_ids[:3]:
        entry = kb.get(entry_id)
        data = f"v1|kb|{entry_id}"
        if entry is None or len(data.encode()) > 64:
            continue
        label = shorten(entry.title_in(language), 60)
        rows.append((Button(label, data),))
    return rows


def _log(turn: Turn, outcome: str, text: str, entry_id: str | None) -> None:
    normalised = turn.services.knowledge.matcher.normalise(text)
    kb_log.record(turn.session, outcome, mask_personal_data(text), normalised, entry_id, turn.now)


def send_answer(
    turn: Turn,
    entry_id: str,
    query: str | None = None,
    language: str | None = None,
    offer_report: bool = False,
) -> bool:
    """The entry's answer with the feedback buttons; ``offer_report`` (the question also
    told a concrete problem, see :attr:`MatchResult.problem_told`) puts the report
    first, the message carried as its description."""
    entry = turn.services.knowledge.kb.get(entry_id)
    if entry is None:
        return False
    language = language or kb_language(turn)
    t = Translator(language)
    agency = turn.services.agencies.get(entry.agency)
    text = t(
        "faq-answer",
        question=entry.title_in(language),
        answer=entry.answer_in(language),
        agency=agency.short_name_in(language) if agency else "",
    )
    turn.update_data(last_query=(query or entry.title)[:500])
    report: tuple[tuple[Button, ...], ...] = ()
    if offer_report and query:
        turn.update_data(carry=query[:MAX_CARRIED_CHARS])
        report = ((Button(t("faq-report-problem"), pack("lapor", "carry")),),)
    turn.reply(
        text,
        (
            *report,
            (
                Button(t("faq-helpful"), pack("fb", "y", entry_id))
                if len(pack("fb", "y", "")) + len(entry_id) <= 64
                else Button(t("menu-title"), pack("m", "menu")),
                Button(t("faq-not-helpful"), pack("fb", "n", entry_id))
                if len(pack("fb", "n", "")) + len(entry_id) <= 64
                else Button(t("menu-complaint"), pack("m", "lapor")),
            ),
        ),
    )
    return True


def offer_complaint(turn: Turn, text: str, related: tuple[str, ...], language: str) -> None:
    """Offer to file the message as a complaint first; the FAQ entry it also matches,
    if any, is the second button, so a resident who only asked still gets the answer."""
    turn.update_data(carry=text[:MAX_CARRIED_CHARS])
    faq_rows = _suggestion_buttons(turn, related, language)
    t = Translator(language)
    turn.reply(
        t("complaint-offer-or-read" if faq_rows else "complaint-offer"),
        (
            (Button(t("complaint-offer-yes"), pack("lapor", "carry")),),
            *faq_rows,
            (Button(t("complaint-offer-no"), pack("m", "ask")),),
        ),
    )


def match(turn: Turn, text: str) -> MatchResult:
    """Read ``text`` and remember the language it was written in: whatever is said to
    the resident from here (a welcome, the answer, a complaint filed next) follows it."""
    # the matcher reads a longer message's question within its own limit (see
    # knowledge_base.condense): a page-long story keeps the question asked at its end
    result: MatchResult = turn.services.knowledge.matcher.match(text[:MESSAGE_CHARS])
    turn.update_data(**{WRITTEN_LANGUAGE: result.language})
    return result


def only_guesses(result: MatchResult) -> bool:
    """Does the reading offer nothing but "did you mean" suggestions (or the fallback)?"""
    if result.emergency or result.intent in (Intent.COMPLAINT, Intent.SMALLTALK):
        return False
    return not (result.intent is Intent.FAQ and result.entry_id)


async def answer_free_text(turn: Turn, text: str, result: MatchResult | None = None) -> None:
    """Answer ``text`` (``result``: its reading, when the caller already matched it)."""
    result = result or match(turn, text)
    language = kb_language(turn)
    if result.emergency:
        turn.update_data(carry=text[:MAX_CARRIED_CHARS])
        send_emergency(turn, alone=not _has_more(result), language=language)
        if not _has_more(result):
            return
    answer = result.intent is Intent.FAQ and result.entry_id
    if answer and send_answer(
        turn, result.entry_id or "", text, language, offer_report=result.problem_told
    ):
        return
    if result.intent is Intent.COMPLAINT:
        offer_complaint(turn, text, (result.related,) if result.related else (), language)
        return
    # what is said around the KB's words is in the language the message was written in
    t = Translator(language)
    if result.intent is Intent.SMALLTALK:
        kind = result.smalltalk.value if result.smalltalk else "greeting"
        buttons = menu_buttons(turn, t) if kind in ("greeting", "ack", "chat") else ()
        turn.reply(t(f"smalltalk-{kind}"), buttons)
        return
    _log(turn, "unanswered", text, None)
    turn.update_data(carry=text[:MAX_CARRIED_CHARS])
    rows = _suggestion_buttons(turn, result.suggestions, language)
    if rows:
        rows.append((Button(t("menu-complaint"), pack("lapor", "carry")),))
        turn.reply(t("did-you-mean"), tuple(rows))
        return
    turn.reply(t("fallback"), menu_buttons(turn, t))


def record_feedback(turn: Turn, helpful: bool, entry_id: str) -> None:
    if turn.services.knowledge.kb.get(entry_id) is None:
        turn.reply(turn.t("button-expired"))
        return
    query = str(turn.data.get("last_query") or entry_id)
    _log(turn, "helpful" if helpful else "unhelpful", query, entry_id)
    if helpful:
        turn.reply(turn.t("feedback-thanks"))
    else:
        # a report filed from here is a complaint the KB answered as a question
        turn.update_data(carry=query[:MAX_CARRIED_CHARS], misread_entry=entry_id)
        turn.reply(
            turn.t("feedback-sorry"),
            (
                (Button(turn.t("menu-complaint"), pack("lapor", "misread")),),
                (Button(turn.t("menu-title"), pack("m", "menu")),),
            ),
        )


def record_misread(turn: Turn, query: str, entry_id: str) -> None:
    """A resident found an answer unhelpful and then filed a complaint: the KB read a
    complaint as a question (listed by ``aduan kb gaps``)."""
    _log(turn, "misread", query, entry_id)
