"""What a short message tells the resident already has, has done or lacks before it
asks: that part is background, not the topic asked.

"sip kios udh dapet, nah bayar bulanannya brp" asks the stall's monthly fee, not how
to get a stall; "ga punya stiker langganan, jd kalo parkir di pinggir jalan bayar brp"
the roadside fare, not the yearly pass; "beli ruko yg pbg nya udah ada, pajak
pembelinya dihitung dari apa" the buyer's tax, not the building permit. The given part
names the sibling entry whole, so that entry led on every score. A long message's
story is read apart already (see :func:`knowledge_base.focus.story_reading`); a short
one is read so here, with the terms heard only in its given parts weighing as a
story's, when a part before the last says what is had or done ("sudah", "telah",
"lunas"; not "udah sebulan", a wait), lacked ("tidak punya", "belum ada") or conceded
("tidak apa"), and the last part asks and names a topic of its own ("izin spanduk udah
keluar, trus pajaknya brp" leaves the billboard to the given part: read as written).

On the development messages of the five knowledge bases: three wrong answers become
right (the three above), nothing else changed. Without the last part's own topic, the
wait and leaving out "tidak ada" ("namanya ga ada lagi di daftar pkh": gone, not
lacked), the reading mended two more wrong answers and three withheld ones but turned
four right answers wrong and withheld two.

A precondition the resident was told ("katanya syarat halal harus ada nib dulu, nah
nib nya bikin di mana") is given too; its question may name the thing required alone,
a topic however short. On the development messages: one wrong answer right, nothing
else changed.

The question is every part after the last given one, not the last part alone: a
purpose told between them is asked ("kartu kuning sudah punya, tapi ini mau kerja ke
luar negeri, dokumen apa saja"), and a closing "or not" asks as a question word does
("... perlu vaksin antraks tidak"). "sudah jadi nasabah" is become, no turn before
"jadi"; "sudah tutup jam 10" is done (a unit after a count, "udah tiga hari", is a
wait); "already" tells it in English and "setelah" / "sesudah" / "after" tell what
was done before. A given the resident then doubts ("tapi saya ragu") is what is asked.

A part that says what is not asked disowns the words after "bukan" / "daripada" /
"instead" ("bukan lahan parkir swasta ya, ...", "daripada repot bikin kompos sendiri,
...") or "selain" (see :mod:`knowledge_base.disowning`): they weigh as a given part's,
whatever the question's length ("itu hoaks bukan" closes on a tag and disowns nothing).
A closing afterthought opening on "bukan" after the question ("syarat pasang pdam apa
aja ya, bukan biayanya"; "bantuan khusus muallaf dari mana ya? bukan bantuan fakir
miskin biasa") is read where a disowning part is, before the question; and a turn
word closing a piece ("... berapa sekarang", "bukan bus trans nah") opens no part. On
the development messages: two wrong answers right, two "did you mean" (one with the
right entry first); one out-of-scope message answered (see
:func:`knowledge_base.asked_cover.fitting_first`, which now holds it back).
The facets (see :mod:`knowledge_base.facets`) of a short message are read without its
given and disowned words ("tiket sudah bayar, kursus daftarnya di mana" asks no cost).
On the development messages of the six knowledge bases (Banyuhilir's and Wanasari's
sibling traps among them) these together turned 10 wrong answers into 8 right answers
and 2 "did you mean", and 4 withheld answers right; nothing else changed.

When the question asks how to get what a part says is lacked or required ("mau menebus
pupuk bersubsidi tapi belum punya kartu tani, bagaimana cara membuatnya"; "penyuluh
bilang bentuk kelompok tani dulu, pengukuhannya diurus ke mana"), its topic is that
thing: it names no topic of its own or names the thing again. Then every word before
the question but the thing's is background, and the entry answered must name the thing
in its questions or keywords (see :func:`knowledge_base.asked_cover.lacks_needed`: the
fertiliser entry's answer requires the card, and the next entry that names it is put
first). "belum ada kabar" is a wait, no thing lacked. On the development messages: five
wrong answers became right, one "did you mean", one withheld answer right; nothing
else changed.

A want told in the last part asks as a question does (see :mod:`knowledge_base.wants`).

An entry whose canonical question or keywords name what is disowned is not answered:
the next of the first three that does not is put first (see
:func:`knowledge_base.asked_cover.fitting_first`): "bukan lahan parkir swasta ya, ini
parkir pinggir jalan depan pasar, motor bayar brp" is the roadside fare, though the
private-parking keyword sits whole in it. Its other questions may name the word as
what the entry leaves out ("usaha mikro harus isi lkpm ga"), so they do not count. On
the development messages: one wrong answer right, one "did you mean"; nothing else
changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from knowledge_base.complaint import default_signals
from knowledge_base.disowning import (
    CONTRASTING,
    DENYING,
    DISOWNING,
    INDEED,
    afterthought_first,
    denied_first,
    disowned_terms,
    not_yet_first,
)
from knowledge_base.head import normalised_frame
from knowledge_base.normaliser import Analysis, Normaliser
from knowledge_base.phrases import spaced
from knowledge_base.readings import TOPIC_TERMS
from knowledge_base.required_again import REQUIRED_BY, required_again
from knowledge_base.sentences import ends_with_tag
from knowledge_base.wants import tells_want

# where a short message turns from what is given to what it asks: a comma or sentence
# end in the raw text, or one of these words (normalised forms) opening the question
TURNS = frozenset({"nah", "sekarang", "jadi", "terus", "tinggal", "tapi", "mau", "hendak"})
TURN_PHRASES = (("yang", "penting"),)
# the words of a clause that tell what is had, done, lacked or conceded (normalised);
# "sudah" before a span of time tells how long something has lasted ("udah sebulan ga
# dijawab"): no given, a wait
DONE = frozenset({"sudah", "telah", "lunas", "already", "setelah", "sesudah", "after"})
SPANS = frozenset({"lama", "sebulan", "seminggu", "setahun", "sehari", "berbulan", "bertahun"})
UNITS = frozenset({"hari", "minggu", "bulan", "tahun", "jam", "kali"})
# the counts before a unit that make it a span ("udah tiga hari"); a unit after another
# word is a time of day or a date ("sudah tutup jam 10"): something done
QUANTITIES = frozenset(
    {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}
    | {"sepuluh", "sebelas", "belasan", "puluhan", "beberapa", "berapa", "banyak"}
)
# what is told as given and then doubted ("katanya udah lunas, tapi saya ragu") is what
# the question asks about: nothing given
DOUBT = frozenset({"ragu", "yakin", "sure", "doubt"})
# a turn word after these continues their clause ("ga mau minta keringanan", normalised)
NEGATIONS = frozenset({"tidak", "belum", "bukan"})
LACKED = (("tidak", "punya"), ("belum", "punya"), ("belum", "ada"))
# English told as had: "just received my ...", "just got the ...", "got my X already"
# (normalised; "already" is in DONE)
HAD = (("just", "terima"), ("just", "got"), ("just", "bayar"), ("got", "my"), ("got", "our"))
# conceded, put off or not asked: "tidak apa", "pajaknya nanti saja", "pkh-nya sih ga
# nanya besarannya"
CONCEDED = (("tidak", "apa"), ("nanti", "saja"), ("tidak", "tanya"))
# no word heard yet ("belum ada kabar", "belum ada perkembangan") is a wait, not a thing
# lacked that the question asks how to get
WAITED = frozenset(
    {"kabar", "perkembangan", "progres", "respon", "respons", "tanggapan", "jawaban"}
    | {"balasan", "kejelasan", "kepastian", "info", "informasi", "update"}
)
# a precondition the resident was told of ("syaratnya harus ada nib dulu, nah nib nya
# bikin di mana"): the service it is a condition of is background, the thing required
# the topic when the question names it again
REQUIRING = frozenset({"harus", "wajib", "perlu", "bilang", "disuruh", "suruh"})
FIRST = "dulu"
# the words that tell a thing needed, not what it is needed for
MARKERS = REQUIRING | {FIRST}
# a comma or point between digits is a decimal or a thousands mark ("retribusi 1,5%",
# "Rp2.500"), no cut
_CUTS = re.compile(r"(?:(?<!\d)[,.]|[,.](?!\d)|[;!?\n])+")


def given_reading(text: str, analysis: Analysis, normaliser: Normaliser) -> Analysis | None:
    """``analysis`` with the terms heard only in its given or disowned clauses marked as
    background (:attr:`Analysis.background`); None when no clause before the last tells
    what is given or disowns a topic, or the last does not ask."""
    tokens = analysis.tokens
    if not (
        tells_given(tokens)
        or not DISOWNING.isdisjoint(tokens)
        or _denies(tokens)
        or not REQUIRED_BY.isdisjoint(tokens)
    ):
        return None  # most messages: nothing given, nothing to cut
    parts = message_parts(text, normaliser)
    if len(parts) < 2:
        return None
    last = parts[-1]
    asks = "?" in text.rstrip()[-2:] or ends_with_tag(last) or tells_want(last)
    if not (asks or default_signals().has("ask", spaced(last))):
        return None
    told, needed = _told(parts, normaliser)
    disowned = disowned_terms(parts, normaliser)
    background = told | disowned
    if not background:
        return None
    return Analysis(tokens, analysis.terms, analysis.question_mark, background, needed, disowned)


def _told(
    parts: Sequence[tuple[str, ...]], normaliser: Normaliser
) -> tuple[frozenset[str], frozenset[str]]:
    """The terms heard only in the parts that tell what is given, when the question
    after the last of them names a topic of its own, or all before it but the thing
    needed when it asks how to get what is lacked or required; and that thing's terms."""
    again = required_again(parts, normaliser)
    told_at = [i for i, part in enumerate(parts[:-1]) if tells_given(part) or i in again]
    if not told_at or any(not DOUBT.isdisjoint(part) for part in parts[told_at[0] + 1 :]):
        return frozenset(), frozenset()
    given = [parts[i] for i in told_at]
    asked = normaliser.terms(t for part in parts[told_at[-1] + 1 :] for t in part)
    frame = normalised_frame(normaliser)
    topic = frozenset(asked) - frame
    needed = frozenset(normaliser.terms(t for part in given for t in _needed(part)))
    needed |= frozenset(t for terms in again.values() for t in terms)
    if needed and (len(topic) < TOPIC_TERMS or not topic.isdisjoint(needed)):
        # the question asks how to get what is lacked or required ("belum punya kartu
        # tani, bagaimana cara membuatnya"): what it is needed for is the background
        before = normaliser.terms(
            t for part in parts[: told_at[-1] + 1] for t in part if t not in MARKERS
        )
        return frozenset(before) - needed - frozenset(asked) - frame, needed - frame
    if len(topic) < TOPIC_TERMS and not _asks_required(given, topic, normaliser):
        return frozenset(), frozenset()  # it leaves its topic to the given ("trus pajaknya")
    told = normaliser.terms(t for part in given for t in part)
    return frozenset(told).difference(asked), frozenset()


def _denies(tokens: Sequence[str]) -> bool:
    """The message may deny a state before a contrast (see :func:`denied_first`)."""
    return not DENYING.isdisjoint(tokens) and not (CONTRASTING | {INDEED}).isdisjoint(tokens)


def may_have_parts(text: str, tokens: Sequence[str]) -> bool:
    """The message may have two parts (see :func:`message_parts`): it has a cut or a
    turn word, a test in C before the parts' words are read again."""
    return _CUTS.search(text.rstrip(" ?!.\n")) is not None or not TURNS.isdisjoint(tokens)


def message_parts(text: str, normaliser: Normaliser) -> tuple[tuple[str, ...], ...]:
    """The message's parts: cut at punctuation, then before each turn word."""
    return _cut(text, normaliser)[0]


def questioned_parts(text: str, normaliser: Normaliser) -> frozenset[int]:
    """The indices of the :func:`message_parts` closed by a question mark."""
    return _cut(text, normaliser)[1]


@lru_cache(maxsize=16)  # read again by the known part (see knowledge_base.known_part)
def _cut(text: str, normaliser: Normaliser) -> tuple[tuple[tuple[str, ...], ...], frozenset[int]]:
    parts: list[tuple[str, ...]] = []
    questioned: set[int] = set()
    cuts = [cut.group() for cut in _CUTS.finditer(text)]
    for number, piece in enumerate(_CUTS.split(text)):
        tokens = normaliser.tokens(piece)
        start = 0
        for i in range(1, len(tokens) - 1):  # a turn word closing a piece opens nothing
            if tokens[i - 1] in DONE or tokens[i - 1] in NEGATIONS:
                continue  # "sudah jadi nasabah": become, no turn; "tidak mau ...": one clause
            if tokens[i] in TURNS or tuple(tokens[i : i + 2]) in TURN_PHRASES:
                parts.append(tuple(tokens[start:i]))
                start = i
        if tokens:
            parts.append(tuple(tokens[start:]))
            if number < len(cuts) and "?" in cuts[number]:
                questioned.add(len(parts) - 1)
    return afterthought_first(denied_first(not_yet_first(parts)), questioned)


# the first words of LACKED and CONCEDED: a message with none of them nor of DONE tells
# nothing done, lacked or conceded (set checks in C, before any pair is made: most
# messages), only perhaps a precondition
_PAIR_STARTS = frozenset(pair[0] for pair in (*LACKED, *CONCEDED, *HAD))


def tells_given(tokens: Sequence[str]) -> bool:
    if DONE.isdisjoint(tokens) and _PAIR_STARTS.isdisjoint(tokens):
        return _precondition(tokens)
    pairs = set(pairwise(tokens))
    return (
        any(_done(tokens, i) for i, token in enumerate(tokens) if token in DONE)
        or any(pair in pairs for pair in (*LACKED, *HAD))
        or any(pair in pairs for pair in CONCEDED)
        or _precondition(tokens)
    )


def _asks_required(
    given: Sequence[Sequence[str]], topic: frozenset[str], normaliser: Normaliser
) -> bool:
    """The question names again the thing a given precondition requires ("harus ada
    nib dulu, nah nib nya bikin di mana"): its topic, however short."""
    required = (normaliser.terms(part) for part in given if _precondition(part))
    return any(not topic.isdisjoint(terms) for terms in required)


def _needed(part: Sequence[str]) -> Sequence[str]:
    """The words naming what a part says is lacked ("belum punya kartu tani") or must
    come first ("harus ada nib dulu"); empty when it says neither."""
    for i, pair in enumerate(pairwise(part)):
        if pair in LACKED:
            after = part[i + 2 :]
            return () if after and after[0] in WAITED else after
    if not _precondition(part):
        return ()
    first = part.index(FIRST)
    start = max(i for i, word in enumerate(part[:first]) if word in REQUIRING)
    return part[start + 1 : first]


def _precondition(tokens: Sequence[str]) -> bool:
    """The clause says something must come first ("harus ada X dulu")."""
    if FIRST not in tokens:
        return False
    return not REQUIRING.isdisjoint(tokens[: tokens.index(FIRST)])


def _done(tokens: Sequence[str], i: int) -> bool:
    """The word at ``i`` tells something done, not how long a wait has lasted."""
    after = tokens[i + 1 : i + 3]
    if after and (after[0] in SPANS or after[0].isdigit()):
        return False
    if after and default_signals().has("bad", spaced(after[:1])):
        return False  # "lemari udah lapuk": the state of the thing asked about, not a given
    return not (len(after) == 2 and after[1] in UNITS and after[0] in QUANTITIES)
