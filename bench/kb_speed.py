"""Knowledge-base matching speed: index build time and memory, per-query latency.

    python bench/kb_speed.py [--data DIR] [--sizes 100 1000 10000] [--rounds 3]

Larger knowledge bases are synthesised from the development KB: every entry is cloned
with its questions and keywords, and each clone gets its own made-up place and topic
words (seeded, pronounceable pseudo-words) so the vocabulary and the postings grow as
they would in a real, larger KB. Sizes count question variants (questions + keywords).
Queries are the development queries, run ``--rounds`` times per run and ``--runs``
runs per size; p50/p99 are the medians over the runs. Latency is wall time of
``Matcher.match``; the CPU-time p99 (``time.thread_time``) leaves out the time the
process waits while another job holds the core, so on a shared machine it shows what
the matcher itself costs (wall-time p99 there is the scheduler's time slice, ~4 ms).

Long messages are timed apart, on the development KB: a 4 KB letter (greeting, a long
story, the question, thanks and a signature) and a 4 KB story with no punctuation, the
worst shapes for the letter formulas and the clause reader.

Every timed match starts without the memos of recent texts (see :func:`forget_texts`):
they serve one message's repeated readings, and the queries repeating round after round
would otherwise find a long message's clauses already read (``focus.clauses`` keeps the
last 16 texts it was asked, and only long messages ask it), which a resident's new
message never does. Per-word memos (a word's resolution, stem, term) are kept: words
do repeat across messages.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

from kb_eval import faq_dev

from knowledge_base import focus, given, language, tokens
from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher

SYLLABLES = [c + v for c in "bcdghjklmnprstw" for v in "aiueo"]


def pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def variants(entry: KbEntry) -> int:
    return len(entry.questions) + len(entry.keywords)


def synthesise(kb: KnowledgeBase, target: int, seed: int = 7) -> KnowledgeBase:
    """A KB with about ``target`` variants cloned from ``kb``."""
    rng = random.Random(seed)
    entries: list[KbEntry] = []
    total = 0
    clone = 0
    while total < target:
        for entry in kb.entries:
            if total >= target:
                break
            place, topic = pseudo_word(rng), pseudo_word(rng)
            budget = target - total
            questions = tuple(f"{q} di {place} {topic}" for q in entry.questions)[:budget]
            keywords = tuple(f"{k} {topic}" for k in entry.keywords)[: budget - len(questions)]
            entries.append(
                KbEntry(
                    id=f"{entry.id}-{clone}",
                    agency=entry.agency,
                    questions=questions,
                    answer=f"{entry.answer} Layanan {place}.",
                    keywords=keywords,
                )
            )
            total += len(questions) + len(keywords)
        clone += 1
    return KnowledgeBase(entries=tuple(entries))


def forget_texts(matcher: Matcher) -> None:
    """Forget the memos of recent texts, as before a resident's new message."""
    for memo in (focus.clauses, given._cut, language.language_of, tokens.words_of):
        memo.cache_clear()
    matcher.index.normaliser.forget_texts()


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(
    kb: KnowledgeBase, queries: Sequence[str], rounds: int, runs: int = 5
) -> dict[str, float]:
    gc.collect()
    tracemalloc.start()
    started = time.perf_counter()
    matcher = Matcher(kb)
    build = time.perf_counter() - started
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    for query in queries[:20]:  # warm caches once
        matcher.match(query)
    p50: list[float] = []
    p99: list[float] = []
    cpu99: list[float] = []
    worst = 0.0
    for _ in range(runs):
        latencies: list[float] = []
        cpu: list[float] = []
        for _ in range(rounds):
            for query in queries:
                forget_texts(matcher)
                started, started_cpu = time.perf_counter(), time.thread_time()
                matcher.match(query)
                cpu.append(time.thread_time() - started_cpu)
                latencies.append(time.perf_counter() - started)
        p50.append(statistics.median(latencies))
        p99.append(percentile(latencies, 0.99))
        cpu99.append(percentile(cpu, 0.99))
        worst = max(worst, max(latencies))
    return {
        "variants": float(sum(variants(e) for e in kb.entries)),
        "entries": float(len(kb)),
        "build_s": build,
        "memory_mb": current / 2**20,
        "peak_mb": peak / 2**20,
        "p50_ms": 1000 * statistics.median(p50),
        "p99_ms": 1000 * statistics.median(p99),
        "p99_range": 1000 * (max(p99) - min(p99)),
        "cpu_p99_ms": 1000 * statistics.median(cpu99),
        "max_ms": 1000 * worst,
    }


def long_messages() -> dict[str, str]:
    story = "kami warga menyampaikan keadaan di lingkungan kami. " * 80
    return {
        "4 KB letter": (
            "Dengan hormat, Yth. Bapak/Ibu Petugas, "
            + story
            + "Apa syarat membuat KTP pemula? Atas perhatian dan kerja samanya kami ucapkan "
            + "terima kasih. Hormat kami, Warga RT 03"
        ),
        "4 KB unpunctuated story": "jadi begini pak saya mau tanya soal jalan rusak " * 85,
    }


def measure_long(kb: KnowledgeBase, runs: int) -> dict[str, tuple[float, float]]:
    """Median and max milliseconds of ``Matcher.match`` per long message."""
    matcher = Matcher(kb)
    figures = {}
    for name, text in long_messages().items():
        matcher.match(text)
        times = []
        for _ in range(max(runs, 5)):
            forget_texts(matcher)
            started = time.perf_counter()
            matcher.match(text)
            times.append(time.perf_counter() - started)
        figures[name] = (1000 * statistics.median(times), 1000 * max(times))
    return figures


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=faq_dev())
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5, help="runs per size (medians)")
    args = parser.parse_args(argv)
    import json

    base = load_kb(args.data / "kb")
    queries = [
        json.loads(line)["q"]
        for line in (args.data / "queries.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]
    print(f"{len(queries)} queries x {args.rounds} rounds x {args.runs} runs per size\n")
    print(
        "| variants | entries | build (s) | index memory (MB) | build peak (MB) "
        "| p50 (ms) | p99 (ms) | p99 spread (ms) | CPU p99 (ms) | max (ms) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        row = measure(synthesise(base, size), queries, args.rounds, args.runs)
        print(
            f"| {row['variants']:.0f} | {row['entries']:.0f} | {row['build_s']:.2f} "
            f"| {row['memory_mb']:.1f} | {row['peak_mb']:.1f} | {row['p50_ms']:.3f} "
            f"| {row['p99_ms']:.3f} | {row['p99_range']:.3f} | {row['cpu_p99_ms']:.3f} "
            f"| {row['max_ms']:.2f} |"
        )
    print(f"\nlong messages on the {len(base)}-entry development KB (median / max ms):")
    for name, (median, worst) in measure_long(base, args.runs).items():
        print(f"- {name}: {median:.2f} / {worst:.2f}")


if __name__ == "__main__":
    main()
