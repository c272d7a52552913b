"""Whose a sign is: a person's or a thing's, the writer's or someone else's.

Pure and general English: "my phone fell" is no fall, "I went over on my ankle and fell" is
the writer's; "my little one has a fever" is the child's, and a red flag for the writer
only when the message tells that person's back pain too.
"""

from __future__ import annotations

from .clauses import Mention
from .negex import Sentence
from .negexrules import (
    BEFORE_VERB,
    DETERMINERS,
    OTHERS,
    PEOPLE,
    SELF,
    THINGS,
    THIRD_PERSON,
    VERB_FORMS,
)


def by_person(words, at: int) -> bool:
    """Does the verb at `at` happen to a person ("I fell", "my mum slipped", "fell down the
    stairs") rather than to a thing ("my phone fell", "the price fell", "it fell off")?"""
    k = at - 1
    while k >= 0 and words[k] in BEFORE_VERB:
        if words[k] == "and":
            return True  # the subject of the verb before: "I went over on my ankle and fell"
        k -= 1
    if k < 0 or words[k] in PEOPLE:
        return True
    verb = words[at].endswith("ed") or words[at] in VERB_FORMS  # not "a hard tackle"
    return not (words[k] in THINGS or verb and k and words[k - 1] in DETERMINERS)


def someone_elses(parsed: tuple[Sentence, ...], s: int, mention: Mention, pains) -> bool:
    """Is the sign someone else's, and no back pain of theirs told ("my little one has a
    fever ... my back's stiff"; "my dad had cancer, I'm worried about my back"; "my baby
    has a fever, unrelated, but...")? Not when the message comes back to that person ("...
    and landed on her bum", "now her back hurts"), nor when its sentence tells a pain
    that is not the writer's ("my husband has a fever and back pain", "my dad fell and now
    has back pain"); `pains` are the sentence's mentions of pain."""
    sentence = parsed[s]
    words = sentence.words
    start, _ = sentence.clause_range(mention.start)
    if not _other_subject(words, start, mention.start):
        return False
    rest = [
        w
        for n, other in enumerate(parsed)
        for k, w in enumerate(other.words)
        if n != s or not start <= k < mention.end
    ]
    if any(w in THIRD_PERSON or w in OTHERS for w in rest):
        return False
    return all(
        _owner(words, sentence.clause_range(p.start)[0], p.start) == SELF_OWNED for p in pains
    )


SELF_OWNED, OTHER_OWNED = "self", "other"


def _owner(words: tuple[str, ...], start: int, at: int) -> str | None:
    """Whose is the word at `at`: the nearest person before it in its clause ("my husband
    has a fever": the husband's), None if no one is named."""
    for k in range(at - 1, start - 1, -1):
        if words[k] in SELF:
            return SELF_OWNED
        if words[k] in THIRD_PERSON or words[k] in OTHERS:
            return OTHER_OWNED
        if words[k] == "one" and k and words[k - 1] == "little":  # "my little one"
            return OTHER_OWNED
    return None


def _other_subject(words: tuple[str, ...], start: int, at: int) -> bool:
    return _owner(words, start, at) == OTHER_OWNED
