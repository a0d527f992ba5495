"""Events a message names but takes away: only feared, prevented, denied or dreamt (an
*unreal* cue before them: "takut anak saya tenggelam", "nobody has been stung", "biar
tidak hanyut", "arti mimpi kebakaran"; or their cause told after a damage: "rumah rusak
kena gempa", "damaged by a landslide"), a fall into water or a getting stuck that befell
an object (a *thing* before it: "hp saya kecebur kolam", "my phone fell into the
canal"), or told by the damage they did (a *damage* cue after them: "the flood last year
destroyed our farm"). Read clause by clause: events elsewhere in the message still count
("rumah tetangga kebakaran, saya takut merembet", "the earthquake damaged our house and
my father is trapped under the wall")."""

from __future__ import annotations

from knowledge_base.phrases import PhraseTable

EVENTS = ("hazard", "risk")
# an *unreal* or a *thing* cue reaches an event that starts within this many words after it
_UNREAL_REACH = 4
# a *damage* cue reaches an event that ends within this many words before it
_DAMAGE_REACH = 3


def real(words: str, rules: PhraseTable) -> str:
    """``words`` (one clause, spaced) without the events its cues take away."""
    spans = sorted(_after_cues(words, rules) + _damaging(words, rules))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    for start, end in reversed(merged):
        words = words[:start] + words[end:]
    return words


def _after_cues(words: str, rules: PhraseTable) -> list[tuple[int, int]]:
    """Where the events an *unreal* cue, or (a fall or a getting stuck) a *thing* cue,
    shortly before them takes away stand."""
    events = [rules.patterns[kind] for kind in EVENTS]
    trapped = rules.patterns["trapped"]
    dropped: list[tuple[int, int]] = []
    cues = sorted(
        (cue.end(), kind, cue.start())
        for kind in ("unreal", "thing")
        for cue in rules.matches(kind, words)
    )
    for at, kind, start in cues:
        for _ in range(_UNREAL_REACH):
            if at >= len(words) or (dropped and at < dropped[-1][1]):
                break
            event = next((m for e in events if (m := e.match(words, at))), None)
            if event:
                # a denial's words after its first go with the event it denies: the "ada"
                # of "tidak ada yang tenggelam" says nothing is there, no present sign
                # (its first word, "kalau", "tidak", still frames the clause)
                if kind == "unreal":
                    dropped.append((words.find(" ", start) + 1, event.end()))
                elif trapped.match(words, at):
                    dropped.append((at, event.end()))
                break
            at = words.find(" ", at) + 1
    return dropped


def _damaging(words: str, rules: PhraseTable) -> list[tuple[int, int]]:
    """Where the events told as what did a damage stand: one ending within
    :data:`_DAMAGE_REACH` words before a *damage* cue ("last year's flood destroyed our
    field", "the storm damaged the roof"): the damage tells it after the fact."""
    events = [rules.patterns[kind] for kind in EVENTS]
    spans: list[tuple[int, int]] = []
    for cue in rules.matches("damage", words):
        starts = [at for at in range(1, cue.start()) if words[at - 1] == " "]
        for at in starts[-(_DAMAGE_REACH + 3) :]:
            event = next((m for e in events if (m := e.match(words, at))), None)
            between = words[event.end() : cue.start()] if event else ""
            if event and event.end() <= cue.start() and len(between.split()) <= _DAMAGE_REACH:
                spans.append((at, event.end()))
                break
    return spans
