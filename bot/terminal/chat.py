"""One chat turn, the same for the REPL and for piped `magbot chat`.

A line is either a slash command (or a goodbye typed alone) or a message to the
conversation. `turn` carries it out and returns what to show; each mode only prints it
(the REPL through prompt_toolkit, a pipe as text or JSON). `/quit` raises `EOFError`, so
each loop has one way out. Pure: no printing, no prompt_toolkit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..core.reply import Reply
from . import commands
from .render import Fragments, fragments


class Turn(NamedTuple):
    """What one line did: a command's output, or the conversation's reply."""

    text: str  # the line as typed
    pieces: Fragments  # what to show, wrapped to the session's width
    reply: Reply | None = None  # None when the line was a command
    command: str | None = None  # the command line it was ("/quit" for a goodbye typed alone)


def turn(
    session: commands.Session, text: str, on_reply: Callable[[Reply], None] | None = None
) -> Turn:
    """Carry out one line; `on_reply` is told every reply (e.g. to keep the misses)."""
    command = commands.as_command(text)
    if command is not None:
        return Turn(text, commands.run_command(session, command), command=command)
    session.asked.append(text)
    conversation = session.conversation
    reply = conversation.respond(text)
    if on_reply is not None:
        on_reply(reply)
    return Turn(text, fragments(reply, session.width, conversation.kb.article.title), reply)
