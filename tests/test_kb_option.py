"""`--kb DIR` on every command, and `MAGBOT_KB`: any folder in the knowledge format is used,
the option wins over the variable, and without either the shipped base is the default."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from helpers import run

from bot.core.loader import default_dir

PAN = Path(__file__).parent / "fixtures" / "pan-kb"
PAN_QUESTION = "how do i clean a cast iron pan"
PAN_FALLBACK = "I only know about caring for a cast iron pan."


def pan_answer(capsys, *argv: str) -> dict:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return json.loads(out.splitlines()[0])


def test_the_shipped_base_is_the_default(shipped_dir):
    assert default_dir() == shipped_dir
    assert (shipped_dir / "article.txt").is_file()
    assert shipped_dir.name == "knowledge"


@pytest.mark.parametrize("where", ["option", "option after the command", "environment"])
def test_ask_from_another_folder(capsys, monkeypatch, where):
    argv = ["ask", "--json", PAN_QUESTION]
    if where == "option":
        argv = ["--kb", str(PAN), *argv]
    elif where == "option after the command":
        argv = ["ask", "--kb", str(PAN), "--json", PAN_QUESTION]
    else:
        monkeypatch.setenv("MAGBOT_KB", str(PAN))
    assert pan_answer(capsys, *argv)["entry"]["id"] == "cleaning"


@pytest.mark.parametrize("where", ["option", "environment"])
def test_piped_chat_from_another_folder(capsys, monkeypatch, where):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PAN_QUESTION}\nwhat is the moon made of\n"))
    argv = ["chat", "--json"]
    if where == "option":
        argv.insert(1, f"--kb={PAN}")
    else:
        monkeypatch.setenv("MAGBOT_KB", str(PAN))
    code, out, _ = run(capsys, *argv)
    assert code == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["entry"]["id"] == "cleaning"
    assert second["answer"] == PAN_FALLBACK


@pytest.mark.parametrize("where", ["option", "environment"])
def test_check_from_another_folder(capsys, monkeypatch, where):
    argv = ["check"]
    if where == "option":
        argv += ["--kb", str(PAN)]
    else:
        monkeypatch.setenv("MAGBOT_KB", str(PAN))
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert out.splitlines()[-1] == f"0 errors, 0 warnings in {PAN}"


@pytest.mark.parametrize("where", ["option", "environment"])
def test_misses_from_another_folder(capsys, monkeypatch, where):
    run(capsys, "ask", "--kb", str(PAN), "what is the moon made of")
    run(capsys, "ask", "what is the moon made of")  # the shipped base's miss
    argv = ["misses", "--json"]
    if where == "option":
        argv += ["--kb", str(PAN)]
    else:
        monkeypatch.setenv("MAGBOT_KB", str(PAN))
    code, out, _ = run(capsys, *argv)
    assert code == 0
    [miss] = [json.loads(line) for line in out.splitlines()]
    assert miss["closest"] is None or miss["closest"]["file"].startswith(str(PAN.resolve()))


def test_ingest_borrows_its_stopwords_from_the_kb_folder(capsys, tmp_path):
    article = tmp_path / "a.md"
    article.write_text(
        "# Kettles\n\nDescale the kettle with vinegar once a month.\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "ingest", "--kb", str(PAN), str(article), "-o", str(tmp_path / "k"))
    assert code == 0, err
    lexicon = (tmp_path / "k" / "lexicon.toml").read_text(encoding="utf-8")
    # the pan's short list, not the shipped one
    assert '"with"' in lexicon and '"whether"' not in lexicon


def test_the_option_wins_over_the_environment(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("MAGBOT_KB", str(tmp_path / "nowhere"))
    assert pan_answer(capsys, "ask", "--kb", str(PAN), "--json", PAN_QUESTION)["entry"]


def test_an_empty_environment_variable_means_the_shipped_base(capsys, monkeypatch):
    monkeypatch.setenv("MAGBOT_KB", "")
    reply = pan_answer(capsys, "ask", "--json", "is mag oxide poorly absorbed")
    assert reply["entry"]["id"] == "oxide-absorption"


def test_a_relative_folder_is_relative_to_the_working_folder(capsys, monkeypatch):
    monkeypatch.chdir(PAN.parent)
    assert pan_answer(capsys, "ask", "--kb", PAN.name, "--json", PAN_QUESTION)["entry"]
    monkeypatch.setenv("MAGBOT_KB", PAN.name)
    assert pan_answer(capsys, "ask", "--json", PAN_QUESTION)["entry"]


@pytest.mark.parametrize("command", [["ask", "hi"], ["chat"], ["check"], ["misses"]])
def test_a_missing_folder_is_one_line_and_exit_2(capsys, monkeypatch, tmp_path, command):
    monkeypatch.setattr(sys, "stdin", io.StringIO("hi\n"))
    code, out, err = run(capsys, command[0], "--kb", str(tmp_path / "nowhere"), *command[1:])
    assert code == 2
    assert "Traceback" not in out + err
    assert str(tmp_path / "nowhere") in out + err
