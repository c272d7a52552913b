"""Slash commands of the chat, in one registry that `/help` is generated from.

Each command takes the chat's `Session` and the rest of the line and returns styled
fragments to show; `/quit` raises `EOFError`, so the loop has a single way out.
Pure: no prompt_toolkit, no printing.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import NamedTuple

from .conversation import Conversation
from .render import Fragments, clean, fragments

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
        self.width = width          # wrap output to this many columns; None: do not wrap
        self.clear_screen = False


def _fill(text: str, width: int | None, indent: str = "") -> str:
    """`text`, cleaned and wrapped to `width` (each paragraph on its own), then a newline."""
    paragraphs = [" ".join(p.split()) for p in clean(text).split("\n\n") if p.strip()]
    if not width:
        return "\n\n".join(indent + p for p in paragraphs) + "\n"
    return "\n\n".join(textwrap.fill(p, width=max(width, 20), initial_indent=indent,
                                     subsequent_indent=" " * len(indent))
                       for p in paragraphs) + "\n"


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


def is_command(text: str) -> bool:
    return text.lstrip().startswith("/")


def run(session: Session, text: str) -> Fragments:
    """Carry out one slash command line."""
    name, _, rest = text.strip().partition(" ")
    cmd = REGISTRY.get(name.lower())
    if cmd is None:
        return [("class:notice", f"Unknown command {clean(name)}; /help lists them.\n")]
    return cmd.handler(session, rest.strip())


# The keys of the chat on a terminal, listed by /help after the commands.
KEYS = (
    ("1, 2, 3", "ask a suggested question (or pick a \"Did you mean\" option)"),
    ("Tab", "complete a question or command"),
    ("Up, Down", "walk through the questions asked before"),
    ("Right", "accept the greyed-out suggestion from history"),
    ("Ctrl-C", "clear the line"),
    ("Ctrl-D", "quit"),
)


@command("/help", "list the commands and keys", aliases=("/?", "/h"))
def _help(session: Session, _: str) -> Fragments:
    out: Fragments = [("class:heading", "Commands\n")]
    for cmd in commands():
        names = ", ".join((cmd.name, *cmd.aliases))
        out.append(("class:suggestion", f"  {names:<22}"))
        out.append(("", f"{cmd.help}\n"))
    out.append(("class:heading", "\nKeys\n"))
    for key, what in KEYS:
        out.append(("class:suggestion", f"  {key:<22}"))
        out.append(("", f"{what}\n"))
    return out


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
        return [("class:notice", "Ask a question first; /source then shows where its answer "
                                 "comes from.\n")]
    section = conversation.kb.article.section(entry.source)
    text = section.text if section else ""
    return [("class:heading", _fill(entry.source, session.width) + "\n"),
            ("class:source", _fill(text, session.width))]


@command("/more", "tell me more about the current topic", aliases=("/m",))
def _more(session: Session, _: str) -> Fragments:
    conversation = session.conversation
    if conversation.last is None:
        return [("class:notice", "Ask a question first; /more then goes on to a related "
                                 "question.\n")]
    reply = conversation.respond("tell me more")
    return fragments(reply, session.width, conversation.kb.article.title)


@command("/history", "the questions asked in this session")
def _history(session: Session, _: str) -> Fragments:
    if not session.asked:
        return [("class:notice", "Nothing asked yet.\n")]
    return [("", f"  {n}. {clean(q)}\n") for n, q in enumerate(session.asked, 1)]


@command("/context", "what you have told me about yourself (/clear forgets it)",
         aliases=("/c",))
def _context(session: Session, _: str) -> Fragments:
    situation = session.conversation.situation
    if not situation and situation.flag is None:
        return [("class:notice", "Nothing noted yet. Tell me what you take, since when, "
                                 "and what you feel, and I will keep it in mind.\n")]
    out: Fragments = [("class:heading", "What you have told me\n")]
    for group, phrases in situation.describe():
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
