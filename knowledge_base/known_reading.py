"""Which parts of a short message tell what the resident already has, knows, concedes
or disowns, and which ask (see :mod:`knowledge_base.known_part`, which weighs them apart
when choosing between sibling entries).

A known part is one that tells what is had, done, lacked or conceded, a statement
closed on a confirming tag ("sewa lapak gratis 6 bulan kan, daftarnya gimana"; "biaya
pbg sekitar 10 ribu per meter ya, dokumen apa aja") or conceded before a "tapi" ("top up
lewat hp bisa, tapi kartunya sendiri belinya di halte mana") or before a question
naming one of its things as itself ("harga tbs itu berlaku buat plasma, nah syarat jadi
peserta plasma sendiri apa"), and does not ask itself: a part closed by a question mark
with no asking part after it is the question ("public boat ke gili ada jam 1 siang
nggih? tiang bawa meme"; on the development messages one wrong answer right, nothing
else changed). "kan" or "toh" inside a part with no question word confirms it too, its
asking nouns notwithstanding ("syarat lisensi pemandu kan harus sertifikat kompetensi,
nah ujiannya kapan": one wrong answer right, nothing else changed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from knowledge_base.data_tables import data_lines
from knowledge_base.disowned_leader import alternatives
from knowledge_base.disowning import (
    DISOWNING,
    asks_besides,
    disowning_at,
    disowning_parts,
    part_asks,
)
from knowledge_base.facets import facet_vocabulary
from knowledge_base.given import (
    NEGATIONS,
    may_have_parts,
    message_parts,
    questioned_parts,
    tells_given,
)
from knowledge_base.head import normalised_frame
from knowledge_base.normaliser import Analysis, Normaliser
from knowledge_base.sentences import LONG_MESSAGE

# the least terms the question part must have to be weighed on its own, unless its one
# term names a thing beside the asking frame and the facets' words ("pbg udah keluar,
# bangunannya juga udah selesai, terus sertifikat apa lagi yang wajib": the certificate;
# on the development messages two wrong answers fewer, one of them right, and one
# out-of-scope one withheld, nothing else changed; with the facets' words counted as
# things, "izin tambat sudah habis, harus bawa apa" lost its renewal answer)
ASKED_TERMS = 2
# the tags that close a statement the resident says is known ("gratis 6 bulan kan,
# daftarnya gimana"; "sekitar 10 ribu per meter ya, dokumen apa aja"), normalised
CONFIRMING = frozenset({"kan", "toh", "ya"})
# the tags that confirm a statement inside it too ("syarat lisensi kan harus sertifikat"),
# unless it has a question word
INSIDE_CONFIRMING = frozenset({"kan", "toh"})
INTERROGATIVES = frozenset(
    {"apa", "bagaimana", "berapa", "kapan", "mana", "dimana", "siapa", "kenapa", "mengapa"}
)
# a statement before a part opening on these is conceded ("top up lewat hp bisa, tapi
# kartunya sendiri belinya di halte mana"), normalised
CONTRASTS = frozenset({"tapi", "but"})
# after a thing, the thing itself as against what was said of it ("kartunya sendiri")
ITSELF = "sendiri"
# what a resident says is not wanted disowns it ("ga mau minta keringanan kok, cuma ...")
WANTS = frozenset({"mau", "ingin", "minta", "perlu", "butuh", "want", "need"})
# the words that may mark a known part besides those of a given one
_MARKED = DISOWNING | CONFIRMING | NEGATIONS | CONTRASTS | {ITSELF}


@dataclass(frozen=True)
class Split:
    """A short message's terms heard only in its known parts, and its question's."""

    known: frozenset[str]
    asked: frozenset[str]
    disowned: frozenset[str]  # the known terms a part says are not asked
    told: frozenset[str]  # every term of the known parts, those asked again too
    held: bool = False  # a known part names a thing the resident holds (see holds)
    # the terms of each thing disowned side by side (see knowledge_base.disowned_leader)
    alternatives: tuple[frozenset[str], ...] = ()

    @property
    def disowns(self) -> bool:
        return bool(self.disowned)

    def disowning(self) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
        """The disowned terms and those of each thing disowned side by side."""
        return self.disowned, self.alternatives


def known_parts(text: str, analysis: Analysis, normaliser: Normaliser) -> Split | None:
    """The terms of the parts before the last that tell what is given or disown a topic
    (the words after the disowning one), less those of the parts after the last of
    them, which ask; None when there is no such part, or the question has fewer than
    :data:`ASKED_TERMS` terms and names nothing beside the asking frame and the facets'
    words."""
    tokens = analysis.tokens
    if len(tokens) >= LONG_MESSAGE:
        return None
    if not (tells_given(tokens) or _MARKED.intersection(tokens)):
        return None
    if not may_have_parts(text, tokens):
        return None
    parts = message_parts(text, normaliser)
    given = [
        i
        for i, part in enumerate(parts[:-1])
        if _known(part) or (_contrasted(part, parts[i + 1 :], normaliser) and not part_asks(part))
    ]
    given = _unless_the_question(given, parts, questioned_parts(text, normaliser))
    disowned_at = disowning_parts(parts)
    disowning = [i for i, part in enumerate(parts[:-1]) if i in disowned_at or _unwanted_at(part)]
    if not given and not disowning:
        return None
    after = max(given + disowning) + 1
    asked = frozenset(normaliser.terms(t for part in parts[after:] for t in part))
    if len(asked) < ASKED_TERMS and asked <= normalised_frame(normaliser) | facet_vocabulary(
        normaliser
    ):
        return None  # a word of the asking frame or a facet ("ngurus malih pripun") is thin
    disowned = [t for i in disowning for t in parts[i][_disowned_from(parts[i]) :]]
    known = frozenset(normaliser.terms([t for i in given for t in parts[i]] + disowned))
    if not known - asked:
        return None
    held = any(holds(parts[i]) for i in given)
    # a part asking besides ("bukan hilang. perlu surat kehilangan juga?") keeps it disowned
    besides = frozenset(
        normaliser.terms(t for part in parts[after:] if not asks_besides(part) for t in part)
    )
    disowning_words = [parts[i][_disowned_from(parts[i]) :] for i in disowning]
    side_by_side = alternatives(disowning_words, normaliser)
    disowned_terms = frozenset(normaliser.terms(disowned)) - besides
    return Split(known - asked, asked, disowned_terms, known, held, side_by_side)


@cache
def possession_words() -> frozenset[str]:
    """The words that tell a thing held (``data/possession.txt``), as tokens."""
    return frozenset(data_lines("possession.txt"))


def holds(part: Sequence[str]) -> bool:
    """The part names a thing the resident holds: a possession word with no negation
    right before it ("sudah punya", "sudah di tangan"; not "tidak punya")."""
    words = possession_words()
    return any(
        word in words and (i == 0 or part[i - 1] not in NEGATIONS) for i, word in enumerate(part)
    )


def _unless_the_question(
    given: list[int], parts: Sequence[Sequence[str]], questioned: frozenset[int]
) -> list[int]:
    """``given`` less a part closed by a question mark when no part after it asks: it
    is the message's question, whatever its tag ("public boat ke gili ada jam 1 siang
    nggih? tiang bawa meme" asks the time and then tells who comes along)."""
    return [i for i in given if i not in questioned or any(part_asks(p) for p in parts[i + 1 :])]


def _unwanted_at(part: Sequence[str]) -> int:
    """Where the words of what a part says is not wanted start ("ga mau minta keringanan
    kok", "belum mau daftar sentra dulu": after the want); 0 when it says none."""
    for i in range(1, len(part) - 1):
        if part[i] in WANTS and part[i - 1] in NEGATIONS:
            return i + 1
    return 0


def _disowned_from(part: Sequence[str]) -> int:
    """Where the disowned words of a disowning part start."""
    return _unwanted_at(part) or disowning_at(part) + 1


def _contrasted(
    part: Sequence[str], after: Sequence[Sequence[str]], normaliser: Normaliser
) -> bool:
    """The part after this one opens on a contrast ("tapi"), or a later one names a
    thing of this one as itself ("X berlaku buat plasma, nah syarat jadi peserta plasma
    sendiri apa": the thing itself, not what was said of it)."""
    if after[0][0] in CONTRASTS:
        return True
    named = frozenset(normaliser.terms(part))
    return any(
        word == ITSELF and normaliser.term(before) in named
        for later in after
        for before, word in pairwise(later)
    )


def _known(part: Sequence[str]) -> bool:
    """The part tells what is had, done, lacked or conceded (see
    :func:`knowledge_base.given.tells_given`), or closes a statement on a confirming tag;
    and does not ask itself ("ari cek pbb nu tos lunas atanapi teu kumaha nya")."""
    if not INSIDE_CONFIRMING.isdisjoint(part[1:]) and INTERROGATIVES.isdisjoint(part):
        return True  # "syarat lisensi kan harus sertifikat": a statement, its noun no ask
    return (tells_given(part) or part[-1] in CONFIRMING) and not part_asks(part)
