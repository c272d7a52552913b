"""Reading a question with what the person has told about themselves (the situation).

Pure: over `Matcher.match` (and `analyse`) and the `Situation` memory.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import forms, ties, words
from .askrules import AUXILIARIES
from .causes import causes, holds_said, opposed, outweighed, story_notes
from .knowledge import Cues, Entry
from .matcher import ANSWERED, NO_MATCH, UNSURE, Match, Matcher, MatchResult, Query
from .notes import known_notes, taken_how
from .question import Question
from .reasons import reason_cues, reason_first, unled
from .situation import NOT_HAD, SYMPTOMS, TAKING, TIMING, Situation
from .switches import CHANGE
from .text import LazyPattern, stem, tokens
from .turns import asked_part, has_phrase, told_parts

BARE_WORDS = 1  # everyday words in a question that asks only of the person's story
ASKED_OUTRIGHT = 97.0  # a question this near an entry's own phrasing (nearly word for word) asks it
PLAIN_WORDS = 2  # words of a question that names nothing of its own ("what's going on?")
OWN_WORD = 2.0  # a word this rare (idf) names what a question asks, beside any story


def named_notes(
    stems: tuple[str, ...], situation: Situation, matcher: Matcher, distinct: frozenset[str]
) -> str:
    """The told things (not symptoms, not when) a question names by a `distinct` word of
    theirs ("water", not "magnesium", which names the whole subject), with what was told
    beside them: "the water thing" is "not drinking, water"."""
    others = tuple(g for g in situation.groups if g not in (SYMPTOMS, TIMING))
    own = set(stems) & distinct
    named = [
        group
        for group in others
        for phrase in known_notes(situation, matcher, (group,))
        if set(matcher.analyse(phrase).stems) & own
    ]
    if not named:
        return ""
    return " ".join(known_notes(situation, matcher, tuple(dict.fromkeys(named))))


def _outweighed_only(named: str, situation: Situation, matcher: Matcher) -> bool:
    """Are the things `named` all of causes the story's evidence leaves out?"""
    groups = {g for g, _ in situation.find(named)}
    return bool(groups) and groups <= set(outweighed(situation, matcher))


def others(stems: tuple[str, ...], situation: Situation, matcher: Matcher) -> tuple[str, ...]:
    """The groups of the story a question does not name: "is it the magnesium?" names
    what the person takes, and asks whether it explains the rest of what they told. "is
    the switch the problem?" names only how they took it, not what: the thing is still read."""
    how = {s for w in taken_how(situation, matcher) for s in matcher.analyse(w).stems}
    named = {
        group
        for group in situation.groups
        if group not in (SYMPTOMS, TIMING)
        and any(
            (set(matcher.analyse(p).stems) - how) & set(stems)
            for p in known_notes(situation, matcher, (group,))
        )
    }
    return tuple(g for g in situation.groups if g not in named)


def asks_of_me(said: Question, query: Query, cues: Cues) -> bool:
    """Does a question ask about the person with nothing of its own, as "should i change
    something?" does after a story: first person, no word of the base, at most one
    everyday word ("what should i buy for my car?" asks of something else)."""
    return (
        not query.stems and len(query.filler) <= BARE_WORDS and has_phrase(said.normalised, cues.me)
    )


def asks_reason_of_told(
    said: Question, query: Query, distinct: frozenset[str], matcher: Matcher
) -> bool:
    """Does a question ask the reason of what it points at, naming nothing of its own (no
    telling word of some entries' questions): "why would it feel like that?", "how come it
    does that?". After a story, what it points at is what the person feels."""
    cues = matcher.kb.cues
    words = unled(said.normalised, cues)
    return (
        bool(words)
        and words[0] in reason_cues(cues.explain)
        and has_phrase(said.normalised, cues.refer)
        and not any(s in distinct and matcher.evidence((s,)) for s in query.stems)
    )


def asks_of_story(said: Question, query: Query, cues: Cues) -> bool:
    """Is a question, right after a story, one word that names nothing the base knows
    ("coincidence?", "thoughts?", "what do you think?"): it asks what the story comes to;
    not of the person ("do i need to change anything?" asks what to do, see `asks_of_me`)."""
    return (
        not query.stems
        and not query.unknown
        and 0 < len(query.filler) <= BARE_WORDS
        and not has_phrase(said.normalised, cues.me)
    )


def names_nothing(query: Query, distinct: frozenset[str]) -> bool:
    """Does a short question ask with only words that name no part of the article ("what's
    going on?", "what now?"): after a story, it asks about that story."""
    words = (*query.stems, *query.filler)
    return 0 < len(words) <= PLAIN_WORDS and not set(query.stems) & distinct


def whole_story(
    said: Question, own: Query, situation: Situation, matcher: Matcher, told: str
) -> MatchResult:
    """A question read with the story told: the things it does not name, and itself."""
    rest = " ".join(story_notes(situation, matcher, others(own.stems, situation, matcher)))
    return matcher.match(Question(f"{rest or told} {said.raw}"), story=True)


def _whole_if_named(
    said: Question,
    own: Query,
    situation: Situation,
    matcher: Matcher,
    told: str,
    declined: MatchResult,
) -> MatchResult:
    """ "would supplements help?" after "i get back spasms", "my magnesium is low": with the
    story as context only, nothing answers; its verb asks of the story ("help" with
    what? the spasms told). The whole story so read is the answer when that answer holds a
    word the question names that some entry is asked by ("supplement"); else it stays
    declined ("will it go away?" names none).
    """
    strong = [s for s in own.stems if s in matcher.index.strong]
    if not strong:
        return declined
    story = whole_story(said, own, situation, matcher, told)
    if story.status != ANSWERED or story.best is None:
        return declined
    entry = story.best.entry
    answer = matcher.analyse(entry.answer, asked=False).stems

    def holds(s: str) -> bool:  # "suppl" of "supplements" in "supplementation" too
        said = any(a.startswith(s) or s.startswith(a) for a in answer if min(len(a), len(s)) >= 5)
        return s in answer or said or matcher.names_every_word(entry, own._replace(stems=(s,)), 0)

    return story if any(holds(s) for s in strong) else declined


def ends_pointing(said: Question, cues: Cues) -> bool:
    """Does a question end on a word that points back ("could magnesium help here?",
    "would it do anything for that?", "what can i do about it?"): what it asks about is
    what that word points at, after a story the story, read whole; not one that points
    first and asks of it ("will it go away?", which reads the story as context)."""
    return bool(said.words) and said.words[-1] in cues.refer


def question_in_story(
    said: Question,
    plain: MatchResult,
    situation: Situation,
    matcher: Matcher,
    stands_alone: bool,
    distinct: frozenset[str] = frozenset(),
    again: Entry | None = None,
    grown: bool = False,
) -> MatchResult:
    """The message read with the situation.

    A question that asks for a link ("could that be connected?", "is that from the pill?")
    is read as the whole story; another ("will it go away?") uses the story as context
    only. A question that names what it asks, or a word the base lacks, stands alone; one
    that names a thing told by one of its `distinct` words reads that part of the story.
    `again`: the entry that answered this very story last (see `not_again`); `grown`: the
    message tells a symptom of its own (see `felt_together`).
    """
    kb = matcher.kb
    norm = said.normalised
    told = " ".join(story_notes(situation, matcher))
    own = plain.query
    of_me = asks_of_me(said, own, kb.cues)
    asks_link = has_phrase(norm, kb.cues.link | kb.cues.choose)
    plain_words = names_nothing(own, distinct)  # "what's going on?", "coincidence?"
    weighs = asks_verdict(norm, asks_of_story(said, own, kb.cues), situation, kb.cues)
    if told and (weighs or opposed(norm, situation) and of_story(said, situation, matcher)):
        # "magnesium or the move?" asks which is likelier, as the story's evidence has it:
        # its words name the story's things, not topics of their own ("move" is no bowel
        # movement, "the gym" no topic the base lacks); when no entry weighs the causes in
        # the words that ask which is likelier, the story's own reading is the verdict
        weighing = _weighed_told(situation, matcher) or told
        weighed = matcher.match(Question(" ".join((weighing, *kb.cues.choose))), story=True)
        if weighed.status == NO_MATCH:
            weighed = matcher.match(Question(told), story=True)
        if grown and again is not None:
            # "and now my lower back aches too. could that be it?" right after the story's
            # answer: where the new symptom goes with the others
            weighed = felt_together(
                weighed, said, situation, matcher, again, own_words(said, told, matcher)
            )
        return weighed
    if told and not own.unknown and _asks_only_of_taken(matcher.analyse(said), situation, matcher):
        # "could it be the supplement?" after "carried boxes all weekend" (another cause
        # told): that cause, with what they feel, is the answer; after "started citrate",
        # "my stomach is cramping" (none other): the story read whole
        other = [g for g in causes(situation) if g != TAKING and situation.phrases((g,))]
        if other:
            groups = (*other, SYMPTOMS)
            notes = story_notes(situation, matcher, groups) or situation.phrases(groups)
            read = matcher.match(Question(" ".join(notes)), story=True)
            # answered as asked: its "Yes, muscle strain ..." says whether of the strain,
            # not of the supplement asked about (forms.without_yes)
            read = read._replace(query=matcher.analyse(said))
        elif situation.phrases((SYMPTOMS,)):
            read = whole_story(said, own, situation, matcher, told)
        else:
            read = plain
        if read.status == ANSWERED:
            return read
    if (
        not told
        or own.unknown
        or not (own.stems or of_me or asks_link or plain_words or has_phrase(norm, kb.cues.refer))
    ):
        # a word the base lacks still makes the question off-topic; "how much then?"
        # says nothing the situation could complete
        return plain
    # what was told, not how it began ("started"): a question that names it says it all
    things = " ".join(n for n in told.split() if n not in taken_how(situation, matcher))
    # "is it the glycinate?" names a thing told, and asks for its link to the rest: the
    # story is read, not what glycinate is
    linked = asks_link and of_story(said, situation, matcher)
    if plain.status == ANSWERED and _links_told_symptoms(own, situation, matcher):
        # "why would the gut pain show up in my back?" after a story of oxide and gut pain:
        # it asks the link between two things felt, both named, not whether the rest of
        # the story caused them
        return plain
    alone = stands_alone and not linked
    if plain.status == ANSWERED and (
        alone
        or says_all(plain.query, things, matcher)
        # "is the ache actually in my back?" after a story of citrate and cramps: a question
        # an entry is asked in so many words asks that, whatever the story (not a link)
        or plain.score >= ASKED_OUTRIGHT
        and not (asks_link or of_me)
    ):
        return plain
    helped = _helped(situation, matcher) if asks_help(own, matcher) else ""
    if helped:
        # "how would that even help?", "could magnesium actually help me?" after "i have
        # chronic pain" and "the pain clinic suggested magnesium": what they take, for what
        # they have
        read = matcher.match(Question(f"{helped} {said.raw}"), story=True)
        if read.status == ANSWERED:
            return read
    named = named_notes(own.stems, situation, matcher, distinct)
    if named and told and asks_link and _outweighed_only(named, situation, matcher):
        # "is it the glycinate?" of a cause the story's evidence leaves out ("no stomach
        # trouble at all", beside hours sat): the story's verdict, not what glycinate is
        weighed = matcher.match(Question(" ".join((told, *kb.cues.choose))), story=True)
        return weighed if weighed.status != NO_MATCH else matcher.match(Question(told), story=True)
    if named:  # "could the water thing be it?": that part of the story, with the symptoms
        symptoms = " ".join(known_notes(situation, matcher, (SYMPTOMS,)))
        reading = matcher.match(Question(f"{named} {symptoms} {said.raw}"), story=True)
        if reading.status != NO_MATCH:
            return reading  # it asks of its own part: the last answer may be its answer
    symptoms = " ".join(story_notes(situation, matcher, (SYMPTOMS,)))
    now = taken_now(said, situation)
    if symptoms and now:
        # "why would the switch make it worse?" after "switched from citrate to oxide": of
        # what they take now, with what they feel
        story = matcher.match(Question(f"{now} {symptoms} {said.raw}"), story=True)
    elif symptoms and asks_reason_of_told(said, own, distinct, matcher):
        # "why would it feel like that?": the reason of what they feel, the rest around it
        rest = " ".join(story_notes(situation, matcher, causes(situation)))
        story = matcher.match(Question(f"{rest}. {symptoms} {said.raw}"), story=True)
    elif asks_link or of_me or names_nothing(own, distinct):
        story = whole_story(said, own, situation, matcher, told)
    else:
        # the story as context only, unless the question points at it and the whole story,
        # so read, is answered: "could magnesium help here?"
        pointing = ends_pointing(said, kb.cues)
        story = whole_story(said, own, situation, matcher, told) if pointing else plain
        if not pointing or story.score < kb.settings.answer_threshold:
            story = matcher.match(own, topic=matcher.analyse(told).stems)
            story = settled_by(story, plain)
        if story.status == NO_MATCH:
            story = _whole_if_named(said, own, situation, matcher, told, story)
    fits = own_words(said, told, matcher)
    if grown and asks_link:
        story = felt_together(story, said, situation, matcher, again, fits)
    if again is not None and set(said.words) & _ELSE and not _OR_ELSE.search(norm):
        # "what else could it be?": a cause from another part of the article than the answer
        story = elsewhere(story, again, kb.settings.situation_threshold, fits)
    if not plain_words or asks_link or of_me:  # "what's going on?" asks the verdict again
        story = not_again(story, again, kb.settings.situation_threshold, fits)
    story = fitting(story, fits, kb.settings.situation_threshold)
    if asks_link:  # whether what was told is linked: the answer that says most of it
        story = most_told(story, told, matcher, again, fits)
    story = not_denied(story, situation, matcher, kb.settings.unsure_margin, fits)
    words = unled(norm, kb.cues)
    if (
        words
        and words[0] in _WHETHER_OR_WHY
        and not forms.remedy(said.raw)
        and _DOING.isdisjoint(said.words)  # "is there anything I can do?", "would it help?"
    ):
        # "could that be it?" asks whether, or why: not what to do about it
        story = no_remedy(story, kb.settings.unsure_margin)
    if words and words[0] in reason_cues(kb.cues.explain):
        # "why would my back hurt from that?": of the readings the story is torn between,
        # the one that gives a reason ("Why is ...?"), as for a "why?" after an answer
        story = reason_first(story, kb.cues.explain, kb.settings.unsure_margin)
    if story.status == NO_MATCH:
        return plain
    return story


# the words a question asks with whether a thing does the person good ("would it help?",
# "what's the point of it?", "is it worth it?"): English
_HELP_WORDS = frozenset(
    ("help", "helps", "helped", "helping", "helpful", "benefit", "point", "worth")
)
_HELP_STEMS = frozenset(stem(w) for w in _HELP_WORDS)
MAX_HELP_STEMS = 3  # a question this short in its own stems asks only that


def asks_help(own: Query, matcher: Matcher) -> bool:
    """Does a question ask only whether, or how, a thing helps ("how would that even help?",
    "could magnesium actually help me?"): a help word among its words, and no stems of its
    own but the base's subject and the help word?"""
    if _HELP_WORDS.isdisjoint(own.words):
        return False
    rest = [s for s in own.stems if s not in _HELP_STEMS and s not in matcher.title_stems]
    return not rest and not own.unknown and len(own.stems) <= MAX_HELP_STEMS


def _helped(situation: Situation, matcher: Matcher) -> str:
    """What a thing taken would help, as the story tells it: what they take, and what they
    have (each group but what they did and when: "chronic pain", "leg cramps"); "" when
    they told no thing taken or nothing they have."""
    # what the story's evidence leaves out as a cause (`story_notes`) is still what they
    # take, and what it would help: all that was told is read
    taken = known_notes(situation, matcher, (TAKING,))
    had = known_notes(situation, matcher, tuple(g for g in situation.groups if g not in NOT_HAD))
    return " ".join((*taken, *had)) if taken and had else ""


def _weighed_told(situation: Situation, matcher: Matcher) -> str:
    """What a story weighed as causes ("mag or the bag?") tells, when it tells no symptom
    beside the pain: what they take as the base's subject alone ("magnesium glycinate" is
    magnesium), since which kind says nothing without a symptom only a kind would explain;
    "" when it tells a symptom, or names nothing else (the story as told is weighed)."""
    from .corrections import main_stem

    if story_notes(situation, matcher, (SYMPTOMS,)):
        return ""
    rest = [g for g in situation.groups if g not in (TAKING, SYMPTOMS)]
    others = story_notes(situation, matcher, tuple(rest)) if rest else []
    main = main_stem(matcher)
    subject = next(
        (w for w in situation.phrases((TAKING,)) for w in w.split() if stem(w) == main), ""
    )
    if not others or not subject:
        return ""
    return " ".join((subject, *others))


# the words that open a question asking whether, or why (not what to do)
_WHETHER_OR_WHY = AUXILIARIES | {"why"}
# words that ask what to do, or whether a thing done helps (English)
_DOING = frozenset(
    ("do", "help", "helps", "way", "switch", "switching", "reduce", "reducing", "lower", "cut")
)


def _links_told_symptoms(own: Query, situation: Situation, matcher: Matcher) -> bool:
    """Does a question name two or more of the symptoms told, one of them other than the
    article's own subject ("the GUT PAIN ... my BACK", not "my BACK HURTS" alone)?"""
    asked = set(own.stems)
    named = [
        stems
        for note in known_notes(situation, matcher, (SYMPTOMS,))
        if (stems := set(matcher.analyse(note).stems)) and stems <= asked
    ]
    return len(named) >= 2 and any(not stems & matcher.title_words for stems in named)


def no_remedy(story: MatchResult, margin: float) -> MatchResult:
    """A story's reading led by a way to stop what was told ("How can I stop magnesium
    causing this back discomfort?", lifted by a "switched to oxide" told) when the question
    asks whether the story is linked ("could that be it?"): the best reading nearly as near
    that says whether or why leads instead; torn still if the one after it is as near."""
    if (
        story.status == NO_MATCH
        or story.best is None
        or not forms.remedy(story.best.entry.question)
    ):
        return story
    best = story.best.score
    rest = [m for m in story.matches if not forms.remedy(m.entry.question)]
    if not rest or best - rest[0].score >= margin:
        return story
    torn = len(rest) > 1 and rest[0].score - rest[1].score < margin
    ordered = (rest[0], *(m for m in story.matches if m is not rest[0]))
    return MatchResult(story.query, UNSURE if torn else ANSWERED, ordered, None, rest[0].score)


def settled_by(story: MatchResult, plain: MatchResult) -> MatchResult:
    """A question read with the story as context only, which leaves it as torn as it was
    read alone ("what does magnesium do to the nerves?" after "my feet have nerve pain"):
    the story settled nothing, and its words only reordered entries that all fit; the
    question's own reading, nearer, stands."""
    if story.status == UNSURE and plain.status == UNSURE and plain.score >= story.score:
        return plain
    return story


def asks_verdict(norm: str, bare: bool, situation: Situation, cues: Cues) -> bool:
    """Does a question ask which of the causes told is behind it ("so which one is it?",
    "coincidence?", "what do you think?" after a story that tells two of them: what the
    person takes and what they did; "is it the pills or me?", which offers the person as
    the other side)? Then the story is weighed, as "magnesium or the move?" is."""
    told = [g for g in causes(situation) if situation.phrases((g,))]
    return len(told) > 1 and (
        bare
        or has_phrase(norm, cues.choose)
        or bool(_OR_ME.search(norm))
        or bool(_WHICH_TOLD.search(norm))
    )


# "which of those would you bet on?": which of the things told (English)
_WHICH_TOLD = LazyPattern(r"\bwhich of (?:those|these|them|the two|the 2|both)\b")


def of_story(said: Question, situation: Situation, matcher: Matcher) -> bool:
    """Does a question name nothing but things the story told, listed or in the words of
    the clauses that told them ("magnesium or the move?", "mag or the deadlift?" after
    "deadlifted heavy"; not "... that causes back pain in general?", which asks of its own)?"""
    told = (*situation.phrases(), *(clause for clause, _ in situation.said))
    story = matcher.analyse(". ".join(told), asked=False)
    rest = set(matcher.analyse(said).stems) - {*story.stems, *story.context}
    if not rest:
        return True
    # "is it the mag or my CHAIR?" after "desk job, 9 hrs sitting": a word the story did
    # not say, but one near a word it did, names that thing in other words
    said_in_story = {w for clause in told for w in tokens(clause) if len(w) > 2}
    return all(
        any(words.similarity(w, t) >= TOLD_NEAR for t in said_in_story)
        for w in tokens(said.raw)
        if stem(w) in rest
    )


def _asks_only_of_taken(own: Query, situation: Situation, matcher: Matcher) -> bool:
    """Does a question name nothing but what the person takes ("could it be the
    SUPPLEMENT?", "is it the mag?"), in the base's words for what is taken?"""
    if not own.stems or own.aside or not situation.phrases((TAKING,)):
        return False  # "could something OTHER than the magnesium explain it?" sets it aside
    # the stems of the base's words for it, read once with the base (`Cues.situation_stems`)
    named = {
        s for stems, _, group in matcher.kb.cues.situation_stems if group == TAKING for s in stems
    }
    return set(own.stems) <= named


TOLD_NEAR = 0.5  # a word this near (word vectors) one the story said names what it told


def asks_link_of_told(said: Question, situation: Situation, matcher: Matcher) -> bool:
    """Does a question ask for a link or a verdict ("most likely reason?", "what's more
    likely?") naming nothing but what the story told and the words that ask so ("now my
    lower back hurts: most likely reason?" after "10 hours a day behind the wheel" and
    "started magnesium")? However many words it has, it asks of that story, and leans on
    it as a short "could that be it?" does."""
    cues = matcher.kb.cues
    if not situation or not has_phrase(said.normalised, cues.link | cues.choose):
        return False
    # what was told before, and what this message tells around its question ("my lower
    # back is sore now")
    told = ". ".join((*situation.phrases(), *told_parts(said, cues)))
    known: set[str] = set()
    for text in (told, " ".join(cues.asking_link)):
        for asked in (False, True):  # "sore" is told as itself and asked as "pain"
            read = matcher.analyse(text, asked=asked)
            known.update((*read.stems, *read.context))
    said_stems = set(matcher.analyse(said).stems)
    return bool(said_stems) and said_stems <= known


def says_all(query: Query, told: str, matcher: Matcher) -> bool:
    """Does the message itself say all the story tells the base ("my back's sore, is it the
    magnesium?" after "i started magnesium"): then the story adds nothing to its reading."""
    return set(matcher.analyse(told).stems) <= {*query.stems, *query.context}


def own_words(asked: Question, told: str, matcher: Matcher) -> Callable[[Entry], bool]:
    """Whether an entry holds the telling words a question (`asked`, what the message asks)
    names of its own, not the story's nor those that ask for a link: "is the dose the
    problem?" after a story about citrate asks about the dose."""
    cues = matcher.kb.cues
    said = set(matcher.analyse(" ".join((told, *cues.asking_link))).stems)
    read = matcher.analyse(asked)
    # a word some entry is asked by ("dose"), not one only answers hold ("sense")
    strong = matcher.index.strong
    own = read._replace(stems=tuple(s for s in read.stems if s not in said and s in strong))
    return lambda entry: matcher.names_every_word(entry, own, OWN_WORD)


def fitting(story: MatchResult, fits: Callable[[Entry], bool], threshold: float) -> MatchResult:
    """The story's reading led by its best match that `fits` the question, if one reaches
    `threshold`; no answer when the question names what none of them holds."""
    if story.status == NO_MATCH or story.best is None or fits(story.best.entry):
        return story
    found = next((m for m in story.matches if fits(m.entry) and m.score >= threshold), None)
    if found is None:
        return story._replace(status=NO_MATCH)
    return _led_by(story, found, ANSWERED)


def read_asked(said: Question, situation: Situation, matcher: Matcher) -> MatchResult:
    """The reading of a message; when a clause before its question tells a symptom in words
    the base lacks beside one it knows ("my back's sore, is it the magnesium?"), that clause
    is read as the story around the question, as a sentence of its own would be: what the
    base lacks there describes what the person feels, it is not a topic asked about."""
    plain = told_apart(matcher.match(said), situation, matcher)
    unknown = set(plain.query.unknown)
    cues = matcher.kb.cues
    asked = asked_part(said, cues)
    if unknown and asked is said:
        return _with_told_before(said, plain, situation, matcher)
    if not unknown or asked is said:
        return plain
    told = told_parts(said, cues)
    for clause in told:
        found = situation.find(clause)
        known = {g for g, p in found if not matcher.analyse(p).unknown}
        unknown -= {w for g, p in found if g in known for w in p.split()}
    if unknown:
        return plain
    return matcher.match(Question(". ".join((*told, asked.raw))))


_DEFINITE = frozenset(("the", "these", "those", "this", "that", "my", "them"))


def _with_told_before(
    said: Question, plain: MatchResult, situation: Situation, matcher: Matcher
) -> MatchResult:
    """A question that names, in a word the base lacks, what the person told of their own
    symptoms in an earlier turn ("my lower back feels knotted at night" / "is low magnesium
    a possible reason for the knots?"): that word is theirs, the symptom they told, not a
    topic the base lacks; the question is read with the sentences that told it, as a
    story around it."""
    told = [
        (clause, set(tokens(clause))) for clause, groups in situation.said if SYMPTOMS in groups
    ]
    if not told:
        return plain
    stems = [{stem(w) for w in words} for _, words in told]
    clauses: list[str] = []
    words = said.normalised.split()
    for word in plain.query.unknown:
        found = next((c for (c, _), st in zip(told, stems, strict=True) if stem(word) in st), None)
        # named as a thing already told of: "THE knots", "these twinges", "my knots"
        referred = any(w == word and k and words[k - 1] in _DEFINITE for k, w in enumerate(words))
        if found is None or not referred:
            return plain
        if found not in clauses:
            clauses.append(found)
    # the question without the person's own words for it, which tell nothing the story
    # does not: "is low magnesium a possible reason for the (knots)?"
    asked = said.raw
    for word in plain.query.unknown:
        asked = re.sub(rf"\b{re.escape(word)}\b", " ", asked, flags=re.IGNORECASE)
    read = matcher.match(Question(". ".join((*clauses, asked))))
    return plain if read.status == NO_MATCH else read


def told_apart(result: MatchResult, situation: Situation, matcher: Matcher) -> MatchResult:
    """A question torn between entries that each reach `answer_threshold`, read with the
    story the person told (in this message or before): the only one that holds the most of
    the story's telling words the question does not name itself, weighed as a question's
    words are, answers ("I've been anxious and started magnesium to relax. My shoulders and
    back are tight. Is the back stuff more likely the anxiety?" is torn between the
    structural causes and stress; the story's anxiety says which). Torn it stays when
    nothing was told, or two entries hold as much of it."""
    settings = matcher.kb.settings
    if result.status == ANSWERED or not result.matches or result.query.unknown:
        return result
    if result.status == NO_MATCH and result.not_said:
        return result
    if ties.asks_whether_that_helps(result.query.words):
        return result  # "... my buddy says cut back to one. would that help?": of the remedy
    tied = [
        m
        for m in result.matches
        if result.score - m.score < settings.unsure_margin and m.score >= settings.answer_threshold
    ]
    if len(tied) < 2 or tied[0] != result.matches[0]:
        return result
    notes = " ".join(story_notes(situation, matcher))
    if not notes:
        return result
    own = set(result.query.stems)
    told = [s for s in matcher.analyse(notes, asked=False).stems if s not in own]
    # a word few entries hold ("tension", "leg"), not one most of them share ("lower back")
    told = [s for s in told if matcher.evidence((s,)) >= OWN_WORD]

    def says(match: Match) -> float:
        return sum(matcher.weight(s) for s in told if matcher.holds_anywhere(match, s))

    said = sorted(((says(m), n) for n, m in enumerate(tied)), reverse=True)
    if said[0][0] <= said[1][0]:
        return result
    best = tied[said[0][1]]
    return _led_by(result, best, ANSWERED)


def symptom_in_story(result: MatchResult, situation: Situation, matcher: Matcher) -> MatchResult:
    """A statement that reports a symptom ("and my lower back is sore"), read with the story
    so far; on its own words when nothing was told before and they answer it."""
    notes = " ".join(story_notes(situation, matcher))
    if not notes or not (situation.before or result.status != ANSWERED):
        return result
    story = matcher.match(Question(notes), story=True)
    if story.status != NO_MATCH and (situation.before or story.score > result.score):
        return story
    return result


def example_question(situation: Situation, matcher: Matcher, said: Question) -> str:
    """The question closest to what the person told, to invite them to ask."""
    notes = " ".join(story_notes(situation, matcher))
    best = matcher.match(Question(notes) if notes else said, story=True).best
    return best.entry.question if best else ""


def most_told(
    story: MatchResult,
    told: str,
    matcher: Matcher,
    again: Entry | None = None,
    fits: Callable[[Entry], bool] = lambda entry: True,
) -> MatchResult:
    """Of the entries a story's reading is torn between (within the unsure margin of the
    best), the one that says most of what was `told`, in its question or its answer, leads
    (not `again`, the entry that answered this story last, and only one that `fits` the
    question): "took a big dose of citrate", "cramps and my back", "was that from the
    magnesium?" is answered by how gut cramps from magnesium are felt in the back, not by
    how to stop it, which names the dose and the back alone."""
    if story.status != UNSURE or len(story.matches) < 2 or story.passage is not None:
        return story  # torn, by the matcher's own measure, or not
    stems = set(matcher.analyse(told).stems)
    if not stems:
        return story
    margin = matcher.kb.settings.unsure_margin
    # those below the lead by less than the margin (not those it was preferred to: above)
    torn = [
        m
        for m in story.matches
        if 0 <= story.score - m.score < margin and m.entry != again and fits(m.entry)
    ]

    def says(match: Match) -> int:
        entry = match.entry
        read = matcher.analyse(entry.answer)
        return len(stems & {*matcher.question_stems(entry), *read.stems, *read.context})

    best = max(torn, key=says, default=None)  # the first of the most telling
    if best is None or best == story.matches[0] or says(best) <= says(story.matches[0]):
        return story
    rest = (best, *(m for m in story.matches if m != best))
    return story._replace(matches=rest, score=best.score)


def felt_together(
    story: MatchResult,
    said: Question,
    situation: Situation,
    matcher: Matcher,
    again: Entry | None,
    fits: Callable[[Entry], bool],
) -> MatchResult:
    """A link question that tells a symptom of its own ("now my lower back aches too, could
    that be connected?") after the story was answered (by `again`): what was told before
    is explained already, and the question asks how the new symptom goes with the others.
    The symptoms read together with it ("belly cramps, lower back ache") find the answer
    that says where one is felt for another (after `again`, when that is still the nearest:
    one nearly as near); when they find none, the story's reading stands."""
    if again is None or story.best is None:
        return story
    symptoms = " ".join(story_notes(situation, matcher, (SYMPTOMS,)))
    felt = matcher.match(Question(f"{symptoms} {said.raw}"), story=True)
    best = felt.best
    if felt.status == NO_MATCH or best is None:
        return story
    if best.entry == again:
        # the answer given is still the nearest: the one nearly as near after it tells
        # where the new symptom goes ("... can be felt in the lower back")
        margin = matcher.kb.settings.unsure_margin
        best = next(
            (
                m
                for m in felt.matches[1:]
                if best.score - m.score < margin and m.entry != again and fits(m.entry)
            ),
            None,
        )
        if best is None:
            return story
        rest = tuple(m for m in felt.matches if m is not best)
        return MatchResult(felt.query, ANSWERED, (best, *rest), None, best.score)
    if not fits(best.entry):
        return story
    return felt


# the words that ask for another than the one said (English): "what else", "something other"
_ELSE = frozenset({"else", "other", "another"})
# "is it the magnesium OR SOMETHING ELSE?" asks which, not what else (English grammar)
# "is it the pills or ME?", "... or something i'm doing?": the other side of the choice is
# the person, what they told of themselves beside what they take
_OR_ME = LazyPattern(
    r"\bor (?:is it |its |just |maybe |is it just )?(?:me|myself|just me"
    r"|something (?:i|im) (?:do|did|doing)|(?:my|the way i) (?:lifestyle|habits|live))\b"
)
_OR_ELSE = LazyPattern(r"\bor (?:something|anything|someone|some other thing) else\b")


def elsewhere(
    story: MatchResult,
    last: Entry,
    threshold: float,
    fits: Callable[[Entry], bool] = lambda entry: True,
) -> MatchResult:
    """ "what else could it be?" after the `last` answer to the story: the best reading
    from another part of the article than that answer's (reaching `threshold`, and one
    that `fits` the question), which tells of other causes; the story as read when none
    does."""
    found = next(
        (
            m
            for m in story.matches
            if m.entry.source != last.source and m.score >= threshold and fits(m.entry)
        ),
        None,
    )
    if found is None or found == story.matches[0]:
        return story
    return _led_by(story, found, ANSWERED)


def taken_now(said: Question, situation: Situation) -> str:
    """What the person takes now, when a question names the change they told of ("why
    would the switch make it worse?" after "switched from citrate to oxide"): the things
    taken that are not what they took before. Nothing when no change was told, or the
    question names none (bot/core/switches.py's verbs)."""
    if not situation.former or not {stem(w) for w in said.words} & _CHANGED:
        return ""
    return " ".join(p for p in situation.phrases((TAKING,)) if p not in situation.former)


_CHANGED = frozenset(stem(w) for w in CHANGE if w not in ("went", "gone", "moved"))


def not_denied(
    story: MatchResult,
    situation: Situation,
    matcher: Matcher,
    margin: float,
    fits: Callable[[Entry], bool] = lambda entry: True,
) -> MatchResult:
    """A question read with a story in which the person denied symptoms ("no stomach issues
    at all, no bloating", then "could it still be the magnesium?"): a reading that says none
    of them leads one within `margin` of it that says one, which the story's evidence is
    against (the way through the gut, when the gut is fine)."""
    denied = [p for p in situation.denials((SYMPTOMS,)) if not matcher.analyse(p).unknown]
    matches = story.matches
    if not denied or not matches or not any(_says(matches[0].entry, p, matcher) for p in denied):
        return story
    top = matches[0].score
    clear = next(
        (
            m
            for m in matches[1:]
            if top - m.score <= margin
            and fits(m.entry)
            and not any(_says(m.entry, p, matcher) for p in denied)
        ),
        None,
    )
    if clear is None:
        return story
    return _led_by(story, clear, story.status)


# a word of an answer this near a symptom's (word vectors) says it: "gut", "stomach"
SAYS_NEAR = 0.5


def _says(entry: Entry, phrase: str, matcher: Matcher) -> bool:
    """Does `entry` say `phrase` (a symptom): in its words, or in a word of its answer near
    in meaning to each of the phrase's ("digestive" for "stomach")?"""
    from . import words

    if holds_said(entry, phrase, matcher):
        return True
    if not words.available():
        return False
    plain = matcher.lexicon.stopwords
    said = [w for w in tokens(phrase) if w not in plain]
    answer = {w for w in tokens(entry.answer) if w not in plain}
    return bool(said) and all(
        any(words.similarity(w, a) >= SAYS_NEAR for a in answer) for w in said
    )


def not_again(
    story: MatchResult,
    last: Entry | None,
    threshold: float,
    fits: Callable[[Entry], bool] = lambda entry: True,
) -> MatchResult:
    """A story's question just answered by the `last` entry goes on to the next reading
    from the same part of the article ("could that be connected?" after the answer to the
    symptom told), if it reaches `threshold` (and `fits` the question); a reading from
    elsewhere leaves the story."""
    matches = story.matches
    if last is None or not matches or matches[0].entry != last:
        return story
    nxt = next(
        (
            m
            for m in matches[1:]
            if m.entry.source == last.source and m.score >= threshold and fits(m.entry)
        ),
        None,
    )
    if nxt is None:
        return story
    return _led_by(story, nxt, story.status)


def _led_by(result: MatchResult, first: Match, status: str) -> MatchResult:
    """`result` with `first` leading its matches (the others after it, in their order), at
    `status` and at `first`'s confidence: a reading of the story chose it over the best."""
    rest = (first, *(m for m in result.matches if m != first))
    return MatchResult(result.query, status, rest, None, first.score)
