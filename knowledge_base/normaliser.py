"""One normalisation for knowledge-base text and residents' messages.

Order: clean (Unicode, case, invisible marks) -> tokens -> repeated letters and
reduplication (``jadi2``) -> lexicon phrases (domain, slang, English; an English false
friend only in English context, :mod:`false_friends`) -> unknown words (or known only by
their stem, :mod:`keyboard`): doubled letters, typos, vowels left out ("syrt"), words run
together split against the known vocabulary -> a service's other name where the KB lacks
the resident's (:mod:`alternates`) -> content terms (function words carry no weight).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from knowledge_base.affixed import affixed_words, spelled_stem
from knowledge_base.alternates import kb_alternates
from knowledge_base.analysis import Analysis
from knowledge_base.clipping import Clippings
from knowledge_base.cognates import cognate
from knowledge_base.common_words import (
    common_words,
    english_base_words,
    english_only_words,
    three_letter_words,
)
from knowledge_base.content_terms import ContentTerms
from knowledge_base.descriptions import compile_descriptions
from knowledge_base.english_forms import english_base_form, english_no_work
from knowledge_base.english_reading import EnglishReader
from knowledge_base.false_friends import false_friends
from knowledge_base.keyboard import likely_slip
from knowledge_base.language import language_of
from knowledge_base.lexicon import Lexicon, one_word_sources, phrase_starts
from knowledge_base.memo import remember as _remember
from knowledge_base.regional_particles import read_by_place, read_text_by_place
from knowledge_base.replacements import indonesian_table, lexicon_readers
from knowledge_base.roots import roots_of
from knowledge_base.segmenter import (
    Pieces,
    is_particle_split,
    joined_phrases,
    run_together,
    segment,
)
from knowledge_base.shortenings import Shortenings
from knowledge_base.spelling import SpellingCorrector
from knowledge_base.stemmer import stem
from knowledge_base.tokens import (
    coded_tokens,
    collapse_repeated_words,
    has_question_mark,
    squeeze_doubles,
)
from knowledge_base.vowels import VowelExpander, everyday_expander
from knowledge_base.word_forms import everyday_with_nya, home_form, owned_base


class Normaliser(ContentTerms):
    """Normalises text against a lexicon and the vocabulary of one knowledge base."""

    def __init__(
        self,
        lexicon: Lexicon,
        kb_words: Iterable[str] = (),
        stemming: bool = True,
        shortenings: Shortenings | None = None,
    ):
        self.lexicon = lexicon
        self._shortenings = shortenings or Shortenings()  # the KB's phrases' short names
        english = self._shortenings.replacements(lexicon.replacements)  # the KB's own too
        home = indonesian_table(english, lexicon.false_friends)
        self._english_phrases, self._home_phrases = lexicon_readers(lexicon, english, home)
        self._false_friends = false_friends(lexicon)
        self.stemming = stemming
        self.guarded: frozenset[str] = frozenset()  # kept whole by :meth:`guard`
        kb_list = list(kb_words)
        kb_counts = Counter(kb_list)
        self._kb_words = frozenset(kb_counts)
        self._alternates = kb_alternates(lexicon.alternates, kb_list)
        self._descriptions = compile_descriptions(lexicon.descriptions)
        counts = Counter({w: 1 for w in lexicon.known_words})
        for word, count in kb_counts.items():
            counts[word] += 10 * count
        self.vocabulary = frozenset(counts)
        self._roots = roots_of(self.vocabulary)
        self._single_keys = frozenset(k[0] for k in lexicon.replacements if len(k) == 1)
        self._joined_phrases = joined_phrases(lexicon.replacements)
        # first word of a lexicon phrase -> the longest phrase it opens
        self._phrase_starts_len = lexicon.replacement_starts or phrase_starts(lexicon.replacements)
        self._stems = frozenset(stem(w) for w in self.vocabulary)
        excluded = set(lexicon.smalltalk) | lexicon.short_regional_words
        pieces = (set(kb_words) | lexicon.service_terms | self._single_keys) - excluded
        self._pieces = frozenset(pieces)
        self._short_terms = frozenset(w for w in pieces if len(w) == 2 and w.isalpha())
        # correction targets: KB words, service terms, standard forms; no chatter, no cues
        standard = {w for phrase in lexicon.replacements.values() for w in phrase}
        allowed = set(kb_counts) | lexicon.service_terms | standard
        targets = {w: c for w, c in counts.items() if w in allowed and w not in lexicon.smalltalk}
        for source in one_word_sources(lexicon) - lexicon.smalltalk.keys():
            targets.setdefault(source, 1)  # "tlat" -> "telat" -> "terlambat"
        self._speller = SpellingCorrector(frequency=targets)
        self._vowels = VowelExpander(frequency=targets)
        self._clippings = Clippings({w: c for w, c in targets.items() if w in kb_counts})
        self._affixed = affixed_words(kb_counts, lexicon, self._single_keys)
        # per word, its resolution and its term, which only the above (and the guard) fix
        self._resolved: dict[str, tuple[str, ...]] = {}
        self._recent = lru_cache(maxsize=16)(lambda text: tuple(self._tokens(text)))
        # everyday Indonesian and English words are no typo of a KB word
        self.common = common_words()
        self._english_only = english_only_words()  # kept from Indonesian stemming
        self._wide_pieces = Pieces.of(
            (frozenset(kb_counts), lexicon.service_terms),
            (lexicon.known_words, self.common),
            (self._single_keys, self._joined_phrases),
        )
        self.start_memos()
        self._kept_as_typed = self.vocabulary | frozenset(self._phrase_starts_len)
        self._english_reader = EnglishReader(
            lexicon, self._kept_as_typed, self.common, self._single_keys, self._phrase_starts_len
        )

    # -- token pipeline -------------------------------------------------------------
    def _is_known(self, token: str) -> bool:
        return (
            token in self.vocabulary
            or token in self._single_keys
            or not token.isalpha()
            or len(token) < 3
            or spelled_stem(token, self._stems, self._affixed.standard)  # an affixed known word
        )

    def _is_word(self, word: str) -> bool:
        return word in self.vocabulary or stem(word) in self._stems

    def _prepare(self, text: str) -> list[str]:
        return coded_tokens(read_text_by_place(text), self._single_keys)

    def _resolve(self, token: str) -> tuple[str, ...]:
        resolved = self._resolved.get(token)
        if resolved is None:
            resolved = tuple(self._resolve_word(token))
            _remember(self._resolved, token, resolved)
        return resolved

    def _resolve_word(self, token: str) -> list[str]:
        if self._is_known(token):
            # known only by its stem ("makaan": "maka"), it may still be a likely slip,
            # unless it is a standard word with a clitic ("aktanya" is no "katanya")
            kept = token in self._kept_as_typed or token in self.common or not token.isalpha()
            kept = kept or token in self.lexicon.signal_words  # "dibanting": no "dibanding"
            slip = None if kept else self._speller.correct(token, 1, likely_only=True)
            return [token if not slip or self._affixed.reading(token, slip) else slip]
        squeezed = squeeze_doubles(token)
        # a squeezed word must be a word, not merely short ("all" is no "al")
        if squeezed != token and len(squeezed) >= 3 and self._is_known(squeezed):
            return [squeezed]
        if joined := self._joined_phrases.get(token):  # "jobfair" is "job fair"
            return list(joined)
        if found := cognate(token, self._kb_words):  # English spelt like a KB word
            return [found]
        if owned := owned_base(token, self.vocabulary):  # "anakku" is "anak" (+ "ku")
            return [owned]
        if token in self.common:
            # an everyday word is no typo ("tiang" is not "tilang"), but it may still
            # be a run-together one with a particle ("diupdate"); it is not two longer
            # words that happen to spell it ("manusia" is no "man usia"), nor a word
            # cut at its affixes or letters ("ke miskin an", "ka was an", "office rs")
            pieces = segment(token, self._pieces, self._short_terms)
            return pieces if pieces and is_particle_split(pieces) else [token]
        if token in three_letter_words():  # "hak" is no "hoak", "bab" no "babi"
            return [token]
        # a known word with a regional ending or a chat nasal ("rumahe", "nanggung")
        if form := home_form(token, self._is_word, self.lexicon):
            return [form]
        if token in self.lexicon.signal_words or token in self.lexicon.regional_words:
            return [token]  # a complaint's word ("kelupas"), a regional one ("dak": no "diakui")
        corrected = self._speller.correct(token, max_distance=1)
        if affixed := self._affixed.reading(token, corrected):  # "sekarung": no "sekarang"
            if everyday_with_nya(token, self.common):  # "bautnya" is no "bau tnya"
                return [token]
            return segment(token, self._pieces, self._short_terms) or [affixed]
        expanded = self._vowels.expand(token)  # "syrt" -> "syarat"; "sklah" is no "salah"
        if corrected and (expanded is None or likely_slip(token, corrected)):
            return [corrected]
        if token in self._shortenings.words:  # "damkar" -> "pemadam kebakaran"
            return list(self._shortenings.words[token])
        if expanded:
            return [expanded]
        pieces = segment(token, self._pieces, self._short_terms)
        if pieces:
            return pieces
        if clipped := self._clippings.expand(token):  # "maks" -> "maksimal"
            return [clipped]
        corrected = self._speller.correct(token)
        if corrected:
            return [corrected]
        if everyday := everyday_expander().expand(token):  # one everyday word fits
            return [everyday]
        # run-together everyday words the KB need not use ("beritapalsu", "pkhcair"),
        # tried last: a typo of a KB word is mended first; an inflected English word
        # ("overflowing") is one word
        if english_base_form(token, english_base_words()) != token:
            return [token]
        return run_together(token, self._wide_pieces, self._joined_phrases)

    def _replace(self, tokens: list[str], min_phrase: int = 1, english: bool = False) -> list[str]:
        if english:
            return self._english_phrases.read(tokens, min_phrase)
        # see indonesian_table
        return self._home_phrases.read(self._false_friends.read(tokens), min_phrase)

    def tokens(self, text: str) -> list[str]:
        """The normalised tokens, remembered for 16 texts (a last sentence is read twice)."""
        return list(self._recent(text))

    def forget_texts(self) -> None:
        """Forget the recent texts' tokens (``bench/kb_speed.py`` times each message as
        a resident's new one)."""
        self._recent.cache_clear()

    def _tokens(self, text: str) -> list[str]:
        english = language_of(text) == "en"
        prepared = english_no_work(self._prepare(text), text)
        tokens = self._replace(self._english_reader.bases(prepared, english), english=english)
        resolved: list[str] = []
        for token in tokens:
            pieces = self._resolve(token)
            if pieces != (token,):
                resolved.extend(self._replace(list(pieces), english=english))
            else:
                resolved.append(token)
        # a corrected or split word may complete a lexicon phrase ("kartu keluraga")
        resolved = read_by_place(self._replace(resolved, 2, english), text)
        return collapse_repeated_words(self._descriptions.apply(self._alternates.apply(resolved)))

    def tokens_without_correction(self, text: str) -> list[str]:
        """Lexicon steps only: used to collect a knowledge base's own vocabulary."""
        tokens = self._english_reader.bases(self._prepare(text))
        return self._replace(tokens, english=language_of(text) == "en")

    # -- public -----------------------------------------------------------------------
    def normalise(self, text: str) -> str:
        return " ".join(self.tokens(text))

    def analyse(self, text: str) -> Analysis:
        tokens = tuple(self.tokens(text))
        return Analysis(tokens, self.terms(tokens), has_question_mark(text))
