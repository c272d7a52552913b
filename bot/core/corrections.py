"""Corrections: "no, I meant oxide", "not the colon, the stomach", "sorry typo i meant ...".

Pure. `correction` reads a message as a correction of the previous question (or not);
`corrected_questions` applies it, giving the question to ask instead. What counts as "a
word of the same kind" ("citrate" for "glycinate") is the knowledge base's: its
`[situation]` groups.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rapidfuzz.distance import OSA

from .knowledge import Cues
from .question import Question
from .situation import Situation
from .text import max_typos, normalise, stem, tokens
from .turns import is_asking
from .words import zipf

_NOT_WORDS = re.compile(r"(?<![\w'])not\s+")
LOOSE_WORDS = 4  # "sorry, lower back" corrects; "no, that is not what i wanted" does not
TYPO_GAP = 1.5  # Zipf: a near spelling this much rarer than a cue's word is a typo of it


class Correction(NamedTuple):
    """A correction of the previous question: a whole new question, or a part to swap."""

    question: str | None  # "i meant is it good for spasms": ask this instead
    instead: tuple[str, ...]  # the words that replace part of the previous question
    wrong: tuple[str, ...]  # the words said to be wrong ("not citrate"), as stems
    loose: bool = False  # "sorry, sitting": only if it replaces a word of its kind


def correction(message: Question | str, previous: str, cues: Cues) -> Correction | None:
    """Read `message` as a correction of `previous`, or None when it is not one."""
    message = Question.of(message)
    words = cue_spelling(message.normalised.split(), cues.correct)
    norm = " ".join(words)
    before = set(stem(w) for w in tokens(previous))
    said = _after_cue(words, cues.correct)
    loose = False
    if said is None and not _NOT_WORDS.search(norm):
        # "sorry, sitting": a few words after "no" or "oops" may stand for one of the last
        # question's words
        lead = next(
            (n for n in range(len(words) - 1, 0, -1) if " ".join(words[:n]) in cues.correct_start),
            0,
        )
        rest = words[lead:]
        if (
            not lead
            or not previous
            or len(rest) > LOOSE_WORDS
            or is_asking(" ".join(rest), cues)
            or set(rest) & cues.me
        ):  # "sorry, my back hurts" tells, it corrects nothing
            return None
        said, loose = rest, True
    if said is None:
        # "X, not Y" / "not Y, X": a correction only when Y is a word of the last question
        if is_asking(message, cues):
            return None
        said = words
    right, wrong = _split_not(said)
    if wrong and not set(stem(w) for w in wrong) & before:
        if said is words:
            return None
        wrong = []
    if not right and not wrong:
        return None
    if right and is_asking(" ".join(right), cues) and not wrong:
        return Correction(" ".join(right), (), ())
    return Correction(None, tuple(right), tuple(stem(w) for w in wrong), loose)


def cue_spelling(words: list[str], phrases: frozenset[str]) -> list[str]:
    """`words` with a typo of a cue's word spelt as the cue has it ("sorry i ment sitting").

    A typo is one edit (or swap) away from the cue's word and much rarer in English than it, so that
    "mean" stays "mean" beside "meant", and "type" is not read as "typo".
    """
    cue_words = {w for p in phrases for w in p.split() if max_typos(w)}
    out = []
    for word in words:
        if word not in cue_words and max_typos(word):
            near = [
                c
                for c in cue_words
                if OSA.distance(word, c, score_cutoff=1) <= 1 and zipf(c) - zipf(word) >= TYPO_GAP
            ]
            word = near[0] if len(near) == 1 else word
        out.append(word)
    return out


def resolve(question: str, previous: str, refer: frozenset[str]) -> str:
    """`question` with a pronoun that stands where `previous` had words put back.

    "is it good for spasms" after "is magnesium good for sleep" is "is magnesium good
    for spasms": the two are aligned word by word, and "it" takes the place of "magnesium".
    """
    from difflib import SequenceMatcher

    new, old = normalise(question).split(), normalise(previous).split()
    if not old or not set(new) & refer:
        return question
    out: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, new, old, autojunk=False).get_opcodes():
        if op == "replace" and i2 - i1 == 1 and new[i1] in refer:
            out.extend(old[j1:j2])
        else:
            out.extend(new[i1:i2])
    return " ".join(out)


def _after_cue(words: list[str], phrases: frozenset[str]) -> list[str] | None:
    """The words after the last correction cue, or None when there is no cue."""
    found = None
    for phrase in phrases:
        cue = phrase.split()
        n = len(cue)
        for i in range(len(words) - n + 1):
            if words[i : i + n] == cue and (found is None or i + n > found):
                found = i + n
    return None if found is None else words[found:]


def _split_not(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "oxide not citrate" / "not citrate oxide" into what is right and what is wrong.

    What is wrong runs from "not" to the end, or to the next clause when "not" comes first;
    a lone word after it is all that is wrong in "the hips not the legs".
    """
    if "not" not in words:
        return words, []
    at = words.index("not")
    if at == 0:
        # "not the colon the stomach": the wrong part is the first content word or two
        rest = words[1:]
        cut = 1
        while cut < len(rest) and rest[cut - 1] in ("the", "a", "an", "my", "your"):
            cut += 1
        return rest[cut:], rest[:cut]
    return words[:at], words[at + 1 :]


def corrected_questions(
    said: Question, asked: str, cues: Cues, stopwords: frozenset[str], situation: Situation
) -> list[str]:
    """The ways to read `asked` (the previous question) with the correction in `said`
    applied, the likeliest first; none when `said` corrects nothing. With no previous
    question, the words after the cue. The caller keeps the one that matches best."""
    fix = correction(said, asked, cues)
    if fix is None:
        return []
    if fix.question is not None:
        return [resolve(fix.question, asked, cues.refer)]
    if not asked:  # nothing to correct: what follows the cue is the question
        return [" ".join(fix.instead)] if fix.instead else []
    instead = [w for w in fix.instead if w not in stopwords]
    before = normalise(asked).split()
    wrong = {i for i, w in enumerate(before) if w not in stopwords and stem(w) in fix.wrong}
    if not wrong and instead:  # "i meant citrate": it stands for a word of the same kind
        kinds = {group for group, _ in situation.find(" ".join(instead))}
        wrong = _first_run(
            {
                i
                for i, w in enumerate(before)
                if w not in stopwords and any(group in kinds for group, _ in situation.find(w))
            }
        )
    if wrong:
        return [_replace(before, wrong, instead, situation)]
    if fix.loose or not instead:
        return []
    # nothing says which part is wrong: added to it, or in place of as many words at its end
    content = [i for i, w in enumerate(before) if w not in stopwords]
    last = set(content[-len(instead) :]) if len(instead) < len(content) else set()
    out = [" ".join(before + instead)]
    if last:
        out.append(_replace(before, last, instead, situation))
    return out


def _replace(before: list[str], wrong: set[int], instead: list[str], situation: Situation) -> str:
    """`before` with the words at `wrong` replaced by those of `instead` it lacks."""
    kept = {w for i, w in enumerate(before) if i not in wrong}
    keep = [w for w in instead if w not in kept] or instead
    out, put = [], False
    for i, word in enumerate(before):
        if i in wrong:
            if not put:
                out.extend(_same_kind(keep, word, situation))
                put = True
        else:
            out.append(word)
    return " ".join(out)


def _same_kind(words: list[str], wrong: str, situation: Situation) -> list[str]:
    """Of the correcting words, those of the wrong word's kind, if the base says so."""
    kinds = {group for group, _ in situation.find(wrong)}
    same = [w for w in words if kinds & {g for g, _ in situation.find(w)}]
    return same or words


def _first_run(positions: set[int]) -> set[int]:
    """The first run of consecutive positions: one part of a question is corrected."""
    run: set[int] = set()
    for i in sorted(positions):
        if run and i != max(run) + 1:
            break
        run.add(i)
    return run
