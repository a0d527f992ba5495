"""The phases of bench/throughput.py for one checkout, counted in machine instructions:
the bot runs under valgrind's callgrind, which counts only while a phase runs. Unlike CPU
time, the count does not depend on what else the machine is doing, so two checkouts can
be compared on a shared machine (and profiled: the dumps open in callgrind_annotate).

    python bench/throughput_instructions.py CHECKOUT OUT_PREFIX [--messages 400]

CHECKOUT is put first on the bot's ``PYTHONPATH`` (as ``throughput.py --baseline`` does).
Needs ``valgrind`` (with ``callgrind_control``); the bot runs some 50 times slower, so a
few hundred messages per phase are plenty (one-off work, such as compiling a statement
first used in a phase, is spread over them). Writes ``OUT_PREFIX.cg.<pid>.<n>`` (n = 1:
first contact, 2: known residents) and prints one JSON line: instructions per message.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput as T


def total_instructions(dump: Path) -> int:
    """The ``totals:`` line of a callgrind dump (its ``summary:`` is 0 after ``--zero``)."""
    for line in dump.read_text().splitlines():
        if line.startswith("totals:"):
            return int(line.split()[1])
    raise ValueError(f"no totals in {dump}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkout", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--messages", type=int, default=400)
    args = parser.parse_args()
    out: Path = args.out.resolve()
    n: int = args.messages
    database = T.Database(out.parent, out.name, None)
    fake = T.FakeServer(out.parent, out.name)
    env = T.aduan_env(fake.api_base, database.url)
    env.update(PYTHONPATH=str(args.checkout.resolve()), ADUAN_POLL_TIMEOUT="5")
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={out}.cg.%p",
        sys.executable,
        "-m",
        "bot",
        "run",
    ]
    bot = T.BotProcess(command, env, out.parent, out.name)

    def control(*options: str) -> None:
        subprocess.run(
            ["callgrind_control", *options, str(bot.pid)],
            check=True,
            text=True,
            capture_output=True,
        )

    figures: dict[str, float] = {}
    try:
        fake.post("/push", {"first": T.WARM_UP_CHAT, "count": 1, "answers": 2})
        T.wait_answered(fake, bot, timeout=900)  # starting under valgrind takes a minute
        fake.get("/quiet", still=2)
        for number, (phase, shift, answers) in enumerate(((T.FIRST, 0, 2), (T.AGAIN, 1, 1))):
            control("--zero")
            control("--instr=on")
            T.run_phase(fake, bot, n, shift, answers)
            control("--instr=off")
            control("--dump")
            dump = Path(f"{out}.cg.{bot.pid}.{number + 1}")
            figures[f"{phase}_instructions_per_message"] = round(total_instructions(dump) / n)
    finally:
        bot.stop()
        fake.close()
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
