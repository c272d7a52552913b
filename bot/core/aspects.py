"""What a question asks about its topic ("how much", "how long", "who should not"...).

A question can name a topic the article covers and still ask something it never says:
"How much magnesium oxide is too much?" is about oxide, but asks a dose. The aspects are
general English, shipped with the code in bot/data/aspects.toml, not per article: a
question's aspects are found in the sentences that ask; an entry addresses an aspect when
it is asked that way or its answer holds what such an answer holds (a dose, a duration).
"""

import os
import re
from functools import lru_cache
from typing import NamedTuple

from . import literals
from . import words as english
from .text import LazyPattern, normalise, stem, sums_in_words

DATA = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "aspects.toml"
)


class Aspect(NamedTuple):
    id: str
    name: str  # "how much to take (doses or amounts)"
    asks: tuple[str, ...]  # normalised phrases that ask it
    asks_pattern: str = ""  # a regular expression over the normalised question
    answers: tuple[str, ...] = ()  # regular expressions over the normalised answer
    told: bool = False  # told in the story around a question that says little, still asked
    others: str = ""  # a regular expression whose group is another given it or taking it
    # strings one of which a question holds if `asks_pattern` (`others`) is to match it,
    # read when a base is compiled: the pattern is compiled only for a question that may
    asks_needs: tuple[str, ...] = ()
    others_needs: tuple[str, ...] = ()
    # a regular expression of the uses of its phrases that ask nothing of it ("cramps AT
    # NIGHT" tells when a symptom comes, not when to take a thing)
    unless: str = ""
    # a regular expression of the questions that ask a count of its units ("how many
    # MINUTES"), which only `counted_answers` answer: "until it is safe" tells how long, but
    # no number of minutes
    counted: str = ""
    counted_answers: tuple[str, ...] = ()
    # False: asking it only tells that a question says enough to be sure of ("what is it
    # for?" of the subject alone), and no answer is declined for not addressing it
    declines: bool = True


@lru_cache(maxsize=2)
def _read(path: str) -> dict:
    """bot/data/aspects.toml parsed, once for `load` and `frames` alike."""
    import tomllib

    with open(path, "rb") as f:
        return tomllib.load(f)


def load(path: str = DATA) -> tuple[Aspect, ...]:
    """The aspects of bot/data/aspects.toml (read when a knowledge base is compiled)."""
    data = _read(path)
    return tuple(
        Aspect(
            a["id"],
            a["name"],
            _with_degrees(tuple(dict.fromkeys(normalise(p) for p in a["asks"]))),
            a.get("asks_pattern", ""),
            tuple(a.get("answers", ())),
            bool(a.get("told", False)),
            a.get("others", ""),
            literals.needed(a.get("asks_pattern", ""), spaced=True),
            literals.needed(a.get("others", ""), spaced=True),
            a.get("unless", ""),
            a.get("counted", ""),
            tuple(a.get("counted_answers", ())),
            bool(a.get("declines", True)),
        )
        for a in data["aspect"]
    )


def _with_degrees(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases and, of each one-word adjective, the comparative and superlative: a
    question that asks if a thing is "pricier" asks its price as "pricey" does."""
    out = dict.fromkeys(phrases)
    for phrase in phrases:
        if " " not in phrase:
            out.update(dict.fromkeys(english.degrees(phrase)))
    return tuple(out)


def _holds(text: str, phrases: tuple[str, ...]) -> bool:
    return any(map(f" {text} ".__contains__, _padded(phrases)))


@lru_cache(maxsize=64)
def _padded(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases as whole words are found in a line padded alike (one tuple per aspect);
    a phrase of two words also with "of" between them the other way round, as English may
    say it ("disease of the kidney" for "kidney disease")."""
    out = [f" {p} " for p in phrases]
    for phrase in phrases:
        words = phrase.split()
        if len(words) == 2 and all(len(w) > 2 and w not in _QUESTION_WORDS for w in words):
            out += [f" {words[1]} of{det} {words[0]} " for det in _OF_DETERMINERS]
    return tuple(out)


_OF_DETERMINERS = ("", " the", " my", " his", " her", " their")
# "what time" is no "time of what" ("at the time of what happened")
_QUESTION_WORDS = frozenset({"what", "which", "how", "who", "when", "where", "why", "whats"})


@lru_cache(maxsize=64)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in patterns)


def for_base(aspects: tuple[Aspect, ...], own) -> tuple[Aspect, ...]:
    """The aspects as one base asks them: a one-word cue that is one of the base's own words
    (`own(word)`) asks nothing the base does not cover: "baby" is a population in an article
    on magnesium, the subject of one on infant formula."""
    return tuple(
        a._replace(asks=tuple(p for p in a.asks if " " in p or not own(p))) for a in aspects
    )


def asked(text: str, aspects: tuple[Aspect, ...]) -> tuple[str, ...]:
    """The ids of the aspects a (normalised) question asks: not by a use of a phrase that
    asks nothing of the aspect (`unless`: "she gets cramps at night")."""
    return tuple(
        a.id
        for a in aspects
        if _asks(text, a)
        and not (
            a.unless and re.search(a.unless, text) and not _asks(re.sub(a.unless, " ", text), a)
        )
    )


def _asks(text: str, a: Aspect) -> bool:
    return _holds(text, a.asks) or bool(
        a.asks_pattern
        and literals.may_match(text, a.asks_needs, spaced=True)
        and re.search(a.asks_pattern, text)
    )


def asked_of_others(text: str, aspects: tuple[Aspect, ...], own) -> tuple[str, ...]:
    """The ids of the aspects a (normalised) question asks by naming another as the one given
    a thing or taking it ("can I give my dog magnesium?", "should my husband take it?"):
    whether that one may take it, which an article on what the thing does need not say.
    Who is named is a noun that is none of the base's own words (`own(word)`): "give my
    back a rest" and "can my stomach take it" name no one else."""
    found: list[str] = []
    for a in aspects:
        if not a.others or not literals.may_match(text, a.others_needs, spaced=True):
            continue
        for hit in re.finditer(a.others, text):
            who = next((g for g in hit.groups() if g), None)
            if who and not own(who) and english.NOUN in english.parts(who):
                found.append(a.id)
                break
    return tuple(found)


_GIVING = frozenset(("give", "gives", "gave", "giving", "feed", "feeds", "fed", "feeding"))
# "grabbing MY kid", "lifted THE baby": the words between a verb and the person it acts on
_OBJECT_OPENERS = frozenset(("my", "our", "his", "her", "their", "the", "a", "an", "up", "out"))
# verbs that say who someone is or what they have, not what is done to them ("my dad HAS
# kidney disease", "my son IS diabetic")
_STATING = frozenset(("has", "have", "had", "is", "are", "was", "were", "got", "gets", "get"))


def without_objects(told: tuple[str, ...], giving: bool = True) -> tuple[str, ...]:
    """A told sentence's words without who or what an action is done to (after its "my",
    "the"): "twisted grabbing my kid out of the car seat" tells of the one who grabbed, not
    of a child who may take the supplement (who a story is about bears on who may take it;
    whom it acts on does not). For the aspects a story asks; and, with `giving` False, for
    a question's, where who is given or fed a thing ("can I give my son one?") is kept:
    whether that one may take it is what it asks. General English, by the parts of speech
    of the shipped word data."""
    out: list[str] = []
    for i, word in enumerate(told):
        k = i - 1
        while k >= 0 and told[k] in _OBJECT_OPENERS:
            k -= 1
        acted_on = (
            k < i - 1
            and k >= 0
            and told[k] not in _STATING
            and english.parts(told[k]) == "v"  # only ever a verb: "grabbing", "lifted"
            and (giving or told[k] not in _GIVING)
        )
        if not acted_on:
            out.append(word)
    return tuple(out)


def asking_words(text: str, aspects: tuple[Aspect, ...], ids: tuple[str, ...]) -> frozenset[str]:
    """The words after "what", "which" or "how" in the phrases of a (normalised) question
    that ask the aspects `ids`: the "temperature" of "what temperature", the "degrees" of
    "how many degrees", words that ask, not name a topic."""
    said = f" {text} "
    found: set[str] = set()
    for a in aspects:
        if a.id not in ids:
            continue
        for p in a.asks:
            first, _, rest = p.partition(" ")
            if rest and first in ("what", "which", "how") and f" {p} " in said:
                found.update(rest.split())
    return frozenset(found)


def degree_words(
    text: str, aspects: tuple[Aspect, ...], frames: tuple[str, ...]
) -> tuple[str, ...]:
    """The words a (normalised) question asks with, not its topic: the "quickly" of "how
    quickly", the "long" of "how long", the "temperature" of "what temperature" (a "how",
    "what" or "which" and one word that the aspects ask: the article may use the word, but
    the question asks by it, it names no topic), the
    "happens" of "what happens" (`frames`, of bot/data/aspects.toml, kept in the index)."""
    said = f" {text} "
    found = [p.partition(" ")[2] for p in _degrees(aspects) if f" {p} " in said]
    found += [w for p in frames if f" {p} " in said for w in p.split()[1:]]
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=1)
def frames(path: str = DATA) -> tuple[str, ...]:
    """The phrases of bot/data/aspects.toml that ask, not name ("what happens"), read when
    a knowledge base is compiled."""
    return tuple(normalise(p) for p in _read(path).get("frames", ()))


@lru_cache(maxsize=8)
def _degrees(aspects: tuple[Aspect, ...]) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            p
            for a in aspects
            for p in a.asks
            if p.startswith(("how ", "what ", "which ")) and p.count(" ") == 1
        )
    )


def addressed(question: str, answer: str, aspects: tuple[Aspect, ...]) -> tuple[str, ...]:
    """The ids of the aspects an entry addresses: its own (normalised) question asks it, or
    its answer holds what such an answer holds. Alternates are not asked: "does medicine
    see it as a cause" does not make an entry about medicines."""
    out = []
    for a in aspects:
        if _holds(question, a.asks) or any(p.search(answer) for p in _compiled(a.answers)):
            out.append(a.id)
    return tuple(out)


# where an answer's sentences end, and its clauses of deeds done one after another ("Boil
# the water and THEN wait 5 minutes": the minutes are the wait's) or set apart by ";"
_SENTENCE_END = LazyPattern(r"(?<=[.!?])\s+|;\s*|,?\s+(?:and\s+)?then\s+")


# the words that point back at a thing named before: general English
_POINTING = frozenset(("it", "its", "they", "them", "their", "this", "these", "those"))


def answer_text(answer: str) -> str:
    """An answer as `addressed` reads it: normalised, its sums of money in words ("$5-15":
    5 to 15 dollars), which normalising alone would leave as bare numbers."""
    return normalise(sums_in_words(answer))


def counted(text: str, aspect: Aspect) -> Aspect:
    """`aspect` as a (normalised) question asks it: one that asks a count of its units ("how
    many minutes ...?") is answered only by a count (`counted_answers`)."""
    if aspect.counted and re.search(aspect.counted, text):
        return aspect._replace(answers=aspect.counted_answers)
    return aspect


def said_of(question: str, answer: str, aspect: Aspect, asked: frozenset[str]) -> bool:
    """Does an entry that addresses `aspect` say it of what is asked (`asked`: the stems of
    the question's telling words)? An entry whose own (normalised) `question` asks it does;
    so does an answer one of whose sentences says the aspect beside one of those words, or
    one that holds none of them at all (it may name the thing by "it" only). An answer that
    names what is asked in one sentence and a span of time in another says how long
    something else takes: "Even if you've launched already, keep going. There is no
    overnight solution." tells no launch's length, and "Bake the loaf. Wrapped, the bread
    keeps for three days." says how long bread keeps, not how long to bake it. A clause
    after "then" or ";" is read as a sentence of its own, and one that points back ("it",
    "they") names what the one before named."""
    if not aspect.answers or _holds(question, aspect.asks):
        return True
    answer = sums_in_words(answer)  # "less than $100": less than 100 dollars
    naming: list[str] = []
    before = False  # did the sentence before name what is asked?
    for sentence in _SENTENCE_END.split(answer):
        said = normalise(sentence).split()
        # "Bulk fermentation is the first rise. In a warm kitchen IT takes four hours."
        points_back = before and not _POINTING.isdisjoint(said)
        before = points_back or not asked.isdisjoint(map(stem, said))
        if before:
            naming.append(" ".join(said))
    patterns = _compiled(aspect.answers)
    if not naming:
        # it may name the thing by "it" only ("It usually works within two weeks"), or its
        # own question names it; a price told of a thing named, in an entry on library
        # cards, tells no price of renewing a book
        pointing = (
            normalise(s).split()
            for s in _SENTENCE_END.split(answer)
            if not _POINTING.isdisjoint(normalise(s).split())
        )
        return (
            not asked
            or not asked.isdisjoint(map(stem, question.split()))
            or any(p.search(" ".join(said)) for said in pointing for p in patterns)
        )
    return any(p.search(s) for s in naming for p in patterns)


# the words that open the reason for what a story tells ("I take oxide BECAUSE it was the
# cheapest"): general English, chat spellings too ("since" tells when as often as why)
_REASONS = frozenset(("because", "cause", "cuz", "coz", "cos", "bc"))
REASON_CUES = _REASONS


_CIRCUMSTANCE = LazyPattern(r"^((?:why|how come)\b.*?) (?:when|whenever|after|if|once)\b.*$")


def without_circumstance(text: str) -> str:
    """A (normalised) question that asks why, without the clause that tells when it happens:
    "why does my back hurt when i take magnesium at night" asks a reason, not when to take
    it. The clause of a question that asks anything else is kept: "is it ok if i take it at
    night" asks of the night."""
    found = _CIRCUMSTANCE.match(text)
    return found.group(1) if found else text


def without_reasons(text: str) -> str:
    """The (normalised) words of asking `text` without the reason its story gives for what
    the person did, before the question begins: "i take magnesium oxide because it was the
    cheapest one at the store does that kind absorb well" asks of absorbing, not of prices.
    A reason inside the question ("is it bad because of the dose?") is what it asks."""
    from . import clauses  # only for a question with a reason in it

    kept: list[str] = []
    for words, clause, _, _ in clauses.split(text):
        start = clauses.question_start(words, clause)
        out = list(words)
        for i in range(1, start):
            if words[i] in _REASONS:
                end = next((k for k in range(i, start) if clause[k] != clause[i]), start)
                out = [*words[:i], *words[end:]]
                break
        kept += out
    return " ".join(kept)
