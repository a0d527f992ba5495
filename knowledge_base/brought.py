"""Documents a message names as things to bring, not as the service it asks about.

"daftar SD negeri bawa akte sama KK cukup ga?" asks about school enrolment; the birth
certificate and the family card are what the resident means to bring. Named services
weigh more than any other word and veto every entry that lacks them (see
:mod:`weighting` and :func:`knowledge_base.coverage.names_missing_service`), so the
documents' own entries (a birth certificate's requirements) led and the enrolment entry,
whose answer lists them, was not even a contender. A document right after a verb of
bringing or attaching ("bawa", "lampirkan", "sertakan"), or after "no need for" ("gak
perlu akta?"), is read as a requirement the message asks about, not as its subject,
when the message names its subject before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.normaliser import Normaliser

# verbs of bringing or attaching, as written (their terms are compared)
BRING_WORDS = ("bawa", "membawa", "dibawa", "lampirkan", "melampirkan", "sertakan")
# "no need for ...": the normaliser writes gak/ga/nggak "tidak"
NOT_NEEDED = (("tidak", "perlu"), ("tidak", "wajib"), ("tidak", "usah"))
NEEDED = frozenset(word for _, word in NOT_NEEDED)
# words that join the documents of one list ("akte sama kk", "ktp dan kk aja")
JOINERS = frozenset({"dan", "sama", "atau", "serta", "juga", "saja", "plus", "and", "or"})
WINDOW = 5  # tokens read after the verb


def brought_documents(
    normaliser: Normaliser,
    tokens: Sequence[str],
    salient: frozenset[str],
    frame: frozenset[str],
) -> frozenset[str]:
    """The ``salient`` terms (services the message names) that the message names as
    things to bring: each in a list of documents right after a verb of bringing or a
    "no need for", in a message that names some other word (not the asking ``frame``)
    before it. Empty when the message names nothing but the documents ("harus bawa KK
    ga?": the family card may be its subject)."""
    if not salient or not any(_may_open(t) for t in tokens):
        return frozenset()  # most messages: no verb of bringing, nothing to read
    bring = frozenset(normaliser.term(w) for w in BRING_WORDS)
    terms = normaliser.content_terms(tokens)
    found: set[str] = set()
    subject_before = False
    for i, term in enumerate(terms):
        opens = term in bring or tuple(tokens[i : i + 2]) in NOT_NEEDED
        if opens and subject_before:
            found.update(_listed(tokens, terms, i + 1, salient, bring))
        if term is not None and term not in frame and term not in bring and term not in found:
            subject_before = True
    return frozenset(found)


def _may_open(token: str) -> bool:
    """Whether a word may open a list of documents (a cheap test on the word as
    written, before its term is looked up)."""
    return "bawa" in token or "lampir" in token or "serta" in token or token in NEEDED


def _listed(
    tokens: Sequence[str],
    terms: Sequence[str | None],
    start: int,
    salient: frozenset[str],
    bring: frozenset[str],
) -> list[str]:
    """The salient terms of the list of documents from ``start`` on."""
    listed: list[str] = []
    end = start + WINDOW
    for token, term in zip(tokens[start:end], terms[start:end], strict=True):
        if term in salient:
            listed.append(term)
        elif token not in JOINERS and term not in bring and token != "perlu":
            break
    return listed
