"""The terms a normaliser reads words as (see :class:`knowledge_base.normaliser.Normaliser`):
a word's term (its stem, a service's name kept whole, a synonym's target) and a content
word's term (None for a function word), each remembered per word.

Ranking a long message reads its words some six hundred times over (each reading's
terms, the word forms of its facets and errands, the scope guards' words), almost all
of them remembered already: :meth:`ContentTerms.content_terms` reads a run of words with
one look-up each, where a call per word cost several times the look-up."""

from __future__ import annotations

from collections.abc import Iterable

from knowledge_base.common_words import english_base_words
from knowledge_base.english_forms import english_base_form
from knowledge_base.lexicon import Lexicon
from knowledge_base.memo import remember
from knowledge_base.roots import Roots, rooted_stem
from knowledge_base.stemmer import strip_particle

# no word: what a memo gives for a word not read yet (None is a function word's term)
_UNSEEN = "\0"
RUNS = 16  # runs of tokens remembered (a message's readings), afresh when full


class ContentTerms:
    """Reading words as terms, for :class:`knowledge_base.normaliser.Normaliser`, which
    sets these attributes."""

    lexicon: Lexicon
    stemming: bool
    guarded: frozenset[str]  # kept whole by :meth:`guard`
    _roots: Roots
    _english_only: frozenset[str]
    _terms: dict[str, str]
    _content_terms: dict[str, str | None]
    _runs: dict[tuple[str, ...], tuple[str | None, ...]]  # see :meth:`content_terms`

    def start_memos(self) -> None:
        """The per-word and per-run memos, empty (when the normaliser is built)."""
        self._terms = {}
        self._content_terms = {}
        self._runs = {}

    def is_content(self, token: str) -> bool:
        lexicon = self.lexicon
        if token in lexicon.service_terms:
            return True
        return (
            token.isalnum()
            and not token.isdigit()
            and len(token) >= 2
            and token not in lexicon.function_words
            and token not in lexicon.smalltalk
        )

    def guard(self, words: Iterable[str]) -> None:
        """Keep these derived words whole (only a particle is stripped) instead of
        stemming them; set once when the index is built, before any term is taken."""
        self.guarded = frozenset(words)
        self._terms.clear()
        self._content_terms.clear()
        self._runs.clear()

    def term(self, token: str) -> str:
        found = self._terms.get(token)
        if found is None:
            found = self._term(token)
            remember(self._terms, token, found)
        return found

    def _term(self, token: str) -> str:
        if not self.stemming or token in self.lexicon.service_terms:
            return token
        base = strip_particle(token)
        if base in self.guarded or base in self.lexicon.service_terms:
            return base  # "kematiannya" names the service "kematian"
        if base in self._english_only:
            return english_base_form(base, english_base_words())
        # "kerusakan" -> "rusa" is no word; "rusak" is (see :mod:`roots`)
        root = rooted_stem(token, self._roots)
        # a synonym's source with a particle ("membetulkannya") or an affixed form of
        # it ("dibikinin") takes its target's term
        synonyms = self.lexicon.root_synonyms
        synonym = synonyms.get(base) or synonyms.get(root)
        if synonym is None:
            return root
        if synonym in self.lexicon.service_terms:
            return synonym
        return rooted_stem(synonym, self._roots)

    def terms(self, tokens: Iterable[str]) -> tuple[str, ...]:
        """The content terms of ``tokens``, each once, in order."""
        return tuple(dict.fromkeys([t for t in self.content_terms(tokens) if t is not None]))

    def content_terms(self, tokens: Iterable[str]) -> tuple[str | None, ...]:
        """:meth:`content_term` of each token, in order; remembered for the last few runs
        of tokens: the readings of one message read the very same runs again."""
        run = tokens if isinstance(tokens, tuple) else tuple(tokens)
        found = self._runs.get(run)
        if found is None:
            known = self._content_terms
            read = [known.get(token, _UNSEEN) for token in run]
            if _UNSEEN in read:
                read = [
                    self.content_term(t) if r is _UNSEEN else r
                    for t, r in zip(run, read, strict=True)
                ]
            found = tuple(read)
            if len(self._runs) >= RUNS:
                self._runs.clear()
            self._runs[run] = found
        return found

    def content_term(self, token: str) -> str | None:
        """The term of a content word, None for a function word; remembered per word."""
        term = self._content_terms.get(token, _UNSEEN)
        if term is _UNSEEN:
            term = self.term(token) if self.is_content(token) else None
            remember(self._content_terms, token, term)
        return term
