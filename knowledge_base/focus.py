"""The question in a long message: residents often tell a story and ask at the end
("... anak saya bulan depan 17 tahun ... Dokumen apa saja yang harus dibawa?"). The
sentences that ask — a question mark, or an asking word from the complaint signals'
``ask`` phrases — are the focus; the story around them only dilutes coverage. The
asking sentence often leaves its topic to the sentence before it ("Kemarin ada yang
cerita soal program perbaikan rumah. Syaratnya apa saja?"), so a second reading keeps
that sentence too."""

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
    readings = focus_readings(text, analysis, normaliser)
    return readings[0] if readings else None


def focus_readings(text: str, analysis: Analysis, normaliser: Normaliser) -> list[Analysis]:
    """The readings of a long message's question, narrowest first: its asking
    sentences, then each with the sentence before it. None for a short message or one
    where every sentence (or none) asks; a reading that is the whole message is left
    out."""
    if len(analysis.tokens) < LONG_MESSAGE:
        return []
    signals = default_signals()
    sentences = [s for s in _SENTENCE.findall(text) if s.strip()]
    asking = [
        i
        for i, sentence in enumerate(sentences)
        if "?" in sentence or signals.has("ask", spaced(normaliser.tokens(sentence)))
    ]
    if not asking or len(asking) == len(sentences):
        return []
    with_context = sorted({j for i in asking for j in (i - 1, i) if j >= 0})
    readings = [asking]
    if len(with_context) < len(sentences):
        readings.append(with_context)
    return [normaliser.analyse(" ".join(sentences[i] for i in kept)) for kept in readings]
