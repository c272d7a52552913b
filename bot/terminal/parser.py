"""The argparse parsers of the command line: their classes, and how `build_parser` sets up
the top level and each subcommand (the authoring ones come from `author.add_commands`).

Imported only when a command line needs argparse: a plain `magbot ask QUESTION` is read
without it (`cli.quick_ask`), since importing argparse costs `ask` a tenth of its start-up.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from .. import __version__
from ..core.knowledge import KnowledgeError
from .argv import nearest


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose unknown options are reported by the (sub)command they were
    given to, with that command's usage and the option they were probably meant to be, and
    whose messages (usage errors quote the arguments) are sanitised for the terminal."""

    # a function giving the {fields} of the description and epilog, for help
    fields: Callable[[], dict[str, str]] | None = None

    def format_help(self) -> str:
        if self.fields is not None and "{" in f"{self.description}{self.epilog}":
            values = self.fields()
            for key, value in values.items():
                self.description = (self.description or "").replace("{" + key + "}", value)
                self.epilog = (self.epilog or "").replace("{" + key + "}", value)
        return super().format_help()

    def _print_message(self, message: str, file=None) -> None:
        """As argparse prints, cleaned, and without its silence when the output cannot be
        written (`magbot --help > /dev/full`): `cli.main` says so in one line."""
        from .render import clean

        stream = file or sys.stderr
        if message and stream is not None:
            stream.write(clean(message))

    def suggest(self, extras: list[str]) -> str:
        """ "; did you mean --json?" for the first unknown option close to a known one."""
        known = [o for action in self._actions for o in action.option_strings if o.startswith("--")]
        for extra in extras:
            if extra.startswith("--"):
                name = extra.partition("=")[0]
                near = nearest(name, known)
                if near:
                    return f"; did you mean {near}?"
        return ""


class CommandLine(Parser):
    """The top-level parser: its subcommands and options, set by `build_parser`."""

    subparsers: dict[str, Parser]  # each subcommand's parser, by name
    commands: frozenset[str]  # the subcommands' names
    options: frozenset[str]  # the options the top level owns

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            owner = self.subparsers.get(getattr(args, "command", None) or "", self)
            owner.error(f"unrecognized arguments: {' '.join(extras)}{owner.suggest(extras)}")
        return args


# {about} and {question} are filled in from the knowledge folder, only when help is shown
DESCRIPTION = "{about}"

EPILOG = """\
examples:
  magbot                                   start a conversation
  magbot {question}
                                           a question without `ask` is asked too
  magbot ask "{question}"
  magbot ask --json "{question}"
  printf '{question}?\\nwhy?\\n' | magbot chat --json
  magbot --print-config                    the settings in use, and where each comes from

settings: $XDG_CONFIG_HOME/magbot/config.toml (default ~/.config/magbot/config.toml)
"""

EXIT_CODES = (
    "exit codes: 0 answered, unsure or small talk; 1 no match; 2 usage error; "
    "3 internal error; 130 interrupted"
)


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--kb",
        metavar="DIR",
        default=default,
        help="knowledge folder to answer from (default: $MAGBOT_KB or the shipped one)",
    )
    parser.add_argument(
        "--no-color",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="no colour (also when NO_COLOR is set or output is not a terminal)",
    )


def subcommand(
    sub, name: str, run, help: str, description: str, epilog: str, log: bool = False
) -> argparse.ArgumentParser:
    """A subcommand with the options every one takes (--kb, --no-color; --no-log if `log`)."""
    parser = sub.add_parser(
        name,
        help=help,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common(parser, suppress=True)
    if log:
        _no_log(parser, suppress=True)
    parser.set_defaults(run=run)
    return parser


COMMANDS = ("ask", "chat", "eval", "check", "ingest", "misses")


def build_parser(only: str | None = None) -> CommandLine:
    """The command line; with `only`, just that subcommand."""
    return with_subcommands(top_parser(), only)


def top_parser() -> CommandLine:
    """The top level's options, no subcommand yet (`options`: the ones it owns)."""
    from .parser import CommandLine

    parser = CommandLine(
        prog="magbot",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-V", "--version", action="version", version=f"magbot {__version__}")
    parser.add_argument(
        "--print-config",
        action="store_true",
        help="show the settings in use and where each comes from, then exit",
    )
    _common(parser, suppress=False)
    _no_log(parser, suppress=False)
    _no_pager(parser, suppress=False)
    parser.options = frozenset(parser._option_string_actions)  # what the top level owns
    return parser


def with_subcommands(parser: CommandLine, only: str | None = None) -> CommandLine:
    """`parser` with every subcommand, or with `only` that one: argparse builds each
    subcommand's parser eagerly, and `ask` should not pay for the others at start-up."""
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    if only in (None, "ask"):
        _add_ask(sub)
    if only in (None, "chat"):
        _add_chat(sub)
    if only not in ("ask", "chat"):
        from .author import add_commands  # eval, check, ingest, misses

        add_commands(sub, only)
    parser.subparsers = dict(sub.choices)
    parser.commands = frozenset(COMMANDS)
    return parser


def _add_ask(sub) -> None:
    from .cli import cmd_ask

    ask = subcommand(
        sub,
        "ask",
        cmd_ask,
        help="answer one question and exit",
        description=f"Answer one question and exit.\n{EXIT_CODES}.",
        epilog='examples:\n  magbot ask --json "{question}"\n'
        "  magbot {question}     (the same, without `ask`)",
        log=True,
    )
    ask.add_argument("question", nargs="+", metavar="QUESTION", help="the question, in any words")
    ask.add_argument("--json", action="store_true", help="print one JSON object")


def _add_chat(sub) -> None:
    from .cli import cmd_chat

    chat = subcommand(
        sub,
        "chat",
        cmd_chat,
        help="hold a conversation (the default)",
        description="Hold a conversation: a prompt on a terminal, "
        "one message per line from a pipe.",
        epilog="example:\n  printf '{question}?\\nwhy?\\n' | magbot chat --json",
        log=True,
    )
    chat.add_argument("--json", action="store_true", help="from a pipe: one JSON object per line")
    _no_pager(chat, suppress=True)


def _command_of(argv: list[str]) -> str | None:
    """The subcommand a completed command line runs, or None when it asks for the top
    level's help (or names none): then every subcommand is built."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help"):
            return None
        elif arg == "--kb":
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def help_fields(argv: list[str]):
    """What --help says of the knowledge folder `argv` names: {about} (its name, article and
    disclaimer) and {question} (its first question, as one would type it)."""

    def fields() -> dict[str, str]:
        folder = None
        for i, arg in enumerate(argv):
            if arg == "--kb" and i + 1 < len(argv):
                folder = argv[i + 1]
            elif arg.startswith("--kb="):
                folder = arg.partition("=")[2]
        try:
            from .cli import load_matcher_of

            kb = load_matcher_of(folder).kb
        except (KnowledgeError, OSError):
            return {"about": "Answers questions from a knowledge folder.", "question": "QUESTION"}
        settings = kb.settings
        about = f'{settings.name} answers questions about "{kb.article.title}".'
        question = kb.entries[0].question.rstrip("?.! ").lower() if kb.entries else "QUESTION"
        question = "".join(c for c in question if c not in "'\"%\\$`")  # safe in the shell
        return {"about": f"{about} {settings.disclaimer}".strip(), "question": question}

    return fields


def _no_log(parser: argparse.ArgumentParser, suppress: bool) -> None:
    parser.add_argument(
        "--no-log",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="write nothing: no unanswered questions, no chat history (also MAGBOT_NO_LOG=1)",
    )
    parser.add_argument(
        "--log",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="keep unanswered questions for `magbot misses` (also MAGBOT_LOG=1; "
        "the default with --kb or MAGBOT_KB)",
    )


def _no_pager(parser: argparse.ArgumentParser, suppress: bool) -> None:
    parser.add_argument(
        "--no-pager",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print long output in the chat instead of paging it",
    )
