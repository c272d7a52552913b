"""Speed and memory: cold start, and matching on the shipped base and on big synthetic ones.

Run from the project root after the README set-up:  .venv/bin/python bench/speed.py
(bm25s, from the bench extras, is measured beside magbot when it is installed.)

Prints the cold start of `magbot ask` next to `python -c "import rapidfuzz"` (bench/startup.py),
then, for the shipped knowledge base and for deterministic synthetic bases of 1,000, 10,000
and 100,000 entries, each method's index build time, per-question median and p99 and the
peak resident memory of its process; then how the median grows with the size. Every
method and size runs in a fresh process (`--child`), so the peak is its own.

A synthetic entry is made of words drawn (seeded, Zipf-like) from a fixed vocabulary of
made-up words, with common English question words around them; its questions are asked
back with a word left out, a typo, as keywords, or with words no entry has (to decline).
Only `Matcher.match` is timed; building the index is reported apart.
"""

from __future__ import annotations

import compileall
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import anchors
import startup

SIZES = (1_000, 10_000, 100_000)
QUERIES = 300
SEED = 20_240_601
VOCABULARY = 20_000
FUNCTION_WORDS = (
    "what",
    "does",
    "the",
    "can",
    "how",
    "is",
    "my",
    "i",
    "why",
    "a",
    "of",
    "it",
    "do",
    "should",
    "when",
    "with",
    "to",
    "for",
    "in",
    "and",
)
SYLLABLES = [c + v for c in "bcdfghklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
# targets, by base: (median ms, peak MB or None)
TARGETS = {"shipped": (2.0, None), 10_000: (10.0, None), 100_000: (100.0, 500.0)}  # issue 8


def vocabulary(rng: random.Random) -> list[str]:
    words: dict[str, None] = {}
    while len(words) < VOCABULARY:
        words["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))] = None
    return list(words)


def synthetic_kb(size: int):
    """A `KnowledgeBase` of `size` made-up entries, with the shipped base's lexicon and settings."""
    from bot.core.knowledge import Entry
    from bot.core.loader import load

    shipped = load()
    rng = random.Random(SEED)
    vocab = vocabulary(rng)
    weights, total = [], 0.0
    for rank in range(1, len(vocab) + 1):
        total += 1.0 / rank
        weights.append(total)

    def words(n: int) -> list[str]:
        return rng.choices(vocab, cum_weights=weights, k=n)

    def question(n: int) -> str:
        return " ".join(rng.sample(FUNCTION_WORDS, 2) + words(n))

    entries = tuple(
        Entry(
            f"e{i}",
            question(5),
            tuple(question(4) for _ in range(4)),
            tuple(" ".join(words(2)) for _ in range(2)),
            " ".join(words(30)) + ".",
            "Synthetic",
            (),
        )
        for i in range(size)
    )
    return shipped._replace(entries=entries)


def synthetic_queries(kb) -> list[str]:
    """Questions about random entries, asked four ways in turn."""
    rng = random.Random(SEED + 1)
    out = []
    for number in range(QUERIES):
        entry = rng.choice(kb.entries)
        words = rng.choice(entry.alternates).split()
        kind = number % 4
        if kind == 0:  # a word left out
            del words[rng.randrange(2, len(words))]
        elif kind == 1:  # a typo: two inner letters swapped in the longest word
            at = max(range(len(words)), key=lambda i: len(words[i]))
            w = words[at]
            if len(w) > 4:
                words[at] = w[0] + w[2] + w[1] + w[3:]
        elif kind == 2:  # keywords, from the question and the answer
            words = words[2:4] + rng.sample(entry.answer.rstrip(".").split(), 2)
        else:  # about something no entry has
            words = words[:3] + ["".join(rng.choice("qxjwy") for _ in range(7))]
        out.append(" ".join(words))
    return out


def shipped_queries() -> list[str]:
    from bot.authoring.evaluate import read_rows

    rows = read_rows(Path(__file__).resolve().parents[1] / "tests" / "eval" / "questions.jsonl")
    return [r.turns[0] for r in rows if len(r.turns) == 1]


def child(method: str, size: str) -> dict:
    """Build one method over one base and time its questions (run in its own process)."""
    if size == "shipped":
        from bot.core.loader import load

        kb, queries = load(), shipped_queries()
    else:
        kb = synthetic_kb(int(size))
        queries = synthetic_queries(kb)
    # the libraries are imported before the clock starts: only building the index is timed
    if method == "magbot":
        from bot.core.matcher import Matcher

        def build():
            return Matcher(kb).match
    else:
        import bm25s  # noqa: F401

        def build():
            return anchors.bm25(anchors.documents(kb))

    start = time.perf_counter()
    ask = build()
    build_s = time.perf_counter() - start
    times = []
    for query in queries:
        start = time.perf_counter()
        ask(query)
        times.append(time.perf_counter() - start)
    return {
        "build_s": build_s,
        "median_ms": 1000 * statistics.median(times),
        "p99_ms": 1000 * statistics.quantiles(times, n=100)[98],
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "entries": len(kb.entries),
        "queries": len(queries),
    }


def measure(method: str, size) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", method, str(size)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{method} on {size} failed:\n{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])


def verdict(size, figures: dict) -> str:
    if size not in TARGETS:
        return ""
    median, peak = TARGETS[size]
    checks = [f"median < {median:g} ms: {'ok' if figures['median_ms'] < median else 'FAILS'}"]
    if peak is not None:
        checks.append(f"peak < {peak:g} MB: {'ok' if figures['peak_mb'] < peak else 'FAILS'}")
    return "; ".join(checks)


def main() -> None:
    methods = ["magbot"] + (["bm25s"] if anchors.report_missing([anchors.BY_KEY["bm25"]]) else [])
    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "bot"), quiet=1)
    ask, baseline = startup.cold_start()
    print(
        f"cold start: magbot ask {ask * 1000:.1f} ms, python -c 'import rapidfuzz' "
        f"{baseline * 1000:.1f} ms (medians of {startup.ROUNDS} interleaved runs), "
        f"ratio {ask / baseline:.2f} (target <= 2.0: {'ok' if ask / baseline <= 2 else 'FAILS'})"
        "\n"
    )
    head = (
        f"{'knowledge base':18s} {'method':7s} {'build':>9s} {'median':>10s} {'p99':>10s} "
        f"{'peak RSS':>9s}  target"
    )
    print(head + "\n" + "-" * (len(head) + 38))
    medians: dict[str, dict] = {m: {} for m in methods}
    for size in ("shipped", *SIZES):
        for method in methods:
            f = measure(method, size)
            medians[method][size] = f["median_ms"]
            label = f"shipped ({f['entries']})" if size == "shipped" else f"{size:,} synthetic"
            target = verdict(size, f) if method == "magbot" else ""
            print(
                f"{label:18s} {method:7s} {f['build_s']:7.2f} s {f['median_ms']:7.3f} ms "
                f"{f['p99_ms']:7.3f} ms {f['peak_mb']:6.0f} MB  {target}".rstrip(),
                flush=True,
            )
    print("\nmedian per question as the base grows ten-fold:")
    for method in methods:
        steps = [
            f"{a:,} -> {b:,}: x{medians[method][b] / medians[method][a]:.1f}"
            for a, b in zip(SIZES, SIZES[1:], strict=False)
        ]
        print(f"  {method:7s} " + ", ".join(steps))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(child(*sys.argv[2:4])))
    else:
        main()
