"""An emergency told in a clause of its own. A calm cue (a pet, a condition, a question,
a past time) speaks of the event in its own clause, not of a danger the resident reports
as happening now in another: "kebakaran di rumah sebelah, kucing saya masih di dalam",
"my dad is not breathing, what do I do if the ambulance is late?" are emergencies, while
"kucing tetangga nyangkut di pohon, bisa damkar datang?" names no danger to anyone.

Some cues frame the whole message and still cancel it: an errand ("rumah kebakaran,
klaim asuransinya gimana" asks after the fire), a laugh or a game (*jest*: "lagi main
game, squad gw kebakar semua"). A condition, a hypothetical or a past time governs the
clauses after it too ("kalau anak kejang, tidak bernapas, harus gimana" imagines both),
and a past time in a clause naming no event of its own (but in its past phrase: "they
will be buried tomorrow") dates the event told before it ("rumah kebakaran, kejadiannya
bulan lalu")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from knowledge_base.emergency_message import Message, happening, over, without_phrases

# a condition anywhere in a clause ("what do i do if the ambulance is late")
# ("maaf kalau mengganggu", "if i may" are politeness; "when will they come" asks)
_CONDITION = re.compile(
    r" (?:kalau|kalo|klo|jika|jikalau|bila|apabila|misal|misalnya|misalkan|seandainya|andaikan"
    r"|umpama|umpamanya|seumpama|if|suppose|supposing"
    r"|nek|yen|menawi|manawi|lamun|mun|upami|kalu|amun"
    r"|when(?! (?:will|is|are|does|do|can|would|should) )|unless|in case) "
    r"(?!(?:mengganggu|ganggu|boleh|tidak salah|i may|you can|you could|possible|you do not mind) )"
)
EVENTS = ("hazard", "risk")
# a clause opening on now: a past time before it no longer reaches it
_NOW_FIRST = re.compile(
    r" (?:(?:tapi|dan|but|and) )?(?:sekarang|kini|saat ini|barusan|now|right now|this time) "
)
# words besides the event phrase that make a clause a report, not a topic: "gudang
# sebelah terbakar", "fire in my apartment" (not "kebakaran hutan", "soal banjir")
_REPORT_WORDS = 2
# a clause opening on a topic marker names what the question is about: "soal banjir,"
_TOPIC = re.compile(r" (?:soal|masalah|tentang|mengenai|terkait|perihal|topik|about|regarding|re) ")


def told_apart(
    message: Message,
    split: Callable[[], Sequence[str]],
    read: Callable[[str], Message],
    judged: Callable[[Message, str], bool],
) -> bool:
    """True when one clause of a message the rules found calm as a whole is an emergency
    on its own, no other clause holds a calm frame but an *aside*, nothing frames the
    whole message, and nothing before the clause makes it imagined or over: a past time
    reaches the clauses after it until one opens on now ("kemarin rumah sebelah
    kebakaran, sekarang rumah saya yang terbakar"), and one naming no event of its own
    dates the clauses before it."""
    if not may_be_told_apart(message):
        return False
    clauses = split()
    if len(clauses) < 2:
        return False
    parts = [read(clause) for clause in clauses]
    if not any(map(_has_event, parts)):
        return False  # no clause names an event: none is judged one
    dated = [at for at, part in enumerate(parts) if _over(part) and not _event_beyond_past(part)]
    over = False
    for at, (clause, part) in enumerate(zip(clauses, parts, strict=True)):
        over = over and not _NOW_FIRST.match(part.words)
        told_now = not over and not (dated and at < dated[-1])
        before, after = _still_told(parts[:at], part), parts[at + 1 :]
        if _continues_aside(parts[:at], part):
            continue
        if told_now and judged(part, clause) and _reported(part) and not _calm(before, after, part):
            return True
        if part.has("hypothetical") or _CONDITION.search(part.words):
            return False
        over = over or _over(part)
    return False


def may_be_told_apart(message: Message) -> bool:
    """A cue that may speak of one clause only, and nothing that frames every clause
    (a game, an errand): only then is a message read clause by clause."""
    if message.has("jest") or message.framed("errand"):
        return False
    return _set_aside(message)


def _reported(part: Message) -> bool:
    """A clause that tells an event, not one that only names it as a topic ("kebakaran
    hutan, apa yang harus dilakukan jika asap masuk rumah?"): someone or something is
    in it, it is going on, or a call for help; or two words besides the event's own.
    Not one opening on a topic marker ("masalah kebakaran hutan, ...")."""
    if _TOPIC.match(part.words):
        return False
    if part.has("urgent") or happening(part):
        return True
    return len(without_phrases(part.words, part.rules, EVENTS).split()) >= _REPORT_WORDS


def _set_aside(message: Message) -> bool:
    """A cue that may have made the whole message calm while speaking of one clause only
    (most messages have none, and need no second reading). A *preface* sets aside only
    before a hazard or someone at risk (see :func:`_calm`)."""
    if _CONDITION.search(message.words) or message.has("aside"):
        return True
    if message.has("preface") and (message.has("hazard") or message.has("person")):
        return True
    return message.has("hypothetical") or _over(message)


def _continues_aside(before: Sequence[Message], part: Message) -> bool:
    """A clause told after one about an animal, naming no one of its own, nothing going
    on and no fire, goes on about the animal: "ternak warga banyak yang mati, diduga
    keracunan pakan" (not "anjing saya menggonggong, ada orang pingsan di depan")."""
    if not any(other.framed("aside") for other in before):
        return False
    return not any(part.has(kind) for kind in ("person", "now", "blaze"))


def _still_told(before: Sequence[Message], part: Message) -> list[Message]:
    """The clauses before ``part`` whose frame may still reach it: a clause opening on
    now closes the past ones, and their frames speak of the past event ("there was a
    fire last week, now our kitchen is on fire")."""
    if not _NOW_FIRST.match(part.words):
        return list(before)
    return [other for other in before if not _over(other)]


def _calm(before: Sequence[Message], after: Sequence[Message], part: Message) -> bool:
    """A calm frame in another clause that is not an *aside* (a pet, a condition): a
    habit, a question about a service, a repair ("asap pembakaran sampah tiap sore,
    anak sesak napas"). A clause before ``part`` that only opens a report or asks after
    help frames itself only, when ``part`` names a hazard or someone at risk ("info
    pak, ada anak hanyut di kali"; not "info dong, banjir di kampung sebelah"); told
    after the event it asks about the event ("anak dipukul guru, mau melapor"), unless a
    hazard befalls someone in ``part`` ("anak saya tidak sadar, apakah harus ke rs?")."""
    framing = [other for other in before if other.framed("calm")]
    if framing and (part.has("hazard") or part.has("person")):
        if not all(map(_only_prefaced, framing)):
            return True
        framing = []
    later = [other for other in after if other.framed("calm")]
    if later and part.has("hazard") and part.has("person"):
        return not all(map(_only_prefaced, later))
    return bool(framing or later)


def _only_prefaced(part: Message) -> bool:
    """A clause naming no event, opening on a *preface*, whose calm cues all open a
    report or ask after help ("mau lapor pak", "apakah bisa dikirim ambulans?")."""
    if _has_event(part) or not part.rules.patterns["preface"].match(part.words, 1):
        return False
    return not part.without("preface").framed("calm")


def _over(part: Message) -> bool:
    return over(part)


def _event_beyond_past(part: Message) -> bool:
    """An event named outside the clause's past phrases: "they will be buried tomorrow"
    names the burial of the event told before it, no event of its own."""
    if not part.has("past"):
        return _has_event(part)
    return _has_event(part.without("past"))


def _has_event(part: Message) -> bool:
    return any(part.has(kind) for kind in EVENTS)
