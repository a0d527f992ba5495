"""End-to-end throughput, measured from outside: aduan answering FAQ questions by long
polling against a stock aiogram echo bot, each bot in a process of its own, the fake
Bot API server in a third; then aduan's latency at a steady 50 messages/s.

    python bench/throughput.py [--messages 2000] [--rounds 5] [--steady-seconds 10]
                               [--database-url postgresql://postgres@127.0.0.1:5432/test]
                               [--baseline /path/to/another/checkout]

Each bot's CPU time is read from its own process (``/proc/<pid>/stat``: utime + stime,
before and after each phase), so neither the fake server's work (parsing, answering,
queueing the updates) nor the driver's is counted for either bot, and the echo bot does
not inherit aduan's imported modules (whose objects its garbage collector would walk).
Rates are wall-clock, from the first update being queued at the fake server to the last
expected answer reaching it; the machine may be shared, so CPU time per message is the
steadier figure.

Rounds alternate the systems, each in a fresh process with a fresh fake server (and for
aduan a fresh SQLite file, or a fresh PostgreSQL database): the echo bot stock, the echo
bot with ``gc.freeze()`` once started (aduan's runners freeze the heap once started: this
is the like-for-like baseline for that), aduan, then aduan again on an empty database for
the steady-rate latency. Medians and min-max over the rounds are printed; a ratio is
computed per round (echo CPU ms per message / aduan CPU ms per message; the wall-clock
rate ratio beside it) and its median and range are printed. With ``--baseline``, another
checkout of aduan (an older commit) runs in every round too, alternating with this one, and
the ratio between the two is printed: a before/after comparison under the same load.

Phases, each bot alike, after one warm-up message:

1. first contact: ``--messages`` new residents each ask a question; aduan sends each the
   greeting with the menu and the answer (two messages), the echo bot one echo;
2. known residents: the same residents ask again; one answer each. This is the
   like-for-like comparison with the echo bot and carries the target (ratio >= 0.5);
3. aduan only, a fresh process and database: new residents at a steady 50 messages/s for
   ``--steady-seconds``; latency from the update being queued to the first answer.

aduan runs through its CLI (``aduan run``) with flood control out of the way (the fake
server enforces no limits; bench/delivery.py measures pacing): what is measured is the
work per message (inbox row, parse, contact and conversation, KB match, outbox row, send,
mark sent). Afterwards every answered message is checked to be persisted: inbox rows
done and outbox rows sent, counted with raw SQL.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
FAKE = HERE / "throughput_fake.py"
ECHO = HERE / "throughput_echo.py"
TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijkl"

WARM_UP_CHAT = 7_999_999
FIRST_CHAT = 8_000_000
STEADY_CHAT = 6_000_000
STEADY_RATE = 50.0
LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1, no proxy

ECHO_STOCK, ECHO_FROZEN, ADUAN = "echo bot, stock", "echo bot, gc.freeze()", "aduan"
BASELINE = "aduan, baseline"
SYSTEMS = (ECHO_STOCK, ECHO_FROZEN, ADUAN)
TAGS = {ECHO_STOCK: "echo-stock", ECHO_FROZEN: "echo-frozen", ADUAN: "aduan", BASELINE: "base"}
FIRST, AGAIN = "first", "again"
PHASE_TITLES = {
    FIRST: "first contact: new residents (aduan: greeting + answer, two sends)",
    AGAIN: "known residents ask again: one answer each (the target: ratio >= 0.5)",
}


# -- CPU time of another process -----------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far (all its threads)."""
    if Path("/proc/self/stat").exists():
        stat = Path(f"/proc/{pid}/stat").read_text()
        fields = stat.rsplit(")", 1)[1].split()  # the fields after "pid (comm)"
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    try:
        import psutil  # type: ignore[import-untyped]
    except ImportError:
        sys.exit("no /proc here and no psutil: cannot read another process's CPU time")
    times = psutil.Process(pid).cpu_times()
    return float(times.user + times.system)


# -- processes -----------------------------------------------------------------------------


class Failed(Exception):
    """A process died or a phase timed out; the message says which and where its log is."""


def _clean_env(**settings: str) -> dict[str, str]:
    """This environment without any ADUAN_* setting of the caller's, plus ``settings``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")}
    env.update(settings)
    return env


class FakeServer:
    """bench/throughput_fake.py in its own process, driven over its control API."""

    def __init__(self, folder: Path, name: str) -> None:
        self.log = folder / f"{name}.fake.log"
        self._log_file = self.log.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, str(FAKE)],
            stdout=subprocess.PIPE,
            stderr=self._log_file,
            text=True,
            env=_clean_env(),
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.close()
            raise Failed(f"the fake server did not start; see {self.log}")
        urls = json.loads(line)
        self.api_base: str = urls["api"]
        self.control: str = urls["control"]

    def get(self, path: str, **query: Any) -> dict[str, Any]:
        url = f"{self.control}{path}?" + "&".join(f"{k}={v}" for k, v in query.items())
        with LOCAL.open(url, timeout=600) as answer:
            return json.loads(answer.read())  # type: ignore[no-any-return]

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        request = urllib.request.Request(
            self.control + path,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        with LOCAL.open(request, timeout=60) as answer:
            return json.loads(answer.read())  # type: ignore[no-any-return]

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._log_file.close()


class BotProcess:
    """A bot under test in its own process, its output in a log file."""

    def __init__(self, command: list[str], env: dict[str, str], folder: Path, name: str):
        self.log = folder / f"{name}.log"
        self._log_file: IO[str] = self.log.open("w")
        self.proc = subprocess.Popen(
            command, stdout=self._log_file, stderr=subprocess.STDOUT, env=env, cwd=folder
        )
        self.pid = self.proc.pid

    def check_alive(self) -> None:
        if self.proc.poll() is not None:
            tail = "".join(self.log.read_text().splitlines(keepends=True)[-15:])
            raise Failed(f"the bot exited with {self.proc.returncode}; {self.log}:\n{tail}")

    def stop(self) -> None:
        """SIGTERM (both bots stop polling and close cleanly), then wait for the exit."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log_file.close()


def aduan_command() -> list[str]:
    """The ``aduan`` console script beside this Python, else ``python -m bot``."""
    script = Path(sys.executable).with_name("aduan")
    if script.exists():
        return [str(script), "run"]
    found = shutil.which("aduan")
    return [found, "run"] if found else [sys.executable, "-m", "bot", "run"]


def aduan_env(api_base: str, database_url: str) -> dict[str, str]:
    """aduan's settings for the benchmark, as ADUAN_* variables: flood control out of the
    way (the fake enforces no limits), short long polls, a fast idle delivery scan."""
    return _clean_env(
        ADUAN_TELEGRAM_TOKEN=TOKEN,
        ADUAN_TELEGRAM_API_BASE=api_base,
        ADUAN_DATABASE_URL=database_url,
        ADUAN_POLL_TIMEOUT="1",
        ADUAN_DELIVERY_INTERVAL="0.05",
        ADUAN_DELIVERY_RATE="1e6",
        ADUAN_DELIVERY_CHAT_RATE="1e6",
        ADUAN_DELIVERY_GROUP_RATE="1e8",
        ADUAN_LOG_LEVEL="WARNING",
    )


# -- phases --------------------------------------------------------------------------------


@dataclass
class Phase:
    messages: int
    wall: float  # seconds, first update queued -> last expected answer (fake's clock)
    cpu: float  # seconds of the bot process's CPU over the phase

    @property
    def rate(self) -> float:
        return self.messages / self.wall

    @property
    def cpu_ms(self) -> float:
        return self.cpu / self.messages * 1000


def wait_answered(fake: FakeServer, bot: BotProcess, timeout: float = 600) -> float:
    """Wait until every expected answer reached the fake; when the last one did."""
    deadline = time.monotonic() + timeout
    while True:
        state = fake.get("/wait", timeout=1)
        if state["done"]:
            return float(state["t_last"])
        bot.check_alive()
        if time.monotonic() > deadline:
            raise Failed(f"{state['remaining']} chats still unanswered after {timeout:.0f} s")


def warm_up(fake: FakeServer, bot: BotProcess, answers: int) -> None:
    """One message, answered: the bot is up, connected and has run its code once."""
    fake.post("/push", {"first": WARM_UP_CHAT, "count": 1, "answers": answers})
    wait_answered(fake, bot, timeout=120)
    fake.get("/quiet", still=0.5)


def run_phase(fake: FakeServer, bot: BotProcess, messages: int, shift: int, answers: int) -> Phase:
    """``messages`` chats ask at once; the phase ends when each got ``answers`` sends.
    Then wait until the bot has sent nothing for 0.5 s (its outbox is drained)."""
    cpu = cpu_seconds(bot.pid)
    t0 = fake.post(
        "/push", {"first": FIRST_CHAT, "count": messages, "shift": shift, "answers": answers}
    )["t0"]
    t_last = wait_answered(fake, bot)
    cpu = cpu_seconds(bot.pid) - cpu
    fake.get("/quiet", still=0.5)
    return Phase(messages, t_last - t0, cpu)


# -- databases -----------------------------------------------------------------------------


@dataclass
class Persisted:
    inbox_done: int
    inbox_rows: int
    outbox_sent: int
    outbox_rows: int
    expected_inbox: int
    expected_outbox: int

    @property
    def ok(self) -> bool:
        return (self.inbox_done, self.inbox_rows, self.outbox_sent, self.outbox_rows) == (
            self.expected_inbox,
            self.expected_inbox,
            self.expected_outbox,
            self.expected_outbox,
        )

    def __str__(self) -> str:
        return (
            f"inbox done {self.inbox_done}/{self.inbox_rows} (expected {self.expected_inbox}), "
            f"outbox sent {self.outbox_sent}/{self.outbox_rows} "
            f"(expected {self.expected_outbox})"
        )


COUNTS = (
    "SELECT (SELECT count(*) FROM inbox WHERE status = 'done'), (SELECT count(*) FROM inbox),"
    " (SELECT count(*) FROM outbox WHERE status = 'sent'), (SELECT count(*) FROM outbox)"
)


class Database:
    """Where one aduan process keeps its data: a new SQLite file, or a new PostgreSQL
    database beside the one ``--database-url`` names (created here, dropped after)."""

    def __init__(self, folder: Path, name: str, postgres_url: str | None) -> None:
        self.postgres_url = postgres_url
        if postgres_url is None:
            self.path = folder / f"{name}.db"
            self.url = f"sqlite:///{self.path}"
            return
        parts = urlsplit(postgres_url)
        base = parts.path.lstrip("/") or "postgres"
        self.name = f"{base}_throughput_{os.getpid()}_{name}".lower().replace("-", "_")[:63]
        self.url = urlunsplit(parts._replace(path="/" + self.name))
        self._admin(f'DROP DATABASE IF EXISTS "{self.name}"', f'CREATE DATABASE "{self.name}"')

    def _admin(self, *statements: str) -> None:
        import asyncpg  # aduan's PostgreSQL driver; only needed with --database-url

        async def go() -> None:
            assert self.postgres_url is not None
            connection = await asyncpg.connect(self.postgres_url)
            try:
                for statement in statements:
                    await connection.execute(statement)
            finally:
                await connection.close()

        asyncio.run(go())

    def counts(self) -> tuple[int, int, int, int]:
        if self.postgres_url is None:
            import sqlite3

            connection = sqlite3.connect(self.path)
            try:
                row = connection.execute(COUNTS).fetchone()
            finally:
                connection.close()
            return tuple(int(v) for v in row)  # type: ignore[return-value]
        import asyncpg

        async def go() -> tuple[int, int, int, int]:
            connection = await asyncpg.connect(self.url)
            try:
                row = await connection.fetchrow(COUNTS)
            finally:
                await connection.close()
            return tuple(int(v) for v in row)  # type: ignore[return-value]

        return asyncio.run(go())

    def drop(self) -> None:
        if self.postgres_url is not None:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}"')


def to_postgres_url(url: str) -> str:
    scheme, rest = url.split("://", 1)
    if scheme not in ("postgresql", "postgres", "postgresql+asyncpg"):
        sys.exit("--database-url takes a postgresql:// URL (the default is a new SQLite file)")
    return "postgresql://" + rest


# -- one round -----------------------------------------------------------------------------


@dataclass
class Run:
    system: str
    phases: dict[str, Phase] = field(default_factory=dict)
    persisted: Persisted | None = None


@contextmanager
def bot_on_fake(
    folder: Path, name: str, command: Callable[[str], tuple[list[str], dict[str, str]]]
) -> Iterator[tuple[FakeServer, BotProcess]]:
    fake = FakeServer(folder, name)
    try:
        argv, env = command(fake.api_base)
        bot = BotProcess(argv, env, folder, name)
        try:
            yield fake, bot
        finally:
            bot.stop()
    finally:
        fake.close()


def run_echo(folder: Path, name: str, messages: int, freeze: bool) -> Run:
    def command(api_base: str) -> tuple[list[str], dict[str, str]]:
        argv = [sys.executable, str(ECHO), "--api-base", api_base]
        return [*argv, "--freeze"] if freeze else argv, _clean_env()

    run = Run(ECHO_FROZEN if freeze else ECHO_STOCK)
    with bot_on_fake(folder, name, command) as (fake, bot):
        warm_up(fake, bot, answers=1)
        run.phases[FIRST] = run_phase(fake, bot, messages, shift=0, answers=1)
        run.phases[AGAIN] = run_phase(fake, bot, messages, shift=1, answers=1)
    return run


def run_aduan(
    folder: Path, name: str, messages: int, postgres_url: str | None, source: Path | None = None
) -> Run:
    """aduan from this checkout, or (``source``) from another one: the baseline."""
    database = Database(folder, name, postgres_url)
    run = Run(BASELINE if source else ADUAN)

    def command(api: str) -> tuple[list[str], dict[str, str]]:
        env = aduan_env(api, database.url)
        if source is None:
            return aduan_command(), env
        # ``python -m bot`` with the other checkout first on the import path
        return [sys.executable, "-m", "bot", "run"], {**env, "PYTHONPATH": str(source)}

    try:
        with bot_on_fake(folder, name, command) as (fake, bot):
            warm_up(fake, bot, answers=2)  # a new resident: greeting and answer
            run.phases[FIRST] = run_phase(fake, bot, messages, shift=0, answers=2)
            run.phases[AGAIN] = run_phase(fake, bot, messages, shift=1, answers=1)
        run.persisted = Persisted(
            *database.counts(), expected_inbox=1 + 2 * messages, expected_outbox=2 + 3 * messages
        )
    finally:
        database.drop()
    return run


def run_steady(
    folder: Path, name: str, seconds: float, postgres_url: str | None
) -> tuple[list[float], Persisted]:
    """New residents at a steady 50 messages/s; each one's wait for its first answer."""
    count = int(STEADY_RATE * seconds)
    database = Database(folder, name, postgres_url)
    try:
        with bot_on_fake(
            folder, name, lambda api: (aduan_command(), aduan_env(api, database.url))
        ) as (fake, bot):
            warm_up(fake, bot, answers=2)
            fake.post(
                "/push",
                {"first": STEADY_CHAT, "count": count, "answers": 2, "rate": STEADY_RATE},
            )
            wait_answered(fake, bot, timeout=seconds + 300)
            latencies = fake.get("/latencies")["latencies"]
            fake.get("/quiet", still=0.5)
        persisted = Persisted(
            *database.counts(), expected_inbox=1 + count, expected_outbox=2 + 2 * count
        )
    finally:
        database.drop()
    return latencies, persisted


# -- report --------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def spread(values: list[float], fmt: str) -> str:
    """Median (min-max)."""
    return (
        f"{format(statistics.median(values), fmt)} "
        f"({format(min(values), fmt)}-{format(max(values), fmt)})"
    )


def machine() -> str:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        model = next(
            (
                line.split(":", 1)[1].strip()
                for line in cpuinfo.read_text().splitlines()
                if line.startswith("model name")
            ),
            "",
        )
    try:
        commit = subprocess.run(
            ["git", "-C", str(HERE.parent), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "?"
    return (
        f"{os.cpu_count()} CPUs ({model or platform.machine()}), {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, "
        f"aiogram {metadata.version('aiogram')}, aiohttp {metadata.version('aiohttp')}, "
        f"aduan at {commit}"
    )


def report(
    runs: list[dict[str, Run]], steady: list[tuple[float, float]], steady_count: int
) -> None:
    systems = [system for system in (*SYSTEMS, BASELINE) if system in runs[0]]
    print()
    print(f"Medians over {len(runs)} rounds, (min-max); CPU is the bot process's own.")
    print(f"{'':34} {'messages/s':>20} {'CPU ms/message':>20}")
    for phase, title in PHASE_TITLES.items():
        print(title)
        for system in systems:
            phases = [r[system].phases[phase] for r in runs]
            rate = spread([p.rate for p in phases], ".0f")
            cpu = spread([p.cpu_ms for p in phases], ".2f")
            print(f"  {system:32} {rate:>20} {cpu:>20}")
        for echo in (ECHO_STOCK, ECHO_FROZEN):
            rates = [r[ADUAN].phases[phase].rate / r[echo].phases[phase].rate for r in runs]
            cpus = [r[echo].phases[phase].cpu_ms / r[ADUAN].phases[phase].cpu_ms for r in runs]
            label = f"ratio aduan / {echo.removeprefix('echo bot, ')} echo"
            print(f"  {label:32} {spread(rates, '.2f'):>20} {spread(cpus, '.2f'):>20}")
        if BASELINE in systems:
            rates = [r[ADUAN].phases[phase].rate / r[BASELINE].phases[phase].rate for r in runs]
            cpus = [r[BASELINE].phases[phase].cpu_ms / r[ADUAN].phases[phase].cpu_ms for r in runs]
            label = "ratio aduan / baseline"
            print(f"  {label:32} {spread(rates, '.2f'):>20} {spread(cpus, '.2f'):>20}")
    if steady:
        p50s = [p50 * 1000 for p50, _ in steady]
        p99s = [p99 * 1000 for _, p99 in steady]
        print(
            f"aduan at a steady {STEADY_RATE:.0f} messages/s ({steady_count} new residents "
            f"per round), wait for the first answer: p50 {spread(p50s, '.0f')} ms, "
            f"p99 {spread(p99s, '.0f')} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000, help="per phase (default 2000)")
    parser.add_argument("--rounds", type=int, default=5, help="(default 5)")
    parser.add_argument(
        "--steady-seconds", type=float, default=10.0, help="0 skips the latency phase"
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="run aduan on PostgreSQL (postgresql://...): each aduan process gets a new "
        "database beside this one, dropped after; default: a new SQLite file each",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        help="another checkout of aduan (e.g. `git worktree add /tmp/base <commit>`) run "
        "in every round beside this one, in alternating order: a before/after comparison",
    )
    args = parser.parse_args()
    if args.baseline and not (args.baseline / "bot" / "__main__.py").exists():
        parser.error(f"{args.baseline} is not a checkout of aduan (no bot/__main__.py)")
    postgres_url = to_postgres_url(args.database_url) if args.database_url else None
    folder = Path(tempfile.mkdtemp(prefix="aduan-throughput-"))
    print(f"machine: {machine()}")
    print(
        f"{args.messages} messages per phase, {args.rounds} rounds, aduan on "
        f"{urlsplit(postgres_url).netloc + ' (PostgreSQL)' if postgres_url else 'SQLite'}",
        flush=True,
    )
    runs: list[dict[str, Run]] = []
    steady: list[tuple[float, float]] = []
    steady_count = int(STEADY_RATE * args.steady_seconds)
    failures: list[str] = []
    try:
        for number in range(1, args.rounds + 1):
            runs.append({})
            load = " ".join(f"{value:.2f}" for value in os.getloadavg())
            print(f"round {number}: load average {load} (the machine may be shared)", flush=True)
            order = [*SYSTEMS, BASELINE] if args.baseline else list(SYSTEMS)
            if args.baseline and number % 2 == 0:
                order[-2:] = [BASELINE, ADUAN]  # alternate which aduan goes first
            for system in order:
                name = f"r{number}-{TAGS[system]}"
                if system == ADUAN:
                    run = run_aduan(folder, name, args.messages, postgres_url)
                elif system == BASELINE:
                    run = run_aduan(folder, name, args.messages, postgres_url, args.baseline)
                else:
                    run = run_echo(folder, name, args.messages, freeze=system == ECHO_FROZEN)
                runs[-1][system] = run
                first, again = run.phases[FIRST], run.phases[AGAIN]
                line = (
                    f"round {number} {system:22}: first contact {first.rate:6.0f}/s "
                    f"{first.cpu_ms:5.2f} ms; known {again.rate:6.0f}/s {again.cpu_ms:5.2f} ms"
                )
                if run.persisted is not None:
                    line += f"; {run.persisted}"
                    if not run.persisted.ok:
                        failures.append(f"round {number}: {run.persisted}")
                print(line, flush=True)
            if steady_count > 0:
                latencies, persisted = run_steady(
                    folder, f"r{number}-latency", args.steady_seconds, postgres_url
                )
                p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
                steady.append((p50, p99))
                if not persisted.ok or len(latencies) != steady_count:
                    failures.append(
                        f"round {number} latency: {persisted}; "
                        f"{len(latencies)} of {steady_count} answered"
                    )
                print(
                    f"round {number} {f'aduan at {STEADY_RATE:.0f}/s':22}: "
                    f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms; {persisted}",
                    flush=True,
                )
    except Failed as exc:
        sys.exit(f"failed: {exc}\n(logs in {folder})")
    report(runs, steady, steady_count)
    if failures:
        print("NOT PERSISTED AS EXPECTED:\n  " + "\n  ".join(failures))
        sys.exit(f"logs in {folder}")
    print("persisted: every answered message, every round (inbox done, outbox sent)")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
