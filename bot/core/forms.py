"""The form a question is asked in: the kind of answer it wants.

"Why is gut cramping felt in the back?" wants a reason, "Can intestinal cramping be felt
in the lower back?" a yes or no, "What is referred pain?" a definition. Two entries that
score alike for a question's words are often told apart by this: the one asked in the
question's own form is the one asked. The forms are English grammar (the question words
and the auxiliaries that open a question), nothing of one article.
"""

from __future__ import annotations

import re

from . import words as english
from .text import MAX_QUERY_CHARS, LazyPattern, general_stopwords, normalise, stem

WHY, YES_NO, WHAT_IS, WHAT = "why", "yes-no", "what-is", "what"
HOW, HOW_TO = "how", "how-to"  # how a thing works or leads to another; how to go about it

# a question that asks for a reason, whatever word opens it ("what's the reason ...",
# "what causes ...", "how come ...")
_REASON = LazyPattern(
    r"\b(?:why|how come|the reasons?|reason why|explanation|what causes|what makes"
    r"|(?:is there|theres|there is|any) (?:a |any )?(?:good |particular |specific )?reason)\b"
)  # ("is there a reason it'd help?" asks why it would)
_CLAUSE = LazyPattern(r"[,;:()]|[.!?](?=\s|$)|\b(?:and|but|or|so|plus)\b", re.IGNORECASE)
_AUXILIARIES = frozenset(
    (
        "is", "isnt", "are", "arent", "was", "wasnt", "were", "werent", "am", "do", "does",
        "doesnt", "did", "didnt", "dont", "can", "cant", "could", "couldnt", "should",
        "shouldnt", "would", "wouldnt", "will", "wont", "has", "hasnt", "have", "havent",
        "had", "may", "might", "must",
    )
)  # fmt: skip
_QUESTION_WORDS = {
    "what": WHAT, "whats": WHAT, "how": HOW, "hows": HOW, "which": "which", "when": "when",
    "where": "where", "who": "who", "whos": "who",
    # chat's "what": "wat is it", "wtf is wrecking my back"
    "wat": WHAT, "wot": WHAT, "wats": WHAT, "wtf": WHAT, "wth": WHAT,
}  # fmt: skip
QUESTION_WORDS = frozenset((*_QUESTION_WORDS, "why"))  # the words that open a question
AUXILIARIES = _AUXILIARIES  # the words that open a yes-or-no question
_WHAT_WORDS = frozenset(w for w, kind in _QUESTION_WORDS.items() if kind == WHAT)
_ANSWERING = {WHY: (WHY, HOW)}  # the forms whose questions answer a form's, beyond its own
_AMOUNTS = frozenset(("much", "many", "long", "often", "likely", "soon"))  # "how much ..."
_DEFINING = frozenset(("a", "an"))  # "what is a ...", "what is an ..."
OPENING = 3  # a clause's question word is among its first this many words ("ok so why")
# "what should I do", "what do you (guys) recommend": how to go about it, asked
_ADVICE = LazyPattern(
    r"(?:should|can|could|would|do|shall) (?:i|we|you|one|people) do\b"
    r"|(?:do|would|will|could) (?:you|u|ya) (?:guys |all |folks |people )?"
    r"(?:recommend|suggest|advise)\b"
)
_OPEN = LazyPattern(r"(?:about|else|(?:should|do|must) (?:i|we|you) know)\b")
_TO_DO = LazyPattern(r"(?:to|(?:can|could|do|should|would|shall|must) (?:i|we|you|one|people))\b")
_WAY_TO = LazyPattern(r"there (?:(?:a|any|some) )?(?:way|ways) (?:to|of)\b")
# "what are some good ways to ...", "what's the best way to ...", "what are tips for ...":
# a way of going about a thing asked with "what" (English grammar)
_WAYS_ASKED = LazyPattern(
    r"(?:(?:is|are|s) )?"
    r"(?:(?:a|an|the|some|any|good|best|better|easy|easiest|simple|other)\s+){0,3}"
    r"(?:ways?|tips|methods?|steps|things? to do|thing i can do|things i can do)"
    r"(?: (?:to|of|for|if|when|about)\b|$)"
)
# "best way to ...", "easy tips for ...", "5 ways to ...": the same asked as a headline, with
# no question word (English)
_WAYS_HEADLINE = LazyPattern(
    r"(?:(?:the|some|\d+|good|best|better|easy|easiest|simple|quick|quickest|fastest|top)\s+)"
    r"{0,3}(?:ways?|tips|methods?|steps) (?:to|for|on)\b"
)
_POINTING = frozenset(("that", "this", "thats", "these", "those"))
_COMPARING = frozenset(("like", "as", "than"))  # "is it like that": no pointer at a story
_SUBORDINATE = frozenset(("if", "because", "since", "although", "though", "while", "that"))


def _clause_form(words: list[str]) -> str | None:
    """The form of one clause, from the question word or auxiliary that opens it."""
    if not words or words[0] in _SUBORDINATE:  # "if it isn't the magnesium": a condition
        return None
    if _REASON.search(" ".join(words)):
        return WHY
    if _WAYS_HEADLINE.match(" ".join(words[:6])):
        return HOW_TO  # "best way to fix posture", "tips for sleeping": a headline's how-to
    for n, word in enumerate(words[:OPENING]):
        after = words[n + 1] if n + 1 < len(words) else ""
        if word in _QUESTION_WORDS:
            kind = _QUESTION_WORDS[word]
            if kind == HOW and after == "much" and _degree(words[n + 2 :]):
                return None  # "how much does posture contribute?": a degree, any answer
            if kind == HOW and after in _AMOUNTS:
                return f"how {after}"
            if kind == HOW and _TO_DO.match(" ".join(words[n + 1 : n + 4])):
                return HOW_TO  # "how can I stop it", "how do I publish", "how to ..."
            if kind == WHAT and _ADVICE.match(" ".join(words[n + 1 : n + 5])):
                return HOW_TO  # "what should I do ...", "what can I do": how to go about it
            if kind == WHAT and _WAYS_ASKED.match(" ".join(words[n + 1 : n + 7])):
                return HOW_TO  # "what are good ways to bring it down": how to go about it
            if kind == WHAT and _OPEN.match(" ".join(words[n + 1 : n + 5])):
                return None  # "what should I know about ...", "what about ...": any answer
            if kind == WHAT and words[n + 1 : n + 2] in (["is"], ["are"]):
                return WHAT_IS if words[n + 2 : n + 3] and words[n + 2] in _DEFINING else WHAT
            if kind == "when" and after not in _AUXILIARIES:  # "when I take it": a condition
                return None
            if kind == "who" and _WHO_IS_RIGHT.match(" ".join(words[n:])):
                return "which"  # "who's right?" asks which claim holds, no person
            return kind
        if word in _AUXILIARIES:
            embedded = _EMBEDDING.match(" ".join(words[n + 1 : n + 5]))
            if embedded is not None:  # "can anyone explain WHAT that means": what is asked
                return _clause_form(words[n + 1 + len(embedded.group(0).split()) :])
            if _WAY_TO.match(" ".join(words[n + 1 : n + 5])):
                return HOW_TO  # "is there a way to keep taking it ...": how to go about it
            # "is that the sort of thing ...?" asks of what was just told, not in a form
            # an entry is asked in
            return None if after in _POINTING else YES_NO
    return None


# "can (any)one explain", "could you tell me", "does anyone know": a question asked inside
# a request to be told, before its question word (English grammar)
_EMBEDDING = LazyPattern(
    r"(?:you|u|anyone|anybody|someone|somebody|one)\s+(?:please\s+)?"
    r"(?:explain|tell me|tell us|say|know|remind me)\s+(?=(?:what|why|how|when|where|which|who)\b)"
)
_TAKERS = frozenset(("i", "you", "u", "we", "people", "one", "someone", "anyone", "adults"))
# "who's right", "who is correct here": which of two claims holds (English idiom)
_WHO_IS_RIGHT = LazyPattern(r"(?:whos|who is|who s) (?:right|correct|wrong)\b")


def _degree(rest: list[str]) -> bool:
    """Do the words after "how much" ask how far a thing does something ("how much DOES
    POSTURE contribute", "how much would it help"), not an amount ("how much do I take",
    "how much is too much"): an auxiliary, then a subject that is no one taking a thing."""
    return (
        len(rest) > 2
        and rest[0] in ("does", "do", "did", "can", "could", "would", "will", "might")
        and rest[1] not in _TAKERS
    )


# "the anatomy OF WHY ...", "the mechanism BY WHICH ...": the noun before them frames the
# clause that follows, which is what is asked (English grammar)
_FRAMED = frozenset(
    (("of", "why"), ("of", "how"), ("of", "what"), ("of", "whether"), ("by", "which"),
     ("behind", "why"), ("behind", "how"))
)  # fmt: skip


def framing(words: tuple[str, ...]) -> frozenset[str]:
    """The nouns of (normalised) `words` that only frame a clause that asks ("explain the
    actual ANATOMY of why a cramping bowel ...", "the SCIENCE behind how it works"): they
    say what kind of answer is wanted, an explanation, and name no topic of their own."""
    framed = {words[n] for n in range(len(words) - 2) if (words[n + 1], words[n + 2]) in _FRAMED}
    # "any TIPS for writing a talk?", "ADVICE on ...": a request for advice on what follows
    framed.update(
        w
        for n, w in enumerate(words[:-1])
        if w in _TIPS and (words[n + 1] in _TIPS_ON or n > 0 and words[n - 1] in _TIPS_ASKED)
    )
    # "how do I FIX it", "arch linux install errors FIX", "any WORKAROUND?": a request for
    # what to do about what the rest names, no topic of its own
    framed.update(w for w in words if w in _REMEDY)
    # "does RESEARCH show ...", "what do STUDIES say about ...", "is there EVIDENCE that
    # ...": whether what follows holds, asked of the evidence, no topic of its own
    framed.update(
        w
        for n, w in enumerate(words[:-1])
        if w in _EVIDENCE
        and (words[n + 1] in _SHOWING or n > 1 and (words[n - 2], words[n - 1]) in _ANY_OF)
    )
    framed.update(_manner(words))
    framed.update(asker_described(words))
    framed.update(place_of_deed(words))
    return frozenset(framed)


_AT = frozenset(("at", "in", "on"))
_PLACE_DETERMINERS = frozenset(("the", "my", "a", "our", "his", "her", "their", "your", "work"))


def place_of_deed(words: tuple[str, ...]) -> set[str]:
    """The noun of the place where a deed is done ("lifting at the GYM", "sitting at my
    DESK all day"): where it was done says nothing of what is asked of the deed, no topic
    of its own. English grammar: an "-ing" verb, "at", "in" or "on", a determiner, a noun."""
    found = set()
    for n in range(len(words) - 3):
        if (
            len(words[n]) > 4
            and words[n].endswith("ing")
            and words[n + 1] in _AT
            and words[n + 2] in _PLACE_DETERMINERS
            and english.NOUN in english.parts(words[n + 3])
        ):
            found.add(words[n + 3])
    return found


# the asker said to be something: "AM I being paranoid", "i'm just overthinking", "am I
# crazy": what they are, no topic (English grammar, of normalised words)
_ASKER_IS = (("am", "i"), ("i", "am"), ("im",), ("am", "i", "being"), ("i", "am", "being"))
_BEING = frozenset(("being", "just", "so", "too", "really", "a", "an", "bit", "little"))


def asker_described(words: tuple[str, ...]) -> set[str]:
    """The word that says what the asker is, after "am I" or "I'm" (past "being", "just",
    "a bit"): an adjective of the asker ("am I PARANOID for blaming the pill?") names no
    topic of the base's, whatever else the question asks."""
    found = set()
    for n in range(len(words)):
        for lead in _ASKER_IS:
            if words[n : n + len(lead)] != lead:
                continue
            k = n + len(lead)
            while k < len(words) and words[k] in _BEING:
                k += 1
            if k < len(words) and english.ADJECTIVE in english.parts(words[k]):
                found.add(words[k])
    return found


def phrasal(words: tuple[str, ...]) -> frozenset[str]:
    """The words of (normalised) `words` used as the verb of a phrasal verb ("stress got me
    WOUND up", "it KNOCKED me out"): a word English also has as a verb, right before a
    particle, is that verb, not the noun it may also be ("a wound"): no topic."""
    return frozenset(
        word
        for word, after in zip(words, words[1:], strict=False)
        if after in _AFTER_VERB and english.VERB in english.parts(word)
    )


def _manner(words: tuple[str, ...]) -> set[str]:
    """The words of a phrase that says how to answer, not what about ("explain it IN PLAIN
    ENGLISH", "IN DETAIL", "IN A NUTSHELL", "STEP BY STEP"): English idiom, no topic."""
    out: set[str] = set()
    for n, word in enumerate(words):
        if word == "step" and words[n + 1 : n + 3] == ("by", "step"):
            out.add(word)
        if word in _LEVEL_LEADS and n + 1 < len(words) and words[n + 1] in ("a", "an", "the"):
            # "AT THE BASIC BIOLOGY LEVEL", "FROM A SCIENCE STANDPOINT": how deep to answer
            for k in range(n + 2, min(n + 2 + _MANNER_SPAN, len(words))):
                if words[k] in _LEVEL_HEADS:
                    out.update(words[n + 2 : k + 1])
                    break
        if word != "in":
            continue
        for k in range(n + 1, min(n + 1 + _MANNER_SPAN, len(words))):
            if words[k] in _MANNER_HEADS:
                while k + 1 < len(words) and words[k + 1] in _MANNER_HEADS:
                    k += 1  # "in laymans TERMS"
                out.update(words[n + 1 : k + 1])
                break
            if words[k] not in _MANNER_MODIFIERS:
                break
    return out


# "in (plain) english", "in (more) detail", "in a nutshell": the nouns that say how an
# answer is put, the words that may stand before them, and how far (general English)
_MANNER_HEADS = frozenset(
    ("detail", "details", "depth", "terms", "english", "words", "language", "nutshell",
     "brief", "summary", "laymans", "lay", "context")
)  # fmt: skip
_MANNER_MODIFIERS = frozenset(
    ("a", "more", "great", "full", "plain", "simple", "simpler", "basic", "everyday", "normal",
     "easy", "easier", "human", "other", "some", "lay", "laymans", "layman", "plainer", "real",
     "regular", "non", "technical", "scientific", "medical", "this", "that", "my", "the")
)  # fmt: skip
_MANNER_SPAN = 4
# "at the (cell) level", "from a (chemistry) standpoint": what leads the phrase and its nouns
_LEVEL_LEADS = frozenset(("at", "on", "from"))
_LEVEL_HEADS = frozenset(("level", "perspective", "standpoint", "viewpoint"))


# the nouns that ask for advice, what they ask it on, and the words that ask for them
# (general English)
_TIPS = frozenset(
    ("tips", "tip", "advice", "suggestions", "suggestion", "pointers", "ideas", "recommendations")
)
# words that ask for a way out of a problem, whatever the problem (English)
_REMEDY = frozenset(
    ("fix", "fixes", "fixed", "fixing", "solution", "solutions", "workaround", "workarounds",
     "troubleshoot", "troubleshooting")
)  # fmt: skip
_EVIDENCE = frozenset(("research", "studies", "study", "evidence", "science", "data", "trials"))
_SHOWING = frozenset(
    ("show", "shows", "showed", "say", "says", "said", "suggest", "suggests", "support",
     "supports", "back", "backs", "prove", "proves", "find", "found", "indicate", "indicates",
     "that", "on", "behind", "for")
)  # fmt: skip
_ANY_OF = frozenset((("is", "there"), ("are", "there"), ("any", "real"), ("is", "any")))
_TIPS_ON = frozenset(("for", "on", "about", "to", "when", "if"))
_TIPS_ASKED = frozenset(("any", "some", "good", "best", "your", "got", "give", "need"))


def auxiliary(word: str) -> bool:
    """Is `word` an auxiliary verb ("is", "can", "doesnt")?"""
    return word in _AUXILIARIES


def opens(words: list[str]) -> bool:
    """Do these (normalised) words open a question: a question word or an auxiliary first?"""
    return bool(words) and (
        words[0] in _QUESTION_WORDS or words[0] in _AUXILIARIES or words[0] == "why"
    )


def answers(entry: str | None, asked: str | None) -> bool:
    """Does a question in the form `entry` answer one asked in the form `asked`? Its own
    form does, and "How does X work?" answers "Why does X cause Y?" too (how one thing
    leads to another), though "Why is it slow?" does not answer "How do I publish it?"."""
    return asked is not None and entry in _ANSWERING.get(asked, (asked,))


# forms that say what kind of answer is wanted, whatever the topic: a time, a place, a
# person, a reason, an amount ("what" and yes-or-no fit any fact; "should I ...?" answers
# how to go about a thing as well as "how do I ...?" does)
TELLING = frozenset((WHY, "when", "where", "who"))


def without_yes(
    answer: str,
    asked: str | None,
    words: tuple[str, ...] = (),
    entry_question: str = "",
    premise_named: bool = True,
) -> str:
    """`answer` as the reply to a question asked in the form `asked` (its words `words`),
    the answer of the entry asked `entry_question`.

    A question asked another way than yes-or-no ("why does it act as a laxative?", "what
    causes most back pain?") is not answered "Yes": an answer opening on a bare "Yes."
    loses it, one opening "Yes, ..." keeps what follows, but a short first sentence that
    only says yes again ("Yes, some forms are. Magnesium salts ..." is "Magnesium salts
    ..."). A yes-or-no question (one opening on its verb) of another subject than the
    entry's question ("is MAGNESIUM really to blame?" answered by "are STRUCTURAL PROBLEMS
    more likely ...?") is answered neither "Yes" nor "No": that word says whether of the
    other subject. A question asked another way that does not name what the entry's
    question asks (`premise_named` false: "why is magnesium useful for pain?" answered by
    the entry asked "does it directly cause back pain?") is not answered "No" either: that
    no denies what the entry asked, not what the question takes for granted ("why does it
    cause back pain?" keeps its "No."). Every other answer as it is. English."""
    yes_no = asked == YES_NO or bool(words and words[0] in _AUXILIARIES)
    found = (_YES_OR_NO if yes_no or not premise_named else _YES).match(answer)
    if found is None or not answer[found.end() :].strip():
        return answer
    chooses = yes_no and _offers_a_choice(words)  # "is it the dives or the magnesium?"
    if not chooses and (asked is None or yes_no and not _of_another_subject(words, entry_question)):
        return answer  # "might the stress be the reason?" asks whether, whatever it names
    rest = answer[found.end() :]
    said = _SENTENCE_END.search(rest)
    if said is not None and len(rest[: said.start()].split()) <= SHORT_YES and rest[said.end() :]:
        rest = rest[said.end() :]  # "Yes, some forms are. ...": the yes said over, in short
    return rest[:1].upper() + rest[1:]


def _offers_a_choice(words: tuple[str, ...]) -> bool:
    """Does a question opening on its verb offer two things to choose between ("is it the
    box or the magnesium?"), which "yes" or "no" does not answer ("is it bad or not?" still
    asks whether)?"""
    if "or" not in words:
        return False
    at = len(words) - 1 - words[::-1].index("or")
    return at + 1 < len(words) and words[at + 1] not in ("not", "no", "what", "something")


def _of_another_subject(words: tuple[str, ...], entry_question: str) -> bool:
    """Does a yes-or-no question (`words`) ask of a subject that shares no word with the
    one the entry's question opens on ("glycinate" and "magnesium glycinate" are one,
    "magnesium" and "structural problems and injuries" two)?"""
    if not entry_question:
        return False
    ours, theirs = _subject(words), _subject(tuple(normalise(entry_question).split()))
    return bool(ours and theirs) and ours.isdisjoint(theirs)


def _subject(words: tuple[str, ...]) -> frozenset[str]:
    """The stems of the subject a yes-or-no question opens on: its first word after the
    verb and determiners, and the words after it up to a function word or an adverb ("a
    SLIPPED DISC CAUSE BACK PAIN", "MAGNESIUM really to blame"); none for a pronoun or
    another opening. More words than the subject's own may count: two subjects are told
    apart only when they share none."""
    first = doer(words, doing=True)
    start = words.index(first) if first is not None else None
    cleft = _IT_BE_THE.match(" ".join(words))
    if cleft is not None:  # "could IT BE THE supplement?": whether the supplement is it
        start = len(cleft.group(0).split())
    if start is None or start >= len(words):
        return frozenset()
    found: set[str] = set()
    plain = general_stopwords()
    for word in words[start:]:
        if word in ("and", "or"):
            continue
        if found and (word in plain or word.endswith("ly")):
            break  # "is magnesium REALLY ...", "... more likely THAN ...": the subject ends
        found.add(stem(word))
    return frozenset(found)


# "is it the pills?", "could it be my posture?": a yes-or-no question whose subject is the
# thing after "it (be) the" (English)
_IT_BE_THE = LazyPattern(
    r"^(?:is|was|could|can|might|would|will|may)\s+(?:it|that|this)\s+(?:really\s+|just\s+)?"
    r"(?:be\s+)?(?:the|my|a|an|this|that|these|those)\s+(?=\w)"
)
_YES = LazyPattern(r"Yes(?:\.\s+|,\s+)")
_YES_OR_NO = LazyPattern(r"(?:Yes|No)(?:\.\s+|,\s+)")
_SENTENCE_END = LazyPattern(r"[.!]\s+")
SHORT_YES = 5  # words: "Yes, both can contribute." says yes again, and nothing more


def telling(asked: str | None) -> bool:
    """Is `asked` a form that only an entry asked in that form answers ("when should ...",
    "why ...", "how much ...")?"""
    return asked in TELLING or (asked is not None and asked.startswith("how "))


# forms that want a fact a bare "yes" or "no" never gives: a time, a place, a person, an
# amount ("how likely" is answered by "not very likely"; a reason may follow a "yes")
# ... and so does a way to go about a thing ("how can I bring my stress down?" is not
# answered by "Yes, stress can cause it")
_FACT_WANTED = frozenset(
    ("when", "where", "who", "how much", "how many", "how long", "how often", HOW_TO)
)
_OPENS_YES_OR_NO = LazyPattern(r"^\W*(?:yes|no)\b", re.IGNORECASE)


def answered_by_yes_or_no(asked: str | None, answer: str) -> bool:
    """Does an answer that opens on a bare "yes" or "no" answer none of a question asked in
    the form `asked`? "Where does the pain show up?" wants a place: "Yes. Structural
    causes are far more likely..." says none, whatever words the two share."""
    return asked in _FACT_WANTED and _OPENS_YES_OR_NO.search(answer) is not None


_OPENS_YES = LazyPattern(r"^\W*yes\b", re.IGNORECASE)


def opens_yes(answer: str) -> bool:
    """Does `answer` open on a bare "yes"?"""
    return _OPENS_YES.search(answer) is not None


def opens_yes_or_no(answer: str) -> bool:
    """Does `answer` open on a bare "yes" or "no": say whether, before anything else?"""
    return _OPENS_YES_OR_NO.search(answer) is not None


# forms that want an explanation, a reason or a way a thing works: a bare "yes" or "no"
# may open one ("Yes. Without enough of it, muscles stay contracted"), so such an answer is
# not wrong, but one nearly as near that explains without first saying whether is what is
# asked ("how does it help with spasms?" beside "Yes, too little causes spasms")
_EXPLANATION_WANTED = frozenset((WHY, HOW))


def explained_after_yes_or_no(asked: str | None, answer: str) -> bool:
    """Is `answer` one that opens on a bare "yes" or "no" to a question asked in the form
    `asked` that wants an explanation ("why ...", "how does ...")?"""
    return asked in _EXPLANATION_WANTED and _OPENS_YES_OR_NO.search(answer) is not None


# the words that, closing a question, point at what was said before it
POINTED_AT = frozenset(("that", "this", "it", "them", "those", "these"))


def ends_pointing(words: tuple[str, ...]) -> bool:
    """Do these (normalised) words close on a word that points back ("how does magnesium
    help with THAT?", "why does it do THIS")? Then what is asked is what was said before,
    which the question's own words do not name."""
    return bool(words) and words[-1] in POINTED_AT


# the verbs of what a thing does or brings about, said of a pointer: "why would it DO that",
# "can oxide CAUSE this" (English grammar)
_DO = frozenset(("do", "does", "did", "doing"))
CAUSING = frozenset(("cause", "causes", "caused", "causing", "make", "makes", "made", "making"))


def pointed_deed(words: list[str]) -> int | None:
    """Where (normalised) words close on a deed and a pointer, the verb's place: "why would
    the laxative DO THAT", "could oxide be causing this to me", "what else could CAUSE IT";
    None otherwise."""
    end = len(words)
    if end >= 2 and words[-2:] in (["to", "me"], ["to", "us"]):
        end -= 2
    if end < 2 or words[end - 2] not in _DO | CAUSING:
        return None
    if words[end - 1] in ("that", "this") or (words[end - 1] == "it" and words[end - 2] in CAUSING):
        return end - 2
    return None


def cause_of_pointer(words: list[str]) -> list[str]:
    """`words` asking what a thing pointed at is ("what else could IT BE?", "could it be
    something else?", "if it's not the magnesium, what is it then?") as what causes it
    ("what else could cause it"): said of what one feels, English asks for its cause; the
    words unchanged when they ask nothing so."""
    found = _WHAT_IT_IS.fullmatch(" ".join(words))
    if found is None:
        return words
    return [*found.group(1).split(), "what", "else", "could", "cause", "it"]


_WHAT_IT_IS = LazyPattern(
    r"(.*?)\s*(?:\b(?:so|then|ok|okay)\s+)?(?:"
    r"what(?: else)? (?:could|might|would|can|else could|else might) (?:it|this|that) be"
    r"|what else (?:is|s) it|what (?:is|s) it then"
    r"|what else (?:could|might) be (?:doing|causing) it"
    r"|(?:could|might|can) (?:it|this|that) be (?:something|anything) else"
    r")(?: (?:then|instead|besides (?:\w+ ){0,3}\w+|other than (?:\w+ ){0,3}\w+))?"
)


def asked_in(phrasings, asked: str | None) -> bool:
    """Is any of `phrasings` (an entry's question and alternates) asked in a form that
    answers `asked`?"""
    return any(answers(form(p), asked) for p in phrasings)


def form(text: str) -> str | None:
    """The one form the asking `text` is in, or None: none found, or clauses asked in
    two forms ("how many reactions ..., and how does it act on ...": two questions)."""
    found = {f for c in _CLAUSE.split(text) if (f := _clause_form(normalise(c).split()))}
    return found.pop() if len(found) == 1 else None


# the words that open a condition or a circumstance, a clause that says under what the
# main one is asked ("what happens to stool WHEN magnesium draws water ...")
_CONDITIONS = frozenset(
    ("when", "whenever", "if", "because", "since", "while", "although", "though", "unless")
)


def may_hold_condition(words: tuple[str, ...]) -> bool:
    """Could the asking sentences of these normalised words hold a condition (a word that
    opens one)? Without, `conditions` finds none: all is main clause."""
    return not _CONDITIONS.isdisjoint(words)


def conditions(sentences) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The normalised words of the asking `sentences` that ask (the main clauses) and the
    ones of their conditions: from "when", "if", "because" and the like to the clause's
    end. "When" that opens a question ("when should I take it") is no condition; nor is
    one in a sentence no clause of which asks ("my leg feels numb since I started it"
    tells, and all it tells counts)."""
    main: list[str] = []
    said: list[str] = []
    for sentence in sentences:
        asks = False
        own: list[str] = []
        under: list[str] = []
        for clause in _CLAUSE.split(sentence):
            words = normalise(clause).split() if clause else []
            at = next(
                (
                    k
                    for k, w in enumerate(words)
                    if w in _CONDITIONS
                    and not (w == "when" and k + 1 < len(words) and words[k + 1] in _AUXILIARIES)
                ),
                len(words),
            )
            asks = asks or opens(words[:at]) or _clause_form(words[:at]) is not None
            own += words[:at]
            under += words[at + 1 :]
        main += own
        if asks:
            said += under
        else:  # nothing asked: the condition is as much what is said as the rest
            main += under
    return tuple(main), tuple(said)


_COPULAS = frozenset(("is", "are", "was", "were", "isnt", "arent", "wasnt", "werent"))
_DETERMINERS = frozenset(
    ("the", "my", "your", "his", "her", "their", "our", "this", "that", "these", "those")
)
_PREDICATE = frozenset(("a", "an", "the", "more", "less", "most", "least"))  # "... a cause"
_NO_SUBJECT = frozenset(("it", "there", "you", "i", "we", "they", "he", "she", "that", "this"))
SUBJECT_WORDS = 3  # a subject named in at most this many words
# a copula as a word of its own, as `normalise` would leave it of plain ASCII text
_COPULA_WORD = LazyPattern(r"(?<![a-z])(?:is|are|was|were)(?:nt)?(?![a-z])", re.IGNORECASE)


def subjects(sentences) -> tuple[str, ...]:
    """The normalised words a question "is X a Y?" names as its subject, X: "is the stress
    a more likely reason?" asks of the stress, "a more likely reason" is what it asks of
    it. Only where the predicate opens with an article or a comparison, so the subject's
    end is plain; none for a pronoun ("is it the magnesium?")."""
    found: list[str] = []
    for sentence in sentences:
        if _plain(sentence) and not _COPULA_WORD.search(sentence):
            continue  # no clause can open on a copula (most questions): none to split
        for clause in _CLAUSE.split(sentence):
            words = normalise(clause).split() if clause else []
            if len(words) < 3 or words[0] not in _COPULAS:
                continue
            start = 2 if words[1] in _DETERMINERS else 1
            if words[start] in _NO_SUBJECT:  # "is it the magnesium?": named before, if at all
                continue
            end = next((k for k in range(start, len(words)) if words[k] in _PREDICATE), None)
            if end is not None and 0 < end - start <= SUBJECT_WORDS:
                found += words[start:end]
    return tuple(found)


def _plain(sentence: str) -> bool:
    """Is `sentence` text whose words `normalise` makes only by lower-casing and splitting
    at what is not a letter or a digit (ASCII, no apostrophe to drop, not cut short)? Then a
    word it leaves is a run of letters of the text as typed."""
    return (
        sentence.isascii()
        and len(sentence) <= MAX_QUERY_CHARS
        and not ("'" in sentence or "`" in sentence)
    )


# a pick among the things told ("either of those", "any of them"; not "the two", which
# asks of both: "could the two be related?"): English
_PICKS_TOLD = LazyPattern(r"\b(?:either|any|neither|none) of (?:those|these|them|the two|the 2)\b")


def picks_among_told(sentences) -> bool:
    """Does a question ask of the things told before it by picking among them ("would
    either of those help?", "is any of them safe?")?"""
    return any(_PICKS_TOLD.search(normalise(s)) for s in sentences)


def points_back(sentences) -> bool:
    """Does a question name what it asks of only by pointing back at what was told before
    it: an auxiliary, then "that" or "this" standing alone ("is that like the bad one?",
    "could this be my posture?", "is that normal?"), not as the determiner of a noun ("is
    that pill safe?")? What it points at is the story the message tells."""
    for sentence in sentences:
        for clause in _CLAUSE.split(sentence):
            words = normalise(clause).split() if clause else []
            k = next((n for n, w in enumerate(words[:OPENING]) if w in _AUXILIARIES), None)
            if k is None or k + 1 >= len(words) or words[k + 1] not in ("that", "this"):
                continue
            after = words[k + 2] if k + 2 < len(words) else ""
            if (
                not after
                or k + 3 == len(words)  # "is that normal?": nothing after it to qualify
                or after in general_stopwords()
                or "n" not in english.parts(after)
            ):
                return True
    return False


def asks_of_told(sentences) -> bool:
    """Does a question ask of what was told before it: by naming its subject only by
    pointing back (`points_back`), or by ending on "this" or "that" standing alone, the
    object of its verb ("is the magnesium doing THIS?", "could oxide cause THAT?")? What
    the pointer points at is what the answer must explain."""
    if points_back(sentences):
        return True
    for sentence in sentences:
        for clause in _CLAUSE.split(sentence):
            words = normalise(clause).split() if clause else []
            k = next((n for n, w in enumerate(words[:OPENING]) if w in _AUXILIARIES), None)
            after = words[k + 1 :] if k is not None else []
            # "is this?" is all pointer; "is it like that" compares; "doing this" points
            if (
                len(after) >= 3
                and after[-1] in ("this", "that")
                and after[-2] not in _POINTING | _COMPARING
            ):
                return True
    return False


# "the best mattress", "which pillow", "what kind of shoes": the thing a question asks to
# be chosen among its kind
_CHOOSING = frozenset(("best", "worst", "which", "safest", "top", "ideal", "recommended"))
_KIND_OF = frozenset(("kind", "kinds", "type", "types", "sort", "sorts", "brand", "brands"))


_OPENING_AUXILIARIES = frozenset(
    ("does", "do", "did", "can", "could", "will", "would", "is", "are", "was", "were", "might")
)
_OWNERS = frozenset(("the", "my", "your", "his", "her", "our", "their", "a", "an", "this"))


# "how do I REHEAT it", "can you FREEZE it", "is it safe to BOIL it": the deed a question
# asks how or whether to do, after the person who would do it (or "to"), past a hedge
_DOING = frozenset(("how", "can", "could", "should", "may", "must", "do", "shall", "would"))
_DOER = frozenset(("i", "we", "you", "one"))
_PARTICLE = frozenset(("up", "out", "off", "down", "away", "back", "over"))
PARTICLES = _PARTICLE  # the particles of a phrasal verb ("show UP", "pick OUT")
# "how do I CHOOSE a conference": a verb of choosing asks which thing, as "which" does
_CHOOSING_VERBS = frozenset(("choose", "pick", "select", "decide", "determine", "find"))
_ALLOWED = frozenset(("how", "ok", "okay", "safe", "fine", "possible", "alright", "allowed"))
_PICKING = frozenset(("choose", "pick", "select"))  # ... of them, those that take a thing


def _deed_at(words: tuple[str, ...], n: int) -> bool:
    """Is `words[n]` a deed asked to be done: after an auxiliary and its doer ("how do I
    PICK"), after "to" ("how to PICK", "ok to PICK"), past an adverb?"""
    return n in _deeds(words, after_to=None)


def _deeds(words: tuple[str, ...], after_to: frozenset[str] | None = _ALLOWED) -> set[int]:
    """Where the deeds asked to be done stand: the word after an auxiliary and its doer, or
    after "to" (after one of `after_to` before it; None: any word), past an adverb."""
    found = set()
    for n, word in enumerate(words[:-1]):
        after = words[n + 1]
        to = after == "to" and (after_to is None or word in after_to)
        if not ((word in _DOING and after in _DOER) or to):
            continue
        if not to and _OBJECT_ASKED.search(" ".join(words[: n + 1])):
            continue  # "what side effects should I EXPECT": the thing is asked, not a deed
        k = n + 2
        while k < len(words) - 1 and _adverb(words[k]):
            k += 1  # "can I safely ...", "should I really ..." (not "how do I APPLY it")
        if not to and k == len(words) - 1 and words[n - 1 : n] == ("what",):
            continue  # "what do you RECKON?", "what would you SUGGEST?": a thing asked, "what"
        if k < len(words):
            found.add(k)
    return found


# a question asking which thing, with the thing named before its auxiliary ("what SIDE
# EFFECTS should i ...", "which FORM do you ..."): the verb after is no deed asked (English)
_OBJECT_ASKED = LazyPattern(r"\b(?:what|which|whats) (?:\w+ ){1,4}\w+$")


def _adverb(word: str) -> bool:
    """Is `word` an adverb ending in "-ly" ("safely", "really"), not a verb that ends so
    ("apply", "rely", "supply")?"""
    return word.endswith("ly") and english.VERB not in english.parts(word)


def asked_deeds(words: tuple[str, ...]) -> frozenset[str]:
    """The words a (normalised) question asks how or whether to do ("how do I PUBLISH
    it?", "can I REHEAT it?", "is it safe to FREEZE it?"): the word after an auxiliary and
    its doer, or after "how to", "ok to", past an adverb ("can I SAFELY ..."); not a verb
    with its particle ("pick up", "figure out"), whose meaning is not the verb's, nor one of
    choosing ("how do I PICK a conference"), which asks which thing, as "which" does. What
    is asked is that deed: an article that never tells of it does not answer. General English."""
    return frozenset(
        words[k]
        for k in _deeds(words)
        if words[k].isalpha()
        and words[k] not in _CHOOSING_VERBS
        # not "pick up", "figure out": the verb alone is not the deed
        and not _PARTICLE.intersection(words[k + 1 : k + 2])
    )


def doer(words: tuple[str, ...], doing: bool = False) -> str | None:
    """The word a (normalised) yes-or-no question opens on as its subject ("does COFFEE
    block absorption?", "can my MATTRESS cause it?"): the word after its opening auxiliary
    and a determiner; None for a pronoun or a question opened otherwise. With `doing`, a
    doing "it" holds the place of is the subject ("is it reasonable TO SUSPECT ...")."""
    if len(words) < 3 or words[0] not in _OPENING_AUXILIARIES:
        return None
    k = 1
    if words[1] == "it":  # "is it (even) likely (that) MY MAGNESIUM is ...": the clause's
        said = next((j for j in range(2, min(5, len(words))) if words[j] in _EXTRAPOSING), None)
        held = (
            next(
                (
                    j
                    for j in range(2, min(5, len(words) - 1))
                    if words[j] in _EXTRAPOSING_TO and words[j + 1] == "to"
                ),
                None,
            )
            if doing
            else None
        )
        if held is not None and (said is None or held < said):
            # "is it reasonable TO SUSPECT a new supplement ...?": the doing is the subject
            said = held
            k = held + 2
            if k >= len(words):
                return None
        elif said is not None:  # subject, "it" only holding its place (English)
            k = said + 1 + (said + 1 < len(words) and words[said + 1] == "that")
            if k >= len(words):
                return None  # "is it normal?": no clause after it
    while k < len(words) - 1 and words[k] in _OWNERS:
        k += 1
    word = words[k]
    if not word.isalpha() or word in _NO_SUBJECT or word in general_stopwords():
        return None  # "is 800 mg too much?" asks an amount, not of a number
    return word


# what "it" holds the place of a clause for: "is it likely/true/possible that X ..."
_EXTRAPOSING = frozenset(
    ("likely", "unlikely", "possible", "probable", "plausible", "true", "normal", "common")
)


# ... and for a doing: "is it reasonable/safe/ok TO take it ..."
_EXTRAPOSING_TO = _EXTRAPOSING | frozenset(
    ("reasonable", "safe", "ok", "okay", "wise", "smart", "bad", "good", "fine", "worth", "silly")
)


def doers(words: tuple[str, ...], by_parts: bool = True) -> tuple[str, ...]:
    """The words of the subject a yes-or-no question opens on: `doer`, and the word after
    it when that can be neither a verb nor an adjective ("does magnesium GLYCINATE make you
    ...?", not "is magnesium GOOD for ..."); none that can be an adjective ("does HEAVY
    lifting ..."): only a thing named. `by_parts=False`: without the parts of speech (read
    from a data file), the words it may be, a superset."""
    first = doer(words)
    if first is None:
        return ()
    k = words.index(first)
    after = words[k + 1] if k + 1 < len(words) else ""
    found = [first]
    if (
        after.isalpha()
        and after not in general_stopwords()
        and (not by_parts or "v" not in english.parts(after))
    ):
        found.append(after)
    if not by_parts:
        return tuple(found)
    return tuple(w for w in found if "a" not in english.parts(w))


_VERSUS = frozenset(("vs", "versus", "v"))
# "the route BY WHICH magnesium ...": after a preposition "which" relates, it asks no choice
_RELATING = frozenset(
    ("by", "in", "through", "from", "with", "to", "for", "on", "at", "of", "via", "during")
)


def chosen(words: tuple[str, ...]) -> frozenset[str]:
    """The words a (normalised) question asks to choose one of ("what's the best MATTRESS
    for back pain?", "which PILLOW", "what kind of SHOES", "how do I PICK a LICENSE"): the
    word after "best", "which", "what kind of" or a verb of choosing asked to be done, past
    "kind of" and "the". General English."""
    found = set()
    for n, word in enumerate(words):
        opens = (
            (word in _CHOOSING and not _relative_which(words, n))
            or (word in ("what", "whats") and n + 1 < len(words) and words[n + 1] in _KIND_OF)
            or (
                word in _PICKING
                and _deed_at(words, n)
                and not _PARTICLE.intersection(words[n + 1 : n + 2])  # "pick up"
            )
        )
        if not opens:
            continue
        k = n + 1
        while k < len(words) and (words[k] in _KIND_OF or words[k] in ("of", "the", "a", "an")):
            k += 1
        if k < len(words):
            found.add(words[k])
    return frozenset(found)


def _relative_which(words: tuple[str, ...], n: int) -> bool:
    """Is the "which" at n a relative pronoun after a noun and its preposition ("the route
    BY WHICH magnesium ..."), not a question's ("IN WHICH form is it best absorbed?")?"""
    return (
        words[n] == "which"
        and n >= 2
        and words[n - 1] in _RELATING
        and words[n - 2] not in _OPENING_JOINS
    )


_OPENING_JOINS = frozenset(("and", "but", "so", "or", "ok", "okay", "then", "also", "now"))


# a term in quotes, of one to four words: 'referred pain', "nature's relaxant"
_QUOTED = LazyPattern(
    r"(?:^|(?<=[\s(]))['\"\u2018\u201c]([A-Za-z][\w\-]*(?:[ '\u2019][\w\-]+){0,3})"
    r"['\"\u2019\u201d](?=[\s.,;:!?)]|$)"
)
# "what that means", "what does it mean", "what is that": the meaning of what is pointed at
_MEANING_OF_POINTER = LazyPattern(
    r"\bwhat (?:(?:that|it|this) means?|(?:does|do|did) (?:that|it|this) mean"
    r"|(?:is|s) (?:that|it|this)$)"
)


def quoted(text: str) -> list[str]:
    """The short terms `text` puts in quotes ("someone called it 'referred pain'")."""
    return [m.group(1) for m in _QUOTED.finditer(text)]


def asks_meaning_of_pointer(words: tuple[str, ...]) -> bool:
    """Do (normalised) `words` ask what "that" or "it" means ("can anyone explain what that
    means in this context?", "what does it mean?")?"""
    return _MEANING_OF_POINTER.search(" ".join(words)) is not None


# "how do I FIX IT?", "how can we get rid of this", "what should I do about that": a deed
# asked of a thing pointed at, which the sentence before told (English grammar)
_DEED_ON_POINTER = LazyPattern(
    r"^(?:so |ok |okay |and |but )?how (?:do|can|could|should|would|to) (?:i |we |you |u |one )?"
    r"(?:\w+ ){1,3}(?:it|this|that|them|these|those)$"
    r"|^what (?:do|can|should) (?:i|we) do (?:about|with) (?:it|this|that|them)$"
)


def deed_on_pointer(words: tuple[str, ...]) -> bool:
    """Do (normalised) asking `words` ask only how to do a thing to what "it" or "this"
    points at ("How do I fix it?" after the error told, "how can I stop this")?"""
    return _DEED_ON_POINTER.search(" ".join(words)) is not None


def versus(words: tuple[str, ...]) -> frozenset[str]:
    """The words either side of "vs" or "versus" ("THORNE vs DOCTORS best"): two things set
    against each other, one to choose."""
    return frozenset(
        side
        for n, word in enumerate(words)
        if word in _VERSUS and 0 < n < len(words) - 1
        for side in (words[n - 1], words[n + 1])
    )


_GIVING = frozenset(("give", "gives", "gave", "giving", "hard", "rough", "tough", "harsh"))
POSSESSIVES = frozenset(("my", "your", "his", "her", "our", "their", "ur"))
# the two ways a question may ask of a thing and a state: whether the thing brings the state
# about, or whether it eases it. General English verbs.
_CAUSING = frozenset(
    (
        "cause", "causes", "causing", "caused", "trigger", "triggers", "triggered",
        "triggering", "worsen", "worsens", "worsening", "aggravate", "aggravates",
    )
)  # fmt: skip


def names_cause(word: str) -> bool:
    """Is `word` the noun "cause" (or "trigger"), a relation between things? What is said
    before it ("a PROVEN cause", "a DOCUMENTED trigger") says how sure or how direct it is,
    never a kind of thing the way "RAIN water" names one."""
    return word in _CAUSE_NOUNS


_CAUSE_NOUNS = frozenset(("cause", "causes", "trigger", "triggers"))
_EASING = frozenset(
    (
        "treat", "treats", "treating", "treated", "treatment", "relieve", "relieves",
        "relieving", "ease", "eases", "easing", "cure", "cures", "curing", "remedy",
        "soothe", "soothes", "alleviate", "alleviates",
    )
)  # fmt: skip


def way(words) -> str | None:
    """Whether (normalised) `words` ask if a thing brings a state about ("does it cause
    headaches?": "cause") or eases it ("is it used to treat pain?": "ease"); None when
    they say neither, or both ("how do I stop it causing ...": a remedy for a cause)."""
    said = set(words)
    causing, easing = bool(said & _CAUSING), bool(said & _EASING)
    # "can it GIVE me a headache?" brings one about as "cause" does ("give you relief" not)
    causing = causing or (
        not said.isdisjoint(_GIVING) and "relief" not in said and bool(brought_things(tuple(words)))
    )
    # "isn't it supposed to help with pain, not cause it?" asks of both ways
    easing = easing or (causing and not said.isdisjoint(_HELPING))
    if causing == easing:
        return None
    return "cause" if causing else "ease"


def opposed(asked, entry_question: str) -> bool:
    """Does an entry asked the other way answer none of a question ("does magnesium
    cause headaches?" beside "Is magnesium used to treat pain?", whose "Yes." would read
    as "yes, it causes them")?"""
    mine = way(asked)
    theirs = way(normalise(entry_question).split())
    return mine is not None and theirs is not None and mine != theirs


# the verbs that bring a state about, said plainly ("can that MAKE my back hurt?"), and those
# that end or keep one off ("how can I STOP it causing ..."): General English
_BRINGING = (
    frozenset(
        ("make", "makes", "made", "give", "gives", "gave", "lead", "leads", "bring", "brings")
    )
    | _CAUSING
)
_STOPPING = frozenset(
    (
        "stop", "stops", "stopping", "prevent", "prevents", "preventing", "avoid", "avoiding",
        "fix", "fixes", "fixing", "rid",
    )
)  # fmt: skip


def asks_whether_causes(words) -> bool:
    """Does a yes-or-no question ask whether a thing brings a state about ("can those make
    my back hurt?", "could that cause back pain?"), not how to end it?"""
    said = set(words)
    opener = next((w for w in words[:OPENING] if w in _AUXILIARIES or w in _QUESTION_WORDS), None)
    # "can that cause ...?" opens on an auxiliary, though it asks of "that" (no `form`)
    asks_whether = opener in _AUXILIARIES and not _REASON.search(" ".join(words))
    if not asks_whether or said & _STOPPING:
        return False
    return bool(said & _BRINGING) or bool(_BLAMED.search(" ".join(words)))


def last_asking(words) -> tuple[str, ...]:
    """The words from the last auxiliary of (normalised) `words` on: the yes-or-no question
    a story read with its question ends on ("stomach lower back IS THE SWITCH THE PROBLEM")."""
    at = next((n for n in range(len(words) - 1, -1, -1) if words[n] in _AUXILIARIES), None)
    return tuple(words[at:]) if at is not None else ()


# a thing said to be what brings a state about: "is the switch THE PROBLEM?", "is mag THE
# CULPRIT?", "is it TO BLAME?" (English idiom)
_BLAMED = LazyPattern(
    r"\bthe (?:problem|culprit|issue)\b|\bto blame\b"
    # "is back pain a (common) side effect of magnesium?": whether it brings that about
    r"|\b(?:a|an) (?:(?:common|known|usual|typical|normal|possible|real|rare)\s+)?"
    r"(?:side effects?|symptoms?|reactions?) (?:of|from)\b"
)


# a thing that does good: relieves, treats, helps (English grammar)
_HELPING = frozenset(
    ("help", "helps", "helped", "helping", "relieve", "relieves", "ease", "eases", "treat",
     "treats", "cure", "cures", "soothe", "soothes", "improve", "improves")
)  # fmt: skip


def asks_whether_helps(words) -> bool:
    """Does a yes-or-no question ask whether a thing does good ("does magnesium help lower
    back pain?", "will it ease my disc pain?"), neither whether it brings a state about
    nor how to end one?"""
    said = set(words)
    opener = next((w for w in words[:OPENING] if w in _AUXILIARIES or w in _QUESTION_WORDS), None)
    asks_whether = opener in _AUXILIARIES and not _REASON.search(" ".join(words))
    return asks_whether and bool(said & _HELPING) and not said & (_BRINGING | _STOPPING)


def helper(words) -> tuple[str, ...]:
    """The words a yes-or-no question says does good, between its auxiliary and the verb
    ("does MAGNESIUM help ...", "will REDUCING THE DOSE help"); none when it asks no such
    thing."""
    if not asks_whether_helps(words):
        return ()
    start = next(i for i, w in enumerate(words) if w in _AUXILIARIES) + 1
    end = next(i for i, w in enumerate(words) if w in _HELPING)
    return tuple(words[start:end])


def stopper(words) -> tuple[str, ...]:
    """The words a question says end, keep off or ease a state, between its auxiliary and
    the verb ("does MAGNESIUM stop cramps?", "how does MAGNESIUM help with spasms?"): a
    thing that does good, asked whether or how; none when the person does it ("how do I
    stop it?", "can you avoid it?") or the question asks no such thing."""
    lead = 0
    while lead < len(words) - 1 and words[lead] in _LEADING_JOINS:
        lead += 1  # "AND how does magnesium stop cramps?"
    words = words[lead:]
    opener = next((n for n, w in enumerate(words[:OPENING]) if w in _AUXILIARIES), None)
    if opener is None or (opener and words[opener - 1] not in ("how", "why")) or opener > 1:
        return ()
    end = next((n for n, w in enumerate(words) if n > opener and w in _DOING_GOOD), None)
    if end is None or end == opener + 1:
        return ()
    doer = tuple(words[opener + 1 : end])
    if doer[0] in _PERSONS_DOING or len(doer) > 3:
        return ()
    return doer


def stopping_as_help(words: list[str]) -> list[str]:
    """`words` with a thing's stopping of a state read as the good it does ("does magnesium
    STOP cramps?": does it help them): what a thing stops, it eases; the person's own
    stopping ("how do I stop it?") is a way to end it, and stays."""
    for n in range(1, len(words) - 1):
        # "people TAKE magnesium TO STOP cramps": what is taken to stop a state eases it
        if (
            words[n] == "to"
            and words[n + 1] in ("stop", "stops")
            and any(w in _TAKING_FOR for w in words[max(0, n - 4) : n])
        ):
            return [*words[: n + 1], "help", *words[n + 2 :]]
    told = next((n for n, w in enumerate(words[: OPENING + 1]) if w == "stops"), 0)
    after = words[told + 1 : told + 2]
    if (
        told
        and _CLAIM_OPENS.isdisjoint(words[:told])
        and after
        and after[0] not in general_stopwords()  # "the ache stops WHEN I lie down"
        and not after[0].endswith("ly")  # "... stops COMPLETELY"
    ):
        # "magnesium STOPS cramps, is that true?": a thing's claimed good, told
        return [*words[:told], "helps", *words[told + 1 :]]
    doer = stopper(words)
    if not doer:
        return words
    at = next(n for n, w in enumerate(words) if w in _DOING_GOOD)
    if words[at] not in ("stop", "stops", "stopping"):
        return words  # "prevent", "avoid" are words the base may say of the thing itself
    if words[at + 1 : at + 2] and words[at + 1] in POINTED_AT:
        return words  # "how does magnesium stop IT?": of what was said, in its own words
    return [*words[:at], "help", *words[at + 1 :]]


_DOING_GOOD = _STOPPING | _HELPING  # the verbs `stopper` reads a doer of
# words before "stops" that make it no thing's claimed good ("how it stops", "who stops")
_CLAIM_OPENS = _AUXILIARIES | frozenset(
    ("how", "why", "what", "when", "who", "which", "if", "until", "till", "once", "never",
     "nothing", "that", "it")
)  # fmt: skip
_LEADING_JOINS = frozenset(("and", "so", "but", "also", "then", "ok", "okay", "plus"))
_TAKING_FOR = frozenset(("take", "takes", "taking", "took", "use", "uses", "using", "used"))
# who may do a stopping themselves: the person, whoever they speak for
_PERSONS_DOING = frozenset(("i", "we", "you", "u", "people", "one", "someone", "they"))


def causer(words) -> tuple[str, ...]:
    """The words a yes-or-no question asks whether they bring a state about, between its
    auxiliary and the verb ("can THE SUPPLEMENT ITSELF cause my back ache?"); none when it
    asks no such thing."""
    if not asks_whether_causes(words):
        return ()
    start = next(i for i, w in enumerate(words) if w in _AUXILIARIES) + 1
    end = next((i for i, w in enumerate(words) if w in _BRINGING and i >= start), start)
    return tuple(words[start:end])


_SAYS_NO = LazyPattern(r"\s*(?:no\b|not directly\b|not very likely\b)", re.IGNORECASE)


def says_no(answer: str) -> bool:
    """Does an answer open with a no ("No. ...", "No, ...", "Not directly: ...")?"""
    return _SAYS_NO.match(answer) is not None


def entry_asks_whether_causes(entry_question: str) -> bool:
    """Is an entry's question whether a thing brings a state about ("Can a herniated disc
    cause back pain?")? Its "Yes." says so of that thing, not that another thing helps;
    not when it is the lack of a thing that does ("Can too little magnesium cause muscle
    spasms?": then having it helps, and the yes says so)."""
    words = normalise(entry_question).split()
    lack = not _LACKING.isdisjoint(words) or "too little" in " ".join(words)
    return asks_whether_causes(words) and not lack


_LACKING = frozenset(
    ("low", "lack", "lacking", "deficiency", "deficient", "insufficient", "without", "shortage")
)


# "can it MAKE YOU dizzy?", "does it make me feel so tired": a verb that brings a state
# about, the one it befalls, and the state, an adjective (English grammar)
_MAKING = frozenset(("make", "makes", "made", "making"))
_BEFALLEN = frozenset(
    ("you", "u", "ya", "me", "us", "people", "someone", "anyone", "him", "her", "them", "one")
)
_ON_THE_WAY = frozenset(
    ("feel", "feeling", "so", "really", "very", "more", "super", "too", "a", "bit")
)


def brought_states(words: tuple[str, ...]) -> frozenset[str]:
    """The adjectives of (normalised) `words` that name a state a thing is asked to bring
    about ("can magnesium make you DIZZY?"): what is asked about, a symptom, however an
    adjective otherwise only tells what a thing is like."""
    found: set[str] = set()
    for n, word in enumerate(words[:-2]):
        if word not in _MAKING or words[n + 1] not in _BEFALLEN:
            continue
        k = n + 2
        while k < len(words) - 1 and words[k] in _ON_THE_WAY:
            k += 1
        if english.ADJECTIVE in english.parts(words[k]):
            found.add(words[k])
    return frozenset(found)


# "can it give you vivid DREAMS?", "does it cause a RASH?", "can it lead to HAIR loss?":
# a verb that brings a thing about, and the thing, a noun (English grammar)
_BRINGING_THINGS = _CAUSING | _GIVING
_LEADING_TO = frozenset(("lead", "leads", "led", "bring", "brings", "brought"))
_EXPLAINING = frozenset(("explain", "explains", "explained"))
_ASKED_TO_EXPLAIN = frozenset(("you", "u", "please", "pls", "plz", "to"))
_REASONS = frozenset(("reason", "reasons", "cause", "causes", "culprit", "explanation"))
_BEFORE_THING = frozenset(
    (
        "a", "an", "the", "some", "any", "really", "very", "more", "such", "bad", "weird",
        "to", "on", "so", "much", "many", "lots", "of",
    )
)  # fmt: skip
_JOINING = frozenset(("and", "or", "but", "if", "when", "after", "because", "since", "like"))
# "give UP coffee", "gave IN", "doubling IT": a verb with its particle (or its object
# pronoun), no bringing about, and no noun ("a wound") either: `phrasal`
_AFTER_VERB = frozenset(("up", "in", "away", "back", "out", "off", "over", "it", "them"))
# the nouns that name no thing of their own, only that there is some bad outcome ("cause
# so much TROUBLE", "give you PROBLEMS"): what they are is said elsewhere, or not asked
_ANY_OUTCOME = frozenset(
    (
        "trouble", "troubles", "problem", "problems", "issue", "issues", "harm", "damage",
        "effect", "effects", "side", "symptom", "symptoms", "reaction", "reactions", "stuff",
        "thing", "things", "anything", "something", "much", "lot", "lots", "so", "many",
    )
)  # fmt: skip
THING_REACH = 3  # the thing brought about is named within this many words of its verb


def brought_things(words: tuple[str, ...]) -> frozenset[str]:
    """The nouns of (normalised) `words` that name a thing a question asks another to bring
    about ("can glycinate give you vivid DREAMS?", "does oxide cause a RASH?"): the object of
    a verb of causing or giving, after the one it befalls and the words before a noun, up
    to a joining word. What is asked about, however everyday its word otherwise reads."""
    found: set[str] = set()
    for n, word in enumerate(words[:-1]):
        if (
            word not in _BRINGING_THINGS
            and not (word in _LEADING_TO and words[n + 1] in ("to", "on"))
            # "could low magnesium EXPLAIN the hives?", "a likely REASON FOR the rash": what
            # a thing accounts for ("can you explain that simpler?" asks it put otherwise)
            and not (word in _EXPLAINING and not (n and words[n - 1] in _ASKED_TO_EXPLAIN))
            and not (word in _REASONS and words[n + 1] == "for")
        ):
            continue
        k = n + 2 if words[n + 1] == "for" else n + 1  # a reason's thing follows "for"
        if k >= len(words) or words[k] in _AFTER_VERB:
            continue
        if words[k] in _BEFALLEN:
            k += 1
        elif words[k] in POSSESSIVES and word in _GIVING:
            k += 2  # "give MY BACK some relief": whom it is given to, then the thing
        while k < len(words) and words[k] in _BEFORE_THING:
            k += 1
        for at in range(k, min(k + THING_REACH, len(words))):
            thing = words[at]
            if thing in _JOINING:
                break
            # "most CASES of back pain", "BOUTS of cramps": what is counted of a thing is
            # not the thing
            if (
                english.NOUN in english.parts(thing)
                and thing not in _ANY_OUTCOME
                and tuple(words[at + 1 : at + 2]) != ("of",)
            ):
                found.add(thing)
    return frozenset(found)


def asks_why_causes(words) -> bool:
    """Does a question ask for the reason a thing brings a state about ("why do higher
    doses cause more trouble?", "how come it makes my back hurt?"), not how to end it?"""
    said = set(words)
    joined = " ".join(words)
    return (
        _REASON.search(joined) is not None
        and (bool(said & _BRINGING) or _HURTING_SOMETHING.search(joined) is not None)
        and not said & _STOPPING
    )


# "why would that HURT MY back?": to hurt a thing (a verb, its object after it) is to bring
# its pain about ("hurt" may read as the base's "pain")
_HURTING_SOMETHING = LazyPattern(
    r"\b(?:hurt|hurts|hurting|pain|ache|aches) (?:my|your|his|her|our|their|the|me|him|us)\b"
)


# "what is wrecking my back?", "what's messing up my stomach?", "wtf is killing my knees":
# a thing doing something to what the person has, asked what it is, is its cause
_DOING_TO = LazyPattern(
    r"\b(?:what|wat|wtf|wth)(?: is|s| could be| might be| would be)"
    r" (?:\w+ )?([a-z]+ing)(?: up| out)? (?:my|the|your|his|her|our|their)\b"
)


# "what can MAKE your back hurt?", "other things that MAKE it ache": making a thing hurt,
# asked what does it, is causing it
_MAKING_HURT = LazyPattern(
    r"\b(?:what|wat|whats|things|thing|anything|something|else)\b(?: [a-z]+){0,4}? "
    r"(make|makes|made|making) (?:(?:my|your|the|his|her|their|our|ones|it|them)(?: [a-z]+)? )?"
    r"(?:hurt|hurts|hurting|ache|aches|aching|sore|pain|painful|stiff|tight)\b"
)


# "my magnesium IS THE PROBLEM", "could posture BE THE REAL CULPRIT here": a thing said to be
# what brings the trouble about, closing its clause (not "what is the problem with it",
# which asks what the trouble is; nor "is the switch the problem?", whose thing a story
# may have told: `story` reads it)
_THE_PROBLEM = LazyPattern(
    r"(?<!\bwhat )(?<!\bwhats )\b(is|was|be|being|are|were) the"
    r"(?: real| actual| main| whole| true)? (?:problem|culprit|issue|cause)"
    r"(?= here| then| lol| tbh| or| and| though| tho|$)"
)


def the_problem_as_causing(words: list[str]) -> list[str]:
    """`words` with a thing said to be "the problem" ("is it even likely my magnesium IS THE
    PROBLEM", "could posture BE THE REAL CULPRIT") read as that it causes it ("... my
    magnesium is causing it"), as English means it; unchanged otherwise."""
    said = " ".join(words)
    if "the" not in words:
        return words
    found = _THE_PROBLEM.search(said)
    if found is None:
        return words
    return f"{said[: found.start()]}{found.group(1)} causing it{said[found.end() :]}".split()


# words that say there is too little of what follows ("POOR hydration", "LACK OF hydration")
_TOO_LITTLE = (
    ("poor",),
    ("low",),
    ("bad",),
    ("inadequate",),
    ("insufficient",),
    ("reduced",),
    ("deficiency",),
    ("lack", "of"),
    ("not", "enough"),
    ("too", "little"),
)


def too_little_as_de(words: list[str], known: frozenset[str]) -> list[str]:
    """`words` with too little of a thing said as the base's own word for its lack: "poor
    hydration", "lack of hydration" are "dehydration" in a base that says "dehydration"
    (English makes the lack of a thing with "de-"); unchanged when the base has no such word
    ("poor posture": no "deposture")."""
    for n in range(len(words) - 1, 0, -1):
        for lead in _TOO_LITTLE:
            start = n - len(lead)
            if start >= 0 and tuple(words[start:n]) == lead and words[n].isalpha():
                lacking = "de" + words[n]
                if stem(lacking) in known and stem(words[n]) != stem(lacking):
                    return [*words[:start], lacking, *words[n + 1 :]]
    return words


def making_hurt(words: list[str]) -> int | None:
    """The index of "make" in "what can MAKE my back hurt", a question of what causes the
    pain; None when the words ask nothing so."""
    said = " ".join(words)
    found = _MAKING_HURT.search(said)
    return None if found is None else said[: found.start(1)].count(" ")


def doing_it(words: list[str]) -> int | None:
    """The index of "did" in "what do you think actually DID it?" ("what did this?"), which
    asks what brought a thing told about, its cause; None when the words ask nothing so
    ("what did it say?" goes on past "it")."""
    said = " ".join(words)
    found = _DOING_IT.search(said) if "what" in words or "wat" in words else None
    return None if found is None else said[: found.start(1)].count(" ")


# "what actually DID IT?", "what do you think did this?": the question ends on the deed
_DOING_IT = LazyPattern(r"\b(?:what|wat)\b(?: [a-z]+){0,5}? (did|done) (?:it|this|that)$")


def going_on(words: list[str]) -> int | None:
    """The index of "going" in "what else could be GOING ON?" or "what is GOING ON with my
    back?", English for what is happening to a thing, asked as what brings it about; None
    when the words ask nothing so: "what's going on?" alone asks of the story told before
    it, "what's going on at work" of no cause."""
    if "going" not in words or _WHAT_WORDS.isdisjoint(words):
        return None
    said = " ".join(words)
    found = _GOING_ON.search(said)
    if found is None:
        return None
    group = 1 if found.group(1) else 2
    return said[: found.start(group)].count(" ")


_GOING_ON = LazyPattern(
    r"\b(?:what|wat|whats)(?: else(?: is| s| could| might| would| can)*(?: be)? (going) on\b"
    r"|(?: is| s| could| might| would| can)*(?: be)? (going) on (?:with|in) )"
    r"(?! ?(?:at|in) (?:work|school|home)\b)"
)


def like_that(words: list[str]) -> list[str]:
    """`words` with a thing named only as like what was told ("could a dumb MOVE LIKE THAT
    do it?", "can an injury like this cause it?") read as the pointer it is ("could THAT do
    it?"): what it names is the thing told before, not a topic of its own (English)."""
    if "like" not in words:
        return words
    for k in range(len(words) - 1):
        if words[k] != "like" or words[k + 1] not in ("that", "this"):
            continue
        start = next(
            (j for j in range(k - 1, max(k - 4, -1), -1) if words[j] in _LIKE_DETERMINERS),
            None,
        )
        if start is not None and start < k - 1:
            return [*words[:start], words[k + 1], *words[k + 2 :]]
    return words


_LIKE_DETERMINERS = frozenset(("a", "an", "the", "that", "this", "such"))


def without_truth_frame(words: list[str]) -> list[str]:
    """`words` without "is it true (that)" before the claim they ask about ("is it true
    magnesium causes back pain?" asks whether it does): the frame's "true" is no word of the
    claim's ("its true origin")."""
    for k in range(len(words) - 3):
        if words[k] != "is" or words[k + 1] not in ("it", "this", "that"):
            continue
        j = k + 2
        while j < len(words) and words[j] in ("really", "actually", "even"):
            j += 1
        if j < len(words) and words[j] == "true":
            rest = words[j + 1 :]
            if rest[:1] == ["that"]:
                rest = rest[1:]
            if len(rest) >= 2:
                return [*words[:k], *rest]
    return words


def without_everyone_and_theirs(words: list[str]) -> list[str]:
    """`words` with "everyone AND THEIR MOM" (dog, grandma, ...) read as the "everyone" it
    means: the English idiom names no mother (nor any dog) the question is about."""
    for k, word in enumerate(words):
        if word not in ("everyone", "everybody"):
            continue
        j = k + 1
        if j < len(words) and words[j] in ("and", "n"):
            j += 1
        if j + 1 < len(words) and j > k + 1 and words[j] in ("their", "his", "her"):
            return [*words[: k + 1], *words[j + 2 :]]
    return words


def without_vague_heads(words: list[str]) -> list[str]:
    """`words` without the vague noun that heads a thing named before it ("is the back
    PART related?", "the sleep BIT", "the gut STUFF"): the thing is what is asked of, the
    head says nothing more (English)."""
    if "side" in words:  # "from the stomach SIDE OF THINGS": the stomach
        at = words.index("side")
        if (
            at >= 2
            and words[at - 2] in _POINTING_DETERMINERS
            and words[at + 1 : at + 3] in (["of", "things"], ["of", "it"], ["of", "this"])
        ):
            words = [*words[:at], *words[at + 3 :]]
    if _VAGUE_HEADS.isdisjoint(words):
        return words
    return [
        w
        for k, w in enumerate(words)
        if not (
            w in _VAGUE_HEADS
            and k >= 2
            and words[k - 2] in _POINTING_DETERMINERS
            and words[k - 1] not in _POINTING_DETERMINERS
        )
    ]


_VAGUE_HEADS = frozenset(("part", "bit", "aspect", "stuff"))
_POINTING_DETERMINERS = frozenset(("the", "that", "this", "my", "your", "these", "those"))


def doing_to(words: list[str]) -> int | None:
    """The index of the verb in "what is VERBING my ...", a question of what brings a
    thing about (its cause); None when the words ask nothing so."""
    if _WHAT_WORDS.isdisjoint(words):
        return None  # most questions: no pattern to read
    found = _DOING_TO.search(" ".join(words))
    if found is None:
        return None
    return " ".join(words)[: found.start(1)].count(" ")


def giving_trouble(words: list[str]) -> tuple[int, int] | None:
    """Where "giving me grief" ("gives her hell", "giving me a hard time") says a thing
    causes trouble, an idiom of English: the span of its words; None when none does."""
    return _span(words, _GIVING, _GIVING_TROUBLE)


def _span(words: list[str], cues: frozenset[str], pattern: LazyPattern) -> tuple[int, int] | None:
    """The word span `pattern` finds in `words` (start, end), looked for only when one of
    `cues` is among them (most questions hold none); None when it finds none."""
    if cues.isdisjoint(words):
        return None
    said = " ".join(words)
    found = pattern.search(said)
    if found is None:
        return None
    start = said[: found.start()].count(" ")
    return start, start + found.group(0).count(" ") + 1


_GIVING_TROUBLE = LazyPattern(
    r"\b(?:give|gives|gave|giving) (?:me|you|him|her|us|them) "
    r"(?:grief|hell|gyp|jip|a hard time|a rough time|a bad time)\b"
    # "can magnesium BE HARD ON your back?", "is oxide too harsh on the gut?": trouble caused
    r"|\b(?:(?:be|is|are|was|were|been|being|s)|(?:so|too|very|really|quite|pretty))"
    r" (?:hard|rough|tough|harsh) on\b"
)


def getting_it_seen(words: list[str]) -> tuple[int, int] | None:
    """Where "get my back pain looked at" ("have this checked out", "getting the pain
    seen to") asks to have a thing examined, whatever the thing: the span from the verb
    to the end of the phrase; None when none does (English idiom)."""
    return _span(words, _GETTING, _GETTING_SEEN)


_GETTING = frozenset(("get", "gets", "getting", "got", "have", "having"))
# the words of having a thing examined, apart from the thing ("LOOKED AT", "CHECKED OUT")
SEEING_WORDS = frozenset(("looked", "at", "checked", "out", "over", "seen", "to", "examined"))
_GETTING_SEEN = LazyPattern(
    r"\b(?:get|gets|getting|got|have|having) (?:\w+ ){1,4}?"
    r"(?:looked at|checked out|checked over|seen to|examined)\b"
)


def opposite_degree(words: tuple[str, ...], answer: str) -> bool:
    """Does `answer` speak only of more of what the question asks less of ("which form is
    LESS likely to upset my gut?" beside "... makes the cramping MORE likely"), or only of
    less of what it asks more of? Then it tells of the other end: no answer to it."""
    asked = set(words)
    if asked.isdisjoint(LESS) and asked.isdisjoint(_MORE):
        return False  # most questions: no degree asked
    said = set(normalise(answer).split())
    if not asked.isdisjoint(LESS) and asked.isdisjoint(_MORE):
        return not said.isdisjoint(_MORE) and said.isdisjoint(LESS)
    if not asked.isdisjoint(_MORE) and asked.isdisjoint(LESS):
        return not said.isdisjoint(LESS) and said.isdisjoint(_MORE)
    return False


LESS = frozenset(("less", "least", "fewer", "fewest"))  # the words that ask less of a thing
_MORE = frozenset(("more", "most"))


def remedy(entry_question: str) -> bool:
    """Is an entry's question asked for a way to end or keep off a state ("How can I stop
    magnesium causing this back discomfort?")? Its answer says what to do, never whether."""
    return not _STOPPING.isdisjoint(normalise(entry_question).split())


# "are you a real person?", "r u a medic", "are you human?": a noun or a word or two said of
# "you", nothing more; not "are you sure it's the oxide?" (a clause follows). English grammar
_NOUN_OF_YOU = r"(?:\s+(?!(?:of|for|about|on|with|in|to|or)\b)\w+){1,3}"
_A_NOUN_OF_YOU = rf"\s+(?:a|an){_NOUN_OF_YOU}(?:\s+or(?:\s+(?:a|an))?{_NOUN_OF_YOU})?"
_LEAD_IN = r"^(?:(?:so|and|but|ok|okay|wait|hey|um|hmm|lol)\s+)*"
_ABOUT_YOU = LazyPattern(
    rf"{_LEAD_IN}(?:are|r|were|arent)\s+(?:you|u)(?:{_A_NOUN_OF_YOU}|(?:\s+\w+){{1,2}})$"
)  # (no "a fan OF oxide": a noun said of "you" with nothing of its own; "a person OR a bot"
# asks which of two it is)
_YOU_ARE = LazyPattern(rf"{_LEAD_IN}(?:you|u)\s+(?:are|r){_A_NOUN_OF_YOU}$")
# ("you are a bot?" asks as "are you a bot?" when typed as a question; "you are a
# lifesaver" says thanks, "you are wrong" disagrees)


def about_you(text: str, asked: bool = False) -> bool:
    """Does the (normalised) question ask what the one asked is ("are you a real person?",
    "are you a medical professional?", and, `asked` with a question mark, "you are a
    bot?")? Then it asks of the bot, never of the article."""
    if "you" not in text and " u" not in text and not text.startswith("u"):
        return False  # most questions (the pattern is compiled only for one that may)
    return _ABOUT_YOU.search(text) is not None or (asked and _YOU_ARE.search(text) is not None)


# "can I take ...", "should he use ...", "is it ok ...", "is citrate safe": whether someone
# may take a thing
_MAY_TAKE = LazyPattern(
    r"\b(?:can|could|should|may|shall|must|is it ok(?:ay)? (?:for \w+ )?to"
    r"|is it safe (?:for \w+ )?to)"
    r"(?: (?:i|he|she|they|we|you|my \w+|her|him|them))? (?:still )?"
    r"(?:take|use|have|try|start|keep taking|be taking|give|avoid|stay off|stop taking)\b"
    r"|\b(?:is|are) (?:it|this|that|\w+) (?:ok|okay|fine|alright|safe)\b"
)


def asks_may_take(text: str) -> bool:
    """Does the (normalised) question ask whether someone may take a thing ("can I take
    magnesium ...?", "can he take glycinate?", "is citrate ok?", or must not: "should i
    avoid it?", "i must stay off magnesium?")? Then who they are, told
    in the story around it, is part of what it asks."""
    return _MAY_TAKE.search(text) is not None
