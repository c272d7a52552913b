"""Several questions in one message: which parts belong together, which say something,
and the answers in turn, numbered, with the rest named.

Pure: over `Matcher.analyse`; builds one `Reply` out of the replies to each part, in the
base's words (settings).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import aspects, forms, text
from . import words as english
from .index import holds
from .knowledge import Entry, Settings
from .matcher import ANSWERED, NO_MATCH, UNSURE, Matcher, MatchResult, Query
from .question import Question
from .reply import Reply
from .text import LazyPattern, normalise, stem
from .turns import CORRECTION, asks, asks_by_form, has_phrase, opens_question


def joined_parts(pieces: list[Question], matcher: Matcher, message: str = "") -> list[Question]:
    """A part that names nothing of the base's subject ("Any recommendations?"), or
    points back at the part before it with little of its own ("Does it just sit in your
    gut?"), belongs to that part, not to a question of its own. A question that names
    what it asks in the base's words ("also when should I see a doctor") is its own."""
    subject = matcher.subject_stems
    if not subject or len(pieces) < 2:  # one part: nothing to join, nothing to read twice
        return pieces
    out: list[Question] = []
    asking: list[bool] = []  # does each part of `out` hold a question (its own or joined)?
    for piece in pieces:
        if not out:
            out.append(piece)
            asking.append(_holds_question(piece))
            continue
        if any(asking) and piece.words and set(piece.words) <= matcher.kb.cues.close:
            continue  # "... Could the two be linked? Cheers": a sign-off, no words asked
        query = matcher.analyse(piece, asked=False)
        own = [s for s in (*query.stems, *query.context) if s in subject]
        # "Does it just sit in your gut?" after a question: "it" is that question's topic
        # "..., and why do I feel it in my back?" after a question: a second question; so
        # is "..., and how can I stop it?", asked of the first's topic in a word of its own
        second = (
            bool(query.stems)
            and opens_question(piece.raw)
            and asking[-1]  # "...? Plus: what ...", "I wonder ...", "I'm bloated. Is it the mag"
            and (
                _answered_beside(out[-1], piece, matcher, pointing=not own)
                or _answered_of_subject(out[-1], piece, matcher)
            )
        )
        # what the base may not cover ("..., and how much should I take?", "can kids take
        # it?"): read into the first question, it would decline the first too
        asks_aspect = bool(aspects.asked(piece.normalised, matcher.asked_aspects))
        points_back = (
            not second
            and len(own) <= 1
            and not query.unknown  # "can it cause kidney stones?" asks
            and not asks_aspect
            and not ("else" in piece.words and has_phrase(out[-1].normalised, matcher.kb.cues.me))
            # as read: "at what point should I get it looked at?" asks to see a doctor, its
            # "it" the person's own back, no pointer at the part before
            and has_phrase(" ".join(query.words), matcher.kb.cues.refer)
        )
        # a question of its own: asked with a question word, in telling words of the base
        # or of a topic or aspect it may not cover ("and what about kidney stones?")
        # (not one the message offers as the other choice of the part before: "will an
        # X-ray show it, or do you need an MRI?" is one question)
        says = (
            opens_question(piece.raw)
            and (
                matcher.evidence(query.stems) >= matcher.kb.settings.min_evidence
                or ((bool(query.unknown) or asks_aspect) and not offered_instead(piece, message))
            )
        ) or (
            # "I sit at a desk all day ... Is it the citrate? And if not, what else could it
            # be?": asks past the answer to the part before, of what the person told
            "else" in piece.words
            and asks_by_form(piece.raw)
            and has_phrase(out[-1].normalised, matcher.kb.cues.me)
        )
        # "Is that true?", "What's the reasoning?", "What does that mean for ...?" ask of
        # the sentence before: read with it (`text.parts` makes it the asking part)
        # "I stand all day. Could that be my back and not the magnesium?" asks of what was
        # told before it (after a question, "and is that why ...?" asks a second one)
        of_before = (
            text.points_back(piece.raw)
            # "How long do I take it? A month? What's normal?": asks how the part before is
            or matcher._asks_detail(query)
            or text.asks_what_it_means(piece.raw)
            or (forms.points_back(piece.asks) and not asks(out[-1].raw))
        )
        if of_before and not asking[-1] and _THAT_WHY.search(piece.normalised):
            # "I sit at a desk all day. My back hurts. Could that be why?": "that" is what was
            # told before the effect, "why" the effect: all told since the last question
            while len(out) > 1 and not asking[-2]:
                out[-2:] = [Question(f"{out[-2].raw} {out[-1].raw}")]
                asking[-2:] = [False]
        if (not own and not says) or points_back or of_before or _other_of_a_pair(out[-1], piece):
            out[-1] = Question(f"{out[-1].raw} {piece.raw}")
            asking[-1] = asking[-1] or _holds_question(piece)
        else:
            out.append(piece)
            asking.append(_holds_question(piece))
    return out


_LEADS_ON = frozenset(("and", "n", "also", "so", "but", "plus", "then"))
_PAIRED = frozenset(("one", "ones"))  # "which ONE lets them relax?": the other of a pair


def _other_of_a_pair(first: Question, second: Question) -> bool:
    """Does `second` ask which one of the things `first` asked which of ("which mineral
    makes muscles contract and which one lets them relax?"): one question that sets two
    apart, not two?"""
    words = [w for w in second.words if w not in _LEADS_ON]
    before = [w for w in first.words if w not in _LEADS_ON]
    return (
        len(words) > 1
        and words[0] == "which"
        and words[1] in _PAIRED
        and bool(before)
        and before[0] == "which"
    )


_ASKS_ITS_OWN = frozenset(("when", "what", "how", "why", "where", "which", "who", "whats"))


def lost_parts(
    kept: list[Question], joined: Question, entry: Entry | None, matcher: Matcher
) -> list[str]:
    """The questions of `kept` that `joined_parts` read into `joined`, some of whose words
    of the base the answer given to it (`entry`) does not hold ("is magnesium a known cause
    of back pain? and when should I see a doctor about it": "about it" joined the second
    to the first, whose answer says nothing of seeing one). Asked in
    words of their own that another entry answers outright, they were lost in the joined
    reading: they are asked again on their own, never dropped silently."""
    parts = [k for k in kept if k.raw in joined.raw]
    if entry is None or len(parts) < 2:
        return []
    index = matcher.index_of[entry.id]
    lost: list[str] = []
    for n, part in enumerate(parts):
        # a yes-or-no question of "it" ("does it just sit there?") asks of the first's
        # topic; one opened by a question word ("and when should I ...") asks its own thing;
        # the first asks its own whatever opens it ("is the pain real, and how do I get rid
        # of it?" answered by how to get rid of it says nothing of whether it is real)
        opening = [w for w in part.normalised.split()[:3] if w not in _LEADS_ON]
        if not opens_question(part.raw) or (n and (not opening or opening[0] not in _ASKS_ITS_OWN)):
            continue  # a statement told first asks nothing to lose
        own = [s for s in matcher.analyse(part).stems if s in matcher.index.idf]
        if not own or all(holds(matcher.index.strong, s, index) for s in own):
            continue
        alone = matcher.match(part, entries_only=True)
        if alone.status == ANSWERED and alone.best is not None and alone.best.entry != entry:
            lost.append(part.raw)
    return lost


# the marks that part the items of a list typed on one line ("oxide citrate, posture sitting
# back pain + stress tension")
_LISTED = LazyPattern(r"\s*(?:[,;+&/]|\s-\s)\s*")
LISTED_WORDS = 2  # an item of such a list says at least this many words
LISTED_ITEMS = 5  # ... and it has at most this many items: more is no list of questions


def listed_parts(raw: str, matcher: Matcher, searched: bool = False) -> list[str]:
    """The items of a list of things asked typed on one line, when each item is answered on
    its own ("magnesium nerve pain nmda + deficiency cramps": the nerve-pain entry and the
    deficiency one), at least two of them by different entries; [] otherwise. For a message
    no entry answers whole: its items, named together, ask no one thing; and, `searched`,
    for one whose items are only words that name things, as typed into a search box (a
    clause, "not the colon, why does it ...", is no item of a list)."""
    items = [p.strip() for p in _LISTED.split(raw, maxsplit=LISTED_ITEMS) if p.strip()]
    if not 2 <= len(items) <= LISTED_ITEMS or any(
        len(normalise(p).split()) < LISTED_WORDS and not _names_alone(p, matcher) for p in items
    ):
        return []
    stop = matcher.kb.lexicon.stopwords
    if searched and any(w in stop for p in items for w in normalise(p).split()):
        return []
    found = [matcher.match(p, entries_only=True) for p in items]
    answered = {r.best.entry.id for r in found if r.status == ANSWERED and r.best is not None}
    return items if len(answered) >= 2 else []


def _names_alone(item: str, matcher: Matcher) -> bool:
    """Is `item` one word that names a topic of the base by itself ("... + nmda"): a word
    of the base rare enough in it (idf) to tell its entries apart?"""
    said = normalise(item).split()
    if len(said) != 1:
        return False
    found = matcher.spell(said[0])
    return found is not None and all(
        matcher.index.idf.get(s, 0.0) >= ITEM_NAMING for s in found.split()
    )


ITEM_NAMING = 2.0  # a word this rare in the base (idf) is an item of a list on its own


# "could that be why?", "is this why": whether what was told is the reason of what follows it
_THAT_WHY = LazyPattern(r"\b(?:that|this|thats) (?:be |is )?why$")


def _holds_question(piece: Question) -> bool:
    """Does a part of a message ask ("...?", "I wonder ...", "is it the mag")?"""
    return "?" in piece.raw or asks(piece.raw)


def without_other_choice(pieces: list[Question], matcher: Matcher, message: str) -> list[Question]:
    """The parts of `message` without the other choice of a question ("does it help spasms,
    or is it bro science?", "is glycinate better, or is that just hype?"): asked of "it"
    in no word of the base's subject and none of a topic it lacks, it asks nothing the
    question before does not, and its words would only decline that question. "..., or do
    you need an MRI?" names what it asks: kept, and so is a choice after a question that
    is not answered on its own: words set aside must leave a question the base answers."""
    subject = matcher.subject_stems
    out: list[Question] = []
    for piece in pieces:
        of_me = _OF_THE_ASKER.match(piece.normalised) is not None
        if (
            out
            and offered_instead(piece, message)
            and (of_me or has_phrase(piece.normalised, matcher.kb.cues.refer))
        ):
            query = matcher.analyse(piece, asked=False)
            if (
                (of_me or not query.unknown)  # "..., or am I being PARANOID?": of the asker
                and not any(s in subject for s in (*query.stems, *query.context))
                and matcher.match(out[-1]).status == ANSWERED  # a torn question stays whole
            ):
                continue
        out.append(piece)
    return out


# the other choice asked of the one asking ("..., or am I being paranoid?", "or am i just
# overthinking it"): what they are, no topic (English)
_OF_THE_ASKER = LazyPattern(r"^(?:or )?(?:am i|im|i am)\b")


def offered_instead(piece: Question, message: str) -> bool:
    """Does `message` offer `piece` as the other choice of what comes before it ("..., or
    do you need an MRI?")? The two are one question: "is it safe with kidney disease, or
    should he stop?" asks one decision, and the choice alone ("should he stop?") asks it
    without what it hangs on."""
    at = message.find(piece.raw)
    return at > 0 and message[:at].rstrip(" ,").lower().endswith(" or")


def _answered_beside(
    first: Question, second: Question, matcher: Matcher, pointing: bool = False
) -> bool:
    """Is `second`, read on its own, answered by an entry that holds something of what
    `first` is about? A second question that points back stays on its topic: "does it
    just sit in your gut?" after "what happens to the magnesium you don't absorb?" is
    not the entry about sitting.

    `pointing`: `second` names nothing of the subject, only what it asks of "it" ("and
    how can I stop it?"). Its answer must then also be near the first's own answer (its
    section of the article, or an entry the base relates to it): "it" is what the first
    was about, and an entry that only shares the subject's common words ("back", "pain")
    answers another "it" ("how do I fix it?" after posture is not the digestive fix). So
    must the answer of a second question whose reading came back to the first's answer and
    was read `beside` it ("why does oxide cause cramps and how come I feel it in my back")."""
    before = matcher.analyse(first, asked=False).stems
    result = matcher.match(second, topic=before)  # read as a follow-up is
    own = matcher.match(first, entries_only=True)
    near = own.best.entry if own.status in (ANSWERED, UNSURE) and own.best else None
    if _holds_topic(result, before, matcher) and not pointing:
        return True
    if near is not None and result.best is not None and result.best.entry == near:
        result = beside(second, before, near, matcher)  # as `Conversation` reads it
        pointing = True
    elif not _holds_topic(result, before, matcher) and not pointing:
        return False  # (asked of "it" alone, its answer need only be near the first's:
        # "why is oxide the worst one, n would taking less of it help": the dose's fix)
    if near is None or result.status != ANSWERED or result.best is None:
        return False
    entry = result.best.entry
    return entry.source == near.source or entry.id in near.related or near.id in entry.related


def _answered_of_subject(first: Question, second: Question, matcher: Matcher) -> bool:
    """Is `second`, asked of "it" as its agent after a question that named the article's
    subject ("How many reactions need magnesium, and what does it do for the nerves?"),
    answered on its own with "it" read as that subject (`with_referent`), by an entry
    other than the one that answers `first`, but near it (its section of the article, or
    an entry the base relates to it)? Then it asks a second thing of the subject, not more
    of the first, and is not joined to it (its answer would be lost)."""
    read = with_referent(second, first, matcher)
    if read is second:
        return False
    result = matcher.match(read, entries_only=True)
    own = matcher.match(first, entries_only=True)
    if result.best is None or own.best is None or own.status not in (ANSWERED, UNSURE):
        return False
    entry, near = result.best.entry, own.best.entry
    if (
        result.status == UNSURE
        and entry != near
        and _names_a_topic_of_its_own(result.query, own.query, matcher)
    ):
        # "What is magnesium marketed for, and does it do anything for the nervous
        # system?": a topic the first never named, asked of the subject; its reading torn
        # between the entries on that topic is still its own, not more of the first
        return True
    if result.status != ANSWERED or entry == near:
        return False
    # "..., and what does it do to nerves?": a question word and a sure answer of its own
    # ask a second thing of the subject, wherever the article says it
    if (
        opens_question(read.raw)
        and forms.form(read.raw) != forms.YES_NO
        and (result.score >= matcher.kb.settings.unsure_threshold)
    ):
        return True
    # else near the first's answer, as `_answered_beside` asks of a pointing question: "What
    # does magnesium do to unabsorbed water? Does it just sit there?" is not about sitting
    return entry.source == near.source or entry.id in near.related or near.id in entry.related


def _names_a_topic_of_its_own(read: Query, first: Query, matcher: Matcher) -> bool:
    """Does `read` name a key term of the base (not an everyday word) that `first` does not?"""
    keys = matcher.index.key_terms - matcher.index.everyday
    return any(s in keys and s not in first.stems for s in read.stems)


def _holds_topic(result: MatchResult, before: tuple[str, ...], matcher: Matcher) -> bool:
    """Is `result` answered by an entry that holds something of the subject `before` names?"""
    if result.status != ANSWERED or result.best is None:
        return False
    found = matcher.index_of[result.best.entry.id]
    index = matcher.index
    return any(
        holds(index.strong, s, found) or holds(index.weak, s, found)
        for s in before
        if s in matcher.subject_stems
    )


def beside(piece: Question, topic: tuple[str, ...], entry: Entry, matcher: Matcher) -> MatchResult:
    """`piece`, a later question of a message, read with the `topic` of an earlier one that
    `entry` answered. When the reading comes back to `entry` though the later question
    names, in telling words of the base, what the earlier did not, it asks something else
    (why did the writer ask again?), and is matched among the other entries: "why does
    oxide cause cramps and how come I feel it in my back" is not the oxide entry twice."""
    result = matcher.match(piece, topic=topic)
    if result.best is None or result.best.entry != entry:
        return result
    own = matcher.analyse(piece, asked=False).stems
    if not any(s not in topic and matcher.evidence((s,)) > 0 for s in own):
        return result  # "is oxide bad? why is oxide bad?": one thing, asked twice
    others = {e.id for e in matcher.entries} - {entry.id}
    return matcher.match(piece, topic=topic, among=others)


def says_something(piece: Question, matcher: Matcher) -> bool:
    """Is this part a question, not a "hm ok." or "lol" beside one: a "?" or a word
    the base knows?"""
    query = matcher.analyse(piece)
    vague = {stem(w) for w in (*query.unknown, *query.filler)}
    return "?" in piece.raw or any(s not in vague for s in query.stems)


def answered_once(
    read: list[tuple[Question, str, Reply]], matcher: Matcher
) -> list[tuple[str, Reply]]:
    """The parts that ask (each with its kind and reply), each answer once: two parts that
    ask one thing get its answer once, a part that says nothing ("lol") none, and a question
    with no answer of its own right after a correction that names what it corrected ("not
    citrate, oxide. why is oxide so bad?") asks the corrected question again."""
    asked: list[tuple[str, Reply]] = []
    fix: Question | None = None  # the part just before, when it corrected and was answered
    for piece, kind, reply in read:
        if reply.status == NO_MATCH and fix is not None and _names_of(piece, fix, matcher):
            asked[-1] = (f"{asked[-1][0]} {piece.raw}", asked[-1][1])
            continue
        fix = piece if kind == CORRECTION and reply.status != NO_MATCH else None
        if reply.status == NO_MATCH and not says_something(piece, matcher):
            continue
        same = next((i for i, (_, r) in enumerate(asked) if same_answer(r, reply)), None)
        if same is None:
            asked.append((piece.raw, reply))
        else:  # two parts that ask one thing get its answer once
            asked[same] = (f"{asked[same][0]} {piece.raw}", asked[same][1])
            fix = None
    return asked


def _names_of(piece: Question, other: Question, matcher: Matcher) -> bool:
    """Does `piece` name something `other` names?"""
    return bool(set(matcher.analyse(piece).stems) & set(matcher.analyse(other).stems))


UNSURE_PART = "(not certain which you mean; this is the closest)"


def numbered_reply(
    text: str, asked: list[tuple[str, Reply]], later: list[str], settings: Settings
) -> Reply:
    """One reply to `text` from each asked part's reply; `later` parts were not answered."""
    answered = [(q, r) for q, r in asked if r.status in (ANSWERED, UNSURE)]

    # a part two entries fit as well, and neither surely, is no part the article leaves out:
    # it is named with those entries' questions (`unclear`), when the base says how
    def unclear(reply: Reply) -> bool:
        return (
            bool(settings.unclear and reply.alternatives)
            and reply.status == NO_MATCH
            and (reply.safety is None)
        )

    torn = [(q, r) for q, r in asked if unclear(r)]
    missing = [q for q, r in asked if r.status not in (ANSWERED, UNSURE) and not unclear(r)]
    if not answered:
        return Reply(text, NO_MATCH, settings.fallback or None)
    blocks = []
    if settings.several:
        blocks.append(settings.several.replace("{count}", str(len(asked) + len(later))))
    for n, (question, reply) in enumerate(answered, 1):
        # a part not surely read says so in its own block, not over the whole reply
        unsure = UNSURE_PART + "\n" if reply.status == UNSURE and len(answered) > 1 else ""
        said = question.rstrip(" ,;")  # no ";" it ended on
        blocks.append(f"{n}. {said}\n{unsure}{reply.answer}")
    if torn:
        blocks.append(
            settings.unclear
            + "\n"
            + "\n".join(
                f"- {q}: "
                + " or ".join(f"\u201c{m.entry.question}\u201d" for m in r.alternatives[:2])
                for q, r in torn
            )
        )
    for lead, questions in ((settings.not_covered, missing), (settings.left_over, later)):
        if questions:
            lead = lead.replace("{count}", str(len(answered)))
            blocks.append(lead + "\n" + "\n".join(f"- {q}" for q in questions))
    first, last = answered[0][1], answered[-1][1]
    sure = len(answered) > 1 and any(r.status == ANSWERED for _, r in answered)
    return Reply(
        text,
        ANSWERED if sure else first.status,
        "\n\n".join(blocks),
        first.entry,
        first.score,
        (),
        last.related,
        safety=first.safety,
    )


def same_answer(a: Reply, b: Reply) -> bool:
    """Do two replies give the same answer (one entry, or one passage of the article)?"""
    if a.status not in (ANSWERED, UNSURE) or b.status != a.status:
        return False
    return (a.entry is not None and a.entry == b.entry) or (
        a.passage is not None and a.passage == b.passage
    )


# "and does it inflame the back?": "it" the agent of a later question, after the auxiliary
# that opens it (not "is it ...", where "it" may stand for nothing: "is it bad?")
_IT_AGENT = LazyPattern(
    r"^(\W*(?:(?:and|also|plus|so|but|or|then)\W+)?(?:(?:what|how|why|where)(?:\s+else)?\s+)?"
    r"(?:does|do|did|can|could|will|would|might|may|should|cant|doesnt|wont)\s+)it\b",
    re.IGNORECASE,
)


# "... and why do muscles cramp WITHOUT IT?", "what happens if I stop taking it?": "it" as
# what is taken, or done without, stands for the thing named before as well
_IT_TAKEN = LazyPattern(
    r"^(.*?\b(?:without|taking|take|taken|stop|stopping|quit|quitting|on|off)\s+)it\b",
    re.IGNORECASE,
)


def with_referent(
    piece: Question, before: Question | Sequence[Question], matcher: Matcher
) -> Question:
    """A later question of a message asked of "it" as the agent ("Magnesium for headaches?
    And does it inflame the back?"), or as what is taken or done without ("and why do
    muscles cramp without it?"), with "it" as what the question before named of the
    article's own subject (its title's nouns), when it named exactly one: "it" is that, not
    a headache. The question as it is otherwise ("can back pain come from oxide? and does
    it go away?" names two: no guess). Given several questions before (the nearest first),
    the nearest that names any of the subject ("what is magnesium for, how many reactions
    is it in, and how does it affect pain?")."""
    found = _IT_AGENT.match(piece.raw) or _IT_TAKEN.match(piece.raw)
    if found is None:
        return piece
    befores = (before,) if isinstance(before, Question) else before
    named: dict[str, str] = {}
    nearest = befores[0]
    for nearest in befores:  # the nearest question before that names the subject at all
        for word in matcher.lexicon.content_words(list(nearest.asking_words)):
            own = matcher.spell(word)
            if own in matcher.title_words and "n" in english.parts(word):
                named.setdefault(own, word)
        if named:
            break
    if len(named) > 1:  # "IS MAGNESIUM a pain causer ...?": the subject of the one before
        named = {s: w for s, w in named.items() if s == _subject_after_auxiliary(nearest, matcher)}
    if len(named) != 1:
        return piece
    (word,) = named.values()
    return Question(f"{found.group(1)}{word}{piece.raw[found.end() :]}")


_OPENING_AUXILIARY = frozenset(
    ("is", "are", "was", "does", "do", "did", "can", "could", "will", "would", "should", "may")
)


# what a subject does to what follows ("does MAGNESIUM CAUSE back pain?"): the word after
# the subject, not a second word of it
_DOING = frozenset(
    ("cause", "make", "give", "help", "trigger", "lead", "hurt", "affect", "cure", "fix", "do")
)


def _subject_after_auxiliary(question: Question, matcher: Matcher) -> str | None:
    """The base's spelling of the word right after the auxiliary a yes-or-no question opens
    on ("IS MAGNESIUM a pain causer?": magnesium), its subject alone; None for another
    question, or a subject of two of the title's words ("can BACK PAIN come from ...?")."""
    words = list(question.asking_words)
    if len(words) < 2 or words[0] not in _OPENING_AUXILIARY:
        return None
    if len(words) > 2 and words[2] not in _DOING and matcher.spell(words[2]) in matcher.title_words:
        return None
    return matcher.spell(words[1])


# "... from my gut or from slouching all day?": one "or" between the two things offered
_OR = LazyPattern(r"\s*,?\s+or\s+", re.IGNORECASE)
# words that open a question of their own after "or" ("... or is that a myth?")
_ASKS_AGAIN = frozenset(
    ("not", "is", "are", "was", "do", "does", "did", "should", "can", "could", "would",
     "will", "what", "why", "how", "which", "when", "where", "who", "something", "anything")
)  # fmt: skip
CHOICE_WORDS = 6  # the words of the choice after "or", at most


def named_pair(text: str) -> tuple[str, str] | None:
    """The two words a (normalised) question joins by "or" or "and" inside one clause
    ("can being DEHYDRATED or STRESSED make my back hurt"); None when it joins no such pair
    (a conjunction at an end, more than one, or too few words to ask of each)."""
    words = text.split()
    at = _join_at(words)
    return None if at is None else (words[at - 1], words[at + 1])


def each_named(text: str) -> tuple[str, str] | None:
    """A (normalised) question that names two things joined by "or" or "and" inside one
    clause (`named_pair`), asked of each: the question with one of the two words left out,
    then with the other; None when it names no such pair."""
    words = text.split()
    at = _join_at(words)
    if at is None:
        return None
    return (
        " ".join([*words[:at], *words[at + 2 :]]),
        " ".join([*words[: at - 1], *words[at + 1 :]]),
    )


def _join_at(words: list[str]) -> int | None:
    """Where the one "or" or "and" of `words` stands between two words, if it does."""
    joins = [n for n, w in enumerate(words) if w in ("or", "and")]
    if len(joins) != 1 or not 1 <= joins[0] < len(words) - 1 or len(words) < 4:
        return None
    return joins[0]


def choice_sides(raw: str) -> tuple[str, ...] | None:
    """The sides of a question that offers a choice ("is my back pain coming from my gut or
    from slouching all day?", "is it the citrate, the sitting or the stress?"): the question
    asked of the first, and the few words of each other alone. None when it has not exactly
    one "or", the first side is too short to be a question, or what follows "or" asks a
    question of its own ("... or is that a myth?")."""
    text = raw.strip().rstrip("?!. ")
    sides = _OR.split(text)
    if len(sides) != 2:
        return None
    left, right = sides
    before, after = normalise(left).split(), normalise(right).split()
    if len(before) < 3 or not 1 <= len(after) <= CHOICE_WORDS or after[0] in _ASKS_AGAIN:
        return None
    first, comma, middle = left.rpartition(",")
    among = normalise(middle).split()
    if (
        comma
        and len(normalise(first).split()) >= 3
        and 1 <= len(among) <= CHOICE_WORDS
        and among[0] not in _ASKS_AGAIN
    ):
        # "is it the citrate, the sitting or the stress?": a third side before the "or"
        return f"{first}?", middle.strip(), right
    return f"{left}?", right
