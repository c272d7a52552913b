"""Slash commands of the chat, in one registry that `/help` is generated from.

Each command takes the chat's `Session` and the rest of the line and returns styled
fragments to show; `/quit` raises `EOFError`, so the loop has a single way out.
Pure: no prompt_toolkit, no printing.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from typing import NamedTuple

from ..core.conversation import Conversation
from .keys import help_rows
from .render import Fragments, clean, fragments, wrap

Handler = Callable[["Session", str], Fragments]


class Command(NamedTuple):
    name: str
    help: str
    handler: Handler
    aliases: tuple[str, ...] = ()


class Session:
    """What the commands can see: the conversation, what has been asked, the text width."""

    def __init__(self, conversation: Conversation, width: int | None = None):
        self.conversation = conversation
        self.asked: list[str] = []
        self.width = width  # wrap output to this many columns; None: do not wrap
        self.clear_screen = False
        self.vi = False  # vi editing keys (for /help)


def _fill(text: str, width: int | None, indent: str = "") -> str:
    """`text`, cleaned and wrapped to `width` (each paragraph on its own), then a newline."""
    paragraphs = [" ".join(p.split()) for p in clean(text).split("\n\n") if p.strip()]
    if not width:
        return "\n\n".join(indent + p for p in paragraphs) + "\n"
    return (
        "\n\n".join(
            textwrap.fill(
                p,
                width=max(width, 20),
                initial_indent=indent,
                subsequent_indent=" " * len(indent),
                break_long_words=False,
                break_on_hyphens=False,
            )
            for p in paragraphs
        )
        + "\n"
    )


REGISTRY: dict[str, Command] = {}


def command(name: str, help: str, aliases: tuple[str, ...] = ()) -> Callable[[Handler], Handler]:
    """Register a slash command under its name and aliases."""

    def register(handler: Handler) -> Handler:
        cmd = Command(name, help, handler, aliases)
        for key in (name, *aliases):
            REGISTRY[key] = cmd
        return handler

    return register


def commands() -> list[Command]:
    """Each command once, in the order they were registered."""
    return list(dict.fromkeys(REGISTRY.values()))


# Typed alone, these leave like /quit (as in pgcli and ptpython); inside a sentence they
# are words like any other.
_LEAVING = re.compile(r"\s*(exit|quit|bye|bye[ -]?bye|good[ -]?bye)\s*[.!]*\s*", re.IGNORECASE)


def as_command(text: str) -> str | None:
    """The command line `text` is: a slash command as typed, "/quit" for a goodbye word
    typed alone ("bye", "exit"), or None for a message to the conversation."""
    if text.lstrip().startswith("/"):
        return text.strip()
    if _LEAVING.fullmatch(text):
        return "/quit"
    return None


def is_command(text: str) -> bool:
    return as_command(text) is not None


def run_command(session: Session, text: str) -> Fragments:
    """Carry out one slash command line."""
    name, _, rest = text.strip().partition(" ")
    cmd = REGISTRY.get(name.lower())
    if cmd is None:
        return wrap(
            [("class:notice", f"Unknown command {clean(name)}; /help lists them.\n")], session.width
        )
    return wrap(cmd.handler(session, rest.strip()), session.width)


NAME_COLUMN = 24  # where /help's descriptions start, when the width leaves room for them


@command("/help", "list the commands and keys", aliases=("/?", "/h"))
def _help(session: Session, _: str) -> Fragments:
    rows = [(", ".join((cmd.name, *cmd.aliases)), cmd.help) for cmd in commands()]
    out: Fragments = [("class:heading", "Commands\n")]
    out += _table(rows, session.width)
    out.append(("class:heading", "\nKeys\n"))
    out += _table(help_rows(session.vi), session.width)
    out.append(("", "\nA goodbye typed alone (bye, exit, quit) also leaves.\n"))
    return out


def _table(rows: list[tuple[str, str]], width: int | None) -> Fragments:
    """Two columns; on a narrow terminal the description goes under its name instead."""
    out: Fragments = []
    side_by_side = not width or width >= NAME_COLUMN + 30
    for name, what in rows:
        if side_by_side:
            out.append(("class:suggestion", f"  {name:<{NAME_COLUMN - 2}}"))
            out.append(("", _hanging(what, width, NAME_COLUMN)))
        else:
            out.append(("class:suggestion", f"  {name}\n"))
            out.append(("", "    " + _hanging(what, width, 4)))
    return out


def _hanging(text: str, width: int | None, column: int) -> str:
    """`text`, printed from `column` on, wrapped so that its next lines start there too."""
    if not width:
        return text.strip() + "\n"
    pad = " " * column
    filled = textwrap.fill(
        text.strip(),
        width=max(width, column + 10),
        initial_indent=pad,
        subsequent_indent=pad,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return filled[column:] + "\n"


@command("/topics", "the questions I can answer, by article section", aliases=("/t",))
def _topics(session: Session, _: str) -> Fragments:
    kb = session.conversation.kb
    out: Fragments = []
    for heading in kb.article.headings:
        entries = [e for e in kb.entries if e.source == heading]
        if not entries:
            continue
        out.append(("class:heading", _fill(heading, session.width)))
        out.extend(("", _fill(e.question, session.width, "  - ")) for e in entries)
    return out


@command("/source", "the article passage behind the last answer", aliases=("/s",))
def _source(session: Session, _: str) -> Fragments:
    conversation = session.conversation
    entry = conversation.last
    if entry is None:
        return [
            (
                "class:notice",
                "Ask a question first; /source then shows where its answer comes from.\n",
            )
        ]
    section = conversation.kb.article.section(entry.source)
    text = section.text if section else ""
    return [
        ("class:heading", _fill(entry.source, session.width) + "\n"),
        ("class:source", _fill(text, session.width)),
    ]


@command("/more", "tell me more about the current topic", aliases=("/m",))
def _more(session: Session, _: str) -> Fragments:
    conversation = session.conversation
    reply = conversation.more()
    if reply is None:
        return [
            ("class:notice", "Ask a question first; /more then goes on to a related question.\n")
        ]
    return fragments(reply, session.width, conversation.kb.article.title)


@command("/history", "the questions asked in this session")
def _history(session: Session, _: str) -> Fragments:
    if not session.asked:
        return [("class:notice", "Nothing asked yet.\n")]
    return wrap(
        [("", f"  {n}. {clean(q)}\n") for n, q in enumerate(session.asked, 1)], session.width
    )


@command("/context", "what you have told me about yourself (/clear forgets it)", aliases=("/c",))
def _context(session: Session, _: str) -> Fragments:
    situation = session.conversation.situation
    if not situation and situation.flag is None:
        return [
            (
                "class:notice",
                "Nothing noted yet. Tell me what you take, since when, "
                "and what you feel, and I will keep it in mind.\n",
            )
        ]
    out: Fragments = [("class:heading", "What you have told me\n")]
    denied = situation.denials(situation.groups)  # "no tummy problems at all"
    for group, phrases in [*situation.describe(), *([("not", denied)] if denied else [])]:
        out.append(("class:suggestion", f"  {group:<12}"))
        out.append(("", _fill(", ".join(phrases), session.width and session.width - 14)))
    if situation.flag is not None:
        out.append(("class:warning", _fill(situation.flag.message, session.width, "  ")))
    return out


@command("/clear", "clear the screen and start a new topic", aliases=("/reset",))
def _clear(session: Session, _: str) -> Fragments:
    session.conversation.reset()
    session.clear_screen = True
    return []


@command("/quit", "leave (or Ctrl-D)", aliases=("/exit", "/q"))
def _quit(session: Session, _: str) -> Fragments:
    raise EOFError
