"""Figures of speech that use a symptom's words for something else, found by their shape
rather than listed one by one as `IDIOMS` are.

Pure and general English, nothing about one article:
  - a feeling told of the mind ("my brain is numb", "my mind went dead", "my heart feels
    numb") is a mood, not a sensation of the body; the working of an organ told of it
    ("my heart is racing", "my heart rate is high", "my head is pounding") is the body's;
  - a liking told as a failing ("I'm weak for chocolate", "a weakness for crisps") is no
    weakness of a limb: an adjective (or "a" noun made of one, "-ness") followed by "for"
    and a thing, not a span of time ("weak for days", "numb for no reason") nor a manner
    ("weak for sure").
The words of a sign inside one of these spans do not count (`bot.signs`).
"""

from __future__ import annotations

from . import words as english
from .durations import BACK_TIMES, NAMED_TIMES, is_number
from .text import general_stopwords

# the seats of thought and feeling that a sensation is said of only as a figure
MIND = frozenset(
    (
        "brain",
        "brains",
        "mind",
        "head",
        "heart",
        "soul",
        "spirit",
        "feelings",
        "emotions",
        "thoughts",
    )
)
OWNERS = frozenset(("my", "the", "his", "her", "your", "our", "their", "whole"))
# read through between the mind and what is said of it: "my brain's gone a bit numb"
LINKING = frozenset(
    (
        "is",
        "s",
        "was",
        "feels",
        "feel",
        "felt",
        "feeling",
        "went",
        "goes",
        "gone",
        "has",
        "have",
        "had",
        "been",
        "turned",
        "just",
        "so",
        "totally",
        "completely",
        "utterly",
        "a",
        "bit",
        "little",
        "kind",
        "sort",
        "of",
        "kinda",
        "really",
        "all",
        "like",
        "literally",
        "basically",
        "properly",
        "absolutely",
        "fully",
        # how often or since when: "my heart KEEPS fluttering", "my heart SOMETIMES races"
        "keeps",
        "keep",
        "kept",
        "always",
        "sometimes",
        "often",
        "still",
        "constantly",
        "randomly",
        "occasionally",
        "suddenly",
        "started",
        "starts",
    )
)
REACH = 6  # words read through after the mind at most
# what a heart (or a head) does as a body, said of it: its beat, rate and throb, no mood
ORGAN_WORKING = frozenset(
    (
        "beat",
        "beats",
        "beating",
        "rate",
        "rhythm",
        "racing",
        "races",
        "raced",
        "pounding",
        "pounds",
        "pounded",
        "thumping",
        "thumps",
        "hammering",
        "throbbing",
        "throbs",
        "fluttering",
        "flutters",
        "flutter",
        "fluttered",
        "fluttery",
        "jumping",
        "jumps",
        "jumped",
        "flipping",
        "flips",
        "flipped",
        "hammers",
        "hammered",
        "thumped",
        "throbbed",
        "missing",
        "misses",
        "missed",
        "stopping",
        "stops",
        "pausing",
        "skipping",
        "skips",
        "skipped",
        "palpitating",
        "irregular",
        "irregularly",
        "erratic",
        # what it is doing: "my heart is DOING weird things", "ACTING up", "GOING crazy"
        "doing",
        "acting",
        "going",
        "does",
        "did",
        "keeps",
        "kept",
    )
)
# what follows "for" as a manner or a time, not a thing liked: "weak for sure", "for ages"
FOR_NOT_A_THING = frozenset(
    (
        "sure",
        "certain",
        "real",
        "good",
        "now",
        "once",
        "long",
        "longer",
        "ever",
        "hours",
        "hour",
        "hrs",
        "minutes",
        "minute",
        "mins",
        "seconds",
        "ages",
        "yonks",
        "today",
        "tonight",
        "yesterday",
        "months",
        "weeks",
        "days",
        "nights",
        "mornings",
        "no",
        "some",
    )
)


def figurative_spans(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of `words` that use a symptom's words as a figure of speech."""
    return [*_of_the_mind(words), *_liking(words)]


def _of_the_mind(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """ "my brain is numb", "my mind went dead": from the mind to the first word said of it."""
    out = []
    for k, word in enumerate(words):
        if word not in MIND or not k or words[k - 1] not in OWNERS:
            continue
        j = k + 1
        while j < len(words) and j - k <= REACH and words[j] in LINKING:
            j += 1
        if j < len(words) and j - k <= REACH and words[j] not in ORGAN_WORKING:
            out.append((k, j + 1))
    return out


def _liking(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """ "I'm weak for chocolate", "a weakness for crisps": the failing, before "for" a thing."""
    out = []
    stop = general_stopwords()
    for k in range(1, len(words) - 1):
        if words[k] != "for":
            continue
        before, thing = words[k - 1], words[k + 1]
        if (
            thing in stop
            or thing in FOR_NOT_A_THING
            or thing in BACK_TIMES
            or thing in NAMED_TIMES
            or is_number(thing)
            or not thing.isalpha()
            or english.parts(thing) in (english.ADVERB, english.ADJECTIVE, "ar")
        ):
            continue
        if k >= 2 and words[k - 2] in ("too", "not"):
            continue  # "too weak for stairs" says what it cannot do
        if english.ADJECTIVE in english.parts(before) or (
            before.endswith("ness") and k >= 2 and words[k - 2] == "a"
        ):
            out.append((k - 1, k))
    return out
