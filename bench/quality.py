"""Answer quality next to the retrievers people would pick instead: one table per set.

Run from the project root after `.venv/bin/pip install -e '.[bench]'`:
    .venv/bin/python bench/quality.py

Two question sets, single-question rows only (core, off-topic, near; follow-ups need a
conversation and small talk is no retrieval, so the anchors cannot take them):
  - tests/eval/realistic-test.jsonl, people's register (stories, slang, typos, headlines,
    near-misses that reuse the article's words), written from the article alone; the
    anchors' thresholds are tuned on its other half, tests/eval/realistic-tune.jsonl;
  - tests/eval/questions.jsonl, split by id: even rows tune, odd rows score.
Each anchor (bench/anchors.py) retrieves one entry over the same knowledge entries; its
answer text is judged exactly as `magbot eval` judges magbot's (bot.authoring.evaluate.judge). Its
no-match threshold is the one that gets the most tuning rows right; magbot keeps its
shipped settings and is scored on the same held-out rows.

Columns: answerable rows answered right; rows to decline (off-topic and near) declined;
wrong answers, in percent of all scored rows (an answer with the wrong content, or an
answer where the bot should have declined: worse than "I don't know" in a health bot);
median time per question in process, once the method is loaded; cold start, the median
wall time of a fresh process that loads the method and answers one question.
"""

from __future__ import annotations

import compileall
import json
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import anchors
import startup

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "tests" / "eval" / "questions.jsonl"
REALISTIC = (
    ROOT / "tests" / "eval" / "realistic-tune.jsonl",
    ROOT / "tests" / "eval" / "realistic-test.jsonl",
)
DECLINED = ("offtopic", "near")
COLD_RUNS = 5
COLD_QUESTION = startup.QUESTION
WARM_UP = "does magnesium help with sleep"  # not timed: first calls fill lazy caches


class Trial(NamedTuple):
    """One row's outcome for one method: its top score and whether answering was right."""

    score: float
    right_if_answered: bool
    should_decline: bool


class Line(NamedTuple):
    name: str
    answerable: float
    declined: float
    wrong: float
    latency_ms: float
    cold_ms: float
    threshold: str


def split(rows: list) -> tuple[list, list]:
    """Deterministic halves: rows sorted by id, alternately to tuning and to scoring."""
    ordered = sorted(rows, key=lambda r: r.id)
    return ordered[0::2], ordered[1::2]


def trials(retrieve: Callable[[str], tuple[int, float]], entries, rows) -> tuple[list, list]:
    """Each row through an anchor, judged like magbot; and the time of each question."""
    from bot.authoring.evaluate import judge
    from bot.core.matcher import ANSWERED
    from bot.core.reply import Reply

    out, times = [], []
    for row in rows:
        question = row.turns[0]
        start = time.perf_counter()
        index, score = retrieve(question)
        times.append(time.perf_counter() - start)
        entry = entries[index]
        answered = Reply(question, ANSWERED, entry.answer, entry, score)
        out.append(
            Trial(
                score,
                row.expect_status is None and judge(row, answered),
                row.expect_status is not None,
            )
        )
    return out, times


def right(trial: Trial, threshold: float) -> bool:
    answered = trial.score >= threshold
    return trial.right_if_answered if answered else trial.should_decline


def wrong(trial: Trial, threshold: float) -> bool:
    """Answered, and wrongly: the wrong content, or an answer where it should decline."""
    return trial.score >= threshold and not trial.right_if_answered


def tune(tuning: list[Trial]) -> float:
    """The threshold that gets the most tuning rows right (the lowest such, on a tie)."""
    candidates = sorted({t.score for t in tuning}) + [math.inf]
    return max(candidates, key=lambda c: (sum(right(t, c) for t in tuning), -c))


def shares(results: list[tuple[bool, bool, bool]]) -> tuple[float, float, float]:
    """From (should decline, judged right, answered wrongly) triples: percent right of the
    answerable rows, of the rows to decline, and percent of all rows answered wrongly."""
    answerable = [ok for decline, ok, _ in results if not decline]
    declinable = [ok for decline, ok, _ in results if decline]
    return (
        100.0 * sum(answerable) / len(answerable),
        100.0 * sum(declinable) / len(declinable),
        100.0 * sum(bad for _, _, bad in results) / len(results),
    )


def magbot_line(rows: list) -> Line:
    from bot.authoring.evaluate import judge
    from bot.core.cache import load_matcher
    from bot.core.conversation import Conversation
    from bot.core.matcher import ANSWERED, UNSURE

    matcher = load_matcher()
    Conversation(matcher.kb, matcher).respond(WARM_UP)
    results, times = [], []
    for row in rows:
        start = time.perf_counter()
        reply = Conversation(matcher.kb, matcher).respond(row.turns[0])
        times.append(time.perf_counter() - start)
        ok = judge(row, reply)
        results.append(
            (row.expect_status is not None, ok, not ok and reply.status in (ANSWERED, UNSURE))
        )
    answerable, declined, wrongly = shares(results)
    command = startup.magbot_command() + ["ask", COLD_QUESTION]
    startup.wall(command)  # the first run may compile the knowledge cache
    cold = statistics.median(startup.wall(command) for _ in range(COLD_RUNS))
    threshold = f"{matcher.kb.settings.answer_threshold:g} (shipped)"
    return Line(
        "magbot",
        answerable,
        declined,
        wrongly,
        1000 * statistics.median(times),
        1000 * cold,
        threshold,
    )


def anchor_line(anchor: anchors.Anchor, kb, tuning: list, held_out: list, docs_file: Path) -> Line:
    retrieve = anchor.build(anchors.documents(kb))
    retrieve(WARM_UP)
    threshold = tune(trials(retrieve, kb.entries, tuning)[0])
    scored, times = trials(retrieve, kb.entries, held_out)
    answerable, declined, wrongly = shares(
        [(t.should_decline, right(t, threshold), wrong(t, threshold)) for t in scored]
    )
    command = [
        sys.executable,
        str(Path(__file__).with_name("anchors.py")),
        anchor.key,
        str(docs_file),
        COLD_QUESTION,
    ]
    startup.wall(command)  # the first run reads the model files into the page cache
    cold = statistics.median(startup.wall(command) for _ in range(COLD_RUNS))
    return Line(
        anchor.name,
        answerable,
        declined,
        wrongly,
        1000 * statistics.median(times),
        1000 * cold,
        f"{threshold:.3g}",
    )


def table(lines: list[Line]) -> str:
    head = (
        f"{'method':18s} {'answerable right':>16s} {'declined right':>15s} "
        f"{'wrong answers':>14s} {'latency median':>15s} {'cold start':>11s}  "
        "no-match threshold"
    )
    rows = [
        f"{x.name:18s} {x.answerable:15.1f}% {x.declined:14.1f}% {x.wrong:13.1f}% "
        f"{x.latency_ms:12.3f} ms {x.cold_ms:8.0f} ms  {x.threshold}"
        for x in lines
    ]
    return "\n".join([head, "-" * len(head), *rows])


def compare(title: str, tuning: list, held_out: list, usable: list, kb) -> None:
    """One table: magbot and every usable anchor on `held_out`, anchors tuned on `tuning`."""
    lines = [magbot_line(held_out)]
    with tempfile.TemporaryDirectory() as folder:
        docs_file = Path(folder) / "docs.json"
        docs_file.write_text(json.dumps(anchors.documents(kb)), encoding="utf-8")
        for anchor in usable:
            lines.append(anchor_line(anchor, kb, tuning, held_out, docs_file))
    answerable = sum(r.expect_status is None for r in held_out)
    print(
        f"{title}\nthe anchors' no-match thresholds tuned on {len(tuning)} rows; every method "
        f"scored on {len(held_out)}: {answerable} answerable, {len(held_out) - answerable} to "
        f"decline (off-topic and near). Cold start: median of {COLD_RUNS} runs.\n"
    )
    print(table(lines))
    print()


def single(rows: list) -> list:
    return [r for r in rows if len(r.turns) == 1 and r.category in ("core", *DECLINED)]


def main() -> None:
    from bot.authoring.evaluate import read_rows
    from bot.core.loader import load

    compileall.compile_dir(str(ROOT / "bot"), quiet=1)  # as bench/startup.py does, and why
    usable = anchors.report_missing()
    kb = load()
    tune_file, test_file = REALISTIC
    if test_file.exists():
        compare(
            f"{test_file.relative_to(ROOT)} (people's register), single questions:",
            single(read_rows(tune_file)),
            single(read_rows(test_file)),
            usable,
            kb,
        )
    tuning, held_out = split(single(read_rows(QUESTIONS)))
    compare(
        f"{QUESTIONS.relative_to(ROOT)}, single questions, odd rows by id:",
        tuning,
        held_out,
        usable,
        kb,
    )


if __name__ == "__main__":
    main()
