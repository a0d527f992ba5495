"""Knowledge-base entries as the rest of aduan sees them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class KbEntry:
    id: str
    agency: str
    questions: tuple[str, ...]
    answer: str
    answer_en: str | None = None
    keywords: tuple[str, ...] = ()
    source: str = ""
    line: int = 0
    questions_en: tuple[str, ...] = ()  # English phrasings, matched like the others
    title_en: str | None = None  # the canonical question in English

    @property
    def title(self) -> str:
        """The canonical question, used as a 'did you mean' label."""
        return self.questions[0]

    @property
    def phrasings(self) -> tuple[str, ...]:
        """Every question to match: Indonesian, then the English title and questions."""
        english = (self.title_en,) if self.title_en else ()
        return (*self.questions, *english, *self.questions_en)

    def title_in(self, language: str) -> str:
        if language == "en" and self.title_en:
            return self.title_en
        return self.title

    def answer_in(self, language: str) -> str:
        if language == "en" and self.answer_en:
            return self.answer_en
        return self.answer


@dataclass(frozen=True)
class KnowledgeBase:
    entries: tuple[KbEntry, ...]
    _by_id: dict[str, KbEntry] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({e.id: e for e in self.entries})

    def get(self, entry_id: str | None) -> KbEntry | None:
        return self._by_id.get(entry_id) if entry_id else None

    def __len__(self) -> int:
        return len(self.entries)
