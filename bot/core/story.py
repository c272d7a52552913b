"""Reading a question with what the person has told about themselves (the situation).

Pure: over `Matcher.match` (and `analyse`) and the `Situation` memory.
"""

from __future__ import annotations

from .matcher import ANSWERED, NO_MATCH, Matcher, MatchResult
from .question import Question
from .situation import Situation
from .turns import has_phrase

SYMPTOMS = "symptoms"  # the [situation] group whose mention makes a statement a question
TIMING = "timing"  # the [situation] group that says when, not what: never matched


def known_notes(situation: Situation, matcher: Matcher) -> list[str]:
    """The noted phrases the knowledge base knows every word of (not when: what)."""
    groups = tuple(g for g in situation.groups if g != TIMING)
    return [p for p in situation.phrases(groups) if not matcher.analyse(p).unknown]


def question_in_story(
    said: Question, plain: MatchResult, situation: Situation, matcher: Matcher, stands_alone: bool
) -> tuple[MatchResult, bool]:
    """The message read with the situation, and whether that reading is the story's.

    A question that asks for a link ("could that be connected?", "is that from the pill?")
    is read as the whole story; another ("will it go away?") uses the story as context
    only. A question that names what it asks, or a word the base lacks, stands alone.
    """
    kb = matcher.kb
    norm = said.normalised
    told = " ".join(known_notes(situation, matcher))
    own = plain.query
    if not told or own.unknown or not (own.stems or has_phrase(norm, kb.cues.refer)):
        # a word the base lacks still makes the question off-topic; "how much then?"
        # says nothing the situation could complete
        return plain, False
    if plain.status == ANSWERED and stands_alone:
        return plain, False
    if has_phrase(norm, kb.cues.link):
        story = matcher.match(Question(f"{told} {said.raw}"), story=True)
    else:
        story = matcher.match(own, topic=matcher.analyse(told).stems)
    if story.status == NO_MATCH:
        return plain, False
    return story, True


def symptom_in_story(result: MatchResult, situation: Situation, matcher: Matcher) -> MatchResult:
    """A statement that reports a symptom ("and my lower back is sore"), read with the story
    so far; on its own words when nothing was told before and they answer it."""
    notes = " ".join(known_notes(situation, matcher))
    if not notes or not (situation.before or result.status != ANSWERED):
        return result
    story = matcher.match(Question(notes), story=True)
    if story.status != NO_MATCH and (situation.before or story.score > result.score):
        return story
    return result


def example_question(situation: Situation, matcher: Matcher, said: Question) -> str:
    """The question closest to what the person told, to invite them to ask."""
    notes = " ".join(known_notes(situation, matcher))
    best = matcher.match(Question(notes) if notes else said, story=True).best
    return best.entry.question if best else ""
