"""The commands for whoever keeps the knowledge: eval, check, ingest, misses.

Like bot/cli.py, an edge: parse, call the core (evaluate, check, ingest, misses), print,
return an exit code.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from .cli import EXIT_OK, EXIT_USAGE, UsageError, _matcher
from .parser import subcommand

EXIT_BELOW_FLOOR = 1  # magbot eval: a --min floor is not met


def _floor(text: str) -> tuple[str, float]:
    """`--min CATEGORY=PCT`."""
    category, _, number = text.partition("=")
    try:
        percent = float(number)
    except ValueError:
        percent = -1.0
    if not category.strip() or not 0 <= percent <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is not CATEGORY=PCT with PCT from 0 to 100")
    return category.strip(), percent


def cmd_eval(args: argparse.Namespace) -> int:
    from ..authoring import evalreport
    from ..authoring.evaluate import EvalFileError, evaluate_rows, read_rows
    from .render import clean, json_line

    try:
        rows = read_rows(args.file)
    except EvalFileError as exc:
        raise UsageError(str(exc)) from None
    matcher = _matcher(args)
    report = evaluate_rows(matcher.kb, rows, matcher)
    minimums = dict(args.min)
    floors = report.floors(minimums)
    threshold = matcher.kb.settings.answer_threshold
    if args.json:
        data = {"file": args.file, "answer_threshold": threshold, **report.to_dict(minimums)}
        print(json_line(data))
    else:  # the turns, ids and categories come from the question file: cleaned
        print(clean(evalreport.render(report, threshold, floors)), end="")
    short = evalreport.shortfall(floors)
    if short:
        print(clean(f"magbot: eval: below the floor: {short}"), file=sys.stderr)
    return EXIT_BELOW_FLOOR if short else EXIT_OK


def add_commands(sub, only: str | None = None) -> None:
    """Add the subcommands for knowledge authors to `sub` (with `only`, that one alone)."""
    if only in (None, "eval"):
        _add_eval(sub)
    if only in (None, "check"):
        _add_check(sub)
    if only in (None, "ingest"):
        _add_ingest(sub)
    if only in (None, "misses"):
        _add_misses(sub)


def _add_eval(sub) -> None:
    evaluate = subcommand(
        sub,
        "eval",
        cmd_eval,
        help="answer a file of test questions and report the accuracy",
        description="Answer every row of a question file (JSON Lines, see tests/eval/README.md)\n"
        "as ask and chat would; report per-category accuracy, each miss and the\n"
        "confidence of right and wrong answers, to see where to set the threshold.\n"
        "Exit 0, or 1 when a --min floor is not met, 2 on a bad file.",
        epilog="example:\n  magbot eval tests/eval/questions.jsonl --min core=85 --min near=90",
    )
    evaluate.add_argument("file", metavar="FILE.jsonl", help="the questions")
    evaluate.add_argument("--json", action="store_true", help="print one JSON report object")
    evaluate.add_argument(
        "--min",
        action="append",
        type=_floor,
        default=[],
        metavar="CATEGORY=PCT",
        help="exit 1 unless CATEGORY (or overall) reaches PCT%% (repeatable)",
    )


def _add_check(sub) -> None:
    check = subcommand(
        sub,
        "check",
        cmd_check,
        help="list every problem of a knowledge folder",
        description="List every problem of a knowledge folder as `file:line: error|warning: "
        "message`,\nthen a summary. Exit 2 if there is an error, else 0.",
        epilog="examples:\n  magbot check\n  magbot check --kb my-kb --eval questions.jsonl",
    )
    check.add_argument(
        "--eval",
        metavar="FILE.jsonl",
        help="warn about entries no question of FILE reaches (default: the "
        "project's tests/eval/questions.jsonl, when there is one)",
    )


def _add_ingest(sub) -> None:
    ingest = subcommand(
        sub,
        "ingest",
        cmd_ingest,
        help="draft a knowledge folder from an article",
        description="Draft a knowledge folder from an article in Markdown, HTML or plain "
        "text:\nentries split by meaning, with drafted questions, to review and "
        "edit. The stopwords,\ncues and (for a health article) red flags come "
        "from the --kb folder (default: the\nshipped one).",
        epilog="example:\n  magbot ingest bread.md -o bread-kb && magbot check --kb bread-kb",
    )
    ingest.add_argument(
        "article", metavar="ARTICLE", help="the article: .md, .html or .txt (UTF-8)"
    )
    ingest.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help="the new folder (default: ARTICLE's name with -kb); must be empty",
    )


def _add_misses(sub) -> None:
    misses = subcommand(
        sub,
        "misses",
        cmd_misses,
        help="list the questions that got no answer",
        description="List the questions asked of this knowledge folder that got no answer or "
        "an unsure\none, most frequent first, each with the closest entry now.",
        epilog="examples:\n  magbot misses --json\n  magbot misses --clear",
    )
    misses.add_argument("--json", action="store_true", help="one JSON object per question")
    misses.add_argument(
        "--clear",
        action="store_true",
        help="forget every recorded question (asks first on a terminal)",
    )


def cmd_check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..authoring import check
    from ..authoring.evaluate import EvalFileError, read_rows
    from ..core.loader import default_dir
    from .render import clean

    root = Path(args.kb) if args.kb else default_dir()
    questions = Path(args.eval) if args.eval else check.project_eval_file(root)
    rows = None
    if questions is not None:
        try:
            rows = read_rows(questions)
        except EvalFileError as exc:
            raise UsageError(str(exc)) from None
    progress = _Progress(sys.stderr) if _interactive(sys.stderr) else None
    try:
        outcome = check.check_knowledge(
            root, rows, questions.name if questions else "", progress=progress
        )
    finally:
        if progress is not None:
            progress.clear()
    for problem in outcome.problems:
        print(clean(str(problem)))
    if rows is None:  # no questions file
        print(
            f"note: entries no question reaches are not looked for: no {check.EVAL_FILE} "
            "beside the knowledge folder (give one with --eval FILE)"
        )
    elif outcome.kb is not None:
        print(
            clean(
                f"note: entries no question reaches were looked for with {len(rows)} "
                f"questions of {questions}"
            )
        )
    print(clean(f"{outcome.summary()} in {root}"))
    return EXIT_USAGE if outcome.errors else EXIT_OK


class _Progress:
    """One line on a terminal's stderr, rewritten in place while a large folder's
    alternates are ranked (seconds, for thousands of entries), and cleared after: nothing
    of it reaches a pipe or a file."""

    EVERY_S = 0.2

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.shown = False
        self.last = 0.0
        self.width = 0

    def __call__(self, done: int, size: int) -> None:
        import time

        now = time.monotonic()
        if done < size and now - self.last < self.EVERY_S:
            return
        self.last = now
        line = f"checking the alternates of {done:,} of {size:,} entries"
        self.width = max(self.width, len(line))
        self.shown = True
        self._write("\r" + line.ljust(self.width))  # spaces, not an escape: any terminal

    def clear(self) -> None:
        if self.shown:
            self._write("\r" + " " * self.width + "\r")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # a closed or failing terminal: the check goes on
            self.shown = False


def _interactive(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def cmd_ingest(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..authoring import ingest
    from ..core.loader import default_dir
    from .render import clean

    source = Path(args.article)
    out = Path(args.output) if args.output else Path(f"{source.stem}-kb")
    try:
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise UsageError(f"ingest: {out} is not an empty folder; choose another with -o DIR")
        document = ingest.read(source)
        files = ingest.draft(
            document, ingest.seed_from(Path(args.kb) if args.kb else default_dir())
        )
        for name, body in files.items():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            (out / name).write_text(body, encoding="utf-8")
    except ingest.IngestError as exc:
        raise UsageError(f"ingest: {source}: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"ingest: {exc}") from None
    entries = sum(body.count("[[entry]]\n") for body in files.values())
    print(
        clean(
            f"Drafted {entries} entries from {source} into {out}.\n"
            f"Review them, then: magbot check --kb {out}"
        )
    )
    return EXIT_OK


def cmd_misses(args: argparse.Namespace) -> int:
    from ..authoring import misses
    from . import render

    if args.clear:
        return _clear_misses()
    matcher = _matcher(args)
    found = misses.summarise(misses.read(), matcher)
    if args.json:
        for miss in found:
            print(render.json_line(miss.to_dict()))
    else:
        print(misses.describe(found, matcher.kb.root), end="")
    return EXIT_OK


def _clear_misses() -> int:
    """`magbot misses --clear`: forget every recorded question, after a yes on a terminal."""
    from ..authoring import misses

    count = len(misses.read())
    if sys.stdin.isatty() and sys.stdout.isatty() and count:
        try:
            answer = input(f"Forget all {count} recorded questions? [y/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing cleared.")
            return EXIT_OK
    if misses.clear():
        print(f"Forgot {count} recorded question{'' if count == 1 else 's'}.")
    else:
        print("No missed questions recorded; nothing to clear.")
    return EXIT_OK
