"""Whether an answer tells apart the two things a question asks the difference between.

"What's the difference between a fraud alert and a credit freeze?" is not answered by an
entry that names both in one breath ("ask them to place fraud alerts and a credit freeze"):
that says nothing of how they differ. An answer tells them apart when it says something of
each on its own (a sentence or clause that names one and not the other: "calcium makes the
muscle contract; magnesium is needed for it to relax"), or compares them in one ("oxide is
absorbed less than citrate"). General English, true of any article.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .text import LazyPattern, normalise

ASPECT = "difference"  # as `MatchResult.not_said` names it, beside bot/data/aspects.toml's
NAME = "how they differ"

# "the difference between X and Y (for ...)", "how is X different from Y", "X vs Y"-free:
# a headline naming two things is answered by what the article says of each
_ASKED = LazyPattern(r"\bdifferences? between (.+?) and (.+)$")
_DIFFERENT = LazyPattern(r"\b(?:is|are) (.+?) (?:different|any different) (?:from|than|to) (.+)$")
# where a side ends: what the difference is asked for or of ("... for cramps", "... in kids")
_SIDE_END = LazyPattern(r"\b(?:for|in|when|if|with|on|regarding|as far as|because)\b.*$")
# where an answer's clauses part: sentences, semicolons, and the words that set one against
# another
_CLAUSES = LazyPattern(r"[.;:!?]|\b(?:but|whereas|while|unlike|however|instead)\b", re.IGNORECASE)
_COMPARING = frozenset(
    ("than", "unlike", "whereas", "differ", "differs", "different", "compared", "versus",
     "more", "less", "better", "worse")
)  # fmt: skip


def sides(question: str) -> tuple[str, str] | None:
    """The two things a (normalised) question asks the difference between, as words."""
    if "between" not in question and "different" not in question:
        return None  # most questions: neither pattern's words (none compiled)
    found = _ASKED.search(question) or _DIFFERENT.search(question)
    if found is None:
        return None
    first, second = found.group(1), _SIDE_END.sub("", found.group(2)).strip()
    if not first.strip() or not second:
        return None
    return first.strip(), second


# "the link between X and Y", "any connection between X and Y": a tie asked of two things
_LINK_ASKED = LazyPattern(
    r"\b(?:link|links|connection|connections|relationship|relation|correlation) between "
    r"(.+?) and (.+)$"
)


def linked(question: str) -> tuple[str, str] | None:
    """The two things a (normalised) question asks the tie between, as words: an answer
    must tell of both ("the link between magnesium and sleep" is not answered by the link
    between magnesium and back pain)."""
    if "between" not in question:
        return None
    found = _LINK_ASKED.search(question)
    if found is None:
        return None
    first, second = found.group(1).strip(), _SIDE_END.sub("", found.group(2)).strip()
    return (first, second) if first and second else None


def tells_apart(
    answer: str, first: frozenset[str], second: frozenset[str], stems: Callable[[str], set[str]]
) -> bool:
    """Does `answer` say something of each side on its own, or compare them in one clause?
    A side is held by a clause that holds all its stems (`stems` reads a clause's)."""
    alone_first = alone_second = False
    for clause in _CLAUSES.split(answer):
        said = stems(clause)
        has_first, has_second = first <= said, second <= said
        if has_first and has_second and not _COMPARING.isdisjoint(normalise(clause).split()):
            return True
        alone_first = alone_first or (has_first and not has_second)
        alone_second = alone_second or (has_second and not has_first)
    return alone_first and alone_second
