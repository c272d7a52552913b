"""Weighing the causes a story tells: what the person did against the other things they
told that might explain their symptoms (what they take, what they were told of their health).

Pure: over `Matcher.match` and the `Situation` memory. The groups are the base's
(`[situation]` in conversation.toml); nothing here names a topic.

A thing done (lifting, a move, a fall) is a cause by itself: told, it is evidence. Another
cause explains the symptoms only through those its reading holds and the reading of what was
done does not ("bloating" beside "back pain"), and a symptom the person denies that only its
reading holds ("no stomach trouble at all") counts against it. Beside a thing done, a cause
with no evidence left is left out of the story's reading: "moved house, hauling boxes" and
"on citrate for months with zero issues", then "my back's sore", is read as the move.
"""

from __future__ import annotations

from . import words
from .index import holds
from .knowledge import Entry
from .matcher import Matcher
from .notes import known_notes
from .question import Question
from .situation import ACTIVITIES, SYMPTOMS, TIMING, Situation
from .text import LazyPattern, stem, tokens

_OR = LazyPattern(r"\bor\b")  # "magnesium or the move?": two sides


def causes(situation: Situation) -> tuple[str, ...]:
    """The groups of a story that may explain its symptoms: not the symptoms, not when."""
    return tuple(g for g in situation.groups if g not in (SYMPTOMS, TIMING))


def outweighed(situation: Situation, matcher: Matcher) -> tuple[str, ...]:
    """The causes of the story its evidence leaves out, beside a thing done: those whose
    reading (another than that of what was done) holds no more symptoms told that the
    reading of what was done lacks than symptoms denied."""
    if not (situation.done or situation.deeds):  # "someone at the gym said ...": nothing
        return ()  # told as the person's doing
    did = known_notes(situation, matcher, (ACTIVITIES,))
    symptoms = known_notes(situation, matcher, (SYMPTOMS,))
    denied = [p for p in situation.denials((SYMPTOMS,)) if not matcher.analyse(p).unknown]
    done = _reading(did, symptoms, matcher)
    out = []
    for group in causes(situation):
        told = known_notes(situation, matcher, (group,))
        if group == ACTIVITIES or not told:
            continue
        entry = _reading(told, symptoms, matcher)
        if entry is None or entry == done:  # the story does not tell the two apart
            continue
        told_for = sum(_alone(p, entry, done, matcher) for p in symptoms)
        if told_for - sum(_alone(p, entry, done, matcher) for p in denied) <= 0:
            out.append(group)
    return tuple(out)


def story_notes(
    situation: Situation, matcher: Matcher, groups: tuple[str, ...] | None = None
) -> list[str]:
    """The known notes of the story (of `groups`, when given), but those of the causes its
    evidence leaves out."""
    left = outweighed(situation, matcher)
    kept = tuple(g for g in groups or situation.groups if g not in left)
    return known_notes(situation, matcher, kept) if kept else []


def opposed(asked: str, situation: Situation) -> bool:
    """Does a question set two causes of the story against each other ("magnesium or the
    move?", "is it the mag or my lifting?"): at "or", each side names a cause group the
    other does not ("citrate or oxide?" names one: what is taken)."""
    sides = _OR.split(asked)
    if len(sides) != 2:
        return False
    first, second = (_named(side, situation) for side in sides)
    return bool(first - second and second - first)


def _named(side: str, situation: Situation) -> set[str]:
    """The cause groups one side of a question names: by a listed phrase, or a thing done
    by a word of a deed told ("the move" for "helped my brother move house")."""
    groups = set(causes(situation))
    named = {g for g, _ in situation.find(side) if g in groups}
    plain = situation.stopwords | situation.me
    # the words of what they did, and of the clauses that told it ("deadlifted heavy
    # tuesday", noted as "heavy": "the deadlift" names it)
    clauses = [clause for clause, groups in situation.said if ACTIVITIES in groups]
    deed_words = {
        w
        for deed in (*situation.deeds, *clauses)
        for w in tokens(deed)
        if w not in plain and all(g == ACTIVITIES for g, _ in situation.find(w))
    }  # not a word of another thing told in the clause ("and take magnesium")
    done = {stem(w) for w in deed_words}
    said = [w for w in tokens(side) if w not in plain]
    if done & {stem(w) for w in said} or _near_a_deed(said, deed_words):
        named.add(ACTIVITIES)
    return named


DEED_NEAR = 0.5  # a word this near (word vectors) a word of a deed told names that deed
CHATTER = 5.5  # a word more frequent than this (Zipf) names no thing ("like", "really")


def _near_a_deed(said: list[str], deed_words: set[str]) -> bool:
    """Does a side name what was done in other words ("my CHAIR" after "desk job, 9 hrs
    sitting")? A word of its own, not a common word of chat, near one the deed was told in."""
    return any(
        len(w) > 2 and words.zipf(w) < CHATTER and words.similarity(w, d) >= DEED_NEAR
        for w in said
        for d in deed_words
        if len(d) > 2
    )


def _reading(notes: list[str], symptoms: list[str], matcher: Matcher) -> Entry | None:
    """The entry a cause's notes and the symptoms lead to, sure or not."""
    best = matcher.match(Question(" ".join((*notes, *symptoms))), story=True).best
    return best.entry if best is not None else None


def _alone(phrase: str, entry: Entry, other: Entry | None, matcher: Matcher) -> bool:
    """Does `entry` say `phrase` (a symptom), and `other` (when there is one) not?"""
    return holds_said(entry, phrase, matcher) and not (
        other is not None and holds_said(other, phrase, matcher)
    )


def holds_said(entry: Entry, phrase: str, matcher: Matcher) -> bool:
    """Does `entry` say `phrase` (a symptom), in its question, alternates, terms or answer?"""
    at = matcher.index_of[entry.id]
    index = matcher.index
    stems = [s for s in matcher.analyse(phrase).stems if s in index.idf]
    return bool(stems) and all(
        holds(index.strong, s, at) or holds(index.weak, s, at) for s in stems
    )
