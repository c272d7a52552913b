"""Text normalisation, the first step of every question: pure functions, no knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot.core import text
from bot.core.text import MAX_QUERY_CHARS, ByLength, Lexicon, normalise, stem, tokens

DOSE_DOES = text._DOSE_DOES  # chat's "dose" for "does", as normalise mends it


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Can Magnesium CAUSE Back Pain", "can magnesium cause back pain"),
        ("back-pain?!", "back pain"),
        ("...oxide, citrate; glycinate...", "oxide citrate glycinate"),
        ("  lots \t of\n\nspace  ", "lots of space"),
        ("snake_case", "snake case"),
        ("Magnésium à la crème", "magnesium a la creme"),
        ("naïve Zürich façade", "naive zurich facade"),
        ("ＭＡＧ ｏｘｉｄｅ", "mag oxide"),  # full-width letters
        ("STRASSE Straße", "strasse strasse"),  # casefold, not just lower
        ("don’t", "dont"),  # curly apostrophe
        ("don't", "dont"),
        ("it`s", "its"),  # a backtick typed as an apostrophe: "it's", as chat writes it
        ("magnesium`s", "magnesium"),  # ... and a possessive
        ("magnesium’s role", "magnesium role"),  # curly possessive
        ("the article's title", "the article title"),
        ("James' book", "james book"),
        ("", ""),
        ("?!...", ""),
        # "to much", "to many": chat's "too", typed as it sounds; "to" before other words stays
        ("why can to much of it give cramps", "why can too much of it give cramps"),
        ("I take to many pills!", "i take too many pills"),
        ("go to mum, listen to music", "go to mum listen to music"),
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_normalise_cuts_very_long_text():
    assert len(normalise("ab" * (MAX_QUERY_CHARS * 25))) == MAX_QUERY_CHARS


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_normalise_is_idempotent_and_clean(text):
    once = normalise(text)
    assert normalise(once) == once
    assert once == once.strip() and "  " not in once
    assert once == once.casefold()


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Can magnesium cause back pain?", ["can", "magnesium", "cause", "back", "pain"]),
        ("mag-ox, 400mg!", ["mag", "ox", "400", "mg"]),  # a number and its unit part
        ("   ", []),
    ],
)
def test_tokens(raw, expected):
    assert tokens(raw) == expected


@pytest.mark.parametrize(
    "words",
    [
        ("cramp", "cramps", "cramped", "cramping"),
        ("spasm", "spasms"),
        ("relax", "relaxes", "relaxed", "relaxing", "relaxation"),
        ("absorb", "absorbs", "absorbed", "absorbing"),
        ("cause", "causes", "caused", "causing"),
        ("radiate", "radiates", "radiated", "radiating"),
        ("strain", "strains", "strained", "straining"),
        ("stop", "stops", "stopped", "stopping"),
        ("muscle", "muscles"),
        ("nerve", "nerves"),
        ("supplement", "supplements"),
        ("inflame", "inflamed", "inflammation"),
        ("sit", "sitting"),
        # British and American spellings
        ("recognise", "recognize", "recognised", "recognized", "recognising", "recognizing"),
        ("minimise", "minimize", "minimised", "minimized"),
        ("sensitisation", "sensitization"),
        ("organisation", "organization"),
        ("ache", "aches", "ached", "aching"),
        ("bloat", "bloats", "bloated", "bloating"),
        ("recognises", "recognizes"),
    ],
    ids=lambda words: words[0],
)
def test_stem_folds_inflections_together(words):
    stems = {word: stem(word) for word in words}
    assert len(set(stems.values())) == 1, stems


@pytest.mark.parametrize(
    "one, other",
    [("magnesium", "magnet"), ("back", "bake"), ("stress", "strain"), ("nerve", "never")],
)
def test_stem_keeps_different_words_apart(one, other):
    assert stem(one) != stem(other)


@pytest.mark.parametrize("word", ["bus", "is", "gas", "400mg", "b12", "ok"])
def test_stem_leaves_short_and_non_alphabetic_words_alone(word):
    assert stem(word) == word


def _plain_stem(word: str) -> str:
    """`stem` read plainly: every suffix of the table tried in turn."""
    from bot.core.text import _KEEP_S, _SUFFIXES, _UNDOUBLE, _one_l

    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in _SUFFIXES:
        shortest = 4 if suffix.startswith("at") else 3
        if word.endswith(suffix) and len(word) - len(suffix) + len(replacement) >= shortest:
            word = word[: -len(suffix)] + replacement
            if word.endswith("ll") and len(word) > 4:
                word = _one_l(word)
            break
    else:
        if word.endswith("s") and not word.endswith(_KEEP_S) and len(word) >= 4:
            word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] in _UNDOUBLE:
        word = word[:-1]
    if len(word) >= 4 and word.endswith("e"):
        word = word[:-1]
    return word


def test_stem_tries_only_the_suffixes_a_word_ends_in():
    # a word that ends in none of them is not tried against each: the same stems
    from bot.core.text import _stem

    path = Path(__file__).parents[1] / "bot" / "data" / "words.txt"
    for word in path.read_text(encoding="utf-8").split():
        assert _stem(word) == _plain_stem(word), word


LEXICON = Lexicon.build(
    synonyms={
        "mag": "magnesium",
        "mag ox": "magnesium oxide",
        "back ache": "back pain",
        "lower back ache": "lumbar pain",
        "Tummy": "stomach",
    },
    stopwords=["the", "my", "is", "Does", "give", "me"],
)


@pytest.mark.parametrize(
    "words, expected",
    [
        ("does mag help", "does magnesium help"),
        ("mag ox gave me back ache", "magnesium oxide gave me back pain"),  # longest phrase first
        ("my lower back ache", "my lumbar pain"),  # 3 words beat 2
        ("my back is fine", "my back is fine"),  # "back" alone is no phrase
        ("tummy and mag", "stomach and magnesium"),  # keys are normalised
        ("back ache back ache", "back pain back pain"),
        ("", ""),
    ],
)
def test_lexicon_canonical(words, expected):
    assert LEXICON.canonical(words.split()) == expected.split()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "mag",
                "ox",
                "back",
                "lower",
                "ache",
                "tummy",
                "the",
                "my",
                "is",
                "does",
                "me",
                "pain",
                "x",
            ]
        )
    )
)
def test_content_words_are_the_words_both_synonym_passes_keep(words):
    # a message where no synonym phrase starts skips both passes: the same words
    from itertools import filterfalse

    stop = LEXICON.stopwords.__contains__
    content = list(filterfalse(stop, LEXICON.canonical(words)))
    plain = list(dict.fromkeys(filterfalse(stop, LEXICON.canonical(content))))
    assert LEXICON.content_words(words) == plain


def test_lexicon_content_drops_stopwords_and_repeats():
    words = tokens("Does the cramping, the cramps, give me cramped muscles?")
    assert LEXICON.content(words) == ["cramp", "muscl"]


@pytest.mark.parametrize(
    "words, content",
    [
        ("how come my knee hurts", ["knee", "hurts"]),  # "how come" asks why
        ("How come? the rash came back", ["rash", "came", "back"]),
        ("when did it come on", ["come"]),  # a "come" of its own is a word
        ("come to think of it how come", ["come", "think"]),
    ],
)
def test_the_come_of_how_come_is_no_content_word(words, content):
    assert Lexicon.build({}, []).content_words(tokens(words)) == content


def test_lexicon_content_applies_synonyms_before_stopwords():
    assert LEXICON.content(tokens("is my mag ox the problem")) == [
        stem("magnesium"),
        stem("oxide"),
        stem("problem"),
    ]


def test_empty_lexicon_changes_nothing():
    words = tokens("mag ox gave me back ache")
    assert Lexicon().canonical(words) == words
    assert Lexicon().content(words) == [stem(w) for w in words]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text("abcd", min_size=1, max_size=9), max_size=60),
    st.text("abcd", min_size=1, max_size=9),
    st.integers(1, 3),
)
def test_a_typo_is_found_the_same_among_the_words_of_a_near_length(words, word, limit):
    # the matcher and meaning.mend look for a typo only there: the same nearest spellings,
    # in the same order, ties included
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    by_length = ByLength(words)
    by_length.near(len(word) + 2, 1)  # one reading of the list serves every length asked
    near = by_length.near(len(word), limit)
    assert near == [w for w in words if abs(len(w) - len(word)) <= limit]
    best = process.extractOne(word, words, scorer=OSA.distance, score_cutoff=limit)
    best_near = process.extractOne(word, near, scorer=OSA.distance, score_cutoff=limit)
    assert (best and best[:2]) == (best_near and best_near[:2])
    nearest = process.extract(word, words, scorer=OSA.distance, score_cutoff=limit, limit=5)
    nearest_near = process.extract(word, near, scorer=OSA.distance, score_cutoff=limit, limit=5)
    assert [hit[:2] for hit in nearest] == [hit[:2] for hit in nearest_near]


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab1'’`´ sS_-.é٣ＭⅫ²"), max_size=30)
    | st.text(max_size=30)
    | st.builds(lambda n: "ab " * n + "a", st.integers(330, 336))  # plain, about the limit
)
def test_normalise_skips_only_the_passes_that_change_nothing(raw):
    # every pass run, as `normalise` read before it skipped the ones a text cannot need
    # (all of them for plain lower-case words)
    import re
    import unicodedata

    text = raw[:MAX_QUERY_CHARS]
    text = re.sub(r"^\s*\[[^\]\n]{1,30}\]", "", text)  # a tag opening a post: "[Discussion]"
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"}))
    kept = ("what", "who", "how", "where", "when", "why", "that", "there", "here", "it", "she")
    kept += ("he", "let")  # "'s" of "is" or "us" after these stays: "whats", "lets"
    text = re.sub(r"\b(\w+)'s\b", lambda m: m[1] + "s" if m[1] in kept else m[1], text)
    text = re.sub(r"'s\b", "", text).replace("'", "")
    text = text.replace("%", " percent ")  # "10%": ten percent
    text = re.sub(r"[\W_]+", " ", text)
    code = re.compile(r"[a-z]+\d{1,2}[a-z]+")  # "e2e", "h2o": one word
    text = re.sub(
        r"\b\w*(?:\d[^\W\d_]|[^\W\d_]\d)\w*\b",
        lambda m: (
            m[0]
            if code.fullmatch(m[0])
            else re.sub(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)", " ", m[0])
        ),
        text,
    )
    text = re.sub(r"([a-z])\1\1+", r"\1\1", text).strip()  # a letter held: twice
    text = re.sub(r"\bto (?=(?:much|many)\b)", "too ", text)  # chat's "to much"
    text = DOSE_DOES.sub("does", text)  # chat's "how dose it work"
    assert normalise(raw) == text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text("abcd", min_size=1, max_size=9), max_size=60),
    st.text("abcd", min_size=1, max_size=9),
    st.integers(1, 3),
)
def test_with_no_near_word_that_begins_alike_no_typo_is_taken(words, word, limit):
    # the matcher and meaning.mend take a near spelling only if it begins as the word does,
    # so they skip the whole search when no word of the same first letter is near
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    by_length = ByLength(words)
    alike = by_length.near(len(word), limit, word[0])
    assert alike == [w for w in by_length.near(len(word), limit) if w[0] == word[0]]
    if process.extractOne(word, alike, scorer=OSA.distance, score_cutoff=limit) is None:
        near = by_length.near(len(word), limit)
        best = process.extractOne(word, near, scorer=OSA.distance, score_cutoff=limit)
        assert best is None or best[0][0] != word[0]
        nearest = process.extract(word, near, scorer=OSA.distance, score_cutoff=limit, limit=50)
        assert all(w[0] != word[0] for w, _, _ in nearest)


@pytest.mark.parametrize(
    "words, expected",
    [
        ("my magnesium is low", "my magnesium deficiency"),  # "low magnesium", said of it
        ("my back was sore today", "my back pain today"),
        ("my magnesium is not low", "my magnesium is not low"),  # not said to be so
        ("low magnesium", "magnesium deficiency"),  # the phrase itself, as before
        ("the test is low", "the test is low"),  # no phrase of these two
    ],
)
def test_a_phrase_of_an_adjective_and_a_noun_holds_when_the_noun_is_said_to_be_so(words, expected):
    lexicon = Lexicon.build({"low magnesium": "magnesium deficiency", "sore back": "back pain"}, [])
    assert lexicon.canonical(words.split()) == expected.split()


# -- the full stop of an abbreviation ends nothing ------------------------------------------

_PIECES = [
    "vs.",
    "Vs.",
    "v.",
    "e.g.",
    "I.E.",
    "dr.",
    "Dr.",
    "mrs.",
    "approx.",
    "st.",
    "xvs.",
    "_vs.",
] + ["a", "é", "1", ".", "?", "!", ";", ":", ",", " ", "\n", "\t", "but", "so"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_a_split_skips_an_abbreviations_full_stop_as_a_lookbehind_would(pieces):
    # the definition: each abbreviation as a lookbehind in the pattern (slow to compile)
    import re

    from bot.core.text import _ABBREVIATIONS, split_unabbreviated

    text = "".join(pieces)
    # an ellipsis after a word that cannot end a sentence is a pause, no end ("is that
    # like... the bad one?", `text._paused`): a rule no lookbehind here stands for
    assume(re.search(r"\.\.\.\s", text) is None)
    lookbehinds = "".join(rf"(?<!\b{re.escape(a)})" for a in _ABBREVIATIONS)
    sentence = re.compile(rf"(?<=[.!?;\n]){lookbehinds}\s+|\n+|(?<=\?)(?=\S)", re.IGNORECASE)
    clause = re.compile(rf"[,;:]|[.!?]{lookbehinds}(?=\s)|\b(?:but|so)\b", re.IGNORECASE)
    plain_sentence = re.compile(r"(?<=[.!?;\n])\s+|\n+|(?<=\?)(?=\S)")
    plain_clause = re.compile(r"[,;:]|[.!?](?=\s)|\b(?:but|so)\b", re.IGNORECASE)
    assert split_unabbreviated(plain_clause, text) == clause.split(text)
    kept = [p.strip() for p in split_unabbreviated(plain_sentence, text) if p.strip()]
    assert kept == [p.strip() for p in sentence.split(text) if p.strip()]


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("is it like... the strong kind?", ["is it like... the strong kind?"]),
        ("it's the\u2026 blue one, right?", ["it's the\u2026 blue one, right?"]),
        ("i run daily... is that too much?", ["i run daily...", "is that too much?"]),
        ("hmm. ok... so what now?", ["hmm.", "ok...", "so what now?"]),
    ],
)
def test_an_ellipsis_after_a_word_that_cannot_end_a_sentence_is_a_pause(text, sentences):
    from bot.core.text import split_sentences

    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("magnesium causes back pain, is that true?", "magnesium causes back pain?"),
        ("oxide is poorly absorbed, right?", "oxide is poorly absorbed?"),
        ("glycinate is gentler, true or false", "glycinate is gentler"),
        ("my bike chain rusts in the rain, is it true or not?", "my bike chain rusts in the rain?"),
        # a tag that names something of its own, or no claim before it, is kept
        ("magnesium causes back pain, is that true for kids?", None),
        ("ok, true?", None),
        ("so, why does it hurt?", None),
    ],
)
def test_a_tag_that_asks_whether_a_claim_holds_leaves_the_claim(sentence, claim):
    assert text.without_verdict_tag(sentence) == (claim or sentence)


def test_a_ligature_that_comes_apart_long_is_cut_as_the_text_is():
    # "\ufdfa" comes apart into 18 letters: 1,000 of them are not 18,000 letters to read
    from bot.core.text import MAX_QUERY_CHARS, normalise

    assert len(normalise("\ufdfa" * MAX_QUERY_CHARS)) <= 3 * MAX_QUERY_CHARS
    half = MAX_QUERY_CHARS // 2
    assert normalise("\u1ec7b" * half) == "eb" * half  # two marks each
    assert normalise("o\ufb03ce") == "office"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab .?!;:,\n1)(", max_size=30))
def test_a_pattern_that_cannot_match_splits_nothing(text):
    # the characters a sentence end needs, looked for before the pattern is compiled, never
    # keep a split from being found
    from bot.core.text import _SENTENCE_END as ends
    from bot.core.turns import _HEADLINE_END, _LIST_ITEM, _SENTENCE_END

    for pattern in (ends, _SENTENCE_END, _HEADLINE_END, _LIST_ITEM):
        if pattern.cannot_match(text):
            assert pattern.search(text) is None


@pytest.mark.parametrize(
    "said, read",
    [
        ("add too much water", "add toomuchwater water"),
        ("too many cups", "toomuchcups cups"),
        ("too little of the powder", "toolittlepowder of the powder"),
        ("is that too much", "is that"),  # said of nothing named: the words around it ask
        ("it is too hot", "it is too hot"),
    ],
)
def test_too_much_of_a_thing_is_one_word_more(said, read):
    stop = frozenset(("of", "the", "is", "that", "it")).__contains__
    assert text.with_degrees(said.split(), stop) == read.split()


def test_too_much_of_one_thing_is_not_too_much_of_another():
    lexicon = Lexicon.build({}, ["of", "the", "what", "if", "i"], [])
    asked = lexicon.content(["what", "if", "i", "add", "too", "much", "water"])
    assert "toomuchwat" in asked or "toomuchwater" in asked
    light = lexicon.content(["too", "much", "light"])
    assert not set(asked).intersection(light)


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "i switched to glycinate last month is that why my gut is calmer",
            ["i switched to glycinate last month", "is that why my gut is calmer"],
        ),
        ("my son gets leg cramps can he take it", ["my son gets leg cramps", "can he take it"]),
        # a statement's own "is" and modal, and a line that asks from its start: one part
        ("the reason my back hurts is that i sit all day", None),
        ("my doctor said magnesium could help", None),
        ("i take it at night and it is fine", None),
        ("is it safe if my back hurts can i still take it", None),
        ("at what point should i see someone about it", None),
        # a comma is left to the clauses; a conditional opens the question; a verb of
        # meaning takes the question as its object
        ("been sore since monday, could that be the new pills", None),
        ("if the ache lasts two months should i see someone", None),
        ("oops i meant is it good for cramps", None),
    ],
)
def test_a_question_run_on_after_a_statement_is_cut_where_it_begins(line, parts):
    from bot.core.text import run_on_questions

    assert run_on_questions(line) == (parts or [line])


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("heyyy whats up", "heyy whats up"),  # a letter held: read twice at most
        ("Sooooo TIRED!!!", "soo tired"),
        ("good sleep", "good sleep"),  # a double letter of a word stays
        ("1000 mg", "1000 mg"),  # digits are no letters held
    ],
)
def test_a_letter_typed_three_times_or_more_is_read_twice(text, normalised):
    assert normalise(text) == normalised


@pytest.mark.parametrize(
    "words, kept",
    [
        ("how come i feel it in my back", "how i feel it in my back"),
        ("why take it in the first place", "why take it"),
        ("why is everyone on it all of a sudden", "why is everyone on it"),
        ("real talk what usually hurts backs", "what usually hurts backs"),
        ("the real talk show", "the real talk show"),  # no chat opener: a show named
        ("the first place it hurts", "the first place it hurts"),  # a place, named
    ],
)
def test_question_idioms_name_nothing(words, kept):
    from bot.core.text import without_asking_idioms

    assert " ".join(without_asking_idioms(words.split())) == kept


@pytest.mark.parametrize("verb", ["relieve", "relieves", "relieving", "relieved"])
def test_a_verb_in_ieve_shares_its_stem_with_its_noun_in_ief(verb):
    # "relieving pain" asks of the article's "relief"
    assert stem(verb) == stem("relief") == stem("reliefs")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("how dose it work", "how does it work"),
        ("what dose calcium do in muscles", "what does calcium do in muscles"),
        ("dose magnesium cause back pain", "does magnesium cause back pain"),
        ("what dose should i take", "what dose should i take"),  # the dose, asked
        ("what dose of magnesium is safe", "what dose of magnesium is safe"),
        ("magnesium dose per day", "magnesium dose per day"),
    ],
)
def test_dose_typed_for_does_is_read_as_does_only_where_the_verb_stands(typed, read):
    assert normalise(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("[Discussion] Magnesium as a blocker?", "magnesium as a blocker"),
        ("  [help] why does oxide upset me", "why does oxide upset me"),
        ("what does [this] mean", "what does this mean"),  # no tag: words in brackets
    ],
)
def test_a_tag_opening_a_post_is_no_word_asked(typed, read):
    assert normalise(typed) == read


def test_in_the_first_place_names_nothing_in_a_question_without_come(kb):
    # the idioms are read whenever a word of one is said, not only with "come"
    content = kb.lexicon.content_words(["why", "take", "magnesium", "in", "the", "first", "place"])
    assert "place" not in content and "first" not in content


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("Post-Magnesium Back Pain", "after magnesium back pain"),
        ("pre-workout cramps", "before workout cramps"),
        ("my post here", "my post here"),  # a post, said as a word of its own
    ],
)
def test_a_prefix_joined_by_a_hyphen_is_read_as_its_word(text, normalised):
    assert normalise(text) == normalised


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # a phrasal verb of the table with its object between verb and particle
        ("chill your muscles out", ["relax", "your", "muscles"]),
        ("chill out your muscles", ["relax", "your", "muscles"]),
        ("chill the heck out", ["relax", "the", "heck"]),
        # too far apart: as said
        ("chill all my sore muscles out", ["chill", "all", "my", "sore", "muscles", "out"]),
        ("a chill down my spine", ["a", "chill", "down", "my", "spine"]),  # no such phrase
    ],
)
def test_a_phrasal_verb_is_read_with_its_object_between(said, read):
    lexicon = Lexicon.build({"chill out": "relax"}, [])
    assert lexicon.canonical(said.split()) == read


def test_a_synonyms_stem_stands_for_it_only_when_it_is_no_other_word():
    from bot.core.text import Lexicon

    lexicon = Lexicon.build({"pills": "supplement", "mostly": "usually", "tense": "tension"}, [])
    assert lexicon.canonical(["pill"]) == ["supplement"]  # "pill" is "pills", one of them
    assert lexicon.canonical(["most"]) == ["most"]  # "most" is no "mostly"
    assert lexicon.canonical(["tens"]) == ["tens"]  # "tens of them" is no "tense"
    assert lexicon.canonical(["mostly"]) == ["usually"]
