"""Every development decision in one TSV, to diff two versions of the matcher row by row.

    python bench/kb_decisions.py OUT.tsv

Rows: ``set, line, expect, intent, entry, first three`` for every development message set
(faq-dev's own queries, ``bench/data/sample_queries.jsonl``, every ``bench/data/dev`` batch
and dev KB) and ``set, line, expected, flagged`` for every development emergency set. It
reads development data only: never the held-out or fresh sets, so a change can be compared
on them without anyone looking at their messages (``diff`` two outputs; the sets a change
moved are the first column).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from kb_eval import DEV, dev_files, faq_dev, load_emergencies, load_queries, ours

from handlers.emergency import looks_like_emergency
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher

SAMPLE_KB = Path(__file__).resolve().parents[1] / "knowledge_base" / "sample"


def message_sets() -> Iterator[tuple[str, Path, tuple[Path, ...]]]:
    shared = faq_dev()
    yield "faq-dev", shared / "kb", (shared / "queries.jsonl", *dev_files("faqdev"))
    yield "sample", SAMPLE_KB, (DEV.parent / "sample_queries.jsonl", *dev_files("sample"))
    for folder in sorted(f for f in DEV.iterdir() if (f / "kb").is_dir()):
        yield folder.name, folder / "kb", tuple(sorted(folder.glob("messages*.jsonl")))


def emergency_files() -> Iterator[Path]:
    yield from dev_files("emergencies")
    yield from sorted(DEV.glob("*/emergencies.jsonl"))


def rows() -> Iterator[str]:
    for name, kb, files in message_sets():
        system = ours(Matcher(load_kb(kb)))
        for path in files:
            for i, query in enumerate(load_queries(path)):
                got = system(query.text)
                top3 = ",".join(got.top3)
                yield f"{name}:{path.stem}\t{i}\t{query.expect}\t{got.intent}\t{got.entry}\t{top3}"
    for path in emergency_files():
        label = f"emergencies:{path.parent.name}/{path.stem}"
        for i, (text, expected, _) in enumerate(load_emergencies(path)):
            yield f"{label}\t{i}\t{expected}\t{looks_like_emergency(text)}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Reads development data only; diff two outputs to see what a change moved.",
    )
    parser.add_argument("out", type=Path, help="the TSV to write (one row per decision)")
    out = parser.parse_args().out
    lines = list(rows())
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} rows -> {out}")


if __name__ == "__main__":
    main()
