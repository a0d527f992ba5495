"""Errands: what a resident asks to have done that makes a question another service than
the one its document or programme names (``data/errands.tsv``).

"Nama ayah di akta kelahiran salah satu huruf, pembetulannya gimana" names the birth
certificate, and an entry on how to get one shares its words; but correcting a record is
another errand, which that entry does not answer. So are legalising a copy of a document
and a vacancy in a programme ("lowongan kader posyandu"). An entry answers a message
asking an errand only when its questions, keywords or answer speak of it (one of the
errand's ``asks`` or ``covers`` phrases: an answer saying "pindah" somewhere does not
deal with moving one's health facility, one saying "pindah faskes" does); the others
lack it as they would lack a service the message names (see
:func:`knowledge_base.coverage.names_missing_service`).
Nothing here names an entry: the errands are everyday words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from knowledge_base.data_tables import TableRow, table_rows
from knowledge_base.facets import word_forms
from knowledge_base.index import IndexedEntry, KbIndex
from knowledge_base.memo import built_once
from knowledge_base.normaliser import Normaliser
from knowledge_base.phrases import PhraseTable, phrase_table, spaced

ASKS = "asks"
COVERS = "covers"
DOUBTS = "doubts"  # finds the errand too, but only doubts the best entry (see doubted)
ROLES = (ASKS, COVERS, DOUBTS)
DENIAL = "bukan"  # its word form: "bkn", "bukannya"
CONTRASTS = frozenset({"tapi", "tetapi", "namun", "melainkan", "lain"})  # "melainkan" is "lain"
# "jadi" (become) after these tells a post held, not one sought: "sudah jadi PNS",
# "telah diangkat menjadi PNS" (word forms: "angkat jadi") ask no way to become one
BECOME = "jadi"
HELD = frozenset({"sudah", "telah", "angkat"})


@dataclass(frozen=True)
class Errands:
    """The errand table in one index's word forms, and per errand the positions of the
    entries that deal with it."""

    table: PhraseTable
    dealt: dict[str, frozenset[int]]
    doubts: PhraseTable | None = None  # the phrases that doubt the best entry alone

    def coverers(self, words: Sequence[str]) -> frozenset[int] | None:
        """The positions of the entries dealing with every errand a message's words (see
        :func:`knowledge_base.facets.word_forms`) ask; None when it asks none."""
        found: frozenset[int] | None = None
        for kind in self.table.kinds_in(asserted(words)):
            dealt = self.dealt[kind]
            found = dealt if found is None else found & dealt
        return found

    def doubted(self, words: Sequence[str]) -> frozenset[int] | None:
        """The positions of the entries dealing with every errand the message's words
        doubt (a "doubts" phrase: "perlu izin", "izinnya ke mana"); None when none."""
        if self.doubts is None:
            return None
        found: frozenset[int] | None = None
        for kind in self.doubts.kinds_in(asserted(words)):
            dealt = self.dealt[kind]
            found = dealt if found is None else found & dealt
        return found


def asserted(words: Sequence[str]) -> Sequence[str]:
    """``words`` without what the message says it is not about: from "bukan" to the
    contrast that follows ("bukan ktp hilang, tapi alamat ktp mau diganti" asks no
    replacement), or the one word after it when no contrast follows; and a post told as
    held ("sudah jadi PNS", "diangkat menjadi ASN") without its "jadi"."""
    if BECOME in words:
        words = [w for i, w in enumerate(words) if not (w == BECOME and i and words[i - 1] in HELD)]
    if DENIAL not in words:
        return words
    kept: list[str] = []
    denied_until = -1
    for at, word in enumerate(words):
        if word == DENIAL:
            ahead = [i for i in range(at + 1, len(words)) if words[i] in CONTRASTS]
            denied_until = ahead[0] if ahead else at + 1
        elif at > denied_until:
            kept.append(word)
    return kept


def _rows() -> list[tuple[str, str, str]]:
    return errand_rows(table_rows("errands.tsv"))


def errand_rows(rows: Iterable[TableRow]) -> list[tuple[str, str, str]]:
    """``errand<TAB>asks|covers<TAB>phrase`` rows; any other row fails by its line."""
    found = []
    for row in rows:
        if len(row.cells) != 3 or row.cells[1] not in ROLES or not row.cells[2]:
            raise row.error(f"an errand row is: errand, one of {', '.join(ROLES)}, phrase")
        found.append((row.cells[0], row.cells[1], row.cells[2]))
    return found


def _forms(normaliser: Normaliser, phrase: str) -> str:
    """A table phrase in the index's word forms; ``*`` gaps are kept."""
    parts = [
        " ".join(word_forms(normaliser, normaliser.tokens(part))) for part in phrase.split("*")
    ]
    return " * ".join(p for p in parts if p)


def errands(index: KbIndex) -> Errands:
    """The index's :class:`Errands`, computed once and kept in its cache."""
    return built_once(index.cache, "errands", Errands, lambda: _build_errands(index))


def _build_errands(index: KbIndex) -> Errands:
    normaliser = index.normaliser
    asks: dict[str, list[str]] = {}
    doubts: dict[str, list[str]] = {}
    either: dict[str, list[str]] = {}
    for kind, role, phrase in _rows():
        forms = _forms(normaliser, phrase)
        if forms:
            either.setdefault(kind, []).append(forms)
            if role != COVERS:
                (asks if role == ASKS else doubts).setdefault(kind, []).append(forms)
    table, spoken = phrase_table(asks), phrase_table(either)
    texts = [_texts(normaliser, item) for item in index.entries]
    dealt = {
        kind: frozenset(
            position
            for position, (words, text) in enumerate(texts)
            if spoken.may_have(kind, words) and spoken.has(kind, text)
        )
        for kind in asks.keys() | doubts.keys()
    }
    found = Errands(table, dealt, phrase_table(doubts) if doubts else None)
    return found


def _texts(normaliser: Normaliser, item: IndexedEntry) -> tuple[frozenset[str], str]:
    """An entry's questions, keywords and answer in word forms: their words, and one
    text to search (a phrase never runs from one into the next)."""
    parts = [word_forms(normaliser, text.split()) for text in item.variants]
    parts.append(word_forms(normaliser, item.answer_text.split()))
    words = frozenset(w for part in parts for w in part)
    return words, "".join(spaced(part) for part in parts)


def entries_dealing(index: KbIndex, tokens: Sequence[str]) -> frozenset[int] | None:
    """The positions of the entries dealing with every errand the message asks, None
    when it asks none: an entry outside them lacks what the message asks for."""
    return errands(index).coverers(word_forms(index.normaliser, tokens))
