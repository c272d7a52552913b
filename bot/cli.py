"""The `magbot` command: parse arguments, call the core, render, return an exit code.

Exit codes: 0 answered, unsure or small talk; 1 no match; 2 usage error or unusable
knowledge base; 3 internal error (logged to the state folder); 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from .knowledge import KnowledgeBase, KnowledgeError
from .paths import log_error

EXIT_OK, EXIT_NO_MATCH, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_BROKEN_PIPE = 141

DISCLAIMER = ("magbot answers from one article, \"Can Magnesium Cause Back Pain?\". "
              "It is information, not medical advice or a diagnosis.")

EPILOG = f"""\
examples:
  magbot                                   start a conversation
  magbot ask "can magnesium cause back pain"
  magbot ask --json "why does oxide upset my stomach"
  printf 'does magnesium cause back pain?\\nwhy?\\n' | magbot chat --json

{DISCLAIMER}
"""


class UsageError(Exception):
    """A command line that cannot be carried out; the message is shown as is."""


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--kb", metavar="DIR", default=default,
                        help="knowledge folder to answer from "
                             "(default: $MAGBOT_KB or the shipped one)")
    parser.add_argument("--no-color", action="store_true",
                        default=argparse.SUPPRESS if suppress else False,
                        help="no colour (also when NO_COLOR is set or output is not a terminal)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="magbot", description=f"Answers questions about magnesium and back pain. {DISCLAIMER}",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"magbot {__version__}")
    _common(parser, suppress=False)
    _no_log(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = sub.add_parser(
        "ask", help="answer one question and exit",
        description="Answer one question and exit (0 answered, 1 no match, 2 usage error).",
        epilog='example:\n  magbot ask --json "is magnesium oxide well absorbed"',
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ask.add_argument("question", nargs="+", metavar="QUESTION", help="the question, in any words")
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    _common(ask, suppress=True)
    _no_log(ask, suppress=True)
    ask.set_defaults(run=cmd_ask)

    chat = sub.add_parser(
        "chat", help="hold a conversation (the default)",
        description="Hold a conversation: a prompt on a terminal, "
                    "one message per line from a pipe.",
        epilog="example:\n  printf 'can magnesium cause back pain?\\nwhy?\\n' | magbot chat --json",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    chat.add_argument("--json", action="store_true", help="from a pipe: one JSON object per line")
    _common(chat, suppress=True)
    _no_log(chat, suppress=True)
    chat.set_defaults(run=cmd_chat)

    evaluate = sub.add_parser(
        "eval", help="answer a file of test questions and report the accuracy",
        description="Answer every row of a question file (JSON Lines, see tests/eval/README.md)\n"
                    "as ask and chat would; report per-category accuracy, each miss and the\n"
                    "confidence of right and wrong answers, to see where to set the threshold.\n"
                    "Exit 0, or 1 when a --min floor is not met, 2 on a bad file.",
        epilog="example:\n  magbot eval tests/eval/questions.jsonl --min core=90 --min near=80",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    evaluate.add_argument("file", metavar="FILE.jsonl", help="the questions")
    evaluate.add_argument("--json", action="store_true", help="print one JSON report object")
    evaluate.add_argument("--min", action="append", type=_floor, default=[],
                          metavar="CATEGORY=PCT",
                          help="exit 1 unless CATEGORY (or overall) reaches PCT%% (repeatable)")
    _common(evaluate, suppress=True)
    evaluate.set_defaults(run=cmd_eval)
    _authoring_commands(sub)
    parser.commands = frozenset(sub.choices)
    return parser


def _matcher(args: argparse.Namespace):
    """The matcher for the chosen knowledge folder (compiled once, then cached)."""
    from .cache import load_matcher

    return load_matcher(args.kb)


def use_color(args: argparse.Namespace, stream) -> bool:
    """Colour only on a terminal, and never when asked not to (--no-color, NO_COLOR, TERM=dumb)."""
    if getattr(args, "no_color", False) or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def _width(stream) -> int | None:
    if not getattr(stream, "isatty", lambda: False)():
        return None
    import shutil

    return min(shutil.get_terminal_size((80, 24)).columns, 100) - 2


def emit_reply(reply, args: argparse.Namespace, kb: KnowledgeBase) -> None:
    from . import render

    if args.json:
        print(render.json_line(reply.to_dict()))
    else:
        pieces = render.fragments(reply, _width(sys.stdout), kb.article.title)
        text = render.ansi(pieces) if use_color(args, sys.stdout) else render.join(pieces)
        print(text, end="" if text.endswith("\n") else "\n")
    sys.stdout.flush()


def cmd_ask(args: argparse.Namespace) -> int:
    from .conversation import Conversation
    from .matcher import NO_MATCH

    question = _from_argv(" ".join(args.question)).strip()
    if not question:
        raise UsageError("ask: the question is empty")
    matcher = _matcher(args)
    reply = Conversation(matcher.kb, matcher).respond(question)
    _miss_logger(args, matcher.kb)(reply)
    emit_reply(reply, args, matcher.kb)
    return EXIT_NO_MATCH if reply.status == NO_MATCH else EXIT_OK


def cmd_chat(args: argparse.Namespace) -> int:
    matcher = _matcher(args)
    if sys.stdin.isatty() and sys.stdout.isatty() and not args.json:
        from .repl import run

        return run(matcher.kb, color=use_color(args, sys.stdout), matcher=matcher,
                   on_reply=_miss_logger(args, matcher.kb))
    return _chat_lines(matcher, args)


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
    from . import evalreport
    from .evaluate import EvalFileError, read_rows, run

    try:
        rows = read_rows(args.file)
    except EvalFileError as exc:
        raise UsageError(str(exc)) from None
    matcher = _matcher(args)
    report = run(matcher.kb, rows, matcher)
    minimums = dict(args.min)
    floors = report.floors(minimums)
    threshold = matcher.kb.settings.answer_threshold
    if args.json:
        import json

        data = {"file": args.file, "answer_threshold": threshold, **report.to_dict(minimums)}
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(evalreport.render(report, threshold, floors), end="")
    short = evalreport.shortfall(floors)
    if short:
        print(f"magbot: eval: below the floor: {short}", file=sys.stderr)
    return EXIT_BELOW_FLOOR if short else EXIT_OK


def _chat_lines(matcher, args: argparse.Namespace) -> int:
    """Piped chat: one message per line, one reply each, in one conversation.

    Slash commands work as in the REPL (`/quit` ends); with --json a command prints
    `{"command": ..., "output": ...}`.
    """
    from . import commands, render
    from .conversation import Conversation

    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="replace")
    kb = matcher.kb
    session = commands.Session(Conversation(kb, matcher))
    note_miss = _miss_logger(args, kb)
    first = True
    for line in sys.stdin:
        text = line.strip()
        if not text:
            continue
        if not args.json and not first:
            print()
        first = False
        if commands.is_command(text):
            try:
                output = render.join(commands.run(session, text))
            except EOFError:
                break
            if args.json:
                print(render.json_line({"command": text, "output": output}))
            else:
                print(output, end="" if output.endswith("\n") else "\n")
            sys.stdout.flush()
            continue
        session.asked.append(text)
        reply = session.conversation.respond(text)
        note_miss(reply)
        emit_reply(reply, args, kb)
    return EXIT_OK


# -- logging misses, and the authoring commands: check, ingest, misses ------------------


def _no_log(parser: argparse.ArgumentParser, suppress: bool) -> None:
    parser.add_argument("--no-log", action="store_true",
                        default=argparse.SUPPRESS if suppress else False,
                        help="keep no record of unanswered questions (also MAGBOT_NO_LOG=1)")


def _miss_logger(args: argparse.Namespace, kb: KnowledgeBase):
    """What to call with each reply: keep it for `magbot misses` if it is a miss."""
    from . import misses

    if not misses.wanted(getattr(args, "no_log", False)):
        return lambda reply: None
    return lambda reply: misses.record(reply, kb)


def _from_argv(text: str) -> str:
    """An argument whose bytes that are not UTF-8 (kept by Python as surrogates) become U+FFFD."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def _authoring_commands(sub) -> None:
    check = sub.add_parser(
        "check", help="list every problem of a knowledge folder",
        description="List every problem of a knowledge folder as `file:line: error|warning: "
                    "message`,\nthen a summary. Exit 2 if there is an error, else 0.",
        epilog="examples:\n  magbot check\n  magbot check --kb my-kb --eval questions.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("--eval", metavar="FILE.jsonl",
                       help="warn about entries no question of FILE reaches (default: the "
                            "project's tests/eval/questions.jsonl, when there is one)")
    _common(check, suppress=True)
    check.set_defaults(run=cmd_check)

    ingest = sub.add_parser(
        "ingest", help="draft a knowledge folder from an article",
        description="Draft a knowledge folder from a plain-text or Markdown article with "
                    "headings:\none entry per paragraph, to review and edit. The stopwords "
                    "and cues come from\nthe --kb folder (default: the shipped one).",
        epilog="example:\n  magbot ingest bread.md -o bread-kb && magbot check --kb bread-kb",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ingest.add_argument("article", metavar="ARTICLE", help="the article (UTF-8 text or Markdown)")
    ingest.add_argument("-o", "--output", metavar="DIR",
                        help="the new folder (default: ARTICLE's name with -kb); must be empty")
    _common(ingest, suppress=True)
    ingest.set_defaults(run=cmd_ingest)

    misses = sub.add_parser(
        "misses", help="list the questions that got no answer",
        description="List the questions asked of this knowledge folder that got no answer or "
                    "an unsure\none, most frequent first, each with the closest entry now.",
        epilog="example:\n  magbot misses --json",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    misses.add_argument("--json", action="store_true", help="one JSON object per question")
    _common(misses, suppress=True)
    misses.set_defaults(run=cmd_misses)


def cmd_check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from . import check
    from .evaluate import EvalFileError, read_rows
    from .knowledge import default_dir
    from .render import clean

    root = Path(args.kb) if args.kb else default_dir()
    questions = Path(args.eval) if args.eval else check.project_eval_file(root)
    rows = None
    if questions is not None:
        try:
            rows = read_rows(questions)
        except EvalFileError as exc:
            raise UsageError(str(exc)) from None
    outcome = check.check(root, rows, questions.name if questions else "")
    for problem in outcome.problems:
        print(clean(str(problem)))
    if questions is None:
        print(f"note: entries no question reaches are not looked for: no {check.EVAL_FILE} "
              "beside the knowledge folder (give one with --eval FILE)")
    elif outcome.kb is not None:
        print(f"note: entries no question reaches were looked for with {len(rows)} questions "
              f"of {questions}")
    print(f"{outcome.summary()} in {root}")
    return EXIT_USAGE if outcome.errors else EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from pathlib import Path

    from . import ingest
    from .knowledge import default_dir

    source = Path(args.article)
    out = Path(args.output) if args.output else Path(f"{source.stem}-kb")
    try:
        text = source.read_text(encoding="utf-8")
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise UsageError(f"ingest: {out} is not an empty folder; choose another with -o DIR")
        files = ingest.draft(text, ingest.seed_from(Path(args.kb) if args.kb else default_dir()))
        for name, body in files.items():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            (out / name).write_text(body, encoding="utf-8")
    except ingest.IngestError as exc:
        raise UsageError(f"ingest: {source}: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"ingest: {exc}") from None
    entries = sum(body.count("[[entry]]\n") for body in files.values())
    print(f"Drafted {entries} entries from {source} into {out}.\n"
          f"Review them, then: magbot check --kb {out}")
    return EXIT_OK


def cmd_misses(args: argparse.Namespace) -> int:
    from . import misses, render

    matcher = _matcher(args)
    found = misses.summarise(misses.read(), matcher)
    if args.json:
        for miss in found:
            print(render.json_line(miss.to_dict()))
    else:
        print(misses.describe(found, matcher.kb.root), end="")
    return EXIT_OK


_TAKES_VALUE = ("--kb",)


def _argv(argv: list[str] | None, commands) -> list[str]:
    """`magbot` alone is `magbot chat`; `magbot can magnesium ...` is `magbot ask can ...`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    position, skip = None, False
    for i, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--":
            position = i + 1 if i + 1 < len(argv) else None
            break
        elif arg in _TAKES_VALUE:
            skip = True
        elif not arg.startswith("-"):
            position = i
            break
    if position is None:
        if any(a in ("-h", "--help", "--version") for a in argv):
            return argv
        return argv + ["chat"]
    if argv[position] in commands:
        return argv
    # a question, not a typo of a command
    return argv[:position] + ["ask"] + argv[position:]


def main(argv: list[str] | None = None) -> int:
    """Run magbot with `argv` (default: the process's arguments); return the exit code."""
    try:
        parser = build_parser()
        args = parser.parse_args(_argv(argv, parser.commands))
        return args.run(args)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except (KnowledgeError, UsageError) as exc:
        print(f"magbot: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception:  # noqa: BLE001 - the user never sees a traceback
        import traceback

        where = log_error(traceback.format_exc())
        detail = f"; details in {where}" if where else ""
        print(f"magbot: internal error{detail}", file=sys.stderr)
        return EXIT_INTERNAL


def _quiet_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the exit flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
