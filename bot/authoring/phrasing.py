"""The words of a drafted question, and the questions a heading or a key phrase asks.

Nothing here knows a subject: the reader's view ("you" -> "I"), capitals kept for names,
a question cut at a clause when it runs long; a heading is asked as the reader would
("How to X" -> "How do I X?", "Storing X" -> "What should I know about storing X?").
The questions a sentence answers are drafted in bot/authoring/sentences.py.
"""

from __future__ import annotations

import re

from ..core import words as english

MAX_WORDS = 12  # a drafted question longer than this is cut at a clause
SUBJECT_REACH = 5  # an auxiliary this early follows a subject ("Credit cards are"), not a verb


def word_set(text: str) -> frozenset[str]:
    """The words of `text`, as a set (the word lists below are easier to read as text)."""
    return frozenset(text.split())


AUX = word_set("is are was were can could should will would may might must has have does do")
NEGATIVE = frozenset(("never", "don't", "dont", "avoid"))
# words that start no question of their own and end none
FUNCTION = AUX | word_set(
    """a an the this that these those it its they we i he she there here if when while
    because as so but and or for to in on at by with from of after before once since
    although though most many some all each every any no not what which who how why where
    you your our their his her my one more less also then now however instead unlike
    similar due example usually often generally"""
)
# what follows an instruction's verb: "wash your", "boil the", "figure out", "go where"
_AFTER_VERB = word_set(
    """the a an your any it them this that these those to up out over off in on at with for
    about where how what when why whether which sure yourself people all some each every
    only"""
)
_CONDITIONS = frozenset(("if", "when", "unless", "once"))
_POSSESSIVES = frozenset(("your", "my", "our"))
_JOINS = frozenset(("and", "or", "but", "so", "then", "which"))
_PHRASE_STARTS = word_set(
    "in on at by with from for to into of about under within without during because"
)
_PARTICIPLES = word_set(
    "kept made left built done given taken known seen found held told sent based used called"
)
_PERSON = {
    "you": "I",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you're": "I'm",
    "you've": "I've",
    "you'll": "I'll",
}
_OPENS = word_set(  # words after which "you" is a subject: "if you", "that you"
    """if when that and or but because once while before after so unless until where how
    what whether than as since though although"""
)
_MAKES = word_set("help let make makes helps lets tell tells ask asks give gives show shows")
_SAYS = word_set(  # verbs "you" is the subject of: "everything you do", "what you want"
    "do did need needs want know think like use see find get choose buy eat drink take feel"
)
_AGREE = {"are": "am", "were": "was", "aren't": "am not"}


def plain_words(text: str) -> list[str]:
    # footnote and emphasis marks ("*If there is ...") are no part of a question
    return [w for w in (w.strip("*_") for w in text.strip().rstrip(".!?:;,").split()) if w]


def person(words: list[str]) -> list[str]:
    """The reader's view: "you" -> "I" ("me" after a verb or a preposition), "your" ->
    "my", "you are" -> "I am"."""
    out: list[str] = []
    for word in words:
        bare = word.lower().strip(",;:")
        if out and out[-1] == "I" and bare in _AGREE:
            word = _AGREE[bare] + word[len(bare) :]
        swap = _PERSON.get(bare)
        if bare == "you" and out and _object(out[-1], words[len(out) + 1 : len(out) + 2]):
            swap = "me"  # "ask you for", "help you know": you are the object
        if swap is not None:
            word = swap + word[len(bare) :]
        out.append(word)
    return out


def _object(before: str, after: list[str]) -> bool:
    """Is "you" between these words the object ("ask you for"), not the subject ("if you
    are", "everything you do")?"""
    last = before.lower()
    if last in _MAKES:
        return True  # "help you know", "let you choose"
    following = after[0].lower().strip(",;:") if after else ""
    subject = following in AUX or following in _SAYS or (following.endswith("'t"))
    # "the issues you encounter", "any workarounds you find": a plural noun, then "you"
    # and a verb, is a clause of which "you" is the subject
    subject = subject or (
        english.available()
        and last.endswith("s")
        and english.NOUN in english.parts(last)
        and english.VERB in english.parts(following)
        and english.NOUN not in english.parts(following[:-1] if following.endswith("s") else "")
    )
    # "the software you received": a word only a noun, then "you" and a word only a verb
    subject = subject or (
        english.available()
        and english.parts(last) == english.NOUN
        and english.parts(following) == english.VERB
    )
    return not (before.endswith(",") or last in _OPENS or subject)


Names = frozenset[str]  # words an article capitalises mid-sentence, never in lower case


def names_in(text: str) -> Names:
    """The names of a text: words it capitalises where no sentence starts, and never writes
    in lower case ("Cronobacter", not "Store")."""
    lower = set(re.findall(r"\b[a-z][\w-]*", text))
    return frozenset(
        m.group(1)
        for m in re.finditer(r"(?<=[a-z,;] )([A-Z][\w-]+)", text)
        if m.group(1).lower() not in lower
    )


def lower_first(words: list[str], names: Names) -> list[str]:
    """The first word in lower case, unless it is a name or an acronym."""
    if not words:
        return words
    first = words[0]
    keep = (
        first.isupper()
        and len(first) > 1
        or any(c.isupper() for c in first[1:])
        or re.sub(r"['\u2019]s$", "", first.strip(",;:")) in names  # "Windows", "Jekyll's"
        # "Sublime Text", "Visual Studio": a name of two capitalised words
        or len(words) > 1
        and words[1][:1].isupper()
        and words[1].lower() not in ("i", "i'm")
    )
    return words if keep else [first[0].lower() + first[1:], *words[1:]]


def lower_all(words: list[str], names: Names) -> list[str]:
    """Title case undone: every word lower-case but names and acronyms."""
    return [lower_first([w], names)[0] for w in words]


def finish(words: list[str]) -> str:
    """The words as a question, cut where a clause or phrase ends when they run long."""
    if len(words) > MAX_WORDS + 3:
        words = _cut(words)
    text = " ".join(words).rstrip(",;:- ")
    text = text[0].upper() + text[1:] if text else text
    return text + "?"


def _inflected_s(word: str) -> bool:
    """Does `word` end in an "-s" of inflection ("Microwaves", "Bills", "uses"), not one of
    its own ("Focus", "Canvas", "Discuss")? Without the parts of speech, any "-s" but "-ss"."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    if not english.available():
        return True
    return bool(english.parts(word[:-1]) or english.parts(word[:-2]) and word.endswith("es"))


def is_instruction(said: list[str]) -> bool:
    """Does the sentence start with a verb telling the reader what to do?"""
    if len(said) < 2:
        return False
    first, second = said[0].lower(), said[1].lower().strip(",")
    if first in NEGATIVE or first == "always" or (first, second) == ("do", "not"):
        return True
    if english.available() and english.VERB not in english.parts(first):
        return False  # "Information on your report": no verb, no instruction
    if (
        first in FUNCTION
        or first in _PARTICIPLES
        or first.endswith(("ed", "ly", "ing"))
        or _inflected_s(first)
        or not said[0][:1].isupper()
    ):
        return False
    if said[1][:1].isupper() and any(w.lower() in AUX for w in said[2 : SUBJECT_REACH + 1]):
        return False  # "Sublime Text is cheap": a name, then its verb
    if second in _AFTER_VERB or second.endswith("ly") or said[1][:1].isupper():
        return True  # "wash your", "mix thoroughly", "use IdentityTheft.gov"
    if (
        second == "and"
        and len(said) > 2
        and english.available()
        and not any(w.lower() in AUX for w in said[3 : SUBJECT_REACH + 2])
    ):
        # "Read and follow the label", "Clean and sanitize it": two verbs, one object
        third = said[2].lower().strip(",")
        return english.VERB in english.parts(first) and english.VERB in english.parts(third)
    if not english.available():
        return False
    # "Store unopened tins", "Review credit card statements": a verb before its object, and
    # no auxiliary after it, as a subject would have ("Credit cards are ...")
    kinds = english.parts(first)
    if english.VERB not in kinds or any(w.lower() in AUX for w in said[1:SUBJECT_REACH]):
        return False
    if english.NOUN not in kinds:
        return True
    # a word that can be a noun too starts an instruction when a modifier follows it:
    # "Store unopened tins", "Use prepared formula", "Store personal information"
    after = english.parts(second)
    third = english.parts(said[2].lower().strip(",;:")) if len(said) > 2 else ""
    return bool(after) and (
        english.NOUN not in after
        and (english.VERB not in after or second.endswith("ed"))
        or english.ADJECTIVE in after
        and english.NOUN in third
        and english.ADJECTIVE not in third
    )


def _cut(words: list[str]) -> list[str]:
    """The words up to where a phrase starts (a preposition) or, failing that, a clause ends
    (a comma), on a word that can end a question (not "a cool," nor "the"); the way a thing
    is done ("by mixing it ...") is kept if any other cut will do."""
    reach = range(5, min(len(words), MAX_WORDS + 4))
    joined = [  # ", and place a hold": a second clause
        at for at in reach if words[at - 1].endswith((",", ";")) and words[at] in _JOINS
    ]
    # "by mixing it with tap water": the way a thing is done, which "is it safe to ..."
    # asks about, is cut off last
    means = [
        at
        for at in reach
        if words[at].lower() == "by" and at + 1 < len(words) and words[at + 1].endswith("ing")
    ]
    # "a large variety OF chronic conditions", "a number OF ways": the "of" of a quantity
    # or a kind holds what the phrase is about; a relative clause ("WHICH reduce ...") is
    # a phrase of its own
    phrases = [
        at
        for at in reach
        if (words[at].lower() in _PHRASE_STARTS or words[at].lower() in _RELATIVES)
        and at not in means
        and not (words[at].lower() == "of" and _quantity_before(words, at))
    ]
    clauses = [at for at in reach if words[at - 1].endswith((",", ";"))]
    pairs = [at for at in reach if words[at].lower() in ("and", "or")]
    for at in [*joined[::-1], *phrases[::-1], *clauses[::-1], *pairs[::-1], *means[::-1]]:
        last = words[at - 1].lower().strip(",;")
        if last not in FUNCTION and (not english.available() or _can_end(last)):
            return words[:at]
    words = words[:MAX_WORDS]
    while len(words) > 3 and words[-1].lower().strip(",;") in FUNCTION:
        words = words[:-1]
    return words


_RELATIVES = word_set("which who whose")


def _quantity_before(words: list[str], at: int) -> bool:
    """Is the "of" at `at` the "of" of a quantity or a kind ("a large variety of", "a
    number of", "a kind of"): a noun led by "a", one describing word between at most?"""
    lead = [w.lower() for w in words[max(0, at - 3) : at - 1]]
    return bool(lead) and lead[-1] in ("a", "an") or lead[:1] in (["a"], ["an"]) and len(lead) == 2


def _can_end(word: str) -> bool:
    kinds = english.parts(word)
    return not kinds or english.NOUN in kinds or english.VERB in kinds


# headings that name a part of a document, not a topic ("General", "Other", "Overview"):
# asked about, they ask nothing ("What should I know about general?"); general English
_DOCUMENT_PARTS = word_set(
    """general other others overview introduction intro summary background notes note
    miscellaneous misc more details basics conclusion conclusions faq faqs contents appendix
    resources references related about extras extra further reading see also tips"""
)
# what a sentence may say of the reader that a question of "what can I do if ..." drops
_MODALS = frozenset(("may", "might", "could", "will", "would", "can"))
# words that end a verb's object ("keep windows CLOSED", "slow DOWN", "keep pets SAFE")
_COMPLEMENT = word_set("closed open shut safe clean dry cool warm down up out off away inside")


def ask_heading(heading: str, names: Names = frozenset()) -> str:
    """A heading as a question: it may be one already, an instruction ("Don't X" asks
    whether to X), a statement ("Humidity helps"), a topic, or only a part of the document
    ("General"), which asks nothing."""
    text = " ".join(heading.split())
    if "?" in text:
        return text[: text.rfind("?") + 1]
    words = plain_words(text)
    if not words or all(w.lower() in _DOCUMENT_PARTS for w in words):
        return ""
    lowered = [w.lower().replace("\u2019", "'") for w in words]
    if lowered[0] in ("how", "why", "what", "when", "which"):
        return finish(words)
    if lowered[0] in ("don't", "dont", "never") and len(words) > 1:
        # "Don't sweat the smell": whether to do it ("Should I sweat the smell?")
        return finish(["Should", "I", *person(lower_all(words[1:], names))])
    if is_instruction(_untitled(words, names)) or _verb_object_complement(words):
        return finish(["How", "do", "I", *person(lower_all(words, names))])
    if lowered[0] in _POSSESSIVES and not any(w in AUX for w in lowered[1:]):
        # "Your right to appeal": a thing of the reader's, no case one is in
        return finish(["What", "should", "I", "know", "about", *person(lower_all(words, names))])
    if len(words) >= 3 and {w.lower() for w in words} & {"my", "i", "your", "you", "me"}:
        said = person(lower_all(words, names))
        if said[0].lower() in _CONDITIONS:  # "If you are a victim": "... if I am a victim?"
            said = said[1:]
        if len(said) > 2 and said[0] == "I" and said[1] in _MODALS:
            said = [said[0], *said[2:]]  # "You may feel sick": "... if I feel sick?"
        return finish(["What", "can", "I", "do", "if", *said])
    return finish(["What", "should", "I", "know", "about", *lower_all(words, names)])


def _untitled(words: list[str], names: Names) -> list[str]:
    """A heading in title case with its capitals after the first word taken back ("Code
    Audit" -> "Code audit"): there a capital says nothing of a name, as it does in a
    sentence ("Use IdentityTheft.gov")."""
    rest = [w for w in words[1:] if w[:1].isalpha()]
    if not rest or not all(w[:1].isupper() or w.lower() in FUNCTION for w in rest):
        return words
    return [words[0], *lower_all(words[1:], names)]


def _verb_object_complement(words: list[str]) -> bool:
    """Is a heading an instruction by its shape: a plain verb, what it acts on, and how
    that is left ("Keep windows closed", "Keep pets safe"), or a second verb and its
    particle ("Limit activity and slow down")?"""
    if len(words) < 3 or not english.available():
        return False
    lowered = [w.lower().strip(",;:") for w in words]
    first = lowered[0]
    if english.VERB not in english.parts(first) or first.endswith(("s", "ed", "ing")):
        return False
    if first in FUNCTION or not words[0][:1].isupper():
        return False
    return lowered[-1] in _COMPLEMENT and english.NOUN in english.parts(lowered[1])


_ASKS = re.compile(
    r",?\s+(?:and|or)\s+(?=(?:how|why|what|when|which|who|where|is|are|can|do|does)\b)", re.I
)


def heading_questions(heading: str, names: Names = frozenset()) -> list[str]:
    """The questions a heading asks, each alone ("What is X, and what are its signs?" asks
    two), then the heading asked as the reader would ("How to X" -> "How do I X?")."""
    lead, colon, sub = heading.partition(": ")
    if colon and sub.strip() and lead.split()[-1].lower() in _CONDITIONS:
        # a heading that leads into its sub-heading: "Take extra steps if: Your baby is
        # premature" asks what to do in that case, then what the lead says to do
        case = person(lower_first(plain_words(sub), names))
        return list(
            dict.fromkeys(
                [finish(["What", "should", "I", "do", lead.split()[-1].lower(), *case])]
                + heading_questions(" ".join(lead.split()[:-1]), names)
            )
        )
    asked = ask_heading(heading, names)
    if not asked:
        return []
    out = [asked]
    parts = [p.strip(" ,?") for p in _ASKS.split(asked)]
    if len(parts) > 1:
        out += [finish(plain_words(p[0].upper() + p[1:])) for p in parts if len(p.split()) > 1]
    words = plain_words(asked.rstrip("?"))
    if len(words) > 2 and words[0].lower() == "how" and words[1].lower() == "to":
        out.append(finish(["How", "do", "I", *person(words[2:])]))
    return list(dict.fromkeys(out))


def names_a_thing(phrase: str) -> bool:
    """Can a key phrase be asked about as a thing ("What should I know about X?"): it does
    not start with a word that is only a verb ("create another tab", "consider following
    choices"), and it ends in a word that can be a noun ("comments placed" does not)?
    Unknown words (names, rare terms) may be nouns; a verb's "-ing" or "-ed" form names a
    thing done ("merging branches", "public speaking", "recommended method")."""
    said = phrase.lower().split()
    if not said or not english.available():
        return bool(said)
    first, last = english.parts(said[0]), english.parts(said[-1])
    if first == english.VERB and not said[0].endswith(("ing", "ed")):
        return False
    return not last or english.NOUN in last or said[-1].endswith("ing")


def ask_topic(phrase: str) -> list[str]:
    """Plain questions about a key phrase of a passage."""
    return [
        finish(["What", "should", "I", "know", "about", *phrase.split()]),
        f"tell me about {phrase}",
        finish(["What", "is", "meant", "by", *phrase.split()]),
    ]


def sentence_split(text: str) -> list[str]:
    """The sentences of a passage (a colon ending a lead-in ends a sentence too)."""
    parts = re.split(r"(?<=[.!?:])\s+(?=[\"'\u201c\u2018(\[`]?[A-Z0-9`])", text)
    return [p.strip() for p in parts if p.strip()]


# a label set before what it names ("Internal appeal: If your claim ...", "Line edits:
# Better suited to ..."), as a definition list or a glossary writes it: a few words, no
# verb of a clause, none of a document's parts ("Note:", "Example:") nor of a lead-in
_LABEL = re.compile(r"([A-Z][\w\u2019'-]*(?: [\w\u2019'-]+){0,3}):")
_LABEL_TOLD = 4  # a label is followed by a sentence that says what it is, not a cell's value
_NOT_LABELS = word_set(
    """note notes tip tips example examples warning caution important solution answer question
    step steps update source sources see also result results summary problem issue error
    cause fix workaround q a yes no optional required"""
)


def label_question(sentence: str, following: str = "") -> str:
    """ "What is internal appeal?": the question a label answers, when `sentence` is only a
    label and `following` says what it is, in a sentence (a table's "Good Name:
    Precipitation_mm" labels a value); "" otherwise."""
    found = _LABEL.fullmatch(sentence.strip().strip("*_"))
    told = following.strip()
    if found is None or len(told.split()) < _LABEL_TOLD or told.endswith(":") or ";" in told:
        return ""
    said = [w.strip("*_") for w in found.group(1).split()]
    lowered = [w.lower() for w in said]
    if (
        any(w in FUNCTION for w in lowered)
        or lowered[0] in _NOT_LABELS
        or lowered[-1].isdigit()
        or all(w in _NOT_LABELS for w in lowered)
    ):
        return ""
    if (
        english.available()
        and english.parts(lowered[0]) == english.VERB
        and not lowered[0].endswith("ing")  # "Proofreading:" names a thing done
    ):
        return ""  # "Install Jekyll:", "Restart:": a thing to do, no thing named
    verb = "are" if _inflected_s(said[-1]) else "is"
    return finish(["What", verb, *lower_all(said, frozenset())])
