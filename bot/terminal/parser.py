"""The argparse parsers of the command line (`cli.build_parser` sets them up).

Imported only when a command line needs argparse: a plain `magbot ask QUESTION` is read
without it (`cli.quick_ask`), since importing argparse costs `ask` a tenth of its start-up.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

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
        from .render import clean

        super()._print_message(clean(message) if message else message, file)

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
    """The top-level parser: its subcommands and options, set by `cli.build_parser`."""

    subparsers: dict[str, Parser]  # each subcommand's parser, by name
    commands: frozenset[str]  # the subcommands' names
    options: frozenset[str]  # the options the top level owns

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            owner = self.subparsers.get(getattr(args, "command", None) or "", self)
            owner.error(f"unrecognized arguments: {' '.join(extras)}{owner.suggest(extras)}")
        return args
