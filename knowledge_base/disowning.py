"""What a short message says it is not asking about: the words after "bukan",
"daripada", "instead" ("bukan lahan parkir swasta ya, ini parkir pinggir jalan ..."),
"selain" / "besides" ("selain titip jual di galeri, ada pelatihan tenun?") or "sebelum"
("sebelum ajukan pbg saya mau pastikan dulu ..."), in a part
before the last (see :func:`knowledge_base.given.message_parts`). Read by the given
reading (see :mod:`knowledge_base.given`) and the known part (see
:mod:`knowledge_base.known_part`).

"selain X" sets X aside only as a statement before the question: a part that asks keeps
it ("bayi dapet apa aja selain ditimbang? ada biaya gk" asks what else is given there),
and so does a later part that adds to it ("selain surat sehat, butuh surat bebas narkoba
juga": both letters are asked). On the development messages of the thirteen knowledge
bases: two wrong answers right (a weaving course asked besides the gallery's consignment
sale, a walking tour besides the batik museum) and a withheld one right, one right
answer withheld (fogging set aside, then prevention at home asked, an entry about both);
without the two exceptions three more right answers were withheld and one withheld
answer became a wrong one.

"sebelum X" / "before X" sets X aside when a later part does something first ("dulu"):
"sebelum bayar lewat m-banking saya mau lihat dulu nominal pbb nya" asks the bill, not
paying online; "sebelum minta air tangki mau dites dulu di lab" the test, not the tanker
("apa harus lapor polisi dulu sebelum dicetak lagi" asks the reprint: "dulu" comes
first). On the development messages: three wrong answers fewer (two right, one "did
you mean" with the right entry second), nothing else changed.

A thing put off ("X belum") before a part that does something else first ("dulu") is
read as disowned too: "kia belum, akta lahir aja dulu, syaratnya apa" asks the birth
certificate, "npwpd belum, yang mau saya tanya dulu nib ..." the business number. On
the development messages: two wrong answers became "did you mean" with the right entry
first, nothing else changed. Without a "dulu" after it, "pbb belum, bayarnya gimana"
asks about the very thing not yet done.

A state denied before a contrast is disowned too ("ktp saya ga ilang, saya memang belum
pernah punya"; "saya tidak ikut replanting, cuma mau daftar kebun"): Indonesian "tidak
X, (tapi|cuma|hanya|justru) Y" says "not X but Y", as "bukan X" does; a negated want, ask
or having is read elsewhere ("ga nanya besarannya": conceded, see
:mod:`knowledge_base.given`), and a part opening on "emang" asks whether it really is.
The disowned word said again in a part that asks about it besides ("tidak hilang, cuma
fotonya luntur. perlu surat kehilangan juga?": "juga", "tetap") is still no topic. On
the development messages: right 11992 -> 11996 (two wrong answers, two withheld), one
more wrong answer withheld; nothing else changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from knowledge_base.complaint import default_signals
from knowledge_base.normaliser import Normaliser
from knowledge_base.phrases import spaced
from knowledge_base.sentences import ends_with_tag

# a clause naming what the question is not about ("bukan kena bencana", "daripada bikin
# kompos sendiri", "not the private lot", "selain museum batik"), normalised: its words
# are no topic either
BESIDES = frozenset({"selain", "besides"})
# "sebelum X, ... dulu ...": what comes after the thing asked first is no topic
BEFORE = frozenset({"sebelum", "before"})
FIRST = frozenset({"dulu", "first"})
DISOWNING = frozenset({"bukan", "daripada", "instead"}) | BESIDES | BEFORE
# a later part adding to what "selain" set aside asks it too
ALSO = frozenset({"juga", "also", "too"})
STILL = frozenset({"tetap", "still"})
# "tidak X, (tapi|cuma|...) Y": the state X is denied, Y told instead (normalised)
DENYING = frozenset({"tidak"})
DENIED_WORDS = 2
# no state after the negation: what is not asked, had or wanted (see knowledge_base.given)
NO_STATE = frozenset({"tanya", "apa", "punya", "mau", "ingin", "perlu", "usah", "bisa"})
CONTRASTING = frozenset({"tapi", "cuma", "hanya", "melainkan", "justru", "namun"})
CONTRASTING |= frozenset({"but", "only", "just", "rather"})
# "saya memang belum pernah punya": after its subject, "in fact" (opening a part, "emang
# bisa diminta?" asks whether it really can)
INDEED = "memang"
# a thing put off ("kia belum, akta lahir dulu") is read as disowned by this word
NOT_YET = "belum"
DISOWNING_WORD = "bukan"
# the disowning words a closing afterthought opens on ("..., bukan biayanya")
AFTERTHOUGHTS = frozenset({"bukan"})


def disowned_terms(parts: Sequence[tuple[str, ...]], normaliser: Normaliser) -> frozenset[str]:
    """The terms heard only after a word that disowns them, in a part before the last
    ("rumah saya bukan kena bencana": the disaster, not the house; "daripada bikin
    kompos sendiri")."""
    disowning = disowning_parts(parts)
    if not disowning:
        return frozenset()
    said: list[str] = []
    rest: list[str] = []
    for i, part in enumerate(parts):
        start = disowning_at(part) + 1 if i in disowning else len(part)
        if i > disowning[0] and asks_besides(part):
            continue
        rest.extend(part[:start])
        said.extend(part[start:])
    return frozenset(normaliser.terms(said)).difference(normaliser.terms(rest))


def asks_besides(part: Sequence[str]) -> bool:
    """The part, after one that disowns, asks about a thing besides what is so ("bukan
    hilang, cuma fotonya luntur. perlu surat kehilangan juga?"; "apa tetap harus ..."):
    the disowned word said again there is still no topic."""
    return not (ALSO | STILL).isdisjoint(part)


def disowning_at(part: Sequence[str]) -> int:
    return next(i for i, word in enumerate(part) if word in DISOWNING)


def disowning_parts(parts: Sequence[Sequence[str]]) -> list[int]:
    """The indices of the parts before the last that disown (see :func:`disowns`), a
    part setting a thing aside (:data:`BESIDES`) only when it does not ask and no later
    part adds to it (:data:`ALSO`), one putting a thing after (:data:`BEFORE`) only
    when it does not ask and a later part does something first (:data:`FIRST`)."""
    found: list[int] = []
    for i, part in enumerate(parts[:-1]):
        if not disowns(part):
            continue
        word = part[disowning_at(part)]
        if word in BESIDES and (
            part_asks(part) or any(not ALSO.isdisjoint(later) for later in parts[i + 1 :])
        ):
            continue
        if word in BEFORE and (
            part_asks(part) or all(FIRST.isdisjoint(later) for later in parts[i + 1 :])
        ):
            continue
        found.append(i)
    return found


def disowns(part: Sequence[str]) -> bool:
    """The part says what is not asked: a disowning word with words after it ("itu
    hoaks bukan" closes on a question tag)."""
    return any(word in DISOWNING for word in part[:-1])


def part_asks(part: Sequence[str]) -> bool:
    """The part asks: an asking phrase of the complaint signals, or a closing question tag."""
    return default_signals().has("ask", spaced(part)) or ends_with_tag(part)


def afterthought_first(
    parts: list[tuple[str, ...]], questioned: set[int]
) -> tuple[tuple[tuple[str, ...], ...], frozenset[int]]:
    """The parts with a closing afterthought that disowns ("syarat pasang pdam apa aja
    ya, bukan biayanya"; "ongkos pete-pete berapa sekarang, bukan bus trans nah") put
    before the question it follows, where such a part is read (see
    :mod:`knowledge_base.disowning`): it says what the question is not about, as one
    said first does. Only a part opening on the disowning word, asking nothing itself,
    after a part that asks."""
    if len(parts) < 2:
        return tuple(parts), frozenset(questioned)
    last, before = parts[-1], parts[-2]
    if (
        last[0] not in AFTERTHOUGHTS
        or len(last) < 2
        or part_asks(last)
        or not (part_asks(before) or len(parts) - 2 in questioned)
    ):
        return tuple(parts), frozenset(questioned)
    n = len(parts)
    moved = {n - 1 if i == n - 2 else i for i in questioned if i != n - 1}
    return (*parts[:-2], last, before), frozenset(moved)


def denied_first(parts: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The parts with one that denies a state before a contrast ("ktp saya ga ilang,
    saya memang belum pernah punya"; "tidak hilang, cuma fotonya luntur") read as
    disowning it, as "bukan" does: a part closing on a negation and one or two words,
    the next part opening on a contrast (:data:`CONTRASTING`, within its first two
    words)."""
    found = list(parts)
    for i, (part, after) in enumerate(pairwise(parts)):
        at = next((j for j, word in enumerate(part) if word in DENYING), None)
        if at is None or not 1 <= len(part) - at - 1 <= DENIED_WORDS or part[at + 1] in NO_STATE:
            continue
        if not CONTRASTING.isdisjoint(after[:2]) or after[1:2] == (INDEED,):
            found[i] = (*part[:at], DISOWNING_WORD, *part[at + 1 :])
    return found


def not_yet_first(parts: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The parts with one that puts a thing off ("kia belum, akta lahir aja dulu, ...";
    "npwpd belum, yang mau saya tanya dulu nib ...": the thing not yet, another first)
    read as disowning it, as "bukan" does: a part closing on "belum" after a thing,
    with a later part that does something first (:data:`FIRST`)."""
    return [
        (DISOWNING_WORD, *part[:-1])
        if len(part) >= 2
        and part[-1] == NOT_YET
        and any(not FIRST.isdisjoint(later) for later in parts[i + 1 :])
        else part
        for i, part in enumerate(parts)
    ]
