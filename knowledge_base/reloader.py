"""Reload a knowledge base when its files change, without restarting the bot."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from knowledge_base.entries import KnowledgeBase
from knowledge_base.loader import KnowledgeBaseError, kb_files, load_kb
from knowledge_base.matcher import Matcher

log = logging.getLogger(__name__)

Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(path: Path) -> Fingerprint:
    """Name, modification time and size of every YAML file: cheap to compute."""
    try:
        files = kb_files(path)
    except KnowledgeBaseError:
        return ()
    rows = []
    for file in files:
        try:
            stat = file.stat()
        except OSError:
            continue
        rows.append((str(file), stat.st_mtime_ns, stat.st_size))
    return tuple(rows)


class KnowledgeBaseReloader:
    """Holds the current KB and matcher; ``reload_if_changed()`` swaps them when the
    folder changed and the new version loads, and keeps the old ones otherwise."""

    def __init__(
        self,
        path: Path,
        build: Callable[[KnowledgeBase], Matcher] = Matcher,
        agencies: frozenset[str] | None = None,
    ) -> None:
        self.path = Path(path)
        self._build = build
        self._agencies = agencies  # the agency codes entries may name (None: unchecked)
        self._seen = fingerprint(self.path)
        self.kb: KnowledgeBase = load_kb(self.path, agencies)
        self.matcher: Matcher = build(self.kb)

    def reload_if_changed(self) -> bool:
        """True when a changed knowledge base was loaded and is now current."""
        current = fingerprint(self.path)
        if current == self._seen:
            return False
        self._seen = current  # a broken version is reported once, not on every check
        try:
            kb = load_kb(self.path, self._agencies)
            matcher = self._build(kb)
        except (KnowledgeBaseError, OSError, UnicodeDecodeError) as exc:
            log.warning(
                "knowledge base %s not reloaded, keeping the previous one: %s", self.path, exc
            )
            return False
        self.kb, self.matcher = kb, matcher
        log.info("knowledge base %s reloaded: %d entries", self.path, len(kb))
        return True
