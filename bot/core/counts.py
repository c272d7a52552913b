"""How many of a thing an answer says: "how many drops?" is answered by "a few drops", not
by an answer that counts something else ("a few examples", "2 hours").

The aspect `count` (bot/data/aspects.toml) is asked by "how many" and a thing; an entry
addresses it only where its answer gives a number or a quantity word just before that
thing. General English: number words and the words of a vague quantity.
"""

from __future__ import annotations

from .text import LazyPattern, max_typos, normalise, stem

_ASKED = LazyPattern(r"\bhow many ((?:[a-z]+ )?[a-z]+)")
_QUANTITY = frozenset(
    (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
        "thousand", "thousands", "million", "millions", "dozen", "dozens", "few", "couple",
        "several", "handful",
    )
)  # fmt: skip
REACH = 3  # the thing counted follows its number within this many words ("2 big drops")


def counted(question: str) -> frozenset[str]:
    """The stems of the thing a (normalised) question asks how many of ("how many DROPS",
    "how many GITHUB STARS"): the one or two words after "how many"."""
    found = _ASKED.search(question)
    return frozenset(stem(w) for w in found.group(1).split()) if found else frozenset()


def of_thing(question: str, answer: str) -> bool:
    """Does `answer` say how many of the thing `question` asks of: a number or a quantity
    word ("a few", "several") with that thing within `REACH` words after it?"""
    found = _ASKED.search(question)
    if not found:
        return True  # no thing named: any number answers
    typed = found.group(1).split()
    said = normalise(answer).split()
    return any(
        (word.isdigit() or word in _QUANTITY)
        and any(_same(w, typed) for w in said[n + 1 : n + 1 + REACH])
        for n, word in enumerate(said)
    )


def _same(word: str, typed: list[str]) -> bool:
    """Is `word` of the answer the thing asked of, by its stem or as the question typed it
    ("how many reactons": "reactions", a letter left out)?"""
    from rapidfuzz.distance import OSA

    return any(
        stem(word) == stem(asked)
        or asked[:1] == word[:1]
        and OSA.distance(word, asked) <= max_typos(word)
        for asked in typed
    )
