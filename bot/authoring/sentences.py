"""The questions a sentence of an article answers, drafted by English grammar alone.

A sentence is read in parts: an opening clause ("If the water is not safe,", "To report
it,"; "Although ...," and "In most cases," only grant or set the scene), then its main
clause: an instruction ("Store it in a dry place", "Learn how skimming works") is read
here, a statement in bot/authoring/statements.py. Each gives the questions people ask of
it: "Should I store it in a dry place?", "Where should I store it?", "How does skimming
work?", "Can formula spoil?", "What is Cronobacter?", "What should I do if the water is
not safe?", "How do I report it?". Which words can be verbs or nouns comes from general
English (bot/core/words.py); nothing here knows a subject.
"""

from __future__ import annotations

import re

from ..core import words as english
from .phrasing import (
    AUX,
    MAX_WORDS,
    NEGATIVE,
    Names,
    finish,
    is_instruction,
    lower_first,
    person,
    plain_words,
    word_set,
)
from .statements import (
    CONDITION,
    SUBJECT_WORDS,
    bare,
    example_case,
    examples,
    stated,
    there_is,
    verb_s,
    without_examples,
    yours,
)

OPENING_WORDS = 20  # an opening clause ends at a comma within this many words

_GRANTING = frozenset(("although", "though", "because", "since"))  # asks nothing of its own
_LEARNING = word_set("learn understand know find discover see check read")
# "Remember that X", "Note that X", "Keep in mind that X", "Be aware that X": X is what is told
_MINDING = (
    ("remember",),
    ("note",),
    ("keep", "in", "mind"),
    ("bear", "in", "mind"),
    ("be", "aware"),
)


def _minded(said: list[str]) -> list[str]:
    """What an instruction to keep a thing in mind tells ("Remember that PEOPLE JOIN AS
    USERS BECAUSE ..."): the statement after "that", asked as a statement is; else none."""
    lowered = [w.lower() for w in said]
    for verb in _MINDING:
        n = len(verb)
        if tuple(lowered[:n]) == verb and lowered[n : n + 1] == ["that"] and len(said) > n + 3:
            told = said[n + 1 :]
            return [told[0][0].upper() + told[0][1:], *told[1:]]
    return []


_ASKING_WORDS = word_set("how when why where what which whether")
# a phrase that only sets the scene of the main clause ("In most cases,", "Unlike pip,")
_SETTING = word_set("in for with at on by from during despite besides beyond unlike apart")
_NAMED_SETTING = 4  # "On Bash on Ubuntu," "For Linux users,": a setting that names a thing
_PLACE = frozenset(("in", "at", "on", "inside", "under", "near", "into", "away"))
_TIME = frozenset(("before", "after", "until", "during", "every"))
_SPAN = frozenset(("within", "for"))
_TIME_WORDS = re.compile(r"^(\d+|one|two|three|four|five|a|an|few|several|minutes?|hours?|days?)$")
_RELATIVE = frozenset(("that", "which", "who"))
_OPENERS = word_set(
    """however also instead now then finally otherwise still so and but or indeed
    moreover additionally generally ideally"""
)


# "SUBJECT either VERB ... or MODAL/VERB ...": a choice of two predicates (English grammar)
_EITHER = re.compile(
    r"^([A-Z]\w*(?: \w+)?) either (\w.+?),? or ((?:can|could|may|might|will|would|should|"
    r"must|need|needs|have|has|get|gets|use|uses|buy|buys|pay|pays)\b[^.!?]*)[.!]?$"
)
_A_THING = re.compile(r"\b(?:a|an) \w+")


def ask_sentence(sentence: str, names: Names = frozenset(), lead: str = "") -> list[str]:
    """The questions `sentence` answers, most natural first (maybe none); `lead` is the
    line that introduces it when it is an item of a list ("Scammers may:")."""
    if re.search(r"[\[\]{}<>|]|https?:|\.pdf\b|@", sentence, re.I):
        return []  # a link, a file or markup: nobody asks in those words
    if sentence.rstrip().endswith(":"):
        # a lead-in ("This information can include:") is asked with its items; one that
        # names what its list is ("Here's a summary of the types of X you can ask for:")
        # is asked what they are
        return _listed(sentence, names)
    either = _EITHER.match(sentence.strip())
    if either is not None:
        # "You either already have a browser or can get one for free": two things said of
        # one subject, each asked ("Can I get a browser for free?"; "one" is the thing the
        # first named)
        subject, first, second = either.groups()
        thing = _A_THING.search(first)
        if thing is not None:
            second = re.sub(r"\bone\b", thing.group(0), second, count=1)
        asked = ask_sentence(f"{subject} {first}.", names, lead)
        asked += ask_sentence(f"{subject} {second}.", names, lead)
        return list(dict.fromkeys(asked))
    text = re.sub(r"\s*\([^)]*\)", "", sentence)  # "(see box)", "(FTC)"
    # a dash ends what is asked of it (a hyphen between spaces is one, as typed)
    text = re.split(r"\s?\u2014\s?|\s\u2013\s|\s--?\s", text)[0]
    said = _opened(plain_words(text))
    fragment = False  # an item of a list of things ("Bank account numbers"), no sentence
    if lead:
        joined = _with_lead(plain_words(lead), said)
        fragment = joined == said
        said = joined
    if len(said) < 3:
        return []
    opening, main = _opening(said)
    if len(main) > 2 and main[0].lower().endswith("ly") and english.parts(main[0].lower()) == "r":
        main = main[1:]  # "immediately store the bottle": the instruction is "store"
    polite = len(main) > 2 and main[0].lower().strip(",") in _POLITE
    if polite:  # "Please report issues": an instruction, whose verb is "report"
        main = main[1:]
    if len(main) < 2:
        return []
    main = [main[0][0].upper() + main[0][1:], *main[1:]]
    out: list[str] = []
    instruction = polite or is_instruction(main)
    told = yours(main)
    if instruction:
        out += _instructed(main, names)
    elif told is not None:
        out += told[1]
        instruction = told[0]  # "you should ..." tells what to do, as an instruction does
    elif not fragment or not bare(main):
        # an item that is a sentence of its own ("Cronobacter is a rare infection" after
        # "If you use powdered formula:") is asked as one
        out += there_is(main) or stated(without_examples(main), names)
        case = example_case(main)
        if out and case:  # "X, including when Y, is Z": asked of that case too
            out.append(_with(out[0], case[0], " ".join(person(case[1]))))
    if opening:
        kind, clause = opening
        clause_text = " ".join(person(lower_first(clause, names)))
        if kind == "to":
            out.insert(0, finish(["How", "do", "I", *clause_text.split()]))
        elif instruction and kind not in _SETTING:
            can = told is not None and told[1][0].startswith("Can ")
            asked_as = ["What", "can" if can else "should", "I", "do"]
            out.insert(0, finish([*asked_as, kind, *clause_text.split()]))
            out = [_with(q, kind, clause_text) for q in out]
        else:
            if out and kind in CONDITION and kind != "while":  # "while" often grants
                out.append(finish(["What", "happens", kind, *clause_text.split()]))
            out = [_with(q, kind, clause_text) for q in out]
    return list(dict.fromkeys(q for q in out if len(q.split()) >= 3))


# "Here's a summary of some types of feedback you can ask for:": what the list is
_HERE_ARE = re.compile(
    r"^(?:here(?:'s| is| are)|below (?:is|are)|the following (?:is|are))\s+"
    r"(?:(?:a|an|the)\s+(?:summary|list|few|number|couple|handful|overview)\s+of\s+)?"
    r"(?:(some|the|a few|several|our|my|your)\s+)?(.+?)\s*:\s*$",
    re.IGNORECASE,
)


def _listed(sentence: str, names: Names) -> list[str]:
    """The question a list's lead-in asks when it names what the list is ("Here are some
    ways to stay safe:" -> "What are some ways to stay safe?"); none for another."""
    found = _HERE_ARE.match(sentence.replace("\u2019", "'").strip())
    if found is None or len(found.group(2).split()) < 2:
        return []
    said = person(lower_first(plain_words(" ".join(g for g in found.group(1, 2) if g)), names))
    return [finish(["What", "are", *said])]


def _opened(said: list[str]) -> list[str]:
    """Without an opening word that asks nothing: "However,", "For example,", "And"."""
    while said:
        first = said[0].lower().rstrip(",")
        if first in _OPENERS and (said[0].endswith(",") or first in ("and", "but", "or", "so")):
            said = said[1:]
        elif (
            first in ("for", "in")
            and len(said) > 2
            and said[1].endswith(",")
            and not any(c.isupper() for c in said[1])
        ):
            said = said[2:]  # "For example,", "In fact,"; not "In Excel," (a place named)
        elif said[0].endswith(",") and len(said) > 3 and english.parts(first) == english.ADVERB:
            said = said[1:]  # "Usually,", "Typically,": how often it holds, not what
        elif (
            len(said) > 4
            and said[1].lower() == "speaking,"
            and english.ADVERB in english.parts(first)
        ):
            said = said[2:]  # "Generally speaking,", "Strictly speaking,": how it is said
        elif (
            first in _SHARE
            and said[1].lower() == "of"
            and (at := _comma(said, _SHARE_WORDS)) is not None
        ):
            said = said[at + 1 :]  # "Most of the time,", "Much of the year,"
        else:
            break
    return said


# "MOST OF the time, ...": a share of the times something holds opens what is said of it
_SHARE = frozenset(("most", "much", "some", "all", "half"))
_SHARE_WORDS = 4  # "most of the time," ends at a comma within this many words


def _comma(said: list[str], within: int) -> int | None:
    """Where the first of `said`'s words to end with a comma stands, within `within` words
    and with words after it; else None."""
    at = next((i for i, w in enumerate(said[:within]) if w.endswith(",")), None)
    return at if at is not None and at + 3 < len(said) else None


def _with_lead(lead: list[str], item: list[str]) -> list[str]:
    """A list item read with the words that introduce it, when it finishes their sentence:
    "Scammers may:" + "Steal your wallet" -> "Scammers may steal your wallet"; "To warm a
    bottle:" + "Place it under warm water" -> "To warm a bottle, place it under ..."."""
    if not lead or not item:
        return item
    words = [*lead[:-1], lead[-1].rstrip(":")]
    last = words[-1].lower()
    kinds = english.parts(last)
    if words[0].lower() == "to" and len(words) > 1:
        if not any(w.endswith(",") for w in words):
            words[-1] += ","  # the purpose, then what to do for it
    elif not (
        last in AUX
        and is_instruction([item[0][0].upper() + item[0][1:], *item[1:]])
        or last not in AUX
        and english.VERB in kinds
        and english.NOUN not in kinds
        and len(words) <= 8
    ):
        return item
    return [*words, item[0][0].lower() + item[0][1:], *item[1:]]


def _opening(said: list[str]) -> tuple[tuple[str, list[str]] | None, list[str]]:
    """An opening clause ("If ...,", "To ...,") apart from the main clause; one that only
    grants something ("Although ...,", "Even though ...,") asks nothing, and the main
    clause stands alone."""
    first = said[0].lower()
    if first == "even" and len(said) > 2 and said[1].lower() in (*CONDITION, *_GRANTING):
        return _opening(said[1:])  # "Even if ..." is a condition still
    if first in _GRANTING:  # what it grants asks nothing: the main clause alone
        at = next((i for i, w in enumerate(said[:OPENING_WORDS]) if w.endswith(",")), None)
        return None, said if at is None or at + 1 >= len(said) else said[at + 1 :]
    if first in _SETTING:
        at = next((i for i, w in enumerate(said[:OPENING_WORDS]) if w.endswith(",")), None)
        if at is not None and at + 3 < len(said):  # "In addition to the steps above, ..."
            clause = [*said[1:at], said[at].rstrip(",")]
            if len(clause) <= _NAMED_SETTING and any(
                any(c.isupper() for c in w) for w in clause if w != "I"
            ):
                # "On Windows, you may need ...": where it holds, a thing named, is asked
                # with it ("... on Windows?"); "In addition to the steps above" is no place
                return (first, clause), said[at + 1 :]
            return _opening(said[at + 1 :])
    at = next((i for i, w in enumerate(said[:OPENING_WORDS]) if w.endswith(",")), None)
    if at is None or at + 1 >= len(said):
        return None, said
    clause = [*said[1:at], said[at].rstrip(",")]
    if first in CONDITION and clause:
        return (first, clause), said[at + 1 :]
    kinds = english.parts(clause[0].lower()) if clause else "n"
    if first == "to" and (not kinds or english.VERB in kinds):  # "To descale it," names no thing
        return ("to", clause), said[at + 1 :]
    return None, said


def _with(question: str, kind: str, clause: str) -> str:
    """The question asked under its condition, when that stays short."""
    if f" {kind} " in question or len(question.split()) + len(clause.split()) > MAX_WORDS + 4:
        return question
    return f"{question[:-1]} {kind} {clause}?"


# words that only make an instruction polite ("PLEASE report issues you encounter")
_POLITE = frozenset(("please", "kindly"))


def _instructed(said: list[str], names: Names) -> list[str]:
    """ "Store it in a dry place" -> "Should I store it in a dry place?", "Where should I
    store it?"; "Never use a microwave" -> "Can I use a microwave?"."""
    first = said[0].lower()
    negative = first in NEGATIVE or (first, said[1].lower()) == ("do", "not")
    negative = negative or first in ("don't", "dont")
    if first == "always" or negative and first != "avoid":
        said = said[2:] if (first, said[1].lower()) == ("do", "not") else said[1:]
    if not said:
        return []
    verb, rest = said[0].lower(), person(said[1:])
    out = [finish(["Can" if negative else "Should", "I", verb, *rest])]
    told = _minded(said)
    if not negative and told:  # "Remember that people join because ...": what they join for
        out[:0] = stated(without_examples(told), names)  # asked before "Should I remember"
    if not negative and verb in _LEARNING:  # "Learn how X works": how does X work?
        out[:0] = _embedded(rest)
    if negative:
        out.append(finish(["Should", "I", verb, *rest]))
    for told in (rest, *examples(rest)):
        asked = _where_or_when(verb, told)
        if asked:
            out.append(asked)
    if not negative:
        out += _purpose_or_means(verb, rest)
    return list(dict.fromkeys(out))


def _purpose_or_means(verb: str, rest: list[str]) -> list[str]:
    """What an instruction is for, or how it is done, asked: "Put a drop on your wrist to
    see if it is too hot" -> "How do I see if it is too hot?"; "Test the temperature by
    putting a drop on your wrist" -> "How do I test the temperature?"."""
    lowered = [w.lower().strip(",;:") for w in rest]
    for at in range(1, len(lowered) - 1):
        if rest[at - 1].endswith((",", ";")):
            return []  # what follows a comma is no part of the thing done
        after = lowered[at + 1]
        if lowered[at] == "to" and english.VERB in english.parts(after) and after not in AUX:
            if lowered[at - 1] in ("want", "how", "order", "able", "need", "have"):
                return []
            purpose = rest[at + 1 :]
            if lowered[at + 1 : at + 3] == ["help", "me"] and len(purpose) > 2:
                purpose = purpose[2:]  # "to help you recover": how do I recover?
            return [finish(["How", "do", "I", *purpose])]
        if lowered[at] == "by" and after.endswith("ing"):
            return [finish(["How", "do", "I", verb, *rest[:at]])]
    return []


def _embedded(rest: list[str]) -> list[str]:
    """The questions an instruction to learn something holds ("how ATM skimming works and
    how to protect yourself" -> "How does ATM skimming work?", "How do I protect myself?";
    "when it is safe to use it" -> "When is it safe to use it?")."""
    lowered = [w.lower().strip(",;:") for w in rest]
    at = 0
    while at < len(lowered) and lowered[at] in ("out", "more", "about"):
        at += 1
    out: list[str] = []
    while at < len(lowered) and lowered[at] in _ASKING_WORDS:
        end = next(
            (
                j
                for j in range(at + 2, len(lowered))
                if lowered[j] == "and" and j + 1 < len(lowered) and lowered[j + 1] in _ASKING_WORDS
            ),
            len(lowered),
        )
        asked = _asked_clause(lowered[at], rest[at + 1 : end])
        if asked:
            out.append(asked)
        at = end + 1
    return out


def _asked_clause(wh: str, clause: list[str]) -> str:
    """ "how" + "to protect myself" -> "How do I protect myself?"; "when" + "it is safe"
    -> "When is it safe?"; "how" + "skimming works" -> "How does skimming work?"."""
    if not clause:
        return ""
    lowered = [w.lower().strip(",;:") for w in clause]
    if lowered[0] == "to" and len(clause) > 1:
        return finish([wh.capitalize(), "do", "I", *clause[1:]])
    for k, word in enumerate(lowered[: SUBJECT_WORDS - 1]):
        if k and word in AUX:
            return finish([wh.capitalize(), word, *clause[:k], *clause[k + 1 :]])
        if k and verb_s(word):
            return finish([wh.capitalize(), "does", *clause[:k], verb_s(word), *clause[k + 1 :]])
    return ""


def _where_or_when(verb: str, rest: list[str]) -> str:
    """Where, when or how long to do what an instruction tells ("Where should I store
    it?"), or "" when it says none of those of the thing done."""
    lowered = [w.lower().strip(",") for w in rest]
    for at, word in enumerate(lowered):
        if at and rest[at - 1].endswith(","):
            break  # what comes after a comma is no part of the thing done
        after = lowered[at + 1 : at + 4]
        if word in _PLACE and after and after[0] in ("a", "an", "the", "your", "my"):
            asked = ["Where", "should", "I"]
        elif word in _SPAN and after and _TIME_WORDS.match(after[0]):
            asked = ["How", "long", "can", "I"]
        elif word in _TIME:
            asked = ["When", "should", "I"]
        else:
            continue
        thing = rest[:at]
        if thing and not thing[-1].lower().endswith("ed") and not _RELATIVE & set(lowered[:at]):
            # not "water listed on the label" nor "formula that is left in the bottle"
            return finish([*asked, verb, *thing])
        break
    return ""


# a measure in brackets right after a describing word defines it: "born prematurely (before
# 37 weeks of pregnancy)", "a low dose (under 100 mg)"
_DEFINED = re.compile(
    r"\b([A-Za-z]+) \((?:before|after|under|over|below|above|more than|less than|fewer than|"
    r"at least|at most|up to|about|around|roughly|younger than|older than|\d)[^)]*\)"
)


def defined_terms(sentence: str) -> list[str]:
    """ "What counts as premature?": the questions the bracketed measures of `sentence`
    answer, each after a describing word (an adjective, or an adverb made of one, read as
    the adjective); a noun before a bracket ("water (around 70 C)") is no term defined."""
    out = []
    for word in _DEFINED.findall(sentence):
        low = word.lower()
        parts = english.parts(low)
        if not parts or english.NOUN in parts or english.VERB in parts:
            continue
        if parts == english.ADVERB and low.endswith("ly"):
            base = low[:-2]
            if english.ADJECTIVE not in english.parts(base):
                continue
            low = base
        elif english.ADJECTIVE not in parts:
            continue
        out.append(f"What counts as {low}?")
    return out
