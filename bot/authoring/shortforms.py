"""The short ways people type an article's words, drafted into its lexicon's synonyms.

Two kinds, found with general English alone (bot/core/words.py), never with a list:
  - a clipped word: the first letters of one of the article's words, used in English as
    a word of its own but not a dictionary word ("info" for "information", "docs" for
    "documentation"), and near the article's word in meaning;
  - a compound written without its hyphen ("wifi" for "Wi-Fi", "email" for "e-mail").
"""

from __future__ import annotations

import re

from ..core import words
from ..core.text import tokens

MIN_LETTERS = 3  # a clipped word keeps at least this many letters ...
MIN_LEFT_OUT = 2  # ... and leaves out at least this many
MIN_ZIPF = 2.0  # it is used in English (a typo or a code is not)
MIN_NEARNESS = 0.4  # and it is this near the article's word in meaning (cosine)


def short_forms(text: str, stopwords: frozenset[str]) -> dict[str, str]:
    """`{short form: the article's word(s)}` for the words of `text`."""
    said = set(tokens(text))
    found: dict[str, tuple[float, str]] = {}
    if words.available():
        for word in sorted(said):
            if not word.isalpha() or word in stopwords:
                continue
            for size in range(MIN_LETTERS, len(word) - MIN_LEFT_OUT + 1):
                for clip in (word[:size], word[:size] + "s"):  # "doc", "docs"
                    if clip in said or clip in stopwords or not _clipped(clip):
                        continue
                    nearness = words.similarity(clip, word)
                    if nearness >= MIN_NEARNESS and nearness > found.get(clip, (0.0, ""))[0]:
                        found[clip] = (nearness, word)
    out = {clip: word for clip, (_, word) in sorted(found.items())}
    for first, second in re.findall(r"\b([A-Za-z]+)-([A-Za-z]+)\b", text):
        joined = (first + second).lower()
        if joined not in said and joined not in stopwords and words.zipf(joined) >= MIN_ZIPF:
            out.setdefault(joined, f"{first} {second}".lower())
    return out


def _clipped(word: str) -> bool:
    """A word people write (Zipf) that no dictionary lists as a part of speech."""
    return words.zipf(word) >= MIN_ZIPF and not words.parts(word)
