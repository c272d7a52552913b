"""Conversation policy: turn each message into a `Reply`, remembering what was said.

Pure: no terminal, no files. The REPL, piped `magbot chat` and `magbot ask` all go
through `Conversation.respond`, so a scripted conversation behaves like a typed one.

A message is split into its parts (lines, sentences; see bot/turns.py) and each part is
read by its kind, each kind with its own policy:

  pick        a number picks a numbered suggestion, or says there is nothing to pick
  more        "tell me more" moves on to a related entry not yet shown
  correction  "no, I meant oxide" re-asks the previous question with the part corrected
  small talk  "thanks", "hi"
  telling     "i started citrate last week" is noted and acknowledged
  question /  matched on its own words; read with the topic or the person's situation
  follow-up   only when it leans on them ("why?", "is that bad?", "could that be it?")

Several questions in one message are answered in turn, numbered. Reading a follow-up
with the last answer is bot/core/followup.py's; reading a question with the story told,
bot/core/story.py's; a correction, bot/core/corrections.py's; the last question asked
again of something else ("and oxide?", "what about anxiety?" after a decline),
bot/core/reasked.py's.

A message is read once: `respond` makes it a `Question` (bot/core/question.py), and its
parts, the matcher, the safety check and small talk all share that reading. The matcher
is asked through `Matcher.match` alone; `analyse`, `question_stems`, `names_every_word`,
`subject_stems` and `aspect_names` only read what it knows.
"""

from __future__ import annotations

from . import aspects, contrast, forms, ordinals
from . import words as english
from .causes import causes
from .corrections import (
    Corrected,
    corrected_questions,
    correction,
    corrects_a_word,
    main_stem,
    naming,
    with_subject,
    without_opening_cue,
)
from .excluded import reported, without_reporter, without_set_aside
from .followup import DISTINCT_WEIGHT, FollowUps, Quote, Topic
from .knowledge import Cues, Entry, KnowledgeBase
from .matcher import ANSWERED, NO_MATCH, SMALLTALK, UNSURE, Match, Matcher, MatchResult
from .question import Question
from .reasked import (
    asked_on_condition,
    best_reading,
    declined_question_for,
    instead_of,
    same_question_for,
)
from .reasons import asks_detail, asks_examples, asks_why, unled
from .reply import Reply, filled
from .safety import URGENT, Flag, raised_flag_after, without_flags
from .several import (
    answered_once,
    beside,
    choice_sides,
    each_named,
    joined_parts,
    listed_parts,
    lost_parts,
    named_pair,
    numbered_reply,
    offered_instead,
    same_answer,
    with_referent,
    without_other_choice,
)
from .situation import ACTIVITIES, NOT_HAD, TAKING, Situation
from .story import (
    PLAIN_WORDS,
    SYMPTOMS,
    TIMING,
    asks_link_of_told,
    asks_of_story,
    example_question,
    felt_together,
    names_nothing,
    question_in_story,
    read_asked,
    symptom_in_story,
)
from .text import (
    LazyPattern,
    normalise,
    plainer_words,
    split_sentences,
    stem,
    without_post_label,
)
from .turns import (
    CORRECTION,
    FOLLOW_UP,
    MORE,
    PICK,
    QUESTION,
    TELLING,
    announces_several,
    asked_part,
    cues_joined,
    embeds_question,
    has_phrase,
    inverted,
    is_asking,
    more_set_aside,
    number,
    numbered,
    opens_question,
    points,
    run_on_marked,
    split_message,
    tells,
    told_parts,
    wh_inverted,
    without_close,
    without_frame,
    without_lead,
    without_shift,
)

# the words that address whoever is asked ("how are you?"): English grammar
# "it" most often stands for the subject asked of ("what is causing it?"), not the story
_SUBJECT_POINTERS = frozenset(("it", "its"))
# what a relative "that" follows ("something THAT gets studied"): no pointer back
_RELATIVE_AFTER = frozenset(
    ("something", "anything", "everything", "nothing", "thing", "things", "one", "ones")
)


# the words that stand for a thing named before: English grammar
_POINTERS = frozenset(("it", "its", "that", "this", "these", "those", "they", "them"))


def _asks_by_its_words(piece: Question, cues: Cues) -> bool:
    """Is a sentence a question by its own words: it asks, opens as a question, or says a
    question ("my friend wants to know how ...")?"""
    return is_asking(piece, cues) or opens_question(piece.raw) or embeds_question(piece.raw)


def _chooses_among_told(piece: Question, told: list[str], matcher: Matcher, cues: Cues) -> bool:
    """Does a question ask a link or a choice of what the message told before it: a choice
    ("X or Y?") that names, in a word the base lacks, a thing told ("I lifted a heavy box
    ... Is it the BOX or the magnesium?"), or a link asked in words all of which the story
    told ("... my lower back aches during the cramps. Is the back part related?")? Then it
    is a verdict asked of that story, as it would be a turn later, not a topic of its own."""
    if not has_phrase(piece.normalised, cues.link | cues.choose):
        return False
    said = {stem(w) for t in told for w in matcher.lexicon.canonical(normalise(t).split())}
    query = matcher.analyse(piece)
    if "or" in piece.words:  # a choice whose sides the base knows is answered side by side
        return any(stem(w) in said for w in (*query.filler, *query.unknown))
    return bool(query.stems) and not query.unknown and set(query.stems) <= said


def _points_back(words: list[str], cues: Cues) -> bool:
    """Does a question hold a word that points back ("could that be why?", "can either of
    those cause it?"), not a "that" which opens a relative clause ("is it something that
    gets studied?")?"""
    return any(
        w in cues.refer
        and w not in _SUBJECT_POINTERS
        and not (
            w == "that" and k and (words[k - 1] in _RELATIVE_AFTER or _noun_only(words[k - 1]))
        )
        for k, w in enumerate(words)
    )


def _noun_only(word: str) -> bool:
    return english.parts(word) == english.NOUN  # (the word data is read on first use)


_ADDRESSED = frozenset({"you", "your", "yours", "youre", "yourself", "u", "ur"})
NOTED = "noted"  # the small-talk id of an acknowledgement of what the person told
# the words that name a person in what someone says: English grammar
_PERSONS = frozenset({"he", "she", "his", "her", "him", "hers", "they", "them", "their"})


# verbs whose "it" is the thing taken ("why do people TAKE IT?")
_TAKING_IT = frozenset(
    ("take", "takes", "taking", "took", "taken", "use", "uses", "using", "used", "try", "trying")
)


def _only_said_none(told: list[str], denied: list[str]) -> bool:
    """Does a turn tell no symptom of its own (`told`) but those it says the person does not
    have, or no longer has ("i also take mag oxide daily, no stomach problems", "my stomach
    is totally fine")? Then it answers nothing of them: the answer on what upsets the
    stomach is the one thing they just said is not so."""
    return not told and bool(denied)


# the words that stand for someone else the person told of ("is SHE right?"): English
# words that point at a thing already told of: "THAT kind of pain", "THIS ache"
_POINTING_AT_KIND = frozenset(("that", "this", "such"))
_REPORTER = frozenset({"she", "he", "they"})

# the words that join a clause to the next ("... back pain AND NOW I am paranoid")
_JOINING = frozenset({"and", "but", "so", "now", "then", "which", "that"})
MAX_SUGGESTIONS = 3
MAX_PARTS = 3  # questions of one message answered in turn; the rest are named
ASKING = (QUESTION, FOLLOW_UP, CORRECTION, PICK, MORE)


_OPENERS = forms.QUESTION_WORDS | forms.AUXILIARIES  # the words a clause that asks opens with
# a question asked of "that" just told: "is that referred pain too?", "could this be connected?"
_ASKS_OF_SIGN = LazyPattern(r"\b(?:is|was|could|can|would|might|will|does|did) (?:that|this)\b")


class Conversation:
    def __init__(self, kb: KnowledgeBase, matcher: Matcher | None = None):
        self.kb = kb
        self.matcher = matcher or Matcher(kb)
        cues = kb.cues
        asks = lambda clause: opens_question(clause) or is_asking(clause, cues)  # noqa: E731
        # the lexicon's ways of saying a listed phrase ("tummy") are heard as that phrase
        variants = tuple((" ".join(k), " ".join(v)) for k, v in kb.lexicon.synonyms.items())
        self.situation = Situation(
            cues.situation, cues.situation_stems, cues.me, kb.lexicon.stopwords, asks, variants
        )
        self.follow = FollowUps(self.matcher)
        self._main = main_stem(self.matcher)  # what the base is about ("magnesium")
        self.reset()

    def reset(self) -> None:
        """Forget the topic, suggestions and situation (the knowledge stays loaded)."""
        self.last: Entry | None = None
        self.topic: tuple[str, ...] = ()  # content stems of the current topic
        self.asked_stems: tuple[str, ...] = ()  # ... of them, those the question said
        self.asked_typed = ""  # ... and the question as typed
        self.shown: list[str] = []
        self.options: tuple[Entry, ...] = ()  # what a number typed next picks
        self.unsure = False  # were the options a "did you mean"?
        self.asked = ""  # the last question answered, as asked
        self.said = ""  # the last message, as typed
        self.told = False  # told about themselves since the last answer
        self.untold = False  # told something since, that no answer has read: acknowledged
        self.grown = False  # the message being read tells a symptom not told before
        self.symptom_told = False  # ... in a statement before its question
        self.felt_before = False  # symptoms were told before the message being read
        self.cause = False  # ... tells a cause not told before ("been stressed")
        self.answered_cause = False  # the last answer was to a story's turn that told a cause
        self.remind: Flag | None = None  # urgent guidance to say again on the next question
        self.sign_told: Flag | None = None  # the flag the message before reported, if any
        self.claim: Question | None = None  # what someone said of the subject, told last
        self.reported: Question | None = None  # ... and kept past the answers after it
        self.situation.clear()
        self.told_now: list[str] = []  # the statements of the message being read, so far

    # -- the policy ----------------------------------------------------------------------

    def respond(self, text: str | Question) -> Reply:
        """The reply to one message, updating the conversation's memory.

        A message that describes a red-flag symptom gets the see-a-doctor guidance first,
        and the answer it would get without one; if it would get none, the symptom's words
        are set aside and the rest of it is asked alone. A message that only asks about a
        sign the article never speaks of (no `same_as` entry: "can magnesium cause chest
        pain?") asks about those words: without them it would ask something else ("can
        magnesium cause ...?"), so the sign's information stands alone.
        """
        typed = Question.of(text)
        # "isthere a reason ...": spaced as meant, so that its question is heard as one;
        # "Title: oxide giving me grief ...": what the post asks, without its label
        # "in normal words": plainer words asked for, as the cues say it
        spaced = self.matcher.respaced(plainer_words(without_post_label(typed.raw)))
        question = run_on_marked(typed if spaced == typed.raw else Question.of(spaced))
        # "my back hurts is that normal": as punctuated
        said, self.said = self.said, typed.raw
        if question is not typed:
            return self._flagged(question, said)._replace(query=typed.raw)
        return self._flagged(question, said)

    def _flagged(self, question: Question, said: str) -> Reply:
        """The reply to one message, after the red flags it raises, with the message `said`
        before it (see `respond`)."""
        # a message that raised a flag had its guidance: it is read again with this one only
        # for a more urgent flag the two raise together
        flag = raised_flag_after(question, self.kb.flags, self.asked, said, self.situation.raised)
        corrected = without_opening_cue(question, self.kb.cues)
        if flag is None and corrected is not question:  # "no wait, my back is numb"
            flag = raised_flag_after(corrected, self.kb.flags, self.asked, said)
        self.situation.note_flag(flag)
        reply = self._respond(question)
        remind, self.remind = self.remind, None
        told, self.sign_told = self.sign_told, flag if flag is not None and flag.reported else None
        if flag is None:
            if (
                told is not None
                and self.follow.acts_only(question.normalised)
                and (guidance := self._doctor_guidance(told, question)) is not None
            ):
                # "i've lost weight without trying" / "what should i do?": what to do about
                # the sign just told is the article's see-a-doctor words, not a way to ease
                # what the magnesium does (a flag told earlier and brought back stays)
                reply = self._reply(question.raw, guidance, ANSWERED, 100.0)._replace(
                    safety=reply.safety
                )
            return self._reminded(question, reply, remind)
        if flag.level == URGENT and flag.reported:
            self.remind = flag  # said again on the next question, if that raises none
        if (
            reply.status == NO_MATCH
            and (flag.reported or flag.same_as)
            # "I have kidney disease, should I avoid magnesium?": who they are is part of
            # whether they may take it, never set aside to ask the rest alone
            and not forms.asks_may_take(question.normalised)
        ):  # ask the rest
            rest = without_flags(question, self.kb.flags)
            reply = self._respond(rest)._replace(query=question.raw)
        if reply.status == UNSURE and flag.level == URGENT and not flag.reported:
            # after urgent information asked for, no guess at the rest ("can magnesium
            # cause suicidal thoughts?" is no question of back pain the article answers)
            reply = Reply(reply.query, NO_MATCH, reply.text, score=reply.score)
        if reply.status == NO_MATCH and flag.reported:
            # "my leg feels weak, what should I do?": a sign told, and nothing else asked
            # that the article answers: its own see-a-doctor words, after the flag's
            guidance = self._doctor_guidance(flag, without_flags(question, self.kb.flags))
            if guidance is not None:
                reply = self._reply(question.raw, guidance, ANSWERED, 100.0)
        elif flag.reported and flag.level == URGENT and _ASKS_OF_SIGN.search(question.normalised):
            # "I had trouble controlling my bladder, is THAT referred pain too?": an
            # emergency sign is no answer's to explain; the article's see-a-doctor words
            reply = self._sign_guidance(flag, reply)
        if reply.status == NO_MATCH and not flag.reported and len(split_message(question)) == 1:
            # "what is cauda equina syndrome?": the sign's information is all that is asked
            reply = reply._replace(text="")
        elif reply.status == NO_MATCH:  # after urgent guidance, a short word, not the whole menu
            reply = reply._replace(text=self.kb.settings.flagged_fallback or reply.text)
        if reply.entry is not None and reply.entry.id in flag.same_as:
            flag = flag._replace(message="")  # the answer is the guidance: say it once
        return reply._replace(safety=flag)

    def _doctor_entry(self, flag: Flag) -> Entry | None:
        """The entry that says the article's own see-a-doctor guidance: the flag's
        `same_as`, else any flag's; None when the base names none."""
        named = (*flag.same_as, *(e for f in self.kb.flags for e in f.same_as))
        return next(filter(None, map(self.kb.entry, named)), None)

    def _sign_guidance(self, flag: Flag, reply: Reply) -> Reply:
        """`reply`, or the article's see-a-doctor entry in its place when the base names
        one: the answer to a question asked of a sign told."""
        entry = self._doctor_entry(flag)
        if entry is None:
            return reply
        return self._reply(reply.query, entry, ANSWERED, 100.0)

    def _doctor_guidance(self, flag: Flag, rest: Question) -> Entry | None:
        """The article's see-a-doctor entry (`_doctor_entry`), for a message that tells a
        sign and asks nothing the article answers ("my leg feels weak, what should I
        do?"); None when it asks an aspect the article does not cover ("... how much
        should I take?"), which is declined as it is."""
        if forms.asks_may_take(rest.normalised):  # "... should I avoid magnesium?"
            return None
        sentences = split_sentences(rest.raw)
        # the clause that asks: "my foot keeps catching when I walk, WHAT SHOULD I DO?"
        clauses = sentences[-1].split(",") if sentences else [""]
        opens = [i for i, c in enumerate(clauses) if c.split()[:1] and c.split()[0] in _OPENERS]
        asked = self.matcher.analyse(",".join(clauses[opens[0] if opens else 0 :]))
        if (
            asked.unknown
            or asked.filler
            or asked.aspects
            or self.matcher.analyse(rest).aspects  # "how long ...?", "which is better?"
        ):
            return None
        return self._doctor_entry(flag)

    def _reminded(self, question: Question, reply: Reply, flag: Flag | None) -> Reply:
        """`reply` with the urgent guidance of the message before said again, when this one
        asks a question and raises no flag of its own ("anyway, is glycinate better?" after
        legs that keep getting weaker); not after what only tells or thanks ("it's gone
        now", "ok thanks"). A question asked of that sign ("could THAT be connected?")
        is answered with the article's see-a-doctor words."""
        if (
            flag is None
            or reply.safety is not None
            or not flag.message
            or not is_asking(question, self.kb.cues)
        ):
            return reply
        if _ASKS_OF_SIGN.match(question.normalised):
            reply = self._sign_guidance(flag, reply)
        lead = self.kb.settings.reminder
        return reply._replace(safety=flag._replace(message=f"{lead} {flag.message}".strip()))

    def _respond(self, question: Question) -> Reply:
        self.told_now = []  # nothing of this message told yet (none of the last one's)
        self.situation.before = bool(self.situation)
        self.symptom_told = False
        self.felt_before = felt_before = bool(self.situation.phrases((SYMPTOMS,)))
        text = question.raw
        split = cues_joined(split_message(question), self.kb.cues)
        pieces = kept = without_other_choice(split, self.matcher, text)
        # a numbered list's items are its writer's questions, each; so are the questions of
        # a message that counts them ("I've got three things. ...")
        if not numbered(text) and not announces_several(text):
            pieces = joined_parts(kept, self.matcher, text)
        if len(pieces) == 1:
            if len(kept) < len(split):  # "does it help, or is it bro science?": the question
                return self.turn(pieces[0])[1]._replace(query=text)  # without its other choice
            reply = self.turn(question)[1]
            parted = self._asked_apart(text, kept, reply)
            if parted is not None:
                return parted
            lost = lost_parts(kept, pieces[0], reply.entry, self.matcher) if len(kept) > 1 else []
            if lost and reply.status in (ANSWERED, UNSURE):
                # a question joined to the first that its answer says nothing of is asked
                # on its own ("... and when should I see a doctor about it"): answered
                # when its own words are, named to be asked again when not
                first = next((k.raw for k in kept if k.raw not in lost), None)
                if first is not None:
                    asked = [(first, reply)]
                    left: list[str] = []
                    for part in lost:
                        alone = self.turn(Question(part))[1]
                        if alone.status == ANSWERED and not any(
                            same_answer(alone, r) for _, r in asked
                        ):
                            asked.append((part, alone))
                        else:
                            left.append(part)
                    asked.sort(key=lambda pair: text.find(pair[0]))  # in the order asked
                    return numbered_reply(text, asked, left, self.kb.settings)
            whole = reply.status != NO_MATCH  # answered whole, only a search-box list parts
            listed = [] if reply.safety else listed_parts(text, self.matcher, searched=whole)
            if listed:
                # a list of things typed on one line, each item answered by its own entry:
                # as asked on its own
                # (each item a question of its own, never leaning on the last answer)
                items: list[tuple[str, Reply]] = []
                for item in listed:
                    said = self.turn(Question(item), True)[1]
                    if not any(same_answer(said, r) for _, r in items):  # one answer once
                        items.append((item, said))
                if len(items) > 1:
                    return numbered_reply(text, items, [], self.kb.settings)
            return reply
        read: list[tuple[Question, str, Reply]] = []
        referred: dict[int, Question] = {}  # each part asked of "it", as it was read
        told: list[str] = []  # the statements of this message, told before its questions
        self.told_now = told  # ... as `turn` reads them
        later: list[str] = []
        fresh = False
        cues = self.kb.cues
        asking = [
            _asks_by_its_words(piece, cues)
            or has_phrase(piece.normalised, cues.correct | cues.shift)  # "i meant back pain."
            or correction(piece, self.asked, cues) is not None  # "not citrate, oxide."
            for piece in pieces
        ]
        if any(
            asks and asks_detail(p.normalised, cues) for p, asks in zip(pieces, asking, strict=True)
        ):
            # "People say lowering the dose gets rid of it. Is that true?", or "Is it true?"
            # before it: what is checked is the claim the message reports, wherever it is
            # ... or a claim stated, of the subject and not of the person ("Myth or fact?
            # Magnesium wrecks your back.")
            claims = [
                self._reported_claim(p) or (None if has_phrase(p.normalised, cues.me) else p)
                for p, asks in zip(pieces, asking, strict=True)
                if not asks
            ]
            claim = next((c for c in claims if c is not None), None)
            if claim is not None:
                self.claim, self.told = claim, True
        for piece, asks in zip(pieces, asking, strict=True):
            rest, shift = without_shift(piece, self.kb.cues, self.kb.lexicon.stopwords)
            if shift and not rest.normalised:  # "different thing:" opens what follows
                fresh = True
            elif not asks and any(asking):
                # a statement beside a question ("My dad has kidney disease. Is it safe for
                # him?") is the question's story, not a question to answer: it is heard
                heard_now = self.situation.hear(piece.raw)
                # "and now my lower back aches too. could that be it?": the symptom told
                # grows the story of symptoms the question asks of, as one told in the
                # question would
                self.symptom_told |= felt_before and any(g == SYMPTOMS for g, _ in heard_now)
                self.told = True
                told.append(piece.raw)
            elif sum(r.status in (ANSWERED, UNSURE) for _, k, r in read if k in ASKING) < MAX_PARTS:
                if any(has_phrase(p.normalised, cues.me) for p, _, _ in read) or (
                    # "I lifted a bike wrong and I've been stressed. Could either of those
                    # be why?": what it points at is the story this message told first;
                    # so does a choice among its things ("... Is it the box or the
                    # magnesium?"), as it would a turn later
                    told
                    and (
                        _points_back(piece.normalised.split(), cues)
                        or _chooses_among_told(piece, told, self.matcher, cues)
                    )
                ):
                    # what an earlier question told of the person ("I sit at a desk all
                    # day ... Is it the citrate?") is told before this one ("And if not,
                    # what else could it be?")
                    self.situation.before = bool(self.situation)
                # "Magnesium for headaches? And does it inflame the back?": "it" is what
                # the question before named of the article's subject
                # (as the question before was read: "what is it promoted for, how many
                # reactions does IT take part in, and how does IT affect pain?")
                befores = [referred.get(id(p), p) for p, k, _ in reversed(read) if k in ASKING]
                read_as = with_referent(piece, befores, self.matcher) if befores else piece
                referred[id(piece)] = read_as
                declined = self._not_for_whom(read_as, told) or self._of_another_topic(
                    read_as, told
                )
                if declined is not None:
                    read.append((piece, QUESTION, declined))
                    continue
                if (
                    read
                    and read[-1][1] in ASKING
                    and read[-1][2].status == NO_MATCH
                    and offered_instead(piece, text)
                ):
                    # the other choice of a question the base does not answer ("is it safe
                    # with kidney disease, or should he stop?") is that one question: one
                    # decision, declined whole, never answered without what it hangs on
                    last, kind, reply = read[-1]
                    read[-1] = (Question(f"{last.raw} {piece.raw}"), kind, reply)
                    continue
                own = self._own_question(read_as, befores[0] if befores else None)
                kind, reply = self.turn(read_as, fresh or own)
                read.append((piece, kind, self._apart(read_as, kind, reply, read)))
            else:  # enough for one reply: the rest is named, not answered
                later.append(piece.raw)
        asked = answered_once([r for r in read if r[1] in ASKING], self.matcher)
        if len(asked) == 1 and not later:
            return asked[0][1]._replace(query=text)
        if not asked and read:  # statements and small talk only: the last says it all
            return read[-1][2]._replace(query=text)
        if not asked:
            return Reply(text, NO_MATCH, self.kb.settings.fallback or None)
        return numbered_reply(text, asked, later, self.kb.settings)

    def _own_question(self, piece: Question, before: Question | None) -> bool:
        """Is a later question of a message one of its own ("..., and does magnesium itself
        make muscles tense?"): it names its own subject and an entry answers it alone?
        Then it is not read leaning on the answer to the question before it, which it does
        not ask about. Not a part that opens no question, nor one that alone finds the answer
        just given: leaning on it finds what else it asks."""
        if before is None or not opens_question(piece.raw):
            return False  # "High-Dose X: Cramping and Back Pain" labels, it asks nothing
        plain = self.matcher.match(piece, entries_only=True)
        return (
            plain.status in (ANSWERED, UNSURE)
            and plain.best is not None
            and plain.best.entry != self.last  # read alone, it would be asked again
            and plain.score >= self.kb.settings.answer_threshold
            and self.follow.stands_alone(plain.query)
        )

    def _not_for_whom(self, piece: Question, told: list[str]) -> Reply | None:
        """The decline of a question whether someone may take a thing ("Can I take magnesium
        for back pain?") after a statement of who they are ("I'm pregnant."), when the
        article does not say who may take it; None otherwise, and the question is read as
        any other. Read alone, the question was answered as if the story were not there."""
        if not told or not forms.asks_may_take(piece.normalised):
            return None
        result = self.matcher.match(Question(" ".join((*told, piece.raw))), entries_only=True)
        if result.status != NO_MATCH or not result.not_said:
            return None
        return self._answer(piece.raw, result)

    def _of_another_topic(self, piece: Question, told: list[str]) -> Reply | None:
        """The decline of a question that names nothing of the base's subject, asked of a
        story of another topic ("My cat keeps shredding the couch. What can I do?"): read
        with its story, no entry is near; None otherwise ("A few questions from a newbie:"
        tells no story)."""
        story = [t for t in told if not announces_several(t) and not t.rstrip().endswith(":")]
        if not story or not self.matcher.subject_stems.isdisjoint(
            self.matcher.analyse(piece, asked=False).stems
        ):
            return None
        result = self.matcher.match(Question(" ".join((*story, piece.raw))), entries_only=True)
        if result.status != NO_MATCH or result.matches:
            return None
        return self._answer(piece.raw, result)

    def _apart(
        self, piece: Question, kind: str, reply: Reply, read: list[tuple[Question, str, Reply]]
    ) -> Reply:
        """The reply to a later question of a message, which asks something its earlier one
        did not: read with that question's topic it may come back to that answer ("why does
        oxide cause cramps and how come i feel it in my back"), though it names what the
        answer does not hold. Then the entry that answers it beside that one, if one does
        (the best, also when the reading is close between two); else the answer stands (and
        is given once)."""
        entry = reply.entry
        if kind not in (QUESTION, FOLLOW_UP) or entry is None:
            return reply
        before = next((p for p, k, r in read if k in ASKING and r.entry == entry), None)
        if before is None:
            return reply
        topic = self.matcher.analyse(before, asked=False).stems
        result = beside(piece, topic, entry, self.matcher)
        if (
            result.status not in (ANSWERED, UNSURE)
            or result.best is None
            or result.best.entry == entry
        ):
            return reply
        return self._answer(piece.raw, result)

    def turn(self, question: Question, fresh: bool = False) -> tuple[str, Reply]:
        """The kind of one part of a message and the reply its policy gives (`fresh`: it
        opens a new subject)."""
        cues = self.kb.cues
        text, norm = question.raw, question.normalised
        picked = number(text)
        if picked is not None:
            return PICK, self._pick(text, picked)
        if self.unsure and self.options and norm in cues.affirm:
            return PICK, self._reply(text, self.options[0], ANSWERED, 100.0)
        if self.unsure and len(self.options) == 1 and " ".join(unled(norm, cues)) in cues.other:
            # "and the other one?" after an answer offered beside one other: that one
            return PICK, self._reply(text, self.options[0], ANSWERED, 100.0)
        if self.last is not None:
            # "tell me more", or "anything else apart from posture?": what it sets aside
            aside = (
                () if norm in cues.more else more_set_aside(norm, cues, self.kb.lexicon.stopwords)
            )
            if aside is not None:
                return MORE, self._more(text, aside)
        said, new_subject = without_shift(question, cues, self.kb.lexicon.stopwords)
        said = without_lead(said, cues)  # "ok so should i switch?" asks "should i switch?"
        said = without_close(said, cues)  # "how many tho" asks "how many"
        said = inverted(said)  # "and that's normal?" asks "and is that normal?"
        said = wh_inverted(said)  # "what I should do?" asks "what should I do?"
        said = without_frame(said)  # "I was wondering why ..." asks "why ..."
        new_subject = new_subject or fresh
        picked_out = False  # the message named a thing by its place in the last answer
        if self.last is not None and not new_subject:
            # "why is the second one worse?": the second thing the last answer listed
            placed = ordinals.resolved(said.raw, self.last.answer)
            if placed != said.raw:
                said = Question(placed)
                norm = said.normalised
                picked_out = True
        groups = {g for g, _ in self.situation.find(said.raw)}
        if groups == {TIMING} and self.situation.spans_told(said.raw):
            groups.add(ACTIVITIES)  # "9 hours a day in the seat": long periods at it
        # in a story, "shoulders and back feel tight" tells too, first person or not
        statement = tells(
            said,
            cues,
            # a time alone ("this black friday") tells of the person only in a story
            TIMING in groups
            and (len(groups) > 1 or self.situation.before)
            or (SYMPTOMS in groups and self.situation.before),
            situated=bool(groups - {TIMING}) or self.situation.before and bool(groups),
        ) and not (self.last is not None and " ".join(unled(said.normalised, cues)) in cues.explain)
        # ("i don't get it" after an answer asks it explained, and tells nothing)
        if statement and not has_phrase(said.normalised, cues.me):
            # "best time of day to take magnesium": typed as a search, it asks an aspect of
            # the topic in no one's words; a time asked is no time told
            statement = not aspects.asked(said.normalised, self.matcher.asked_aspects)
        kept = self.situation.snapshot()
        if not is_asking(said, cues) or has_phrase(said.normalised, cues.me):
            heard = self.situation.hear(said.raw)  # what the person says about themselves
        else:  # "and now lower back pain. is it the magnesium?"
            heard = [note for part in told_parts(said, cues) for note in self.situation.hear(part)]
        # "could that be why my back hurts?": the story grows in the question itself
        self.grown = self.symptom_told or (
            self.felt_before and any(group == SYMPTOMS for group, _ in heard)
        )
        self.cause = any(group in causes(self.situation) for group, _ in heard)
        fixed = (
            Corrected([])
            if new_subject
            else corrected_questions(
                said,
                self.asked,
                cues,
                self.kb.lexicon.stopwords,
                self.situation,
                self.follow.distinct,
            )
        )
        if fixed.readings and corrects_a_word(said, cues):
            self.situation.restore(kept)  # "i meant dehydration": a word, no story told
        if fixed.readings:  # the reading of the correction that matches best, the likeliest if tied
            whole = fixed.readings[:1] if fixed.whole else []
            subject = with_subject(whole, self.asked, self._main, self.matcher)
            lacked = self._for_the_word_lacked(fixed)
            reading, plain = best_reading([*fixed.readings, *subject, *lacked], self.matcher)
            if plain.status == NO_MATCH and fixed.fallback:
                reading, plain = best_reading(list(fixed.fallback), self.matcher)
            plain = naming(plain, fixed.names, self.matcher)
            return CORRECTION, self._question(text, reading, plain, False)
        leaning = (self.last is not None or self.topic or self.situation.before) and not new_subject
        if leaning and self.last is not None and not statement:
            instead = self._instead(text, said)  # "then what is?": of something else
            if instead is not None:
                return FOLLOW_UP, instead
        if leaning and self.last is not None and not statement and not has_phrase(norm, cues.me):
            same = self._same_for(text, said)  # "and oxide?": the last question, of oxide
            if same is not None:
                return FOLLOW_UP, same
        if not new_subject and self.last is None and self.asked and not statement:
            redone = self._after_decline(text, said)  # "what about anxiety?" after none
            if redone is not None:
                return FOLLOW_UP, redone
        if (
            self.last is None
            and not self.situation
            and self.claim is None
            and self.reported is None
            and asks_detail(norm, cues)
        ):
            # "is it true?", "is this normal?", "are you sure?" with nothing said before:
            # nothing to check, which no entry's words should stand in for
            return QUESTION, Reply(text, NO_MATCH, self.kb.settings.fallback or None)
        if self.claim is not None and self.told and asks_detail(norm, cues):
            # "A friend said it can cause back pain." / "is that true?": asked of the claim
            claim = self.claim
            return QUESTION, self._question(text, claim, self.matcher.match(claim), False)
        if self.reported is not None and asks_detail(norm, cues) and set(said.words) & _REPORTER:
            # "my mum keeps saying magnesium is bad for backs", then what the person told of
            # themselves, then "is she right?": of what she said, whatever came between
            claim = self.reported
            return QUESTION, self._question(text, claim, self.matcher.match(claim), False)
        result = read_asked(said, self.situation, self.matcher)
        taken = self._of_what_is_taken(said, result)
        if taken is not None:  # "why do people take it?" after "I started magnesium"
            said, result = taken
        told_kind = self._of_the_kind_told(said, result)
        if told_kind is not None:  # "help with THAT KIND OF pain" after "i have chronic pain"
            said, result = told_kind
        felt = self._of_what_is_felt(said, result)
        if felt is not None:  # "why would the laxative do that?" after "my back hurts"
            said, result = felt
        if (
            result.status == NO_MATCH
            and not result.not_said
            and not result.query.aspects  # "is 400 too high?": no story says how much
            and self.told_now
            and not statement
            # "... what else could cause it?": past the answer the story would get
            and not {"else", "other"} & set(said.normalised.split())
        ):
            # "I sit hunched over a laptop all day. I also started magnesium. Could the
            # sitting be the cause instead?": read alone, the question says too little; the
            # story this message told before it is its context, as one message reads it
            with_story = self.matcher.match(Question(" ".join((*self.told_now, said.raw))))
            if with_story.status == ANSWERED:
                result = with_story
        # "how are you?" asks of the bot, not of the last answer; "what's going on?" right
        # after a story asks of the story, in words that name nothing the base tells apart
        to_me = bool(set(said.words) & _ADDRESSED) and not (
            " ".join(unled(norm, cues)) in cues.explain or asks_detail(norm, cues)
        )  # "what do you mean?", "are you sure?" ask of the answer
        refers = (
            leaning
            and is_asking(said, cues)
            and (
                has_phrase(norm, cues.refer)
                or asks_detail(norm, cues)  # "like what, for example?": of the last answer
                or not to_me
                and (
                    has_phrase(norm, cues.explain)
                    or not result.query.stems
                    or self.situation.before
                    and self.told
                    and names_nothing(result.query, self.follow.distinct)
                )
            )
        )
        if result.status == SMALLTALK:
            talk = result.small_talk_item
            assert talk is not None  # a small-talk result carries its item
            # "should i see someone?" opens a question, which no way of saying "ok" ("i see")
            # does: no small talk; one put to the bot ("can you help me?") still is
            asks = (
                opens_question(said.raw)
                and not set(said.words) & _ADDRESSED
                and not any(opens_question(normalise(p)) for p in talk.patterns)
                and self.matcher.match(result.query, entries_only=True).status == ANSWERED
            )  # ... when an entry answers it ("hey whats up" is still a greeting)
            # "my gut cramps on it ... what are my options?": a question put after a story
            # the message tells asks of that story, not of the bot
            in_story = self.told and opens_question(said.raw) and not set(said.words) & _ADDRESSED
            if not refers and not asks and not in_story:
                return SMALLTALK, Reply(
                    text, SMALLTALK, talk.answer, score=result.score, smalltalk_id=talk.id
                )
            # "what does that do?" asks about the last answer: a question, never small talk
            result = self.matcher.match(result.query, entries_only=True)
        if statement and not groups and not self.situation.before and result.status == ANSWERED:
            # a statement naming nothing of the person's situation, with no story told before
            # it goes on, would be noted for nothing; one an entry answers outright states a
            # problem to solve ("my requests are timing out", "tox can't find my
            # credentials"): asked, as a heading may say it
            statement = False
        elif statement and (claimed := self._claim_answered(said, result)) is not None:
            # "my neurologist says magnesium acts on NMDA receptors.": a claim reported of the
            # subject, which an entry answers outright, is put to the bot as "is that so?"
            # (and tells nothing of the person: "i'm nervous because i read that ..." asks
            # of what was read)
            statement, result = False, claimed
            self.situation.restore(kept)
            self.reported = self._reported_claim(said) or self.reported
        elif not statement and leaning and self._remarks(said, result):
            statement = True  # "it's gotten a bit better", "that makes sense": told, not asked
        if statement and self.last and not self.told and groups == {TIMING} and points(norm, cues):
            # "it wakes me up at night" right after an answer tells when of what it was
            # about: a follow-up, never acknowledged as small talk; a statement asks no aspect
            statement, result = False, self.matcher.match(self.matcher.analyse(said, asked=False))
        if (
            statement
            and result.status == NO_MATCH
            and result.not_said
            and forms.asks_may_take(said.normalised)
        ):
            # "im pregnant and my back hurts is it safe to take magnesium" asks, with no
            # mark, whether they may take it, which the article does not say: its symptom,
            # answered as told, would read as a yes; the question is declined, naming it
            statement = False
        if statement:
            return TELLING, self._told(text, said, result)
        guidance = self._flag_guidance(said, result)
        if guidance is not None and self.situation.flag is not None:
            # the reply carries the sign told before, as a reply leaning on it does; its
            # guidance is this answer, said once
            told = self.situation.flag._replace(message="")
            return FOLLOW_UP, self._reply(text, guidance, ANSWERED, 100.0)._replace(safety=told)
        if picked_out and self._asks_of_its_own(result):
            # "why is the second one worse?" is "why is magnesium oxide worse?": it names
            # the thing it asks of, and the answer that listed it only lent the name
            return QUESTION, self._question(text, said, result, False)
        # right after a story, "coincidence?" asks what it comes to
        of_story = (
            self.situation.before
            and self.told
            and (
                asks_of_story(said, result.query, cues)
                # "now my lower back hurts: most likely reason?": a link asked of the story
                or asks_link_of_told(said, self.situation, self.matcher)
            )
        )
        kind = (
            FOLLOW_UP
            if leaning and (of_story or self.follow.might_lean(norm, result, self.situation.before))
            else QUESTION
        )
        return kind, self._question(text, said, result, kind == FOLLOW_UP)

    def _of_what_is_taken(
        self, said: Question, result: MatchResult
    ) -> tuple[Question, MatchResult] | None:
        """A question that names nothing of its own but "it" (before any answer, or as what
        is taken: "take it", "using it"), asked after the person told what they take ("I
        just started magnesium for sleep" / "why do people take it for so many things?"):
        "it" is what they take, read so when that reading is answered; None otherwise."""
        words = said.normalised.split()
        if result.status != NO_MATCH or result.query.stems or result.not_said or "it" not in words:
            return None
        at = words.index("it")
        if self.last is not None and (not at or words[at - 1] not in _TAKING_IT):
            return None  # "it" may be the last answer's topic; "take it" is what is taken
        taken = self.situation.phrases((TAKING,))
        if not taken:
            return None
        reading = Question(" ".join([*words[:at], taken[-1], *words[at + 1 :]]))
        found = self.matcher.match(reading)
        return (reading, found) if found.status == ANSWERED else None

    def _of_the_kind_told(
        self, said: Question, result: MatchResult
    ) -> tuple[Question, MatchResult] | None:
        """A question that points at the kind of thing the person told of ("how would
        magnesium help with THAT KIND OF pain?" after "i have chronic pain"): the thing with
        the words the person told it with ("chronic pain"), read in its place, when that
        reading is answered otherwise than the question alone; None otherwise."""
        words = said.normalised.split()
        stop = self.kb.lexicon.stopwords
        for at, word in enumerate(words[:-1]):
            if word not in _POINTING_AT_KIND:
                continue
            end = at + 3  # "that KIND OF pain": a kind told of, not the answer's "this pain"
            if words[at + 1 : end] not in (["kind", "of"], ["sort", "of"], ["type", "of"]):
                continue
            if end >= len(words):
                return None
            named = words[end]
            told = self._told_with(named, stop)
            if told is None:
                return None
            reading = Question(" ".join([*words[:at], *told, *words[end + 1 :]]))
            found = self.matcher.match(reading)
            if found.status == ANSWERED and (
                result.status != ANSWERED or found.best != result.best
            ):
                return reading, found
            return None
        return None

    def _told_with(self, named: str, stop: frozenset[str]) -> list[str] | None:
        """The words the person told `named` with, last told first: the words of its
        clause right before it that are not function words ("i have CHRONIC pain"), with
        it; None when no clause told it so."""
        for clause, groups in reversed(self.situation.said):
            if not set(groups) - NOT_HAD:  # a clause of what they have: a symptom, a condition
                continue
            told = normalise(clause).split()
            if named not in told:
                continue
            at = told.index(named)
            start = at
            while start > 0 and told[start - 1] not in stop and told[start - 1].isalpha():
                start -= 1
            if start < at:  # "my PAIN specialist" tells no kind of pain: an earlier clause may
                return told[start : at + 1]
        return None

    def _of_what_is_felt(
        self, said: Question, result: MatchResult
    ) -> tuple[Question, MatchResult] | None:
        """A question that ends on what a thing does, pointed at ("why would the laxative DO
        THAT?", "can oxide cause this?"), right after the person told what they feel ("my
        back hurts along with the cramps"), and read with no word of it: what they told is
        what it points at, read in its place ("why would the laxative cause my back hurts
        along with the cramps"), when that reading is answered; None otherwise (after an
        answer with nothing told since, "that" is the answer's, `followup`)."""
        if not self.told:
            return None
        plain = said.normalised.split()
        # "what else could it be?" right after the story's answer asks past that answer
        # (`story.elsewhere`); before any, it asks the cause of what they feel
        words = forms.cause_of_pointer(plain) if self.last is None or self.untold else plain
        at = forms.pointed_deed(words)
        felt = [clause for clause, groups in self.situation.said if SYMPTOMS in groups]
        if felt and (words != plain or "else" in words):
            # "what else could it be?" asks the cause of what they feel, not of the clause
            # that told it ("... since i started magnesium"): the symptoms themselves
            felt = [" ".join(self.situation.phrases((SYMPTOMS,)))]
        if at is None or not felt:
            return None
        if (
            at
            and words[at - 1] in self.kb.cues.refer
            and self.last is not None
            and normalise(felt[-1]) in normalise(self.asked)
        ):
            # what they feel was answered as told: "how come IT does that?" asks of that
            # answer ("why would the laxative do that?" names what does it: of the symptom)
            return None
        told = {stem(w) for p in self.situation.phrases((SYMPTOMS,)) for w in p.split()}
        if (
            result.status != NO_MATCH
            and result.best is not None
            and any(self.matcher.holds_anywhere(result.best, s) for s in told)
        ):
            return None  # read with the story already: its answer tells of what they feel
        verb = words[at] if words[at] in forms.CAUSING else "cause"
        reading = Question(" ".join([*words[:at], verb, normalise(felt[-1])]))
        found = self.matcher.match(reading)
        return (reading, found) if found.status == ANSWERED else None

    def _reported_claim(self, said: Question) -> Question | None:
        """What a told sentence reports someone saying of the subject, as a question ("A
        friend said it can cause back pain and now I'm paranoid": "magnesium can cause back
        pain", "it" being what the person takes), up to where the person speaks of
        themselves again; None when it reports nothing."""
        claim = reported(said.words)
        if claim == said.words or not claim:
            return None
        me = self.kb.cues.me
        end = next((n for n in range(1, len(claim)) if claim[n] in me), len(claim))
        while end > 1 and claim[end - 1] in _JOINING:
            end -= 1
        words = list(claim[:end])
        taken = self.situation.phrases((TAKING,))
        if words[0] in self.kb.cues.refer and taken:
            words[0] = taken[-1]
        if has_phrase(" ".join(words), me):
            return None  # "my doctor says my back is strained": of the person
        return Question(" ".join(words))

    def _claim_answered(self, said: Question, result: MatchResult) -> MatchResult | None:
        """The reading of what a told sentence reports someone saying of the subject, not of
        the person ("my neurologist says magnesium acts on NMDA receptors", not "my doctor
        says MY back is strained" nor "... IT is a pulled muscle"), when an entry answers it
        outright; None otherwise. So in a story too: the claim is put to the bot, whatever
        was told before. `result`: the whole sentence's reading, the claim's when it is all
        the sentence says."""
        claim = reported(said.words)
        if (
            claim == said.words
            or not claim
            or has_phrase(" ".join(claim), self.kb.cues.me)
            # "my doctor says IT is a pulled muscle": it is the person's own pain; "she says
            # HER back is sore": someone's story
            or claim[0] in self.kb.cues.refer
            # ... and "she says her back is sore and she thinks it's the supplement" is her
            # story, all of it
            or not _PERSONS.isdisjoint(without_reporter(said.words))
        ):
            return None
        if claim != without_reporter(said.words):  # told around it: the claim alone
            result = self.matcher.match(Question(" ".join(claim)))
        return result if result.status == ANSWERED else None

    def _for_the_word_lacked(self, fixed: Corrected) -> list[str]:
        """The last question with the word of it the base lacks put right ("how does it
        block SODIUM in muscles" / "typo, i meant calcium"): when a question is not known
        for one word the article never uses, a correction of a word or two is likelier of
        that word than of any other. None when the last question lacks none, or several,
        or the correction brings a question of its own."""
        if fixed.whole or not fixed.names or len(fixed.names) > 2 or not self.asked:
            return []
        lacking = self.matcher.analyse(Question(self.asked)).unknown
        if len(lacking) != 1:
            return []
        words = self.asked.split()
        at = [n for n, w in enumerate(words) if normalise(w) == lacking[0]]
        if len(at) != 1:
            return []
        n = at[0]
        return [" ".join((*words[:n], *fixed.names, *words[n + 1 :]))]

    def _asks_of_its_own(self, result: MatchResult) -> bool:
        """Is a question, read on its own words, answered outright by another entry than
        the last answer?"""
        return (
            result.status == ANSWERED
            and result.best is not None
            and result.best.entry != self.last
            and result.passage is None
        )

    def _flag_guidance(self, said: Question, result: MatchResult) -> Entry | None:
        """ "What now?", "what should I do?" after the person told a red-flag sign ("the
        pain is really sharp"): asked in words that name nothing of the article, it asks
        what to do about what they told, and the answer is the sign's guidance (the entry
        that says it, `same_as`), not a remedy for a cause the story may not have. None
        otherwise: no sign told before this message, or a question that names what it asks
        or points at something ("what does it do?")."""
        flag = self.situation.flag
        if (
            flag is None
            or self.situation.raised is not None  # told in this message: asked of its story
            or not flag.reported
            or has_phrase(said.normalised, self.kb.cues.refer)  # "what does it do?"
            # "should i blame the magnesium?" asks whether it is the cause, not what to do
            or has_phrase(said.normalised, self.kb.cues.link | self.kb.cues.choose)
            or not flag.same_as
            or not self.situation
            or not is_asking(said, self.kb.cues)
            or set(result.query.stems) & self.follow.distinct
            or len((*result.query.stems, *result.query.filler)) > PLAIN_WORDS
            or result.query.unknown
            or result.status == SMALLTALK
        ):
            return None
        return next(filter(None, map(self.kb.entry, flag.same_as)), None)

    def _remarks(self, said: Question, result: MatchResult) -> bool:
        """Is a message, after an answer or a story, a remark on what it points at ("it's
        gotten a bit better", "it comes and goes", "that makes sense"): no question by its
        form, opening with a word that points back, and naming nothing of its own that
        tells entries apart? Read as a question, its everyday words only found an entry
        beside the topic ("better" absorbed glycinate); it tells, and is heard."""
        cues = self.kb.cues
        return (
            not is_asking(said, cues)
            and not opens_question(said.raw)
            and points(said.normalised, cues)
            and not result.query.unknown
            and not self.follow.stands_alone(result.query)
        )

    def _instead(self, text: str, said: Question) -> Reply | None:
        """ "then what is?": the last question asked of what else fills its subject
        (`reasked.instead_of`); None when it is no such question, read as any follow-up."""
        if self.last is None:
            return None
        found = instead_of(said, self.asked, self.last, self.kb, self.matcher)
        if found is None:
            return None
        self.asked = found[0]
        return self._answer(text, found[1])

    def _same_for(self, text: str, said: Question) -> Reply | None:
        """ "and oxide?": the last question asked of the thing named (`reasked.same_question_for`);
        None when it is no such question, read as any follow-up."""
        found = same_question_for(said, self.asked, self.situation, self.matcher)
        if found is None and self.last is not None:
            # "what about when you lift things badly?": the last question, of that condition
            found = asked_on_condition(
                said, self.asked, self.last, self.follow.distinct, self.matcher
            )
        return None if found is None else self._question(text, *found, False)

    def _after_decline(self, text: str, said: Question) -> Reply | None:
        """ "what about for anxiety?" after a decline: the declined question asked of it
        (`reasked.declined_question_for`); None when it is no such question, read alone.
        The options of the decline were offered for the question before, not this one."""
        if self.topic:  # the article's own words answered last
            return None
        found = declined_question_for(said, self.asked, self.situation, self.matcher)
        if found is None:
            return None
        self.asked = found[0].raw
        return self._answer(text, found[1])

    # -- pick, more --------------------------------------------------------------------

    def _pick(self, text: str, picked: int) -> Reply:
        """A number picks the numbered suggestion shown last; else there is nothing to pick."""
        if 1 <= picked <= len(self.options):
            entry = self.options[picked - 1]
            self.asked = entry.question  # what a correction would correct
            return self._reply(text, entry, ANSWERED, 100.0)
        return Reply(
            text, NO_MATCH, self.kb.settings.nothing_to_pick or self.kb.settings.fallback or None
        )

    def more(self) -> Reply | None:
        """The next related entry not yet shown (as "tell me more" asks), or the settings'
        `exhausted` when there is none; None before any answer."""
        if self.last is None:
            return None
        return self._more("")

    def _more(self, text: str, aside: tuple[str, ...] = ()) -> Reply:
        """ "Tell me more": the first related entry not yet shown (and, "anything else
        apart from posture?", that holds nothing set aside)."""
        entry = self._next_related(aside)
        if entry is not None:
            return self._reply(text, entry, ANSWERED, 100.0)
        return Reply(text, NO_MATCH, self.kb.settings.exhausted or None)

    # -- questions and follow-ups ------------------------------------------------------

    def _question(self, text: str, said: Question, plain: MatchResult, leans: bool) -> Reply:
        """Match on the message's own words; lean on the topic or situation only if it needs."""
        if not leans or self.follow.stands_alone(plain.query):
            self.asked = said.raw  # what a correction corrects, answered or not ("why?" not)
        # a question about themselves right after telling a red flag asks about that story
        after_flag = self.untold and has_phrase(said.normalised, self.kb.cues.me)
        result: MatchResult | Quote = plain
        if leans:
            result = self._leaning(said, plain)
        elif self.unsure and self.options:
            result = self._among_options(plain)
        reply = (
            self._each_side(text, result)
            or (None if leans else self._each_choice(text, said, result))
            or (None if leans else self._each_named(text, said, result))
            or self._answer(text, result)
        )
        if (
            (leans or after_flag)
            and self.situation.flag is not None
            and self.situation.flag.reported  # told, not asked about ("is it dangerous?")
            and reply.entry
            and reply.safety is None
        ):
            told = self.situation.flag
            if told.level == URGENT and _ASKS_OF_SIGN.match(said.normalised):
                # "could that be connected?" right after an emergency sign told
                reply = self._sign_guidance(told, reply)
                if reply.entry is not None and reply.entry.id in told.same_as:
                    told = told._replace(message="")  # the answer is the guidance: once
            reply = reply._replace(safety=told)  # the symptom told before
        return reply

    def _each_side(self, text: str, result: MatchResult | Quote) -> Reply | None:
        """ "What's the difference between citrate and glycinate?" when no answer tells the
        two apart: what the article says of each, from the entry that answers each alone
        and names it (`each_side` in settings.toml); None when one side has no such entry,
        and the decline stands."""
        said = self.kb.settings.each_side
        if (
            not said
            or isinstance(result, Quote)
            or result.status != NO_MATCH
            or result.not_said != (contrast.ASPECT,)
        ):
            return None
        found = contrast.sides(result.query.text)
        if found is None:
            return None
        parts: list[tuple[str, MatchResult]] = []
        entries = []
        for side in found:
            read = self.matcher.match(Question(side), entries_only=True)
            best = read.best
            if read.status != ANSWERED or best is None or read.query.unknown:
                return None
            if not self.matcher.names_every_word(best.entry, read.query, 0.0):
                return None  # an entry that never names the side says nothing of it alone
            parts.append((side, read))
            entries.append(best.entry)
        if entries[0] == entries[1]:  # one entry naming both in one breath tells neither apart
            return None
        replies = [(side, self._answer(side, read)) for side, read in parts]
        return numbered_reply(text, replies, [], self.kb.settings._replace(several=said))

    def _each_choice(self, text: str, said: Question, result: MatchResult | Quote) -> Reply | None:
        """ "Is my back pain coming from my gut or from slouching all day?": a question that
        offers two things to choose between, each of which an entry of its own answers
        (the one asked before "or", the few words after it alone), is answered on each side,
        as the base's `each_side` words say (it compares them nowhere). None when the
        question offers no such choice, or a side finds no entry of its own."""
        said_each = self.kb.settings.each_side
        if not said_each or isinstance(result, Quote) or result.status == SMALLTALK:
            return None
        if result.status == NO_MATCH and (result.not_said or result.query.unknown):
            return None  # an aspect the article leaves out, or a thing it lacks, on any side
        sides = choice_sides(said.raw)
        if sides is None:
            return None
        readings = [self.matcher.match(Question(side), entries_only=True) for side in sides]
        if any(r.status != ANSWERED or r.best is None or r.query.unknown for r in readings):
            return None
        entries = [r.best.entry for r in readings if r.best is not None]
        first = entries[0]
        names = self.matcher.names_every_word
        if len({e.id for e in entries}) < len(entries) or any(
            # each side after the first named by its own entry, not already by the first's
            not names(entry, read.query, DISTINCT_WEIGHT)
            or names(first, read.query, DISTINCT_WEIGHT)
            for entry, read in zip(entries[1:], readings[1:], strict=True)
        ):
            return None
        replies = [
            (side, self._answer(side, read)) for side, read in zip(sides, readings, strict=True)
        ]
        return numbered_reply(text, replies, [], self.kb.settings._replace(several=said_each))

    def _asked_apart(self, text: str, kept: list[Question], reply: Reply) -> Reply | None:
        """ "how likely is it my supps are the problem, and could my gaming chair be it
        instead": questions read as one, and as one declined, are asked apart when each is a
        question of its own; those answered are answered, the rest named as not covered.
        None when the message is one question, a part only tells (a story around a
        question), a red flag was raised, or the decline is of an aspect the article does
        not cover, which stands for the whole."""
        settings, cues = self.kb.settings, self.kb.cues
        aspect_said = settings.not_said.split("{aspect}")[0]
        if (
            len(kept) < 2
            or reply.status != NO_MATCH
            or reply.safety is not None
            or (aspect_said and (reply.text or "").startswith(aspect_said))
            or not all(_asks_by_its_words(k, cues) for k in kept)
        ):
            return None
        if any(without_set_aside(k.asks) is not None for k in kept):
            return None  # "apart from cramps, what else ...": read whole, or not at all
        parts = []
        for n, part in enumerate(kept):
            said = self.turn(part)[1]
            if n and said.status == ANSWERED and not _POINTERS.isdisjoint(part.words):
                # "... and can my gp do IT": what it points at is in the part before, which
                # its own reading lacks; its answer is no answer of it
                said = Reply(part.raw, NO_MATCH, settings.fallback or None)
            parts.append((part.raw, said))
        if not any(r.status == ANSWERED for _, r in parts):
            return None
        return numbered_reply(text, parts, [], settings)

    def _each_named(self, text: str, said: Question, result: MatchResult | Quote) -> Reply | None:
        """ "Can being dehydrated or stressed make my back hurt?": two things named in one
        clause, each answered by an entry of its own that names it, are answered in turn
        (the question asked of one, then of the other, as the base's `several` words say),
        never one of them dropped; None otherwise (one answer says both, or a side has no
        answer of its own), and the reply the reading gives stands. Not of a decline for an
        aspect the article does not cover."""
        if isinstance(result, Quote) or result.status == SMALLTALK or result.not_said:
            return None
        if result.query.unknown or self.matcher.evidence(result.query.stems) <= 0:
            return None
        readings, named = each_named(said.normalised), named_pair(said.normalised)
        if readings is None or named is None:
            return None
        best = result.best
        if (
            result.status == ANSWERED
            and best is not None
            and all(self.matcher.holds_anywhere(best, stem(w)) for w in named)
        ):
            return None  # one answer says both
        found = [self.matcher.match(Question(r), entries_only=True) for r in readings]
        if any(
            r.status != ANSWERED or r.best is None or r.query.unknown or r.not_said for r in found
        ):
            return None
        first, second = (r.best.entry for r in found if r.best is not None)
        if first == second or not all(
            self.matcher.holds_anywhere(r.best, stem(word))
            for r, word in zip(found, named, strict=True)
            if r.best is not None
        ):
            return None
        replies = [(r, self._answer(r, read)) for r, read in zip(readings, found, strict=True)]
        return numbered_reply(text, replies, [], self.kb.settings)

    def _answer(self, text: str, result: MatchResult | Quote) -> Reply:
        """The reply a reading gives, remembered: an entry's answer (with the others it was
        torn with), the article's words, or no answer."""
        if isinstance(result, Quote):  # the article's words behind the last answer
            related = self._related(result.entry, exclude=set(self.shown))
            self.options, self.unsure = related, False
            return Reply(text, ANSWERED, result.text, result.entry, 100.0, (), related)
        if result.status == NO_MATCH:
            return self._not_found(text, result)
        if result.status == SMALLTALK:  # a reading only small talk fits ("to help with")
            talk = result.small_talk_item
            if talk is None:
                return self._not_found(text, result)
            return Reply(text, SMALLTALK, talk.answer, score=result.score, smalltalk_id=talk.id)
        if result.passage is not None:  # no entry answers; the article's own words do
            self.options, self.unsure = (), False
            self.last, self.topic = None, result.query.stems  # what a follow-up leans on
            self.asked_stems, self.asked_typed = self.topic, text
            return Reply(
                text, result.status, result.passage.text, score=result.score, passage=result.passage
            )
        alternatives: tuple[Match, ...] = ()
        if result.status == UNSURE:
            alternatives = tuple(
                m
                for m in result.matches[1:MAX_SUGGESTIONS]
                if result.score - m.score < self.kb.settings.unsure_margin
            )
        best = result.best
        assert best is not None  # answered or unsure, not from a passage: an entry matched
        reply = self._reply(
            text, best.entry, result.status, result.score, alternatives, result.query.stems
        )
        # "why does it act as a laxative?" is not answered "Yes, some forms are."
        if not reply.text:
            return reply
        asked = tuple(unled(result.query.text, self.kb.cues))
        own = self.matcher.question_stems(best.entry)
        named = sum(s in result.query.stems for s in own) * 2 >= len(own)
        return reply._replace(
            text=forms.without_yes(reply.text, result.query.form, asked, best.entry.question, named)
        )

    def _leaning(self, said: Question, plain: MatchResult) -> MatchResult | Quote:
        """A follow-up read with the story told or with the last answer's topic."""
        norm = said.normalised
        # what was told, this message's telling parts, and the words that ask for a link
        told = (
            *self.situation.phrases(),
            *told_parts(said, self.kb.cues),
            *self.kb.cues.asking_link,
        )
        telling = self.situation.before and (self.told or self.last is None)
        why = asks_why(norm, plain.query, plain.status != NO_MATCH, self.kb.cues)
        asked = asked_part(said, self.kb.cues)  # the story is heard: read what it asks
        if self.last is not None and not self.untold and asks_detail(norm, self.kb.cues):
            # "is that normal?" after the answer to the story: what the article says of it
            ahead = asks_examples(norm, self.kb.cues)  # "like what?": and what it goes on to
            return self.follow.quote(self.last, reason=False, against=True, ahead=ahead)
        # the last answer was to this story: a question about it asks for more; once more was
        # told since, the story has changed, and "which is it?" (or "coincidence?") asks for a
        # verdict: then the story's best reading stands, said before or not
        verdict = has_phrase(norm, self.kb.cues.choose) or asks_of_story(
            said, plain.query, self.kb.cues
        )
        # "could that be it?" right after the answer to a turn that told a cause beside the
        # symptoms ("... but i've been stressed too"): "that" is the cause told last, and its
        # answer is the verdict, given again, not gone past
        pointed = self.answered_cause and has_phrase(norm, self.kb.cues.refer)
        again = None if self.untold or verdict or pointed else self.last
        alone = self.follow.stands_alone(plain.query, told)
        if (
            telling
            and self.last is not None
            and not self.untold
            and (
                self._only_explain(norm)
                # "how does that even happen?": a reason asked of what it points at
                or why
                and has_phrase(norm, self.kb.cues.refer)
                and names_nothing(plain.query, self.follow.distinct)
            )
        ):
            # "why?" right after the answer to the story asks why of that answer, when an
            # entry explains it; else of the story, past that answer
            explained = self.follow.read(plain, norm, self._topic(), marked=False)
            if isinstance(explained, MatchResult) and explained.status == ANSWERED:
                return explained
        if telling and not (why and self.last is not None and not self.told):
            read = question_in_story(
                asked,
                plain,
                self.situation,
                self.matcher,
                alone,
                self.follow.distinct,
                again,
                self.grown,
            )
            if read.status != NO_MATCH or self.last is None or not self._only_explain(norm):
                return read
            # "how come?" after the answer to the story, which goes past that answer and
            # finds none: it asks why of the answer given, as after any answer
        if self.last is None:  # the article's own words answered last: their topic
            return self.follow.on_topic(plain, self.topic)
        result = self.follow.read(
            plain, norm, self._topic(), marked=said.raw.rstrip().endswith("?")
        )
        if (
            isinstance(result, MatchResult)
            and result.status == NO_MATCH
            and self.situation.before
            and has_phrase(norm, self.kb.cues.refer)
        ):
            # "could that be connected?"; read alone, what the topic's reading declined is
            # not the answer ("so what can i do about it?" is not the magnesium dose's)
            return question_in_story(
                asked,
                result,
                self.situation,
                self.matcher,
                alone,
                self.follow.distinct,
                again,
                self.grown,
            )
        return result

    def _topic(self) -> Topic:
        """The last answer's topic, as follow-ups read it."""
        assert self.last is not None  # asked only after an answer
        offered = self.options if self.unsure else ()
        return Topic(
            self.last, self.topic, tuple(self.shown), offered, self.asked_stems, self.asked_typed
        )

    def _only_explain(self, norm: str) -> bool:
        """Does a message only ask for the reason of the last answer ("how come?", "why
        tho"), with no word of its own?"""
        return " ".join(unled(norm, self.kb.cues)) in self.kb.cues.explain

    def _not_found(self, text: str, result: MatchResult) -> Reply:
        """No answer. When the topic is covered but not what is asked of it, say what was
        not said and offer the topic's own question instead; otherwise the fallback, and a
        list shown before this "I don't know" is no longer on screen to pick from."""
        settings = self.kb.settings
        if result.not_said and settings.not_said and result.best is not None:
            names = " or ".join(self.matcher.aspect_names[a] for a in result.not_said)
            offer = (result.best.entry,)
            self.options, self.unsure = offer, False
            return Reply(
                text,
                NO_MATCH,
                settings.not_said.replace("{aspect}", names),
                score=result.score,
                related=offer,
            )
        close = self._torn(result)
        if close and settings.torn:
            # on topic, but torn between entries: ask which, rather than guess or deny
            self.options, self.unsure = tuple(m.entry for m in close), True
            return Reply(text, NO_MATCH, settings.torn, score=result.score, alternatives=close)
        self.options = ()
        return Reply(text, NO_MATCH, settings.fallback or None, score=result.score)

    def _torn(self, result: MatchResult) -> tuple[Match, ...]:
        """The entries a declined question was torn between: each as near as the best, which
        was near enough to answer had it stood alone."""
        settings = self.kb.settings
        if result.query.unknown or not result.matches or result.score < settings.answer_threshold:
            return ()
        close = tuple(
            m
            for m in result.matches[:MAX_SUGGESTIONS]
            if result.score - m.score < settings.unsure_margin
        )
        return close if len(close) > 1 else ()

    def _next_related(self, aside: tuple[str, ...] = ()) -> Entry | None:
        """The first entry related to the current one that has not been shown yet, and
        that holds none of the words set `aside` (as the base spells them)."""
        assert self.last is not None  # "more" follows an answer
        stems = [s for w in aside for s in (self.matcher.spell(w) or stem(w)).split()]
        for entry_id in self.last.related:
            entry = self.kb.entry(entry_id)
            if entry is None or entry_id in self.shown:
                continue
            if not any(self.matcher.holds_anywhere(Match(entry, 0.0), s) for s in stems):
                return entry
        return None

    def _among_options(self, plain: MatchResult) -> MatchResult:
        """After "did you mean", the words of one option pick it."""
        ids = {e.id for e in self.options}
        if plain.status == NO_MATCH or plain.best is not None and plain.best.entry.id in ids:
            chosen = self.matcher.match(plain.query, among=ids)
            if chosen.status != NO_MATCH:
                return chosen
        return plain

    # -- telling -----------------------------------------------------------------------

    def _told(self, text: str, said: Question, result: MatchResult) -> Reply:
        """A statement about the person: answered if it reports a symptom the article
        explains, else noted and acknowledged, with questions it suggests."""
        told, denied = self.situation.read(said.raw)  # the person's own, told or denied
        own = [phrase for group, phrase in told if group == SYMPTOMS]
        gone = [phrase for group, phrase in denied if group == SYMPTOMS]
        if (own or gone) and not _only_said_none(own, gone):
            # a story goes on: what this turn tells of the person (not "my friend has
            # nerve pain") is read with what came before
            reading = symptom_in_story(result, self.situation, self.matcher)
            if self.grown and self.situation.before and self.last is not None and not self.untold:
                # "my back hurts too" right after the story's answer: the answer given tells
                # of what was told before; the new symptom read with the others finds where
                # one is felt for another
                reading = felt_together(
                    reading, said, self.situation, self.matcher, self.last, lambda entry: True
                )
            if reading.status in (ANSWERED, UNSURE) and reading.best is not None:
                reply = self._reply(
                    text, reading.best.entry, ANSWERED, reading.score, (), reading.query.stems
                )
                self.asked = said.raw
                self.told = reading is not result  # the story goes on
                # "... but i've also been stressed": the answer is to the cause told last
                self.answered_cause = self.told and self.cause
                return reply
        self.told = self.untold = True
        self.claim = self._reported_claim(said) or self.claim
        self.reported = self.claim or self.reported
        self.options, self.unsure = (), False
        # after red-flag guidance, "got it, ask me anything" would make light of it
        words = "" if self.situation.raised else self.kb.settings.acknowledge or ""
        asked = example_question(self.situation, self.matcher, said) if "{example}" in words else ""
        return Reply(text, SMALLTALK, filled(words, "{example}", asked) or None, smalltalk_id=NOTED)

    # -- memory --------------------------------------------------------------------------

    def _reply(
        self,
        text: str,
        entry: Entry,
        status: str,
        score: float,
        alternatives: tuple[Match, ...] = (),
        stems: tuple[str, ...] = (),
    ) -> Reply:
        related = self._related(entry, exclude={m.entry.id for m in alternatives})
        self.last = entry
        self.topic = tuple(dict.fromkeys((*self.matcher.question_stems(entry), *stems)))
        self.asked_stems, self.asked_typed = stems, text
        if entry.id not in self.shown:
            self.shown.append(entry.id)
        self.unsure = bool(alternatives)
        self.told = self.untold = self.answered_cause = False
        self.claim = None
        self.options = tuple(m.entry for m in alternatives) if alternatives else related
        return Reply(text, status, entry.answer, entry, score, alternatives, related)

    def _related(self, entry: Entry, exclude: set[str]) -> tuple[Entry, ...]:
        found = (self.kb.entry(entry_id) for entry_id in entry.related)
        out = [e for e in found if e and e.id not in exclude and e.id != entry.id]
        return tuple(out[:MAX_SUGGESTIONS])
