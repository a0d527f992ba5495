"""Services a message names as the purpose of what it asks for, not as what it asks for.

"Mau bikin SKCK buat daftar CPNS" asks for a police certificate; the civil-service
application is what the resident needs it for. Named services weigh more than any other
word and veto every entry that lacks them (see :mod:`weighting` and
:func:`knowledge_base.coverage.names_missing_service`), so a KB with an SKCK entry but
none on CPNS withheld the message, its SKCK entry vetoed for lacking the purpose. A
service in the phrase after a word of purpose ("untuk", "buat", "guna", "demi", "for",
"dalam rangka") is read as the purpose, not as the subject, when the message names a
service or a letter ("surat keterangan sehat untuk daftar PPPK") before it, as
:mod:`brought` reads the documents to bring. Any other word before it is no subject:
"untuk" often fronts the topic ("mau tanya, untuk perpanjang SIM syaratnya apa?",
"saya warga Sukamaju, untuk SKCK di mana?").

"Buat" and "guna" are verbs too ("buat SKCK dimana": where to make one; "guna KTP":
what the card is for): they open a purpose only before a word that is no service
("buat daftar CPNS", "guna melamar kerja") or right after a service ("SKCK buat CPNS");
the others before any word.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.normaliser import Normaliser

# words of purpose, as the normaliser writes them ("utk" is "untuk", "bikin" is "buat")
PURPOSE_WORDS = frozenset({"untuk", "demi", "for"})
# words of purpose that are verbs too: a purpose only before a word that is no service
PURPOSE_VERBS = frozenset({"buat", "guna"})
# a letter's "sebagai syarat pendaftaran CPNS" (as a requirement of): what the subject
# is needed for, as "untuk"
PURPOSE_PHRASES = (("dalam", "rangka"), ("sebagai", "syarat"), ("sebagai", "persyaratan"))
# the reason given for what is asked, after it ("ubah data pekerjaan di KTP karena sudah
# diangkat jadi PNS", "prosedur pindah domisili karena dimutasi sebagai ASN"): why the
# resident needs it, as a purpose is ("soalnya", "krn", "because" normalise to "karena")
REASON_WORDS = frozenset({"karena", "dikarenakan", "sebab", "lantaran"})
# besides a service, a subject a purpose may follow: a letter ("surat pengantar",
# "surat keterangan sehat") is a document made for something, whatever it certifies
SUBJECT_WORDS = frozenset({"surat"})
WINDOW = 4  # tokens of the purpose phrase read after its opener


def purpose_services(
    normaliser: Normaliser, tokens: Sequence[str], salient: frozenset[str]
) -> frozenset[str]:
    """The ``salient`` terms (services the message names) that the message names only as
    the purpose of its subject: each in the phrase after a word of purpose, in a message
    that names a service or a letter before it. A service also named before the
    purpose is the subject still."""
    if not salient or not _may_have(tokens):
        return frozenset()  # most messages: no word of purpose, nothing to read
    terms = normaliser.content_terms(tokens)
    subjects = salient | SUBJECT_WORDS
    found: set[str] = set()
    named: set[str] = set()  # content terms before the current word
    for i in range(len(tokens)):
        start = _purpose_start(tokens, terms, i, salient)
        if start is not None and not subjects.isdisjoint(named):
            phrase = terms[start : start + WINDOW]
            found.update(t for t in phrase if t in salient and t not in named)
        term = terms[i]
        if term is not None and term not in found:
            named.add(term)
    return frozenset(found)


_OPENERS = PURPOSE_WORDS | PURPOSE_VERBS | REASON_WORDS
_PHRASE_STARTS = frozenset(phrase[0] for phrase in PURPOSE_PHRASES)


def _may_have(tokens: Sequence[str]) -> bool:
    """A word of purpose, or a purpose phrase, in ``tokens``: set checks in C first (the
    ranking asks this of a long message once per reading)."""
    if not _OPENERS.isdisjoint(tokens):
        return True
    return not _PHRASE_STARTS.isdisjoint(tokens) and any(
        tuple(tokens[i : i + 2]) in PURPOSE_PHRASES for i in range(len(tokens) - 1)
    )


def _purpose_start(
    tokens: Sequence[str], terms: Sequence[str | None], i: int, salient: frozenset[str]
) -> int | None:
    """Where the purpose phrase opened at token ``i`` starts, None when none opens."""
    token = tokens[i]
    if token in PURPOSE_WORDS or token in REASON_WORDS:
        return i + 1
    if token in PURPOSE_VERBS and i + 1 < len(tokens):
        following = terms[i + 1]
        after_service = i > 0 and terms[i - 1] in salient
        opens = after_service or (following is not None and following not in salient)
        return i + 1 if opens else None
    for phrase in PURPOSE_PHRASES:
        if tuple(tokens[i : i + len(phrase)]) == phrase:
            return i + len(phrase)
    return None
