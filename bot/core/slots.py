"""A word the base does not know, standing where an entry's phrasing has a word of its own.

"Magnesium's job in the body?" is the phrasing "magnesium function in the body" with "job"
in the place of "function": the content words line up one for one and only that pair
differs. A generic word (no topic of its own) in that slot says what the phrasing's word
says, so the question is read again with it. Nothing here is written for one article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import meaning
from . import words as english
from .text import stem

if TYPE_CHECKING:
    from .matcher import Match, Matcher, Query

NEAREST = 3  # the best-ranked entries whose phrasings are looked at
_NAMING = frozenset(("n",))  # the part of speech of words that may share a slot


def reread(matcher: Matcher, query: Query, top: list[Match]) -> str | None:
    """The question with its one generic word in an entry's slot put as the phrasing says
    it, or None."""
    said = matcher.lexicon.content_words(list(query.words))
    generic = set(query.filler)
    for slot in generic:  # the others, if they name no thing ("actual"), are set aside
        if any(meaning.names_a_thing(w) for w in generic - {slot}):
            continue  # "job in the economy": the economy is no slot of a phrasing
        ours = [w for w in said if w == slot or w not in generic]
        if len(ours) < 2:
            continue
        for match in top[:NEAREST]:
            phrasings = matcher.index.phrases.gather((matcher.index_of[match.entry.id],))[0]
            for phrasing in phrasings:
                theirs = matcher.lexicon.content_words(phrasing.split())
                if len(theirs) != len(ours):
                    continue
                pairs = [(a, b) for a, b in zip(theirs, ours, strict=True) if stem(a) != stem(b)]
                if (
                    pairs == [(pairs[0][0], slot)]
                    and matcher.spell(pairs[0][0])
                    and _same_part(pairs[0][0], slot)
                ):
                    return re.sub(rf"\b{re.escape(slot)}\b", pairs[0][0], query.text)
    return None


def _same_part(theirs: str, ours: str) -> bool:
    """Can the typed word stand in the phrasing word's slot: both may be nouns (the shipped
    word data; a name it lacks, "glycinate", is no slot)? "job" for "function" names what
    it names; a quality or a doing is what a question asks of a thing, and one does not
    say another: "bad", "addictive" or "boring" for "popular" or "promoted" ("is magnesium
    bad?" as "why is mag so popular?") says nothing of it."""
    a, b = english.parts(theirs), english.parts(ours)
    return bool(set(a) & set(b) & _NAMING)
