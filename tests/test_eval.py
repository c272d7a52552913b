"""Answer quality on the project's own question set (tests/eval/questions.jsonl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluate import CATEGORY_ORDER, EvalFileError, read_rows, run

QUESTIONS = Path(__file__).parent / "eval" / "questions.jsonl"

# Per-category floors, in percent of rows judged right. They are floors to raise as the
# quality rises, never to lower to make a change pass; the final numbers are set with the
# matcher's tuning.
MINIMUMS = {"core": 85, "smalltalk": 90, "offtopic": 100, "near": 90, "followup": 40}


@pytest.fixture(scope="module")
def report(kb, matcher):
    return run(kb, read_rows(QUESTIONS), matcher)


@pytest.mark.parametrize("category", list(MINIMUMS))
def test_category_minimum(report, category):
    outcomes = report.by_category()[category]
    misses = [f"{o.row.id}: {o.row.text!r} -> {o.reply.status} "
              f"{o.reply.entry.id if o.reply.entry else ''}" for o in outcomes if not o.ok]
    assert report.percent(category) >= MINIMUMS[category], "\n".join(misses)


def test_every_category_has_a_minimum_and_rows(report):
    assert set(report.by_category()) == set(MINIMUMS) == set(CATEGORY_ORDER)
    assert all(len(rows) >= 10 for rows in report.by_category().values())


def test_row_ids_are_unique():
    ids = [row.id for row in read_rows(QUESTIONS)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "line, problem",
    [('{"id": "x", "q": "hi"}', "expect"), ("not json", "Expecting value"),
     ('{"id": "x", "turns": [1, 2], "expect_status": "no_match"}', "text")],
)
def test_a_malformed_row_names_its_line(tmp_path, line, problem):
    path = tmp_path / "questions.jsonl"
    path.write_text('{"id": "ok", "q": "hi", "expect_status": "smalltalk"}\n\n' + line + "\n",
                    encoding="utf-8")
    with pytest.raises(EvalFileError) as caught:
        read_rows(path)
    assert str(caught.value).startswith(f"{path}:3: ")
    assert problem in str(caught.value)
