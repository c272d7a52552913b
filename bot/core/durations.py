"""How long something has lasted, as people say it: "6 weeks", "over a month", "for
months", "since january", "started two months ago (and still ...)".

Pure and general English, nothing about one article: `durations` finds the spans of a
sentence's words that last at least a given number of days.
"""

from __future__ import annotations

from . import words
from .clauses import Mention
from .meaning import names_a_thing
from .text import general_stopwords

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "couple": 2,
    "three": 3,
    "few": 3,
    "several": 4,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "many": 4,
}
UNIT_DAYS = {
    "day": 1,
    "days": 1,
    "week": 7,
    "weeks": 7,
    "wk": 7,
    "wks": 7,
    "fortnight": 14,
    "month": 30,
    "months": 30,
    "mo": 30,
    "year": 365,
    "years": 365,
    "yr": 365,
}


MAX_DIGITS = 6  # longer, a string of digits counts nothing said in days or years


def is_number(word: str) -> bool:
    """A count typed in ASCII digits (not "፬", not a thousand-digit string) or a word."""
    return (word.isascii() and word.isdigit() and len(word) <= MAX_DIGITS) or word in NUMBER_WORDS


# a named time: "since january", "since before christmas", "since the summer"
NAMED_TIMES = frozenset(
    (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "sept",
        "oct",
        "nov",
        "dec",
        "spring",
        "summer",
        "autumn",
        "winter",
        "christmas",
        "xmas",
        "easter",
        "thanksgiving",
        "halloween",
        "holidays",
        "new",  # "new year"
    )
)
SINCE_SKIPS = frozenset(
    (
        "the",
        "before",
        "around",
        "about",
        "early",
        "late",
        "mid",
        "last",
        "start",
        "beginning",
        "end",
        "of",
        "middle",
        "back",
        "in",
    )
)
SINCE_UNITS = frozenset(("month", "year"))  # "since last month", "since the start of the year"
WHOLE = frozenset(("all", "whole", "entire", "most"))  # "all month", "the whole year"
STILL = frozenset(
    (
        "still",
        "since",
        "ever",
        "started",
        "began",
        "begun",
        "starting",
        "ongoing",
        "hasnt",
        "havent",
    )
)


def durations(words: tuple[str, ...], days: int) -> list[Mention]:
    """Spans of time of at least `days`: "6 weeks", "over a month", "for months", "months of
    pain", "since january", "started two months ago (and still ...)"."""
    out = [*_since(words, days)]
    for i, word in enumerate(words):
        unit = UNIT_DAYS.get(word)
        if unit is None:
            continue
        j = i - 1
        if j >= 0 and words[j] == "of":  # "a couple of weeks"
            j -= 1
        if j >= 0 and is_number(words[j]):
            count = NUMBER_WORDS[words[j]] if words[j] in NUMBER_WORDS else int(words[j])
            start = j
        elif j >= 0 and words[j] in WHOLE:
            count, start = 1, j  # "all month", "the whole year"
        elif word.endswith("s") and (
            j >= 0
            and words[j] in ("for", "over", "past", "last", "been", "weeks", "months")
            or i + 1 < len(words)
            and words[i + 1] == "of"  # "months of back pain"
        ):
            count, start = 3, min(j, i) if j >= 0 else i  # "for weeks": an unsaid number, a few
        else:
            continue
        if _ago(words, i + 1) and not STILL.intersection(words):
            continue  # a point in time, unless the sentence says it goes on since
        if count * unit >= days:
            out.append(Mention(_lead_in(words, max(start, 0)), i + 1))
    return out


def doing(word: str) -> bool:
    """Does `word` tell something done ("gym", "dieting", "walking"), not time or how it is
    told ("been", "going", "about", "now", "started", "six", "weeks"), nor the complaint
    itself ("struggling", "limping": near pain in meaning, by English's word vectors)?"""
    return not (
        word in general_stopwords()
        or is_number(word)
        or word in UNIT_DAYS
        or word in STILL
        or word in TIME_TALK
        or not word.isalpha()
        or words.parts(word) in ("", words.ADVERB)
        or max(words.similarity(word, other) for other in SUFFERING) >= NEAR_SUFFERING
    )


# a doing near these in meaning tells the complaint itself: "struggling", "limping", "coping"
SUFFERING = ("pain", "hurt", "suffer", "ache", "struggle", "injury", "ill")
NEAR_SUFFERING = 0.35


TIME_TALK = frozenset(("going", "lasted", "lasting", "about", "around", "nearly", "almost"))


def _lead_in(words: tuple[str, ...], start: int) -> int:
    """Where a span of time begins with the words that lead into it: "over THE LAST few
    months" ("last" is no verb of its own there, as in "it lasted")."""
    k = start
    while k > 0 and start - k < 3 and words[k - 1] in LEAD_IN:
        k -= 1
    return k


LEAD_IN = frozenset(("the", "last", "past", "over", "for", "these", "those"))


def _ago(words: tuple[str, ...], k: int) -> bool:
    """Does the word at k, right after a span of time, make it a point in time: "two weeks
    AGO", "a few weeks BACK" (not "six weeks back pain", where "back" names a thing)?"""
    if k >= len(words):
        return False
    if words[k] == "ago":
        return True
    if words[k] != "back":
        return False
    after = words[k + 1] if k + 1 < len(words) else ""
    return not after or after in general_stopwords() or not names_a_thing(after)


def times_back(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where "back" means ago ("a few weeks back", "a while back"): no back of anyone's."""
    return [
        (k, k + 1)
        for k in range(1, len(words))
        if words[k] == "back" and words[k - 1] in BACK_TIMES and _ago(words, k)
    ]


BACK_TIMES = frozenset((*UNIT_DAYS, "while", "ages", "time"))  # "... back": ago


# how an age is said: "I'm 58", "aged 62", "58 years old", "58yo", "in my 60s"
_AGE_BEFORE = frozenset(("im", "aged", "age", "ages"))
_AGE_AFTER = (("years", "old"), ("year", "old"), ("yrs", "old"), ("yr", "old"), ("yo",), ("y", "o"))
_DECADE_BEFORE = (("in", "my"), ("in", "his"), ("in", "her"), ("in", "their"), ("in", "our"))
_OLDEST = 120


def ages(words: tuple[str, ...], years: int) -> list[Mention]:
    """Ages of at least `years` said of someone: "im 58", "i am 61", "aged 70", "58 years
    old", "a 65 year old", "58yo", "in my 60s" (not "58 mg", "at 60 kph" or "60 days")."""
    out: list[Mention] = []
    for i, word in enumerate(words):
        if (
            not (word.isascii() and word.isdigit() and len(word) <= 3)
            or not years <= int(word) <= _OLDEST
        ):
            continue
        before = words[i - 1] if i else ""
        if before in _AGE_BEFORE or (before == "am" and i >= 2 and words[i - 2] == "i"):
            out.append(Mention(i - 1, i + 1))
        elif i >= 2 and words[i - 2 : i] in _DECADE_BEFORE and words[i + 1 : i + 2] == ("s",):
            out.append(Mention(i - 2, i + 2))
        elif any(words[i + 1 : i + 1 + len(after)] == after for after in _AGE_AFTER):
            end = next(i + 1 + len(a) for a in _AGE_AFTER if words[i + 1 : i + 1 + len(a)] == a)
            out.append(Mention(i, end))
    return out


_RATE_WORDS = frozenset(("rate", "pulse", "heartrate", "hr"))
# the words between a heart rate and its figure ("my pulse IS LIKE 40", "heart rate DROPPED
# TO 45"): English
_RATE_BETWEEN = frozenset(
    (
        "is",
        "was",
        "s",
        "like",
        "about",
        "around",
        "at",
        "of",
        "only",
        "just",
        "down",
        "to",
        "dropped",
        "dropping",
        "under",
        "below",
        "reads",
        "reading",
        "says",
        "said",
        "showing",
        "shows",
        "sitting",
        "sits",
        "been",
        "has",
        "in",
        "the",
        "low",
    )
)
_SLOWEST = 15  # a figure below this is no heart rate told ("pulse is 2 weeks off")


def slow_rates(words: tuple[str, ...], below: int) -> list[Mention]:
    """Heart rates under `below` beats a minute told: "my pulse is like 40", "heart rate
    dropped to 45", "hr 38", "42 bpm" (not "my pulse is 72", "rate of 40 mg", "40 beats in
    the song"): the figure's place."""
    out: list[Mention] = []
    for i, word in enumerate(words):
        if not (word.isascii() and word.isdigit() and _SLOWEST <= int(word) < below):
            continue
        after = words[i + 1 : i + 3]
        if after[:1] == ("bpm",) or after == ("beats", "per") or after == ("beats", "a"):
            out.append(Mention(i, i + 1))
            continue
        if after[:1] and after[0] in ("mg", "mgs", "milligrams", "g", "grams", "percent"):
            continue
        k = i - 1
        while k >= 0 and i - k <= 4 and words[k] in _RATE_BETWEEN:
            k -= 1
        if k >= 0 and words[k] in _RATE_WORDS:
            out.append(Mention(i, i + 1))
    return out


def _since(words: tuple[str, ...], days: int) -> list[Mention]:
    """ "since january", "since before christmas", "since last month": a start named, not
    counted; a month or more ago as far as a message can tell."""
    out: list[Mention] = []
    if days > 60:
        return out
    for i, word in enumerate(words):
        if word != "since":
            continue
        k = i + 1
        while k < len(words) and k - i <= 4 and words[k] in SINCE_SKIPS:
            k += 1
        if k < len(words) and (
            words[k] in NAMED_TIMES
            and (words[k] != "new" or k + 1 < len(words) and words[k + 1] in ("year", "years"))
            or words[k] in SINCE_UNITS
            and k > i + 1
        ):
            out.append(Mention(i, k + 1))
    return out
