"""A tie the matcher is torn over, settled by the words the question names.

Two entries that score alike are a tie; when only the best of them holds, among its own
words (question, alternates, key terms), every telling word the question names, it is the
entry asked about. Nothing here is written for one article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .matcher import Match, Matcher, Query

NAMING = 1.0  # a word this telling (idf) must be among the entry's own words


def settled(matcher: Matcher, query: Query, top: list[Match], margin: float) -> bool:
    """Of the matches within `margin` of the best, does only the best name every telling
    word of `query`? (Only the best: a topic the conversation leans on may have put it
    first.)"""
    if not query.stems or matcher.evidence(query.stems) < matcher.kb.settings.min_evidence:
        return False  # "how does magnesium help with that?" says too little of its own
    tied = [m for m in top if top[0].score - m.score < margin]
    naming = [m for m in tied if matcher.names_every_word(m.entry, query, NAMING)]
    return len(tied) > 1 and naming == tied[:1]
