"""The development messages the matcher gets wrong, one line each, to read before a change.

    python bench/kb_misses.py [SET ...] [--all] [--emergencies]

``SET`` is a development set's name as ``bench/kb_decisions.py`` calls it (``faq-dev``,
``sample`` or a dev KB's folder name); none means all of them. Each line: a label, what was
expected, what came (intent, entry, first three) and the message. Labels: ``WRONG`` (another
entry answered), ``MISREAD`` (a question read as a complaint), ``WITHHELD-rK`` (not answered;
the right entry is K-th of the suggestions, ``-`` when absent), ``OOS`` (out of scope but
answered), ``CFAQ`` (a complaint answered with an entry), ``CMISS`` (a complaint not offered),
``EMISS`` / ``EFALSE`` (an emergency missed / a calm message flagged). Development data only.
"""

from __future__ import annotations

import argparse
from collections import Counter

from kb_decisions import emergency_files, message_sets
from kb_eval import Outcome, Query, load_emergencies, load_queries, ours

from handlers.emergency import looks_like_emergency
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher


def label(query: Query, got: Outcome) -> str | None:
    answered = got.intent == "faq" and got.entry is not None
    if query.expect == "none":
        return "OOS" if answered else None
    if query.expect == "complaint":
        if got.intent == "complaint":
            return None
        return "CFAQ" if answered else "CMISS"
    if answered:
        return None if got.entry == query.expect else "WRONG"
    if got.intent == "complaint":
        return "MISREAD"
    rank = got.top3.index(query.expect) + 1 if query.expect in got.top3 else "-"
    return f"WITHHELD-r{rank}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--all", action="store_true", help="also withheld questions")
    parser.add_argument("--emergencies", action="store_true")
    args = parser.parse_args()
    tally: Counter[str] = Counter()
    for name, kb, files in message_sets():
        if args.sets and name not in args.sets:
            continue
        system = ours(Matcher(load_kb(kb)))
        for path in files:
            for query in load_queries(path):
                got = system(query.text)
                found = label(query, got)
                if found is None or (found.startswith("WITHHELD") and not args.all):
                    continue
                tally[found.split("-")[0]] += 1
                top3 = ",".join(got.top3)
                print(
                    f"{found}\t{name}\t{query.expect}\t{got.intent}\t{got.entry}\t{top3}\t{query.text}"
                )
    if args.emergencies or not args.sets:
        for path in emergency_files():
            for text, expected, _ in load_emergencies(path):
                flagged = looks_like_emergency(text)
                if flagged != expected:
                    found = "EMISS" if expected else "EFALSE"
                    tally[found] += 1
                    print(f"{found}\t{path.parent.name}/{path.stem}\t\t\t\t\t{text}")
    print("#", dict(sorted(tally.items())))


if __name__ == "__main__":
    main()
