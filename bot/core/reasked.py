"""The last question asked again, of something else: "and oxide?", "then what is?", "what
about anxiety?" after a decline. Each reads the message as the previous question with a
part put in place of another, and says which reading the base answers, or that it is no
such question.

Pure: over `Matcher.match` and the readings of bot/core/corrections.py and
bot/core/stranded.py. The conversation turns what they find into a reply and remembers it.
"""

from __future__ import annotations

from .corrections import NAMING, asks_of_its_own, naming, same_for
from .knowledge import Entry, KnowledgeBase
from .matcher import ANSWERED, NO_MATCH, UNSURE, Matcher, MatchResult
from .question import Question
from .reasons import unled
from .situation import Situation
from .text import LazyPattern
from .turns import has_phrase


def best_reading(readings: list[str], matcher: Matcher) -> tuple[Question, MatchResult]:
    """Of the ways to read a message, the one that matches best; the likeliest (first) if
    tied."""
    return max(
        ((r, matcher.match(r)) for r in map(Question, readings)),
        key=lambda pair: pair[1].status != NO_MATCH and pair[1].score,
    )


def same_question_for(
    said: Question, asked: str, situation: Situation, matcher: Matcher
) -> tuple[Question, MatchResult] | None:
    """ "and oxide?" after "is magnesium citrate a laxative?": the last question asked of
    the thing named instead of its own of that kind, when an entry that names it answers
    that (`corrections.same_for`); None otherwise, and when the message asks a question of
    its own: "how much magnesium oxide is too much?" asks how much, not the last question
    of oxide."""
    kb = matcher.kb
    if asks_of_its_own(said, kb.cues):
        return None
    fixed = same_for(said, asked, kb.cues, kb.lexicon.stopwords, situation)
    if not fixed.readings:
        return None
    reading, plain = best_reading(fixed.readings, matcher)
    plain = naming(plain, fixed.names, matcher)
    brought = matcher.analyse(" ".join(fixed.names))
    if brought.stems and set(brought.stems) <= set(matcher.analyse(asked).stems):
        return None  # "and the nerves in particular?" of a question that named them: no other
    if (
        plain.status != ANSWERED
        or plain.best is None  # an article passage answered
        or not matcher.names_every_word(plain.best.entry, brought, NAMING)
    ):  # the answer must be about the thing named: "and glycinate?" is not about bloating
        return None
    return reading, plain


# the words that open a condition ("what about when ...", "and if ..."): English grammar
_CONDITION = frozenset({"when", "if", "whenever"})
_CLAUSE_END = LazyPattern(r"[,;:]")


def asked_on_condition(
    said: Question, asked: str, last: Entry, distinct: frozenset[str], matcher: Matcher
) -> tuple[Question, MatchResult] | None:
    """ "what about when you lift things badly?" after "does poor posture cause back pain?":
    the last question asked of the condition told instead of what it named. What it asked
    (its words that tell no entry apart: "cause back pain") is read with the condition;
    what it named of its own (`distinct`: "posture") is what the condition replaces. The
    reading stands only when another entry than the `last` answer answers it outright,
    naming the condition's own words; None otherwise (no such message, or no answer)."""
    cues = matcher.kb.cues
    words = said.normalised.split()
    while words and words[0] in cues.lead:  # "oh and when ...": "and when ..."
        words = words[1:]
    lean = next(
        (n for n in range(len(words), 0, -1) if " ".join(words[:n]) in cues.lean), 0
    )  # "what about", "and", "how about"
    if lean and words[lean - 1] in _CONDITION:  # "what if ...": the condition follows
        lean -= 1
    if not lean or lean >= len(words) - 1 or words[lean] not in _CONDITION:
        return None
    condition = " ".join(words[lean + 1 :])
    own = matcher.analyse(condition)
    if not own.stems or own.unknown:
        return None
    # its main clause: not what it added after a comma or a condition of its own ("...,
    # particularly if you sit all day")
    main = Question(_CLAUSE_END.split(asked, maxsplit=1)[0]).normalised.split()
    main = main[: next((n for n, w in enumerate(main) if w in _CONDITION), len(main))]
    kept = [w for w in main if (read := matcher.analyse(w).stems) and not set(read) & distinct]
    if not kept:
        return None
    reading = Question(f"{condition} {' '.join(kept)}")
    result = matcher.match(reading)
    if (
        result.status != ANSWERED
        or result.best is None  # an article passage answered
        or result.best.entry == last
        or not matcher.names_every_word(result.best.entry, own, NAMING)
    ):
        return None
    return reading, result


def declined_question_for(
    said: Question, asked: str, situation: Situation, matcher: Matcher
) -> tuple[Question, MatchResult] | None:
    """ "what about for anxiety?" right after "does magnesium help with sleep?" was
    declined: the declined question asked of the thing named instead, answered as that
    reading is, declined too when it is ("does it help with anxiety?" is not whether
    anxiety causes back pain, which the words alone find). None when the message is no
    such question: one that tells of the person, or asks its own ("and when to worry?")."""
    kb = matcher.kb
    if has_phrase(said.normalised, kb.cues.me) or asks_of_its_own(said, kb.cues):
        return None
    fixed = same_for(said, asked, kb.cues, kb.lexicon.stopwords, situation)
    if not fixed.readings:
        return None
    reading, plain = best_reading(fixed.readings, matcher)
    return reading, naming(plain, fixed.names, matcher)


def instead_of(
    said: Question, asked: str, last: Entry, kb: KnowledgeBase, matcher: Matcher
) -> tuple[str, MatchResult] | None:
    """ "then what is?" after "is magnesium a direct cause of back pain?": the last
    question asked of what else fills its subject (`stranded.asked_instead`), answered
    only by an entry whose question does not name that subject, nor the `last`; when none
    answers so, it is read without the words that only describe ("what is a cause of back
    pain?"). None when the message is not such a question or nothing answers it."""
    from .stranded import POINTERS, asked_instead, stranded  # noqa: PLC0415 - a follow-up's only

    left = stranded(" ".join(unled(said.normalised, kb.cues)))
    if left is None:
        return None
    instead = asked_instead(left, asked)
    if instead is None or set(instead.subject) <= POINTERS:
        # "is that from the magnesium?" named nothing of its own for "that", and "my back
        # has been sore" asked nothing: the answer's question says what was asked ("can
        # magnesium cause back pain?"), and what else fills its subject is asked ("what
        # else could it be?": what else can cause back pain)
        instead = asked_instead(left, last.question)
    if instead is None:
        return None
    subject = set(matcher.analyse(" ".join(instead.subject)).stems)
    others = {
        e.id for e in kb.entries if e != last and not subject & set(matcher.question_stems(e))
    }
    for reading in filter(None, (instead.question, instead.plainer)):
        result = matcher.match(Question(reading), among=others)
        if result.status in (ANSWERED, UNSURE):
            return reading, result
    return None
