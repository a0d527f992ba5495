"""``aduan run`` in this process, measured on signal (used by bench/throughput_profile.py).

SIGUSR1 starts a measurement: SQL statements counted (a SQLAlchemy event listener on
every engine), process CPU time, and with ``PERF_PROFILE=1`` cProfile. SIGUSR2 stops it
and writes ``$PERF_OUT.<n>.json`` (cpu seconds, statements, statements by text) and
``$PERF_OUT.<n>.prof``. Put the checkout to measure first on ``PYTHONPATH``.
"""

from __future__ import annotations

import collections
import cProfile
import gc
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
        self.collections = [0, 0, 0]
        self.gc_seconds = [0.0, 0.0, 0.0]
        self._gc_started = 0.0

    def garbage(self, phase: str, info: dict[str, int]) -> None:
        """gc.callbacks: collections per generation and the time they took."""
        if not self.on:
            return
        if phase == "start":
            self._gc_started = time.perf_counter()
            return
        generation = info["generation"]
        self.collections[generation] += 1
        self.gc_seconds[generation] += time.perf_counter() - self._gc_started

    def count(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.on:
            self.statements[" ".join(statement.split())[:110]] += 1

    def start(self, *_args: Any) -> None:
        self.on, self.statements, self.cpu = True, collections.Counter(), time.process_time()
        self.collections, self.gc_seconds = [0, 0, 0], [0.0, 0.0, 0.0]
        self.tracked = len(gc.get_objects())
        self.frozen = gc.get_freeze_count()
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
            # the cyclic collector: collections and seconds per generation, the objects it
            # tracked and the ones frozen (gc.freeze) when the phase started
            "gc_collections": self.collections,
            "gc_seconds": [round(seconds, 4) for seconds in self.gc_seconds],
            "gc_tracked": self.tracked,
            "gc_frozen": self.frozen,
            "by_text": self.statements.most_common(),
        }
        with open(f"{OUT}.{self.number}.json", "w") as out:
            json.dump(figures, out)
        self.number += 1


measurement = Measurement()
event.listen(Engine, "before_cursor_execute", measurement.count)
gc.callbacks.append(measurement.garbage)
signal.signal(signal.SIGUSR1, measurement.start)
signal.signal(signal.SIGUSR2, measurement.stop)

if __name__ == "__main__":
    from bot.cli import main

    sys.argv = ["aduan", "run"]
    main()
