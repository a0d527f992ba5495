"""The phases of bench/throughput.py for one checkout, measured from inside the bot:
SQL statements per message (load-independent), the process's CPU per message, and
optionally a cProfile of each phase (call counts per message are load-independent too).

    python bench/throughput_profile.py CHECKOUT OUT_PREFIX [--messages 300] [--profile]
                                       [--database-url postgresql://...]

CHECKOUT is put first on the bot's ``PYTHONPATH`` (this checkout, or an older one, as
``throughput.py --baseline`` does). Writes ``OUT_PREFIX.0.*`` (first contact) and
``OUT_PREFIX.1.*`` (known residents), see bench/throughput_profiled_bot.py, and prints
one JSON line. Compare two profiles with ``pstats`` (e.g. total calls per message).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput as T

WRAPPER = Path(__file__).resolve().parent / "throughput_profiled_bot.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkout", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--database-url")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    n: int = args.messages
    postgres = T.to_postgres_url(args.database_url) if args.database_url else None
    database = T.Database(out.parent, out.name, postgres)
    fake = T.FakeServer(out.parent, out.name)
    env = T.aduan_env(fake.api_base, database.url)
    env.update(
        PERF_OUT=str(out),
        PERF_PROFILE="1" if args.profile else "0",
        PYTHONPATH=str(args.checkout.resolve()),
    )
    bot = T.BotProcess([sys.executable, str(WRAPPER)], env, out.parent, out.name)
    figures: dict[str, float] = {}
    try:
        T.warm_up(fake, bot, answers=2)
        phases = ((T.FIRST, 0, 2), (T.AGAIN, 1, 1))
        for number, (phase, shift, answers) in enumerate(phases):
            os.kill(bot.pid, signal.SIGUSR1)
            time.sleep(0.2)
            T.run_phase(fake, bot, n, shift, answers)
            os.kill(bot.pid, signal.SIGUSR2)
            time.sleep(0.5)
            inside = json.loads(Path(f"{out}.{number}.json").read_text())
            figures[f"{phase}_cpu_ms"] = round(inside["cpu"] * 1000 / n, 2)
            figures[f"{phase}_statements"] = round(inside["statements"] / n, 2)
            figures[f"{phase}_gc_collections"] = inside["gc_collections"]
            figures[f"{phase}_gc_ms"] = [round(s * 1000, 1) for s in inside["gc_seconds"]]
            figures[f"{phase}_gc_tracked_frozen"] = [inside["gc_tracked"], inside["gc_frozen"]]
    finally:
        bot.stop()
        fake.close()
        counts = database.counts()
        database.drop()
    print(json.dumps({**figures, "inbox_done_rows_outbox_sent_rows": counts}))


if __name__ == "__main__":
    main()
