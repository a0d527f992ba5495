"""A thing bought on one's own: "kelompok tani kami mau beli sendiri", "can I buy the
seedlings with my own money".

A regency's entry hands out, lends or licenses a thing (seedlings from its nursery, a
fire pump for the village fire brigade); a resident who asks what the thing costs to
buy privately, or where to buy it with their own money, asks the market, and the entry
sharing the thing's name does not answer it. When a message says a word of buying
followed, within :data:`WINDOW` words, by one of one's own means (``data/own_purchase.tsv``),
the best entry is offered ("did you mean"), not answered, unless its own questions or
keywords speak of buying (an entry on where to buy a fare card answers "beli sendiri").

Measured on the dev KBs: out of scope answered on the Sungai Lembayung KB 3 fewer (a
fire pump and palm seedlings bought privately, in Indonesian and English); no other
decision changed. The words alone name no service: on the dev messages they stand only
in out-of-scope questions and complaints ("obatnya disuruh beli sendiri").

A question asking which shop or provider is cheapest or best ("paket wifi rumahan yang
paling murah", "toko batik yang harganya miring", "ada rekomendasi toko?", "which
company is cheapest", "hotel recommendations") asks the market too: a *choice* phrase
of the table is read as buying privately is. Dev: out of scope answered 4 fewer (faq-dev,
Bandar Seruni, Tirtomulyo twice), no right answer withheld; "rekomendasi"
alone is a letter a service issues ("rekomendasi damkar"), so only a shop's or a
lodging's.

So does one asking *which* one is good or cheap ("beli kursi roda bekas yang murah di
mana", "sekolah mana yang bagus", "where can I buy a good water filter"): a word of
praise after "yang" (``praise`` rows: "yang murah", "yang paling bagus") with a word
asking which or what near it ("mana", "apa", "rekomendasi": ``which`` rows), or a phrase of
the table ("a good", "any good"). A service's own "yang murah" ("pupuk yang murah dari
pemerintah itu bisa dibeli semua petani?", "laporan yang bagus itu harus ada foto?")
asks no which; an entry whose texts name the praise word ("pasar murah") still
answers. Dev (28 KBs): out of scope answered 12 fewer (Bukit Seruni 3, Tao Sibarung 2,
Pohuwala 2, five KBs 1 each), no other decision changed.

So does one asking which lodging to stay at ("hotel murah dekat pantai yang ada kolam
renang apa", "which hotel near the hot springs has the best view"): a lodging word as
written (``lodging`` rows) with "mana"/"which" right beside it or a word of praise right
after it (see :func:`lodging_sought`), unless the entry's texts name that lodging (the
hotel tax answers "pajak hotel ... bayar di mana"). Dev (31 KBs): out of scope answered
2 fewer (Tao Sibarung, Wanasari), no other decision changed.

So does a message closing on asking for a recommendation ("booking homestay di pinggir
danau untuk liburan natal ada rekomendasi?", "... any recommendation?") or asking one
in English ("can you recommend ..."): a letter of recommendation is had or needed
("sudah ada rekomendasi damkar, ...", "perlu rekomendasi desa adat?"), never asked at
the close of "ada". A superlative asks a choice as "yang" does, read further back to
its which ("rekomendasi kopi tiam paling enak", "warung kopi mana ... paling enak");
"paling lambat" is no praise. A lodging is named by an entry as written: a road
project's "kontrak" is no "kontrakan". Dev (34 KBs): out of scope answered 4 fewer
(Buntu Lolo, Kuala Seuneubok, Muara Sekarum, Tao Sibarung), no other decision changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from knowledge_base.data_tables import table_rows
from knowledge_base.decision import Thresholds, break_ties
from knowledge_base.index import IndexedEntry, KbIndex
from knowledge_base.memo import built_once
from knowledge_base.scored import Candidate, withheld_first

WINDOW = 6  # words after the buying word where one's own means may be said
KINDS = frozenset({"buy", "own", "choice", "praise", "which", "lodging"})
# the word before a word of praise that makes it a choice ("yang murah"), and the
# degree word it may take ("yang paling bagus")
_CHOSEN, _DEGREE = "yang", "paling"
# a superlative asks a choice as "yang" does ("kopi tiam paling enak", "warung kopi mana
# ... paling enak"); "paling lambat" is a deadline, no word of praise
_CHOOSING = frozenset({_CHOSEN, _DEGREE})
# kinds read against a message's words as written as well as by their terms: a KB whose
# terms cut "rekomendasi" to "rekomendas" still hears "ada rekomendasi"
_AS_WRITTEN_TOO = frozenset({"praise", "which"})
# asking for a recommendation: "ada rekomendasi?" closing the message ("any
# recommendation" is read "any rekomendasi"), after which only a tag may follow
_RECOMMENDATION, _RECOMMEND_VERB = "rekomendasi", "recommend"
_THERE_IS = frozenset({"ada", "any"})
_CLOSING_TAGS = frozenset({"tidak", "ya", "dong", "kah", "nih", "sih", "please", "min"})
# words before "yang <praise>" ("di pasar mana yang murah") and after it ("yang murah
# di toko mana") where the which of a choice is asked: a "mana" sentences away asks
# something else ("... harus bawa ke mana karena jauh. Di kota ini ada tempat periksa
# kuda yang murah atau gratis?" asks the service's cost), as does a question's opening
# "apakah ada ... yang murah"
WHICH_BEFORE, WHICH_AFTER = 2, 5
# a superlative closes a question the which opened ("warung kopi mana di kota yang jual
# arabika lokal paling enak", "rekomendasi kopi tiam paling enak"): read further back
SUPERLATIVE_BEFORE = 8
# the words asking which right before a lodging ("which hotel" is read "mana hotel"),
# and the one right after it ("hotel mana")
_WHICH_BESIDE, _WHERE = frozenset({"mana", "which"}), "mana"


@dataclass(frozen=True)
class OwnPurchase:
    """The table's words as the KB's terms, and its choice phrases as token sequences
    (read as written and as a message is read: "recommendations" is "rekomendasi"), by
    first token."""

    buy: frozenset[str]
    own: frozenset[str]
    choices: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    praise: frozenset[str] = frozenset()
    which: frozenset[str] = frozenset()
    lodging: frozenset[str] = frozenset()


def own_purchase(index: KbIndex) -> OwnPurchase:
    """The index's :class:`OwnPurchase`, computed once and kept in its cache."""
    return built_once(index.cache, "own_purchase", OwnPurchase, lambda: _build(index))


def _build(index: KbIndex) -> OwnPurchase:
    normaliser = index.normaliser
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    choices: dict[str, set[tuple[str, ...]]] = {}
    for row in table_rows("own_purchase.tsv"):
        if len(row.cells) != 2 or row.cells[0] not in KINDS:
            raise row.error(f"an own-purchase row is: one of {sorted(KINDS)}, a word")
        kind, text = row.cells
        if kind == "choice":
            for tokens in (normaliser.tokens_without_correction(text), normaliser.tokens(text)):
                if tokens:
                    choices.setdefault(tokens[0], set()).add(tuple(tokens))
            continue
        tokens = normaliser.tokens_without_correction(text)
        # a lodging as written: "penginapan" is read "inap", as "rawat inap" is
        found[kind].update(tokens if kind == "lodging" else map(normaliser.term, tokens))
        if kind in _AS_WRITTEN_TOO:  # read against a message's words as written
            found[kind].update(tokens)
    by_first = {first: tuple(sorted(phrases)) for first, phrases in choices.items()}
    return OwnPurchase(
        frozenset(found["buy"]),
        frozenset(found["own"]),
        by_first,
        frozenset(found["praise"]),
        frozenset(found["which"]),
        frozenset(found["lodging"]),
    )


@dataclass(frozen=True)
class MarketAsk:
    """How a message asks the market, each way read once: it buys a thing with its own
    means, opens a choice phrase, asks a choice by a word of praise, or asks which
    lodging (see the module's docstring)."""

    bought: bool
    chooses: bool
    praise: frozenset[str]
    lodging: frozenset[str]

    @property
    def asked(self) -> bool:
        return self.bought or self.chooses or bool(self.praise) or bool(self.lodging)


def market_ask(index: KbIndex, said: Sequence[str]) -> MarketAsk:
    """The ways ``said`` asks the market (:class:`MarketAsk`)."""
    table = own_purchase(index)
    return MarketAsk(
        bought_privately(index, said),
        _chooses(table, said) or asks_recommendation(said),
        praised(table, said),
        lodging_sought(index, said),
    )


def lodging_sought(index: KbIndex, said: Sequence[str]) -> frozenset[str]:
    """The lodgings a question asks which of: a lodging word as written ("rawat inap" is
    no "penginapan") with a word asking which right beside it ("hotel mana", "which
    hotel") or a word of praise right after it ("hotel murah", "penginapan yang bagus").
    A which sentences away asks something else ("kontrakan saya 12 pintu, apa kena
    pajak?", "mau bangun homestay, izinnya lewat mana": 6 right answers withheld when
    any which word of a short question counted)."""
    table = own_purchase(index)
    if table.lodging.isdisjoint(said):
        return frozenset()  # most messages
    found = set()
    for at, word in enumerate(said):
        if word not in table.lodging:
            continue
        before = said[at - 1] if at else ""
        after = said[at + 1 : at + 3]
        praise = after[1:] if after[:1] == (_CHOSEN,) else after[:1]
        if before in _WHICH_BESIDE or after[:1] == (_WHERE,) or not table.praise.isdisjoint(praise):
            found.add(word)
    return frozenset(found)


def praised(table: OwnPurchase, said: Sequence[str]) -> frozenset[str]:
    """The words of praise a message asks a choice by ("yang murah" in a message asking
    which or what: see the module's docstring); none when it asks no which."""
    if table.which.isdisjoint(said):
        return frozenset()
    found = set()
    for at, token in enumerate(said):
        if token not in _CHOOSING:
            continue
        word = at + 2 if at + 1 < len(said) and said[at + 1] == _DEGREE else at + 1
        before = WHICH_BEFORE if token == _CHOSEN else SUPERLATIVE_BEFORE
        near = said[max(0, at - before) : word + 1 + WHICH_AFTER]
        if word < len(said) and said[word] in table.praise and not table.which.isdisjoint(near):
            found.add(said[word])
    return frozenset(found)


def asks_recommendation(said: Sequence[str]) -> bool:
    """Whether the message closes on asking for a recommendation ("... untuk liburan
    natal ada rekomendasi?", "... any recommendation?", "ada rekomendasi gak") or asks
    one in English ("can you recommend a good seafood restaurant"). A letter of
    recommendation is had, asked for or needed ("sudah ada rekomendasi damkar, ...",
    "perlu rekomendasi desa adat?"), never asked about at the close of "ada"."""
    if _RECOMMEND_VERB in said:
        return True
    end = len(said)
    while end and said[end - 1] in _CLOSING_TAGS:
        end -= 1
    return end >= 2 and said[end - 1] == _RECOMMENDATION and said[end - 2] in _THERE_IS


def _chooses(table: OwnPurchase, said: Sequence[str]) -> bool:
    if table.choices.keys().isdisjoint(said):
        return False  # most messages: no word opens a choice phrase (a check in C)
    return any(
        tuple(said[start : start + len(phrase)]) == phrase
        for start, token in enumerate(said)
        for phrase in table.choices.get(token, ())
    )


def bought_privately(index: KbIndex, said: Sequence[str]) -> bool:
    """Whether the message buys a thing with its own means (see the module's docstring)."""
    table = own_purchase(index)
    if table.own.isdisjoint(said):
        return False  # most messages: no word of one's own means as written (a check in C)
    term = index.normaliser.term
    terms = [term(token) for token in said]
    return any(
        found in table.buy and not table.own.isdisjoint(terms[at + 1 : at + 1 + WINDOW])
        for at, found in enumerate(terms)
    )


def kept_to_service(
    index: KbIndex, said: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when the message asks
    the market (:class:`MarketAsk`) and the entry's questions and keywords never speak
    of buying, unless the market is asked only by a word of praise the entry's questions
    and keywords name ("pasar murah": the choice is its own) or only by a lodging any of
    its texts names ("pajak hotel ... bayar di mana" of the hotel-tax entry)."""
    if not t.own_purchase or not ranked or ranked[0].missing_salient:
        return ranked
    ask = market_ask(index, said)
    if not ask.asked:
        return ranked
    ranked = break_ties(ranked, t)
    table, item = own_purchase(index), index.entries[ranked[0].position]
    if not table.buy.isdisjoint(item.terms):
        return ranked
    bought_or_chosen = ask.bought or ask.chooses
    if ask.praise and not bought_or_chosen and _names(index, ask.praise, item.terms):
        return ranked
    only_lodging = ask.lodging and not bought_or_chosen and not ask.praise
    if only_lodging and not ask.lodging.isdisjoint(_written(item)):
        return ranked
    return withheld_first(ranked)


def _written(item: IndexedEntry) -> frozenset[str]:
    """The words of an entry's texts as written (normalised, not cut to their terms):
    a lodging is named as itself, "kontrakan" not by a road project's "kontrak"."""
    return frozenset(word for text in (*item.variants, item.answer_text) for word in text.split())


def _names(index: KbIndex, words: frozenset[str], terms: frozenset[str]) -> bool:
    """Whether ``terms`` (an entry's) hold the term of one of ``words`` (the message's)."""
    term = index.normaliser.term
    return not {term(word) for word in words}.isdisjoint(terms)
