"""What a resident in an emergency gets after the 112 pointer, per development KB.

    python bench/kb_emergency_answers.py [--all]

For each true emergency of a dev KB's ``emergencies.jsonl`` (and each calm message flagged
as one), the matcher's decision and whether the answered entry fits the emergency's kind:
an entry naming one of the kinds the message's classes call for (see
:mod:`knowledge_base.emergency_entries`), or emergencies in general. Lines: ``UNFIT`` (an
answer on another kind, e.g. the water bill after a flood), ``FIT``, ``NOCLASS`` (no class
read) and, with ``--all``, suggestions too. Development data only.
"""

from __future__ import annotations

import argparse
from collections import Counter

from kb_decisions import DEV
from kb_eval import load_emergencies

from knowledge_base.emergency import classes_named
from knowledge_base.emergency_entries import FITTING, GENERAL, entry_emergencies
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="also suggestions and fitting answers")
    args = parser.parse_args()
    tally: Counter[str] = Counter()
    for folder in sorted(f for f in DEV.iterdir() if (f / "emergencies.jsonl").is_file()):
        if not (folder / "kb").is_dir():
            continue
        matcher = Matcher(load_kb(folder / "kb"))
        entries = entry_emergencies(matcher.index)
        positions = {item.entry.id: p for p, item in enumerate(matcher.index.entries)}
        for text, expected, _ in load_emergencies(folder / "emergencies.jsonl"):
            result = matcher.match(text)
            if not result.emergency:
                continue
            classes = classes_named(text)
            kinds = frozenset({GENERAL}).union(*(FITTING[c] for c in classes))
            what = f"{'TRUE' if expected else 'FALSE'}\t{folder.name}\t{','.join(sorted(classes))}"
            if result.intent.value != "faq" or not result.entry_id:
                tally["unanswered"] += 1
                if args.all:
                    print(f"SUGG\t{what}\t{result.intent.value}\t{result.suggestions}\t{text}")
                continue
            if not classes:
                label = "NOCLASS"
            else:
                share = entries.share(positions[result.entry_id], kinds)
                label = "FIT" if share else "UNFIT"
            tally[label] += 1
            if label != "FIT" or args.all:
                print(f"{label}\t{what}\t{result.entry_id}\t{result.score}\t{text}")
    print("#", dict(sorted(tally.items())))


if __name__ == "__main__":
    main()
