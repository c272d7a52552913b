"""Reading the command line: which subcommand, a question without `ask`, and typos.

`magbot` alone is `magbot chat`; `magbot can magnesium ...` is `magbot ask can ...`; a
single word within two edits of a command (`magbot chekc`) is a usage error suggesting it,
and an unknown option is reported by the command it was given to, with the option it was
probably meant to be.
"""

from __future__ import annotations

import sys


class UsageError(Exception):
    """A command line that cannot be carried out; the message is shown as is."""


def nearest(word: str, choices, most: int = 2) -> str | None:
    """The choice within `most` edits of `word` (fewer for short ones), if there is one."""
    from rapidfuzz.distance import OSA

    best, distance = None, most + 1
    for choice in choices:
        allowed = min(most, 1 if len(choice.lstrip("-")) <= 4 else most)
        d = OSA.distance(word.lower(), choice, score_cutoff=allowed)
        if d <= allowed and d < distance:
            best, distance = choice, d
    return best


def from_argv(text: str) -> str:
    """An argument whose bytes that are not UTF-8 (kept by Python as surrogates) become U+FFFD."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


_TAKES_VALUE = ("--kb",)


def complete(argv: list[str] | None, commands, owned=frozenset()) -> list[str]:
    """`magbot` alone is `magbot chat`; `magbot can magnesium ...` is `magbot ask can ...`.

    The implied command goes before the first option the top-level parser does not own
    (`owned`), so that `magbot --json` is `magbot chat --json`, not `magbot --json chat`.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    position, skip, foreign = None, False, None
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
        elif foreign is None and owned and arg.partition("=")[0] not in owned:
            foreign = i
    if position is None:
        if any(a in ("-h", "--help", "-V", "--version", "--print-config") for a in argv):
            return argv
        return _insert(argv, len(argv) if foreign is None else foreign, "chat")
    if argv[position] in commands:
        return argv
    words = [a for a in argv[position:] if not a.startswith("-")]
    near = nearest(argv[position], sorted(commands)) if len(words) == 1 else None
    if near is not None:  # `magbot chekc`: a typo of a command, not a question
        raise UsageError(
            f"unknown command '{argv[position]}'; did you mean '{near}'? "
            f"(to ask it as a question: magbot ask {argv[position]})"
        )
    return _insert(argv, position if foreign is None else foreign, "ask")


def _insert(argv: list[str], at: int, command: str) -> list[str]:
    return argv[:at] + [command] + argv[at:]
