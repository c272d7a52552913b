"""Corrections: "no, I meant oxide", "not the colon, the stomach", "sorry typo i meant ...".

Pure. `correction` reads a message as a correction of the previous question (or not);
`corrected_questions` applies it, giving the question to ask instead. What counts as "a
word of the same kind" ("citrate" for "glycinate") is the knowledge base's: its
`[situation]` groups.
"""

from collections import Counter
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from rapidfuzz.distance import OSA

from .askrules import AUXILIARIES
from .knowledge import Cues
from .matcher import ANSWERED, NO_MATCH, Matcher, MatchResult
from .question import Question
from .situation import TAKING, Situation
from .text import LazyPattern, max_typos, normalise, stem, tokens
from .turns import has_phrase, is_asking
from .words import ADJECTIVE, ADVERB, NOUN, VERB, parts, zipf

_NOT_WORDS = LazyPattern(r"(?<![\w'])not\s+")
_STARRED = LazyPattern(r"^\s*\*\s*\w|\w\s*\*\s*$")
_CLAUSE_END = LazyPattern(r"[,;:.!?]+(?:\s+|$)|\s+-+\s+|\s*[\u2013\u2014]+\s*")
_PERSONS = frozenset(("i", "me", "my", "you", "u", "your", "we", "us", "our"))  # English
_OPENING = frozenset(("how", "what", "whats", "why", "when", "where", "which", "who", *_PERSONS))
_VERB_PHRASE = frozenset(("rid", "of", "with", "at", "about", "for", "to"))  # English
_COPULAS = frozenset(("is", "are", "was", "were", "isnt", "arent"))
_DETERMINING = frozenset(("this", "that", "these", "those"))  # pointers that may take a noun
_CHOOSING = frozenset(("the", "this", "that", "which", "a", "an", "each", "any", "every"))
LOOSE_WORDS = 4  # "sorry, lower back" corrects; "no, that is not what i wanted" does not
NAMING = 1.0  # a word this rare (idf) brought in by a correction must be in its answer's entry
RARE = 2.0  # ... or else, at least every word this rare: or it is not answered
NAMED_ALL_BUT_ONE = 4  # of this many words brought in, an answer may lack one
TYPO_GAP = 1.5  # Zipf: a near spelling this much rarer than a cue's word is a typo of it


class Correction(NamedTuple):
    """A correction of the previous question: a whole new question, or a part to swap."""

    question: str | None  # "i meant is it good for spasms": ask this instead (its "it" put back)
    instead: tuple[str, ...]  # the words that replace part of the previous question (or, with
    # a question, that it is about: "i meant a bulging disc, what does that cause?")
    wrong: tuple[str, ...]  # the words said to be wrong ("not citrate"), as stems
    loose: bool = False  # "sorry, sitting": only if it replaces a word of its kind
    beside: bool = False  # its question does not point at `instead` ("i meant X, how ...")


def correction(
    message: Question | str, previous: str, cues: Cues, stopwords: frozenset[str] = frozenset()
) -> Correction | None:
    """Read `message` as a correction of `previous`, or None when it is not one (`stopwords`:
    the words that say nothing of what is corrected)."""
    message = Question.of(message)
    clauses = _cue_first([cue_spelling(c, cues.correct) for c in _clauses(message.raw)], cues)
    words = [w for c in clauses for w in c]
    norm = " ".join(words)
    before = set(stem(w) for w in tokens(previous))
    said, then = _after_cue(clauses, cues.correct_start, cues.correct)
    if said is not None and then and is_asking(" ".join(then), cues):
        # "i meant a bulging disc, what does that cause?": the question, "that" the disc;
        # "i mean tension, does it cause tension?": "it" what the last question asked of;
        # "i meant citrate not oxide, is it a laxative": what is not meant is no part of it
        right, wrong = _split_not(said)
        if right and wrong and {stem(w) for w in wrong} & before:
            said = right
        if {w for w in said if w not in stopwords} <= set(then):
            return Correction(resolve(" ".join(then), previous, cues.refer), tuple(said), ())
        if all(parts(w) == ADVERB for w in said if w not in stopwords):
            # "i meant: statistically, is the supplement likely the cause?": an adverb says
            # how the question that follows it asks, which is the whole of what is meant
            return Correction(resolve(" ".join([*said, *then]), previous, cues.refer), (), ())
        if _says_how_instead(said, before, stopwords):
            # "sorry, LESS sensitive I mean - does it calm them?": what is meant mends a
            # word of how the last question said its thing, and the question asked after it
            # points, as that one did, at the last question's things
            return Correction(resolve(" ".join(then), previous, cues.refer), tuple(said), ())
        beside = not set(then) & (set(said) | cues.refer)  # nothing in it stands for them
        return Correction(_put(then, said, cues.refer), tuple(said), (), beside=beside)
    if said is not None:
        if (
            then[:1] == ["not"]
            and {stem(w) for w in then[1:]} & before
            and is_asking(" ".join(_asked_whether(said)), cues)
        ):
            # "i meant can it cause back problems, not headaches": a whole question, and
            # apart from it what it is not, a word of the last one
            then = []
        said = _asked_whether([*said, *then])  # "i meant nerves, not muscles"
        if not said:
            return None
        if is_asking(" ".join(said), cues):
            # "i meant can NOT having enough magnesium cause back pain": a whole question,
            # its "it" what the last one asked of ("i mean what does it cause")
            return Correction(resolve(" ".join(said), previous, cues.refer), (), ())
    loose = False
    unsaid: list[str] | None = None  # the words as said, when no cue says which are meant
    if said is None and _STARRED.search(message.raw) and len(words) <= LOOSE_WORDS:
        said, loose = words, True  # "standing*", "*citrate": the chat way to correct a word
    if said is None and not _NOT_WORDS.search(norm):
        # "sorry, sitting": a few words after "no" or "oops" may stand for one of the last
        # question's words
        lead = _opening(words, cues.correct_start)
        rest = _unhedged(words[lead:])  # "sorry, 300 I think?": how sure, not who
        taken = _what_is_taken(rest) if lead else rest  # "no, I take oxide": oxide
        if taken is not rest and not _names_taken(before, cues):
            return None  # "no, i take oxide" after a question of nothing taken: told
        rest = taken
        if (
            not lead
            or not previous
            or len(rest) > LOOSE_WORDS
            or is_asking(" ".join(rest), cues)
            or set(rest) & cues.me
        ):  # "sorry, my back hurts" tells, it corrects nothing
            return None
        said, loose = rest, True
    if said is None:
        # "X, not Y" / "not Y, X": a correction only when Y is a word of the last question
        if is_asking(message, cues):
            return _not_then_asked(clauses, previous, before, cues, stopwords)
        # "wait, not sleep, spasms": the words that open a correction are not of it
        said = unsaid = words[_opening(words, cues.correct_start, again=True) :]
    right, wrong = _split_not(said)
    if not wrong and said is not unsaid and not loose:
        # "sorry, not anxiety, i meant the link to sleep": what is not meant, said apart
        wrong = next((_split_not(c)[1] for c in clauses if c[:1] == ["not"]), [])
    if wrong and not set(stem(w) for w in wrong) & before:
        if said is unsaid:
            return None
        wrong = []
    if not right and not wrong:
        return None
    return Correction(None, tuple(right), tuple(stem(w) for w in wrong), loose)


def _says_how_instead(said: list[str], before: set[str], stopwords: frozenset[str]) -> bool:
    """Does what a correction means say how the last question's thing is, in one of that
    question's own words, put another way ("less sensitive" for "more sensitive"): the
    words meant, but the one they share with it, only say how much?"""
    content = [w for w in said if w not in stopwords]
    shared = [w for w in content if stem(w) in before]
    rest = [w for w in content if stem(w) not in before]
    return bool(shared) and bool(rest) and all(w in _HOW_MUCH for w in rest)


# words that say how much of a quality there is (English): "LESS sensitive", "MORE tired"
_HOW_MUCH = frozenset(
    ("less", "more", "least", "most", "very", "too", "quite", "extra", "super", "way", "much")
)


def _names_taken(before: set[str], cues: Cues) -> bool:
    """Does the last question (its stems, `before`) name a thing the base's situation lists
    as taken ("citrate", "magnesium"), which what is taken instead may stand for?"""
    taken = dict(cues.situation).get(TAKING, ())
    return any(stem(p) in before for p in taken if " " not in p)


def _what_is_taken(words: list[str]) -> list[str]:
    """What a correction says is taken, in the ways English tells what one takes: "I take
    oxide", "I'm on citrate", "it's oxide I take" (oxide, citrate); the words as they are
    when they tell no such thing."""
    said = " ".join(words)
    found = _TAKEN.fullmatch(said)
    if found is None:
        return words
    return (found.group(1) or found.group(2)).split()


# "i take oxide", "im on citrate", "its oxide i take", "it is glycinate actually" (English)
_TAKEN = LazyPattern(
    r"(?:(?:no|nope|nah|oh) )?(?:"
    r"(?:i|im|i am|ive been|i have been|i been|been) (?:take|taking|use|using|on)"
    r" (?:the |some )?(\w+(?: \w+)?)"
    r"|(?:its|it is|its the|it is the|thats|that is) (\w+(?: \w+)?)"
    r"(?: (?:i|im|i am) (?:take|taking|use|using|on))?)"
)


# how sure the one correcting is ("I THINK", "I GUESS"), at either end of what they say:
# no telling of themselves (English)
_UNSURE = (("i", "think"), ("i", "guess"), ("i", "believe"), ("i", "suppose"), ("i", "reckon"))


def _unhedged(words: list[str]) -> list[str]:
    """`words` without a hedge of how sure the speaker is at their start or end."""
    for hedge in _UNSURE:
        n = len(hedge)
        if tuple(words[-n:]) == hedge and len(words) > n:
            words = words[:-n]
        elif tuple(words[:n]) == hedge and len(words) > n:
            words = words[n:]
    return words


def _not_then_asked(
    clauses: list[list[str]],
    previous: str,
    before: set[str],
    cues: Cues,
    stopwords: frozenset[str] = frozenset(),
) -> Correction | None:
    """ "wait i take oxide not citrate, why would oxide be worse?": "X not Y" in the clauses
    before a question, Y a word of the last question, corrects it, and the question after is
    what is asked instead ("it" what the last one asked of); None when the message is not so."""
    at = next((n for n, c in enumerate(clauses) if n and is_asking(" ".join(c), cues)), 0)
    first = [w for c in clauses[:at] for w in c]
    if not at or "not" not in first[1:]:
        return None
    right, wrong = _split_not(first)
    if not wrong or not {stem(w) for w in wrong} & before:
        return None
    # "wait, i take oxide not citrate": the words that open a correction are not of it
    right = right[_opening(right, cues.correct_start, again=True) :]
    then = [w for c in clauses[at:] for w in c]
    asked = resolve(" ".join(then), previous, cues.refer)
    if {stem(w) for w in tokens(asked)} & {stem(w) for w in wrong} or not [
        w for w in then if w not in stopwords and w not in cues.refer
    ]:
        # "i take oxide not citrate, does that matter?": "that" is the correction, not the
        # word it takes back; "..., does that one do it too?" names nothing of its own:
        # the last question is asked again with it
        return Correction(None, tuple(right), tuple(map(stem, wrong)))
    return Correction(asked, tuple(right), tuple(map(stem, wrong)))


_WHETHER = frozenset({"whether", "if"})
SUBJECT_WORDS = 3  # "whether magnesium citrate is ...": the verb comes this soon, or none


def _asked_whether(words: list[str]) -> list[str]:
    """A yes-or-no question said after "whether" or "if" ("i was asking whether it helps
    headaches") in the order of a question ("does it helps headaches"), as it asks: its
    verb first when it is one that opens a question ("if it is safe": "is it safe"), else
    "does" before it (the stem of "helps" is "help"). Other words, and one whose verb ends
    it ("whether citrate can": what it can is the last question's), as they are."""
    if len(words) < 2 or words[0] not in _WHETHER:
        return words
    rest = words[1:]
    verb = next((i for i, w in enumerate(rest[: SUBJECT_WORDS + 1]) if w in AUXILIARIES), None)
    if verb is None:
        return ["does", *rest]
    if verb == len(rest) - 1:  # "i meant whether citrate can": the rest is the last question's
        return words
    return [rest[verb], *rest[:verb], *rest[verb + 1 :]]


_TOKEN = LazyPattern(r"[\w'\u2019]+")
_SET_APART = LazyPattern(r"\s*[,.;:!-]")


def without_opening_cue(question: Question, cues: Cues) -> Question:
    """`question` without the words that open a correction ("no wait, i meant my back is
    numb": "i meant my back is numb"): they take back the last question and deny nothing
    of what follows, as a "no" before a symptom would. `question` itself when it opens
    with none, or is nothing else."""
    raw = question.raw
    longest = max((len(c.split()) for c in cues.correct_start), default=0)
    after = max((len(c.split()) for c in cues.correct), default=0)
    opening = list(islice(_TOKEN.finditer(raw), longest + after + 1))  # its first words only
    ends = [m.end() for m in opening]
    words = [normalise(m.group()) for m in opening]
    cut = next(
        (
            n
            for n in range(min(longest, len(words) - 1), 0, -1)
            if " ".join(words[:n]) in cues.correct_start
        ),
        0,
    )
    if not cut:
        return question
    rest = raw[ends[cut - 1] :]
    # "no, numbness" or "no wait, ...", "no i meant ...": set apart, or a cue of more words,
    # or a cue that corrects after it; "no numbness" denies what follows
    corrects = any(words[1 : 1 + len(c.split())] == c.split() for c in cues.correct)
    if cut == 1 and not _SET_APART.match(rest) and not corrects:
        return question
    return Question(rest.lstrip(" ,.;:!-"))


def _opening(words: list[str], phrases: frozenset[str], again: bool = False) -> int:
    """How many of `words`' first words are one of `phrases` (the longest), never all;
    `again`: one after another ("hold on, no, ...")."""
    at = 0
    while True:
        n = next(
            (
                n
                for n in range(min(len(words) - at - 1, _longest(phrases)), 0, -1)
                if " ".join(words[at : at + n]) in phrases
            ),
            0,
        )
        if not n:
            return at
        at += n
        if not again:
            return at


def _longest(phrases: frozenset[str]) -> int:
    """The words of the longest of `phrases`: how far a message's opening may be one."""
    return max((len(p.split()) for p in phrases), default=0)


def _clauses(text: str) -> list[list[str]]:
    """The normalised words of each clause and sentence of `text`."""
    return [w for w in (normalise(c).split() for c in _CLAUSE_END.split(text)) if w]


_LAST_CUES = ("i mean", "i meant")  # said after what is meant: "the nerves I mean"
_NOT_MEANT = frozenset(("what", "that", "thats", "exactly", "yes", "yeah", "not"))


def _cue_first(clauses: list[list[str]], cues: Cues) -> list[list[str]]:
    """`clauses` with "I mean" said after what is meant, at the end of the last clause, put
    before it, where a correction says it ("not the colon, the nerves i mean" is "not the
    colon, i mean the nerves"); as they are otherwise."""
    if not clauses:
        return clauses
    last = clauses[-1]
    for cue in _LAST_CUES:
        said = cue.split()
        if (
            cue in cues.correct
            and len(last) > len(said)
            and last[-len(said) :] == said
            # "that's not what I meant", "exactly what I mean": of the answer, no correction
            and last[-len(said) - 1] not in _NOT_MEANT
        ):
            return [*clauses[:-1], [*said, *last[: -len(said)]]]
    return clauses


def _put(question: list[str], said: list[str], refer: frozenset[str]) -> str:
    """`question` with its first pointer ("it", "that") standing for `said`; with none,
    and none of `said` in it, `said` is still what it asks about ("i meant central
    sensitization, and how does magnesium relate" asks of central sensitization), so it
    is asked with them."""
    for i, word in enumerate(question if said else ()):
        if word in refer:
            return " ".join([*question[:i], *said, *question[i + 1 :]])
    if set(said) & set(question):  # "i meant magnesium malate, does malate ...?"
        return " ".join(question)
    return " ".join([*question, *said])


def cue_spelling(words: list[str], phrases: frozenset[str]) -> list[str]:
    """`words` with a typo of a cue's word spelt as the cue has it ("sorry i ment sitting"),
    and another form of it too ("i want to say" as "i wanted to say").

    A typo is one edit (or swap) away from the cue's word and much rarer in English than it, so that
    "mean" stays "mean" beside "meant", and "type" is not read as "typo".
    """
    cue_words = {w for p in phrases for w in p.split() if max_typos(w)}
    out = []
    for word in words:
        if word not in cue_words and max_typos(word):
            near = [
                c
                for c in cue_words
                if OSA.distance(word, c, score_cutoff=1) <= 1 and zipf(c) - zipf(word) >= TYPO_GAP
            ]
            word = near[0] if len(near) == 1 else word
        out.append(word)
    return _cue_forms(out, phrases)


def _cue_forms(words: list[str], phrases: frozenset[str]) -> list[str]:
    """`words` with each run of them that is a cue of two words or more in another form of
    its words ("i want to say": stems as "i wanted to say" has them) spelt as the cue."""
    cues = [p.split() for p in sorted(phrases, key=len, reverse=True) if " " in p]
    firsts = {stem(c[0]) for c in cues}
    stems = [stem(w) for w in words]
    at: dict[str, list[int]] = {}
    for i, s in enumerate(stems):
        if s in firsts:
            at.setdefault(s, []).append(i)
    out = list(words)
    for cue in cues:
        cued = [stem(w) for w in cue]
        for i in at.get(cued[0], ()):
            if stems[i : i + len(cue)] == cued and out[i : i + len(cue)] != cue:
                out[i : i + len(cue)] = cue
    return out


def resolve(question: str, previous: str, refer: frozenset[str]) -> str:
    """`question` with a pronoun that stands where `previous` had words put back.

    "is it good for spasms" after "is magnesium good for sleep" is "is magnesium good
    for spasms": the two are aligned word by word, and "it" takes the place of "magnesium".
    """
    from difflib import SequenceMatcher

    new, old = normalise(question).split(), normalise(previous).split()
    if not old or not set(new) & refer:
        return question
    ops = SequenceMatcher(None, new, old, autojunk=False).get_opcodes()
    if all(op[0] != "equal" for op in ops) and (thing := _thing_asked(old)):
        # "what causes it in the first place?" after "how do i fix back pain from
        # magnesium": nothing in common to align on; "it" is the thing the last question
        # asked of, after its opening and its verb
        return " ".join(
            w for k, n in enumerate(new) for w in (thing if _stands_alone(new, k, refer) else [n])
        )
    out: list[str] = []
    for op, i1, i2, j1, j2 in ops:
        if op == "replace" and i2 - i1 == 1 and _stands_alone(new, i1, refer):
            # "what causes IT" after "how do I fix back pain ...": "it" stands for a thing,
            # never for the person asking
            out.extend(new[i1:i2] if set(old[j1:j2]) <= _PERSONS else old[j1:j2])
        elif op == "replace":  # "what pain does it cause" for "... does mag help with"
            out.extend(
                old[j1 + k] if _stands_alone(new, i1 + k, refer) and j1 + k < j2 else word
                for k, word in enumerate(new[i1:i2])
            )
        else:
            out.extend(new[i1:i2])
    return " ".join(out)


def _stands_alone(words: list[str], at: int, refer: frozenset[str]) -> bool:
    """Is `words[at]` a pointer standing for a thing ("what causes IT", "does THAT cause
    cramps"), not one that points with the noun after it ("in THIS context") nor "one" of
    kinds to choose from ("oxide is THE ONE people say is worse")? English grammar (word
    data)."""
    word = words[at]
    before = words[at - 1] if at else ""
    if word not in refer:
        return False
    if word == "one":
        return before not in _CHOOSING
    if word not in _DETERMINING or before in AUXILIARIES:
        return True
    after = words[at + 1] if at + 1 < len(words) else ""
    return not after or NOUN not in parts(after) or after in _COPULAS


def _thing_asked(words: list[str]) -> list[str]:
    """The words of what a question asks of, after its opening words (question words,
    auxiliaries, pronouns) and its verb: "back pain from magnesium" of "how do i fix back
    pain from magnesium", "central sensitization" of "what is central sensitization"; []
    when nothing is left or no verb opens it. English grammar."""
    at = 0
    while at < len(words) and (words[at] in _OPENING or words[at] in AUXILIARIES):
        at += 1
    if at < len(words) and _COPULAS & set(words[:at]):
        return words[at:]  # "what is central sensitization": the thing it asks what is
    if at + 1 >= len(words) or VERB not in parts(words[at]) or words[at] in _PERSONS:
        return []
    at += 1  # the verb, and what makes a phrase of it: "get RID OF", "deal WITH"
    while at < len(words) - 1 and words[at] in _VERB_PHRASE:
        at += 1
    return words[at:]


def _after_cue(
    clauses: list[list[str]], start: frozenset[str], phrases: frozenset[str]
) -> tuple[list[str] | None, list[str]]:
    """The words the last correction cue says ("i meant oxide": "oxide"), and the words of
    the clauses after theirs; None when there is no cue. With nothing after the cue, the
    words before it say it ("oops, magnesium i mean")."""
    for at in range(len(clauses) - 1, -1, -1):
        words = clauses[at]
        found = _cue_end(words, phrases)
        if found is None:
            continue
        start_at, end = found
        said = words[end:]
        if " ".join(said) in start:  # "typo sorry": only an apology after the cue
            said = []
        if not said:  # the cue comes last: what comes before it, after any "oops"
            ahead = [w for c in clauses[:at] for w in c] + words[:start_at]
            if _cue_end(ahead, phrases) is not None:
                # "i meant back pain, typo", "oxide i meant, typo": the last cue only names
                # the slip; the one before it says what was meant, and no cue word is of it
                return _after_cue([ahead], start, phrases)[0], [
                    w for c in clauses[at + 1 :] for w in c
                ]
            lead = next((n for n in range(len(ahead), 0, -1) if " ".join(ahead[:n]) in start), 0)
            said = ahead[lead:]
            if len(said) > LOOSE_WORDS or "not" in said:  # "no, that's not what i meant"
                said = []
        return said, [w for c in clauses[at + 1 :] for w in c]
    return None, []


def _supposed(words: list[str], at: int, cue: list[str]) -> bool:
    """Is the cue at `at` the verb of "is it MEANT TO help?" (what a thing is for), not a
    correction: "meant" or "mean" alone, with "to" after it and no "i" before it."""
    return (
        cue in (["meant"], ["mean"])
        and words[at + 1 : at + 2] == ["to"]
        and (at == 0 or words[at - 1] not in ("i", "im"))
    )


def _cue_end(words: list[str], phrases: frozenset[str]) -> tuple[int, int] | None:
    """Where the last correction cue of `words` starts and ends, if any."""
    found = None
    for phrase in phrases:
        cue = phrase.split()
        n = len(cue)
        for i in range(len(words) - n + 1):
            if words[i : i + n] != cue or _supposed(words, i, cue):
                continue
            if found is None or (i + n, -i) > (found[1], -found[0]):
                found = (i, i + n)  # the last to end, the longest of those
    return found


def _split_not(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "oxide not citrate" / "not citrate oxide" into what is right and what is wrong.

    What is wrong runs from "not" to the end, or to the next clause when "not" comes first;
    a lone word after it is all that is wrong in "the hips not the legs".
    """
    if "not" not in words:
        return words, []
    at = words.index("not")
    if at == 0:
        # "not the colon the stomach": the wrong part is the first content word or two
        rest = words[1:]
        cut = 1
        while cut < len(rest) and rest[cut - 1] in ("the", "a", "an", "my", "your"):
            cut += 1
        return rest[cut:], rest[:cut]
    return words[:at], words[at + 1 :]


class Corrected(NamedTuple):
    """What a correction asks instead: the readings of it, the likeliest first, and the words
    it brings in, which the answer must name ("glycinate" in "no, i meant glycinate")."""

    readings: list[str]
    names: tuple[str, ...] = ()
    whole: bool = False  # its first reading is a whole question of its own, not a swap
    fallback: tuple[str, ...] = ()  # read only when none of `readings` is answered


def corrected_questions(
    said: Question,
    asked: str,
    cues: Cues,
    stopwords: frozenset[str],
    situation: Situation,
    telling: frozenset[str] = frozenset(),
) -> Corrected:
    """The ways to read `asked` (the previous question) with the correction in `said`
    applied; none when `said` corrects nothing. With no previous question, the words after
    the cue. The caller keeps the one that matches best (`telling`: the stems that tell
    the base's entries apart, which no aside names)."""
    fix = correction(said, asked, cues, stopwords)
    if fix is None:
        past = _asked_past_aside(said, asked, cues, stopwords, situation, telling)
        return Corrected([past], (), whole=True) if past else Corrected([])
    instead = [w for w in fix.instead if w not in stopwords]
    if fix.question is not None:  # what it asks that the last did not, it names
        before = {stem(w) for w in tokens(asked)}
        new = [w for w in tokens(fix.question) if w not in stopwords and stem(w) not in before]
        # "i meant posture, what does it say", "i mean from magnesium, is that pain real":
        # the words said also correct the last question, which may be the likelier reading
        # of what is asked of them: where a word of theirs, or of their kind, stands in it;
        # anywhere only when the question does not point at them
        swapped = [
            reading
            for reading in _swapped(fix, instead, asked, stopwords, situation, fix.beside)
            if set(instead) <= set(reading.split())  # none that drops a word said
        ]
        if not fix.beside:  # its own question points at the words: asked first
            return Corrected([fix.question], tuple(instead or new), True, tuple(swapped))
        return Corrected([fix.question, *swapped], tuple(instead or new), whole=True)
    if not asked:  # nothing to correct: what follows the cue is the question
        return Corrected([" ".join(fix.instead)] if fix.instead else [])
    return Corrected(_swapped(fix, instead, asked, stopwords, situation), tuple(instead))


def _asked_past_aside(
    message: Question,
    previous: str,
    cues: Cues,
    stopwords: frozenset[str],
    situation: Situation,
    telling: frozenset[str],
) -> str | None:
    """ "wait, other way round lol: why does oxide ...?", "no hang on, is citrate the strong
    one?": a correction cue, an aside of a few words that tells nothing of the person, names
    no word of the last question and nothing that tells entries apart ("sorry, NMDA. what
    does it do?" names what was meant), then a whole question in the clauses after it. The
    question is what is asked instead, its "it" what the last one asked of; read with the
    aside, its words would be asked too. None when the message is not so."""
    clauses = _clauses(message.raw)
    at = next((n for n, c in enumerate(clauses) if n and is_asking(" ".join(c), cues)), 0)
    if not previous or not at:
        return None
    first = [w for c in clauses[:at] for w in c]  # the cue and the aside, a clause or two
    lead = next(
        (
            n
            for n in range(min(len(first), _longest(cues.correct_start)), 0, -1)
            if " ".join(first[:n]) in cues.correct_start
        ),
        0,
    )
    aside = [w for w in first[lead:] if w not in stopwords]
    asked = " ".join(w for c in clauses[at:] for w in c)
    before = {stem(w) for w in tokens(previous)}
    if (
        not lead
        or not aside
        or len(first) - lead > LOOSE_WORDS
        or set(first) & cues.me
        or {stem(w) for w in aside} & (before | telling)  # "no, oxide, is it ...?" swaps
        or situation.find(" ".join(first[lead:]))  # "wait, since monday, ..." tells
        or not is_asking(asked, cues)
    ):
        return None
    return resolve(asked, previous, cues.refer)


def _swapped(
    fix: Correction,
    instead: list[str],
    asked: str,
    stopwords: frozenset[str],
    situation: Situation,
    anywhere: bool = True,
) -> list[str]:
    """The readings of `asked` with the part `fix` corrects replaced by `instead` (not
    `anywhere`: only where something says which part that is)."""
    before = normalise(asked).split()
    wrong = {i for i, w in enumerate(before) if w not in stopwords and stem(w) in fix.wrong}
    modified = None if wrong else _modifier_swapped(before, list(fix.instead))
    if modified is not None:  # "sorry, HIGH doses" for "low doses": the words say where
        return [modified]
    by_kind = not wrong and bool(instead)
    if by_kind:  # "i meant citrate": it stands for a word of the same kind
        kinds = {group for group, _ in situation.find(" ".join(instead))}
        wrong = _first_run(
            {
                i
                for i, w in enumerate(before)
                if w not in stopwords and any(group in kinds for group, _ in situation.find(w))
            }
        )
    if by_kind and not wrong and all(w.isdigit() for w in instead):
        # "sorry, 300" after "does it affect 30 reactions": a number for the one number
        numbers = {i for i, w in enumerate(before) if w.isdigit()}
        wrong = numbers if len(numbers) == 1 else wrong
    if wrong:
        readings = [_replace(before, wrong, instead, situation)]
        nearer = (
            _nearer_in_meaning(before, wrong, instead, stopwords, situation) if by_kind else None
        )
        if nearer is not None:  # "the lower back" for "the chest", not for "spasms"
            readings.append(_replace(before, {nearer}, instead, situation))
        first = min(wrong)
        if (
            len(instead) > 1
            and first
            and before[first - 1] not in stopwords
            and before[first - 1] not in instead
            and _same_modifier_kind(before[first - 1], instead[-2])
        ):
            # "i meant muscle cramps" after "does it help nerve pain": the modifier said
            # stands where the one before the wrong word is ("muscle" for "nerve")
            whole = " ".join([*before[: first - 1], *instead, *before[max(wrong) + 1 :]])
            readings.append(whole)
        # "i mean CRAMPS from low magnesium" after "what causes calf cramps": a word put in
        # its own place changes nothing; what comes with it is what the correction adds
        readings = [r for r in readings if r != " ".join(before)]
        if readings:
            return readings
    said = list(fix.instead)
    if len(said) > 1 and before.count(said[0]) == 1:  # "i meant too little" for "too much"
        at = before.index(said[0])
        out = [" ".join([*before[:at], *said, *before[at + len(said) :]])]
        if at and before[at - 1] not in stopwords:
            # "i mean cramps from low magnesium" after "what causes CALF cramps": the thing
            # said again with what makes it the one meant, in place of its other kind
            out.append(" ".join([*before[: at - 1], *said, *before[at + len(said) :]]))
        return out
    if fix.loose or not instead or not anywhere:
        return []
    # nothing says which part is wrong: added to it, or in place of as many words at its end
    content = [i for i, w in enumerate(before) if w not in stopwords]
    last = set(content[-len(instead) :]) if len(instead) < len(content) else set()
    out = [" ".join(before + instead)]
    if last:
        out.append(_replace(before, last, instead, situation))
    return out


def _modifier_swapped(before: list[str], said: list[str]) -> str | None:
    """ "sorry, HIGH doses" after "why do low doses cause cramps?": the correction ends on a
    word the last question has once, and the words before it there stand where the words
    before it in the correction do ("low" for "high"), when each pair is of adjectives
    (word data: a modifier for a modifier, never "cause" for "lower" in "cause back
    pain"). The last question with them swapped; None when it is not so."""
    if len(said) < 2 or before.count(said[-1]) != 1:
        return None
    at = before.index(said[-1])
    start = at - (len(said) - 1)
    if start < 0:
        return None
    pairs = list(zip(before[start:at], said[:-1], strict=True))
    if all(old == new for old, new in pairs) or not all(
        old == new or _same_modifier_kind(old, new) for old, new in pairs
    ):
        return None
    return " ".join([*before[:start], *said, *before[at + 1 :]])


def _same_modifier_kind(old: str, new: str) -> bool:
    """Can `new` stand where `old` modifies the word after it: an adjective for an adjective
    ("HIGH doses" for "low doses"), or a noun for a noun ("LEG pain" for "arm pain")?"""
    return any(kind in parts(old) and kind in parts(new) for kind in (ADJECTIVE, NOUN))


def corrects_a_word(said: Question, cues: Cues) -> bool:
    """Does a correction only put a word of the last question right ("sorry typo, i meant
    dehydration"), telling nothing of the person beside its cue ("wait, I take oxide, not
    citrate" tells what they take)?"""
    words = said.normalised.split()
    rest = _without_phrases(words, cues.correct, singles=True)
    return len(rest) < len(words) and not has_phrase(" ".join(rest), cues.me)


@lru_cache(maxsize=4)
def main_stem(matcher: Matcher) -> str:
    """What the base is about: the stem in the most of its entries' questions."""
    counts = Counter(s for e in matcher.kb.entries for s in set(matcher.question_stems(e)))
    return max(counts, key=lambda s: counts[s], default="")


def with_subject(readings: list[str], asked: str, main: str, matcher: Matcher) -> list[str]:
    """The `readings` of a correction that name not what the base is about (`main`), with
    the words that named it in the question corrected (`asked`): "does mag cause muscle
    tension", "sorry i mean can not having enough cause spasms" leaves "mag" out, as
    English does, and still asks of it."""
    named = [w for w in asked.split() if main in matcher.analyse(w).stems]
    if not named:
        return []
    plain = (r for r in readings if main not in matcher.analyse(r).stems)
    return [f"{r} {' '.join(dict.fromkeys(named))}" for r in plain]


def naming(result: MatchResult, names: tuple[str, ...], matcher: Matcher) -> MatchResult:
    """The answer to a corrected question names what the correction brought in: when the
    best match does not, and another near enough to answer does, that one is the answer
    ("does glycinate upset the stomach" is about glycinate, not the citrate entry first);
    when none does, the base does not answer what the person meant ("i meant can magnesium
    treat anxiety" is not answered by how it treats pain)."""
    if not names or result.passage is not None or result.not_said or result.query.unknown:
        return result
    brought = matcher.analyse(" ".join(names))
    # an everyday word brought in ("how does it ACT on ...") names nothing to hold to, nor
    # does a word that only asks ("..., THE MECHANISM": bot/data/aspects.toml's frames)
    framing = {stem(w) for frame in matcher.index.frames for w in frame.split()}
    telling = tuple(
        s for s in brought.stems if s not in matcher.index.everyday and s not in framing
    )
    brought = brought._replace(stems=telling)
    if not brought.stems or not result.matches:
        return result
    holding = [m for m in result.matches if matcher.names_every_word(m.entry, brought, NAMING)]
    threshold = matcher.kb.settings.answer_threshold
    if not holding and len(brought.stems) >= NAMED_ALL_BUT_ONE:
        # "i meant lifting injuries, like muscle strain": of several words brought in, an
        # answer that holds all of them but one is about what the person meant
        holding = [
            m
            for m in result.matches
            if sum(matcher.holds_anywhere(m, s) for s in brought.stems) >= len(brought.stems) - 1
        ]
    if not holding:
        # its rare words that some entry is asked by ("anxiety", not "afterwards") must be
        # those of one answer, or none is the answer to what the person meant
        asked = tuple(s for s in brought.stems if s in matcher.index.strong)
        rare = brought._replace(stems=asked)
        if any(matcher.names_every_word(m.entry, rare, RARE) for m in result.matches):
            return result
        return result._replace(status=NO_MATCH)
    if holding[0] == result.matches[0] or holding[0].score < threshold:
        return result
    best = holding[0]
    rest = tuple(m for m in result.matches if m != best)
    return MatchResult(result.query, ANSWERED, (best, *rest), None, best.score)


def _replace(before: list[str], wrong: set[int], instead: list[str], situation: Situation) -> str:
    """`before` with the words at `wrong` replaced by those of `instead` it lacks."""
    kept = {w for i, w in enumerate(before) if i not in wrong}
    keep = [w for w in instead if w not in kept] or instead
    out, put = [], False
    for i, word in enumerate(before):
        if i in wrong:
            if not put:
                out.extend(_same_kind(keep, word, situation))
                put = True
        else:
            out.append(word)
    return " ".join(out)


def _same_kind(words: list[str], wrong: str, situation: Situation) -> list[str]:
    """Of the correcting words, those of the wrong word's kind, if the base says so."""
    kinds = {group for group, _ in situation.find(wrong)}
    same = [w for w in words if kinds & {g for g, _ in situation.find(w)}]
    return same or words


def _nearer_in_meaning(
    before: list[str],
    wrong: set[int],
    instead: list[str],
    stopwords: frozenset[str],
    situation: Situation,
) -> int | None:
    """Where a word of `before` stands, of the correcting words' kind or of none the base
    lists, nearer in meaning (word vectors) to them than the word the lists chose (at
    `wrong`, the first of their kind): it may be the one meant ("why are colon spasms felt
    in the chest" / "i meant the lower back": "chest", which no list holds, not "spasms",
    a symptom as "back" is). None when the lists' word has no vector to compare, or none
    is nearer."""
    from . import words

    chosen = [before[i] for i in sorted(wrong)]
    if not words.available() or any(words.vector(w) is None for w in chosen):
        return None

    def nearness(word: str) -> float:
        return max(words.similarity(word, w) for w in instead)

    floor = max(nearness(w) for w in chosen)
    kinds = {group for group, _ in situation.find(" ".join(instead))}
    others = [
        (nearness(w), i)
        for i, w in enumerate(before)
        if i not in wrong
        and w not in stopwords
        and w not in instead
        and {group for group, _ in situation.find(w)} <= kinds
    ]
    best = max(others, default=None)
    return best[1] if best is not None and best[0] > floor else None


def _first_run(positions: set[int]) -> set[int]:
    """The first run of consecutive positions: one part of a question is corrected."""
    run: set[int] = set()
    for i in sorted(positions):
        if run and i != max(run) + 1:
            break
        run.add(i)
    return run


def same_for(
    said: Question, asked: str, cues: Cues, stopwords: frozenset[str], situation: Situation
) -> Corrected:
    """ "and oxide?", "what about lifting?", "glycinate too?": the previous question (`asked`)
    asked again of another thing of the same kind (see [situation]): "is magnesium citrate a
    laxative?" then "and oxide?" asks "is magnesium oxide a laxative?". The message leans
    (a word of `lean` or `extend`) and says nothing but a few words of one of the kinds the
    previous question holds; none when it says more, or the previous question holds none
    of their kind."""
    norm = said.normalised
    if not asked or not has_phrase(norm, cues.lean | cues.extend):
        return Corrected([])
    skip = stopwords | cues.lean | cues.extend | cues.affirm | cues.lead | cues.me
    # "how come?", "how so?": a phrase that asks why is no word of its own ("come")
    own = [w for w in _without_phrases(norm.split(), cues.lean | cues.explain) if w not in skip]
    found = {w for _, phrase in situation.find(" ".join(own)) for w in phrase.split()}
    if not own or len(own) > LOOSE_WORDS:
        return Corrected([])
    if not found and len(own) == 1:  # "and for nerves?": a word no [situation] group lists
        return Corrected(_nearest_swapped(own[0], asked, stopwords, situation), tuple(own))
    if not set(own) <= found:
        return Corrected([])
    fix = Correction(None, tuple(own), (), loose=True)
    swapped = _swapped(fix, own, asked, stopwords, situation)
    if not swapped and len(own) == 1:
        # "what about anxiety?" after "does it help with sleep?": no word of its kind was
        # asked; the word nearest in meaning stands for it
        swapped = _nearest_swapped(own[0], asked, stopwords, situation)
    return Corrected(swapped, tuple(own))


def asks_of_its_own(said: Question, cues: Cues) -> bool:
    """Does a message that leans ("and ...", "what about ...") ask a question of its own after
    the words that lean: "and when to worry?", not "and for anxiety?"."""
    rest = _without_phrases(said.normalised.split(), cues.lean | cues.extend)
    return bool(rest) and is_asking(" ".join(rest), cues)


def _without_phrases(words: list[str], phrases: frozenset[str], singles: bool = False) -> list[str]:
    """`words` without each run of them that is one of `phrases` of two words or more (or
    of one too: `singles`), the longest first: "how come" goes whole, where its "come"
    alone is no cue."""
    longest = sorted(
        (p.split() for p in phrases if singles or " " in p), key=lambda c: (-len(c), c)
    )
    out: list[str] = []
    i = 0
    while i < len(words):
        cue = next((c for c in longest if words[i : i + len(c)] == c), None)
        if cue is None:
            out.append(words[i])
        i += len(cue) if cue else 1
    return out


SAME_KIND = 0.3  # word vectors: a word this near in meaning may stand for another's kind,
APART = 2.0  # ... when it is this many times nearer than any other word of the question


def _nearest_swapped(
    word: str, asked: str, stopwords: frozenset[str], situation: Situation
) -> list[str]:
    """ "and for nerves?" after "how does magnesium help muscles relax?": the previous
    question with the word nearest in meaning to `word` (word vectors: "muscles"), of those
    no [situation] group lists either, swapped for it, when one is near enough to be of
    its kind and plainly the nearest; none else."""
    from . import words

    if not words.available() or words.vector(word) is None:
        return []
    before = normalise(asked).split()
    near = [
        (words.similarity(word, w), i)
        for i, w in enumerate(before)
        if w not in stopwords and w != word and not situation.find(w) and words.vector(w)
    ]
    near.sort(reverse=True)
    best = near[0] if near else None
    if best is None or best[0] < SAME_KIND or len(near) > 1 and best[0] < APART * near[1][0]:
        return []
    return [" ".join([*before[: best[1]], word, *before[best[1] + 1 :]])]
