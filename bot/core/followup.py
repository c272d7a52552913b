"""Follow-ups: a message read with the last answer ("why?", "what about oxide?", "is that bad?").

Pure: over `Matcher.match` and `analyse`, the `Topic` the conversation holds and the base's
cues. A follow-up is matched on its own words and together with the topic, and the reading
that fits better wins; one that asks for the reason or the detail behind the last answer
goes on to a related entry that gives it, else to the article's own words behind it.
"""

from typing import NamedTuple

from . import forms
from .askrules import AUXILIARIES
from .knowledge import Cues, Entry, KnowledgeBase
from .matcher import ANSWERED, NO_MATCH, UNSURE, Match, Matcher, MatchResult, Query
from .meaning import EVERYDAY
from .question import Question
from .reasons import (
    asks_detail,
    asks_examples,
    asks_given,
    asks_why,
    distinct_stems,
    explaining_entry,
    reason_behind,
    reason_cues,
    reason_first,
    source_sentences,
    unled,
)
from .story import asks_of_me
from .text import LazyPattern, normalise, stem
from .turns import has_phrase, is_asking
from .words import ADJECTIVE, ADVERB, VERB, parts, zipf

# the words that open a request for instances of what was just said ("like what kind of
# ...?", "such as?", "for example, which ...?"): English grammar
# words that open a question of how far a thing holds ("only at high doses?", "even at
# night?", "always?"), and how short such a question is
_SCOPE = frozenset(("only", "just", "even", "always", "mostly", "mainly", "especially"))
SCOPE_WORDS = 7
_INSTANCES = frozenset(("like", "such", "for", "eg"))
# words that narrow a question to one part of what the last answer covered ("and for
# nerves SPECIFICALLY?", "the gut IN PARTICULAR?"): English
_NARROWING = frozenset(("specifically", "specific", "particularly", "particular"))

DEFINED_WORDS = 5  # "what is X?" of at most this many words defines X (X up to three)
PLAIN_MATCHES = 5  # a follow-up may land on one of the message's own best matches
REFER_BONUS = 15.0  # head start of the topic's reading when a message says "it"/"that"
SHORT_MESSAGE = 3  # content words; a message this short is read with the topic too
DISTINCT_WEIGHT = 1.0  # a word this rare (idf) names what a message asks (names_every_word)
NAMING_WEIGHT = 2.0  # a word this rare names, by itself, what a question asks ("posture")
# the forms of "be" a yes-or-no question about a thing opens with (English grammar)
COPULAS = frozenset({"is", "are", "was", "were", "isnt", "arent", "wasnt", "werent"})
# an answer's clauses: at punctuation, and at a dash between words
_CLAUSE = LazyPattern(r"[,;:.!?]+(?:\s+|$)|\s[-\u2013\u2014]+\s")
# "BY BLOCKING NMDA receptors, magnesium helps prevent it": a phrase put before its clause
_FRONTED = LazyPattern(r"(?i)(?:by|after|before|when|while|without|through|in) \w+ing\b")


def fronted_joined(clauses: list[str]) -> list[str]:
    """`clauses` with a phrase put before its clause ("By blocking NMDA receptors") joined
    to the clause it belongs to: read alone, "magnesium helps prevent it" loses how."""
    out: list[str] = []
    fronted = False  # the clause before is such a phrase, still alone
    for clause in clauses:
        if fronted and clause:
            out[-1] = f"{out[-1]} {clause}"
            fronted = False
        else:
            out.append(clause)
            fronted = bool(_FRONTED.match(clause))
    return out


def points_after_opening(words: list[str], cues: Cues) -> bool:
    """Is "it" or "that" what a question asks of, right after the words that open it: "does
    it ...", or a question word and its verb, "when would it ...", "where does that ..."."""
    if words[1] in cues.refer:
        return True
    return (
        len(words) > 2
        and words[0] in _WH_OPENERS
        and words[1] in cues.ask
        and words[2] in cues.refer
    )


# question words that ask of a thing, not a reason (English grammar)
_ASKING_THING = frozenset({"what", "whats", "which", "who"})
_ASKING_PLACE = frozenset({"where", "wheres"})  # "where would I feel it?": where the answer says
_ASKER = frozenset({"i", "we", "you", "u", "one"})
_WHICH = frozenset({"which", "what", "whats"})  # "which form?": one of the things named
# question words that ask of a time, a place, a case ("when would it be a problem?"), not a
# reason (English grammar); "what" asks of a thing of its own and "how" of a reason
_WH_OPENERS = frozenset({"when", "where", "which", "whereabouts"})
# "When should I see a doctor ...?", "Do I need to stop ...?": a question asked of what the
# asker should do, whose answer is advice (English grammar)
_ADVICE_ASKED = LazyPattern(r"\b(?:should|must|do|can|could|would) (?:i|we|you) (?:need to )?\w+")


class Topic(NamedTuple):
    """What a follow-up leans on: the last entry answered, the stems of its topic, and the
    ids of the entries shown so far."""

    last: Entry
    stems: tuple[str, ...]
    shown: tuple[str, ...]
    offered: tuple[Entry, ...] = ()  # the others the last answer was offered beside
    asked: tuple[str, ...] = ()  # the stems the question answered last said
    typed: str = ""  # ... and that question as typed ("nerve", read as "neuropathic")


class Quote(NamedTuple):
    """No entry goes further: the article's own words behind the last answer (`entry`)."""

    entry: Entry
    text: str


_DOING = frozenset(("do", "does", "did", "doing", "done"))


def _deed_asked(words: list[str]) -> bool:
    """Does a message ask what someone does ("what would you DO about it?", "what do I
    DO"): "do" as the verb of its asker, not as the auxiliary that opens a question ("does
    that happen a lot?")? English grammar."""
    return any(w in _DOING and k and words[k - 1] in _ASKER for k, w in enumerate(words))


COMMON_VERB = 5.0  # Zipf: a verb this frequent ("happen") asks nothing of its own


def _says_nothing_new(word: str) -> bool:
    """Does `word` only tell how ("exactly") or that something happens ("happen"), naming
    no thing ("daughter", "70") and no deed of its own ("prescribe")? Word data."""
    kinds = parts(word)
    return kinds == ADVERB or kinds == VERB and zipf(word) >= COMMON_VERB


class FollowUps:
    """Reads follow-ups against a topic, for one knowledge base and its matcher."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        self.kb: KnowledgeBase = matcher.kb
        self._distinct: frozenset[str] | None = None
        self._said: dict[str, frozenset[str]] = {}  # entry id -> the stems of its answer

    @property
    def distinct(self) -> frozenset[str]:
        """The stems that tell entries apart (see `reasons.distinct_stems`)."""
        if self._distinct is None:  # once: it reads every entry's question
            self._distinct = distinct_stems(self.kb.entries, self.matcher.question_stems)
        return self._distinct

    def might_lean(self, norm: str, result: MatchResult, story_before: bool) -> bool:
        """Might this message lean on the current topic? Short ones often do."""
        query = result.query
        cues = self.kb.cues
        # "why?", "and?", "meaning what exactly?": nothing of its own but words that only
        # lead into a message or close it
        bare = not query.stems and set(query.filler) <= cues.lead | cues.close
        if bare or has_phrase(norm, cues.lean | cues.refer) or asks_detail(norm, cues):
            return True  # "are you sure?", "source?" ask of the last answer too
        if " ".join(unled(norm, cues)) in cues.explain:
            return True  # "in plain english please", "i don't get it": of the last answer
        if not query.stems:  # only everyday words of its own: "what is the capital of france"
            # unless it asks about the person who told their story: "should i change something?"
            return story_before and asks_of_me(Question(norm), query, cues)
        return len(query.stems) <= SHORT_MESSAGE or result.status == NO_MATCH and not query.unknown

    def read(
        self, plain: MatchResult, norm: str, topic: Topic, marked: bool = False
    ) -> MatchResult | Quote:
        """Read the message together with the topic; keep the plain match if better.

        A follow-up is never told the last answer again word for word: "what causes that?"
        that only finds the last entry is asking why.
        """
        if self.asks_scope_of_answer(plain.query, norm, topic.last):
            return self.quote(topic.last, reason=False)
        narrowed = self._narrowed(plain, norm, topic.last)
        if narrowed is not None:
            return narrowed
        instead = self._given_no(plain, norm, topic)
        if instead is not None:
            return instead  # "then why does my back hurt?" after "No, not directly ..."
        result = self._with_topic(plain, norm, topic, marked)
        if (
            isinstance(result, MatchResult)
            and result.status != NO_MATCH
            and result.best is not None  # none when an article passage answers
            and result.best.entry == topic.last
            and topic.last.id in topic.shown
        ):
            if self._asked_again(plain, norm, topic.last, marked) or (
                self._whether_of_answer(norm) and self._asks_only_of(plain.query, topic.last)
            ):
                return self.quote(topic.last, reason=False)
            if self._asked_of_its_own(plain, topic.last):
                return plain  # "so what does the water do?": the entry asked that way
            return self.explain(norm, topic)
        if (
            isinstance(result, MatchResult)
            and result.status == NO_MATCH
            and (
                self.asks_of_answer(plain.query, norm, topic.last)
                or self.asks_which_of_answer(plain.query, norm, topic.last)
            )
        ):
            return self.quote(topic.last, reason=False)
        return result

    def _asked_of_its_own(self, plain: MatchResult, last: Entry) -> bool:
        """Is a follow-up that would only bring back the last answer answered surely, read
        alone, by another entry whose own question says every word it asks ("so what does
        the water do?" after how an osmotic laxative works: "What does the extra water do
        in the bowel?")?"""
        if plain.status != ANSWERED or plain.best is None or plain.best.entry == last:
            return False
        asked = set(plain.query.stems)
        return bool(asked) and asked <= set(self.matcher.question_stems(plain.best.entry))

    def _given_no(self, plain: MatchResult, norm: str, topic: Topic) -> MatchResult | None:
        """A question opened by "then" ("then why does my back hurt?", "so then why does
        mine?") after an answer that said no takes that no as given and asks what is so
        instead: its own reading when another entry answers it outright, else its reading
        with the topic ("mine" is the back the topic tells of), the last answer left out;
        None when it is no such question, or nothing else answers."""
        last = topic.last
        if (
            "then" not in norm.split()[:2]  # "then why ...", "so then what ..."
            or len(unled(norm, self.kb.cues)) <= 2
            or normalise(last.answer).split()[:1] not in (["no"], ["not"])
        ):
            return None
        if plain.status == ANSWERED and plain.best is not None and plain.best.entry != last:
            return plain
        read = self.matcher.match(plain.query, topic=topic.stems)
        threshold = self.kb.settings.answer_threshold
        found = next((m for m in read.matches if m.entry != last and m.score >= threshold), None)
        if found is None:
            return None
        return MatchResult(plain.query, ANSWERED, (found,), None, found.score)

    def _narrowed(self, plain: MatchResult, norm: str, last: Entry) -> MatchResult | None:
        """ "and for nerves specifically?" after magnesium's role in muscles and nerves: the
        last answer covered the part named only in passing; the answer is the entry, of the
        message's own best matches read alone, whose question names every word it asks
        (what magnesium does for nerves); None when it says no narrowing word, or no such
        entry is near enough to answer."""
        asked = set(plain.query.stems)
        # "and the nerves?" (no verb, nothing else) of a question that named them with more:
        # narrowed too; "and that can hurt your back?" asks whether, of the answer
        part = (
            bool(asked)
            and not plain.query.filler
            and AUXILIARIES.isdisjoint(norm.split())
            and asked < set(self.matcher.question_stems(last))
        )
        if _NARROWING.isdisjoint(norm.split()) and not part or plain.status == NO_MATCH:
            return None
        threshold = self.kb.settings.answer_threshold
        found = next(
            (
                m
                for m in plain.matches[:PLAIN_MATCHES]
                if m.entry != last
                and m.score >= threshold
                and asked <= set(self.matcher.question_stems(m.entry))
            ),
            None,
        )
        if not asked or found is None:
            return None
        return MatchResult(plain.query, ANSWERED, (found,), None, found.score)

    def _asked_again(
        self, plain: MatchResult, norm: str, last: Entry, marked: bool = False
    ) -> bool:
        """Does a message ask, in its own words alone, what the last answer answered ("so
        what do i do?" after how to stop it; "so the nerves are shared?", `marked` with a
        question mark), not why: the article's words behind that answer are all it has, not
        an entry that goes past it (see a doctor)."""
        return (
            plain.status == ANSWERED
            and plain.best is not None
            and plain.best.entry == last
            # a question: "Cramping and Back Pain" is none
            and (marked or is_asking(norm, self.kb.cues))
            and not asks_why(norm, plain.query, True, self.kb.cues)
        )

    def _whether_of_answer(self, norm: str) -> bool:
        """Does a yes-or-no question ask whether what the last answer says holds ("would that
        fix the back pain too?", "does it spread anywhere else?"): it opens with the verb that
        asks it, points at the answer ("it", "that") and asks no reason ("is that why ...?")?
        Read with the topic it finds that answer again: what the article says of it is its
        answer, not an entry the answer leads to, which goes past what was asked."""
        cues = self.kb.cues
        words = unled(norm, cues)
        return (
            len(words) > 1
            and words[0] in AUXILIARIES
            and any(w in cues.refer for w in words[1:])
            and not set(words) & reason_cues(cues.explain)
        )

    def _asks_only_of(self, query: Query, last: Entry) -> bool:
        """Does a message name nothing that tells entries apart but what the last entry's
        question names ("would that fix it too?" after how to fix it; not "is it a
        laxative?" after what citrate does, which asks what a laxative is)?"""
        asked = set(self.matcher.question_stems(last))
        return all(s in asked for s in query.stems if s in self.distinct)

    def asks_of_answer(self, query: Query, norm: str, last: Entry) -> bool:
        """Does a yes-or-no question ask about what the last answer says ("does it stay in the
        back?" after "... radiates into the back, hips or legs")? "It" or "that" is what it
        asks of, after the verb that opens it; some word of it is in that answer, and its
        other words tell nothing (no entry is told apart by them: "stay"). A thing the base
        lacks, an aspect ("is it safe for kids?"), a word the answer does not say that
        tells ("does it help with sleep?") make it a question of its own."""
        cues = self.kb.cues
        words = unled(norm, cues)
        if (
            len(words) < 2
            or words[0] not in cues.ask
            or words[0] in reason_cues(cues.explain)
            or not points_after_opening(words, cues)
            or query.unknown
            or query.aspects
        ):
            return False
        return self._names_only_answer(query, last)

    def _names_only_answer(self, query: Query, last: Entry) -> bool:
        """Does `query` name something of the last answer, and nothing that tells entries
        apart but what that answer says or the question it answers asks ("where does it come
        from?" after "is the pain real, or is it coming from my spine?")?"""
        said = self.said_in(last) | set(self.matcher.question_stems(last))
        return any(s in said for s in query.stems) and all(
            s in said or not self.matcher.evidence((s,)) for s in query.stems
        )

    def asks_scope_of_answer(self, query: Query, norm: str, last: Entry) -> bool:
        """Does a short message that opens by limiting ("only at high doses or always?",
        "even with glycinate?", "just the oxide?") ask how far what the last answer says
        goes, in its words alone? What the article says of it is the answer, not the entry
        another reading of those words finds."""
        words = unled(norm, self.kb.cues)
        if (
            not words
            or len(words) > SCOPE_WORDS
            or words[0] not in _SCOPE
            or not query.stems
            or query.unknown
            or query.aspects
        ):
            return False
        return self._names_only_answer(query, last)

    def asks_instances_of_answer(self, query: Query, norm: str, last: Entry) -> bool:
        """Does a message that opens asking for instances ("like what kind of movements?",
        "such as which foods?") ask of a thing the last answer names: its words that tell
        are all that answer's words? Then it asks for instances of what that answer says,
        not the entry another reading of "movements" finds."""
        words = unled(norm, self.kb.cues)
        if not words or words[0] not in _INSTANCES or not query.stems or query.aspects:
            return False
        line = f" {' '.join(words)} "
        if not any(f" {cue} " in line for cue in self.kb.cues.examples):
            return False
        # the answer's words, or the article's behind it ("like what kind of mechanical
        # issues?" after "... mechanical problems", from "... arise from mechanical issues")
        said = self.said_in(last)
        if all(s in said for s in query.stems):
            return True
        behind = self.matcher.analyse(source_sentences(self.kb.article, last))
        return all(s in said or s in behind.stems for s in query.stems)

    def asks_which_of_answer(self, query: Query, norm: str, last: Entry) -> bool:
        """Does a question ask only which of a thing the last answer named it means ("which
        form?" after "... switching to a better absorbed form such as glycinate")? It opens
        with "which" or "what", its words that tell are all words of that answer, and one of
        them is the thing: the answer's own words say which. An amount or a time ("what
        dose?") is an aspect the answer may not give, and a word it does not say ("which
        form is cheapest?") asks something of its own."""
        words = unled(norm, self.kb.cues)
        if (
            len(words) < 2
            or words[0] not in _WHICH
            or query.unknown
            or query.aspects
            or not query.stems
            or words[1] in self.kb.cues.refer  # "what that means" asks of the answer's words
        ):
            return False
        said = self.said_in(last)
        return stem(words[1]) in said and all(
            s in said or not self.matcher.evidence((s,)) for s in query.stems
        )

    def asks_of_pointed(self, query: Query, norm: str) -> bool:
        """Does a question ask a thing of what its pronoun points at in the last answer, with
        no word of its own that tells entries apart: a question word, its verb and "it" or
        "they" ("what would they be looking for?", "what is it like?"), then only everyday
        words; not a reason ("why would they ...") nor a time or an amount (an aspect)?"""
        cues = self.kb.cues
        words = unled(norm, cues)
        # "where would I feel it?": the person asking puts themselves before what is pointed at
        if (
            len(words) > 3
            and words[0] in _ASKING_PLACE
            and words[2] in _ASKER
            and words[3] not in cues.refer
        ):
            # ... and what it asks of is pointed at after its verb: read as "where would it feel"
            pointed = next((w for w in words[4:] if w in cues.refer), None)
            if pointed is not None:
                words = [*words[:2], pointed, *(w for w in words[3:] if w != pointed)]
        return (
            len(words) > 2
            and words[0] in _ASKING_THING | _ASKING_PLACE
            and words[1] in cues.ask
            and words[2] in cues.refer
            and not has_phrase(norm, cues.explain)  # "what does that do?" asks a reason
            and not query.unknown
            and not query.aspects
            and not self.matcher.evidence(query.stems)
            # only words that ask vaguely ("look", "do", "say"), not a thing the answer may
            # not hold ("what will they prescribe?")
            and all(zipf(w) >= EVERYDAY for w in words[3:])
        )

    def _with_topic(
        self, plain: MatchResult, norm: str, topic: Topic, marked: bool = False
    ) -> MatchResult | Quote:
        """The reading of a follow-up: its form first ("is that bad?", "why?"), then its own
        words and the topic's, the better of the two readings."""
        query = plain.query
        last = topic.last
        if asks_detail(norm, self.kb.cues):  # "is that bad?": what the article says of it
            ahead = asks_examples(norm, self.kb.cues)  # "like what?": and what it goes on to
            return self.quote(last, reason=False, against=True, ahead=ahead)
        if self.asks_instances_of_answer(query, norm, last):
            # "like what kind of movements?" after "... sudden, awkward movements": the
            # article's words behind that answer and what goes on from them
            return self.quote(last, reason=False, against=True, ahead=True)
        if plain.status == NO_MATCH and self.asks_of_answer(query, norm, last):
            # "when would it be a problem?" after "see a doctor if it persists ...": its
            # words are the answer's own, and read with the topic they only find another
            # entry that says them too ("spinal problems")
            quoted = self.quote(last, reason=False)
            of_answer = set(self.matcher.analyse(last.answer).stems) & set(query.stems)
            if of_answer <= set(self.matcher.analyse(quoted.text).stems):
                return quoted
            # "is that bad for my back?" after what high doses do to the gut: the answer
            # said the back, the article's words behind it do not; what it goes on to say does
            return self.quote(last, reason=False, ahead=True)
        if plain.status == NO_MATCH and self.asks_of_pointed(query, norm):
            # "and what would they be looking for?" after "see a doctor ... to rule out
            # structural problems": "they" is whom the answer named, and what is asked of
            # them is what that answer says, in the article's words
            return self.quote(last, reason=False)
        # "what does that mean for my back pain?" points at the last answer: its own words
        # answer it only from near that answer, not with what usually causes back pain
        answered = plain.status != NO_MATCH and not (
            self._points_to_explain(norm) and not self._near(plain, last)
        )
        if asks_why(norm, query, answered, self.kb.cues) or (
            # "why would that hurt my back?": torn alone, its words said by the last answer
            plain.status == UNSURE
            and asks_why(norm, query, False, self.kb.cues)
            and set(self.new_words(query, topic.stems)) <= self.said_in(last)
        ):
            return self._why(plain, norm, topic)
        if self._bare(plain, norm):  # "and further down too?"
            return self.quote(last, reason=False)
        if not query.stems:  # "how much then?": nothing to read with the topic
            if (
                query.aspects
                or query.unknown
                # "what about a 70 year old", "what will they prescribe?": asked of a thing
                or not all(map(_says_nothing_new, query.filler))
                or has_phrase(norm, self.kb.cues.more)  # "what else could it be?": past it
                or _deed_asked(norm.split())  # "what would you do about it?": not said
                or not (marked or is_asking(norm, self.kb.cues))
            ):
                return plain
            # "anywhere else?", "like when?", "does that happen a lot?": asked of the last
            # answer with no word of its own: what the article says there is all it has
            return self.quote(last, reason=False)
        if self._describes_topic(plain, norm, topic):  # "is that common?"
            return self.quote(last, reason=False)
        about = self._reason_of_topic(plain, norm, topic)
        if about is not None:
            return about
        act = self._act_of_topic(plain, norm, topic)
        if act is not None:
            return act
        defined = self._of_defined(plain, norm, topic)
        if defined is not None:
            return defined
        holds = self.matcher.names_every_word
        # a question that names what the topic lacks, and is answered by it, stands alone
        if (
            plain.status in (ANSWERED, UNSURE)
            and not holds(last, query, DISTINCT_WEIGHT)
            and plain.best is not None  # none when an article passage answers
            and holds(plain.best.entry, query, DISTINCT_WEIGHT)
        ):
            return plain
        focus = {last.id, *last.related, *(m.entry.id for m in plain.matches[:PLAIN_MATCHES])}
        leaned = self._moving_on(
            self.matcher.match(query, topic=topic.stems, among=focus), topic.last
        )
        new = self.new_words(query, topic.stems)
        if (
            plain.status == NO_MATCH
            and new
            and not (query.unknown or query.aspects)
            and not self._brings(leaned, query._replace(stems=new))
        ):
            # "do doctors think so?": alone it names too little, and the topic's own entries
            # do not go on with doctors: the topic asked with the word it brings, of every
            # entry, if one answers holding it
            brought = self._with_new_words(query, new, topic)
            if brought is not None and self._near(brought, last):
                return brought  # not one far from it ("how do i fix my posture?": not the gut)
        # an everyday word the last answer says ("could that show up in my back?" after "...
        # can show up as back pain") points at that answer: it asks nothing of its own
        echoed = self.said_in(last)
        telling = query._replace(
            stems=tuple(s for s in query.stems if self.matcher.evidence((s,)) or s not in echoed)
        )
        if (
            leaned.best is not None
            and not holds(last, telling, DISTINCT_WEIGHT)
            and not holds(leaned.best.entry, telling, DISTINCT_WEIGHT)
        ):
            return plain  # the topic's reading ignores a telling word the message typed
        # "it", "that": the message points at the topic, so its reading gets a head start
        bonus = REFER_BONUS if has_phrase(norm, self.kb.cues.refer) else 0.0
        if plain.status == NO_MATCH:
            return leaned
        if leaned.status == NO_MATCH:  # an answer offered with others beats none
            return plain
        return leaned if plain.status == UNSURE or leaned.score + bonus >= plain.score else plain

    def _of_defined(self, plain: MatchResult, norm: str, topic: Topic) -> MatchResult | None:
        """After the answer to "what is X?", "it" or "that" as the object of what is asked
        ("and magnesium helps with THAT?", "can oxide cause IT?") is X: the question asked
        with X named in full, when that answers. None otherwise."""
        question = normalise(topic.last.question).split()
        if question[:2] not in (["what", "is"], ["what", "are"]) or len(question) > DEFINED_WORDS:
            return None
        words = unled(norm, self.kb.cues)
        refer = self.kb.cues.refer
        if not any(
            w in refer and k and words[k - 1] not in AUXILIARIES and words[k - 1] not in refer
            for k, w in enumerate(words)
        ):
            return None
        query = plain.query
        named = query._replace(stems=tuple(dict.fromkeys((*query.stems, *topic.stems))))
        found = self.matcher.match(named)
        return found if found.status == ANSWERED else None

    def new_words(self, query: Query, stems: tuple[str, ...]) -> tuple[str, ...]:
        """The telling words of a follow-up (not everyday ones: "show", "mean") that the
        topic's `stems` lack: "back" in "what does that mean for my back?" after the answer
        to "is citrate a laxative?"."""
        return tuple(s for s in query.stems if s not in stems and self.matcher.evidence((s,)) > 0)

    def _why(self, plain: MatchResult, norm: str, topic: Topic) -> MatchResult | Quote:
        """ "Why?", "what does that do?": the reason behind the last answer. One that brings a
        word of its own ("what does that mean for my back?") asks the topic with that word
        (`_with_new_words`); when no entry goes on with it, the last answer's reason stands
        if that answer says the word, else there is no answer: never a reason that ignores
        the word, nor one for a thing the base lacks ("... for my kidneys?")."""
        query = plain.query
        if query.unknown and " ".join(unled(norm, self.kb.cues)) not in self.kb.cues.explain:
            return plain  # a word the base lacks, not the cue's own ("howcome", "wdym")
        new = self._not_pointed_deed(self.new_words(query, topic.stems), norm)
        if not new or asks_given(norm, self.kb.cues):  # "how, if my spine is fine?"
            return self.explain(norm, topic)
        if self._reason_asked_alone(plain, topic.last):
            return plain
        brought = self._with_new_words(query, new, topic)
        if brought is not None and self._near(brought, topic.last):
            return brought
        away = (  # answered far from the last answer
            plain.status != NO_MATCH
            and self._points_to_explain(norm)
            and not self._near(plain, topic.last)
        )
        if brought is not None or away or set(new) <= self.said_in(topic.last):
            # "what does that mean for my back pain?" after how magnesium blocks NMDA
            # receptors: what usually causes back pain holds the words, and leaves the
            # answer behind; what that answer means is its explanation
            return self.explain(norm, topic, new)
        subject = self._of_subject(plain, norm, topic)
        return plain if subject is None else subject

    def _of_subject(self, plain: MatchResult, norm: str, topic: Topic) -> MatchResult | None:
        """ "How does IT calm down oversensitive nerves?" after "what does magnesium do for
        sleep?": "it", opening the question, is the article's subject the topic named, and
        the question asks of it things the last answer never said. Read with the subject
        named; None when it names the subject itself, or so read nothing answers."""
        words = unled(norm, self.kb.cues)
        query = plain.query
        named = [s for s in self.matcher.title_stems if s in topic.stems and s not in query.stems]
        opens_on_it = any(
            w == "it" and k and words[k - 1] in AUXILIARIES for k, w in enumerate(words[:3])
        )  # "does it ...", "how does it ...", "why would it ..."
        if not named or not opens_on_it:
            return None
        if not set(self.matcher.title_stems).isdisjoint(query.stems):
            return None
        found = self.matcher.match(query._replace(stems=(*named[:1], *query.stems)))
        return found if found.status in (ANSWERED, UNSURE) else None

    def _not_pointed_deed(self, new: tuple[str, ...], norm: str) -> tuple[str, ...]:
        """The new words of a "why?" but the verb said of what it points at ("why would
        THAT HELP?" after "switching to glycinate often resolves it"): what the last answer
        says that thing does, asked why, not a word of its own."""
        words = unled(norm, self.kb.cues)
        deeds = {
            stem(words[i + 1])
            for i, w in enumerate(words[:-1])
            if w in self.kb.cues.refer and VERB in parts(words[i + 1])
        }
        return tuple(s for s in new if s not in deeds)

    def _points_to_explain(self, norm: str) -> bool:
        """Does a message open with a phrase that asks what the last answer means or does,
        pointing at it ("what does that mean ...", "what does it do ..."), not its reason?"""
        words = unled(norm, self.kb.cues)
        refer, reasons = self.kb.cues.refer, reason_cues(self.kb.cues.explain)
        return any(
            cue.split()[0] not in reasons  # "why is that felt in my back?" asks a reason
            and set(cue.split()) & refer
            and words[: len(cue.split())] == cue.split()
            for cue in self.kb.cues.explain
        )

    def _near(self, reading: MatchResult, last: Entry) -> bool:
        """Is the entry a reading leads to near the last answer: related to it either way,
        or from the same part of the article?"""
        best = reading.best
        if best is None:
            return True  # the article's own words
        entry = best.entry
        return entry.source == last.source or entry.id in last.related or last.id in entry.related

    def _with_new_words(
        self, query: Query, new: tuple[str, ...], topic: Topic
    ) -> MatchResult | None:
        """The last topic with the `new` words a message brings. When the last answer says
        them ("... which may be felt in the lower back"), the message asks what the answer
        says of them: its clauses that hold them are read with the topic; else the message's
        own words are. The reading is another entry than the last, answered, that holds
        every word brought; None when there is none."""
        last = topic.last
        said = [
            clause
            for clause in fronted_joined(_CLAUSE.split(last.answer))
            if set(self.matcher.analyse(clause).stems) & set(new)
        ]
        asked: Question | Query = Question(". ".join(said)) if said else query
        others = {e.id for e in self.kb.entries} - {last.id}
        brought = query._replace(stems=new)
        reading = self.matcher.match(asked, topic=topic.stems, among=others)
        gives_reason = normalise(last.question)[:1] and normalise(last.question).split()[0] in (
            reason_cues(self.kb.cues.explain)
        )
        if said and not gives_reason and not self._brings(reading, brought):
            # the answer's own clause is on the topic already: the topic's other words
            # ("dose" of "high doses") would only pull it elsewhere; read alone, it may be
            # torn between entries that go on with it, the one that gives a reason first.
            # An answer asked as a reason ("Why does oxide ...?") is its own why.
            reading = reason_first(
                self.matcher.match(asked, among=others),
                self.kb.cues.explain,
                self.kb.settings.unsure_margin,
            )
            return reading if self._brings(reading, brought, UNSURE) else None
        return reading if self._brings(reading, brought) else None

    def on_topic(self, plain: MatchResult, stems: tuple[str, ...]) -> MatchResult:
        """A follow-up after an answer in the article's own words, which no entry gave: with
        words of its own ("where does the water come from?") it is read with that answer's
        topic (`stems`), when that reading is answered by an entry that holds them."""
        query = plain.query
        new = self.new_words(query, stems)
        if plain.status == ANSWERED or query.unknown or not stems or not new:
            return plain
        reading = self.matcher.match(query, topic=stems)
        return reading if self._brings(reading, query._replace(stems=new)) else plain

    def _brings(self, reading: MatchResult, brought: Query, *also: str) -> bool:
        """Is `reading` answered (or of a status in `also`) by an entry that holds every
        word `brought`?"""
        best = reading.best
        return (
            reading.status in (ANSWERED, *also)
            and best is not None
            and self.matcher.names_every_word(best.entry, brought, 0.0)
        )

    def _bare(self, plain: MatchResult, norm: str) -> bool:
        """ "and further down too?": a question that asks whether the last answer goes further,
        with no word of its own, not even an everyday one, and nothing asked of it ("how
        much?")."""
        query = plain.query
        return not (query.stems or query.filler or query.unknown or query.aspects) and has_phrase(
            norm, self.kb.cues.extend
        )

    def _reason_asked_alone(self, plain: MatchResult, last: Entry) -> bool:
        """Is a reason asked of "that" answered, read alone, by an entry asked that very
        reason in its own question ("why would that be felt in my back?" after why
        magnesium is a laxative: "Why is gut cramping felt in the back?"), not by a reason
        of the last answer?"""
        return (
            self._asked_of_its_own(plain, last)
            and plain.best is not None
            and forms.form(plain.best.entry.question) == forms.WHY
        )

    def _reason_of_topic(
        self, plain: MatchResult, norm: str, topic: Topic
    ) -> MatchResult | Quote | None:
        """ "how does that help with pain?", "how does magnesium help with that?": a reason
        asked of what "that" points at, in common words only ("help", "pain"), which read
        alone answer with an entry that has nothing to do with the last answer. It is read
        among the topic's own entries (the last and its related); when the last is still the
        nearest, it is explained. None when the message is not such a question, names what
        it asks by a rare word of its own ("how does that relate to posture?"), or that
        reading answers nothing."""
        cues = self.kb.cues
        words = unled(norm, cues)
        if (
            plain.query.unknown
            or plain.query.aspects  # "how long does that last?" asks a duration
            or not words
            or words[0] not in reason_cues(cues.explain)
            or not has_phrase(norm, cues.refer)
            or any(self.matcher.weight(s) >= NAMING_WEIGHT for s in plain.query.stems)
            or plain.best is not None
            and self._continues(plain.best.entry, topic.last)
        ):
            return None
        if self._reason_asked_alone(plain, topic.last):
            return plain
        last = topic.last
        near = self.matcher.match(plain.query, topic=topic.stems, among={last.id, *last.related})
        if near.best is not None and near.best.entry == last:
            return self.explain(norm, topic)
        return near if near.status == ANSWERED else None

    def _act_of_topic(
        self, plain: MatchResult, norm: str, topic: Topic
    ) -> MatchResult | Quote | None:
        """ "so should i stop?", "what can i do about it?": what the person should do about
        what the last answer spoke of, naming no thing, only their own act (a word right
        after "i": "stop", "switch"). Read alone, such words find an entry about doing
        something, which may be about another part of the article ("reduce the magnesium
        dose" after the answer about a herniated disc). That answer is kept when it goes
        on from the last (`_goes_on`); else the question is read among the last answer's
        related entries, one that holds its words answers, and with none, it is not
        answered. None when the
        message is not such a question."""
        query = plain.query
        best = plain.best
        if (
            plain.status == NO_MATCH
            or best is None  # an article passage answered
            or query.unknown
            or not self.acts_only(norm)
            or self._goes_on(best.entry, topic.last)
            # "when should i worry about my back?": a thing of their own named, and an entry
            # that names every word of it, is asked, whatever the last answer was (not "how
            # do i fix my posture?" read as the magnesium dose's fix, which never names it)
            or self._names_own_thing(norm)
            and self.matcher.names_every_word(best.entry, query, DISTINCT_WEIGHT)
        ):
            return None
        last = topic.last
        near = self.matcher.match(query, topic=topic.stems, among=set(last.related))
        if self._brings(near, query):  # a related entry that holds the act asked of
            return near
        if _ADVICE_ASKED.search(normalise(last.question)):
            # "what should i do?" after "When should I see a doctor ...?": the last answer
            # was advice, what to do: said again in the article's words, not "I don't know"
            return self.quote(last, reason=False)
        return plain._replace(status=NO_MATCH)

    def acts_only(self, norm: str) -> bool:
        """Does a message ask in the first person and name nothing but the person's own act:
        each of its words that is not a function word, a pointer or a lean word follows
        "i" ("should i stop?", "what do i do then"; not "should i take glycinate")?"""
        cues = self.kb.cues
        words = norm.split()
        if not set(words) & cues.me:
            return False
        plain = self.kb.lexicon.stopwords | cues.me | cues.refer | cues.lean | cues.affirm
        return all(
            at > 0 and words[at - 1] in cues.me for at, w in enumerate(words) if w not in plain
        )

    def _names_own_thing(self, norm: str) -> bool:
        """Does a message name a thing of the person's own ("my back", "our posture")?"""
        words = norm.split()
        plain = self.kb.lexicon.stopwords | self.kb.cues.refer
        return any(
            w not in plain and words[at - 1] in forms.POSSESSIVES
            for at, w in enumerate(words)
            if at > 0
        )

    def _goes_on(self, entry: Entry, last: Entry) -> bool:
        """Does `entry` go on from the `last` answer: the same, one of its related, from the
        same part of the article, about something it says (`_continues`), or from the part
        of the article whose heading names what the last question asked ("How can I stop
        it?" under "Digestive Distress and Referred Lower Back Discomfort" goes on from
        "What is referred pain?": that part is about it)?"""
        return (
            entry.id in last.related
            or entry.source == last.source
            or self._continues(entry, last)
            or self._headed_by(entry, last)
        )

    def _headed_by(self, entry: Entry, last: Entry) -> bool:
        """Does the heading of `entry`'s part of the article name a telling word of the `last`
        question (one that tells entries apart)?"""
        asked = {s for s in self.matcher.question_stems(last) if s in self.distinct}
        return bool(asked) and not asked.isdisjoint(
            self.matcher.analyse(entry.source, asked=False).stems
        )

    def _describes_topic(self, plain: MatchResult, norm: str, topic: Topic) -> bool:
        """ "is that common?", "is it rare?": a yes-or-no question whose subject is what the
        last answer spoke of ("that", "it") and whose one word of its own may only describe
        it (an adjective, not a thing named: "is it posture?", "is it a laxative?"). Read
        alone, that word finds an entry about something else ("What usually causes lower
        back pain?" for "common"); unless that entry is the last answer's or one of its
        related, the question asks of the last answer,
        and the article's words behind it are all the base says of that."""
        cues = self.kb.cues
        words = unled(norm, cues)
        query = plain.query
        if (
            len(words) < 3
            or words[0] not in COPULAS
            or words[1] not in cues.refer
            or query.unknown
            or query.aspects
            or plain.best is None
        ):
            return False
        own = [w for w in words[2:] if w not in self.kb.lexicon.stopwords]
        if len(own) != 1 or ADJECTIVE not in parts(own[0]):
            return False
        best, last = plain.best.entry, topic.last
        return best != last and best.id not in last.related

    def _continues(self, entry: Entry, last: Entry) -> bool:
        """Is `entry` the last one, or about something the last answer says: a telling word
        of its question is in that answer ("why is gut cramping felt in the back?" after
        "...the gut upset is felt as referred pain in the lower back")?"""
        if entry == last:
            return True
        own = set(self.matcher.question_stems(entry))
        telling = (own & self.distinct) or own
        return bool(telling & self.said_in(last))

    def said_in(self, entry: Entry) -> frozenset[str]:
        """The stems of `entry`'s answer, every sentence of it."""
        said = self._said.get(entry.id)
        if said is None:
            read = self.matcher.analyse(entry.answer)
            said = self._said[entry.id] = frozenset((*read.stems, *read.context))
        return said

    def _moving_on(self, leaned: MatchResult, last: Entry) -> MatchResult:
        """A follow-up asks for something new: between the last entry and a close second,
        the second wins ("why is it felt in the back?" after "what is referred pain?")."""
        matches = leaned.matches
        settings = self.kb.settings
        if (
            leaned.status == NO_MATCH
            or len(matches) < 2
            or matches[0].entry != last
            or matches[0].score - matches[1].score >= settings.unsure_margin
            or matches[1].score < settings.answer_threshold
        ):
            return leaned
        rest = (matches[1], matches[0], *matches[2:])
        return MatchResult(leaned.query, ANSWERED, rest, None, matches[1].score)

    def explain(self, norm: str, topic: Topic, own: tuple[str, ...] = ()) -> MatchResult | Quote:
        """ "Why?": a related entry that explains the last answer, else the article's words.
        A reason asked with words of the message's `own` ("how come it shows up in the back?"
        after what referred pain is) is first the one of a related entry asked as a reason
        that names them ("Why is gut cramping felt in the back?")."""
        # the topic's telling words: in some entries' questions, not in many; when it has
        # none ("can magnesium cause back pain?"), any of its words
        last = topic.last
        stems = {s for s in topic.stems if s in self.distinct} or set(topic.stems)
        # its related entries not shown yet, then those it was offered beside ("did you also
        # mean ...?"): the person saw them as what the answer might be
        unseen = [
            e for e in map(self.kb.entry, last.related) if e is not None and e.id not in topic.shown
        ]
        unseen += [e for e in topic.offered if e not in unseen and e.id not in topic.shown]
        mentioned = set(self.matcher.analyse(last.answer).stems)
        # none of them explains: the entries they lead to, one step further ("why is
        # that?" after what citrate does: how an osmotic laxative works, by way of
        # whether magnesium is a laxative)
        further = [
            e
            for e in map(self.kb.entry, (r for e in unseen for r in e.related))
            if e is not None and e != last and e not in unseen and e.id not in topic.shown
        ]
        starts = reason_cues(self.kb.cues.explain)
        # a "yes" with no reason of its own ("Yes, it is studied for neuropathic pain"):
        # the related entry that gives the means of what was asked ("by blocking NMDA
        # receptors, magnesium helps prevent ... pain")
        behind = (
            reason_behind(self.matcher, topic.asked, last, topic.typed)
            if not own and forms.opens_yes(last.answer)
            else None
        )
        if behind is not None and behind.id in topic.shown:
            behind = None
        entry = (
            behind
            or next(
                (
                    e
                    for ring in (unseen, list(dict.fromkeys(further)))
                    for e in ring
                    if own
                    and set(own) <= set(self.matcher.question_stems(e))
                    and (normalise(e.question).split() or [""])[0] in starts
                    and forms.form(e.question) != forms.HOW_TO  # "how can I stop it?" is no reason
                ),
                None,
            )
            or next(
                (
                    found
                    for ring in (unseen, list(dict.fromkeys(further)))
                    if (
                        found := explaining_entry(
                            norm,
                            ring,
                            stems,
                            mentioned,
                            self.matcher.question_stems,
                            self.kb.cues.explain,
                            self.distinct,
                        )
                    )
                    is not None
                ),
                None,
            )
        )
        if entry is not None:
            return MatchResult(
                self.matcher.analyse(""), ANSWERED, (Match(entry, 100.0),), None, 100.0
            )
        # no entry explains it: the article's words behind the answer and what it goes on to
        # say, where a reason is given after a claim ("... not a direct cause. The mineral's
        # influence is primarily one of relaxation")
        return self.quote(last, ahead=True)

    def quote(
        self, entry: Entry, reason: bool = True, against: bool = False, ahead: bool = False
    ) -> Quote:
        """The article's words behind `entry`, led by the settings' `no_further_reason` (for a
        `reason` asked) or `no_more_said`; with `against`, and what the article says next
        against them, with `ahead`, and what it goes on to say (`reasons.source_sentences`)."""
        words = source_sentences(self.kb.article, entry, against, ahead)
        settings = self.kb.settings
        lead = settings.no_further_reason if reason else settings.no_more_said
        if ahead and words != source_sentences(self.kb.article, entry, against):
            lead = settings.goes_on  # more than its own words: not "no further reason"
        text = f"{lead}\n\n\u201c{words}\u201d" if lead and words else (words or entry.answer)
        return Quote(entry, text)

    def stands_alone(self, query: Query, told: tuple[str, ...] = ()) -> bool:
        """Does the message name something of its own ("glycinate", not "it" or "related"):
        a word in some entries' questions but not in many? Not a word of `told` (what the
        person told, and the words that ask for a link to it): "could the glycinate be the
        problem?" after "i take glycinate" asks about the story."""
        read = self.matcher.analyse(" ".join(told))  # a told sentence is read as context
        said = {*read.stems, *read.context}
        return any(s in self.distinct and s not in said for s in query.stems)
