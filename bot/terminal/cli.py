"""The `magbot` command: parse arguments, call the core, render, return an exit code.

Exit codes: 0 answered, unsure or small talk; 1 no match; 2 usage error, unusable
knowledge base or output that cannot be written; 3 internal error (logged to the state
folder); 130 interrupted.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from ..core.knowledge import KnowledgeError
from .argv import UsageError, complete, from_argv
from .logs import log_error

if TYPE_CHECKING:  # argparse is imported only when a command line needs it (see quick_ask)
    import argparse

EXIT_OK, EXIT_NO_MATCH, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_BROKEN_PIPE = 141


def _matcher(args: argparse.Namespace):
    """The matcher for the chosen knowledge folder (compiled once, then cached)."""
    return load_matcher_of(args.kb)


def load_matcher_of(folder: str | None):
    from ..core.cache import load_matcher

    return load_matcher(folder)


def use_color(args: argparse.Namespace, stream) -> bool:
    """Colour only on a terminal, and never when asked not to (--no-color, NO_COLOR,
    TERM=dumb, `color = false` in the settings file)."""
    if getattr(args, "no_color", False) or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    if not getattr(stream, "isatty", lambda: False)():
        return False
    from .config import load  # only now: piped output never reads the settings

    return bool(load()["color"])


def _palette(color: bool) -> dict[str, str]:
    from . import render
    from .config import load

    return render.THEMES.get(load()["theme"], render.PALETTE) if color else render.PALETTE


def _width(stream) -> int | None:
    if not getattr(stream, "isatty", lambda: False)():
        return None
    import shutil

    return min(shutil.get_terminal_size((80, 24)).columns, 100) - 2


def emit_reply(reply, args: argparse.Namespace, pieces) -> None:
    """Print `reply` as one JSON line, or its `pieces` as text (coloured on a terminal)."""
    from . import render

    if args.json:
        print(render.json_line(reply.to_dict()))
    else:
        color = use_color(args, sys.stdout)
        text = render.ansi(pieces, _palette(color)) if color else render.join(pieces)
        print(text, end="" if text.endswith("\n") else "\n")
    sys.stdout.flush()


def cmd_ask(args: argparse.Namespace) -> int:
    from ..core.conversation import Conversation
    from ..core.matcher import NO_MATCH

    question = from_argv(" ".join(args.question)).strip()
    if not question:
        raise UsageError("ask: the question is empty")
    matcher = _matcher(args)
    reply = Conversation(matcher.kb, matcher).respond(question)
    _miss_logger(args, matcher)(reply)
    pieces = None
    if not args.json:
        from .render import fragments

        pieces = fragments(reply, _width(sys.stdout), matcher.kb.article.title)
    emit_reply(reply, args, pieces)
    return EXIT_NO_MATCH if reply.status == NO_MATCH else EXIT_OK


def cmd_chat(args: argparse.Namespace) -> int:
    matcher = _matcher(args)
    if sys.stdin.isatty() and sys.stdout.isatty() and not args.json:
        from ..authoring import misses
        from .repl import run_repl

        history = not misses.silenced(getattr(args, "no_log", False))
        return run_repl(
            matcher.kb,
            color=use_color(args, sys.stdout),
            matcher=matcher,
            on_reply=_miss_logger(args, matcher),
            prefs=_preferences(args),
            keep_history=history,
            notice=misses.notice(_keeps_misses(args), history),
        )
    return _chat_lines(matcher, args)


def _preferences(args: argparse.Namespace):
    """The chat's settings: the settings file, with options and environment on top."""
    from . import pager
    from .config import effective, load
    from .repl import Preferences

    settings = effective(load(), no_pager=getattr(args, "no_pager", False))
    return Preferences(
        theme=settings["theme"].value,
        vi=settings["keys"].value == "vi",
        pager=pager.command(settings["pager"].value),
        history_size=settings["history_size"].value,
    )


def print_config(args: argparse.Namespace) -> int:
    """`magbot --print-config`."""
    from .config import describe, effective, load

    config = load()
    settings = effective(config, no_color=args.no_color, no_pager=args.no_pager, no_log=args.no_log)
    print(describe(config, settings), end="")
    return EXIT_OK


def _chat_lines(matcher, args: argparse.Namespace) -> int:
    """Piped chat: one message per line, one reply each, in one conversation.

    Slash commands work as in the REPL (`/quit`, or a goodbye typed alone, ends); with --json
    a command prints
    `{"command": ..., "output": ...}`.
    """
    from ..core.conversation import Conversation
    from . import render
    from .chat import turn
    from .commands import Session

    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="replace")
    session = Session(Conversation(matcher.kb, matcher), _width(sys.stdout))
    note_miss = _miss_logger(args, matcher)
    first = True
    for line in bounded_lines(sys.stdin):
        text = line.strip()
        if not text:
            continue
        try:
            done = turn(session, text, note_miss)
        except EOFError:  # /quit, or a goodbye typed alone
            break
        if not args.json and not first:
            print()
        first = False
        if done.reply is not None:
            emit_reply(done.reply, args, done.pieces)
            continue
        output = render.join(done.pieces)
        if args.json:
            print(render.json_line({"command": text, "output": output}))
        else:
            print(output, end="" if output.endswith("\n") else "\n")
        sys.stdout.flush()
    return EXIT_OK


# -- keeping the questions that got no answer (see `magbot misses`) ---------------------


def _keeps_misses(args: argparse.Namespace) -> bool:
    """Opt-in for whoever asks the shipped article, opt-out for an author naming a folder."""
    from ..authoring import misses

    author = bool(getattr(args, "kb", None) or os.environ.get("MAGBOT_KB"))
    return misses.keep_misses(getattr(args, "no_log", False), getattr(args, "log", False), author)


def _miss_logger(args: argparse.Namespace, matcher):
    """What to call with each reply: keep it for `magbot misses` if it is a question missed
    and misses are kept (the settings' `log_misses` if set, else authors only)."""
    kb = matcher.kb

    def note(reply) -> None:
        if reply.status not in ("no_match", "unsure"):  # an answer: nothing to import or read
            return
        from ..authoring import misses

        if (
            misses.silenced(getattr(args, "no_log", False))
            or not misses.is_miss(reply, kb)
            or not _a_question(reply.query, matcher)
        ):
            return
        from .config import load  # only for a miss: an answered `ask` never reads it

        setting = load()["log_misses"]
        if setting is True or setting not in (True, False) and _keeps_misses(args):
            misses.record(reply, kb)

    return note


MAX_LINE_CHARS = 64 * 1024  # of a piped line; only the first MAX_QUERY_CHARS are read anyway


def bounded_lines(stream, limit: int = MAX_LINE_CHARS):
    """The lines of `stream`, each cut to `limit` characters: a gigabyte without a newline
    is read in pieces and thrown away, never held."""
    while line := stream.readline(limit):
        if not line.endswith("\n"):
            while (rest := stream.readline(limit)) and not rest.endswith("\n"):
                pass
        yield line


def _a_question(text: str, matcher) -> bool:
    """Is `text` a question the knowledge could lack? Not an option or command ("--json",
    "/help"), a number ("2") or a lone follow-up ("why?", "tell me more")."""
    from ..core.text import normalise

    text = text.strip()
    if not text or text[0] in "-/" or text.rstrip(".)").isdigit():
        return False
    cues = matcher.kb.cues
    norm = normalise(text)
    if norm in cues.more | cues.lean | cues.affirm | cues.explain:
        return False
    query = matcher.analyse(text)
    return bool(query.stems or query.filler or query.unknown)


_QUICK_FLAGS = {"--json": "json", "--no-log": "no_log", "--log": "log", "--no-color": "no_color"}


def quick_ask(argv: list[str]):
    """`magbot ask` with its words together and only its plain flags, read without argparse
    (importing it costs `ask` a tenth of its start-up): the namespace argparse would give,
    or None for any other command line, which argparse reads."""
    if not argv or argv[0] != "ask":
        return None
    values: dict[str, object] = {"json": False, "no_log": False, "log": False, "no_color": False}
    values["kb"] = None
    words: list[str] = []
    i, ended = 1, False  # ended: an option came after the words
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            if ended:
                return None
            words += argv[i + 1 :]
            break
        if arg in _QUICK_FLAGS:
            values[_QUICK_FLAGS[arg]] = True
            ended = bool(words)
        elif arg == "--kb" and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            values["kb"] = argv[i + 1]
            ended = bool(words)
            i += 1
        elif arg.startswith("-") or ended:
            return None
        else:
            words.append(arg)
        i += 1
    if not words:
        return None
    from types import SimpleNamespace

    return SimpleNamespace(
        command="ask", run=cmd_ask, question=words, no_pager=False, print_config=False, **values
    )


def main(argv: list[str] | None = None) -> int:
    """Run magbot with `argv` (default: the process's arguments); return the exit code."""
    if sys.stdout is None:  # started with `>&-`
        _complain("standard output is closed")
        return EXIT_USAGE
    _tolerant_output()
    try:
        argv = list(sys.argv[1:] if argv is None else argv)
        quick = quick_ask(argv)
        if quick is not None:
            return cmd_ask(quick)
        from .parser import COMMANDS, _command_of, help_fields, top_parser, with_subcommands

        parser = top_parser()
        argv = complete(argv, COMMANDS, parser.options)
        with_subcommands(parser, only=_command_of(argv))
        fields = help_fields(argv)
        for each in (parser, *parser.subparsers.values()):
            each.fields = fields
        args = parser.parse_args(argv)
        if args.command != "ask":
            gc.enable()  # off while magbot starts (launch.py); on for what runs on
        if args.print_config:
            return print_config(args)
        return args.run(args)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code if isinstance(exc.code, int) else EXIT_USAGE
        try:
            sys.stdout.flush()  # the help must reach the output, or be said not to
        except OSError as error:
            return _unwritable(error)
        return code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except (KnowledgeError, UsageError) as exc:
        _complain(str(exc))
        return EXIT_USAGE
    except OSError as exc:
        return _unwritable(exc)
    except Exception:  # noqa: BLE001 - the user never sees a traceback
        return _internal_error()


def _internal_error() -> int:
    import traceback

    where = log_error(traceback.format_exc())
    _complain("internal error" + (f"; details in {where}" if where else ""), prefix="magbot: ")
    return EXIT_INTERNAL


def _complain(message: str, prefix: str = "magbot: error: ") -> None:
    """One line on stderr, sanitised (paths and messages may hold escapes); never raises."""
    from .render import clean

    try:
        if sys.stderr is not None:
            print(prefix + clean(message), file=sys.stderr)
    except (OSError, ValueError):
        pass


def _unwritable(exc: OSError) -> int:
    """The exit code, and one line on stderr, when the output cannot be written (/dev/full,
    closed, gone); any other OSError is an internal error."""
    import errno

    if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EBADF):
        return _internal_error()
    _quiet_stdout()
    _complain(f"cannot write the output: {exc.strerror or exc}")
    return EXIT_USAGE


def _tolerant_output() -> None:
    """Text the terminal's encoding cannot show (a curly quote under ISO-8859-1) degrades to
    a replacement instead of raising UnicodeEncodeError."""
    import contextlib

    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="replace")


def _quiet_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the exit flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
