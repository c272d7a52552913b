"""What kind of turn a message is, read from its form alone: the first step of a reply.

Pure, and generic: the cue phrases are the knowledge base's (conversation.toml), nothing
here names a topic. A message is split into its parts (lines, sentences), and each part is
one of:

  pick       a number that picks a numbered suggestion
  more       "tell me more"
  correction "no, I meant ...", "oxide, not citrate": re-ask the previous question
  follow-up  "why?", "is that bad?": leans on the last answer (ellipsis, a pronoun)
  telling    "i started citrate last week": the person tells, does not ask
  question   anything else: matched on its own words
  (small talk and commands are recognised by the matcher and by the edges)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .askrules import AUXILIARIES
from .forms import QUESTION_WORDS
from .knowledge import Cues
from .question import Question
from .reasons import leading
from .text import (
    MAX_QUERY_CHARS,
    RUN_ON_WORDS,
    LazyPattern,
    general_stopwords,
    headline,
    normalise,
    run_on_questions,
    split_unabbreviated,
    stem,
)
from .words import ADJECTIVE, ADVERB, NOUN, parts

PICK, MORE, CORRECTION, FOLLOW_UP, TELLING, QUESTION = (
    "pick",
    "more",
    "correction",
    "follow-up",
    "telling",
    "question",
)

# a sentence ends at . ! ? : followed by a space, or at a line break
_SENTENCE_END = LazyPattern(r"(?<=[.!?:;])\s+|\s*\n\s*", inner=".!?:;")  # abbreviations aside
_HEADLINE_END = LazyPattern(r"(?<=[.!?])\s+|\s*\n\s*", inner=".!?")


MENDED_LETTERS = 4  # a question word this long may be mistyped ("shoud"); shorter, too risky


def has_phrase(norm: str, phrases: frozenset[str]) -> bool:
    """Does any phrase occur in the normalised text `norm` as whole words?"""
    text = f" {norm} "
    return any(f" {phrase} " in text for phrase in phrases)


# words that set aside what was said ("what else besides that?"): English grammar
_ASIDE = frozenset({"besides", "apart", "aside", "except", "excluding", "beyond"})


_OF_A_KIND = frozenset(("like", "similar", "ones"))


# "anything else APART FROM posture?", "the other ones, NOT posture or lifting": the words
# after these name what the person has heard of and sets aside (English grammar)
_ASIDE_OPENS = frozenset(("besides", "apart", "aside", "except", "excluding", "other", "not"))
_ASIDE_JOINS = frozenset(("and", "or", "nor", "from", "than", "for", "the", "my", "a", "an"))


def more_set_aside(norm: str, cues: Cues, stopwords: frozenset[str]) -> tuple[str, ...] | None:
    """The words a message that asks for more sets aside ("anything else apart from
    posture?": posture; "what about the other ones, not posture or lifting": posture,
    lifting); () when it asks for more setting nothing aside, None when it does not ask
    for more."""
    words = _without_lean_phrase(norm.split(), cues)  # "WHAT ABOUT the other ones?"
    if asks_more(" ".join(words), cues, stopwords):
        return ()
    for at, word in enumerate(words):
        if word not in _ASIDE_OPENS or at == 0:
            continue
        if word == "other" and words[at + 1 : at + 2] != ["than"]:
            continue  # "the other ones" asks for more; "other than X" sets X aside
        head, tail = " ".join(words[:at]), words[at + 1 :]
        if not AUXILIARIES.isdisjoint(tail) or not QUESTION_WORDS.isdisjoint(tail):
            return None  # "what else besides an injury CAN make it hurt?": a question
        named = tuple(w for w in tail if w not in _ASIDE_JOINS and w not in stopwords)
        # "anything OTHER THAN stress?": "anything" asks for more before "other than"
        led = head in _ANY_OTHER and word == "other"
        if named and len(named) <= MAX_SET_ASIDE and (led or asks_more(head, cues, stopwords)):
            return named
    return None


_ANY_OTHER = frozenset(("anything", "any", "something", "anyone"))
MAX_SET_ASIDE = 3  # things named after "apart from" in a message that asks for more


def _without_lean_phrase(words: list[str], cues: Cues) -> list[str]:
    """`words` without a phrase of `lean` that opens them and leaves words after it."""
    for phrase in sorted(cues.lean, key=len, reverse=True):
        cue = phrase.split()
        if len(words) > len(cue) and words[: len(cue)] == cue:
            return words[len(cue) :]
    return words


def asks_more(norm: str, cues: Cues, stopwords: frozenset[str]) -> bool:
    """Does a message ask for more, in more words than a phrase of `more` ("and what else
    besides that?", "anything else apart from this?"): it holds one that is no lean word
    ("and" leads any question), and its other words only point back or lead, or set aside
    what was said ("then what is?" asks what else is, not for more)?"""
    words = norm.split()
    # "anything else LIKE THAT?", "any more SIMILAR ones": more of the same kind
    plain = cues.refer | cues.lean | cues.lead | cues.close | cues.affirm | _OF_A_KIND
    if _ASIDE & set(words):
        plain |= stopwords | _ASIDE
    for phrase in cues.more - cues.lean:
        cue = phrase.split()
        n = len(cue)
        for i in range(len(words) - n + 1):
            if words[i : i + n] == cue and all(w in plain for w in words[:i] + words[i + n :]):
                return True
    return False


# "how many reactions need it, and what does it do at the receptors?": two questions
_OPENER = (
    r"(?:whats|hows|whos|what|why|how|when|where|which|who"
    r"|can|could|does|do|did|is|are|am|should|will|would|whether"
    r"|wat|wot|wats|wich|wen|wher)"  # as chat types them
)
# "..., and what ...", "... and can it ...", "... also when ...", "... + what ...": a second
# question begins ("+", "&" and "n" are "and" as chat types it; ",and" with no space too)
# (a preposition may lead its question word: "..., and in how many reactions is it part?",
# "and for what is it used?")
_LED = r"(?:(?:in|for|at|to|by|from|with|on|of|about|after)\s+(?=(?:what|which|how|whom|whose)\b))?"
# ("... and second can it ...", "..., and then why ...": a word that counts or orders
# the questions may stand between)
_JOIN = r"(?:and|also|plus|or|n|\+|&)\s+"
_NEXT = rf"(?:(?:second|secondly|then|next|finally|lastly|also|if not,?)\s+)?(?={_LED}{_OPENER}\b)"
_SECOND_QUESTION = LazyPattern(
    rf"(?:,\s*|\s+(?:[-\u2013\u2014]+\s+)?){_JOIN}{_NEXT}", re.IGNORECASE
)
# "mag oxide why so harsh on the gut + what is referred pain": "+" or "&" before a question
# word parts two questions, whether or not the first asks by its form
_SYMBOL_QUESTION = LazyPattern(rf"\s+[+&]\s+{_NEXT}", re.IGNORECASE)
# ... and in a message that counts its questions, a comma alone parts them too
_COUNTED_QUESTION = LazyPattern(
    rf"(?:,\s*(?:{_JOIN})?|\s+(?:[-\u2013\u2014]+\s+)?{_JOIN}){_NEXT}", re.IGNORECASE
)
# "my friend wants to know how ...", "i wonder why ...", "can you tell me what ...", "no
# idea if ...": a sentence whose question is said, not asked, after a verb of knowing or
# asking, and a question word or "if" and "whether" (English grammar: an embedded question)
_EMBEDDED = LazyPattern(
    r"\b(?:(?:to|dont|doesnt|didnt|not|never|(?:do|does|did) (?:you|anyone|anybody)) know"
    r"|wonder(?:ing|ed|s)?|tell (?:me|us|him|her|them)|explain|asking|asked|curious"
    r"|(?:no|any) idea)"
    r"\s+(?:whats|hows|what|why|how|when|where|which|who|whether|if)\b",
)
# "two things, first why ...", "a couple of questions: 1st what ...": the questions counted
# and the first of them named before it is asked
_COUNTED = (
    r"(?:(?:(?:i have|ive got|got)\s+)?(?:two|three|2|3|a few|few|a couple(?: of)?|couple(?: of)?)"
    r"\s+(?:things|questions|qs)\W+)?(?:(?:first(?: of all)?|firstly|1st)\W+)?"
)
_COUNTED_LEAD = LazyPattern(_COUNTED.replace(r"\W+", " "))  # over normalised words
# the words it may begin with: most messages begin otherwise, and skip compiling it
_COUNTED_STARTS = frozenset(
    ("i", "ive", "got", "two", "three", "2", "3", "a", "few", "couple", "first", "firstly", "1st")
)
# "and" as chat types it too: "... real? n how do I make it stop", "& when ...", "+ why ..."
_ASKS = LazyPattern(
    rf"\s*(?:(?:and|n|&|\+|also|plus|or|but|so|ok|okay|well|right|alright|hey|um|hmm"
    rf"|ngl|tbh|lol|lmao|honestly|lowkey|yo|bro|dude|btw|fr|srsly|seriously|real talk"
    rf"|quick question)\W+)*{_COUNTED}"
    rf"{_LED}{_OPENER}\b",
    re.IGNORECASE,
)  # "ok so why ...", "ngl how ..." open with a question word after the chat words


# "1) does it ... 2) what ...", "1. why ... 2. how ...", "(a) why ... (b) how ...": the
# items of a numbered (or lettered) list
_LIST_ITEM = LazyPattern(
    r"(?:^|(?<=\s))(?:\(?\d{1,2}[.)]|\(?[a-eA-E]\))(?=\s)", inner="0123456789)"
)


def _item_number(mark: str) -> int:
    """The place of a list's mark: "2)" is 2, "(b)" is 2."""
    label = mark.strip("(.)")
    return int(label) if label.isdigit() else ord(label.lower()) - ord("a") + 1


def list_items(text: str) -> list[str]:
    """The items of a message written as a numbered list ("1) ... 2) ...", "(a) ... (b)
    ..."), numbered from 1 (or a) in turn; [text] when it is not one."""
    if _LIST_ITEM.cannot_match(text):
        return [text]
    marks = list(_LIST_ITEM.finditer(text))
    numbers = [_item_number(m.group()) for m in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)):
        return [text]
    head = text[: marks[0].start()]
    items = [
        _ITEM_TAIL.sub("", text[m.end() : n.start() if n else None])
        for m, n in zip(marks, [*marks[1:], None], strict=True)
    ]
    kept = [p for p in (head, *items) if p.strip()]
    return kept or [text]  # marks with nothing between them: no list


# what joins an item to the next, not part of it: "(a) why ..., and (b) how ..."
_ITEM_TAIL = LazyPattern(r"[\s,;]+(?:and|or|plus|also)?[\s,;]*$", re.IGNORECASE)


def numbered(text: str) -> bool:
    """Is `text` written as a numbered list? Its items are asked one by one, never joined."""
    return len(list_items(text)) > 1


# "I've got three things.", "two questions:": the writer counts the questions that follow
_ANNOUNCED = LazyPattern(
    r"\b(?:two|three|four|five|2|3|4|5|a couple of|couple of|a couple|a few|few|several)"
    r"\s+(?:things|questions|qs)\b"
)


def announces_several(text: str) -> bool:
    """Does a message say it asks several things ("Okay so I've got three things.")? Then
    each of its questions is its writer's own, as in a numbered list, never joined."""
    return bool(_ANNOUNCED.search(normalise(text)))


# ", can sitting cause it", ", what is ...": a comma before a question word or an auxiliary
# (not "when" or "where", which often open a clause of the question before)
_COMMA_QUESTION = LazyPattern(
    r",\s*(?=(?:whats|hows|what|why|how|which|who|can|could|does|do|did|is|are|should|will"
    r"|would)\s)",
    re.IGNORECASE,
)
_WHOLE_QUESTION = 3  # words each side of such a comma needs to be a question of its own
_POINTERS = frozenset(("it", "its", "that", "this", "those", "these", "they", "them", "there"))


def _comma_questions(piece: str) -> list[str]:
    """`piece` parted where a whole question ends at a comma and another opens ("how many
    reactions need magnesium, can sitting cause back pain"): each side opens a question
    and says enough to be one; else `piece` whole ("how come, when I take it, ...")."""
    if "," not in piece:
        return [piece]
    parts = _COMMA_QUESTION.split(piece)
    if len(parts) < 2 or not all(
        opens_question(p) and len(p.split()) >= _WHOLE_QUESTION and "," not in p for p in parts
    ):  # ("how come, when i take it, ...": a clause set off in a part belongs to the next)
        return [piece]
    # "what about epsom salts, do THOSE work?": a question that points back is the one before
    if any(set(normalise(p).split()[1:2]) & _POINTERS for p in parts[1:]):
        return [piece]
    return parts


def split_message(message: Question) -> list[Question]:
    """The sentences and lines of a message, each with some letters or digits; a question
    that goes on to a second one ("..., and what ...", "... and can it ...") is two, and
    so is each item of a numbered list. The colon of a headline that labels its question
    ends no sentence: "Glycinate vs. Oxide: Which Magnesium Won't Hurt Your Back?" is one
    question."""
    text = message.raw
    ends = _HEADLINE_END if _labels_question(text) else _SENTENCE_END
    # a message that counts its questions ("3 qs: does it ..., why does ...") parts them
    # at a comma too, where the next one opens
    second = _COUNTED_QUESTION if announces_several(text) else _SECOND_QUESTION
    pieces = [
        part
        for item in list_items(text.strip())
        for piece in split_unabbreviated(ends, item.strip())
        for asked in (second.split(piece) if asks(piece) else _SYMBOL_QUESTION.split(piece))
        for part in _comma_questions(asked)
    ]
    if pieces == [text]:  # one sentence, as typed: the message itself
        return [message]
    questions = [Question(p.strip()) for p in pieces]
    # "...?? and also which ...": the "and" left before the second question joins, asks nothing
    return [q for q in questions if q.normalised and not _JOINS.issuperset(q.words)] or [message]


_JOINS = frozenset(("and", "also", "plus", "or", "so", "but", "then"))


def run_on_marked(message: Question) -> Question:
    """A message whose line tells, then asks with no mark between, as if typed with the
    full stop ("my back hurts is that normal" as "my back hurts. is that normal"): the
    story is then told, and the question asked, as when punctuated. Two shapes of it:
    a question turned round after a word that carries meaning (`text.run_on_questions`),
    and one after a statement in the first person (`_told_then_asked`: "im diabetic is it
    ok", "... and my back hurts what should i do"). The message itself when no line runs
    on."""
    raw = message.raw
    if len(raw) > MAX_QUERY_CHARS:  # only what is read is marked (a megabyte is not split)
        marked = run_on_marked(Question(raw[:MAX_QUERY_CHARS])).raw
        return message if marked == raw[:MAX_QUERY_CHARS] else Question(marked)
    chunks = _MARK.split(raw)  # sentences, each followed by the mark that ends it
    marked = "".join(
        ". ".join(run_on(chunk)) if n % 2 == 0 else chunk for n, chunk in enumerate(chunks)
    )
    return message if marked == raw else Question(marked)


def run_on(sentence: str) -> list[str]:
    """The parts of one sentence typed with no mark between what it tells and what it
    asks (see `run_on_marked`); [sentence] when it does not run on."""
    parts = run_on_questions(sentence)
    return parts if len(parts) > 1 else _told_then_asked(sentence)


# a question turned round ("is it", "can i", "should we") after a statement in the first
# person, with no mark between, as a voice typist or a hurried writer runs them on: "im five
# months pregnant is it safe to keep taking it" (English grammar). Not a question word and
# its verb: "my cat keeps throwing up what do i do" would tell a story of the cat and ask
# the article's remedy of it
_TURNED = LazyPattern(
    r"\s+(?="
    r"(?:is|are|am|can|could|does|do|did|should|will|would)\s+"
    r"(?:it|i|that|this|they|we|he|she|you|there)(?:\s+\w+|\W*$))",
    re.IGNORECASE,
)
# ... or asked of a thing whether it is all right: "im on dialysis is mag ok for me", "i have
# kidney stones is magnesium safe" (the word after "is" a noun: `_turned_of_a_thing`)
_TURNED_OF_A_THING = LazyPattern(
    r"\s+(?=(?:is|are)\s+(\w+)\s+"
    r"(?:ok|okay|safe|fine|alright|all right|bad|good|dangerous|harmful|risky|advisable)\b)",
    re.IGNORECASE,
)
COMMA_RUN_ON_WORDS = 5  # a story this long before the comma tells ("i take oxide, is it
# bad" is read whole: one question of oxide)
_COMMA_TURNED = LazyPattern(
    r",\s*(?=(?:so\s+|and\s+|but\s+)?(?:is|could|can|would|might|does|did|will)\s+"
    r"(?:that|this|it)\b)",
    re.IGNORECASE,
)
# "the mag has me bloated and queasy, why's my back hurting too": a reason asked after a
# comma, of what the words before it told of the person (a way asked, "..., how do I fix
# it?", asks of the problem it follows: read whole)
_COMMA_WHY = LazyPattern(
    r",\s*(?=(?:so\s+|and\s+|but\s+)?(?:why|whys|how come)\b)",
    re.IGNORECASE,
)
_PERSON = LazyPattern(r"\b(?:i|im|i'm|ive|i've|me|my)\b", re.IGNORECASE)
_CONDITION = LazyPattern(r"\b(?:if|when|whenever|unless|once|in case)\b", re.IGNORECASE)
_FIRST_PERSON = LazyPattern(
    r"\s*(?:(?:ok|okay|so|and|also|well|oh|yeah|um|hmm)\W+)*(?:i|i'?m|i'?ve|my|we|our)\b",
    re.IGNORECASE,
)
_TRAILING_AND = LazyPattern(r"\s+(?:and|but|so)\s*$", re.IGNORECASE)
# a statement before a question run on to it holds `text.RUN_ON_WORDS` words, or two, the
# first a subject and verb in one ("im diabetic is it ok")
_SUBJECT_VERB = frozenset({"im", "ive"})


def _told_then_asked(sentence: str) -> list[str]:
    """A statement in the first person and the question run on to it with no mark ("my back
    hurts since monday is it the magnesium"), as two sentences: the first tells, the second
    asks; read as one, the statement's words are asked too. A sentence that opens as a
    question, holds a mark of its own before its end, or tells in fewer words ("my problem
    is it ...", but "im diabetic is it ok") is kept whole."""
    if opens_question(sentence):
        return [sentence]
    whys = list(_COMMA_WHY.finditer(sentence))
    if whys:
        told = sentence[: whys[-1].start()]
        if (
            "?" not in told
            and _PERSON.search(told)
            # "if I boil tap water, how warm should it be?": a condition of the question
            and not _CONDITION.search(told)
            and len(normalise(told).split()) >= COMMA_RUN_ON_WORDS
        ):
            return [told, sentence[whys[-1].end() :]]
    if not _FIRST_PERSON.match(sentence):
        return [sentence]
    commas = list(_COMMA_TURNED.finditer(sentence))
    if commas:
        # "my tummy's bloated since the mag, is that what's making my back ache?": the
        # comma the writer left, before a question that points back at what it tells
        told = sentence[: commas[-1].start()]
        if "?" not in told and len(normalise(told).split()) >= COMMA_RUN_ON_WORDS:
            return [told, sentence[commas[-1].end() :]]
    if any(mark in sentence.rstrip(" ?!.") for mark in ",;:?"):
        return [sentence]
    for found in (*_TURNED.finditer(sentence), *_turned_of_a_thing(sentence)):
        told = sentence[: found.start()]
        words = normalise(told).split()
        if words and words[-1] in _WH:  # "... what do i do": one question
            return [sentence]
        asked = _wh_phrase(sentence, found.start())
        if asked is not None:  # "... what kind of feedback should i ...": the question
            # opens at its question word, the phrase it asks of before its auxiliary
            return asked
        if len(words) >= RUN_ON_WORDS or len(words) == 2 and words[0] in _SUBJECT_VERB:
            # the mark the writer left out: joined again to a question that points back at
            # it, the statement still tells
            return [_TRAILING_AND.sub("", told), sentence[found.end() :]]
    return [sentence]


WH_PHRASE_WORDS = 4  # a question word this near its auxiliary asks with it ("which form
# should i", "what kind of feedback should i"); farther, the words between tell


def _wh_phrase(sentence: str, at: int) -> list[str] | None:
    """`sentence` cut where a question word opens the phrase its auxiliary (at `at`) asks
    of, with a statement of `RUN_ON_WORDS` words or more before it: "i started oxide last
    week | what kind of magnesium should i take". None when no question word is that near
    the auxiliary, or too little is told before it."""
    told = sentence[:at]
    found = list(_WH_WORD.finditer(told))
    if not found:
        return None
    start = found[-1].start()
    head = told[:start]
    if len(normalise(told[start:]).split()) > WH_PHRASE_WORDS:
        return None
    if len(normalise(head).split()) < RUN_ON_WORDS:
        return None
    return [_TRAILING_AND.sub("", head.rstrip(" -\u2013\u2014")), sentence[start:]]


_WH_WORD = LazyPattern(r"\b(?:what|which|how|when|where|who|whose|why)\b", re.IGNORECASE)


def _turned_of_a_thing(sentence: str) -> Iterator[re.Match[str]]:
    """The places where a question whether a thing is all right turns round (see
    `_TURNED_OF_A_THING`), the thing a noun, or a word the word data does not know (a
    brand, "mag"): not "... the pain is very bad"."""
    for found in _TURNED_OF_A_THING.finditer(sentence):
        kinds = parts(found.group(1).lower())
        if not kinds or NOUN in kinds and ADVERB not in kinds:
            yield found


_MARK = LazyPattern(r"([.!?;]+\s+|\s*\n\s*)")


def cues_joined(pieces: list[Question], cues: Cues) -> list[Question]:
    """The parts of a message, a part that is only a correction cue ("Correction:", "sorry,
    typo.", "wait no:") joined to the part after it, which it says is the correction:
    "Correction: in the muscles" corrects, it is not a label and a sentence of its own."""
    words = {w for phrase in cues.correct | cues.correct_start for w in phrase.split()}
    out: list[Question] = []
    for piece in pieces:
        if out and _only(out[-1].normalised, words) and not _only(piece.normalised, words):
            piece = Question(f"{out.pop().raw} {piece.raw}")
        elif out and _corrects_then_points(out[-1], piece, cues):
            # "sorry typo, i meant dehydration. does that affect the spine?": "that" is the
            # word the correction puts right, asked of as one correction with its question
            piece = Question(f"{out.pop().raw.rstrip(' .!')}, {piece.raw}")
        out.append(piece)
    return out


_CORRECTION_WORDS = 8  # a correction this short says only what it puts right


def _corrects_then_points(before: Question, piece: Question, cues: Cues) -> bool:
    """Is `before` a short correction ("i meant dehydration") and `piece` a question that
    points back at what it names ("does that affect the spine?")?"""
    return (
        len(before.words) <= _CORRECTION_WORDS
        and not asks_by_form(before.raw)
        and has_phrase(before.normalised, cues.correct)
        and opens_question(piece.raw)
        and any(w in cues.refer for w in piece.words)
    )


def _only(norm: str, words: set[str]) -> bool:
    return bool(norm) and set(norm.split()) <= words


def _labels_question(text: str) -> bool:
    """Is `text` a headline whose colon sets a label before its question ("Glycinate vs.
    Oxide: Which Magnesium Won't Hurt Your Back?"): the question asks of the label."""
    label, colon, rest = text.partition(":")
    # the question may be the first of more: "X: Cause Or Cure? And When To See A Doctor"
    first = rest.split("?", 1)[0] + "?" if "?" in rest else rest
    return bool(colon) and headline(text) and asks_by_form(first) and not asks_by_form(label)


# the words of a frame that only says a question is wanted ("I was wondering", "I'd really
# like to know", "can you tell me", "no idea"): a first or second person, auxiliaries, and
# a verb of knowing or asking (English grammar, for any article)
_FRAME = frozenset(
    ("i", "im", "id", "ive", "we", "you", "me", "us", "was", "am", "are", "been", "have",
     "would", "like", "love", "to", "want", "wanted", "know", "wonder", "wondering", "wondered",
     "curious", "can", "could", "please", "tell", "explain", "no", "idea", "any", "do", "does",
     "anyone", "anybody", "just", "really", "so", "and", "but", "ok", "okay", "hey", "hi",
     "well", "also", "dont", "not", "sure", "always",
     # "can someone explain in plain words what ...": how it should be told
     "someone", "somebody", "in", "plain", "simple", "words", "english", "terms",
     # "Hello forum, can someone explain ...": whom it greets
     "hello", "hiya", "all", "everyone", "everybody", "guys", "folks", "forum", "there")
)  # fmt: skip
_KNOWING = frozenset(("wonder", "wondering", "wondered", "curious", "tell", "explain", "idea"))
# "know" asks only wanted or not known ("I'd like to know", "I don't know", "do you know"),
# not known ("I know why it hurts" tells); "sure" only not ("not sure if ...")
_NOT_KNOWN = frozenset(("to", "dont", "not", "no", "you", "anyone", "anybody"))
_FRAMED = LazyPattern(
    r"\b(?:whats|hows|what|why|how|when|where|which|who|whether|if)\b", re.IGNORECASE
)


def without_frame(question: Question) -> Question:
    """A question said inside a frame that only says it is wanted ("I was wondering why
    oxide is worse", "can you tell me what referred pain is", "no idea if glycinate is
    gentler"), from its question word on: the frame tells nothing of the person and asks
    nothing, but its "I" reads as a story and its words the base lacks cost the question
    its answer. Only a frame of first or second person and a verb of knowing or asking:
    "my dad wants to know if he can take it" keeps who asks."""
    found = _FRAMED.search(question.raw)
    if found is None or not found.start():
        return question
    lead = normalise(question.raw[: found.start()]).split()
    if not lead or not set(lead) <= _FRAME:
        return question
    knows = {"know", "sure"} & set(lead)
    if _KNOWING.isdisjoint(lead) and not (knows and not _NOT_KNOWN.isdisjoint(lead)):
        return question
    # what was framed is asked, whatever ends it ("I'm wondering if it's better at night.")
    asked = question.raw[found.start() :]
    if "?" in asked or re.search(r"[.!]\s+\S", asked):
        return Question(asked)  # asked already, or told more after it
    return Question(f"{asked.rstrip().rstrip('.!')}?")


def embeds_question(sentence: str) -> bool:
    """Does a sentence say a question after a verb of knowing or asking ("My friend wants to
    know how many reactions need it", "I wonder why oxide is worse")? It asks, though it
    has no "?" and opens with no question word."""
    return bool(_EMBEDDED.search(normalise(sentence)))


def asks(sentence: str) -> bool:
    """Does a sentence ask, by its form or by a question it says ("I'd like to know how
    ..., and what ...": `embeds_question`)?"""
    return asks_by_form(sentence) or embeds_question(sentence)


def asks_by_form(sentence: str) -> bool:
    """Is a sentence a question by its form: a question mark, or a question word first
    (after the topic it is asked of, typed as a label: "mag oxide why so harsh")?"""
    return (
        sentence.rstrip().endswith("?")
        or opens_question(sentence)
        or topic_fronted(normalise(sentence).split())
    )


TOPIC_WORDS = 3  # at most this many words of a topic may stand before its question word


def topic_fronted(words: list[str]) -> bool:
    """Does a clause open with the topic it asks of, as a label, and then ask ("MAG OXIDE
    WHY SO HARSH ON THE GUT", "glycinate how much better is it")? The topic's words are
    nouns or adjectives (or words English does not list: "mag"), no verb alone or function
    word ("this is why i started" tells, "took it why" is no label)."""
    k = next((n for n, w in enumerate(words[: TOPIC_WORDS + 1]) if w in QUESTION_WORDS), 0)
    if not k or len(words) < k + 3:
        return False
    topic = words[:k]
    return all(
        w.isalpha()
        and w not in general_stopwords()
        and (not (found := parts(w)) or NOUN in found or ADJECTIVE in found)
        for w in topic
    )


def opens_question(sentence: str) -> bool:
    """Does a sentence begin with a question word ("when do I ...", "also can it ...")?"""
    return bool(_ASKS.match(sentence))


def number(text: str) -> int | None:
    """The number a message is, if it is only a plain number ("2", "2.", "2)")."""
    typed = text.strip().rstrip(".)")
    return int(typed) if typed.isascii() and typed.isdigit() else None


_LEADING_JOINS = frozenset(("also", "and", "oh", "so", "but", "now", "plus"))


def without_shift(
    question: Question, cues: Cues, stopwords: frozenset[str] = frozenset()
) -> tuple[Question, bool]:
    """`question` without the words that open a new subject, and whether it had any: a
    shift cue, or an opening clause said in their words (`_shift_clause`)."""
    text = question.raw
    words = list(question.words)
    # "ok, new question: ...", "also, different topic - ..."
    while len(words) > 1 and (words[0] in cues.affirm or words[0] in _LEADING_JOINS):
        words = words[1:]
    clause = _shift_clause(question, len(question.words) - len(words), cues, stopwords)
    if clause:
        return _raw_rest(text, clause), True
    for phrase in sorted(cues.shift, key=len, reverse=True):
        cue = phrase.split()
        n = len(cue)
        if words[:n] == cue:
            rest = words[n:]
            if rest[:1] in (["but"], ["so"], ["then"]):
                rest = rest[1:]
            if all(w in stopwords or w in _shift_words(cues.shift) for w in rest):
                rest = []  # "totally unrelated question:" opens what follows, asks nothing
            return _raw_rest(text, len(question.words) - len(rest)), True
        if len(words) > n and words[-n:] == cue:
            return _raw_rest(text, len(question.words) - len(words), n), True
    return question, False


def _shift_clause(question: Question, at: int, cues: Cues, stopwords: frozenset[str]) -> int:
    """The words up to the end of the opening clause (from word `at`) when it opens a new
    subject in the words shift cues are made of, however they are put together: set off by
    a mark ("on a totally different note, ...", "completely separate question: ..."), it
    holds the word a cue ends in ("note", "question", "topic") and another word of a cue
    ("different", "new"), and besides function words only adverbs ("completely"): "my
    question: ...", "one more question: ..." and "on the other hand, ..." go on with what
    was said. 0 when there is none."""
    if not stopwords:
        return 0
    # the first clause end after `at` only, of the text its words are read from
    end = next((n for n in _clause_ends(question.raw[:MAX_QUERY_CHARS]) if n > at), 0)
    clause = question.words[at:end]
    if not clause:
        return 0
    heads = {c.split()[-1] for c in cues.shift if " " in c} - stopwords
    cue_words = _shift_words(cues.shift)
    own = [w for w in clause if w not in stopwords]
    said = [w for w in own if w in cue_words]
    if not set(said) & heads or len(said) < 2:  # "one more question:" says no other
        return 0
    if not all(w in cue_words or ADVERB in parts(w) for w in own):
        return 0
    return end


@lru_cache(maxsize=4)
def _shift_words(shift: frozenset[str]) -> frozenset[str]:
    """The words shift cues are made of ("different", "question", "note")."""
    return frozenset(w for cue in shift for w in cue.split())


def _clause_ends(text: str) -> Iterator[int]:
    """After how many words (as `normalise` counts them) a clause of `text` ends at a mark,
    in order (read only as far as they are asked for)."""
    count = 0
    for token in _RAW_WORD.finditer(text):
        count += len(normalise(token.group()).split())
        if token.group()[-1] in ",;:.!?" or token.group() in ("-", "\u2013", "\u2014"):
            yield count


def without_lead(question: Question, cues: Cues) -> Question:
    """A question without the interjections it opens with ("ok so should i switch?", "yeah,
    when would it matter?", "sorry, why is that?"): they answer or soften what came before
    and ask nothing, but read as words of the question, a word the base lacks costs it its
    answer. Only before a question by its form: "oops, oxide" and "right side" keep theirs."""
    words = list(question.words)
    drop = (cues.affirm | cues.lead | cues.correct_start) - cues.ask
    at = 0
    while at < len(words) - 1 and words[at] in drop | _JOINING:
        at += 1
    counted = (
        _COUNTED_LEAD.match(" ".join(words[at:]))
        if words[at : at + 1] and words[at] in _COUNTED_STARTS
        else None
    )
    if counted and counted.end() and opens_question(" ".join(words[at:])[counted.end() :]):
        # "two things, first why ...": the questions counted ask nothing themselves
        at += len(counted.group().split())
        return _raw_rest(question.raw, at)
    if not at or not any(w not in _JOINING for w in words[:at]):
        return question
    rest = " ".join(words[at:])
    # set off by a comma ("right, why?") or before a question word ("ok when would it ..."):
    # "right side of my back hurts?" opens with no interjection
    set_off = normalise(question.raw.split(",")[0]).split() == words[:at]
    if not is_asking(rest, cues) or not (set_off or opens_question(rest)):
        return question
    return _raw_rest(question.raw, at)


def without_close(question: Question, cues: Cues) -> Question:
    """A question without the words that only close it ("how many tho", "is that bad
    though?", "why lol"): they soften or shrug and ask nothing; read as words of the
    question, a word the base lacks costs it its answer. Only after a question by its form
    ("though" alone stays). A tag that asks whether a statement holds ("its not the mag
    right lol") goes too: the statement, asked, is the question."""
    if question.clauses and tagged(list(question.clauses[-1]), cues.close):
        return _untagged(question, cues.close)
    if not question.words or not _closing(question.words[-1], cues):
        return question  # most messages: no word that closes them, no pattern to compile
    raw = question.raw.rstrip()
    mark = "?" if raw.endswith("?") else ""
    kept = raw
    while (last := _LAST_WORD.search(kept)) is not None and _closing(
        normalise(last.group(1)), cues
    ):
        kept = kept[: last.start()]
    if kept == raw or not kept.strip() or not opens_question(normalise(kept)):
        return question
    return Question(kept.rstrip(" ,") + mark)


def _untagged(question: Question, close: frozenset[str]) -> Question:
    """A statement closed by a tag (`tagged`), without it, asked: "pretty sure thats not
    the mag right lol" is "pretty sure thats not the mag?"."""
    kept = question.raw.rstrip()
    tag = False
    while not tag and (last := _LAST_WORD.search(kept)) is not None:
        word = normalise(last.group(1))
        if word not in close and word not in _TAGS:
            break
        tag = word in _TAGS
        kept = kept[: last.start()]
    return Question(kept.rstrip(" ,") + "?") if tag and kept.strip() else question


def _closing(word: str, cues: Cues) -> bool:
    """Is `word` one that only closes a message, as typed or one letter off a long one
    ("exacly" for "exactly", "honestely")?"""
    if word in cues.close:
        return True
    if len(word) < CLOSING_SLIP_LETTERS:
        return False
    from rapidfuzz.distance import OSA

    return any(
        len(c) >= CLOSING_SLIP_LETTERS and c[0] == word[0] and OSA.distance(word, c) <= 1
        for c in cues.close
    )


CLOSING_SLIP_LETTERS = 6  # a closing word this long may be typed one letter off


# the last word of a message and what stands around it: "..., tho?", " lol!!"
_LAST_WORD = LazyPattern(r"[\s,]+([A-Za-z']+)\W*$")


def inverted(question: Question) -> Question:
    """A question asked in the order of a statement ("and that's normal?", "it's safe
    then?", "they're the gentle ones?") in the order of a question ("and is that normal?"):
    English asks yes or no by the voice alone, as chat does, and the words that ask of the
    last answer ("is that normal") are the question's own. Only a pointing subject and "be"
    with a "?": "that hurts?" asks by another verb, and "that's normal." tells."""
    found = _STATEMENT_ORDER.match(question.raw.strip())
    if found is None:
        return question
    lead, subject, verb, rest = found.groups()
    be = "is" if verb.lstrip("\u2019'").strip() in ("s", "is") else "are"
    return Question(f"{lead}{be} {subject} {rest}")


def wh_inverted(question: Question) -> Question:
    """A question that opens with a question word and goes on in the order of a statement
    ("What I should do if citrate upsets me?", "how I can stop it?", as learners and quick
    typists write) in the order of a question ("What should I do ...", "how can I stop it"):
    the words that ask ("what should i do") are then the question's own. Only a pronoun
    subject and a modal verb right after the question word: "what it does" and "how much I
    take" are read as they are."""
    found = _WH_STATEMENT_ORDER.match(question.raw)
    if found is None:
        return question
    lead, subject, modal, rest = found.groups()
    return Question(f"{lead}{modal} {subject}{rest}")


# "what I should ...", "how we can ...": a question word, a pronoun subject, then a modal
_WH_STATEMENT_ORDER = LazyPattern(
    r"^(\W*(?:(?:and|so|but|ok|okay|then)\W+)*(?:what|how|why|when|where|which)\s+)"
    r"(i|you|we|they|he|she|it)\s+(should|can|could|will|would|must|may|might|shall)\b(.*)$",
    re.IGNORECASE | re.DOTALL,
)


# "that's ...?", "it is ...?", "they're ...?": a pointing subject and "be", then the rest
_STATEMENT_ORDER = LazyPattern(
    r"^((?:(?:and|so|but|ok|okay|oh|wait|hmm|then)\W+)*)"
    r"(that|it|this|they|these|those)((?:['\u2019]s|\s+is|['\u2019]re|\s+are))\s+(\w.*\?)$",
    re.IGNORECASE,
)


# conjunctions that join what leads in to the question ("ok so ...", "yeah but ..."): kept
# by the question they open when nothing leads in before them
_JOINING = frozenset({"so", "and", "but", "then"})


def _keep_mark(words: str, text: str) -> Question:
    asked = text.rstrip().endswith("?") and not words.endswith("?")
    return Question(words + "?" if asked else words)


_RAW_WORD = LazyPattern(r"\S+")
_SET_OFF = " \t,;:.!-\u2013\u2014"  # what sets a dropped word off from the rest


def _raw_rest(text: str, front: int, back: int = 0) -> Question:
    """`text` as typed without its first `front` and last `back` words (words as `normalise`
    counts them): what is left keeps its sentences and their marks ("by the way, my partner
    is bloated. why would that be?" is still a story told, then a question), which read as
    one run of words would ask something else."""
    spans: list[tuple[int, int]] = []  # where each normalised word's raw token is
    for token in _RAW_WORD.finditer(text):
        spans += [token.span()] * len(normalise(token.group()).split())
    words = normalise(text).split()
    if len(spans) != len(words) or front + back >= len(words):  # (a cut-off long message)
        return _keep_mark(" ".join(words[front : len(words) - back]), text)
    start = spans[front - 1][1] if front else 0
    end = spans[-back - 1][1] if back else len(text)
    rest = text[start:end].strip(_SET_OFF)
    return _keep_mark(rest, text) if back else Question(rest)


# "it's not the magnesium, right", "oxide is the worst one yeah": a statement closed by a
# tag asks whether it holds (English grammar); not after a word the tag then belongs to
# ("that's right", "you're right", "on the right", "all right")
_TAGS = frozenset({"right", "correct", "yeah", "yea", "ya", "innit", "eh", "no", "yes"})
_TAG_TAKEN = frozenset(
    {
        "that", "thats", "this", "is", "its", "it", "youre", "you", "are", "was", "all", "turn",
        "the", "my", "your", "his", "her", "our", "their", "to", "say", "said", "oh", "ok",
        "okay", "and", "or", "but", "so", "not", "im", "be", "feel", "feels", "sounds",
    }
)  # fmt: skip
TAGGED_WORDS = 3  # a statement this long before its tag asks; "yes yes" or "ok no" do not


def tagged(words: list[str] | tuple[str, ...], close: frozenset[str] = frozenset()) -> bool:
    """Does a clause close with a tag that asks whether it holds ("its not the mag
    right", "oxide is the worst yeah"), maybe before words that only close a message
    (`close`: "... right lol")?"""
    while words and words[-1] in close:
        words = words[:-1]
    return (
        len(words) > TAGGED_WORDS
        and words[-1] in _TAGS
        and words[-2] not in _TAG_TAKEN
        and words[-2] not in _TAGS
    )


def is_asking(question: Question | str, cues: Cues) -> bool:
    """Is this a question (or a request) by its form: a "?", a question word first, or a
    tag last?"""
    question = Question.of(question)
    if question.raw.rstrip().endswith("?"):
        return True
    if question.clauses and tagged(list(question.clauses[-1]), cues.close):
        return True
    # each clause may ask: "i lifted a box last week, could that be the cause"; after the
    # words that only lead into it ("hmm how does that work", "ok but is that bad")
    lead = leading(cues)
    for clause in question.clauses:
        words = list(clause)
        while len(words) > 1 and (
            words[0] in lead
            and words[0] not in _asking(cues.ask)[1]
            or _sentence_adverb(words[0])
            and (words[1] in QUESTION_WORDS or words[1] in AUXILIARIES)
        ):
            words = words[1:]
        if words:
            words[0] = _mended_start(words[0], cues)
        if _told_not_done(words):
            continue  # "didnt lift anything weird": a report with its "i" left out
        opening = _asking(cues.ask)[0].get(words[0], ()) if words else ()
        if any(words[: len(p)] == p for p in opening):
            return True
        if words and words[0] in _FRONTED and _inverted_after(words):
            return True  # "if i stop it cold turkey is there any withdrawal"
        if _inverted_within(words):
            return True  # "i sit at my desk all day lol could that be it", unpunctuated
    return topic_fronted(list(question.words))  # "mag oxide why so harsh on the gut"


def _sentence_adverb(word: str) -> bool:
    """An adverb in "-ly" that opens a question and says how it asks ("STATISTICALLY, is
    it likely", "HONESTLY what is it for"): English, by the word's only part of speech."""
    return len(word) > 4 and word.endswith("ly") and parts(word) == ADVERB


def _told_not_done(words: list[str]) -> bool:
    """Does an unmarked clause open on a negative auxiliary and then a verb, with no subject
    between ("didnt lift anything", "dont have numbness", "doesnt hurt when i sit"), or on
    "was" or "had" and a verb's "-ing" or "-ed" form ("was taking 250mg"): a report with its
    "i" left out, as chat writes it, not a question ("doesnt magnesium help?", "was it the
    oxide?" name their subject)? English grammar (word data)."""
    from . import words as english

    if len(words) < 2 or words[0] not in _NEGATIVE_AUXILIARIES | _PAST_AUXILIARIES:
        return False  # most clauses: no word data read
    if words[0] in _PAST_AUXILIARIES:  # "was taking 250mg", "had stopped it": the same
        return words[1].endswith(("ing", "ed")) and english.VERB in english.parts(words[1])
    if words[1] in _PLAIN_VERBS:
        return True
    kinds = english.parts(words[1])
    return english.VERB in kinds and english.NOUN not in kinds


_NEGATIVE_AUXILIARIES = frozenset(("didnt", "dont", "doesnt", "havent", "hasnt", "cant", "wont"))
_PAST_AUXILIARIES = frozenset(("was", "had"))
# verbs that are nouns too, said after such an auxiliary as verbs ("didnt LIFT anything")
_PLAIN_VERBS = frozenset(("lift", "hurt", "have", "feel", "take", "sleep", "work", "help"))

# the words that open a condition put before the clause it bears on ("IF i stop it, ...")
_FRONTED = frozenset(("if", "when", "once", "after", "before", "since"))
_INVERTING = frozenset(
    ("is", "are", "was", "will", "would", "could", "can", "should", "does", "do", "did")
)
_INVERTED_SUBJECTS = frozenset(("there", "i", "it", "you", "we", "they", "that", "this"))
_TURNING = frozenset(("not", "then", "so"))  # "if not WHAT causes it": a question turns on


# modal auxiliaries: after a noun too, one before its subject and a verb only asks ("...
# 10 hours a day COULD THAT BE it"); "is" after a noun does not ("the thing IS THAT it ...")
_MODAL_INVERTING = frozenset(("will", "would", "could", "can", "should", "does", "did"))
# words after which an auxiliary comes before its subject in a statement ("NOR does it help")
_NEGATIVE_FRONTED = frozenset(("nor", "neither", "never", "only", "hardly", "rarely", "seldom"))


def _inverted_within(words: list[str]) -> bool:
    """Does a clause that opens by telling go on, unpunctuated, as a question: an auxiliary
    before its subject and what it asks ("i sit hunched at my desk all day lol COULD THAT BE
    it")? After a word that is no noun, pronoun or verb ("lol", "tbh", "400mg") any
    auxiliary; after any other word only a modal one, followed by a verb ("... a day could
    that BE it"). English word data; statements that invert ("nor does it help") are left."""
    from . import words as english

    for k in range(2, len(words) - 2):
        if words[k] not in _INVERTING or words[k + 1] not in _INVERTED_SUBJECTS:
            continue
        before = words[k - 1]
        if before in _NEGATIVE_FRONTED or before in QUESTION_WORDS:
            continue
        kinds = english.parts(before)
        if not kinds or (
            not before.isalpha() and english.NOUN not in kinds and english.VERB not in kinds
        ):
            return True  # "lol", "tbh", "400mg": no word English has as a noun or verb
        if words[k] in _MODAL_INVERTING and english.VERB in english.parts(words[k + 2]):
            return True
    return False


def _inverted_after(words: list[str]) -> bool:
    """Does a clause opened by a condition go on as a question, an auxiliary before its
    subject ("if i stop it cold turkey IS THERE any withdrawal", "when i take it WILL IT
    still work")? English puts the subject after the auxiliary only to ask."""
    return any(
        words[k] in _INVERTING
        and words[k + 1] in _INVERTED_SUBJECTS
        # ... or a question word before its auxiliary: "if it's not the mag WHAT IS wrecking
        # my back", "if not that then WHAT ELSE could it be"
        or words[k] in QUESTION_WORDS
        and (words[k + 1] in _INVERTING or words[k + 1] == "else" or words[k - 1] in _TURNING)
        for k in range(2, len(words) - 1)
    )


@lru_cache(maxsize=8)
def _asking(ask: frozenset[str]) -> tuple[dict[str, list[list[str]]], frozenset[str]]:
    """The phrases that open a question, as word lists by their first word, and those first
    words (split once per set of cues, not at every clause)."""
    by_first: dict[str, list[list[str]]] = {}
    for phrase in ask:
        words = phrase.split()
        if words:
            by_first.setdefault(words[0], []).append(words)
    return by_first, frozenset(by_first)


def _mended_start(word: str, cues: Cues) -> str:
    """A clause's first word, or the question word it is a slip of ("shoud" for "should"):
    one edit away, the same first letter, and no English word of its own."""
    starts = _asking(cues.ask)[1]
    if len(word) < MENDED_LETTERS or word in starts:
        return word
    from rapidfuzz.distance import OSA

    from . import words

    near = [s for s in starts if s[0] == word[0] and OSA.distance(word, s, score_cutoff=1) <= 1]
    # a chat spelling ("shud") is no rival of the common word it spells: "shoud" is "should"
    near = [s for s in near if words.zipf(s) >= words.COMMON_ZIPF] or near
    if len(near) == 1 and words.zipf(word) < words.COMMON_ZIPF:
        return near[0]
    return word


_CLAUSE = LazyPattern(r"[,;:]|\s[-\u2013\u2014]+\s")


def told_parts(question: Question, cues: Cues) -> list[str]:
    """What a message tells around its question: its telling sentences, and the clauses
    before the question in an asking one ("magnesium started recently too - which is it?")."""
    return [*question.parts.tells, *_split_asking(question, cues)[0]]


def asked_part(question: Question, cues: Cues) -> Question:
    """What a message asks, without what it tells around it ("which is it?")."""
    told, asked = _split_asking(question, cues)
    if not question.parts.tells and not told:
        return question
    return Question(" ".join(asked)) if asked else question


def _split_asking(question: Question, cues: Cues) -> tuple[list[str], list[str]]:
    """The clauses of the asking sentences that tell, before the first that asks; and the rest."""
    told: list[str] = []
    asked: list[str] = []
    for sentence in question.parts.asks:
        for clause in _CLAUSE.split(sentence):
            if not asked and not (
                is_asking(clause, cues) or any(w in _WH for w in normalise(clause).split())
            ):
                told.append(clause)
            else:
                asked.append(clause.strip())
    return told, asked


def points(norm: str, cues: Cues) -> bool:
    """Does a message open with a word that points back ("it wakes me up at night", "and
    that hurts too"), after the words that lead into it?"""
    words = norm.split()
    lead = leading(cues)
    while words and words[0] in lead:
        words = words[1:]
    return bool(words) and words[0] in cues.refer


def tells(question: Question, cues: Cues, when: bool, situated: bool = False) -> bool:
    """Does this statement tell about the person ("i started citrate last week")?

    Not a question by its form (no "?", no question word anywhere), and in the first
    person or saying when something happened (`when`); or, when it names something of
    the person's situation (`situated`), in the first person with the "i" left out, as
    chat drops it ("started magnesium to calm down", "been taking oxide").
    """
    if "?" in question.raw or is_asking(question, cues) or embeds_question(question.raw):
        return False  # "my mum wants to know whether ..." asks what she wants to know
    words = question.words
    if requested(words):
        return False  # "write me a poem about my cat" asks something of the bot
    asks = {p for p in cues.ask if p in _WH}
    # "that's why i started it" tells: a question word after "that's" points back, asks
    # nothing; so does one that opens a relative clause ("a new job where i sit all day")
    if any(
        w in asks and (i == 0 or words[i - 1] not in _POINTING) and not relative(words, i)
        for i, w in enumerate(words)
    ):
        return False
    return (
        bool(set(words) & cues.me)
        or when
        or situated
        and (drops_subject(words, cues) or _announced(words, cues))
    )


# words that announce what follows as told, not asked ("backstory: desk job, 9 hrs
# sitting", "fyi lots of bathroom trips", "for context ..."): English
_TELLING_OPENERS = (
    ("backstory",),
    ("back", "story"),
    ("context",),
    ("for", "context"),
    ("some", "context"),
    ("background",),
    ("some", "background"),
    ("fyi",),
    ("update",),
    ("quick", "update"),
)


def _announced(words: tuple[str, ...] | list[str], cues: Cues) -> bool:
    """Does a statement open, after the words that lead into it, on words that announce it
    as told ("ok so backstory: desk job, 9 hrs sitting")?"""
    lead = leading(cues)
    rest = list(words)
    while len(rest) > 1 and rest[0] in lead:
        rest = rest[1:]
    return any(tuple(rest[: len(o)]) == o and len(rest) > len(o) for o in _TELLING_OPENERS)


def requested(words: tuple[str, ...] | list[str]) -> bool:
    """Does a message open as a request to whom it is said to: a verb, not a past one, then
    "me" or "us" ("write me a poem", "give us an example")? English grammar (word data)."""
    from . import words as english

    return (
        len(words) > 1
        and words[1] in ("me", "us")
        and not words[0].endswith("ed")
        and english.VERB in english.parts(words[0])
    )


def relative(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Does the question word at `at` open a relative clause, after the noun it describes
    ("a new job where i sit all day", "the week when i started", "the pills which i take")?
    English grammar: such a noun follows a determiner, with at most a word or two that
    describe it between; "i wonder where ..." and "no idea why ..." ask, as no determiner
    leads their word before it."""
    from . import words as english

    if words[at] not in _RELATIVE:
        return False
    back = at - 1
    if back < 0 or english.NOUN not in english.parts(words[back]):
        return False
    for k in range(back - 1, max(back - 1 - _DESCRIBING, -1), -1):
        if words[k] in _DETERMINERS:
            return True
        if not set(english.parts(words[k])) & {english.NOUN, english.ADJECTIVE}:
            return False
    return False


# question words that may open a relative clause, and what leads a noun phrase (English)
_RELATIVE = frozenset({"where", "when", "which", "who", "whom", "whose"})
_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "this",
        "that",
        "these",
        "those",
        "some",
        "every",
        "each",
        "another",
    }
)
_DESCRIBING = 3  # words between a determiner and its noun ("a new desk job")


def drops_subject(words: tuple[str, ...] | list[str], cues: Cues) -> bool:
    """Does a statement open, after the words that lead into it, with a verb in the past
    ("started", "switched", "been"): a first-person report with its "i" left out, as chat
    writes it. English grammar: a sentence needs a subject, and a past verb first is no
    command ("take it at night" is one, so the present does not count). A regular past
    ends in "ed", is no stem of its own ("speed", "bed" are not pasts) and only a verb
    (a participle that may describe, "bloated", "related", opens no report)."""
    from . import words as english

    lead = leading(cues)
    rest = list(words)
    while len(rest) > 1 and (rest[0] in lead or rest[0] in _BEFORE_PAST):
        rest = rest[1:]  # "JUST started magnesium", "RECENTLY switched to oxide"
    first = rest[0] if rest else ""
    if first in _PERFECT or _told_not_done(rest):  # "been taking", "dont have any"
        return True
    return (
        first.endswith("ed")
        and stem(first) != first
        and english.parts(first) == english.VERB  # "bloated", "related" describe
        and first not in cues.link  # "caused by the pills" asks for a link
    )


# adverbs of time that stand before such a verb (English)
_BEFORE_PAST = frozenset(("just", "recently", "finally", "already", "also", "only", "literally"))
# "been taking oxide": the perfect with its "i have" left out (English grammar)
_PERFECT = frozenset({"been"})
# question words that ask wherever they stand ("if not that, what else could it be")
_WH = frozenset({"what", "whats", "why", "how", "which", "when", "where", "who"})
# words before a question word that make it tell ("that's why", "this is how")
_POINTING = frozenset({"that", "thats", "this", "is", "was"})
