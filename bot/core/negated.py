"""A word said with "not" before it, read as the base's own negative form of it.

"the magnesium your body doesn't absorb" is the "unabsorbed magnesium" an entry tells of;
"if it does not cause back pain directly" asks of an "indirect" cause. When the base holds
a word's negative form (un-, in-, non-, dis-, im-, ir-, il- before its stem), the word
said right after a negation is read as that form. General English: nothing here knows an
article.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from .text import NEGATING

NEGATIONS = NEGATING | {"shouldnt"}
PREFIXES = ("un", "in", "non", "dis", "im", "ir", "il")
REACH = 3  # words after the negation its word may be ("isn't being fully absorbed")


def negative_forms(
    words: Sequence[str],
    stopwords: Collection[str],
    spell: Callable[[str], str | None],
    known: Collection[str],
) -> dict[str, str]:
    """The stems said right after a negation whose negative form the base holds (`known`
    stems), each with that form: {"absorb": "unabsorb"}."""
    found: dict[str, str] = {}
    for i, word in enumerate(words):
        if word not in NEGATIONS:
            continue
        for after in words[i + 1 : i + 1 + REACH]:
            if after in NEGATIONS:
                break
            if after in stopwords:
                continue
            for s in (spell(after) or "").split():
                form = next((p + s for p in PREFIXES if p + s in known), None)
                if form is not None:
                    found[s] = form
            break  # the first content word is the one negated
    return found
