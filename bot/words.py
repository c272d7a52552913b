"""General English word knowledge, shipped with the code: word vectors and word frequencies.

The data (bot/data/words.idx and words.vec) is built by scripts/build_language.py: a static
embedding table distilled with model2vec from all-MiniLM-L6-v2 (a vector per frequent
English word, WordPiece pieces for the rest) and each word's Zipf frequency from wordfreq.
It is read with the standard library only, lazily, and only the rows a question needs are
decoded, so `magbot ask` pays for it only when a word needs it.

Nothing here knows any article: it says how near two words are in meaning, how common a
word is in English, and how near two texts are.
"""

from __future__ import annotations

import marshal
import math
import os
from array import array
from functools import lru_cache

_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
FORMAT = 1
COMMON_ZIPF = 3.0  # a word rarer than this (per-billion frequency 1,000) is a rare word


class _Table:
    """The loaded tables; built once per process on first use."""

    __slots__ = ("dims", "rows", "scale", "vectors")

    def __init__(self, folder: str = _DATA):
        with open(os.path.join(folder, "words.idx"), "rb") as f:
            index = marshal.loads(f.read())
        if index.get("format") != FORMAT:
            raise ValueError("words.idx: unknown format")
        self.dims: int = index["dims"]
        self.rows = {token: row for row, token in enumerate(index["tokens"])}
        self.scale = array("f", index["scale"])
        with open(os.path.join(folder, "words.vec"), "rb") as f:
            self.vectors = f.read()

    def row(self, number: int) -> list[float]:
        start = number * self.dims
        values = array("b", self.vectors[start : start + self.dims])
        scale = self.scale[number]
        return [v * scale for v in values]


_table: _Table | None = None
_missing = False


def _get() -> _Table | None:
    global _table, _missing
    if _table is None and not _missing:
        try:
            _table = _Table()
        except (OSError, ValueError, EOFError, KeyError, TypeError):
            _missing = True  # no data: every word is simply unknown to this module
    return _table


def available() -> bool:
    """Is the word data installed and readable?"""
    return _get() is not None


_lines: str | None = None
_common: list[str] | None = None
COMMON_FOR_TYPOS = 2.8  # typos are looked for among words at least this frequent (Zipf)


def _english() -> str:
    global _lines
    if _lines is None:
        try:
            with open(os.path.join(_DATA, "english.bin"), "rb") as f:
                data = marshal.loads(f.read())
            _lines = data["lines"] if data.get("format") == FORMAT else "\n"
        except (OSError, ValueError, EOFError, KeyError, TypeError, AttributeError):
            _lines = "\n"
    return _lines


def zipf(word: str) -> float:
    """How common `word` is in English, on wordfreq's Zipf scale (0 when not a known word).

    A binary search in one sorted string of "word:ZZ" lines: nothing to build at start-up.
    """
    lines = _english()
    low, high = 0, len(lines)
    while low < high:
        middle = (low + high) // 2
        start = lines.rfind("\n", 0, middle) + 1
        end = lines.find("\n", middle)
        if end < 0 or start >= end:
            high = middle
            continue
        found, _, value = lines[start:end].partition(":")
        if found == word:
            return int(value) / 10.0
        if found < word:
            low = end + 1
        else:
            high = start
    return 0.0


def common_words() -> list[str]:
    """English words frequent enough that a near spelling is likely a typo of one of them."""
    global _common
    if _common is None:
        _common = [w for w, _, z in (line.partition(":") for line in _english().split())
                   if z and int(z) >= COMMON_FOR_TYPOS * 10]
    return _common


def _pieces(word: str, rows: dict[str, int]) -> list[int]:
    """WordPiece: the longest known start, then the longest known '##' continuations."""
    out: list[int] = []
    start = 0
    while start < len(word):
        end = len(word)
        found = None
        while end > start:
            piece = word[start:end] if start == 0 else "##" + word[start:end]
            found = rows.get(piece)
            if found is not None:
                break
            end -= 1
        if found is None:
            return []
        out.append(found)
        start = end
    return out


@lru_cache(maxsize=4096)
def vector(word: str) -> tuple[float, ...] | None:
    """The unit vector of one lower-case word, or None when nothing of it is known."""
    table = _get()
    if table is None or not word.isalpha():
        return None
    row = table.rows.get(word)
    numbers = [row] if row is not None else _pieces(word, table.rows)
    if not numbers:
        return None
    total = [0.0] * table.dims
    for number in numbers:
        for i, v in enumerate(table.row(number)):
            total[i] += v
    return unit(total)


def unit(values: list[float]) -> tuple[float, ...] | None:
    norm = math.sqrt(sum(v * v for v in values))
    return tuple(v / norm for v in values) if norm else None


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two words' vectors (0 when either is unknown)."""
    u, v = vector(a), vector(b)
    return cosine(u, v) if u and v else 0.0


def cosine(u, v) -> float:
    """Cosine of two unit vectors."""
    return sum(x * y for x, y in zip(u, v, strict=False))


def weight(word: str) -> float:
    """How much a word says about a text's meaning: rare words more, common words less."""
    z = zipf(word)
    return max(0.5, 7.0 - z) if z else 4.0


def embed(words: list[str]) -> tuple[float, ...] | None:
    """The unit vector of a text: its words' vectors, weighted by rarity, summed."""
    table = _get()
    if table is None:
        return None
    total = [0.0] * table.dims
    seen = False
    for word in words:
        v = vector(word)
        if v is None:
            continue
        w = weight(word)
        for i, x in enumerate(v):
            total[i] += w * x
        seen = True
    return unit(total) if seen else None
