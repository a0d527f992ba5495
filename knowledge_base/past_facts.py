"""A past fact a short question asks that the entry never tells: "benteng keraton dibangun
tahun berapa" of the fort's tickets and hours, "siapa sultan pertama dan bagaimana
sejarahnya" of the palace visit, "festival tahun lalu juara lomba perahunya siapa" of
the festival's dates, "hasil juara mtq kemarin dapat juara berapa" of the enrolment of
a contest's team.

Such a question names the entry's thing (the fort, the festival, the contest), so it
shares its most telling words; what it asks is history (when the thing was built or
founded, its story) or a result (who won), which a service's entry tells only when it
says so: an entry none of whose texts (questions, keywords, answer) uses a word of the
same asking (:data:`ASKINGS`: "sejarah", "didirikan", "juara") is offered ("did you
mean"), not answered. A history is asked by its name ("sejarah", "history") or by the
year or time of a founding ("dibangun tahun berapa", "sejak tahun berapa", "when was it
built"); a result by a word of winning with "siapa" or "berapa" ("who won").

Read only in a question of at most :data:`knowledge_base.asked_acts.SHORT_QUESTION`
words: in a longer message the same words tell the writer's situation ("rumah saya
dibangun tahun 2010 dan punya IMB", "anak saya sering juara kaligrafi"). A year told is
no when-question ("kartu kuning dibuat thn 2023, skrg masih kepake ga": withheld when any
year after a founding word was read as asked). Dev (37 KBs): 5 out-of-scope answers
fewer (a fort's and a ferry's building year, a site's heritage listing, a sultanate's
history, a boat race's winner), nothing else changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.asked_acts import SHORT_QUESTION
from knowledge_base.decision import Thresholds, break_ties
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.scored import Candidate, withheld_first

HISTORY = "history"
RESULT = "result"
# the words that name each asking; an entry using any of its asking's words tells it
ASKINGS = {
    HISTORY: frozenset(
        {
            "sejarah",
            "sejarahnya",
            "history",
            "didirikan",
            "dibangun",
            "berdiri",
            "diresmikan",
            "founded",
            "built",
            "established",
        }
    ),
    RESULT: frozenset({"juara", "juaranya", "pemenang", "pemenangnya", "winner", "won"}),
}
# a founding: a when-question right after one of these asks history ("dibuat" only so)
FOUNDING = ASKINGS[HISTORY] | {"dibuat", "sejak", "since"}
# a when-question: "kapan", "when", or a year with "berapa" / "what" ("tahun berapa")
WHEN = frozenset({"kapan", "when"})
YEAR = frozenset({"tahun", "year"})
WHICH = frozenset({"berapa", "what", "which"})
REACH = 3  # words after the founding word the when-question is looked for in
WHO_OR_HOW_MANY = frozenset({"siapa", "berapa", "who", "which"})
STORY = frozenset({"sejarah", "sejarahnya", "history"})


def asked_past(said: Sequence[str]) -> frozenset[str]:
    """The askings (:data:`HISTORY`, :data:`RESULT`) a short question makes."""
    if len(said) > SHORT_QUESTION:
        return frozenset()
    asked: set[str] = set()
    if not STORY.isdisjoint(said) or any(
        word in FOUNDING and _asks_when(said[i + 1 : i + 1 + REACH]) for i, word in enumerate(said)
    ):
        asked.add(HISTORY)
    if not ASKINGS[RESULT].isdisjoint(said) and not WHO_OR_HOW_MANY.isdisjoint(said):
        asked.add(RESULT)
    return frozenset(asked)


def _asks_when(words: Sequence[str]) -> bool:
    """Whether ``words`` ask when: "kapan", or a year next to "berapa" ("tahun berapa",
    "what year"); "dibuat tahun 2023" tells a year."""
    if not WHEN.isdisjoint(words):
        return True
    return any(
        w in YEAR and not WHICH.isdisjoint(words[max(0, i - 1) : i + 2])
        for i, w in enumerate(words)
    )


def told_past(index: KbIndex) -> tuple[frozenset[str], ...]:
    """Per entry position, the askings its texts tell (use a word of)."""
    return built_once(index.cache, "told_past", tuple, lambda: _build(index))


def _build(index: KbIndex) -> tuple[frozenset[str], ...]:
    told = []
    for item in index.entries:
        words = {w for text in (*item.variants, item.answer_text) for w in text.split()}
        told.append(frozenset(a for a, names in ASKINGS.items() if not names.isdisjoint(words)))
    return tuple(told)


def kept_to_past(
    index: KbIndex, said: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when a short question
    asks a past fact (a history, a result) none of its texts tells."""
    if not t.past_facts or not ranked or ranked[0].missing_salient:
        return ranked
    asked = asked_past(said)
    if not asked:
        return ranked
    ranked = break_ties(ranked, t)
    if asked <= told_past(index)[ranked[0].position]:
        return ranked
    return withheld_first(ranked)
