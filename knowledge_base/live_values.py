"""Questions of a live value: what a thing costs today, the weather or the waves
tomorrow.

A FAQ answer is written once; a market price or a forecast changes by the day, and a
near out-of-scope question asking one shares its other words with some entry: "harga
cabai rawit di pasar induk hari ini" the market with the kiosk rental, "harga ikan
tongkol hari ini per kilo" the fish and the kilo with the cold storage's price,
"prakiraan tinggi gelombang besok di perairan ..." the waters with a water connection.
Such a message asks a value of now (a ``now`` word of ``data/live_values.tsv``, or a
``unit`` a market price is quoted in, "sekilo", with a ``price`` word, "-nya" and all,
or a ``forecast`` or ``figure`` phrase, read whole: "curah hujan" is a forecast's,
"batal karena hujan" none); the best entry answers it only when it names what is asked:

- a price: every word of the priced thing (the words after "harga" up to one of time,
  place or asking; the ones before it in English word order, "the fish harga") among
  the entry's questions, keywords or answer words: "harga es balok sekarang" stays
  with the block-ice entry, "harga ikan tongkol hari ini" leaves it (no tongkol); and
  the entry speaks of a price at all, the price word in its texts or a sum of money
  in its answer ("Rp", "rupiah"): an entry naming the thing but giving no price of
  anything (seed aid handed out free, a letter recommending subsidised diesel, the
  masks handed out in the haze) holds no price of it, "harga benih jagung hibrida di
  toko tani sekarang berapa per kilo" is no question for the seed-aid entry. When the
  entry shares no other word of the message (beyond the thing, the price, the words of
  now and the place the price is asked at: "di pengepul", "at the market"), the message
  asks the thing's market price alone, and the entry must give a price: its canonical
  question or keywords ask one, or its answer states a sum of money. A tax on
  swiftlet nests reckoned from a set price, a rubber auction where clean rubber "gets
  a good price", a warehouse to wait out a low price all speak of the price and set
  none ("harga sarang walet per kilo sekarang", "harga getah di toke hari ni berapo
  sekilo"), while "harga lada jatuh, bisa simpan di gudang resi?" asks the warehouse
  (dev: 8 out-of-scope answers fewer on 7 KBs, 2 right answers more, nothing lost);
- a forecast or a figure set anew each year or day: its word itself ("prakiraan",
  "cuaca", "umk", "kurs", "ispu") in the entry's canonical question or English title,
  what the entry is about: "umk tahun ini berapa" is answered by a minimum-wage entry
  only, not by the job fair's, and "ispu hari ini berapa" not by the entry on masks
  handed out when the index is high, which has the index among its keywords and in its
  answer (dev: two out-of-scope answers fewer on the Sungai Lembayung KB, today's air
  index and today's count of fire hotspots; nothing else changed).

Otherwise the entry is offered ("did you mean"), not answered. Only short messages
(:data:`SHORT` content words at most): a long story tells what things cost now
("... sekarang harganya naik, ...") while asking something else.

Measured on the dev KBs (faq-dev / sample / Banyuhilir / Nusa Rangkai / Pesisir Lor /
Sagara Bahari / Tirtajaya / Wanasari): out of scope answered 0 / 0 / 1 / 1 / 0 / 3 / 0 /
2 fewer, the figures one more on Nusa Rangkai (the year's minimum wage against the job
fair), the units one more on the sample KB (plastic bottles by the kilo against forming
a waste bank), no right answer withheld; every dev message asking a price of now that was
answered right was a long story (two on the faq-dev KB). An entry giving no price at
all (22 dev KBs): 6 out-of-scope answers fewer (a market price of seed, shrimp fry,
diesel, shelled maize, masks, the fish at auction, each asked of an entry naming the
thing), no right answer withheld; every short price of now answered right came from an
entry naming a price (a ticket, subsidised fertiliser, the palm-fruit price set).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from knowledge_base.data_tables import table_rows
from knowledge_base.decision import Thresholds, break_ties
from knowledge_base.entries import KbEntry
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.scored import Candidate, withheld_first

SHORT = 8  # content words of a message read for a live value
# a sum of money in an answer: "Rp5.000", "Rp 5.000", "Rp. 5000", "lima ribu rupiah"
_MONEY = re.compile(r"\brp\.? ?\d|\brupiah\b", re.IGNORECASE)
# the words before the place a price is asked at: "di pengepul", "at the market"
_AT = frozenset({"di", "at", "in"})
_AT_THE = frozenset({("at", "the"), ("in", "the")})
KINDS = frozenset({"now", "unit", "price", "forecast", "figure", "link"})


@dataclass(frozen=True)
class LiveValues:
    """The table as the KB's tokens: the phrases of now (and of a market price's unit),
    and the words of each other kind (``named``: a forecast's or a figure's, which the
    entry must name itself)."""

    now: tuple[tuple[str, ...], ...]
    price: frozenset[str]  # the price words, with their "-nya" ("harganya berapa")
    named: frozenset[str]  # every word of a forecast's or a figure's phrase
    link: frozenset[str]
    stops: frozenset[str]  # where the priced thing's words end: the frame, the words of now
    # per entry position, the terms of its canonical question and English title
    canonical: tuple[frozenset[str], ...] = ()
    # per entry position, whether it speaks of a price (see :func:`_gives_price`)
    priced: tuple[bool, ...] = ()
    # per entry position, whether it gives one: its canonical question or keywords ask a
    # price, or its answer states a sum of money
    gives_price: tuple[bool, ...] = ()
    price_terms: frozenset[str] = frozenset()
    # the forecasts' and figures' phrases: "curah hujan" is one, "hujan" alone is none
    named_phrases: tuple[tuple[str, ...], ...] = ()


def live_values(index: KbIndex) -> LiveValues:
    """The index's :class:`LiveValues`, computed once and kept in its cache."""
    return built_once(index.cache, "live_values", LiveValues, lambda: _build(index))


def _build(index: KbIndex) -> LiveValues:
    found: dict[str, list[tuple[str, ...]]] = {kind: [] for kind in KINDS}
    for row in table_rows("live_values.tsv"):
        if len(row.cells) != 2 or row.cells[0] not in KINDS:
            raise row.error(f"a live value row is: one of {sorted(KINDS)}, a phrase")
        tokens = tuple(index.normaliser.tokens_without_correction(row.cells[1]))
        if tokens:
            found[row.cells[0]].append(tokens)
    words = {kind: frozenset(t for phrase in found[kind] for t in phrase) for kind in KINDS}
    named = words["forecast"] | words["figure"]
    now = (*found["now"], *found["unit"])
    stops = frame_terms(index) | frozenset(word for phrase in now for word in phrase)
    canonical = tuple(_canonical_terms(index, item.entry) for item in index.entries)
    price_terms = frozenset(index.normaliser.term(word) for word in words["price"])
    money = tuple(_MONEY.search(item.entry.answer) is not None for item in index.entries)
    priced = tuple(
        not price_terms.isdisjoint(item.terms | item.answer_terms) or has_money
        for item, has_money in zip(index.entries, money, strict=True)
    )
    gives = tuple(
        not price_terms.isdisjoint(item.prime_terms) or has_money
        for item, has_money in zip(index.entries, money, strict=True)
    )
    return LiveValues(
        now,
        words["price"] | frozenset(word + "nya" for word in words["price"]),
        named,
        words["link"],
        stops,
        canonical,
        priced,
        gives,
        price_terms,
        (*found["forecast"], *found["figure"]),
    )


def _canonical_terms(index: KbIndex, entry: KbEntry) -> frozenset[str]:
    normaliser = index.normaliser
    texts = (entry.questions[0], *((entry.title_en,) if entry.title_en else ()))
    return frozenset(normaliser.term(t) for text in texts for t in normaliser.tokens(text))


def _says_now(tokens: Sequence[str], now: Iterable[tuple[str, ...]]) -> bool:
    return any(
        tuple(tokens[start : start + len(phrase)]) == phrase
        for phrase in now
        for start in range(len(tokens))
    )


def asked_value(index: KbIndex, tokens: Sequence[str], said: Sequence[str]) -> frozenset[str]:
    """The terms an entry must name to answer the live value the short message asks
    (see the module's docstring); empty when it asks none. ``tokens``: the words asked;
    ``said``: the whole message's, where the word of now is looked for (the ranking's
    filler leaves it out of ``tokens``)."""
    table = live_values(index)
    if table.price.isdisjoint(tokens) and table.named.isdisjoint(tokens):
        return frozenset()  # most messages
    normaliser = index.normaliser
    terms = normaliser.content_terms(tokens)
    if sum(t is not None for t in terms) > SHORT or not _says_now(said, table.now):
        return frozenset()
    stops = table.stops
    asked: set[str] = set()
    asked.update(_named_terms(index, tokens))
    for at, token in enumerate(tokens):
        if token in table.price:
            after = [n for n in range(at + 1, len(tokens)) if tokens[n] not in table.link]
            before = range(at - 1, -1, -1)
            thing = _run(tokens, terms, after, stops) or _run(tokens, terms, before, stops)
            asked.update(thing)
    return frozenset(asked)


def _named_terms(index: KbIndex, tokens: Sequence[str]) -> frozenset[str]:
    """The terms of the forecasts and figures ``tokens`` name, each phrase whole."""
    table = live_values(index)
    if table.named.isdisjoint(tokens):
        return frozenset()
    term = index.normaliser.term
    return frozenset(
        term(word)
        for phrase in table.named_phrases
        if _says_now(tokens, (phrase,))
        for word in phrase
    )


def _run(
    tokens: Sequence[str],
    terms: Sequence[str | None],
    positions: Iterable[int],
    stops: frozenset[str],
) -> list[str]:
    """The terms at ``positions`` up to the first word that is no content word, a
    word of the asking frame or one of now."""
    run = []
    for position in positions:
        term = terms[position]
        if term is None or term in stops or tokens[position] in stops:
            break
        run.append(term)
    return run


def _price_alone(
    index: KbIndex, tokens: Sequence[str], asked: frozenset[str], entry_terms: frozenset[str]
) -> bool:
    """Whether the entry shares no word of the message beyond the priced thing, the
    price, the words of now and the place the price is asked at ("di pasar", "at the
    market"): the message then asks the thing's price and nothing else the entry speaks
    of."""
    table = live_values(index)
    terms = index.normaliser.content_terms(tokens)
    shared = {term for at, term in enumerate(terms) if term is not None and not _placed(tokens, at)}
    shared &= entry_terms
    return not (shared - asked - table.price_terms - table.stops)


def _placed(tokens: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` names a place: after "di" or "at" ("at the")."""
    before = tokens[max(0, at - 2) : at]
    return bool(before) and (before[-1] in _AT or tuple(before) in _AT_THE)


def kept_to_live_value(
    index: KbIndex,
    tokens: Sequence[str],
    said: Sequence[str],
    ranked: list[Candidate],
    t: Thresholds,
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when the message asks a
    live value the entry does not name (see :func:`asked_value`)."""
    if not t.live_values or not ranked or ranked[0].missing_salient:
        return ranked
    asked = asked_value(index, tokens, said)
    if not asked:
        return ranked
    ranked = break_ties(ranked, t)
    position = ranked[0].position
    item = index.entries[position]
    table = live_values(index)
    named = _named_terms(index, tokens)
    priced = table.price.isdisjoint(tokens) or (
        table.gives_price[position]
        if _price_alone(index, tokens, asked, item.terms | item.answer_terms)
        else table.priced[position]
    )
    if (
        asked - named <= item.terms | item.answer_terms
        and named <= table.canonical[position]
        and priced
    ):
        return ranked
    return withheld_first(ranked)
