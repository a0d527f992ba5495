"""The per-entry tables the ranking and the readings after it read, built with the
matcher (see ``Matcher.__init__``): built on first use, the first message to reach
them paid for all of them (some 1.9 s on a knowledge base of 10,000 question variants:
the card states' siblings, the registry acts' pairs, the situations' entries; the
emergency kinds of every entry some 70 ms, paid by a resident in an emergency)."""

from __future__ import annotations

from knowledge_base.candidates import proposals
from knowledge_base.card_states import entry_states
from knowledge_base.emergency_entries import entry_emergencies
from knowledge_base.head import asked_frame_terms, not_head_terms
from knowledge_base.index import KbIndex
from knowledge_base.past_facts import told_past
from knowledge_base.registry_acts import registry_entries
from knowledge_base.situations import situations


def build_reading_tables(index: KbIndex) -> None:
    """Build the tables now; each is kept in ``index.cache`` as on first use."""
    proposals(index)
    situations(index)
    entry_states(index)
    registry_entries(index)
    not_head_terms(index)
    asked_frame_terms(index)
    told_past(index)
    entry_emergencies(index)  # not left to the first emergency: its resident waits least
