"""The questions a statement answers, drafted by English grammar alone (its instructions
and openings are read in bot/authoring/sentences.py).

A statement is asked by turning it round: subject and auxiliary ("Formula can spoil" ->
"Can formula spoil?", "What happens with prepared formula?"), a verb of its own ("Magnesium
draws water" -> "Does magnesium draw water?", "Microwaves heat milk unevenly" -> "Do
microwaves heat milk unevenly?"), a definition ("Cronobacter is a germ" -> "What is
Cronobacter?"), a way ("The best way to X is to Y" -> "What is the best way to X?"), what
there is ("There is no cure" -> "Is there a cure?"), "it is ... to" ("It is safe to mix it"
-> "Is it safe to mix it?"), and what the reader is told they should, can or need to do
("You don't need a domain name" -> "Do I need a domain name?"). Which words can be verbs or
nouns comes from general English (bot/core/words.py); nothing here knows a subject.
"""

from __future__ import annotations

from ..core import words as english
from .phrasing import AUX, FUNCTION, MAX_WORDS, Names, finish, lower_first, person, word_set

SUBJECT_WORDS = 6  # the words before an auxiliary that may be its subject
# ... or more, when they are a clause of their own: "Those WHO suffer from allergies or asthma
# should ...", "PROTECTING yourself and your loved ones from pollution is ..."
LONG_SUBJECT_WORDS = 10

CONDITION = frozenset(("if", "when", "once", "after", "before", "while", "unless", "whenever"))
_ASKED_AS = {"may": "Can", "might": "Can", "must": "Should", "would": "Would", "will": "Will"}
_CONSEQUENCE = frozenset(("may", "might", "can", "could", "will"))  # what follows from a thing
_IS_TO = (["is", "to"], ["are", "to"])
_VERB_FOLLOWERS = word_set("the a an to your my their its this that these those it them")
_DEMONSTRATIVES = frozenset(("this", "these", "that", "those", "such"))
# words that follow a noun, and rarely a verb of the present: "masks like those", "filters
# with a rating", "bottles of water"
_NOUN_FOLLOWERS = word_set("like of with such including")
_QUANTIFIERS = word_set("most many some all few several both each every any no")
_DETERMINERS = word_set("the your my our their his her its these those most many some all few")
_PARTICLES = word_set("to in on at by up out off over down back away about around through")
_IRREGULAR_PLURALS = word_set("people children men women feet teeth mice geese")
_PRONOUN_SUBJECTS = word_set("it this that these those they he she we which here there such")


def yours(said: list[str]) -> tuple[bool, list[str]] | None:
    """What the reader is told they should, can or need to do ("You should be able to
    explain it", "you can use GitHub Pages", "You don't need a domain name"), asked as
    they would ask it: "Should I be able to explain it?", "Can I use GitHub Pages?", "Do
    I need a domain name?"; and whether it tells what to do (should, must, need to: a
    condition before it asks "What should I do if ..."). None for any other sentence."""
    lowered = [w.lower().strip(",;:").replace("\u2019", "'") for w in said]
    if lowered[:1] in (["you'll"], ["you'd"]):  # "You'll need more water": you will
        said = ["You", "will" if lowered[0] == "you'll" else "would", *said[1:]]
        lowered = ["you", "will" if lowered[0] == "you'll" else "would", *lowered[1:]]
    if len(said) < 3 or lowered[0] != "you":
        return None
    verb, rest = lowered[1], said[2:]
    rest = [w.replace("\u2019", "'") for w in rest]
    negative = rest[0].lower() in ("not", "never")
    if verb in ("don't", "dont") or verb == "do" and negative:
        verb, rest = "do", rest[1:] if verb == "do" else rest
        negative = True
    elif negative:
        rest = rest[1:]
    elif verb.endswith("n't") or verb == "cannot":  # "you can't", "you shouldn't"
        verb = {"can't": "can", "cannot": "can", "won't": "will"}.get(verb, verb[:-3])
        negative = True
    if verb == "do" and rest and rest[0].lower() in ("need", "have"):
        verb, rest = rest[0].lower(), rest[1:]
    if verb in ("need", "have") and rest[:1] and rest[0].lower() == "to" or verb == "need":
        asked_as, telling = ["Do", "I", verb], True
    elif verb in ("should", "must", "ought"):
        asked_as, telling = ["Should", "I"], True
        rest = rest[1:] if verb == "ought" and rest[:1] == ["to"] else rest
    elif verb in ("may", "might") and [w.lower() for w in rest[:2]] == ["want", "to"]:
        asked_as, telling, rest = ["Should", "I"], True, rest[2:]  # "you may want to ..."
    elif verb in ("may", "might") and [w.lower() for w in rest[:2]] == ["need", "to"]:
        asked_as, telling, rest = ["Do", "I", "need"], True, rest[1:]  # "you may need to ..."
    elif verb in ("can", "could") or verb in ("may", "might") and not negative:
        # "you can't undo it": "Can I undo it?", which tells nothing to do
        asked_as, telling = ["Can", "I"], not negative
    elif verb in ("may", "might", "will", "would"):
        asked_as, telling = ["Will", "I"], False
    else:
        return None
    while len(rest) > 1 and _adverb(rest[0].lower().strip(",")):
        rest = rest[1:]  # "you can often get ...": how often is no part of the question
    if not rest or not rest[0][:1].isalpha():
        return None
    return telling, [finish([*asked_as, *person(rest)])]


def there_is(said: list[str]) -> list[str]:
    """ "There is no cure for it" -> "Is there a cure for it?", "There are several ways
    to ..." -> "Are there several ways to ...?": what a sentence says exists, asked."""
    lowered = [w.lower().replace("\u2019", "'") for w in said]
    if lowered[0] == "there's":
        verb, rest = "is", said[1:]
    elif lowered[0] == "there" and len(said) > 2:
        verb, rest = lowered[1], said[2:]
    else:
        return []
    if verb not in ("is", "are", "was", "were") or len(rest) < 2:
        return []
    end = next((i for i, w in enumerate(rest) if w.endswith(",")), None)
    if end is not None and end >= 2:  # the clause that says what there is
        rest = [*rest[:end], rest[end].rstrip(",")]
    if rest[0].lower() == "no":
        noun = rest[1].lower().strip(",;:") if len(rest) > 1 else ""
        plural = verb in ("are", "were")
        article = "any" if plural else ("an" if noun[:1] in "aeiou" else "a")
        rest = [article, *rest[1:]]
    return [finish([verb.capitalize(), "there", *person(rest)])]


def _adverb(word: str) -> bool:
    """Is `word` an adverb, and neither a verb nor a noun ("often", "also", "easily")?"""
    kinds = english.parts(word)
    return (
        word not in _PARTICLES
        and english.ADVERB in kinds
        and english.VERB not in kinds
        and english.NOUN not in kinds
    )


def bare(said: list[str]) -> bool:
    """Does an item name things with no verb of its own after its subject ("Bills for items
    you did not buy", "Bank account numbers"), rather than say something of them?"""
    lowered = [w.lower().strip(",;:") for w in said]
    return not any(w in AUX for w in lowered[1 : SUBJECT_WORDS + 1])


def example_case(said: list[str]) -> tuple[str, list[str]] | None:
    """The case a statement names among its examples ("..., including when you deploy
    it, ..." -> ("when", "you deploy it")), or None."""
    lowered = [w.lower() for w in said]
    for at in range(len(said) - 3):
        if said[at].endswith(",") and lowered[at + 1] == "including":
            kind = lowered[at + 2]
            end = next((j for j in range(at + 3, len(said)) if said[j].endswith(",")), None)
            if kind in CONDITION and end is not None:
                return kind, [*said[at + 3 : end], said[end].rstrip(",")]
            return None
    return None


def without_examples(said: list[str]) -> list[str]:
    """A statement without the examples it sets between commas ("The best practice,
    including when you deploy it, is to ..."): they are no part of its subject."""
    found = examples(said)
    return found[0] if found else said


def examples(rest: list[str]) -> list[list[str]]:
    """The words of an instruction without the examples set between commas ("personal
    information, including your passport, in a safe place"), then with the examples for
    the thing they are examples of ("your passport in a safe place"): what people ask of
    the thing named, or of the example they hold. None when there are no such examples."""
    lowered = [w.lower() for w in rest]
    for at in range(len(rest) - 2):
        if not rest[at].endswith(","):
            continue
        start = at + 1
        if lowered[start] in ("including", "like"):
            start += 1
        elif lowered[start : start + 2] == ["such", "as"]:
            start += 2
        else:
            continue
        end = next((j for j in range(start, len(rest)) if rest[j].endswith(",")), None)
        if end is None or end == len(rest) - 1:
            return []
        plain = [*rest[:at], rest[at].rstrip(","), *rest[end + 1 :]]
        example = [*rest[start:end], rest[end].rstrip(","), *rest[end + 1 :]]
        return [plain, example]
    return []


def stated(said: list[str], names: Names) -> list[str]:
    """Subject and auxiliary turned round, "What is X?" for a definition, "Does X do Y?"
    for a verb of its own, "Why ...?" for a sentence that gives its reason."""
    reason = [w.lower() for w in said].index("because") if "because" in said else None
    lowered = [w.lower() for w in said]
    way = next(
        (k for k in range(2, min(len(said) - 1, MAX_WORDS + 4)) if lowered[k : k + 2] in _IS_TO),
        None,
    )
    if way is not None and not _not_a_subject(said[:way]) and way > SUBJECT_WORDS:
        # "The best way to invite people to share your work is to ...": a long subject
        return [finish(["What", lowered[way], *person(lower_first(said[:way], names))])]
    extraposed = _it_is(lowered)
    if extraposed is not None:  # "It is safe to mix it with tap water"
        return [finish(["Is", "it", *person(said[len(said) - extraposed :])])]
    for k, word in enumerate(said[: LONG_SUBJECT_WORDS + 1]):
        bare = word.lower()
        subject = said[:k]
        if k > SUBJECT_WORDS and (bare not in AUX or not _long_subject(subject)):
            continue  # past six words, only an auxiliary after a clause-like subject
        if k + 1 < len(said) and said[k + 1].lower() in AUX and bare not in AUX:
            continue  # "N95 masks do not ...": the noun before the auxiliary is the subject's
        if (
            k + 1 < len(said)
            and said[k + 1].lower() in _NOUN_FOLLOWERS
            and bare not in AUX
            and english.NOUN in english.parts(bare)
        ):
            continue  # "Fabric masks LIKE those may clog": a noun the phrase after describes
        if k and bare in _NOUN_FOLLOWERS and any(w.lower() in AUX for w in said[k + 1 : k + 6]):
            continue  # ... and "like" there is no verb of the masks ("people like tea" is)
        if k and _plural_does(subject, bare, said[k + 1 : k + 2]):
            # "Microwaves heat milk unevenly" -> "Do microwaves heat milk unevenly?"
            if _not_a_subject(subject):
                return []
            rest = said[k + 1 :] if reason is None else said[k + 1 : reason]
            end = next((i for i, w in enumerate(rest) if w.endswith(",")), None)
            rest = rest if end is None else [*rest[:end], rest[end].rstrip(",")]
            asked = [*person(lower_first(subject, names)), bare, *person(rest)]
            # "People join because it solves a problem" -> "Why do people join?" too
            return [finish(["Do", *asked]), *([finish(["Why", "do", *asked])] if reason else [])]
        if not k or not (bare in AUX or bare in ("means", "mean") or verb_s(bare)):
            continue
        if bare not in AUX and all(w.lower() in FUNCTION for w in subject):
            continue  # "Most paints": a noun after a determiner, not a verb
        if bare not in AUX and _not_a_subject(subject):
            return []
        if bare in ("means", "mean"):
            return [finish(["What", "does", *person(lower_first(subject, names)), "mean"])]
        if bare in AUX:
            rest = said[k + 1 :]
            if len(subject) > 2 and _adverb(subject[-1].lower()):
                # "Air pollution generally is linked to ...": the adverb goes after the subject
                subject, rest = subject[:-1], [subject[-1].lower(), *rest]
                reason = reason and reason + 1
            if _not_a_subject(subject):
                return []
            return _inverted(subject, bare, rest, reason and reason - k - 1, names)
        if k + 1 < len(said) and not (subject[-1].endswith("s") and not subject[-1].endswith("ss")):
            # "Vinegar dissolves limescale"; not "Microwaves heats": a plural is no subject
            rest = said[k + 1 :] if reason is None else said[k + 1 : reason]
            asked = [*person(lower_first(subject, names)), verb_s(bare), *person(rest)]
            return [
                finish(["Does", *asked]),
                *([finish(["Why", "does", *asked])] if reason else []),
            ]
    return []


def _long_subject(subject: list[str]) -> bool:
    """Is a subject of more than six words one that holds its own clause or phrase: it opens
    with a verb's -ing form ("Protecting yourself ... is important"), or holds "who", "that"
    or "which" ("Those who suffer from asthma should ...")?"""
    lowered = [w.lower() for w in subject]
    first = lowered[0] if lowered else ""
    gerund = first.endswith("ing") and english.VERB in english.parts(first[:-3] or first)
    # ... or a phrase that describes its noun ("Masks LIKE those sold in shops may ...")
    return gerund or not ({"who", "that", "which"} | _NOUN_FOLLOWERS).isdisjoint(lowered[1:])


def _it_is(lowered: list[str]) -> int | None:
    """ "It is safe to ...", "It's perfectly normal to ...": how many words follow "it is"
    and the adverbs after it, when an adjective and "to" or "that" follow; else None."""
    if lowered[:1] == ["it's"] or lowered[:1] == ["it\u2019s"]:
        at = 1
    elif lowered[:2] in (["it", "is"], ["it", "was"]):
        at = 2
    else:
        return None
    while at < len(lowered) and _adverb(lowered[at]):
        at += 1
    rest = lowered[at:]
    if len(rest) < 3 or rest[1] not in ("to", "that", "for"):
        return None
    if english.ADJECTIVE not in english.parts(rest[0].strip(",")):
        return None
    return len(rest)


def _plural_does(subject: list[str], word: str, after: list[str]) -> bool:
    """Is `word` the plain verb of a plural subject ("Microwaves heat", "Most formulas
    need")? The subject ends on a plural noun and the word can only be read as a verb
    there: not an auxiliary, not a noun the subject names ("Bank account numbers")."""
    if not subject or len(subject) > SUBJECT_WORDS - 2 or not english.available():
        return False
    last = subject[-1].lower()
    plural = last.endswith("s") and not last.endswith("ss") or last in _IRREGULAR_PLURALS
    if not plural or last in FUNCTION:
        return False
    if english.NOUN not in english.parts(last) or word in AUX or word in FUNCTION:
        return False
    kinds = english.parts(word)
    past = word.endswith("ed") and english.VERB in english.parts(word[:-2] or word[:-1])
    if english.VERB not in kinds or past or word.endswith(("s", "ing")):
        return False
    # a word that can be a noun too is a verb when a determiner or "to" follows it, or
    # after a plural that is only a noun, led by a determiner ("Your lungs USE water"):
    # a noun that names a kind of the next is singular ("account numbers", not "accounts")
    follower = after[0].lower() if after else ""
    led = subject[0].lower() in _DETERMINERS and english.parts(last) == english.NOUN
    return english.NOUN not in kinds or follower in _VERB_FOLLOWERS or led


def _inverted(
    subject: list[str], aux: str, rest: list[str], reason: int | None, names: Names
) -> list[str]:
    who = person(lower_first(subject, names))
    out = []
    if (
        aux in ("is", "are")
        and rest
        and rest[0].lower() in ("a", "an", "the")
        and len(who) <= 4
        and who[0].lower() not in _QUANTIFIERS  # "Most launches are a process": no definition
    ):
        out.append(finish(["What", aux, *who]))
    elif aux in ("is", "are") and rest[:1] == ["to"] and len(rest) > 1:
        out.append(finish(["What", aux, *who]))  # "The best way to X is to Y": a way asked
    if aux in ("is", "are") and rest[:1] == ["called"] and len(rest) > 1:
        named = " ".join(rest[1:]).split(",")[0].split()
        if len(named) <= 4:
            out.append(finish(["What", aux, *named]))
    if aux in ("has", "have", "does", "do") and (not rest or rest[0].lower() != "not"):
        return out  # "has" and "does" are often the verb itself
    said = list(rest[:reason])
    joined = [i for i, w in enumerate(said[:-1]) if w in ("and", "but") and said[i + 1] in AUX]
    said = said[: joined[0]] if joined else said  # "is not sterile and can have germs"
    told = [w for w in said if w.lower() != "not"]  # asked either way; why, as said
    asked_as = _ASKED_AS.get(aux, aux.capitalize())
    out.append(finish([asked_as, *who, *person(told)]))
    if aux in _CONSEQUENCE and len(who) >= 2 and who[0].lower() not in _DEMONSTRATIVES:
        # "Too much water may cause ...", not "This information can ...": what "this" is
        # was said before, and asked alone it names nothing
        out.append(finish(["What", "happens", "with", *who]))
    if reason:
        # "N95 masks do not block odors, because ...": why they do NOT
        out.append(finish(["Why", aux if aux not in _ASKED_AS else "can", *who, *person(said)]))
    return out


# a sentence that opens on one of these opens on a phrase, not on its subject ("IN this
# case Cargo will ...")
_PREPOSITIONS = word_set("in on at for with by from during after before under within")


def _not_a_subject(subject: list[str]) -> bool:
    """Words that cannot be asked about alone: a clause, a pronoun, "to ..." ."""
    first = subject[0].lower()
    return (
        first in _PREPOSITIONS
        or any(w.endswith((",", ":", ";")) for w in subject)
        or subject[-1].lower() in FUNCTION
        or first in CONDITION
        or len(subject) == 1
        and first in _PRONOUN_SUBJECTS
        or first in ("here", "there")
    )


def verb_s(word: str) -> str:
    """The plain verb of a third-person verb ("draws" -> "draw", "applies" -> "apply"), or
    "" when `word` is not one."""
    if word.endswith("ss") or not english.available() or english.VERB not in english.parts(word):
        return ""
    # "rates" -> "rate" before "rat", "uses" -> "use"; "watches" -> "watch" after "watche"
    for cut, add in (("ies", "y"), ("s", ""), ("es", "")):
        if word.endswith(cut):
            lemma = word[: -len(cut)] + add
            if english.VERB in english.parts(lemma):
                return lemma
    return ""
