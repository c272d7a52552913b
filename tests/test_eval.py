"""Answer quality on the project's own question set (tests/eval/questions.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.authoring.evaluate import CATEGORY_ORDER, EvalFileError, evaluate_rows, read_rows

QUESTIONS = Path(__file__).parent / "eval" / "questions.jsonl"

# Per-category floors, in percent of rows judged right: a little under what the matcher
# reaches today (core 88.5, followup 88, smalltalk 100, offtopic 100, near 94.3), so that a
# change that loses answers fails here. Raise them as quality rises; never lower them to make
# a change pass.
MINIMUMS = {"core": 86, "smalltalk": 100, "offtopic": 100, "near": 90, "followup": 80}


@pytest.fixture(scope="module")
def report(kb, matcher):
    return evaluate_rows(kb, read_rows(QUESTIONS), matcher)


@pytest.mark.parametrize("category", list(MINIMUMS))
def test_category_minimum(report, category):
    outcomes = report.by_category()[category]
    misses = [
        f"{o.row.id}: {o.row.text!r} -> {o.reply.status} "
        f"{o.reply.entry.id if o.reply.entry else ''}"
        for o in outcomes
        if not o.ok
    ]
    assert report.percent(category) >= MINIMUMS[category], "\n".join(misses)


def test_every_category_has_a_minimum_and_rows(report):
    assert set(report.by_category()) == set(MINIMUMS) == set(CATEGORY_ORDER)
    assert all(len(rows) >= 10 for rows in report.by_category().values())


def test_row_ids_are_unique():
    ids = [row.id for row in read_rows(QUESTIONS)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "line, problem",
    [
        ('{"id": "x", "q": "hi"}', "expect"),
        ("not json", "Expecting value"),
        ('{"id": "x", "turns": [1, 2], "expect_status": "no_match"}', "text"),
    ],
)
def test_a_malformed_row_names_its_line(tmp_path, line, problem):
    path = tmp_path / "questions.jsonl"
    path.write_text(
        '{"id": "ok", "q": "hi", "expect_status": "smalltalk"}\n\n' + line + "\n", encoding="utf-8"
    )
    with pytest.raises(EvalFileError) as caught:
        read_rows(path)
    assert str(caught.value).startswith(f"{path}:3: ")
    assert problem in str(caught.value)


# -- the report's figures, on outcomes made by hand ----------------------------------------


def _outcome(category: str, ok: bool, score: float, expect_status: str | None = None):
    from bot.authoring.evaluate import Row, RowOutcome
    from bot.core.reply import Reply

    row = Row(
        f"{category}-{score}", category, ("q",), () if expect_status else (("x",),), expect_status
    )
    return RowOutcome(row, Reply("q", expect_status or "answered", "x", score=score), ok)


def _report(*outcomes):
    from bot.authoring.evaluate import Report

    report = Report()
    report.outcomes.extend(outcomes)
    return report


def test_tallies_follow_the_category_order_then_overall():
    report = _report(
        _outcome("near", True, 10, "no_match"),
        _outcome("core", False, 70),
        _outcome("core", True, 90),
        _outcome("custom", True, 95),
    )
    assert [tuple(t[:3]) for t in report.tallies()] == [
        ("core", 1, 2),
        ("near", 1, 1),
        ("custom", 1, 1),
        ("overall", 3, 4),
    ]
    assert report.tallies()[0].percent == 50.0


@pytest.mark.parametrize(
    "score, bin_", [(0.0, 0), (9.9, 0), (10.0, 1), (59.9, 5), (60.0, 6), (99.9, 9), (100.0, 9)]
)
def test_confidence_puts_a_score_in_its_ten_point_bin(score, bin_):
    groups = _report(_outcome("core", True, score)).confidence()
    assert groups["answerable_right"] == [int(i == bin_) for i in range(10)]


def test_confidence_groups_right_wrong_and_should_decline_but_not_smalltalk():
    groups = _report(
        _outcome("core", True, 95),
        _outcome("core", False, 65),
        _outcome("followup", False, 30),
        _outcome("near", False, 72, "no_match"),
        _outcome("smalltalk", True, 100, "smalltalk"),
    ).confidence()
    assert {name: sum(counts) for name, counts in groups.items()} == {
        "answerable_right": 1,
        "answerable_wrong": 2,
        "should_decline": 1,
    }


def test_floors_compare_categories_and_overall():
    report = _report(_outcome("core", True, 90), _outcome("core", False, 50))
    floors = report.floors({"core": 50, "overall": 51, "near": 0})
    assert [(f.category, f.percent, f.met) for f in floors] == [
        ("core", 50.0, True),
        ("overall", 50.0, False),
        ("near", 0.0, False),
    ]


# -- conversation rows: kinds and red-flag guidance -----------------------------------------

EVAL = Path(__file__).parent / "eval"

# Per-kind floors on the conversation sets, a little under today's figures (7 rows a kind in
# the first sets, 5 in the second, 6 in the third, 5 in the sixth's, the ninth's and the
# tenth's tuning halves, 10 in the eleventh's to fourteenth's, 7 to 10 in the fifteenth's
# and the sixteenth's). The test halves were tuned on in rounds of issue 13 and are
# regression sets now. Red flags depend on safety.toml too.
ALL_KINDS = ("fresh", "not-covered", "redflag", "ellipsis", "correction", "story")
KIND_MINIMUMS = {
    "conversations-tune.jsonl": {**dict.fromkeys(ALL_KINDS, 100), "story": 85},
    "conversations-test.jsonl": {**dict.fromkeys(ALL_KINDS, 100), "fresh": 70},
    "conversations2-tune.jsonl": dict.fromkeys(ALL_KINDS, 100),
    "conversations2-test.jsonl": dict.fromkeys(ALL_KINDS, 100),
    "conversations3-tune.jsonl": {**dict.fromkeys(ALL_KINDS, 100), "ellipsis": 80, "story": 80},
    "conversations3-test.jsonl": dict.fromkeys(ALL_KINDS, 100),
    "conversations6-tune.jsonl": dict.fromkeys(ALL_KINDS, 100),
    "conversations9-tune.jsonl": {
        **dict.fromkeys(ALL_KINDS, 100),
        "ellipsis": 80,
        "correction": 80,
        "story": 80,
    },
    "conversations10-tune.jsonl": {
        **dict.fromkeys(ALL_KINDS, 100),
        "redflag": 80,
        "correction": 80,
        "story": 80,
    },
    "conversations11-tune.jsonl": {**dict.fromkeys(ALL_KINDS, 100), "redflag": 80, "story": 80},
    "conversations12-tune.jsonl": {
        **dict.fromkeys(ALL_KINDS, 100),
        "fresh": 80,
        "redflag": 90,
        "correction": 90,
        "story": 90,
    },
    "conversations13-tune.jsonl": {
        **dict.fromkeys(ALL_KINDS, 100),
        "ellipsis": 80,
        "correction": 85,
        "story": 60,
    },
    "conversations14-tune.jsonl": {
        **dict.fromkeys(ALL_KINDS, 100),
        "fresh": 90,
        "ellipsis": 80,
        "correction": 90,
        "story": 70,
    },
    "conversations15-tune.jsonl": {**dict.fromkeys(ALL_KINDS, 100), "correction": 75, "story": 80},
    "conversations16-tune.jsonl": {
        **dict.fromkeys(ALL_KINDS, 100),
        "redflag": 90,
        "ellipsis": 85,
        "story": 90,
    },
    "conversations17-tune.jsonl": {**dict.fromkeys(ALL_KINDS, 100), "story": 75, "correction": 80},
    "conversations18-tune.jsonl": {**dict.fromkeys(ALL_KINDS, 100), "story": 77},
    "conversations19-tune.jsonl": {
        **dict.fromkeys(ALL_KINDS, 100),
        "redflag": 70,
        "ellipsis": 80,
        "story": 90,
    },
    "conversations20-tune.jsonl": {**dict.fromkeys(ALL_KINDS, 100), "story": 50},
    # three kinds only: the probes written in the twentieth round
    "conversations21-tune.jsonl": {"fresh": 93, "ellipsis": 86, "story": 75},
    # the twenty-second round: the tuning half of set 22, and set 23 (tuning only)
    "conversations22-tune.jsonl": {**dict.fromkeys(ALL_KINDS, 100), "redflag": 66, "story": 66},
    "conversations23.jsonl": {
        **dict.fromkeys(ALL_KINDS, 100),
        "redflag": 90,
        "ellipsis": 90,
        "correction": 90,
        "story": 50,
    },
}


@pytest.fixture(scope="module")
def conversations(kb, matcher):
    return {name: evaluate_rows(kb, read_rows(EVAL / name), matcher) for name in KIND_MINIMUMS}


@pytest.mark.parametrize(
    "name, kind", [(name, kind) for name, kinds in KIND_MINIMUMS.items() for kind in kinds]
)
def test_conversation_kind_minimum(conversations, name, kind):
    report = conversations[name]
    tally = {t.category: t for t in report.kind_tallies()}[kind]
    misses = [
        f"{o.row.id}: {o.row.text!r} -> {o.reply.status} "
        f"{o.reply.entry.id if o.reply.entry else ''}"
        for o in report.by_kind()[kind]
        if not o.ok
    ]
    assert tally.percent >= KIND_MINIMUMS[name][kind], "\n".join(misses)


def test_rows_are_tallied_by_kind_and_safety_is_judged(tmp_path, kb, matcher):
    path = tmp_path / "rows.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(row)
            for row in [
                {
                    "id": "a",
                    "kind": "story",
                    "turns": ["my legs are numb and my back hurts"],
                    "expect_safety": "doctor",
                },
                {
                    "id": "b",
                    "kind": "story",
                    "turns": ["can magnesium cause back pain"],
                    "expect_safety": "urgent",
                },
                {"id": "c", "q": "what is referred pain", "expect": [["referred"]]},
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    report = evaluate_rows(kb, read_rows(path), matcher)
    assert [o.ok for o in report.outcomes] == [True, False, True]
    assert [(t.category, t.right, t.total) for t in report.kind_tallies()] == [("story", 1, 2)]
    data = report.to_dict({"story": 50})
    assert data["kinds"] == {"story": {"right": 1, "total": 2, "percent": 50.0}}
    assert data["floors"][0]["met"] is True
    assert data["misses"][0]["expected"] == "urgent guidance"


def test_a_report_without_kinds_has_no_kinds_key(report):
    assert report.kind_tallies() == [] and "kinds" not in report.to_dict()
