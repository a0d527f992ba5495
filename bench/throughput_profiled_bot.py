"""``aduan run`` in this process, measured on signal (used by bench/throughput_profile.py).

SIGUSR1 starts a measurement: SQL statements counted (a SQLAlchemy event listener on
every engine), process CPU time, and with ``PERF_PROFILE=1`` cProfile. SIGUSR2 stops it
and writes ``$PERF_OUT.<n>.json`` (cpu seconds, statements, statements by text) and
``$PERF_OUT.<n>.prof``. Put the checkout to measure first on ``PYTHONPATH``.
"""

from __future__ import annotations

import collections
import cProfile
import json
import os
import signal
import sys
import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

OUT = os.environ["PERF_OUT"]
PROFILE = os.environ.get("PERF_PROFILE") == "1"


class Measurement:
    def __init__(self) -> None:
        self.number = 0
        self.on = False
        self.statements: collections.Counter[str] = collections.Counter()
        self.cpu = 0.0
        self.profile: cProfile.Profile | None = None

    def count(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.on:
            self.statements[" ".join(statement.split())[:110]] += 1

    def start(self, *_args: Any) -> None:
        self.on, self.statements, self.cpu = True, collections.Counter(), time.process_time()
        if PROFILE:
            self.profile = cProfile.Profile()
            self.profile.enable()

    def stop(self, *_args: Any) -> None:
        cpu = time.process_time() - self.cpu
        if self.profile is not None:
            self.profile.disable()
            self.profile.dump_stats(f"{OUT}.{self.number}.prof")
            self.profile = None
        self.on = False
        figures = {
            "cpu": cpu,
            "statements": sum(self.statements.values()),
            "by_text": self.statements.most_common(),
        }
        with open(f"{OUT}.{self.number}.json", "w") as out:
            json.dump(figures, out)
        self.number += 1


measurement = Measurement()
event.listen(Engine, "before_cursor_execute", measurement.count)
signal.signal(signal.SIGUSR1, measurement.start)
signal.signal(signal.SIGUSR2, measurement.stop)

if __name__ == "__main__":
    from bot.cli import main

    sys.argv = ["aduan", "run"]
    main()
