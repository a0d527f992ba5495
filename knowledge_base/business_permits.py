"""The business a short question asks a permit for that the entry never names: "syarat
izin usaha apotek apa aja" of the billboard permit, "izin usaha karaoke keluarga
syaratnya apa" of the business-number entry, "izin usaha tambang pasir ngurusnya ke
mana" of the same, "izin jual minuman beralkohol ke mana" of a surf school's permit.

Such a question shares the permit words with every permit entry, and "izin usaha" with
the business-number one, so an entry about another permit or the general business
registration comes first; what it asks is the permit of one kind of business, which an
entry tells only when it names that business (the homestay permit for "izin usaha
homestay", the plantation permit for "izin usaha perkebunan"): an entry none of whose
texts (questions, keywords, answer) names it is offered ("did you mean"), not answered.

The business is the first content word after a permit word (:data:`PERMIT`) and a word
saying a business's permit (:data:`OF_BUSINESS`: "izin usaha", "izin jual", "izin
pendirian"), within :data:`REACH` words; a bare "izin X" is left alone, as X there is as
often how or when the permit is got ("izin dulu", "izin kilat", "izinnya ribet": 21 right
answers withheld on the development messages when read so). Read only in a question of
at most :data:`knowledge_base.asked_acts.SHORT_QUESTION` words that disowns nothing
("bukan izin galian"): in a longer one the words tell what the writer did ("saya
mengajukan izin untuk usaha bengkel lewat OSS, bagaimana memantaunya"). Dev (37 KBs): 5
out-of-scope answers fewer and a wrong one withheld, nothing else changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.asked_acts import SHORT_QUESTION
from knowledge_base.carried import DETERMINERS, entry_words
from knowledge_base.decision import Thresholds
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.offered import kept_to_offered
from knowledge_base.scored import Candidate

# permit words, as terms ("ijin", "perizinan" read "izin" where the normaliser does so)
PERMIT = frozenset({"izin", "ijin", "perizinan", "permit", "license", "licence"})
# words saying the permit is a business's: of running, selling, founding, opening one
OF_BUSINESS = frozenset(
    {"usaha", "jual", "pendirian", "mendirikan", "buka", "membuka", "operasional", "business"}
)
# words that may stand between the permit word and the business ("permit for a")
BETWEEN = OF_BUSINESS | {"untuk", "buat", "for", "to", "open", "a", "an", "the"}
REACH = 3  # words after the permit word the business is looked for in
DISOWNING = frozenset({"bukan"})


def permitted_businesses(index: KbIndex, said: Sequence[str]) -> frozenset[str]:
    """The terms of the businesses a short question asks a permit for."""
    if len(said) > SHORT_QUESTION or not DISOWNING.isdisjoint(said):
        return frozenset()
    normaliser, frame = index.normaliser, frame_terms(index)
    businesses: set[str] = set()
    for i, token in enumerate(said):
        if token not in PERMIT and normaliser.term(token) not in PERMIT:
            continue
        of_business = False
        for word in said[i + 1 : i + 1 + REACH]:
            if word in BETWEEN:
                of_business = of_business or word in OF_BUSINESS
                continue
            term = normaliser.content_term(word)
            if of_business and term is not None and word not in DETERMINERS:
                businesses.update({term} - frame - PERMIT)
            break
    return frozenset(businesses)


def kept_to_business(
    index: KbIndex, said: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when a short question
    asks the permit of a business none of its texts names."""
    if not t.business_permits or not ranked or ranked[0].missing_salient:
        return ranked
    return kept_to_offered(ranked, permitted_businesses(index, said), entry_words(index), t)
