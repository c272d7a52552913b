"""The answer-or-decline decision: what a ranking of the entries comes to.

`Matcher.rank` says which entries are closest to a question; this says whether the closest
answers what is asked (issue: "does this entry answer it?", not "which is nearest"): an
aspect of the topic the best entry does not address declines it ("how much oxide is too
much?" beside the entry on oxide's absorption), two entries too close to tell apart offer
both, a tie is settled by the form a question is asked in or the words it names together
(bot/core/ties.py), and a question asked of another thing than the best entry's is no
answer of it (bot/core/swaps.py). Pure: over the `Matcher` and the base's settings.
"""

import re
from collections.abc import Callable

from . import contrast, excluded, forms, kinds, reasons, slots, swaps, ties
from .knowledge import Entry
from .matcher import ANSWERED, CAUSE, NO_MATCH, UNSURE, Match, Matcher, MatchResult, Query
from .text import normalise, stem

RANKED = 5  # matches kept in a result
ASPECT_SHARE = 0.4  # share of answer_threshold at which a topic is near enough to say
# which aspect of it the article does not cover
ASPECT_MARGIN = 20  # ... unless an entry this near the best one says it: that one answers
FORM_MARGIN = 20  # an entry asked in the question's telling form ("when should ...") this
# near the best, which is never asked so, is the one asked (bot/forms.py)


def decide(
    matcher: Matcher, query: Query, ranked: list[Match], topic: tuple[str, ...] = ()
) -> MatchResult:
    """Turn a ranking into a status, using the base's thresholds (`topic`: the stems of
    the conversation's topic the ranking was read with)."""
    settings = matcher.kb.settings
    top = ranked[:RANKED]
    swapped = swaps.for_unknown(matcher, query, top[0].entry) if top else None
    if swapped is not None:  # asked of another thing: as if it were a topic it lacks
        query = query._replace(unknown=(*query.unknown, swapped))
        return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
    if top and len(top) > 1 and swaps.for_known(matcher, query, top[0].entry):
        # asked as it is, with one of its things swapped for another the base knows
        # ("how does magnesium affect digestion" beside "... affect nerves"): not it
        top = top[1:]
    # "what are the side effects of magnesium?" is not asked of citrate alone
    top = kinds.named_first(matcher, query, top, topic)
    top = kinds.replaced_first(matcher, query, top)  # "the best form if OXIDE upsets me"
    if (
        top
        and kinds.asks_kind_of_subject(matcher, query)
        and not kinds.names_a_kind(matcher, top[0].entry)
    ):
        # "which forms of magnesium make you go?" asks a kind: an answer that names
        # none does not answer it, however well it tells of going; one nearly as near
        # that names one does
        naming = [m for m in top[1:] if kinds.names_a_kind(matcher, m.entry)]
        if not naming or top[0].score - naming[0].score >= kinds.KIND_MARGIN:
            return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
        top = [naming[0], *(m for m in top if m is not naming[0])]
    if (
        top
        and kinds.asks_kind_of_subject(matcher, query)
        and forms.opposite_degree(query.words, top[0].entry.answer)
    ):
        # "which form is LESS likely to upset my gut?" is not answered by the form that
        # makes it MORE likely: one nearly as near that sets its kind against another
        # ("better absorbed than oxide") and says no such degree, or none
        other = _nearly_as_near(
            top,
            lambda m: (
                kinds.set_against_another(matcher, m.entry)
                and not forms.opposite_degree(query.words, m.entry.answer)
            ),
        )
        if other is None:
            return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
        top = other
    if (
        top
        and (named := matcher._subject_named(query, top[0]))
        and not matcher._names_all(top[0], named)
    ):
        # "does OXIDE make you poop?" asks of oxide: an entry that never names it does
        # not answer, however well it answers the rest; one nearly as near that does
        holding = _nearly_as_near(top, lambda m: matcher._names_all(m, named))
        if holding is None:
            return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
        top = holding  # the others are no answer: nothing to be torn with
    aside = frozenset(query.aside)
    if (
        top
        and aside
        and not aside.isdisjoint(_asked_of(matcher, top[0].entry))
        and not aside <= _denied(top[0].entry)
    ):
        # ("if it isn't my spine, where is it coming from?" is answered by "its origin is
        # abdominal, NOT SPINAL": an answer that turns from the same thing answers the rest)
        # "apart from cramps and spasms, what are the other signs?": the entry asked of
        # what it sets aside is no answer of the rest; one nearly as near that is not
        other = _nearly_as_near(top, lambda m: aside.isdisjoint(_asked_of(matcher, m.entry)))
        if other is None:
            return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
        top = other
    if (
        top
        and query.brought
        and kinds.kind_of(matcher, top[0].entry)
        and not _holds_any(matcher, top[0], query.brought)
    ):
        # "can glycinate cause HEADACHES?" asks of headaches: the entry about glycinate,
        # which never says them, does not answer; one nearly as near that does, or none
        holding = _nearly_as_near(top, lambda m: _holds_any(matcher, m, query.brought))
        if holding is None:
            return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
        top = holding
    if (
        top
        and forms.remedy(top[0].entry.question)
        and (forms.asks_whether_causes(query.words) or forms.asks_why_causes(query.words))
    ):
        # "can that make my back hurt?" asks whether, not how to stop it, and "why does
        # it cause that?" why: one nearly as near that is no remedy answers, or none does
        other = _nearly_as_near(top, lambda m: not forms.remedy(m.entry.question))
        if other is None:
            return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
        top = other
    # (a question read with a story or a topic asks of what they tell: not read so)
    helper = forms.helper(query.words)
    stopper = helper or forms.stopper(query.words)  # "does magnesium STOP cramps?" helps too
    if (
        top
        and stopper
        and forms.remedy(top[0].entry.question)
        and matcher._only_named_by(top[0].entry, stopper)
    ):
        # "does magnesium help lower back pain?" is not answered by how to stop magnesium
        # causing it: the thing asked to help is all what that entry's question says
        # causes the trouble ("will taking less magnesium help?", "will reducing the
        # dose help?" are answered by it)
        other = _nearly_as_near(top, lambda m: not forms.remedy(m.entry.question))
        if other is None:
            return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
        top = other
    if (
        top
        and helper
        and forms.entry_asks_whether_causes(top[0].entry.question)
        and not matcher._question_names(top[0].entry, helper)
    ):
        # "will magnesium help my herniated disc?" is not answered by "Yes. Spinal
        # problems such as a bulging or herniated disc can cause pain": that yes is
        # said of the disc causing pain, in a question that never names magnesium, not
        # of magnesium helping; one nearly as near that asks no such thing answers
        other = _nearly_as_near(
            top,
            lambda m: (
                not forms.entry_asks_whether_causes(m.entry.question)
                or matcher._question_names(m.entry, helper)
            ),
        )
        if other is None:
            return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
        top = other
    if (
        top
        and forms.asks_whether_helps(query.words)
        and forms.entry_asks_whether_causes(top[0].entry.question)
        and forms.says_no(top[0].entry.answer)
    ):
        # "can it help with tension?" is not answered "No, it does not cause tension": that
        # no is said of causing; one nearly as near that does not say no of a cause answers
        other = _nearly_as_near(
            top,
            lambda m: (
                not (
                    forms.entry_asks_whether_causes(m.entry.question)
                    and forms.says_no(m.entry.answer)
                )
            ),
        )
        if other is None:
            return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
        top = other
    if top and forms.opposed(query.words, top[0].entry.question):
        # "does magnesium cause headaches?" is not answered by what it is used to treat
        return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
    sides = _sides_asked(matcher, query) if top else None
    if sides is not None and not _tells_apart(matcher, top[0].entry, sides):
        # "what's the difference between X and Y?" is not answered by naming both
        apart = _nearly_as_near(top, lambda m: _tells_apart(matcher, m.entry, sides))
        if apart is None:
            not_said = (contrast.ASPECT,)
            return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score, not_said)
        top = apart
    tied = contrast.linked(query.text) if top else None
    if tied is not None:
        ends = [tuple(end) for side in tied if (end := matcher._stems_of(tuple(side.split())))]

        def holds_both(m: Match) -> bool:
            return all(_holds_any(matcher, m, end) for end in ends)

        if len(ends) == 2 and not holds_both(top[0]):
            # "the link between magnesium and sleep" is not answered by the link between
            # magnesium and back pain: one nearly as near that tells of both, or none
            both = _nearly_as_near(top, holds_both)
            if both is None:
                return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
            top = both
    missing = matcher.not_addressed(query, top[0].entry, of_asked=True) if top else ()
    caused = False  # an entry that says what causes the thing asked was put first
    if missing:  # a runner-up nearly as near that says what is asked answers instead
        saying = [m for m in top[1:] if not matcher.not_addressed(query, m.entry, of_asked=True)]
        if saying and top[0].score - saying[0].score < ASPECT_MARGIN:
            top, missing = saying, ()
    if top and CAUSE in query.stems and _WHAT_CAUSES.search(" ".join(query.words)):
        # "what causes the stomach cramping?" asks what brings the cramping about: an answer
        # that tells what it brings about ("spasms of the colon can be felt in the back")
        # gives way to one nearly as near that says what causes it ("... can cause
        # bloating, nausea and severe intestinal cramping")
        effect = set(query.stems) - {CAUSE} - set(matcher.title_stems)
        if effect and not _says_cause_of(matcher, top[0].entry, effect):
            best = max(m.score for m in top)
            causing = next(
                (
                    m
                    for m in top[1:]
                    if best - m.score < CAUSE_MARGIN and _says_cause_of(matcher, m.entry, effect)
                ),
                None,
            )
            if causing is not None:
                top = [causing, *(m for m in top if m is not causing)]
                caused = True
    if not missing and not caused and (asked := _asked_in_form(matcher, query, top)) is not None:
        return MatchResult(
            query, ANSWERED, (asked, *(m for m in top if m is not asked)), None, asked.score
        )
    if (
        not missing
        and top
        and forms.answered_by_yes_or_no(query.form, top[0].entry.answer)
        and not forms.asked_in((top[0].entry.question, *top[0].entry.alternates), query.form)
    ):
        # "where does the pain show up?" is answered by no "Yes. ...": a place, a time,
        # a person, an amount or a way to go about it asked, an answer that says whether
        # (one nearly as near asked in the question's form was taken above); one nearly
        # as near that does not only say whether answers instead ("is there a way to
        # keep taking it?" beside "Yes, a new supplement can ...")
        telling = [
            m
            for m in top[1:]
            if top[0].score - m.score < ASPECT_MARGIN
            and not forms.answered_by_yes_or_no(query.form, m.entry.answer)
        ]
        if not telling or telling[0].score < settings.answer_threshold:
            return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
        top = [telling[0], *(m for m in top if m is not telling[0])]
    if (
        not missing
        and top
        and forms.explained_after_yes_or_no(query.form, top[0].entry.answer)
        and not forms.asked_in((top[0].entry.question, *top[0].entry.alternates), query.form)
        and not forms.ends_pointing(query.words)  # "how does it help with THAT?"
    ):
        # "how does it help with spasms?" asks how, and "Yes, too little causes spasms"
        # answers whether: one nearly as near, asked how, that explains answers instead;
        # with none, the yes stands (a reason may follow it)
        explaining = next(
            (
                m
                for m in top[1:]
                if top[0].score - m.score < ASPECT_MARGIN
                and m.score >= settings.answer_threshold
                and not forms.explained_after_yes_or_no(query.form, m.entry.answer)
                and forms.asked_in((m.entry.question,), query.form)
            ),
            None,
        )
        if explaining is None and forms.opens_yes(top[0].entry.answer):
            # none as near: a related entry whose answer gives the means of what is asked
            # ("why would it help nerve pain?": "by blocking NMDA receptors, magnesium
            # helps prevent ... pain"), not one that says it is not so ("No. ...")
            behind = reasons.reason_behind(matcher, query.stems, top[0].entry, query.text)
            if behind is not None:  # in the claim's place: the reason is what is asked
                top = [Match(behind, top[0].score), *(m for m in top[1:] if m.entry != behind)]
        if explaining is not None:
            top = [explaining, *(m for m in top if m is not explaining)]
    if missing and top[0].score >= ASPECT_SHARE * settings.answer_threshold:
        # the topic is near enough, what is asked of it is not there: say so, never guess
        return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score, missing)
    if not top or top[0].score < settings.answer_threshold:
        if top and (again := slots.reread(matcher, query, top)):  # "job" where "function" is
            return matcher.match(again, entries_only=True)
        return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score if top else 0.0)
    # (the one entry nearly as near that says what causes the thing asked is not torn with
    # those that tell what it does)
    close = not caused and len(top) > 1 and top[0].score - top[1].score < settings.unsure_margin
    if (
        close
        and (
            asked := (
                # "how can gas and cramps make my back hurt?" beside "what side effects can it
                # cause?", which names its words but tells no way one leads to the other: the
                # one entry tied that is asked how or why answers it
                ties.explained(matcher, query, top)
                # "what does referred pain mean ...?": the one entry tied asked what it is
                or ties.defined(matcher, query, top, ranked[RANKED:])
                # "can the supplement itself cause ...?": the one entry tied asked of that thing
                or ties.names_the_cause(matcher, query, top)
                # "which form is most likely to ...?": the one entry tied about a kind
                or ties.of_a_kind(matcher, query, top)
            )
        )
    ):
        top = [asked, *(m for m in top if m is not asked)]
        return MatchResult(query, ANSWERED, tuple(top), None, asked.score)
    close = close and not ties.settled(matcher, query, top, settings.unsure_margin)
    close = close and not ties.asked_as_its_question(matcher, query, top, settings.unsure_margin)
    close = close and not ties.same_saying(matcher, query, top, settings.unsure_margin)
    close = close and not ties.addresses_alone(matcher, query, top, settings.unsure_margin)
    n = ties.together(matcher, query, top, settings.unsure_margin) if close else None
    if close and n is None:  # "... cut back to one. would that help?": the way to go about it
        n = ties.remedy_weighed(matcher, query, top, settings.unsure_margin)
    if close and n is None:  # "what can I do to get rid of it?": the way to go about it
        n = ties.remedy_asked(matcher, query, top, settings.unsure_margin)
    if close and n is None:  # asked of the story it tells: the entry that says most of it
        n = ties.most_told(matcher, query, top, settings.unsure_margin)
    if close and n is None:  # words typed as into a search box: the entry that holds most
        n = ties.most_named(matcher, query, top, settings.unsure_margin)
    if close and n is None:  # "real pain or all in my head?": which alternative holds
        n = ties.alternatives_asked(matcher, query, top, settings.unsure_margin)
    if close and n is None:  # asked of a kind what the entry on the whole says
        n = ties.of_the_whole(matcher, query, top, settings.unsure_margin)
    if close and n is None:  # asked what the title asks, in the title's words
        n = ties.of_the_title(matcher, query, top, settings.unsure_margin)
    if close and n is None:  # "is X better than Y?": asked of X, measured by Y
        n = ties.compared_first(matcher, query, top, settings.unsure_margin)
    if n is not None and top[n].score >= settings.answer_threshold:
        top, close = [top[n], *top[:n], *top[n + 1 :]], False
    if close and (asked := ties.asked_in_form(matcher, query, top)) is not None:
        # of the entries tied, only one is asked in the question's form: that one
        top = [asked, *(m for m in top if m is not asked)]
        return MatchResult(query, ANSWERED, tuple(top), None, asked.score)
    if (
        close
        and forms.telling(query.form)
        and query.form != forms.WHY  # a reason may follow a yes: "should I make one?"
        and not any(
            forms.asked_in((m.entry.question, *m.entry.alternates), query.form)
            for m in top
            if top[0].score - m.score < settings.unsure_margin
        )
    ):
        # "when does back pain need a check-up?" torn between entries none of which is
        # asked when: each shares the topic, none tells a time; no closest guess
        return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
    if close and ties.named_alike(matcher, query, top, settings.unsure_margin):
        # typed as into a search box, and each entry torn between holds what is named
        return MatchResult(query, UNSURE, tuple(top), None, top[0].score)
    if (
        close
        and top[0].score < settings.unsure_threshold
        and (n := ties.holds_every_word(matcher, query, top, settings.unsure_margin)) is not None
    ):  # torn between entries, and only one holds every telling word asked: that one
        top = [top[n], *top[:n], *top[n + 1 :]]
        return MatchResult(query, ANSWERED, tuple(top), None, top[0].score)
    if close and top[0].score < settings.unsure_threshold:
        # torn between entries and sure of none: that is not knowing
        return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score)
    return MatchResult(query, UNSURE if close else ANSWERED, tuple(top), None, top[0].score)


def _nearly_as_near(top: list[Match], fits: Callable[[Match], bool]) -> list[Match] | None:
    """The matches after the first that `fits`, when the best of them is within
    `ASPECT_MARGIN` of the first: what may answer in its place; None when none may."""
    other = [m for m in top[1:] if fits(m)]
    return other if other and top[0].score - other[0].score < ASPECT_MARGIN else None


def _asked_of(matcher: Matcher, entry: Entry) -> set[str]:
    """The stems an entry's question asks of, less what it sets aside itself ("Why build
    crates.io rather than use GitHub?" is not asked of GitHub, as the question that sets
    GitHub aside is not)."""
    own = set(matcher.question_stems(entry))
    kept = excluded.without_set_aside((normalise(entry.question),))
    if kept is None:
        return own
    left = {stem(w) for w in kept}
    return {s for s in own if s in left}


# "what causes ...", "what could be causing ...": the cause of a thing, asked
_WHAT_CAUSES = re.compile(
    r"\bwhats?(?: (?:is|could|might|would|can|else|usually))*(?: be)? caus\w*"
)
CAUSE_MARGIN = 5  # an entry that says what causes the thing asked answers this near the best
# a verb of bringing about, and what follows it in its clause: the effect (English)
_CAUSING = re.compile(
    r"\b(?:cause|causes|caused|causing|lead to|leads to|led to|result in|results in|"
    r"trigger|triggers|triggered|bring on|brings on|produce|produces)\b([^.;:!?]*)"
)


def _says_cause_of(matcher: Matcher, entry: Entry, effect: set[str]) -> bool:
    """Does the entry's answer say what brings about one of `effect` (the stems asked the
    cause of): a verb of causing with one of them after it in its clause?"""
    for found in _CAUSING.finditer(entry.answer.lower()):
        words = normalise(found.group(1)).split()
        if not effect.isdisjoint(matcher._stems_of(tuple(words)) | {stem(w) for w in words}):
            return True
    return False


_NOT_THING = re.compile(r"\bnot (?:(?:the|a|an|my|your|from|in|of|its|their) )?([a-z]+)")


def _denied(entry: Entry) -> set[str]:
    """The stems an entry's answer says "not" of ("its origin is abdominal, NOT SPINAL")."""
    return {stem(w) for w in _NOT_THING.findall(normalise(entry.answer))}


def _holds_any(matcher: Matcher, match: Match, stems: tuple[str, ...]) -> bool:
    """Does the entry of `match` say one of `stems` anywhere (question, alternates, key terms
    or answer)?"""
    return any(matcher.holds_anywhere(match, s) for s in stems)


def _sides_asked(matcher: Matcher, query: Query) -> tuple[frozenset[str], frozenset[str]] | None:
    """The known stems of the two things a question asks the difference between, if it
    does and the base knows words of both (bot/contrast.py)."""
    found = contrast.sides(query.text)
    if found is None:
        return None
    first, second = (
        frozenset(s for s in matcher._stems_of(tuple(side.split())) if s in matcher.index.idf)
        for side in found
    )
    if not first or not second or first == second:
        return None
    return first, second


def _tells_apart(
    matcher: Matcher, entry: Entry, sides: tuple[frozenset[str], frozenset[str]]
) -> bool:
    return contrast.tells_apart(
        entry.answer, *sides, lambda clause: matcher._stems_of(tuple(normalise(clause).split()))
    )


def _asked_in_form(matcher: Matcher, query: Query, top: list[Match]) -> Match | None:
    """The runner-up that answers what is asked, when the best only shares its topic:
    "When should back pain be checked by a medical professional?" is asked as "When
    should I see a doctor ...?" is, not as "what do medical professionals say ..."; of a
    question in a telling form (a time, a place, a reason, an amount), the entry asked in
    another form, none of whose phrasings is asked so, gives way to the nearest whose own
    question is, from `answer_threshold` and within `FORM_MARGIN`. Not of a question
    that says too little of its own."""
    settings = matcher.kb.settings
    if (
        len(top) < 2
        or not forms.telling(query.form)
        or matcher.evidence(query.stems) < settings.min_evidence
    ):
        return None
    best = top[0].entry
    # "What should I know about X?" is asked in no form: any answer fits it
    if forms.form(best.question) is None or forms.asked_in(
        (best.question, *best.alternates), query.form
    ):
        return None
    said = set(query.stems) | set(query.context)
    taken = {stem(w) for w in matcher._taken}
    own = set(matcher.question_stems(best))
    return next(
        (
            m
            for m in top[1:]
            if top[0].score - m.score < FORM_MARGIN
            and m.score >= settings.answer_threshold
            and forms.asked_in((m.entry.question,), query.form)
            # "what causes most back pain?" is not asked of magnesium, which the entry
            # asked "how does magnesium lead to back pain?" is, and the best is not
            and not ((set(matcher.question_stems(m.entry)) & taken) - said - own)
        ),
        None,
    )


def decide_story(
    matcher: Matcher, query: Query, ranked: list[Match], topic: tuple[str, ...] = ()
) -> MatchResult:
    """A story's reading holds many told words no one entry has all of: it is answered
    from `situation_threshold`, and close seconds are offered beside it."""
    settings = matcher.kb.settings
    top = tuple(ranked[:RANKED])
    missing = matcher.not_addressed(query, top[0].entry) if top else ()
    if missing:  # what is asked of the topic is not there, whatever the story
        return MatchResult(query, NO_MATCH, top, None, top[0].score, missing)
    if (
        top
        and forms.remedy(top[0].entry.question)
        and forms.asks_whether_causes(forms.last_asking(query.words))
    ):
        # "is the switch the problem?" after the story asks whether it brought this about:
        # one nearly as near that is no remedy answers before how to stop it
        other = next((m for m in top[1:] if not forms.remedy(m.entry.question)), None)
        if other is not None and top[0].score - other.score < ASPECT_MARGIN:
            top = (other, *(m for m in top if m is not other))
    if (
        top
        and forms.explained_after_yes_or_no(query.form, top[0].entry.answer)
        and forms.opens_yes(top[0].entry.answer)
    ):
        # "why would it help with that?" after a story: "Yes, it is studied for pain" says
        # whether; the related entry that gives the means of what is asked answers
        behind = reasons.reason_behind(matcher, query.stems, top[0].entry, query.text)
        if behind is not None:
            top = (Match(behind, top[0].score), *(m for m in top[1:] if m.entry != behind))
    if not top or top[0].score < settings.situation_threshold:
        return MatchResult(query, NO_MATCH, top, None, top[0].score if top else 0.0)
    close = len(top) > 1 and top[0].score - top[1].score < settings.unsure_margin
    return MatchResult(query, UNSURE if close else ANSWERED, top, None, top[0].score)
