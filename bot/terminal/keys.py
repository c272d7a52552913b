"""The keys of the chat: the bindings magbot adds to prompt_toolkit's, and the list /help shows.

`KEYS` is plain data (the slash commands import it without prompt_toolkit); `key_bindings`
imports prompt_toolkit only when the chat is built.
"""

from __future__ import annotations

# (key, what it does); "vi" rows replace the emacs ones of the same action in vi mode.
KEYS = (
    ("1, 2, 3", 'ask a suggested question (or pick a "Did you mean" option)'),
    ("Tab", "complete a question or command"),
    ("Up, Down", "walk through the questions asked before"),
    ("Right", "accept the greyed-out suggestion from history"),
    ("Ctrl-R", "search the questions asked before (again for older ones)"),
    ("Ctrl-X Ctrl-E", "edit the line in $EDITOR; saving and quitting sends it"),
    ("Ctrl-C", "clear the line"),
    ("Ctrl-D", "quit"),
)
VI_KEYS = {"Ctrl-X Ctrl-E": ("Esc v", "edit the line in $EDITOR; saving and quitting sends it")}


def help_rows(vi: bool = False) -> list[tuple[str, str]]:
    """The keys as /help lists them, for emacs (the default) or vi editing."""
    return [VI_KEYS.get(key, (key, what)) if vi else (key, what) for key, what in KEYS]


def key_bindings():
    """magbot's own bindings: Ctrl-C clears the line instead of raising KeyboardInterrupt."""
    from prompt_toolkit.key_binding import KeyBindings

    bindings = KeyBindings()

    @bindings.add("c-c")
    def _clear_line(event) -> None:
        event.current_buffer.reset()

    return bindings
