"""Know-how of tending a thing at home: "cara merawat kain tenun supaya tidak luntur" of
the weaving-course entry, "cara tanam bawang dari biji supaya umbinya besar" of the
shallot-seed aid, "how do I wash a mosquito net" of the bed-net entry.

Such a question names the entry's thing (the cloth, the seed, the net) and asks how to
care for, wash, grow or cook it oneself: a household's or a hobby's know-how, which no
public service's entry answers unless it teaches it (an extension entry on planting
names planting). The question says so in one shape: "cara" (as the normaliser reads
"bagaimana cara", "how to", "how do I") right before a verb of tending
(``data/know_how.tsv``). The best entry is then offered ("did you mean"), not answered,
unless one of its texts, answer included, names that verb. Care as a service ("cara
rawat inap pakai BPJS", "rawat jalan") is no tending.

Dev (28 KBs): every message of that shape is out of scope (21, on 12 KBs; 6 answered
before): out of scope answered 4 fewer (a cloth washed or cared for on Rawa Kaliling and
Sangiang Dana, a bed net washed on Oelaku, a fish kept on Bukit Seruni), nothing else
changed; shallots and potatoes grown stay answered by entries whose answers speak of
planting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from knowledge_base.data_tables import table_rows
from knowledge_base.decision import Thresholds
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.offered import kept_to_offered, labels_named, name_terms
from knowledge_base.scored import Candidate

# the word asking how, as the normaliser reads it ("bagaimana cara", "how to", "how do I")
_HOW = "cara"
# words after a verb of tending that make it a service: inpatient and outpatient care
_SERVICE_CARE = frozenset(["inap", "jalan"])


@dataclass(frozen=True)
class KnowHow:
    """Per term of a tending verb's forms, the verb; per entry position, the verbs its
    texts name."""

    named: dict[str, str]
    offered: tuple[frozenset[str], ...]


def know_how(index: KbIndex) -> KnowHow:
    """The index's :class:`KnowHow`, computed once and kept in its cache."""
    return built_once(index.cache, "know_how", KnowHow, lambda: _build(index))


def _build(index: KbIndex) -> KnowHow:
    named: dict[str, str] = {}
    for row in table_rows("know_how.tsv"):
        if len(row.cells) != 2:
            raise row.error("a know-how row is: verb, its forms")
        for _, term in name_terms(index.normaliser, row.cells[1]):
            named[term] = row.cells[0]
    offered = labels_named(index, named)
    return KnowHow(named, offered)


def tending_asked(index: KbIndex, said: Sequence[str]) -> frozenset[str]:
    """The verbs of tending a message asks how to do ("cara merawat ..."); none when
    "cara" is not right before one."""
    if _HOW not in said:
        return frozenset()  # most messages
    named, normaliser = know_how(index).named, index.normaliser
    verbs = set()
    for at in range(len(said) - 1):
        if said[at] != _HOW:
            continue
        term = normaliser.content_term(said[at + 1])
        after = said[at + 2] if at + 2 < len(said) else ""
        if term in named and after not in _SERVICE_CARE:
            verbs.add(named[term])
    return frozenset(verbs)


def kept_to_know_how(
    index: KbIndex, said: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when the message asks
    how to tend a thing and none of the entry's texts names that tending."""
    if not t.know_how or not ranked or ranked[0].missing_salient:
        return ranked
    return kept_to_offered(ranked, tending_asked(index, said), know_how(index).offered, t)
