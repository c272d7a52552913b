"""The notes of a story in the base's own words: what the person told that the knowledge
base can read, what they did read as the base's words for things done.

Pure: over `Matcher.analyse` and the `Situation` memory.
"""

from __future__ import annotations

from .deeds import is_done, reading, verb
from .matcher import Matcher
from .meaning import KIN
from .situation import ACTIVITIES, TIMING, Situation


def known_notes(
    situation: Situation, matcher: Matcher, groups: tuple[str, ...] | None = None
) -> list[str]:
    """The noted phrases the knowledge base knows every word of (not when: what), of
    `groups` when given."""
    out = []
    for group in (g for g in groups or situation.groups if g != TIMING):
        for phrase in situation.phrases((group,)):
            read = matcher.analyse(phrase)
            if group == ACTIVITIES and (phrase in situation.deeds or not read.stems):
                # what they did, in words the base lacks: its verb in the base's words
                phrase = did(verb(phrase) if phrase in situation.deeds else phrase, matcher)
            elif read.unknown:
                continue
            if phrase:
                out.append(phrase)
    return out


def did(word: str, matcher: Matcher) -> str:
    """The verb of what the person did as the base reads it: the activity of the base's
    list (`[situation]`) nearest in meaning, of those the base knows that tell a thing done
    (a verb, never a noun: "lifted", not "water"), if near enough to be of a kind with it
    ("bent" over is "twisted"; "drink" coffee is none)."""

    def known(w: str) -> bool:  # a telling word of the base, not an everyday one ("work")
        read = matcher.analyse(w)
        return not read.unknown and matcher.evidence(read.stems) > 0

    listed = dict(matcher.kb.cues.situation).get(ACTIVITIES, ())
    done = [p for p in listed if " " not in p and is_done(p) and known(p)]
    return reading(word, done, KIN)
