"""`magbot eval`: the report, its JSON, the --min floors and exit codes, through `main(argv)`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.authoring.evaluate import DECLINE, RIGHT, WRONG, evaluate_rows, read_rows
from bot.terminal.cli import main

OFF_TOPIC = "what is the capital of france"


def call(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, *rows: dict, name: str = "questions.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def answerable(kb, number: int = 0, **changes) -> dict:
    """A row asking an entry's own question, expecting a word of its answer."""
    entry = kb.entries[number]
    return {
        "id": f"core-{number}",
        "category": "core",
        "q": entry.question,
        "expect": [[entry.answer.split()[0]]],
        **changes,
    }


@pytest.fixture
def mixed(tmp_path, kb) -> Path:
    """Two right core rows, one wrong core row, a right off-topic and a right small-talk row."""
    return write(
        tmp_path,
        answerable(kb, 0),
        answerable(kb, 1),
        answerable(kb, 2, id="core-wrong", expect=[["zzz-not-in-any-answer"]]),
        {"id": "off-1", "category": "offtopic", "q": OFF_TOPIC, "expect_status": "no_match"},
        {"id": "talk-1", "category": "smalltalk", "q": "hello", "expect_status": "smalltalk"},
    )


# -- the text report -------------------------------------------------------------------


def test_eval_prints_accuracy_per_category_and_overall(capsys, mixed):
    code, out, err = call(capsys, "eval", str(mixed))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:4] == [
        "core        66.7%  (2/3)",
        "smalltalk  100.0%  (1/1)",
        "offtopic   100.0%  (1/1)",
        "overall     80.0%  (4/5)",
    ]
    assert err == ""


def test_eval_lists_each_miss_with_what_it_got(capsys, mixed, kb):
    code, out, err = call(capsys, "eval", str(mixed))
    assert code == 0, err
    assert "misses (1):" in out
    assert f'core-wrong (line 3, core): "{kb.entries[2].question}"' in out
    assert "expected answer holding zzz-not-in-any-answer" in out
    assert f"got answered {kb.entries[2].id}, score " in out


def test_a_guidance_row_missed_says_the_guidance_it_got(capsys, tmp_path):
    """A conversation row that expects see-a-doctor guidance and got the urgent one is no
    answer instead of the guidance: the miss says which flag was raised, at what level."""
    path = write(
        tmp_path,
        {
            "id": "level",
            "category": "followup",
            "turns": ["does magnesium cause back pain?", "I also fell off my bike yesterday"],
            "expect_safety": "doctor",
        },
        {
            "id": "none",
            "category": "followup",
            "turns": ["does magnesium cause back pain?", "is oxide a laxative?"],
            "expect_safety": "doctor",
        },
    )
    code, out, err = call(capsys, "eval", str(path))
    assert code == 0, err
    assert "expected doctor guidance; got flag urgent, reported (fall-or-injury); " in out
    assert "expected doctor guidance; got no flag " in out


def test_eval_prints_the_confidence_histogram_and_the_threshold(capsys, mixed, kb):
    code, out, err = call(capsys, "eval", str(mixed))
    assert code == 0, err
    histogram = out[out.index("confidence of the top match") :]
    assert "answerable: right" in histogram and "should decline" in histogram
    assert f"answer_threshold {kb.settings.answer_threshold:g} (settings.toml)" in histogram
    assert [line.split()[0] for line in histogram.splitlines()[2:4]] == ["90-100", "80-89"]


def test_eval_runs_the_turns_of_a_row_in_one_conversation(capsys, tmp_path, kb):
    entry = next(e for e in kb.entries if e.related)
    picked = kb.entry(entry.related[0])
    path = write(
        tmp_path,
        {
            "id": "f-1",
            "category": "followup",
            "turns": [entry.question, "1"],
            "expect": [[picked.answer[:40].lower()]],
        },
    )
    code, out, err = call(capsys, "eval", str(path))
    assert code == 0, err
    assert out.startswith("followup   100.0%  (1/1)")


def test_eval_answers_from_the_kb_option(capsys, tmp_path, kb_copy, add_entries, new_entry):
    add_entries(new_entry())
    path = write(
        tmp_path,
        {
            "id": "z",
            "category": "core",
            "q": "what does zebra balm do",
            "expect": [["made-up remedy"]],
        },
    )
    code, out, err = call(capsys, "eval", str(path))
    assert code == 0, err
    assert out.startswith("core         0.0%  (0/1)")
    code, out, err = call(capsys, "eval", "--kb", str(kb_copy), str(path))
    assert code == 0, err
    assert out.startswith("core       100.0%  (1/1)")


# -- JSON --------------------------------------------------------------------------------


def test_eval_json_is_one_object_with_the_core_reports_figures(capsys, mixed, kb, matcher):
    code, out, err = call(capsys, "eval", "--json", str(mixed))
    assert code == 0, err
    [line] = out.splitlines()
    data = json.loads(line)
    assert set(data) == {
        "file",
        "answer_threshold",
        "summary",
        "categories",
        "misses",
        "confidence",
        "floors",
    }
    # the three figures: right, declined wrongly, answered wrongly (core-wrong), of all rows
    assert data["summary"] == {"right": 4, "declined_wrongly": 0, "answered_wrongly": 1, "total": 5}
    expected = evaluate_rows(kb, read_rows(mixed), matcher).to_dict()
    assert {k: data[k] for k in expected} == expected
    assert data["categories"]["overall"] == {"right": 4, "total": 5, "percent": 80.0}
    [miss] = data["misses"]
    assert (miss["id"], miss["status"], miss["entry"]) == (
        "core-wrong",
        "answered",
        kb.entries[2].id,
    )
    groups = data["confidence"]["groups"]
    assert [sum(groups[g]) for g in (RIGHT, WRONG, DECLINE)] == [2, 1, 1]


# -- floors and exit codes ------------------------------------------------------------------


@pytest.mark.parametrize("floors", [[], ["core=66"], ["core=60", "offtopic=100", "overall=80"]])
def test_eval_exits_0_when_every_floor_holds(capsys, mixed, floors):
    code, out, err = call(capsys, "eval", str(mixed), *(f"--min={f}" for f in floors))
    assert code == 0, err
    assert err == ""
    assert out.count(" met") == len(floors)


@pytest.mark.parametrize(
    "floors, named",
    [
        (["core=90"], "core 66.7% < 90%"),
        (["offtopic=100", "overall=81"], "overall 80.0% < 81%"),
        (["near=50"], "near has no rows"),
    ],
)
def test_eval_exits_1_naming_the_floor_not_met(capsys, mixed, floors, named):
    code, out, err = call(capsys, "eval", str(mixed), *(f"--min={f}" for f in floors))
    assert code == 1, out
    assert err.strip() == f"magbot: eval: below the floor: {named}"
    assert "NOT MET" in out


def test_eval_json_reports_the_floors(capsys, mixed):
    code, out, _ = call(capsys, "eval", "--json", str(mixed), "--min", "core=90")
    assert code == 1, out
    assert json.loads(out)["floors"] == [
        {"category": "core", "min": 90.0, "percent": 66.7, "rows": 3, "met": False}
    ]


@pytest.mark.parametrize("floor", ["core", "core=", "=90", "core=ninety", "core=101", "core=-1"])
def test_eval_bad_min_is_a_usage_error(capsys, mixed, floor):
    code, out, err = call(capsys, "eval", str(mixed), "--min", floor)
    assert code == 2, out
    assert "CATEGORY=PCT" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "content, line",
    [
        ('{"id": "a", "q": "hello", "expect_status": "smalltalk"}\nnot json\n', 2),
        ('\n{"id": "a", "q": "hello"}\n', 2),
        ('{"id": "a", "turns": "hello", "expect": [["x"]]}\n', 1),
        ('{"id": "a", "q": "hello", "expect": ["x", "y"]}\n', 1),
        ('{"id": "a", "q": "hello", "expect": [[]]}\n', 1),
        ('["hello"]\n', 1),
    ],
)
def test_eval_bad_file_is_one_line_naming_file_and_line(capsys, tmp_path, content, line):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    code, out, err = call(capsys, "eval", str(path))
    assert code == 2, out
    assert out == ""
    assert err.startswith(f"magbot: error: {path}:{line}: ")
    assert len(err.splitlines()) == 1


def test_eval_missing_file_is_a_usage_error(capsys, tmp_path):
    code, out, err = call(capsys, "eval", str(tmp_path / "nothing.jsonl"))
    assert code == 2, out
    assert err.startswith(f"magbot: error: {tmp_path / 'nothing.jsonl'}: cannot read")


def test_eval_of_a_broken_kb_is_a_usage_error(capsys, mixed, tmp_path):
    code, out, err = call(capsys, "eval", "--kb", str(tmp_path / "no-kb"), str(mixed))
    assert code == 2, out
    assert len(err.splitlines()) == 1
