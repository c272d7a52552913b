"""Cold start and matching time: `magbot ask` next to `python -c "import rapidfuzz"`.

Run from the project root after the README set-up:  .venv/bin/python bench/startup.py
Prints the median whole-process wall time of both commands, measured interleaved in
the same run (so machine load affects both alike), their ratio (target <= 2.0), and the
in-process median time to answer one question on the shipped knowledge base (target < 2 ms),
each question with cold caches (as in `magbot ask`) and warm (as later in a chat).

Before timing, bot/ is compiled to bytecode, as Python does on the first run of any
program; this sandbox sets PYTHONDONTWRITEBYTECODE=1, which would otherwise make every
run recompile magbot's source while rapidfuzz's bytecode was compiled by pip.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROUNDS = 30
QUESTION = "can magnesium cause back pain"
QUESTIONS = [
    "can magnesium cause back pain",
    "why does magnesium oxide upset my stomach",
    "my lower back hurts since i started mag citrate",
    "what does magnesium do for muscles",
    "when should i see a doctor",
    "can magnesium cause kidney stones",
    "hello",
    "magnesum glycinat",
    "is poor posture a cause of back pain",
    "how tall is everest",
]


def magbot_command() -> list[str]:
    script = Path(sys.executable).with_name("magbot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return time.perf_counter() - start


def cold_start() -> tuple[float, float]:
    """Median wall time of `magbot ask` and of `python -c "import rapidfuzz"`, interleaved."""
    # bytecode first, as any first run writes it (this sandbox sets PYTHONDONTWRITEBYTECODE)
    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "bot"), quiet=1)
    ask = magbot_command() + ["ask", QUESTION]
    baseline = [sys.executable, "-c", "import rapidfuzz"]
    wall(ask)  # the first run may compile the knowledge cache; it is not what users wait for
    asks, imports = [], []
    for _ in range(ROUNDS):
        asks.append(wall(ask))
        imports.append(wall(baseline))
    return statistics.median(asks), statistics.median(imports)


def matching_time(cold: bool) -> float:
    """Median time of `Conversation.respond` over the questions, 50 rounds."""
    from bot.core import text, words
    from bot.core.cache import load_matcher
    from bot.core.conversation import Conversation

    matcher = load_matcher()
    times = []
    for _ in range(50):
        for question in QUESTIONS:
            if cold:  # forget every memo, as a fresh `magbot ask` process would
                text._STEMS.clear()
                matcher._spelled.clear()
                matcher._readings.clear()
                matcher._no_words.clear()
                words.vector.cache_clear()
            start = time.perf_counter()
            Conversation(matcher.kb, matcher).respond(question)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ask, baseline = cold_start()
    print(f"magbot ask (whole process)       median {ask * 1000:7.1f} ms  over {ROUNDS} runs")
    print(f"python -c 'import rapidfuzz'     median {baseline * 1000:7.1f} ms")
    print(f"cold-start ratio                 {ask / baseline:7.2f}     (target <= 2.0)")
    for label, cold in (("cold caches", True), ("warm caches", False)):
        print(
            f"matching, per question, {label}: median {matching_time(cold) * 1000:6.3f} ms "
            f"(target < 2 ms, {len(QUESTIONS)} questions x 50)"
        )


if __name__ == "__main__":
    main()
