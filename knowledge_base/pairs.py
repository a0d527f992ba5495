"""Two of an entry's own words that a message names together, as the entry words them.

A message that shares only two words with an entry is a weak match (see
:func:`knowledge_base.decision.has_wide_lead`): two everyday words ("bantuan",
"rumah") fit many entries. It is stronger evidence when the two stand together in one
of the entry's questions or keywords ("bantuan kursi roda", "pajak ... pengurangan")
and one of them is found in no other entry's questions or keywords: the message then
names part of one of the entry's own phrases, in the entry's words, by a word only
that entry uses.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge_base.index import IndexedEntry


def names_a_pair(
    item: IndexedEntry, shared: frozenset[str], postings: Mapping[str, tuple[int, ...]]
) -> bool:
    """Whether two of ``shared`` (the message's words among the entry's own, see
    :attr:`knowledge_base.scorer.Candidate.shared_terms`) stand together in one of the
    entry's question or keyword phrases, one of the two in no other entry's phrases
    (``postings``: the index's entry positions per question or keyword term).

    Asked only of exactly two shared words: with three or more the wide lead already
    needs less than the pair does."""
    if len(shared) != 2:
        return False
    if not any(len(postings.get(term, ())) == 1 for term in shared):
        return False
    return any(shared <= phrase for phrase in item.variant_terms)
