"""The guards that keep an entry from answering a question outside its scope, in the order
the ranking applies them: another thing of a kind the entry names (see
:mod:`knowledge_base.kinds`), a service in another region (see
:mod:`knowledge_base.elsewhere`), a word of another field (see
:mod:`knowledge_base.other_fields`), another kind of the entry's thing in a word the KB
never uses (see :mod:`knowledge_base.qualifiers`: the only one read from the KB alone),
a live value (today's price, tomorrow's weather) of a thing the entry does not name (see
:mod:`knowledge_base.live_values`), a measure the entry never gives ("berapa liter": see
:mod:`knowledge_base.measures`), an errand the message doubts ("perlu izin?") that the
entry never speaks of (see :mod:`knowledge_base.doubted_errands`), a thing bought on
one's own means (see :mod:`knowledge_base.own_purchase`), a kind of service (a
vaccination, a repair) none of the entry's texts names (see
:mod:`knowledge_base.service_kinds`), an act a short question asks of the entry's thing
(renting it, a wage, a private provider) that the entry never offers (see
:mod:`knowledge_base.asked_acts`), leave to bring or keep a thing the entry never names
(see :mod:`knowledge_base.carried`) or to hire one (see :mod:`knowledge_base.hired`), a
past fact (a history, a result) the entry never tells (see
:mod:`knowledge_base.past_facts`), the permit of a business the entry never names ("izin
usaha apotek": see :mod:`knowledge_base.business_permits`), know-how of tending a thing
at home ("cara merawat kain tenun") the entry never teaches (see
:mod:`knowledge_base.know_how`), the fee of a private professional ("biaya notaris") the
entry never speaks of (see :mod:`knowledge_base.provider_fees`), a body outside the local
government ("agen brilink", "bus damri") the entry never names (see
:mod:`knowledge_base.outside_bodies`). Each only marks the
best entry as not to be answered: "did you mean" still offers it."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.asked_acts import asked_acts, kept_to_offered_act
from knowledge_base.business_permits import kept_to_business
from knowledge_base.carried import entry_words, kept_to_carried
from knowledge_base.decision import Thresholds
from knowledge_base.doubted_errands import kept_to_errand
from knowledge_base.elsewhere import elsewhere, kept_home
from knowledge_base.hired import kept_to_hired
from knowledge_base.index import KbIndex
from knowledge_base.kinds import contrasted, kinds
from knowledge_base.know_how import kept_to_know_how, know_how
from knowledge_base.live_values import kept_to_live_value, live_values
from knowledge_base.measures import kept_to_measure, measures
from knowledge_base.other_fields import kept_to_field, other_fields
from knowledge_base.outside_bodies import kept_to_outside_body, outside_bodies
from knowledge_base.own_purchase import kept_to_service, own_purchase
from knowledge_base.past_facts import kept_to_past
from knowledge_base.provider_fees import kept_to_provider_fee, provider_fees
from knowledge_base.qualifiers import kept_to_kind, qualifiers
from knowledge_base.scored import Candidate
from knowledge_base.service_kinds import kept_to_kind_of_service, service_kinds


def guarded(
    index: KbIndex,
    tokens: Sequence[str],
    ranked: list[Candidate],
    t: Thresholds,
    said: Sequence[str],
) -> list[Candidate]:
    """``ranked`` (best first) after every scope guard. ``tokens``: the words asked;
    ``said``: the whole message's, filler and all ("hari ini" is filler to the ranking,
    and says a live value is asked), ``tokens`` when it has none."""
    ranked = kept_home(index, tokens, contrasted(index, tokens, ranked, t), t)
    ranked = kept_to_field(index, tokens, ranked, t)
    ranked = kept_to_kind(index, tokens, ranked, t)
    ranked = kept_to_live_value(index, tokens, said or tokens, ranked, t)
    ranked = kept_to_measure(index, tokens, ranked, t)
    ranked = kept_to_errand(index, tokens, ranked, t)
    ranked = kept_to_service(index, said or tokens, ranked, t)
    ranked = kept_to_kind_of_service(index, tokens, ranked, t)
    ranked = kept_to_offered_act(index, said or tokens, ranked, t)
    ranked = kept_to_carried(index, said or tokens, ranked, t)
    ranked = kept_to_hired(index, said or tokens, ranked, t)
    ranked = kept_to_past(index, said or tokens, ranked, t)
    ranked = kept_to_business(index, said or tokens, ranked, t)
    ranked = kept_to_know_how(index, said or tokens, ranked, t)
    ranked = kept_to_provider_fee(index, said or tokens, ranked, t)
    return kept_to_outside_body(index, said or tokens, ranked, t)


def guard_tables(index: KbIndex) -> None:
    """Build the tables the guards read (each entry's things of a kind, the regions the
    KB never names, its compounds) when the matcher is built, not on the first message."""
    kinds(index)
    elsewhere(index)
    other_fields(index)
    qualifiers(index)
    live_values(index)
    measures(index)
    own_purchase(index)
    service_kinds(index)
    asked_acts(index)
    entry_words(index)
    know_how(index)
    provider_fees(index)
    outside_bodies(index)
