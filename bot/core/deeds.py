"""What the person says they did, in words no list of the base holds: "i bent over to pick
up my kid", "hunched over a laptop all day".

Pure, and general English: parts of speech (bot/core/words.py) and the negation and
experience words of the red-flag reader (bot/core/negexrules.py); nothing here names a
topic. A clause tells a deed when it is the person's (a first-person word, or a word that
can only be a verb first: "carried a sofa down the stairs") and holds a verb that is not a
function word, not an everyday one ("came", "work") nor one that tells what was felt or
undergone ("felt a twinge", "started it"): the deed is that verb and what follows it in its
clause. The base reads a deed by its
verb: the nearest in meaning of its own words for what people do (`reading`).
"""

from __future__ import annotations

from collections.abc import Callable

from . import words
from .askrules import EXPERIENCE, OWNING
from .meaning import everyday
from .negexrules import PRE_NEGATION
from .text import LazyPattern, normalise, stem

# clauses: at punctuation, and at the words that join two things done ("... and carried ...")
# and at the words that open a clause of when ("my back started hurting AFTER i moved ...")
_CLAUSE = LazyPattern(
    r"[,;:.!?()]+|\s[-\u2013\u2014]+\s"
    r"|\s(?:and|but|then|so|because|while|after|before|when|since|until|once)\s"
)
NEGATION = frozenset(phrase[0] for phrase in PRE_NEGATION if len(phrase) == 1) | {
    "cant",
    "cannot",
    "couldnt",
}
_UNDERGONE = frozenset(map(stem, EXPERIENCE))  # "felt", "feeling", "noticed": not done
# "i just BOUGHT the same one", "ORDERED some glycinate": a thing got, no act of the body
_GOTTEN = frozenset(map(stem, ("buy", "bought", "order", "ordered", "purchase", "purchased")))
MIN_LETTERS = 3  # a verb this short ("go", "do") says too little of what was done


def deeds(
    text: str,
    me: frozenset[str],
    stopwords: frozenset[str],
    told_otherwise: Callable[[str], bool] = lambda clause: False,
) -> list[str]:
    """The deeds `text` tells of the person (`me`: the first-person words), each as said
    from its verb to the end of its clause. A clause that `told_otherwise` (one that asks,
    or tells what a list of the base notes, as what they take or feel) or that denies ("i
    didn't lift anything") tells no deed."""
    found = []
    for clause in _CLAUSE.split(text):
        said = normalise(clause).split()
        if not said or NEGATION & set(said) or told_otherwise(clause):
            continue
        at = _verb_at(said, me, stopwords)
        if at is not None:
            found.append(" ".join(said[at:]))
    return found


def the_persons(sentence: str, me: frozenset[str], stopwords: frozenset[str]) -> bool:
    """Does a sentence tell what the person did: a first-person word as who does it ("i fell
    off my bike"), or first a word that can only be a verb ("hauling boxes all day"); not
    "someone at the gym said ..."."""
    said = normalise(sentence).split()
    return any(w in me and w not in OWNING for w in said) or (
        bool(said) and _only_verb(said[0], stopwords)
    )


def _verb_at(said: list[str], me: frozenset[str], stopwords: frozenset[str]) -> int | None:
    """Where the deed's verb stands in a clause's words, if the clause tells one."""
    # the person as who does it ("i", "we"), not as whose ("my back")
    person = next((i for i, w in enumerate(said) if w in me and w not in OWNING), None)
    if person is None:  # no first person: the clause starts with what was done
        return 0 if _only_verb(said[0], stopwords) else None
    for i in range(person + 1, len(said)):
        word = said[i]
        if _is_verb(word, stopwords):
            return i
        if word not in stopwords and word not in me:
            return None  # "i think", "my back": the first word after the person is not done
    return None


def _is_verb(word: str, stopwords: frozenset[str]) -> bool:
    return (
        len(word) >= MIN_LETTERS
        and word.isalpha()
        and word not in stopwords
        and stem(word) not in _UNDERGONE
        and stem(word) not in _GOTTEN
        and not everyday(word)  # "came off my bike": too common to say what was done
        and words.VERB in words.parts(word)
    )


def _only_verb(word: str, stopwords: frozenset[str]) -> bool:
    """A verb that names no thing nor a state ("carried", "hunched"; not "work", "back",
    nor "loose" or "swollen", which tell how something is, not what was done)."""
    return _is_verb(word, stopwords) and is_done(word) and words.ADJECTIVE not in words.parts(word)


def is_done(word: str) -> bool:
    """Does `word` tell a thing done, never a thing: a verb that cannot be a noun?"""
    found = words.parts(word)
    return words.VERB in found and words.NOUN not in found


def verb(deed: str) -> str:
    """The verb of a deed (its first word)."""
    return deed.split(maxsplit=1)[0] if deed else ""


def reading(word: str, kinds: list[str], near_enough: float) -> str:
    """How the base reads the verb of a deed: the word of `kinds` (the base's own words for
    what people do) nearest to it in meaning, when at least `near_enough`; "" when none is
    ("bent" is "twisted"; "helped" is none, whatever the base says of help)."""
    near = max(kinds, key=lambda kind: words.similarity(word, kind), default="")
    return near if near and words.similarity(word, near) >= near_enough else ""
