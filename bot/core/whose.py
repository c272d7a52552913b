"""Whose a sign is: a person's or a thing's, the writer's or someone else's.

Pure and general English: "my phone fell" is no fall, "I went over on my ankle and fell" is
the writer's; "my little one has a fever" is the child's, and a red flag for the writer
only when the message tells that person's back pain too.
"""

from __future__ import annotations

from .clauses import Mention
from .negex import Sentence
from .negexrules import (
    FINE,
)
from .text import general_stopwords
from .whoserules import (
    ANIMALS,
    BEFORE_VERB,
    DETERMINERS,
    GOES_ON,
    OBJECTS,
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


def someone_elses(
    parsed: tuple[Sentence, ...], s: int, mention: Mention, pains, anyone: bool = False
) -> bool:
    """Is the sign someone else's, and no back pain of theirs told ("my little one has a
    fever ... my back's stiff"; "my dad had cancer, I'm worried about my back"; "my baby
    has a fever, unrelated, but...")? Not when the message comes back to that person ("...
    and landed on her bum", "now her back hurts"), nor when its sentence tells a pain
    that is not the writer's ("my husband has a fever and back pain", "my dad fell and now
    has back pain"); `pains` are the sentence's mentions of pain. With `anyone`, a
    person's sign is theirs to be told of whoever has it (an emergency: "my wife can't
    breathe"); an animal's still is not."""
    sentence = parsed[s]
    words = sentence.words
    start, end = sentence.clause_range(mention.start)
    owner = _owner_word(words, start, mention.start)
    if owner is None or owner in SELF or _done_to_me(words, mention, end):
        return False
    if owner in ANIMALS:
        return True  # "my dog lost control of his bladder": no person's red flag
    if anyone:
        return False
    told = _description_end(words, mention.end, end)
    if any(
        _comes_back(other.words, k)
        for n, other in enumerate(parsed)
        for k in range(len(other.words))
        if n != s or not start <= k < told
    ):
        return False
    return all(
        _owner(words, sentence.clause_range(p.start)[0], p.start) == SELF_OWNED for p in pains
    )


SELF_OWNED, OTHER_OWNED = "self", "other"


def _owner(words: tuple[str, ...], start: int, at: int) -> str | None:
    """Whose is the word at `at`: the nearest person before it in its clause ("my husband
    has a fever": the husband's), None if no one is named."""
    word = _owner_word(words, start, at)
    return None if word is None else SELF_OWNED if word in SELF else OTHER_OWNED


def _owner_word(words: tuple[str, ...], start: int, at: int) -> str | None:
    """The nearest person (or animal) named before position `at` in its clause."""
    for k in range(at - 1, start - 1, -1):
        if words[k] in SELF or words[k] in THIRD_PERSON or words[k] in _OTHERS:
            return words[k]
        if words[k].endswith("s") and words[k][:-1] in _OTHERS:
            return words[k][:-1]  # "my boyfriend's legs", normalised "boyfriends"
        if words[k] == "one" and k and words[k - 1] == "little":  # "my little one"
            return "one"
    return None


_OTHERS = OTHERS | ANIMALS


def _done_to_me(words: tuple[str, ...], mention: Mention, end: int) -> bool:
    """Is the writer the one it happened to ("the dog KNOCKED ME over", "a car hit me")?"""
    return any(w in OBJECTS for w in words[mention.start : min(end, mention.end + 2)])


def _comes_back(words: tuple[str, ...], k: int) -> bool:
    """Does the message tell more of that person at k ("now SHE says", "HIS back hurts",
    "landed on HER bum"), not only name them ("would it help her?", "he's fine")?"""
    if words[k] not in THIRD_PERSON and words[k] not in OTHERS:
        return False
    stop = general_stopwords()
    return any(w not in stop and w not in FINE for w in words[k + 1 : k + 3])


def _description_end(words: tuple[str, ...], at: int, end: int) -> int:
    """Where the words that describe a sign end: its clause, up to a next doing or a new
    time ("numbness in HIS feet from HIS diabetes"; "fell AND landed on her bum")."""
    for k in range(at, end):
        if words[k] in GOES_ON:
            return k
    return end


def owner(sentence: Sentence, at: int) -> str | None:
    """Whose is the word at `at` of `sentence`: SELF_OWNED, OTHER_OWNED ("my friend takes
    magnesium", "her back hurts"), or None when no one is named before it in its clause. A
    person named as what a verb was done to ("I helped my mate move and carried a sofa") is
    not whose it is: the one before them is."""
    words = sentence.words
    start = sentence.clause_range(at)[0]
    while True:
        word = _owner_word(words, start, at)
        if word is None or word in SELF or word in THIRD_PERSON:
            return None if word is None else SELF_OWNED if word in SELF else OTHER_OWNED
        at = max(k for k in range(start, at) if words[k].startswith(word))
        k = at - 1
        while k >= start and words[k] in DETERMINERS:
            k -= 1
        if k < start or words[k] in GOES_ON:  # "my friend takes ...", "... and my wife"
            return OTHER_OWNED
