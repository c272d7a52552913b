"""The interactive chat on a terminal, built on prompt_toolkit.

The session is built once (`build_session`); each turn is computed by the pure core
(`Conversation`, `commands`) and only printed here. A turn that fails is logged to the
state folder and shown as one line; the session goes on.
"""

from __future__ import annotations

import shutil
import traceback

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import FuzzyCompleter, WordCompleter
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import FileHistory, InMemoryHistory
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.styles import Style

from . import commands
from .conversation import Conversation
from .knowledge import KnowledgeBase
from .matcher import Matcher
from .paths import HISTORY_FILE, ensure_state_dir, log_error
from .render import PALETTE, Fragments, clean, fragments

PROMPT = [("class:prompt", "you> ")]
TOOLBAR = [("class:bottom-toolbar", " Enter ask   Tab complete   /help commands   "
                                    "Ctrl-C clear line   Ctrl-D quit ")]


def build_style(color: bool) -> Style:
    if not color:
        return Style([])
    rules = {name: value for name, value in PALETTE.items() if value}
    rules.update({"prompt": "ansigreen bold", "bottom-toolbar": "noreverse bg:#303030 #d0d0d0"})
    return Style.from_dict(rules)


def open_history() -> tuple[object, str | None]:
    """A FileHistory in the state folder, or an in-memory one and a warning saying why."""
    folder = ensure_state_dir()
    if folder is not None:
        path = folder / HISTORY_FILE
        try:
            path.touch(exist_ok=True)
            with path.open("a", encoding="utf-8"):
                pass
            return FileHistory(str(path)), None
        except OSError:
            pass
    return InMemoryHistory(), ("warning: cannot write history to the state folder "
                               "($XDG_STATE_HOME/magbot); this session's history will not be kept")


def key_bindings() -> KeyBindings:
    bindings = KeyBindings()

    @bindings.add("c-c")
    def _clear_line(event) -> None:
        event.current_buffer.reset()

    return bindings


def completer(kb: KnowledgeBase) -> FuzzyCompleter:
    words = [e.question for e in kb.entries] + sorted(commands.REGISTRY)
    return FuzzyCompleter(WordCompleter(words, sentence=True, ignore_case=True))


def build_session(kb: KnowledgeBase, color: bool, input=None, output=None):
    """The one PromptSession of a chat, and a warning if history cannot be kept."""
    history, warning = open_history()
    session = PromptSession(
        history=history, auto_suggest=AutoSuggestFromHistory(), completer=completer(kb),
        complete_while_typing=False, key_bindings=key_bindings(), style=build_style(color),
        bottom_toolbar=TOOLBAR, include_default_pygments_style=False,
        input=input, output=output, color_depth=None,
    )
    return session, warning


def turn(chat: commands.Session, text: str, width: int) -> Fragments:
    """Everything shown for one line typed: a command's output or the reply."""
    if commands.is_command(text):
        return commands.run(chat, text)
    chat.asked.append(text)
    reply = chat.conversation.respond(text)
    return fragments(reply, width, chat.conversation.kb.article.title)


def run(kb: KnowledgeBase, color: bool = True, input=None, output=None,
        matcher: Matcher | None = None) -> int:
    """Hold a conversation until Ctrl-D or /quit; return the exit code."""
    session, warning = build_session(kb, color, input, output)
    style = build_style(color)

    def show(pieces: Fragments) -> None:
        print_formatted_text(FormattedText(pieces), style=style, output=output,
                             include_default_pygments_style=False, end="")

    chat = commands.Session(Conversation(kb, matcher))
    show([("class:answer", clean(kb.settings.greeting) + "\n"),
          ("class:source", "Type a question, /help for commands, Ctrl-D to leave.\n\n")])
    if warning:
        show([("class:warning", warning + "\n\n")])
    while True:
        try:
            text = session.prompt(PROMPT)
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        if not text.strip():
            continue
        try:
            width = min(shutil.get_terminal_size((80, 24)).columns, 100) - 2
            pieces = turn(chat, text, width)
        except EOFError:
            break
        except Exception:  # noqa: BLE001 - one bad turn must not end the session
            where = log_error(traceback.format_exc())
            pieces = [("class:warning", "Sorry, something went wrong with that question"
                       + (f" (details in {where})" if where else "") + ".\n")]
        if chat.clear_screen:
            chat.clear_screen = False
            session.app.renderer.clear()
        show(pieces + [("", "\n")])
    show([("class:source", "Goodbye, and take care of your back.\n")])
    return 0
