"""Signals of a near out-of-scope question, measured on every development KB.

    python bench/kb_scope.py

A near out-of-scope question names something an entry is about and asks what the KB
does not cover ("vaksin covid" answered with livestock vaccination, "tiket kebun
binatang" with the museum ticket). Each signal below is a doubt about the best-ranked
entry, read from the message's and the entry's words only (no dev message, no entry
id); for each KB the report prints what it would do both ways:

- *withhold*: among the messages the matcher answers, the right answers it would lose
  and the wrong and out-of-scope answers it would stop (``-R -W -O``);
- *answer*: among the messages withheld whose best entry is not barred (no missing
  service, no tie), those without the doubt: right entries it could answer against the
  out-of-scope and wrong ones that would come with them (``+R +O +W``).

Then a logistic model of all the doubts with the answer features, fitted leaving one
KB out (its AUC on the KB left out, and what it withholds there at a threshold costing
0.3% of the training KBs' right answers), and the KB's own near out-of-scope questions:
each entry's questions asked with that entry left out of the ranking (see
:func:`sibling_questions`), a near out-of-scope set any KB yields without writing one.

Measured (faq-dev / sample / Pesisir Lor / Tirtajaya KBs, dev messages up to batch 8;
answered right 1169/1304/214/212, out of scope answered 12/18/10/8; withheld with the
right entry first 55/78/7/22, out of scope withheld 299/345/36/38), withhold side:

- unexplained distinctive word (weight at least 0.8 of a one-entry word, neither the
  entry's question, keyword nor answer word) and none of the entry's words found in two
  entries or fewer in the message: -R11 -O2 / -R69 -O2 / -R3 -O2 / -R6 -O0 (at weight
  0.6 and one entry: -R53 -O3 / -R190 -O4 / -R16 -O4 / -R33 -O2);
- no keyword of the entry touched: -R28 -O0 / -R28 -O3 / -R6 -O2 / -R32 -O4;
- a keyword's compound with another modifier ("vaksin covid" against "vaksin ternak"):
  -R200 -O9 / -R278 -O6 / -R32 -O6 / -R27 -O2 (a paraphrase names a kind of the
  entry's thing: "warung bakso" for "warung makan", "slf ruko");
- the message asks a facet the entry never asks: -R159 -O2 / -R64 -O2 / -R27 -O0 /
  -R36 -O0;
- an office or place the entry never names: -R146 -O5 / -R64 -O4 / -R12 -O1 / -R12 -O1;
- none of the next three entries of the best one's agency (the words scatter over the
  KB): -R544 -O8 / -R471 -O9 / -R74 -O4 / -R70 -O6, out of scope twice as often as
  right answers, no more;
- leave-one-KB-out logistic (the doubts and the match's measures): AUC 0.84 / 0.83 /
  0.90 / 0.82, and at 0.3% of the training KBs' right answers no out-of-scope answer
  withheld on any KB (right answers lost 9 / 1 / 0 / 3).

Answer side: without the doubt, the withheld messages answered would be out of scope 2
to 3 times as often as right (unexplained distinctive word: +R39 +O85 / +R35 +O92 /
+R2 +O10 / +R10 +O17). A search of two thresholds over these measures and the match's
own (score, lead, coverages, shared words), chosen on three KBs with no wrong or
out-of-scope answer there, answered 0-8 right messages on the fourth, each time with a
wrong or out-of-scope one, and no threshold of the coverage path did better either
(message coverage 0.55: -8/-19/-2/-1 right for -3/-2/-1/0 out of scope).

Sibling questions (each entry's questions with the entry left out): answered by
another entry 3/64, 115/503, 38/202, 23/211. Their rate follows the KB's share of
sibling entries (the sample KB's many siblings), not its dev out-of-scope rate.

Another thing of a kind the message names (see :mod:`knowledge_base.kinds`: the entry's
canonical phrases name a disease, a place, a document ... and the entry never speaks to
the message's thing), measured with the matcher's own guard off: -R0 -O2 / -R0 -O2 /
-R0 -O4 / -R0 -O2, each kind below it apart. And on each KB's own near out-of-scope
questions made by swapping the thing an entry's canonical question names for another
of its kind (see :func:`swapped_things`): answered by that entry 12/29/38/30 times
without the guard, 0/6/3/6 with it, while the same questions with another name of the same thing
("demam berdarah" for "DBD") stay answered (10/29/27/16 both ways). This one is the
matcher's guard; the word-level measures below found nothing like it.

The near out-of-scope questions answered and the right paraphrases share all of these
word-level measures: a paraphrase leaves its own words unexplained and names its entry's object in
other words exactly as a near out-of-scope question does. Nothing here holds on every
KB, so the decision is unchanged.

Ninth round, on all eight dev columns with the Sagara Bahari and Nusa Rangkai KBs
(answered messages each rule would withhold, summed: right / wrong / out of scope):
every word the entry shares with the message in 10% or more of the KB's entries, and a
real word the entry and its answer never use: -R62 -W5 -O5 (a KB's cluster words, "ktp"
on the faq-dev KB, are as frequent as its domain words, "pulau" on Sagara Bahari);
shared words each found in the entries of three agencies or more, with a word the KB
never uses: -R33 -W6 -O6; a clear or wide lead with a word the KB never uses: -R392
-W17 -O31; the short question's head a word the KB never uses: -R371 -O17; the shared
words only in a place phrase ("di/ke/dari ...") and none of the rest explained: -R12
-O6; a price, fee or schedule word followed by a thing the entry never names: -R19
-O11, and with a word of now ("harga cabai hari ini") -R0 -O7, the one kept (see
``knowledge_base/live_values.py``); the qualifier slot of ``qualifiers.py`` after any
head: -R7 -O1; shared words only the KB's proper names (capitalised in its texts):
-R24 -O2. Where the IDF of the shared words fails, a kind of question or of thing
(live values, ``data/kinds.tsv``) held.

Tenth round, on all ten dev columns (the last two rules also on the Sungai Lembayung and
Bandar Seruni trap sets; answered messages each rule would withhold, summed over the
columns: right / wrong / out of scope): the message asks a facet its entry never asks and
the entry's answer has none of that facet's words (cost: -R10 -W3 -O2; duration: -R74 -W1
-O3; place, schedule, deadline, status, reason, check: more right than out of scope each;
an answer says "tiap tiga bulan" where the message asks "berapa lama"); the head slot
before one of the entry's compound qualifiers, in a real word the KB never uses (the
mirror of ``qualifiers.py``, "seragam sekolah" against "bus sekolah"): -R16 -O4, and -R60
-O9 without the specific-word condition; a service-kind thing (document, tax, aid,
membership, insurance) the entry never speaks of, with no entry of the KB speaking of it:
-R38 -W1 -O6 (all kinds: -R134 -O15: a stroke, a youth group, a vehicle registration as
details); an office of another level or a private one ("kementerian", "pusat", "provinsi",
"swasta", "polsek") the entry never names: -R22 -O5; a foreign region with the move word
only within three words before it: -R8 -O2; a negated word ("bukan X") among the entry's
canonical words: -R45 -O2 (sibling messages negate the sibling while sharing its words,
and "bkn" is "bikin"). What held were more kinds and things (trades a course teaches,
taxis and intercity buses, animal diseases and clinics, private hospitals, industries), a
figure of the day named only in passing by its entry (live values), and a thing bought on
one's own means (``knowledge_base/own_purchase.py``).

Eleventh round, on all eleven dev columns with the Oelaku, Bukit Segara and Tirtomulyo
trap sets (each tried as a rule of the matcher, decisions compared; right / wrong / out
of scope answered that it would withhold): errands read through word forms lose their
sense where the form is another word: renewal ("perpanjang" is "panjang": a long dry
season, a long snake) -R2 -O1, and an out-of-scope renewal then answered by the entry
that does speak of renewing; lost property ("ketinggalan" is "tinggal", to live, and so
is "meninggal", to die) -R40 -O3; a refill ("isi ulang" is a fare card's top-up) moved
two out-of-scope answers to the top-up entry; renting ("sewa": a story's rented house,
a rented field) -R15 -O5; divorce ("status cerai" on the ID card) -R3 -O1; a scholarship
(a poverty letter "buat daftar beasiswa") -R4 -O1; an exhibition (a job fair's
"pameran") -R1 -O1; a vaccination (a cat "udah vaksin" before its sterilisation) -R2
-O3, one out-of-scope answer moved; a pet on board ("bawa anjing") moved a bus question
to the rabies entry, which speaks of dogs. A measure "berapa orang" -R3 (an answer says
"satu pendamping"); a measure after "per" ("retribusi per meter berapa") -R1. A foreign
region after "ke" with "dari" anywhere in the message -R1 -O5 (cattle sent "ke Jakarta
lewat kapal ternak", a letter "dari desa" far after); the journey's from word within
four words holds. "swasta" / "private" the entry never says: more right answers than
out of scope (a private clinic's doctor asking for a practice licence, a private
school's building certificate); "favorit" is the school a child enrols in; "best" is
"the best time to call". What held: errands of money and care (refund, donation, class
of care, compensation, the deceased, a fines amnesty), moving out, account recovery,
leaving a welfare list, becoming a cadre, moving a meter, a new lamp; a measure the
entry never gives (``knowledge_base/measures.py``); a journey to a region the KB never
names (``knowledge_base/elsewhere.py``); asking the cheapest or best shop
(``knowledge_base/own_purchase.py``); a thing named after "bukan" (``kinds.py``); the
words of today in Javanese and eastern Malay (``live_values.tsv``).

Twelfth round, on all fourteen dev columns with the Tanamera, Sombalaya and Sinaka KBs
(decisions compared; right / wrong / out of scope answered): a date as a measure
("tanggal berapa" of an entry giving no date) -R13 -O4 (a posyandu's "minggu kedua");
a quake's magnitude ("berapa kekuatan") changed nothing ("kekuatan" is "kuat", which an
evacuation entry says); a scholarship ("beasiswa") as a named service -R2 +W1 +O1 for
-O2 (a PIP entry keeps "beasiswa miskin" among its keywords); kinds.tsv names read with
the KB's own alternates ("pajak restoran" as "pbjt makanan") -R1 +O2 for -O1; a permit
asked ("perlu izin", "izinnya ke mana") as an errand vetoing every entry never saying
"izin" +W1 +O2 (an entry naming a permit in passing answered for the others); no thing
shared shielding another -R2 for -O3 (a ferry's "bawa mama pi rumah sakit", a dog's
rabies shot at the animal clinic); becoming a teacher or an employee ("jadi guru",
"jadi karyawan") -R7 (a story's "sudah diangkat jadi guru honorer", a change of
occupation on the ID card). What held: a place shared shields nothing; "penginapan"
read as written; becoming a driver, attendant, volunteer or member, a first ID card, a
document lost to a flood, "bukan ... tapi" spans (errands); thanks in English; the
documents an entry asking mostly what to bring lists; a group name beside its thing; a
permit doubted of the best entry alone (``doubted_errands.py``); rentals and clubs as
businesses; animals and crops as one kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from kb_eval import load_queries
from kb_fit import answer_sources

from knowledge_base.decision import Thresholds, break_ties, is_contested, should_answer
from knowledge_base.facets import entry_facets, word_forms
from knowledge_base.filler import strip_filler
from knowledge_base.head import frame_terms
from knowledge_base.index import IndexedEntry, KbIndex
from knowledge_base.kinds import kind_rows, other_thing
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher, MatcherConfig
from knowledge_base.normaliser import Analysis
from knowledge_base.scorer import Candidate
from knowledge_base.smalltalk import strip_leading_chatter
from knowledge_base.weighting import message_weights

LABELS = ("right", "wrong", "out", "held", "declined", "astray")


@dataclass(frozen=True)
class Message:
    """One message's best entry as the decision saw it, and what the message says.
    Label: answered ``right``, ``wrong`` or out of scope (``out``); withheld with the
    right entry first (``held``), out of scope (``declined``) or another entry first
    (``astray``)."""

    label: str
    best: Candidate
    barred: bool  # never answerable: a missing service or a tie
    terms: tuple[str, ...]  # in message order
    weights: dict[str, float]
    tokens: tuple[str, ...]
    runners_up: tuple[int, ...] = ()  # the next five entries' positions


Doubt = Callable[[KbIndex, Message], bool]


def _plain(index: KbIndex) -> frozenset[str]:
    """Words that say neither what nor which: offices, places, the asking frame."""
    return index.generic_terms | frame_terms(index)


def unexplained_distinct(index: KbIndex, m: Message, share: float = 0.8, df: int = 2) -> bool:
    """A word weighing like an entry's own is not the entry's (questions, keywords or
    answer), and none of the entry's rarer words is in the message."""
    item = index.entries[m.best.position]
    plain = _plain(index)
    floor = share * index.specific_idf
    known = item.terms | item.answer_terms
    unexplained = [t for t, w in m.weights.items() if t not in plain and w >= floor]
    if not any(t not in known for t in unexplained):
        return False
    rare = {t for t in item.terms - plain if len(index.postings.get(t, ())) <= df}
    return rare.isdisjoint(m.terms)


def _keywords(index: KbIndex, item: IndexedEntry) -> list[tuple[str, ...]]:
    normaliser, plain = index.normaliser, _plain(index)
    found = [normaliser.terms(normaliser.tokens(k)) for k in item.entry.keywords]
    return [k for k in found if set(k) - plain]


def keyword_untouched(index: KbIndex, m: Message) -> bool:
    """The entry has keywords and the message shares a word with none of them."""
    keywords = _keywords(index, index.entries[m.best.position])
    return bool(keywords) and all(set(m.terms).isdisjoint(k) for k in keywords)


def compound_conflict(index: KbIndex, m: Message) -> bool:
    """A keyword's word beside another modifier: the message says "vaksin covid" where
    the entry's keywords say "vaksin ternak", the other word the entry's nowhere."""
    item = index.entries[m.best.position]
    plain, said = _plain(index), set(m.terms)
    known = item.terms | item.answer_terms
    beside: dict[str, set[str]] = {}
    for keyword in _keywords(index, item):
        for a, b in pairwise(keyword):
            beside.setdefault(a, set()).add(b)
            beside.setdefault(b, set()).add(a)
    for a, b in pairwise(m.terms):
        for shared, other in ((a, b), (b, a)):
            named = shared in beside and other not in known and other not in plain
            if named and (beside[shared] - plain).isdisjoint(said):
                return True
    return False


def facet_unasked(index: KbIndex, m: Message) -> bool:
    """The message asks facets (cost, place, schedule ...) the entry never asks."""
    facets = entry_facets(index)
    asked = facets.asked(word_forms(index.normaliser, m.tokens))
    return bool(asked) and asked.isdisjoint(facets.profiles[m.best.position])


def office_unexplained(index: KbIndex, m: Message) -> bool:
    """The message names an office or place the entry never names."""
    item = index.entries[m.best.position]
    known = item.terms | item.answer_terms
    return any(t in index.generic_terms and t not in known for t in m.terms)


def no_sibling_near(index: KbIndex, m: Message) -> bool:
    """None of the next three entries is the best one's agency's: the message's words
    scatter over the KB instead of pointing into one agency's entries."""
    agency = index.entries[m.best.position].entry.agency
    return all(index.entries[p].entry.agency != agency for p in m.runners_up[:3])


def other_kind(index: KbIndex, m: Message, kind: str | None = None) -> bool:
    """The entry names another thing of a kind the message names (see :mod:`kinds`),
    of ``kind`` when given."""
    found = other_thing(index, m.tokens, m.best.position)
    return found is not None and (kind is None or found == kind)


def _kind_doubt(kind: str) -> Doubt:
    return lambda i, m: other_kind(i, m, kind)


KINDS: dict[str, Doubt] = {
    f"    of kind {kind}": _kind_doubt(kind)
    for kind in dict.fromkeys(row.kind for row in kind_rows())
}

DOUBTS: dict[str, Doubt] = {
    "unexplained distinctive word": unexplained_distinct,
    "unexplained (weight 0.6, one entry)": lambda i, m: unexplained_distinct(i, m, 0.6, 1),
    "no keyword touched": keyword_untouched,
    "keyword compound conflict": compound_conflict,
    "facet the entry never asks": facet_unasked,
    "office or place not the entry's": office_unexplained,
    "no runner-up of the entry's agency": no_sibling_near,
    "another thing of a kind the message names": other_kind,
}


def messages(matcher: Matcher, files: list[Path]) -> list[Message]:
    """The dev messages that are neither complaints nor chatter, read as ``match`` reads
    them (the question's core without chatter and filler weighs the terms)."""
    found = []
    t, normaliser = matcher.config.thresholds, matcher.index.normaliser
    for query in (q for f in files if f.exists() for q in load_queries(f)):
        result = matcher.match(query.text)
        if query.expect == "complaint" or result.intent.value in ("complaint", "smalltalk"):
            continue
        body, analysis = matcher.read(query.text)
        ranked = matcher.ranked(body, analysis)
        if not ranked:
            continue
        best, answered = ranked[0], result.intent.value == "faq"
        lexicon = matcher.lexicon
        core = strip_filler(strip_leading_chatter(analysis.tokens, lexicon), lexicon)
        terms = normaliser.terms(core) or analysis.terms
        read = Analysis(core, terms, analysis.question_mark, analysis.background)
        weights = dict(message_weights(matcher.index, read, matcher.config.weights).weighted)
        if query.expect == "none":
            label = "out" if answered else "declined"
        elif answered:
            label = "right" if result.entry_id == query.expect else "wrong"
        else:
            label = "held" if best.entry_id == query.expect else "astray"
        barred = best.missing_salient or is_contested(ranked, t)
        after = tuple(c.position for c in ranked[1:6])
        found.append(Message(label, best, barred, terms, weights, core, after))
    return found


def tally(index: KbIndex, found: list[Message], doubt: Doubt) -> str:
    count = dict.fromkeys(LABELS, 0)
    for m in found:
        answered = m.label in ("right", "wrong", "out")
        if answered == doubt(index, m) and (answered or not m.barred):
            count[m.label] += 1
    return (
        f"-R{count['right']} -W{count['wrong']} -O{count['out']}; "
        f"+R{count['held']} +O{count['declined']} +W{count['astray']}"
    )


def sibling_questions(matcher: Matcher) -> tuple[int, int]:
    """(asked, answered): each entry's questions matched with that entry left out of the
    ranking; an answer is another entry taking a question the KB lacks, the near
    out-of-scope case made from the KB itself."""
    t = matcher.config.thresholds
    asked = answered = 0
    for item in matcher.index.entries:
        for question in item.entry.questions + item.entry.questions_en:
            body, analysis = matcher.read(question)
            ranked = [c for c in matcher.ranked(body, analysis) if c.entry_id != item.entry.id]
            if not ranked:
                continue
            asked += 1
            ranked = break_ties(ranked, t)
            answered += should_answer(ranked, t, None, len(analysis.terms))
    return asked, answered


def inputs(index: KbIndex, m: Message) -> list[float]:
    """The doubts and the match's own measures, for :func:`loko_report`."""
    best = m.best
    own = [best.score / 100, best.coverage, best.entry_coverage, best.fuzzy / 100]
    return [float(d(index, m)) for d in DOUBTS.values()] + [*own, min(3, best.shared_terms) / 3]


# top-1 a withholding model may cost on the training KBs
COST = 0.003


def loko_report(data: dict[str, tuple[KbIndex, list[Message]]]) -> None:
    """A logistic model of "right" among the answered messages, fitted leaving one KB
    out: its AUC on the KB left out, and what it withholds there at the threshold that
    costs :data:`COST` of the training KBs' right answers."""
    import numpy
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    rows = {
        name: [(inputs(index, m), m.label) for m in found if m.label in ("right", "wrong", "out")]
        for name, (index, found) in data.items()
    }
    print(f"leave-one-KB-out logistic, withholding at {COST:.1%} of right answers:")
    for test in rows:
        train = [r for name, rs in rows.items() if name != test for r in rs]
        x = numpy.array([r[0] for r in train])
        y = numpy.array([r[1] == "right" for r in train])
        model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000).fit(x, y)
        seen = model.predict_proba(x)[:, 1]
        threshold = sorted(seen[y])[int(COST * y.sum())]
        tested = model.predict_proba(numpy.array([r[0] for r in rows[test]]))[:, 1]
        labels = [r[1] for r in rows[test]]
        right = numpy.array([label == "right" for label in labels])
        held = {
            k: sum(p < threshold for p, lb in zip(tested, labels, strict=True) if lb == k)
            for k in ("right", "wrong", "out")
        }
        auc = roc_auc_score(right, tested)
        print(f"    {test}: AUC {auc:.3f}; -R{held['right']} -W{held['wrong']} -O{held['out']}")


def _rows_by_kind() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    found: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for row in kind_rows():
        if not row.thing.startswith("*"):
            found.setdefault(row.kind, []).append((row.thing, row.names))
    return found


def swapped_things(kb: Path) -> tuple[int, int, int, int, int, int]:
    """The KB's own near out-of-scope questions and paraphrases, made by swapping a
    thing its entries' canonical questions name (see :mod:`knowledge_base.kinds`):
    each canonical question with the thing's name replaced by another thing of its kind
    that the entry never speaks to (up to three; not when the question still names the
    entry's thing elsewhere), and by another name of the same thing.
    Returns (swapped asked, answered by the entry with the guard off, with it on;
    renamed asked, answered by the entry off, on)."""
    from knowledge_base.kinds import kinds, message_things

    off = Matcher(load_kb(kb), MatcherConfig(thresholds=Thresholds(contrasting_kinds=False)))
    on = Matcher(load_kb(kb))
    table, by_kind = kinds(on.index), _rows_by_kind()
    counts = [0] * 6
    for item, things in zip(on.index.entries, table.entries, strict=True):
        question = item.entry.questions[0].lower()
        for kind, named in things.prime.items():
            for thing, names in by_kind[kind]:
                said = next((n for n in names if f" {n} " in f" {question} "), None)
                if thing not in named or said is None:
                    continue
                others = [t for t in by_kind[kind] if t[0] not in things.spoken[kind]][:3]
                tries = [(0, o[1][0]) for o in others] + [(3, n) for n in names if n != said][:1]
                for base, name in tries:
                    text = f" {question} ".replace(f" {said} ", f" {name} ", 1).strip()
                    left = message_things(on.index, on.analyse(text).tokens).get(kind, set())
                    if base == 0 and not left.isdisjoint(things.spoken[kind]):
                        continue  # the question names the entry's thing elsewhere too
                    counts[base] += 1
                    counts[base + 1] += off.match(text).entry_id == item.entry.id
                    counts[base + 2] += on.match(text).entry_id == item.entry.id
    a, b, c, d, e, f = counts
    return a, b, c, d, e, f


def main() -> None:
    data = {}
    for name, (kb, files) in answer_sources().items():
        # as ranked before the contrasting kinds withhold an entry, to measure them
        matcher = Matcher(
            load_kb(kb), MatcherConfig(thresholds=Thresholds(contrasting_kinds=False))
        )
        data[name] = (matcher, messages(matcher, files))
        found = data[name][1]
        counts = {label: sum(m.label == label for m in found) for label in LABELS}
        asked, answered = sibling_questions(matcher)
        print(f"{name}: {counts}; sibling questions answered {answered}/{asked}")
    for label, doubt in (DOUBTS | KINDS).items():
        print(f"{label}:")
        for name, (matcher, found) in data.items():
            print(f"    {name}: {tally(matcher.index, found, doubt)}")
    loko_report({name: (m.index, found) for name, (m, found) in data.items()})
    print("a thing of an entry's canonical question swapped for another of its kind / renamed:")
    for name, (kb, _) in answer_sources().items():
        a, b, c, d, e, f = swapped_things(kb)
        print(f"    {name}: swapped {a}, answered {b} -> {c}; renamed {d}, answered {e} -> {f}")


if __name__ == "__main__":
    main()
