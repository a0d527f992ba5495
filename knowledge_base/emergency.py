"""Is something dangerous happening now? Tells an emergency ("rumah tetangga kebakaran",
"a man collapsed, not breathing") from a message that only mentions such a word
("klaim santunan kecelakaan kerja", "rumah rusak kena longsor bulan lalu, dapat
bantuan?"), in Indonesian and English.

The structure of an emergency, not a list of messages: an event word, and signs that it is
happening now rather than asked about. Rules over kinds of cue read from
``data/emergency.tsv`` (see its header): a *hazard* (fire, drowning, unconscious) or a
*risk* (an event word that is also an everyday one: "kecelakaan", "belum keluar", "crash")
must be named; a *past* cue or a year ("in 2018") says it is over, a *hypothetical* one
("what should I do if", "jika terjadi") or a condition opening the message ("kalau anak
kejang harus gimana") that it is imagined, a yes-or-no tag closing a risk's words that it is
asked about; an *unreal* one ("takut", "nobody", "mimpi") that the event right after it is
only feared, denied or dreamt. An *urgent* cue (a call for help) outweighs a *calm* frame (a
question, a habit, "if") and an *errand* (a claim, a permit, documents, a schedule); a
*soon* word ("sekarang", "segera", "urgent") outweighs only a calm frame: "sekarang syarat
klaim asuransi kebakaran apa" asks about an errand; asking how to reach help (*rescue*:
"nomor damkar berapa") is calm unless a hazard is named. Without any of these, a hazard is
taken as a report, a risk only with a present marker ("sedang", "masih", "ada", "is ...ing")
or a person at risk ("anak", "korban", "someone") or a place after it ("kecelakaan di
tikungan"); a shouted "tolong!" or "maling!" is urgent. Phrases are matched on cleaned
words, after chat spellings are replaced by standard ones (listed forms, and a cue word with
vowels dropped inside it: "kbakaran", "tnggelam") and *neutral* phrases ("pemadam
kebakaran", "air tidak masuk") are removed. A message found calm as a whole is still an
emergency when one of its clauses is one on its own and the calm cue is only an *aside* in
another clause (a pet, a condition: see :mod:`knowledge_base.emergency_clauses`). Who is in
danger: a pet alone is an aside, but a fire in a building (*blaze*) endangers everyone near
it, and livestock caught where it cannot get out (*beast* then *trapped*) needs a rescue
crew; a *thing* (a phone, a wallet) that fell into the water is no one at risk. A writer
taking back a shout ("kebakaran!!! eh maksudnya harga cabai") means what follows it. A
report told calmly opens on a *preface* ("mau lapor pak", "kapan ambulans datang") in a
clause of its own; a chat that leaves the comma out after it, or before a clause opening on
now, is read as if it had one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib.resources import files

from knowledge_base.emergency_clauses import may_be_told_apart, told_apart
from knowledge_base.emergency_message import (
    Message,
    asks_after,
    beast_trapped,
    caught_after_a_story,
    happening,
    heard_first,
    over,
    shouted,
    without_phrases,
)
from knowledge_base.emergency_possessed import without_api_possessed
from knowledge_base.emergency_spelling import (
    EmergencyRules,
    as_spelled,
    kept_whole,
    read_words,
    standard_words,
    with_spellings,
)
from knowledge_base.emergency_subject import SAID_OF_SOMEONE, with_subjects_read
from knowledge_base.emergency_taken import real
from knowledge_base.emergency_words import may_name_event, phrase_words
from knowledge_base.overlapping_parts import overlapping_parts
from knowledge_base.phrases import PhraseTable, phrase_table, spaced, table_phrases
from knowledge_base.self_correction import as_meant

# the kinds of cue of data/emergency.tsv (see its header)
_KIND_NAMES = (
    "neutral hazard risk unreal urgent what_now soon now person past ongoing "
    "hypothetical calm rescue errand jest aside blaze beast trapped preface thing "
    "aftermath hearsay damage dying killing feverish third speaker disaster fire medical crime "
    "search"
)
KINDS = tuple(_KIND_NAMES.split())
EVENTS = ("hazard", "risk")
# classes of event: an emergency naming one is followed up by the entries on that kind
# (see :mod:`knowledge_base.emergency_followup`)
CLASSES = frozenset({"disaster", "fire", "medical", "crime", "search"})
# the kinds whose phrases may name an event: a verb of dying or killing said of someone
# is read as a hazard (see :mod:`emergency_subject`)
_NAMING = (*EVENTS, *SAID_OF_SOMEONE)
# a past cue weeks or more back: someone missing that long is no 112 call, even if
# still not found ("hilang sebulan lalu, sampai sekarang belum pulang")
_LONG_AGO = re.compile(
    r" (?:minggu|bulan|tahun) (?:yang )?(?:lalu|kemarin) | (?:seminggu|sebulan|setahun) "
    r"| (?:last|a|one) (?:week|month|year) | weeks | months | years "
)
# a message that opens on a condition imagines the event: "kalau anak kejang harus
# gimana" asks what to do if it happens, its "harus gimana" is no call for help now
# ("kalau bisa", "kalau tidak salah" are politeness and hedging, not conditions)
_CONDITION_FIRST = re.compile(
    r" (?:kalau|kalo|klo|jika|jikalau|bila|apabila|misal|misalnya|misalkan|seandainya|andaikan"
    r"|umpama|umpamanya|seumpama|if|what if|suppose|supposing"
    # Javanese and Sundanese: "nek ana kobongan iso lapor kene ora", "lamun aya kahuruan";
    # Minangkabau and Banjar: "kalu anak kajang baa caronyo", "amun rumah kebakaran"
    r"|nek|yen|menawi|manawi|lamun|mun|upami|kalu|amun)"
    r" (?!bisa |boleh |tidak salah |possible |i am not mistaken )"
)
# punctuation that ends a clause: an *unreal* cue reaches only events in its own clause
_CLAUSE_END = re.compile(r"[.,;:!?\n]+")
# a clause end with words after it, or a question about what to do if, asked after other
# words without a comma ("bapak tidak bernapas what do i do if the ambulance is late"):
# the message has more than one clause
_APART = re.compile(
    r"[.,;:!?\n]+|\s+(?=(?:what (?:do|should|can|must) (?:i|we) do (?:if|when) "
    r"|apa yang (?:harus|perlu|mesti) (?:dilakukan|saya lakukan|kami lakukan)"
    r" (?:kalau|kalo|klo|jika|bila|apabila) ))",
    re.IGNORECASE,
)
# a clause opening on now, told without a comma after a past one ("minggu lalu ada
# kebakaran sekarang dapur kami terbakar"; not "sampai sekarang", "right now")
_NOW_WORD = re.compile(r"\b(?:sekarang|skrg|skrng|skarang|kini|now)\b", re.IGNORECASE)
_NOW_OPENS = re.compile(
    r"(?<!sampai)(?<!hingga)(?<!right)(?<!just)(?<!until)(?<!since)(?<!from)(?<!by)"
    r"(?<!dan)(?<!tapi)(?<!and)(?<!but)"
    r"(?=\s+(?:(?:dan|tapi|but|and) )?(?:right )?"
    r"(?:sekarang|skrg|skrng|skarang|kini|now) [^\W\d_])",
    re.IGNORECASE,
)
_MORE_CLAUSES = re.compile(_APART.pattern + r"(?=\s*[^\W_])", re.IGNORECASE)
# a report or a question opening the message, told without a comma after it: "mau
# lapor pak rumah di ujung gang terbakar" reads as "mau lapor pak, rumah ..."
_OPENING = re.compile(
    r"^\s*(?:(?:saya |sy |aku )?(?:mau|mo|ingin|pengen|pingin) (?:lapor|melapor|melaporkan"
    r"|tanya|nanya|bertanya|info|kasih tau|kasih tahu|menginformasikan)"
    r"|info|mohon info|minta info|numpang tanya|izin lapor|lapor)"
    r"(?: (?:pak|bu|min|kak|mas|mbak|bang|dong|ya|nih|bapak|ibu|admin|sir|ma'am))*(?=\s)",
    re.IGNORECASE,
)
# the cues that take an event away (see :mod:`emergency_taken`): read clause by clause
# only when one of them is in the message
_TAKERS = ("unreal", "thing", "damage")


def parse_rules(text: str) -> EmergencyRules:
    """Rules from the TSV text (see ``data/emergency.tsv``), each phrase also in the
    standard words a message is read in (see :func:`emergency_spelling.as_spelled`)."""
    found, forms = table_phrases(text, KINDS)
    forms = kept_whole(found, forms)
    rules = with_spellings(PhraseTable({}, forms), text)  # spelling needs only the forms
    spelled = as_spelled(found, rules)
    events = phrase_words(phrase for kind in _NAMING for phrase in spelled[kind])
    affixable = frozenset(
        word for kind in (*EVENTS, "trapped") for phrase in spelled[kind] for word in phrase.split()
    )
    return replace(
        rules,
        table=phrase_table(spelled, forms),
        spellings={},
        event_words=events,
        affixable=affixable,
    )


@lru_cache(maxsize=1)
def default_rules() -> EmergencyRules:
    source = files("knowledge_base") / "data" / "emergency.tsv"
    return parse_rules(source.read_text(encoding="utf-8"))


PART_CHARS = 2000  # characters judged at once
PART_STEP = 1500  # where the next part of a longer message starts (parts overlap)


def is_emergency(text: str, given: EmergencyRules | None = None) -> bool:
    """True when the message reports a danger happening now (point the resident to 112).
    A message longer than one part is judged part by part, so that a fire told at the end
    of a page-long letter is found as one told in its first lines."""
    given = given or default_rules()
    parts = overlapping_parts(text, PART_CHARS, PART_STEP)
    return any(_part_is_emergency(part, given) for part in parts)


def _part_is_emergency(text: str, given: EmergencyRules) -> bool:
    text = as_meant(text, given)
    found = standard_words(text, given)
    if not any(given.table.may_have(kind, found) for kind in _NAMING):
        return False
    events = given.event_words
    if events is not None and not may_name_event(read_words(text, found, given), events):
        return False  # no reading of it can name an event (see :mod:`emergency_words`)
    message = _whole(text, given, found)
    if _judged(message, text, given):
        return True
    if not may_be_told_apart(message):
        return False
    text = _punctuated(text)
    return _MORE_CLAUSES.search(text) is not None and told_apart(
        message,
        lambda: [clause for clause in _APART.split(text) if clause.strip()],
        lambda clause: _whole(clause, given),
        lambda part, clause: _judged(part, clause, given),
    )


def classes_named(text: str, given: EmergencyRules | None = None) -> frozenset[str]:
    """The classes of event the words of ``text`` name as the rules read them (*disaster*:
    a flood, a landslide; *fire*, *medical*, *crime*, *search*), neutral phrases left out
    ("pemadam kebakaran")."""
    given = given or default_rules()
    text = as_meant(text, given)
    return given.table.kinds_in(_read(text, given).split()) & CLASSES


def calls_for_help(text: str, given: EmergencyRules | None = None) -> bool:
    """Whether ``text`` calls for help ("tolong cepat", "please help", a shouted
    "tolong!"): a call, not a question, though a request's words may read as asking."""
    given = given or default_rules()
    text = as_meant(text, given)
    return _whole(text, given).has("urgent") or shouted(text, given.table)


def _punctuated(text: str) -> str:
    """``text`` with the commas a chat message leaves out where a clause ends: after
    a report or a question opening it, before a clause opening on now."""
    text = _OPENING.sub(r"\g<0>,", text, count=1)
    return _NOW_OPENS.sub(",", text) if _NOW_WORD.search(text) else text


def _whole(text: str, given: EmergencyRules, found: Sequence[str] | None = None) -> Message:
    """``text`` read as one message, without the events an *unreal* cue says are only
    feared (per clause)."""
    rules = given.table
    found = standard_words(text, given) if found is None else found
    said = words = _read(text, given, found)
    cued = any(rules.may_have(kind, found) for kind in _TAKERS)
    # common words ("seperti", "agar", "hp") are unreal or thing cues: read clause by
    # clause only when one of them reaches an event at all
    if cued and real(words, rules) != words:
        words = " ".join(real(_read(clause, given), rules) for clause in _clauses(text))
        words = re.sub(" +", " ", words)
    return Message(words, rules, said)


def _judged(message: Message, text: str, given: EmergencyRules) -> bool:
    """The rules over the cues of ``message`` (the whole message or one clause)."""
    hazard, risk, words = message.has("hazard"), message.has("risk"), message.words
    if not (hazard or risk):
        return False  # most messages and clauses: no event, whatever else they say
    # over, unless it goes on since: "hilang kemarin sore, sampai sekarang belum kembali"
    ended = over(message) and not (message.has("ongoing") and not _LONG_AGO.search(words))
    if ended or message.has("hypothetical"):
        return False
    imagined = _CONDITION_FIRST.match(words) is not None
    if message.has("urgent") or shouted(text, message.rules):
        return True
    if imagined or asks_after(message):
        return False
    if message.has("what_now"):
        return True
    errand = message.framed("errand")
    if message.has("soon") and not errand:
        return True
    if errand or message.has("jest"):
        return False
    # a story told calmly ("there was a crash") with someone still caught in it now
    # a risk told as heard of has no first-hand sign; a hazard counts however it came
    heard = not hazard and heard_first(message)
    if (message.framed("calm") or heard) and not caught_after_a_story(message):
        return False
    if message.framed("aside") and not (message.has("blaze") or beast_trapped(message)):
        return False
    if message.framed("rescue"):
        return hazard and _reported_apart(text, given)
    return hazard or happening(message)


def _reported_apart(text: str, given: EmergencyRules) -> bool:
    """A hazard told in a clause of its own, before or after asking how to reach help:
    "rumah tetangga kebakaran, nomor damkar berapa?" (not "lokasi posko pengungsian
    korban gempa", where the hazard only says which shelter)."""
    rules = given.table
    for clause in _clauses(text):
        message = Message(_read(clause, given), rules)
        if message.has("hazard") and not message.framed("rescue"):
            return True
    return False


def _read(text: str, given: EmergencyRules, found: Sequence[str] | None = None) -> str:
    """The standard words of ``text``, spaced, without its *neutral* phrases and the
    Lampung "api" before a possessed word (see :mod:`emergency_possessed`)."""
    found = standard_words(text, given) if found is None else found
    words, rules = without_api_possessed(spaced(found)), given.table
    if rules.may_have("neutral", found):
        words = without_phrases(words, rules, ("neutral",))
    return with_subjects_read(words, rules, found)


def _clauses(text: str) -> list[str]:
    return [clause for clause in _CLAUSE_END.split(text) if clause.strip()]
