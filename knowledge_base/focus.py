"""The question in a long message: residents often tell a story and ask at the end
("... anak saya bulan depan 17 tahun ... Dokumen apa saja yang harus dibawa?"). The
sentences that ask — a question mark, or an asking word from the complaint signals'
``ask`` phrases — are the focus; the story around them only dilutes coverage."""

from __future__ import annotations

import re

from knowledge_base.complaint import default_signals
from knowledge_base.normaliser import Analysis, Normaliser
from knowledge_base.phrases import spaced

LONG_MESSAGE = 25  # words from which a message is long enough to have a focus
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


def focus(text: str, analysis: Analysis, normaliser: Normaliser) -> Analysis | None:
    """The asking sentences of a long message, analysed; None when the message is short
    or every sentence (or none) asks."""
    if len(analysis.tokens) < LONG_MESSAGE:
        return None
    signals = default_signals()
    asking: list[str] = []
    sentences = [s for s in _SENTENCE.findall(text) if s.strip()]
    for sentence in sentences:
        tokens = normaliser.tokens(sentence)
        if "?" in sentence or signals.has("ask", spaced(tokens)):
            asking.append(sentence)
    if not asking or len(asking) == len(sentences):
        return None
    return normaliser.analyse(" ".join(asking))
