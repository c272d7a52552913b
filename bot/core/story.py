"""Reading a question with what the person has told about themselves (the situation).

Pure: over the `Matcher`'s `analyse`, `rank` and `decide`, and the `Situation` memory.
"""

from __future__ import annotations

from .knowledge import KnowledgeBase
from .matcher import ANSWERED, NO_MATCH, UNSURE, Match, Matcher, MatchResult, Query
from .situation import Situation
from .turns import has_phrase

SYMPTOMS = "symptoms"  # the [situation] group whose mention makes a statement a question
TIMING = "timing"      # the [situation] group that says when, not what: never matched
RANKED = 5


def known_notes(situation: Situation, matcher: Matcher) -> list[str]:
    """The noted phrases the knowledge base knows every word of (not when: what)."""
    groups = tuple(g for g in situation.groups if g != TIMING)
    return [p for p in situation.phrases(groups) if not matcher.analyse(p).unknown]


def decide(query: Query, ranked: list[Match], kb: KnowledgeBase) -> MatchResult:
    """A story's reading holds many told words no one entry has all of: it is answered from
    `situation_threshold`, and close seconds are offered beside it."""
    settings = kb.settings
    top = tuple(ranked[:RANKED])
    if not top or top[0].score < settings.situation_threshold:
        return MatchResult(query, NO_MATCH, top, None, top[0].score if top else 0.0)
    close = len(top) > 1 and top[0].score - top[1].score < settings.unsure_margin
    return MatchResult(query, UNSURE if close else ANSWERED, top, None, top[0].score)


def read(said: str, norm: str, plain: MatchResult, situation: Situation, matcher: Matcher,
         stands_alone: bool) -> tuple[MatchResult, bool]:
    """The message read with the situation, and whether that reading is the story's.

    A question that asks for a link ("could that be connected?", "is that from the pill?")
    is read as the whole story; another ("will it go away?") uses the story as context
    only. A question that names what it asks, or a word the base lacks, stands alone.
    """
    kb = matcher.kb
    told = " ".join(known_notes(situation, matcher))
    own = plain.query
    if not told or own.unknown or not (own.stems or has_phrase(norm, kb.cues.refer)):
        # a word the base lacks still makes the question off-topic; "how much then?"
        # says nothing the situation could complete
        return plain, False
    if plain.status == ANSWERED and stands_alone:
        return plain, False
    if has_phrase(norm, kb.cues.link):
        query = matcher.analyse(f"{told} {said}")
        story = decide(query, matcher.rank(query), kb)
    else:
        story = matcher.decide(own, matcher.rank(own, matcher.analyse(told).stems))
    if story.status == NO_MATCH:
        return plain, False
    return story, True


def told(result: MatchResult, situation: Situation, matcher: Matcher) -> MatchResult:
    """A statement that reports a symptom ("and my lower back is sore"), read with the story
    so far; on its own words when nothing was told before and they answer it."""
    notes = " ".join(known_notes(situation, matcher))
    if not notes or not (situation.before or result.status != ANSWERED):
        return result
    query = matcher.analyse(notes)
    story = decide(query, matcher.rank(query), matcher.kb)
    if story.status != NO_MATCH and (situation.before or story.score > result.score):
        return story
    return result


def example(situation: Situation, matcher: Matcher, said: str) -> str:
    """The question closest to what the person told, to invite them to ask."""
    ranked = matcher.rank(matcher.analyse(" ".join(known_notes(situation, matcher)) or said))
    return ranked[0].entry.question if ranked else ""
