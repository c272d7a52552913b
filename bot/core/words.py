"""General English word knowledge, shipped with the code: word vectors, word frequencies
and parts of speech.

The data (bot/data/words.idx, words.vec, english.bin, parts.bin) is built by
scripts/build_language.py: a static embedding table distilled with model2vec from
all-MiniLM-L6-v2 (a vector per frequent English word, WordPiece pieces for the rest), each
word's Zipf frequency from wordfreq, and the parts of speech it can be from LemmInflect.
It is read with the standard library only, lazily, and only the rows a question needs are
decoded, so `magbot ask` pays for it only when a word needs it.

Nothing here knows any article: it says how near two words are in meaning, how common a
word is in English, what part of speech it can be, and how near two texts are.
"""

from __future__ import annotations

import marshal
import math
import os
import re
from array import array
from functools import lru_cache
from operator import mul

from .text import ByLength, LazyPattern

_DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")
FORMAT = 1
COMMON_ZIPF = 3.0  # a word rarer than this (per-billion frequency 1,000) is a rare word


class _Table:
    """The vector rows' scales; the rows are read from words.vec one by one, on demand."""

    __slots__ = ("dims", "scale", "path")

    def __init__(self, folder: str | None = None):
        folder = folder or _DATA
        with open(os.path.join(folder, "words.idx"), "rb") as f:
            index = marshal.loads(f.read())
        if index.get("format") != FORMAT:
            raise ValueError("words.idx: unknown format")
        self.dims: int = index["dims"]
        self.scale = array("f", index["scale"])
        self.path = os.path.join(folder, "words.vec")
        if os.path.getsize(self.path) != self.dims * len(self.scale):
            raise ValueError("words.vec does not match words.idx")

    def row(self, number: int) -> list[float]:
        with open(self.path, "rb") as f:
            f.seek(number * self.dims)
            values = array("b", f.read(self.dims))
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
_common_by_length: ByLength | None = None  # over common_words(), built on first need
COMMON_FOR_TYPOS = 2.8  # typos are looked for among words at least this frequent (Zipf)


def _english() -> str:
    global _lines
    if _lines is None:
        _lines = _read_lines("english.bin")
    return _lines


def _read_lines(name: str) -> str:
    """The sorted "word:..." lines of one of the data files ("\n" when it cannot be read)."""
    try:
        with open(os.path.join(_DATA, name), "rb") as f:
            data = marshal.loads(f.read())
        return data["lines"] if data.get("format") == FORMAT else "\n"
    except (OSError, ValueError, EOFError, KeyError, TypeError, AttributeError):
        return "\n"


_parts: str | None = None
NOUN, VERB, ADJECTIVE, ADVERB = "n", "v", "a", "r"


def parts(word: str) -> str:
    """The parts of speech `word` can be, as letters (NOUN, VERB, ADJECTIVE, ADVERB): "kicked"
    is "v", "sore" "anr"; "" when the lexicon does not hold it (a rare word, a name, a typo)."""
    global _parts
    if _parts is None:
        _parts = _read_lines("parts.bin")
    return _search(_parts, word) or ""


_whole: dict[str, tuple[str, str]] | None = None  # word -> (ZZ, ROW), once read_whole()
_LINE = LazyPattern(r"^([^:\n]*):([^:\n]*):?([^\n]*)$", re.MULTILINE)


def read_whole() -> None:
    """Read the whole table into a dictionary, for work that looks up many thousands of
    words (`check` on a large base): each lookup is then a dictionary's, not a search."""
    global _whole
    if _whole is None:
        _whole = {word: (z, row) for word, z, row in _LINE.findall(_english())}


def _lookup(word: str) -> tuple[float, int | None]:
    """A word's Zipf frequency (0 when not a known word) and its row in words.vec (a
    binary search, unless the table was `read_whole`)."""
    if _whole is not None:
        value, row = _whole.get(word, ("", ""))
        return (int(value) / 10.0, int(row) if row else None) if value else (0.0, None)
    rest = _search(_english(), word)
    if rest is None:
        return 0.0, None
    value, _, row = rest.partition(":")
    return int(value) / 10.0, int(row) if row else None


def _search(lines: str, word: str) -> str | None:
    """What follows "word:" in one sorted string of "word:..." lines, or None.

    A binary search in place: nothing to build at start-up, whatever the size of the table.
    """
    low, high = 0, len(lines)
    while low < high:
        middle = (low + high) // 2
        start = lines.rfind("\n", 0, middle) + 1
        end = lines.find("\n", middle)
        if end < 0 or start >= end:
            high = middle
            continue
        found, _, rest = lines[start:end].partition(":")
        if found == word:
            return rest
        if found < word:
            low = end + 1
        else:
            high = start
    return None


def zipf(word: str) -> float:
    """How common `word` is in English, on wordfreq's Zipf scale (0 when not a known word)."""
    return _lookup(word)[0]


def degrees(adjective: str) -> tuple[str, ...]:
    """The comparative and superlative English knows of an adjective, by the regular rules
    ("pricey": "pricier"; "safe": "safer", "safest"; "big": "bigger"); none of a word that
    cannot be an adjective, nor a form that is no known word ("expensiver")."""
    if ADJECTIVE not in parts(adjective) or len(adjective) < 3:
        return ()
    w = adjective
    roots: tuple[str, ...]
    if w.endswith("ey"):  # pricey, dicey
        roots = (w[:-2] + "i",)
    elif w.endswith("y") and w[-2] not in "aeiou":
        roots = (w[:-1] + "i",)
    elif w.endswith("e"):
        roots = (w[:-1],)
    elif w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        roots = (w + w[-1], w)  # big: bigger; but "cheap" has two vowels
    else:
        roots = (w,)
    return tuple(
        form
        for root in roots
        for form in (root + "er", root + "est")
        if form != w and zipf(form) > 0
    )


def common_words() -> list[str]:
    """English words frequent enough that a near spelling is likely a typo of one of them."""
    global _common
    if _common is None:
        _common = [
            w
            for w, _, z in (line.partition(":") for line in _english().split())
            if z and int(z[:2]) >= COMMON_FOR_TYPOS * 10
        ]
    return _common


def common_near(length: int, limit: int, letter: str = "") -> list[str]:
    """The common words (`common_words`, in order) within `limit` letters of `length` (that
    begin with `letter`)."""
    global _common_by_length
    if _common_by_length is None:
        _common_by_length = ByLength(common_words())
    return _common_by_length.near(length, limit, letter)


@lru_cache(maxsize=4096)
def vector(word: str) -> tuple[float, ...] | None:
    """The unit vector of one lower-case word, or None when nothing of it is known."""
    table = _get()
    if table is None or not word.isalpha():
        return None
    row = _lookup(word)[1]
    return None if row is None else unit(table.row(row))


def unit(values: list[float]) -> tuple[float, ...] | None:
    norm = math.sqrt(sum(v * v for v in values))
    return tuple(v / norm for v in values) if norm else None


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two words' vectors (0 when either is unknown)."""
    u, v = vector(a), vector(b)
    return cosine(u, v) if u and v else 0.0


def cosine(u, v) -> float:
    """Cosine of two unit vectors."""
    return sum(map(mul, u, v))


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
