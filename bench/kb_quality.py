"""Knowledge-base matching quality: the issue's table for every labelled set, ours
beside two baselines (and, with ``--before``, beside figures saved from an earlier run).

    python bench/kb_quality.py [--heldout] [--fresh] [--before FILE] [--save FILE] [--ours-only]

Sets (see bench/data/): the development KB ``../shared/faq-dev`` with its queries, our
own development messages (every batch in ``bench/data/dev/``) for the faq-dev KB and the sample KB,
the 45-message sample-KB set, and with ``--heldout`` the frozen held-out sets
(``bench/data/heldout/``: measured at checkpoints only, never tuned on), and with
``--fresh`` the newest set written by someone who read no code (``bench/data/fresh/``:
measured before and after one round of changes that never looked at it, then it joins the
development data and the next round gets a new one). Emergency sets
are scored with ``handlers.emergency``'s detector.

Systems: *ours* (``Matcher`` as shipped); **A** ``rapidfuzz.process.extractOne`` with
its defaults on raw text (always answers); **B** word TF-IDF cosine >= 0.3. Neither
baseline detects complaints, chatter or emergencies.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kb_eval import (
    COMPLAINT_TAGS,
    OUT_OF_SCOPE_TAGS,
    STYLE_TAGS,
    TFIDF_THRESHOLD,
    Outcome,
    Query,
    Report,
    baseline_rapidfuzz,
    baseline_tfidf,
    dev_files,
    evaluate_emergencies,
    faq_dev,
    load_emergencies,
    load_queries,
    ours,
    score,
)

from handlers.emergency import looks_like_emergency
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE_KB = ROOT / "knowledge_base" / "sample"
DATA = HERE / "data"


@dataclass(frozen=True)
class MessageSet:
    name: str
    kb: Path
    files: tuple[Path, ...]
    group: str = "dev"  # dev | heldout | fresh: the option that shows it, if any

    def exists(self) -> bool:
        return any(f.exists() for f in self.files)

    def file_names(self) -> str:
        return " + ".join(f.name for f in self.files)


def message_sets(dev_kb: Path) -> list[MessageSet]:
    return [
        MessageSet("faq-dev", dev_kb / "kb", (dev_kb / "queries.jsonl",)),
        MessageSet("dev: faq-dev KB", dev_kb / "kb", dev_files("faqdev")),
        MessageSet("dev: sample KB", SAMPLE_KB, dev_files("sample")),
        MessageSet("sample set", SAMPLE_KB, (DATA / "sample_queries.jsonl",)),
        *(
            MessageSet(f"{label}: {kb_name}", kb, (DATA / group / file,), group)
            for group, label in GROUPS.items()
            for kb_name, kb, file in (
                ("faq-dev KB", dev_kb / "kb", "faqdev.jsonl"),
                ("sample KB", SAMPLE_KB, "sample.jsonl"),
            )
        ),
        *(
            MessageSet(f"{label}: {folder.name} KB", folder / "kb", message_files(folder), group)
            for group, label in KB_GROUPS.items()
            for folder in other_kbs(group)
        ),
    ]


def message_files(folder: Path) -> tuple[Path, ...]:
    """A KB folder's message sets: ``messages.jsonl`` and any later batch written for the
    same KB (``messages_traps.jsonl``, …)."""
    return tuple(sorted(folder.glob("messages*.jsonl")))


def other_kbs(group: str) -> list[Path]:
    """Knowledge bases of a set's own (``bench/data/<group>/<name>/kb/`` with its
    ``messages.jsonl`` and ``emergencies.jsonl``), written with their messages by someone
    who never saw the matcher: how it does on a KB nobody here tuned on. Shown on their
    own, not in the group's "both KBs" (the two KBs every round is measured on)."""
    return sorted(f for f in (DATA / group).glob("*") if (f / "kb").is_dir())


GROUPS = {"heldout": "held-out", "fresh": "fresh"}  # folder under bench/data -> label
# Extra KBs are also kept with the development data once their round is over (tuned on).
KB_GROUPS = {"dev": "dev", **GROUPS}
EMERGENCY_SETS = [
    MessageSet("dev: emergencies", Path(), dev_files("emergencies")),
    *(
        MessageSet(f"{label}: emergencies", Path(), (DATA / group / "emergencies.jsonl",), group)
        for group, label in GROUPS.items()
    ),
    *(
        MessageSet(
            f"{label}: {folder.name} emergencies", Path(), (folder / "emergencies.jsonl",), group
        )
        for group, label in KB_GROUPS.items()
        for folder in other_kbs(group)
    ),
]

# (figure, label, target as text or "")
ROWS: list[tuple[str, str, str]] = [
    ("top1", "in-scope answered correctly at once (top-1)", ">= 92%"),
    ("top3", "in-scope with the right entry among the first 3", ">= 98%"),
    ("wrong", "in-scope answered with a wrong entry", "<= 1%"),
    ("oos_answered", "out-of-scope messages answered with an entry", "<= 3%"),
    *((f"oos:{t}", f"  {t} answered", "") for t in OUT_OF_SCOPE_TAGS),
    ("complaint_recall", "complaints recognised as complaints", ">= 90%"),
    *((f"complaint:{t}", f"  {t} complaints recognised", "") for t in COMPLAINT_TAGS),
    ("complaint_answered", "complaints answered with an FAQ entry instead", "<= 3%"),
    ("misread", "in-scope read as a complaint", "<= 3%"),
    *((f"style:{t}", f"top-1, {t}", "") for t in STYLE_TAGS),
]
SUMMARY_KEYS = frozenset(
    ("top1", "top3", "wrong", "oos_answered", "complaint_recall", "complaint_answered", "misread")
)
EMERGENCY_ROWS = [
    ("detected:all", "emergencies pointed to 112", ""),
    ("detected:id", "  Indonesian", ""),
    ("detected:en", "  English", ""),
    ("false_alarm:all", "non-emergencies pointed to 112", ""),
    ("false_alarm:id", "  Indonesian", ""),
    ("false_alarm:en", "  English", ""),
]


def cell(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "–"
    return f"{100 * value:.1f}%"


def table(columns: dict[str, dict[str, float]], rows: Sequence[tuple[str, str, str]]) -> str:
    names = list(columns)
    targets = any(target for _, _, target in rows)
    header = ["measure", *names, *(["target"] if targets else [])]
    lines = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    for key, label, target in rows:
        cells = [cell(columns[n].get(key)) for n in names]
        lines.append("| " + " | ".join([label, *cells, *([target] if targets else [])]) + " |")
    return "\n".join(lines)


Pairs = list[tuple[Query, Outcome]]


def show(
    name: str, title: str, columns: dict[str, Pairs], before: dict[str, dict[str, float]]
) -> Report:
    reports = {name: score(pairs) for name, pairs in columns.items()}
    mine = reports["ours"]
    figures = {system: report.figures for system, report in reports.items()}
    if name in before:
        figures = {"ours": mine.figures, "before": before[name], **figures}
    print(f"\n### {title}\nmessages: {mine.counts}\n")
    print(table(figures, ROWS))
    return mine


def summary(saved: dict[str, dict[str, float]], before: dict[str, dict[str, float]]) -> str:
    """One column per message set: our figures, after the earlier ones when given."""
    names = [n for n in saved if "emergencies" not in n]
    lines = ["| measure | " + " | ".join(names) + " | target |"]
    lines.append("|---|" + "---:|" * len(names) + "---|")
    for key, label, target in (row for row in ROWS if row[0] in SUMMARY_KEYS):
        cells = []
        for name in names:
            now = cell(saved[name].get(key))
            earlier = before.get(name, {}).get(key)
            cells.append(f"{cell(earlier)} -> {now}" if earlier is not None else now)
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {target} |")
    return "\n".join(lines)


def run_set(chosen: MessageSet, baselines: bool) -> dict[str, Pairs]:
    """Each system's decisions on one set."""
    kb = load_kb(chosen.kb)
    queries = [q for f in chosen.files if f.exists() for q in load_queries(f)]
    systems = {"ours": ours(Matcher(kb))}
    if baselines:
        systems["A: rapidfuzz"] = baseline_rapidfuzz(kb)
        systems[f"B: TF-IDF>={TFIDF_THRESHOLD}"] = baseline_tfidf(kb)
    return {name: [(q, system(q.text)) for q in queries] for name, system in systems.items()}


def run_emergencies(chosen: MessageSet, before: dict[str, dict[str, float]]) -> Report:
    rows = [r for f in chosen.files if f.exists() for r in load_emergencies(f)]
    mine = evaluate_emergencies(looks_like_emergency, rows)
    columns = {"ours": mine.figures}
    if chosen.name in before:
        columns["before"] = before[chosen.name]
    print(f"\n### {chosen.name}: {chosen.file_names()} ({mine.counts})\n")
    print(table(columns, EMERGENCY_ROWS))
    return mine


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=faq_dev(), help="faq-dev folder")
    parser.add_argument("--heldout", action="store_true", help="also the frozen held-out sets")
    parser.add_argument("--fresh", action="store_true", help="also the newest code-blind set")
    parser.add_argument("--before", type=Path, help="figures saved by an earlier --save")
    parser.add_argument("--save", type=Path, help="write our figures as JSON")
    parser.add_argument("--ours-only", action="store_true", help="skip the baselines")
    args = parser.parse_args(argv)
    before = json.loads(args.before.read_text()) if args.before else {}
    shown = {"dev", *(group for group in GROUPS if getattr(args, group))}
    saved: dict[str, dict[str, float]] = {}
    both: dict[str, dict[str, Pairs]] = {group: {} for group in GROUPS}
    for chosen in message_sets(args.data):
        if chosen.group not in shown or not chosen.exists():
            continue
        columns = run_set(chosen, not args.ours_only)
        title = f"{chosen.name} ({chosen.file_names()} on {chosen.kb.parent.name}/{chosen.kb.name})"
        saved[chosen.name] = show(chosen.name, title, columns, before).figures
        for name, pairs in columns.items():
            if chosen.group in both and chosen.files[0].parent.name == chosen.group:
                both[chosen.group].setdefault(name, []).extend(pairs)
    for group, columns in both.items():
        if columns:
            name = f"{GROUPS[group]}: both KBs"
            saved[name] = show(name, name, columns, before).figures
    for chosen in EMERGENCY_SETS:
        if chosen.group not in shown or not chosen.exists():
            continue
        saved[chosen.name] = run_emergencies(chosen, before).figures
    print(f"\n### summary: ours{' (before -> now)' if before else ''}\n")
    print(summary(saved, before))
    if args.save:
        args.save.write_text(json.dumps(saved, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
