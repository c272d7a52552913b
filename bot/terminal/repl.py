"""The interactive chat on a terminal, built on prompt_toolkit.

The session is built once (`build_session`, with the bindings of keys.py and the toolbar
of toolbar.py); each turn is computed by `chat.turn`, as in piped `magbot chat`, wrapped
to the terminal's width and only printed here, through the pager (pager.py) when it is
taller than the screen. A turn that fails is logged to the state folder and shown as one
sentence; the session goes on. With colour off, the session and every print use a 1-bit
colour depth, so no colour escape is ever written.
"""

from __future__ import annotations

import itertools
import os
import textwrap
import traceback
from collections.abc import Callable
from typing import NamedTuple

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.application.current import get_app
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import FuzzyCompleter, WordCompleter
from prompt_toolkit.filters import Condition
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.output import ColorDepth, Output
from prompt_toolkit.styles import Style

from ..core.conversation import Conversation
from ..core.knowledge import KnowledgeBase
from ..core.matcher import Matcher
from ..core.paths import ensure_state_dir, open_private
from ..core.reply import Reply
from . import commands, pager
from .chat import turn
from .keys import key_bindings
from .logs import HISTORY_FILE, log_error
from .render import MONOCHROME, THEMES, Fragments, ansi, clean, join, wrap
from .toolbar import toolbar

PROMPT = [("class:prompt", "you> ")]
MAX_WIDTH = 100  # longer lines are hard to read, however wide the terminal
INDENT = "  "  # the bot's lines are indented, the user's are not

# Without colour, only attributes that a monochrome terminal shows.
MONOCHROME_UI = {"prompt": "bold", "bottom-toolbar": "reverse", "bottom-toolbar.key": "bold"}
COLOUR_UI = {
    "default": {
        "prompt": "ansigreen bold",
        "bottom-toolbar": "noreverse bg:#303030 #d0d0d0",
        "bottom-toolbar.key": "bold #ffffff",
    },
    "light": {
        "prompt": "ansiblue bold",
        "bottom-toolbar": "noreverse bg:#d0d0d0 #303030",
        "bottom-toolbar.key": "bold #000000",
    },
}


class Preferences(NamedTuple):
    """How the user likes the chat (from the settings file and the options)."""

    theme: str = "default"
    vi: bool = False
    pager: list[str] | None = None  # the pager's argv, or None for no pager
    history_size: int = 1000


DEFAULT_PREFERENCES = Preferences()


def palette(color: bool, theme: str = "default") -> dict[str, str]:
    """The classes of the bot's text and their style, for this theme or without colour."""
    return THEMES.get(theme, THEMES["default"]) if color else MONOCHROME


def build_style(color: bool, theme: str = "default") -> Style:
    """The theme's palette in colour, or bold and reverse video only."""
    rules = {name: value for name, value in palette(color, theme).items() if value}
    rules.update(COLOUR_UI.get(theme, COLOUR_UI["default"]) if color else MONOCHROME_UI)
    return Style.from_dict(rules)


def color_depth(color: bool) -> ColorDepth | None:
    """1-bit when colour is off; otherwise whatever the terminal supports."""
    return None if color else ColorDepth.DEPTH_1_BIT


NO_HISTORY = (
    "warning: cannot write history to the state folder ($XDG_STATE_HOME/magbot); "
    "this session's history will not be kept"
)


class KeptHistory(FileHistory):
    """A FileHistory that recalls only the latest `size` questions and outlives a full disk:
    the first failed write is noted in `failure` (to warn once), and the session goes on
    with its history in memory."""

    broken = False
    failure: str | None = None  # to be shown, then cleared
    pending: str | None = None  # the line typed, written once its reply is known

    def __init__(self, filename: str, size: int = 1000):
        self.size = size
        super().__init__(filename)

    def load_history_strings(self):
        return itertools.islice(super().load_history_strings(), self.size)

    def store_string(self, string: str) -> None:
        self.pending = string  # recalled this session at once; written by `settle`

    def settle(self, keep: bool = True) -> None:
        """Write the line typed last, unless `keep` is false: a message that tells a red
        flag (bladder control, a fever...) stays in this session's memory only."""
        string, self.pending = self.pending, None
        if string is None or not keep or self.broken:
            return
        try:
            super().store_string(string)
        except OSError as exc:
            self.broken = True
            self.failure = (
                f"warning: cannot write history ({exc.strerror or exc}); "
                "the rest of this session's history is kept in memory only"
            )


def _settle(history: History, replies: list[Reply]) -> None:
    """Keep the line just typed in the history file, unless it told a red flag."""
    if isinstance(history, KeptHistory):
        history.settle(keep=not any(r.safety is not None and r.safety.reported for r in replies))


def open_history(size: int = 1000, keep: bool = True) -> tuple[History, str | None]:
    """A history file in the state folder (0600), or an in-memory one and a warning saying
    why; in memory only, and no warning, when nothing is to be kept (--no-log) or the
    settings keep no history (`history_size = 0`)."""
    if not keep or size <= 0:
        return InMemoryHistory(), None
    folder = ensure_state_dir()
    if folder is not None:
        path = os.path.join(folder, HISTORY_FILE)
        try:
            with open_private(path):
                pass
            return KeptHistory(path, size), None
        except OSError:
            pass
    return InMemoryHistory(), NO_HISTORY


def completer(kb: KnowledgeBase) -> FuzzyCompleter:
    """Fuzzy completion over the slash commands (with their help) and the known questions."""
    names = {cmd.name: cmd.help for cmd in commands.commands()}
    words = [*names, *(e.question for e in kb.entries)]
    # the whole line is the fuzzy pattern ("oxide stomach"), not just its last word
    return FuzzyCompleter(
        WordCompleter(words, meta_dict=names, sentence=True, ignore_case=True), pattern=r"^.*"
    )


@Condition
def _typing_a_command() -> bool:
    """Questions complete on Tab only; commands as soon as "/" is typed."""
    return get_app().current_buffer.text.startswith("/")


def build_session(
    chat: commands.Session,
    color: bool,
    input=None,
    output=None,
    prefs: Preferences = DEFAULT_PREFERENCES,
    keep_history: bool = True,
):
    """The one PromptSession of a chat, and a warning if history cannot be kept."""
    history, warning = open_history(prefs.history_size, keep_history)
    session: PromptSession[str] = PromptSession(
        history=history,
        auto_suggest=AutoSuggestFromHistory(),
        completer=completer(chat.conversation.kb),
        complete_while_typing=_typing_a_command,
        key_bindings=key_bindings(),
        vi_mode=prefs.vi,
        enable_open_in_editor=True,
        style=build_style(color, prefs.theme),
        color_depth=color_depth(color),
        include_default_pygments_style=False,
        input=input,
        output=output,
    )
    session.bottom_toolbar = toolbar(
        lambda: len(chat.conversation.options), lambda: session.output.get_size().columns, prefs.vi
    )
    return session, warning


def line_width(output: Output) -> int:
    """Columns for a line of text: the terminal's width, at most MAX_WIDTH, less one
    (writing the last column makes some terminals wrap early)."""
    columns = output.get_size().columns or 80
    return max(min(columns, MAX_WIDTH) - 1, 20)


def indent(pieces: Fragments, prefix: str = INDENT) -> Fragments:
    """`pieces` with `prefix`, unstyled, before each line that has text."""
    out: Fragments = []
    at_start = True
    for style, text in pieces:
        for line in text.splitlines(keepends=True):
            if at_start and line.strip():
                out.append(("", prefix))
            out.append((style, line))
            at_start = line.endswith("\n")
    return out


def shown(
    chat: commands.Session, text: str, width: int, on_reply: Callable[[Reply], None] | None = None
) -> Fragments:
    """Everything shown for one line typed (a command's output or the reply), indented,
    its text wrapped to `width` columns in all."""
    chat.width = width - len(INDENT)
    return indent(turn(chat, text, on_reply).pieces)


def greeting(kb: KnowledgeBase, width: int) -> Fragments:
    """What the bot knows, that it is not medical advice, and how to go on."""
    hint = "Type a question, /help for commands and keys, Ctrl-D or bye to leave."
    settings = kb.settings
    out: Fragments = [("class:answer", _fill(clean(settings.greeting), width) + "\n")]
    if settings.disclaimer:
        out.append(("class:warning", _fill(settings.disclaimer, width) + "\n"))
    return out + [("class:source", _fill(hint, width) + "\n\n")]


def _fill(text: str, width: int) -> str:
    # a word longer than the line (a path) is cut, or the terminal would cut it anywhere
    return textwrap.fill(clean(text), width, break_long_words=True, break_on_hyphens=False)


def too_tall(pieces: Fragments, output: Output) -> bool:
    """Would `pieces` scroll off the screen (leaving room for the prompt and toolbar)?"""
    rows = output.get_size().rows or 24
    return join(pieces).count("\n") > rows - 3


def run_repl(
    kb: KnowledgeBase,
    color: bool = True,
    input=None,
    output=None,
    matcher: Matcher | None = None,
    on_reply: Callable[[Reply], None] | None = None,
    prefs: Preferences = DEFAULT_PREFERENCES,
    keep_history: bool = True,
    notice: str = "",
    show: Callable[[Fragments], None] | None = None,
    on_turn: Callable[[str, Fragments], None] | None = None,
) -> int:
    """Hold a conversation until Ctrl-D, /quit or a goodbye; return the exit code.

    `notice`, said once after the greeting, tells what is kept on this machine;
    `on_reply` is told every reply (e.g. to keep misses for `magbot misses`); `show`, if
    given, is handed everything the chat prints, instead of the screen (what the pager
    shows excepted); `on_turn` is told
    each line read and what it showed (for a transcript or a test).
    """
    chat = commands.Session(Conversation(kb, matcher))
    chat.vi = prefs.vi
    session, warning = build_session(chat, color, input, output, prefs, keep_history)

    def on_screen(pieces: Fragments) -> None:
        print_formatted_text(
            FormattedText(pieces),
            style=session.style,
            end="",
            output=session.output,
            color_depth=session.color_depth,
            include_default_pygments_style=False,
        )

    def paged(pieces: Fragments) -> None:
        if prefs.pager and too_tall(pieces, session.output):
            text = ansi(pieces, palette(color, prefs.theme))
            if pager.page(text, prefs.pager):
                return
        (printer or on_screen)(pieces)

    printer, show = show, paged

    def warn(text: str) -> None:
        show([("class:warning", _fill(text, line_width(session.output)) + "\n\n")])

    show(greeting(kb, line_width(session.output)))
    if notice:
        show([("class:source", _fill(notice, line_width(session.output)) + "\n\n")])
    if warning:
        warn(warning)
    history = session.history
    told: list[Reply] = []  # the replies of the line being read

    def heard(reply: Reply) -> None:
        told.append(reply)
        if on_reply is not None:
            on_reply(reply)

    while True:
        told.clear()
        try:
            text = session.prompt(PROMPT)
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        if getattr(history, "failure", None):  # the disk filled up: say so once
            warn(history.failure)
            history.failure = None
        if not text.strip():
            continue
        try:
            pieces = shown(chat, text, line_width(session.output), heard)
        except EOFError:
            _settle(history, told)
            if on_turn is not None:
                on_turn(text, [])
            break
        except Exception:  # noqa: BLE001 - one bad turn must not end the session
            where = log_error(traceback.format_exc())
            pieces = wrap(
                [
                    (
                        "class:warning",
                        "Sorry, something went wrong with that question"
                        + (f" (details in {where})" if where else "")
                        + ".\n",
                    )
                ],
                line_width(session.output),
            )
        _settle(history, told)
        if on_turn is not None:
            on_turn(text, pieces)
        if chat.clear_screen:
            chat.clear_screen = False
            session.output.erase_screen()
            session.output.cursor_goto(0, 0)
            session.output.flush()
        if pieces:
            show(pieces + [("", "\n")])
    show(wrap([("class:source", farewell(kb) + "\n")], line_width(session.output)))
    return 0


def farewell(kb: KnowledgeBase) -> str:
    """The knowledge folder's goodbye (its settings' `goodbye`), or a plain one."""
    return clean(kb.settings.goodbye or f"Goodbye from {kb.settings.name}.")
