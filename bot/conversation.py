"""Conversation policy: turn each message into a `Reply`, remembering what was said.

Pure: no terminal, no files. The REPL, piped `magbot chat` and `magbot ask` all go
through `Conversation.respond`, so a scripted conversation behaves like a typed one.

The order of decisions for one message:
  a number or "yes" picks a suggestion -> "tell me more" moves on -> small talk ->
  a follow-up is read with the current topic -> a plain match -> the reply.
"""

from __future__ import annotations

from .knowledge import Entry, KnowledgeBase
from .matcher import ANSWERED, NO_MATCH, SMALLTALK, UNSURE, Match, Matcher, MatchResult
from .reply import Reply
from .safety import check as red_flag
from .safety import without_flags
from .text import normalise

MAX_SUGGESTIONS = 3
PLAIN_MATCHES = 5     # a follow-up may land on one of the message's own best matches
REFER_BONUS = 15.0     # head start of the topic's reading when a message says "it"/"that"
SHORT_MESSAGE = 3      # content words; a message this short is read with the topic too
DISTINCT_WEIGHT = 1.0  # a topic word this rare (idf) ties an explaining entry to the topic


def _has_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    """Does any phrase occur in `words` as whole words?"""
    text = f" {' '.join(words)} "
    return any(f" {phrase} " in text for phrase in phrases)


class Conversation:
    def __init__(self, kb: KnowledgeBase, matcher: Matcher | None = None):
        self.kb = kb
        self.matcher = matcher or Matcher(kb)
        self.reset()

    def reset(self) -> None:
        """Forget the current topic and suggestions (the knowledge stays loaded)."""
        self.last: Entry | None = None
        self.topic: tuple[str, ...] = ()     # content stems of the current topic
        self.shown: list[str] = []
        self.options: tuple[Entry, ...] = ()  # what a number typed next picks
        self.unsure = False                   # were the options a "did you mean"?

    # -- the policy ----------------------------------------------------------------------

    def respond(self, text: str) -> Reply:
        """The reply to one message, updating the conversation's memory.

        A message that describes a red-flag symptom gets the see-a-doctor guidance first,
        and the answer it would get without one; if it would get none, the symptom's words
        are set aside and the rest of it is asked alone.
        """
        flag = red_flag(text, self.kb.flags)
        reply = self._respond(text)
        if flag is None:
            return reply
        if reply.status == NO_MATCH:  # nothing was answered or remembered: ask the rest
            reply = self._respond(without_flags(text, self.kb.flags))._replace(query=text)
        if reply.status == NO_MATCH:  # after urgent guidance, a short word, not the whole menu
            reply = reply._replace(text=self.kb.settings.flagged_fallback or reply.text)
        if reply.entry is not None and reply.entry.id in flag.same_as:
            flag = flag._replace(message="")  # the answer is the guidance: say it once
        return reply._replace(safety=flag)

    def _respond(self, text: str) -> Reply:
        norm = normalise(text)
        picked = self._picked(text, norm)
        if picked is not None:
            return self._reply(text, picked, ANSWERED, 100.0)
        if self.last is not None and norm in self.kb.cues.more:
            return self._more(text)
        result = self.matcher.match(text)
        if result.status == SMALLTALK:
            talk = result.smalltalk
            return Reply(text, SMALLTALK, talk.answer, score=result.score, smalltalk_id=talk.id)
        if self.last is not None and self._leans(norm, result):
            result = self._follow_up(result, norm)
        elif self.unsure and self.options:
            result = self._among_options(result)
        if result.status == NO_MATCH:
            return self._not_found(text, result)
        alternatives = ()
        if result.status == UNSURE:
            alternatives = tuple(m for m in result.matches[1:MAX_SUGGESTIONS]
                                 if result.score - m.score < self.kb.settings.unsure_margin)
        return self._reply(text, result.best.entry, result.status, result.score, alternatives,
                           result.query.stems)

    def _not_found(self, text: str, result: MatchResult) -> Reply:
        """No answer. When the topic is covered but not what is asked of it, say what was
        not said and offer the topic's own question instead."""
        settings = self.kb.settings
        if result.not_said and settings.not_said and result.best is not None:
            names = " or ".join(self.matcher.aspect_names[a] for a in result.not_said)
            offer = (result.best.entry,)
            self.options, self.unsure = offer, False
            return Reply(text, NO_MATCH, settings.not_said.replace("{aspect}", names),
                         score=result.score, related=offer)
        return Reply(text, NO_MATCH, settings.fallback or None, score=result.score)

    def _picked(self, text: str, norm: str) -> Entry | None:
        """The suggestion a number ("2", "2)") or, after "did you mean", a "yes" picks."""
        number = text.strip().rstrip(".)")
        if number.isascii() and number.isdigit() and 1 <= int(number) <= len(self.options):
            return self.options[int(number) - 1]
        if self.unsure and self.options and norm in self.kb.cues.affirm:
            return self.options[0]
        return None

    def _leans(self, norm: str, result: MatchResult) -> bool:
        """Might this message lean on the current topic? Short ones often do."""
        query = result.query
        cues = self.kb.cues
        bare = not query.stems and not query.filler  # "why?", "and?": nothing of its own
        if bare or _has_phrase(norm.split(), cues.lean | cues.refer):
            return True
        if not query.stems:  # only everyday words of its own: "what is the capital of france"
            return False
        return len(query.stems) <= SHORT_MESSAGE or result.status == NO_MATCH and not query.unknown

    def _follow_up(self, plain: MatchResult, norm: str) -> MatchResult:
        """Read the message together with the current topic; keep the plain match if better."""
        query = plain.query
        last = self.last
        if not query.stems and not query.filler:  # "why?" explains the last answer; "and?" moves on
            if norm in self.kb.cues.explain:
                entry = self._explanation()
            else:
                entry = self._next_related() or last
            return MatchResult(query, ANSWERED, (Match(entry, 100.0),), None, 100.0)
        focus = {last.id, *last.related, *(m.entry.id for m in plain.matches[:PLAIN_MATCHES])}
        leaned = self._moving_on(
            self.matcher.decide(query, self.matcher.rank(query, self.topic, focus)))
        holds = self.matcher.holds
        if (plain.status != NO_MATCH and leaned.best is not None
                and holds(plain.best.entry, query, DISTINCT_WEIGHT)
                and not holds(leaned.best.entry, query, DISTINCT_WEIGHT)):
            return plain  # the topic's reading ignores a telling word the message typed
        # "it", "that": the message points at the topic, so its reading gets a head start
        bonus = REFER_BONUS if _has_phrase(norm.split(), self.kb.cues.refer) else 0.0
        if plain.status in (NO_MATCH, UNSURE) or (leaned.status != NO_MATCH
                                                  and leaned.score + bonus >= plain.score):
            return leaned
        return plain

    def _moving_on(self, leaned: MatchResult) -> MatchResult:
        """A follow-up asks for something new: between the last entry and a close second,
        the second wins ("why is it felt in the back?" after "what is referred pain?")."""
        matches = leaned.matches
        if (leaned.status == NO_MATCH or len(matches) < 2 or matches[0].entry != self.last
                or matches[0].score - matches[1].score >= self.kb.settings.unsure_margin
                or matches[1].score < self.kb.settings.answer_threshold):
            return leaned
        rest = (matches[1], matches[0], *matches[2:])
        return MatchResult(leaned.query, ANSWERED, rest, None, matches[1].score)

    def _explanation(self) -> Entry:
        """A related entry that explains the current one ("How does...?"), or the current one."""
        starts = {cue.split()[0] for cue in self.kb.cues.explain}
        topic = ({s for s in self.topic if self.matcher.weight(s) >= DISTINCT_WEIGHT}
                 or set(self.topic))  # a topic of common words only: any of them
        for entry_id in self.last.related:
            entry = self.kb.entry(entry_id)
            if entry is None or entry_id in self.shown:
                continue
            words = normalise(entry.question).split()
            if words and words[0] in starts and topic & set(self.kb.lexicon.content(words)):
                return entry
        return self.last

    def _next_related(self) -> Entry | None:
        """The first entry related to the current one that has not been shown yet."""
        for entry_id in self.last.related:
            entry = self.kb.entry(entry_id)
            if entry is not None and entry_id not in self.shown:
                return entry
        return None

    def _among_options(self, plain: MatchResult) -> MatchResult:
        """After "did you mean", the words of one option pick it."""
        ids = {e.id for e in self.options}
        ranked = self.matcher.rank(plain.query, focus=ids)
        if ranked and (plain.status == NO_MATCH or plain.best.entry.id in ids):
            chosen = self.matcher.decide(plain.query, ranked)
            if chosen.status != NO_MATCH:
                return chosen
        return plain

    def _more(self, text: str) -> Reply:
        """"Tell me more": the first related entry not yet shown."""
        entry = self._next_related()
        if entry is not None:
            return self._reply(text, entry, ANSWERED, 100.0)
        return Reply(text, NO_MATCH, self.kb.settings.exhausted or None)

    # -- memory --------------------------------------------------------------------------

    def _reply(self, text: str, entry: Entry, status: str, score: float,
               alternatives: tuple[Match, ...] = (), stems: tuple[str, ...] = ()) -> Reply:
        related = self._related(entry, exclude={m.entry.id for m in alternatives})
        self.last = entry
        self.topic = tuple(dict.fromkeys((*self.matcher.question_stems(entry), *stems)))
        if entry.id not in self.shown:
            self.shown.append(entry.id)
        self.unsure = bool(alternatives)
        self.options = tuple(m.entry for m in alternatives) if alternatives else related
        return Reply(text, status, entry.answer, entry, score, alternatives, related)

    def _related(self, entry: Entry, exclude: set[str]) -> tuple[Entry, ...]:
        out = []
        for entry_id in entry.related:
            other = self.kb.entry(entry_id)
            if other and other.id not in exclude and other.id != entry.id:
                out.append(other)
        return tuple(out[:MAX_SUGGESTIONS])
