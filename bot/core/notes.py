"""The notes of a story in the base's own words: what the person told that the knowledge
base can read, what they did read as the base's words for things done.

Pure: over `Matcher.analyse` and the `Situation` memory.
"""

from __future__ import annotations

from . import words
from .corrections import main_stem
from .deeds import is_done, reading, verb
from .matcher import Matcher
from .meaning import COMMON, KIN
from .situation import ACTIVITIES, SYMPTOMS, TAKING, TIMING, Situation
from .text import stem, tokens


def known_notes(
    situation: Situation, matcher: Matcher, groups: tuple[str, ...] | None = None
) -> list[str]:
    """The noted phrases the knowledge base knows every word of (not when: what), of
    `groups` when given."""
    out = []
    wanted = groups or situation.groups
    for group in (g for g in wanted if g != TIMING):
        if group == TAKING:
            out.extend(taken_how(situation, matcher))
        for phrase in situation.phrases((group,)):
            read = matcher.analyse(phrase)
            if (
                group == TAKING
                and phrase in situation.former
                and main_stem(matcher) not in read.stems
            ):
                continue  # "switched from glycinate to oxide": glycinate is no longer taken
            if group == ACTIVITIES and (phrase in situation.deeds or not read.stems):
                # what they did, in words the base lacks: its verb in the base's words
                phrase = did(verb(phrase) if phrase in situation.deeds else phrase, matcher)
            elif read.unknown:
                continue
            if phrase:
                out.append(phrase)
    if situation.notes_are_own() and SYMPTOMS in wanted:
        # what they feel, in their own words: a clause that tells no listed phrase but
        # symptoms ("my nerves are turned up", "muscle cramps in my calves"); what they
        # take and did is told by the listed phrases and the deeds
        for clause, told in situation.said:
            if set(told) <= {SYMPTOMS}:
                words = own_words(clause, situation, matcher)
                if words:
                    out.append(words)
    return out


def taken_how(situation: Situation, matcher: Matcher) -> list[str]:
    """The verbs the person told what they take with, when the base is asked by them: what
    they did with it, not only what it is ("started", "switched" in "i started taking
    citrate", "switched from glycinate to oxide"), which tells when the story began. Words
    every question may hold ("take", "been") tell nothing and are left out. Beside another
    cause told (what they did, their health), when they started it singles out nothing."""
    others = (g for g in situation.groups if g not in (TAKING, SYMPTOMS, TIMING))
    if situation.deeds or situation.taken_for or any(situation.phrases((g,)) for g in others):
        return []  # nor when it was started for a symptom told: no onset, a treatment
    out = []
    for clause, told in situation.said:
        if TAKING not in told:
            continue
        ahead = tokens(clause)
        first = next((i for i, w in enumerate(ahead) if situation.find(w)), len(ahead))
        for word in ahead[:first]:
            if word in situation.stopwords or word in situation.me or not is_done(word):
                continue  # a thing done: "dose" in "took a big dose of citrate" is a thing
            read = matcher.analyse(word, asked=False)
            strong = matcher.index.strong
            if read.stems and not read.unknown and all(s in strong for s in read.stems):
                out.append(word)
    return list(dict.fromkeys(out))


def own_words(clause: str, situation: Situation, matcher: Matcher) -> str:
    """The words of a clause told in the person's own words that the base knows and that
    tell (not everyday ones, not those of a listed phrase): "muscle" of "muscle cramps in my
    calves", "chronic" of "chronic back pain", "nerves" of "my nerves are turned up"."""
    listed = {stem(w) for _, phrase in situation.find(clause) for w in tokens(phrase)}
    kept = []
    for word in tokens(clause):
        if word in situation.stopwords or stem(word) in listed or word in situation.me:
            continue
        if words.zipf(word) >= COMMON:  # "started", "helping": the story's glue, not a topic
            continue
        read = matcher.analyse(word, asked=False)
        if read.stems and not read.unknown and not read.filler and matcher.evidence(read.stems):
            kept.append(word)
    return " ".join(dict.fromkeys(kept))


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
