"""One message (or one clause of it) as the emergency rules read it: its standard words,
spaced, and where each kind of cue is found; and the signs that a *risk* is real (it is
going on, someone is exposed to it, a headline names it and where)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from knowledge_base.phrases import PhraseTable
from knowledge_base.tokens import clean

# a year named as the time of the event: "in 2018", "tahun 2019", "sejak 2020" (over)
# ("the 2004 tsunami", "during 2019")
YEAR = re.compile(r" (?:in|since|tahun|sejak|pada|thn|the|of|during) (?:19|20)\d\d ")
# English present progressive: "is drowning", "are being robbed", "is not moving"
# ("is there funding", "is it raining" ask, they do not tell)
_PROGRESSIVE = re.compile(r" (?:is|are|am) (?!there |it )(?:\S+ )?\S+ing ")
# English "just" and a past form: it has only now happened ("a landslide just covered
# the road", "the car just flipped"); not asking or wanting ("i just wanted to ask")
_JUST_NOW = re.compile(
    r" just (?:got |been )?(?!(?:wanted|asked|wondered|needed|checked|heard|learned|"
    r"received|registered|moved|finished|returned|started|noticed|read|saw|watched) )"
    r"(?:\S+ed|fell|hit|broke|went|caught|blew|came|ran|got|sank|burst|gave way) "
)
# the kinds whose phrases may hold a calm word as part of a name ("bus wisata")
_HOLDERS = ("person", "hazard", "risk")
_EVENTS = ("hazard", "risk")
# a *trapped* cue reaches back to a *beast* or a *person* this many words before it
_BEAST_REACH = 4
# a word shouted: "tolong!!", "help!", "maling!"
_SHOUTED = re.compile(r"([^\W_]+)\s*!")
_CALLS_FOR_HELP = frozenset({"tolong", "tlg", "tulung", "help"})
# an English article opening a headline: "a small plane crashed in ..."
_ARTICLE = re.compile(r"^ (?:a|an|the) ")
# where something happens, right before a calm word that names a place ("di depan apotek");
# English "outside" with its determiner only: it also ends a clause as an adverb ("he
# collapsed outside, how do i claim insurance" reads "outside how do i claim")
_PLACE = re.compile(
    r" (?:di|depan|dekat|samping|belakang|seberang|near|behind|beside|opposite"
    r"|in front of|next to)(?: the| a)? $"
    r"| outside (?:the|a|an|my|our|his|her|their|this|that) $"
)


# a pet that bites or attacks: someone else is the one at risk ("my puppy bit my son")
_ATTACKS = re.compile(r"(?:bit|bites|has bitten|attacked|attacks|menggigit|gigit|menyerang) ")


class Message:
    """The standard words of a message, spaced (" w1 w2 ... "), and where each word
    starts: a kind's phrases are tried only where a word opens one of them, not at
    every word (is_emergency reads every message)."""

    def __init__(self, words: str, rules: PhraseTable, said: str | None = None) -> None:
        self.words, self.rules = words, rules
        # the words before the events an *unreal* cue denies were taken out: a calm phrase
        # may hold the denied event ("nobody was hurt", "tidak ada yang terluka")
        self._said = Message(said, rules) if said is not None and said != words else None
        self._at: dict[str, list[int]] = {}
        self._has: dict[str, bool] = {}
        self._openings: dict[str, list[int]] | None = None  # see :meth:`openings`
        position = 1
        for word in words[1:-1].split(" "):
            self._at.setdefault(word, []).append(position)
            position += len(word) + 1

    def openings(self, kind: str) -> list[int]:
        """Where a word opening a phrase of ``kind`` stands, in order (every kind's found
        in one pass over the words, on the first question: the rules ask a dozen)."""
        if self._openings is None:
            self._openings = self.rules.openings(self._at)
        return self._openings.get(kind, [])

    def has(self, kind: str) -> bool:
        """Remembered per kind: the rules ask about a kind more than once."""
        found = self._has.get(kind)
        if found is None:
            pattern = self.rules.patterns[kind]
            found = self._has[kind] = any(pattern.match(self.words, p) for p in self.openings(kind))
        return found

    def framed(self, kind: str, after: int = 0) -> bool:
        """A *calm* or *errand* phrase that is not only where the event is: "pingsan di
        depan apotek", "lying unconscious outside the pharmacy" name a place, not a
        question about it; nor a word of a person's or an event's phrase ("kapal wisata
        terbalik": a tourist boat, no question about tourism). ``after``: only phrases
        opening there or later."""
        pattern = self.rules.patterns[kind]
        if kind == "calm" and not after and self._said is not None and self._said.framed(kind):
            return True
        return any(
            (found := pattern.match(self.words, p))
            and not _PLACE.search(self.words, 0, p)
            and not self._inside(p)
            and not (kind == "aside" and _ATTACKS.match(self.words, found.end()))
            for p in self.openings(kind)
            if p >= after
        )

    def without(self, *kinds: str) -> Message:
        """The message with the phrases of ``kinds`` taken out."""
        return Message(without_phrases(self.words, self.rules, kinds), self.rules)

    def _inside(self, at: int) -> bool:
        """The word at ``at`` lies inside a phrase of a person or an event that opens
        before it."""
        for kind in _HOLDERS:
            pattern = self.rules.patterns[kind]
            for p in self.openings(kind):
                if p >= at:
                    break
                found = pattern.match(self.words, p)
                if found and found.end() > at:
                    return True
        return False

    def count(self, kind: str) -> int:
        """Phrases of ``kind`` that do not overlap."""
        pattern, found, end = self.rules.patterns[kind], 0, 0
        for position in self.openings(kind):
            match = pattern.match(self.words, position) if position >= end else None
            if match:
                found, end = found + 1, match.end()
        return found


# a yes-or-no tag closing the words: "masih ada buaya ga", "jalannya aman or not"; or
# asking whether it is safe, anywhere ("tanahnya retak, aman ga tinggal di situ", "is it
# safe to stay, the ground is cracking")
_ASKS_YES_OR_NO = re.compile(
    r" (?:tidak|or not) $| (?:aman tidak|apa aman|apakah aman|masih aman|is it safe"
    r"|is it still safe|still safe to|safe to stay|safe to live) "
)


def asks_after(message: Message) -> bool:
    """A risk named in words that close on a yes-or-no tag, or that ask whether it is
    safe, is asked about, not reported: "sekarang masih banyak buaya ga" (a hazard is
    still reported: "anak saya kejang, harus ke rs ga")."""
    return not message.has("hazard") and _ASKS_YES_OR_NO.search(message.words) is not None


def without_phrases(words: str, rules: PhraseTable, kinds: tuple[str, ...]) -> str:
    """Spaced ``words`` with the phrases of ``kinds`` taken out (spaced again)."""
    for kind in kinds:
        words = rules.replaced(kind, words, " ")
    return re.sub(" +", " ", words)


def over(message: Message) -> bool:
    """Something says the event is over: a past cue, a year named as its time, or an
    *aftermath* cue right before an event ("bekas kebakaran", "pasca banjir"; "bekas
    tambang" is only a former mine, a place); unless someone is still in danger (see
    :func:`still_in_danger`)."""
    told = message.has("past") or YEAR.search(message.words) is not None or _aftermath(message)
    return told and not still_in_danger(message)


# what an event did to a place, between an *aftermath* cue and the event: "bekas
# terendam banjir", "pasca diterjang longsor" (a house left after the flood)
_STRUCK = re.compile(
    r"(?:terendam|kena|terkena|diterjang|dilanda|dihantam|diterpa|tersapu|terdampak"
    r"|hit by|struck by|affected by) "
)


def _aftermath(message: Message) -> bool:
    words, rules = message.words, message.rules
    cue, events = rules.patterns["aftermath"], [rules.patterns[kind] for kind in _EVENTS]
    for at in message.openings("aftermath"):
        found = cue.match(words, at)
        if not found:
            continue
        struck = _STRUCK.match(words, found.end())
        after = struck.end() if struck else found.end()
        if any(event.match(words, after) for event in events):
            return True
    return False


def caught_after_a_story(message: Message) -> bool:
    """Someone caught where they cannot get out (a *trapped* cue within
    :data:`_BEAST_REACH` words after a *person*, or "still" before a hazard: see
    :func:`still_in_danger`) after an event told calmly, with no calm frame after them:
    "there was a crash, the driver is trapped" is still a danger now, while "suami saya
    terjebak banjir di kantor, bagaimana cara pulang" asks."""
    at = _caught_at(message, "person") or _still_at(message)
    return at > 0 and message.framed("calm") and not message.framed("calm", after=at)


# "still" right before a hazard or a trap that befell someone: they are in it now
_STILL = re.compile(r"(?:masih|still) ")


def still_in_danger(message: Message) -> bool:
    """Someone still in a hazard or caught now, told after an event in the past tense:
    "semalam rumah roboh, neneknya masih tertimbun", "workers are still trapped"."""
    return _still_at(message) > 0


def _still_at(message: Message) -> int:
    """Where the hazard or trap after "masih"/"still" within :data:`_BEAST_REACH` words
    after a *person* starts, else 0."""
    words, rules = message.words, message.rules
    if " masih " not in words and " still " not in words:
        return 0
    dangers = (rules.patterns["hazard"], rules.patterns["trapped"])
    for at in _words_after(message, "person"):
        still = _STILL.match(words, at)
        if still and any(danger.match(words, still.end()) for danger in dangers):
            return still.end()
    return 0


def shouted(text: str, rules: PhraseTable) -> bool:
    """A call for help or an event word followed by "!": "tolong!!", "maling!", "fire!"."""
    shouted = {rules.forms.get(w, (w,))[0] for w in _SHOUTED.findall(clean(text))}
    events = rules.starts["hazard"] | rules.starts["risk"]
    return not shouted.isdisjoint(_CALLS_FOR_HELP | events)


def _headline(message: Message) -> bool:
    """An event named first, then where: "kecelakaan beruntun di tol", "robbery at the
    shop", "a small plane crashed in a field" (after an article)."""
    words, risk = message.words, message.rules.patterns["risk"]
    starts = [1]
    if _ARTICLE.match(words):  # the second or the third word
        second = words.index(" ", 1) + 1
        starts += [second, words.find(" ", second) + 1]
    opening = any(0 < at < len(words) and risk.match(words, at) for at in starts)
    return opening and re.search(r" (?:di|at|on|in) ", words) is not None


def beast_trapped(message: Message) -> bool:
    """A large farm animal caught where it cannot get out: "sapi warga terperosok ke
    sumur", "our cows are trapped in the flooded barn" (a *trapped* cue within
    :data:`_BEAST_REACH` words after the animal)."""
    return _caught_at(message, "beast") > 0


def _caught_at(message: Message, kind: str) -> int:
    """Where a *trapped* cue within :data:`_BEAST_REACH` words after a phrase of
    ``kind`` starts, else 0."""
    trapped = message.rules.patterns["trapped"]
    return next((at for at in _words_after(message, kind) if trapped.match(message.words, at)), 0)


def _words_after(message: Message, kind: str) -> Iterator[int]:
    """Where each of the :data:`_BEAST_REACH` words after each phrase of ``kind``
    starts (the phrase's own words among them)."""
    named, words = message.rules.patterns[kind], message.words
    for at in message.openings(kind):
        if not named.match(words, at):
            continue
        for _ in range(_BEAST_REACH):
            at = words.find(" ", at) + 1
            if at <= 0 or at >= len(words):
                break
            yield at


def heard_first(message: Message) -> bool:
    """The message opens its report on hearsay ("kabarnya ada kecelakaan di tol"): a
    *hearsay* cue before its first event says the event was only heard of. After the
    first event it only alleges a detail ("ada orang dipukuli massa di pasar, katanya
    maling"): the event was told first-hand."""
    heard = _found_at(message, "hearsay")
    events = [at for kind in _EVENTS for at in _found_at(message, kind)] if heard else []
    return bool(events) and heard[0] < min(events)


def _found_at(message: Message, kind: str) -> list[int]:
    """Where each phrase of ``kind`` found in the message starts."""
    pattern = message.rules.patterns[kind]
    return [at for at in message.openings(kind) if pattern.match(message.words, at)]


def happening(message: Message) -> bool:
    """A sign that a risk is real: it is going on, someone is exposed to it, or two
    risks make one event ("pohon tumbang menimpa mobil, sopir terjepit")."""
    return (
        message.count("risk") > 1
        or message.has("now")
        or message.has("person")
        or beast_trapped(message)
        or _headline(message)
        or _PROGRESSIVE.search(message.words) is not None
        or _JUST_NOW.search(message.words) is not None
    )
