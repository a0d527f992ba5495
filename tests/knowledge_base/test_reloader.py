from __future__ import annotations

import os
from pathlib import Path

import pytest

from knowledge_base.matcher import Intent
from knowledge_base.reloader import KnowledgeBaseReloader

NEW_ENTRY = """
- id: wifi-gratis
  agency: pupr
  questions: ["Di mana titik wifi gratis?"]
  answer: Di alun-alun.
"""


def touch_later(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_nothing_is_reloaded_when_nothing_changed(kb_dir: Path) -> None:
    reloader = KnowledgeBaseReloader(kb_dir)
    before = reloader.matcher
    assert reloader.reload_if_changed() is False
    assert reloader.matcher is before


def test_a_changed_file_gives_a_new_matcher_and_kb(kb_dir: Path) -> None:
    reloader = KnowledgeBaseReloader(kb_dir)
    assert reloader.matcher.match("wifi gratis dimana").intent == Intent.NONE
    path = kb_dir / "layanan.yaml"
    path.write_text(path.read_text(encoding="utf-8") + NEW_ENTRY, encoding="utf-8")
    touch_later(path)
    assert reloader.reload_if_changed() is True
    assert reloader.kb.get("wifi-gratis") is not None
    assert reloader.matcher.match("wifi gratis dimana").entry_id == "wifi-gratis"


def test_a_new_file_in_the_folder_is_picked_up(kb_dir: Path) -> None:
    reloader = KnowledgeBaseReloader(kb_dir)
    (kb_dir / "baru.yaml").write_text(NEW_ENTRY, encoding="utf-8")
    assert reloader.reload_if_changed() is True
    assert len(reloader.kb) == 6


def test_a_broken_file_keeps_the_old_kb_and_logs_a_warning(
    kb_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    reloader = KnowledgeBaseReloader(kb_dir)
    before_kb, before_matcher = reloader.kb, reloader.matcher
    path = kb_dir / "layanan.yaml"
    path.write_text("- id: [broken\n", encoding="utf-8")
    touch_later(path)
    assert reloader.reload_if_changed() is False
    assert (reloader.kb, reloader.matcher) == (before_kb, before_matcher)
    assert "keeping the previous one" in caplog.text
    assert reloader.matcher.match("syarat ktp pemula").entry_id == "ktp-pemula"


def test_fixing_a_broken_file_loads_the_fixed_version(kb_dir: Path) -> None:
    reloader = KnowledgeBaseReloader(kb_dir)
    path = kb_dir / "layanan.yaml"
    original = path.read_text(encoding="utf-8")
    path.write_text("- id: [broken\n", encoding="utf-8")
    touch_later(path)
    reloader.reload_if_changed()
    path.write_text(original + NEW_ENTRY, encoding="utf-8")
    touch_later(path)
    touch_later(path)
    assert reloader.reload_if_changed() is True
    assert reloader.kb.get("wifi-gratis") is not None
