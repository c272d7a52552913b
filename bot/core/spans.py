"""How long each day someone does something, as people say it: "10 hours a day behind the
wheel", "12-hour shifts on my feet", "eight hrs daily at the laptop".

Pure and general English, nothing about one article: a number of hours told per day or
per shift says the person spends long periods at what they do, whatever it is (driving,
nursing, gaming). `long_daily` finds such a span in a clause; the situation notes it as
`PROLONGED`, the plain English for it, which the knowledge base reads in its own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from .durations import NUMBER_WORDS

PROLONGED = "long periods"  # what many hours a day of something is, in plain English
LONG_HOURS = 6  # this many hours a day or a shift, at least, is a long period (a work day)
_HOURS = frozenset({"hour", "hours", "hr", "hrs", "h"})
# what a span of hours is counted per: "a day", "per day", "daily", "a shift", "shifts";
# not "a night", which is mostly sleep ("8 hours a night"), no long period at anything
_PER = frozenset({"day", "days", "daily", "shift", "shifts"})
_PER_GAP = 2  # words between the hours and what they are per ("hours a day", "hours per shift")


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def long_daily(said: Sequence[str]) -> list[int]:
    """Where the normalised words `said` tell many hours a day, or a long shift, at
    something ("truck driver, 10 hours a day behind the wheel", "12-hour shifts"): the
    position of each such number. Not a few hours ("2 hours a day"), nor hours told once
    ("it hurt for 10 hours")."""
    found = []
    for at, word in enumerate(said[:-1]):
        hours = _number(word)
        if hours is None or hours < LONG_HOURS or said[at + 1] not in _HOURS:
            continue
        # "10 hours a day", "12 hour shifts", "ten hrs daily": what the hours are counted per
        if _PER & set(said[at + 2 : at + 2 + _PER_GAP + 1]):
            found.append(at)
    return found
