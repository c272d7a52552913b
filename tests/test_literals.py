"""`literals.needed`: strings one of which every match of a pattern holds, read from the
pattern, so that `magbot ask` compiles a pattern only for a message that may match it."""

import importlib.util
import random
import re
from pathlib import Path

import pytest

from bot.core import aspects, literals, text


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bhow many (?!times)[a-z]+", ("how many ",)),
        (r"foo|bar", ("bar", "foo")),
        (r"(whats|what is) the dose", ("what is the dose", "whats the dose")),
        (r"\w+ing\b", ("ing",)),
        (r"(kidney|kidneys|liver) disease", ("kidney disease", "kidneys disease", "liver disease")),
        (r"\b(kidney|kidneys|liver)\b", ("kidney", "liver")),  # "kidneys" holds "kidney"
        (r"abc|d\d", (literals.DIGIT, "abc")),
    ],
)
def test_the_strings_a_pattern_needs_are_read_from_it(pattern, needs):
    assert literals.needed(pattern) == needs


@pytest.mark.parametrize(
    "pattern",
    [
        r"x*",  # matches the empty string
        r"\w+",  # a word class only
        r"(?i:dose)",  # case-blind in part only
        r"a|\w+",  # one way round needs nothing
        r"[^a]+",
        "",
        r"(unclosed",  # not a pattern at all
    ],
)
def test_a_pattern_that_needs_no_one_string_says_so(pattern):
    needs = literals.needed(pattern)
    assert needs == ()
    assert literals.may_match("anything at all", needs)


def test_a_case_blind_patterns_strings_are_looked_for_in_lower_case():
    needs = literals.needed(r"\b(?:What|how)\b", re.IGNORECASE)
    assert needs == (literals.FOLDED, "how", "what")
    assert literals.needed(r"(?i)dose") == (literals.FOLDED, "dose")
    assert literals.may_match("WHAT is it", needs)
    assert not literals.may_match("why is it", needs)
    # beyond ASCII, case folds past it ("\u017f" is a long s): it may always match
    assert literals.may_match("\u017fo", literals.needed(r"so", re.IGNORECASE))
    assert re.search(r"so", "\u017fo", re.IGNORECASE)
    assert literals.needed("\u017fo", re.IGNORECASE) == ()  # an ASCII "so" would match it


def test_no_text_a_case_blind_pattern_matches_is_ruled_out_by_its_needs():
    rng = random.Random(11)
    patterns = [
        r"\b(?:what|whats|how|why)\b",
        r",?\s+(?:and|also|or)\s+(?=(?:what|how|can)\b)",
        r"(?<![a-z])(?:is|are|was|were)(?:nt)?(?![a-z])",
        r"[,;:]|[.!?](?=\s)|\b(?:but|so)\b",
    ]
    pieces = ["What", "HOW", "And", "also", "WERE", "isnt", "But", "so", ",", ".", "x", "\u017f"]
    pieces += ["can", "cAn", "Or", "magnesium", "back", "pain", "Why", "?", "!", " "]
    checked = 0
    for pattern in patterns:
        needs = literals.needed(pattern, re.IGNORECASE)
        assert needs and needs[0] == literals.FOLDED
        for _ in range(500):
            sample = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
            if re.search(pattern, sample, re.IGNORECASE):
                checked += 1
                assert literals.may_match(sample, needs), (pattern, sample)
    assert checked > 200


def test_a_digit_is_any_decimal_digit_as_the_pattern_reads_it():
    needs = literals.needed(r"\b\d+ ?mg\b")
    assert needs == (literals.DIGIT,) or "mg" in needs
    assert literals.may_match("take \u0663 mg", literals.needed(r"\d+"))  # Arabic-Indic three
    assert not literals.may_match("take some", literals.needed(r"\d+"))


def _texts(rng: random.Random, words: list[str]) -> list[str]:
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) for _ in range(800)]


def test_no_text_a_shipped_pattern_matches_is_ruled_out_by_its_needs():
    """The reading is safe: over texts made of the patterns' own words and others, every text
    the pattern matches holds one of its needed strings."""
    patterns = [p for a in aspects.load() for p in (a.asks_pattern, a.others) if p]
    assert patterns
    rng = random.Random(7)
    vocabulary = [w for p in patterns for w in re.findall(r"[a-z]+", p)]
    vocabulary += ["3", "40", "\u0663", "mg", "my", "dog", "take", "old", "year", "the", "of"]
    vocabulary += ["how many", "give my", "can my", "years old", "what is the", "400 mg"] * 5
    vocabulary += ["who should not take", "anyone who cant be using"] * 5
    checked = 0
    for pattern in patterns:
        needs = literals.needed(pattern)
        for sample in _texts(rng, vocabulary):
            if re.search(pattern, sample):
                checked += 1
                assert literals.may_match(sample, needs), (pattern, sample)
    assert checked > 50  # the texts did reach the patterns


def test_shipped_aspects_carry_their_patterns_needs():
    dose = next(a for a in aspects.load() if a.asks_pattern and "how many" in a.asks_pattern)
    assert dose.asks_needs == literals.needed(dose.asks_pattern, spaced=True)
    assert dose.asks_needs  # a dose pattern needs words: most questions never compile it
    assert not literals.may_match("can magnesium cause back pain", dose.asks_needs, spaced=True)


def test_an_aspect_is_still_asked_through_its_pattern():
    found = aspects.asked("how many mg should i take", aspects.load())
    assert found  # the pattern was tried, since the question holds what it needs


def _pattern_needs_script():
    path = Path(__file__).resolve().parents[1] / "scripts" / "build_pattern_needs.py"
    spec = importlib.util.spec_from_file_location("build_pattern_needs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_table_of_pattern_needs_is_current():
    """bot/core/patternneeds.py is what scripts/build_pattern_needs.py writes now: run the
    script after changing a pattern (a stale entry is never wrong, only slower)."""
    script = _pattern_needs_script()
    assert script.TARGET.read_text(encoding="utf-8") == script.source()


def test_a_lazy_pattern_answers_a_text_without_its_needs_as_the_pattern_would():
    texts = ["can magnesium cause back pain", "why, and how?", "take 400 mg", "", "a\nb"]
    for pattern in [r"[,;:]|\s-+\s", r"\bhow many (\w+)", r"(\d+) ?mg", r"\b(why|how)\b"]:
        lazy = text.LazyPattern(pattern)
        lazy.needs = literals.needed(pattern)
        compiled = re.compile(pattern)
        for t in texts:
            fresh = text.LazyPattern(pattern)
            fresh.needs = lazy.needs
            assert (fresh.search(t) is None) == (compiled.search(t) is None)
            assert text.LazyPattern(pattern).split(t) == compiled.split(t)
            skipped = text.LazyPattern(pattern)
            skipped.needs = lazy.needs
            assert skipped.split(t) == compiled.split(t)
            assert skipped.sub("_", t) == compiled.sub("_", t)
            assert skipped.findall(t) == compiled.findall(t)
            assert [m.span() for m in skipped.finditer(t)] == [
                m.span() for m in compiled.finditer(t)
            ]


def test_a_text_without_a_patterns_needs_never_compiles_it():
    lazy = text.LazyPattern(r"\bhow many (\w+)")
    lazy.needs = ("how many ",)
    assert lazy.search("can magnesium cause back pain") is None
    assert lazy._compiled is None
    assert lazy.search("how many mg") is not None
    assert lazy._compiled is not None


def test_a_pattern_asked_of_many_texts_is_compiled_all_the_same():
    """The needs spare a one-question `ask` the compile; a program that asks a pattern of
    thousands of texts (`check`) is quicker with it compiled, and gets it so."""
    lazy = text.LazyPattern(r"\bhow many (\w+)")
    lazy.needs = ("how many ",)
    for _ in range(1000):
        assert lazy.search("can magnesium cause back pain") is None
    assert lazy._compiled is not None


def test_a_pattern_over_words_needs_its_words_whole():
    """Over a normalised text, where a word boundary is a space or an end, "\\buse\\b"
    needs " use ", which "cause" does not hold: the pattern is never compiled for it."""
    needs = literals.needed(r"\b(take|use) it\b", spaced=True)
    assert needs == (" take it ", " use it ")
    assert not literals.may_match("can magnesium cause it", needs, spaced=True)
    assert literals.may_match("use it", needs, spaced=True)  # at the ends of the text too
    assert literals.needed(r"\b(take|use) it\b") == ("take it", "use it")  # not over words


def test_a_choice_whose_ways_need_too_many_strings_together_needs_their_fewest():
    """One way round needs many strings (a run of choices), another a few: together they
    are too many, so each gives its fewest instead of nothing at all."""
    many = r"\b(do|does|can|could|will) (i|we|you) (need|get|have) (an?|the) (mri|scan|x ray)\b"
    pattern = rf"\bhow (is|are) it (diagnosed|detected)\b|{many}"
    needs = literals.needed(pattern, spaced=True)
    assert needs
    assert not literals.may_match("can magnesium cause back pain", needs, spaced=True)


def test_no_text_a_shipped_pattern_matches_is_ruled_out_by_its_needs_over_words():
    patterns = [p for a in aspects.load() for p in (a.asks_pattern, a.others) if p]
    rng = random.Random(8)
    vocabulary = [w for p in patterns for w in re.findall(r"[a-z]+", p)]
    vocabulary += ["3", "40", "mg", "my", "dog", "cause", "because", "partake", "the", "of"]
    vocabulary += ["how many", "give my", "can my", "years old", "what is the", "400 mg"] * 5
    checked = 0
    for pattern in patterns:
        needs = literals.needed(pattern, spaced=True)
        # twice the texts: over words, a random text matches rarely (enough are checked)
        for sample in _texts(rng, vocabulary) + _texts(rng, vocabulary):
            if re.search(pattern, sample):
                checked += 1
                assert literals.may_match(sample, needs, spaced=True), (pattern, sample)
    assert checked > 50
