"""The chat's bottom toolbar: the keys that matter now, as many as fit the terminal's width."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the toolbar is plain data: prompt_toolkit only names its type
    from prompt_toolkit.formatted_text import StyleAndTextTuples as Fragments


def items(options: int, vi: bool = False) -> list[tuple[str, str]]:
    """(key, what) pairs, the most useful first: a narrow toolbar keeps the first ones."""
    keys = [("/help", "commands"), ("Ctrl-D", "quit")]
    if options:
        keys.append(("1" if options == 1 else f"1-{options}", "ask"))
    keys += [
        ("Tab", "complete"),
        ("Ctrl-R", "search"),
        ("Ctrl-C", "clear"),
        ("Esc v" if vi else "Ctrl-X Ctrl-E", "editor"),
    ]
    return keys


def fit(keys: list[tuple[str, str]], columns: int) -> Fragments:
    """The pieces of as many whole items as fit in `columns` (never one cut in two)."""
    out: Fragments = []
    used = 0
    for key, what in keys:
        size = len(key) + len(what) + 3  # " key " + "what "
        if used + size > columns:
            continue  # a shorter item further on may still fit
        used += size
        out += [("class:bottom-toolbar.key", f" {key} "), ("class:bottom-toolbar", f"{what} ")]
    return out


def toolbar(
    options: Callable[[], int], columns: Callable[[], int], vi: bool = False
) -> Callable[[], Fragments]:
    """The toolbar function for a PromptSession: `options` says how many suggestions a
    number can pick now, `columns` how wide the terminal is."""

    def pieces() -> Fragments:
        return fit(items(options(), vi), max(columns() - 1, 0))

    return pieces
