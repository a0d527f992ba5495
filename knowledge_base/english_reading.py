"""English words read into the forms the bilingual bridge (``english.tsv``) knows,
before the lexicon replaces them: inflected or British-spelt words as their base form
("registering" -> "register", "immunised" -> "immunize") and, in a message written in
English, misspelt ones as the bridge word one edit away ("goverment" -> "government").

A word the knowledge base or the lexicon knows, or that opens a lexicon phrase, stays as
typed; so does a base form the bridge would not then read (see :meth:`EnglishReader.bases`)."""

from __future__ import annotations

from collections.abc import Mapping

from knowledge_base.english_forms import english_readings
from knowledge_base.english_when import read_whens
from knowledge_base.lexicon import Lexicon
from knowledge_base.memo import remember
from knowledge_base.spelling import SpellingCorrector

ENGLISH_TYPO_MIN = 5  # shorter English words are not corrected (see allowed_distance)


class EnglishReader:
    """The English steps of one normaliser, with their per-word memos."""

    def __init__(
        self,
        lexicon: Lexicon,
        kept_as_typed: frozenset[str],
        common: frozenset[str],
        single_keys: frozenset[str],
        phrase_starts: Mapping[str, int],
    ) -> None:
        self.lexicon = lexicon
        self._kept_as_typed = kept_as_typed
        self._common = common
        self._single_keys = single_keys
        self._phrase_starts = phrase_starts
        self._bases: dict[str, str] = {}
        self._typos: dict[str, str] = {}
        # misspelt English words of an English message ("goverment", "certficate") are
        # corrected into the bridge's words, one edit and five letters at least
        self._speller = SpellingCorrector(
            frequency={w: 1 for w in lexicon.english_words if len(w) >= ENGLISH_TYPO_MIN}
        )

    def base(self, token: str) -> str:
        """An inflected or British-spelt English word as the bridge's base form; a word
        the KB or the lexicon knows, or that opens or is a lexicon phrase, stays as typed."""
        found = self._bases.get(token)
        if found is None:
            found = token
            english = self.lexicon.english_words
            if token not in self._kept_as_typed:
                found = next((r for r in english_readings(token) if r in english), token)
            remember(self._bases, token, found)
        return found

    def typo(self, token: str) -> str:
        found = self._typos.get(token)
        if found is None:
            found = token
            if token not in self._common and token not in self._kept_as_typed:
                found = self._speller.correct(token, max_distance=1) or token
            remember(self._typos, token, found)
        return found

    def bases(self, tokens: list[str], english: bool = False) -> list[str]:
        """Tokens with the base form of an English word wherever the bridge then reads it:
        a one-word source, or the first word of a source phrase that follows; elsewhere
        the word stays as typed ("for two years" keeps "years" for the complaint rules,
        "17 years old" reads "year old")."""
        known = self._bases.get  # most words' base is remembered: no call to find it
        found = [known(t) or self.base(t) for t in tokens]
        if english:
            found = [self.typo(t) for t in found]
        read = [
            base
            if base == token or base in self._single_keys or self.opens_phrase(found, i)
            else token
            for i, (token, base) in enumerate(zip(tokens, found, strict=True))
        ]
        # "closed when nothing was fixed" asks no date: a "when" joining clauses is "kalau"
        return read_whens(tokens, read) if english else read

    def opens_phrase(self, tokens: list[str], i: int) -> bool:
        replacements = self.lexicon.replacements
        longest = min(self._phrase_starts.get(tokens[i], 0), len(tokens) - i)
        return any(tuple(tokens[i : i + n]) in replacements for n in range(longest, 1, -1))
