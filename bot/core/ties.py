"""A tie the matcher is torn over, settled by the words the question names.

Two entries that score alike are a tie; when only one of them holds, among its own words
(question, alternates, key terms), every telling word the question names, that one is the
entry asked about. Nothing here is written for one article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .matcher import Match, Matcher, Query

NAMING = 1.0  # a word this telling (idf) must be among the entry's own words


def settled(matcher: Matcher, query: Query, top: list[Match], margin: float) -> Match | None:
    """Of the matches within `margin` of the best, the only one that names every telling
    word of `query`, or None."""
    tied = [m for m in top if top[0].score - m.score < margin]
    naming = [m for m in tied if matcher.names_every_word(m.entry, query, NAMING)]
    return naming[0] if len(naming) == 1 and query.stems else None
