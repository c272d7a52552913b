"""The `magbot` command: `main(argv)` with exit codes and output, and the real process for pipes."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPLY_KEYS, run

from bot import __version__
from bot.core.conversation import Conversation

# a second entry asked like zebra balm that answers otherwise: a tie to be unsure over
OTHER_BALM = "Rub zebra balm in twice a day, the tests say."

ENTRY_KEYS = {"id", "question", "source"}

OXIDE = "is mag oxide poorly absorbed"
OFF_TOPIC = "what is the capital of france"


def magbot(
    *args: str, stdin: str | bytes = b"", cwd: Path | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    """`python -m bot ARGS` as a real process, stdin and stdout being pipes."""
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=data,
        capture_output=True,
        timeout=30,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


# -- ask -------------------------------------------------------------------------------


def test_ask_prints_the_answer_and_its_source(capsys, kb):
    code, out, err = run(capsys, "ask", "is", "mag", "oxide", "poorly", "absorbed")
    assert code == 0, err
    entry = kb.entry("oxide-absorption")
    assert entry.answer in out  # not wrapped: stdout is not a terminal
    assert f"Source: {entry.source}" in out
    assert "You could also ask:" in out
    assert "1) " in out and "4) " not in out
    assert err == ""


def test_ask_json_prints_one_object_with_exact_keys(capsys, kb):
    code, out, err = run(capsys, "ask", "--json", OXIDE)
    assert code == 0, err
    [data] = json_lines(out)
    assert set(data) == REPLY_KEYS and set(data["entry"]) == ENTRY_KEYS
    assert data["query"] == OXIDE
    assert data["status"] == "answered"
    assert data["entry"]["id"] == "oxide-absorption"
    assert data["answer"] == kb.entry("oxide-absorption").answer
    assert isinstance(data["score"], float) and 0 <= data["score"] <= 100
    assert data["alternatives"] == []


def test_ask_json_matches_the_core(capsys, kb, matcher):
    code, out, _ = run(capsys, "ask", "--json", "why does magnesium oxide upset my gut")
    assert code == 0, out
    expected = Conversation(kb, matcher).respond("why does magnesium oxide upset my gut")
    assert json.loads(out) == expected.to_dict()


@pytest.mark.parametrize(
    "question, status, code",
    [
        (OXIDE, "answered", 0),
        ("hello", "smalltalk", 0),
        ("thanks!", "smalltalk", 0),
        (OFF_TOPIC, "no_match", 1),
        ("can potassium cause back pain", "no_match", 1),
    ],
)
def test_ask_exit_code_follows_the_status(capsys, question, status, code):
    result, out, err = run(capsys, "ask", "--json", question)
    assert code == result, err
    assert json.loads(out)["status"] == status


def test_ask_unsure_exits_0(capsys, kb_copy, add_entries, new_entry):
    add_entries(new_entry(id="zebra-balm"), new_entry(id="zebra-balm-too", answer=OTHER_BALM))
    code, out, err = run(capsys, "ask", "--kb", str(kb_copy), "--json", "zebra balm")
    assert code == 0, err
    data = json.loads(out)
    assert data["status"] == "unsure"
    assert [set(a) for a in data["alternatives"]] == [{"id", "question", "score"}]


def test_ask_no_match_json_carries_the_fallback(capsys, kb):
    code, out, _ = run(capsys, "ask", "--json", OFF_TOPIC)
    assert code == 1, out
    data = json.loads(out)
    assert (data["entry"], data["answer"], data["alternatives"]) == (None, kb.settings.fallback, [])


def test_ask_no_match_plain_prints_the_fallback(capsys, kb):
    code, out, _ = run(capsys, "ask", OFF_TOPIC)
    assert code == 1, out
    assert out.strip() == kb.settings.fallback
    assert "Source:" not in out


def test_a_question_without_ask_is_asked(capsys):
    code, out, err = run(capsys, "is", "mag", "oxide", "poorly", "absorbed")
    assert code == 0, err
    assert "Source:" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["--kb", "KB", "ask", "hello"],
        ["ask", "--kb", "KB", "hello"],
        ["ask", "--kb=KB", "hello"],
        ["--kb=KB", "hello"],
        ["--no-color", "hello"],
        ["--no-color", "--kb", "KB", "ask", "hello"],
        ["--kb", "KB", "hello"],
    ],
    ids=" ".join,
)
def test_options_before_and_after_the_command(capsys, shipped_dir, argv):
    code, out, err = run(capsys, *(a.replace("KB", str(shipped_dir)) for a in argv))
    assert code == 0, err
    assert out.startswith("Hello")


@pytest.mark.parametrize(
    "argv",
    [["--kb=KB"], ["--kb", "KB"]],
    ids=" ".join,
)
def test_kb_option_alone_starts_the_chat(capsys, monkeypatch, shipped_dir, argv):
    monkeypatch.setattr(sys, "stdin", io.StringIO("hello\n"))
    code, out, err = run(capsys, *(a.replace("KB", str(shipped_dir)) for a in argv))
    assert code == 0, err
    assert out.startswith("Hello")


def test_ask_json_escapes_control_characters(capsys):
    code, out, _ = run(capsys, "ask", "--json", "\x1b[31mhello\x07")
    assert "\x1b" not in out and "\x07" not in out
    assert json.loads(out)["query"] == "\x1b[31mhello\x07"


# -- usage errors and broken bases -----------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["ask"],
        ["ask", ""],
        ["ask", "   "],
        ["ask", "--bogus", "hi"],
        ["--bogus"],
        ["chat", "--bogus"],
        ["ask", "--kb"],
    ],
)
def test_usage_error_exits_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2, (out, err)
    assert "error:" in err
    assert "Traceback" not in err + out
    assert out == ""


def broken_kb(kind: str, kb_copy: Path, tmp_path: Path) -> Path:
    if kind == "missing":
        return tmp_path / "no-such-folder"
    if kind == "syntax":
        path = sorted((kb_copy / "entries").glob("*.toml"))[0]
        path.write_text(path.read_text(encoding="utf-8") + "\nthis is not toml\n", encoding="utf-8")
    elif kind == "no-entries":
        shutil.rmtree(kb_copy / "entries")
    elif kind == "a-file":
        kb_copy = tmp_path / "a-file"
        kb_copy.write_text("not a folder\n", encoding="utf-8")
    return kb_copy


@pytest.mark.parametrize("kind", ["missing", "syntax", "no-entries", "a-file"])
@pytest.mark.parametrize("where", ["before", "after"])
def test_unusable_knowledge_folder_exits_2_with_one_line(capsys, kb_copy, tmp_path, kind, where):
    folder = str(broken_kb(kind, kb_copy, tmp_path))
    argv = ["--kb", folder, "ask", OXIDE] if where == "before" else ["ask", "--kb", folder, OXIDE]
    code, out, err = run(capsys, *argv)
    assert code == 2, (out, err)
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith("magbot: error: ")
    assert "Traceback" not in err


def test_broken_base_error_names_file_and_line(capsys, kb_copy, tmp_path):
    folder = broken_kb("syntax", kb_copy, tmp_path)
    path = sorted((folder / "entries").glob("*.toml"))[0]
    number = len(path.read_text(encoding="utf-8").splitlines())
    code, _, err = run(capsys, "ask", "--kb", str(folder), OXIDE)
    assert code == 2, err
    assert err.startswith(f"magbot: error: {path}:{number}: ")


def test_broken_base_from_the_environment_exits_2(capsys, kb_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("MAGBOT_KB", str(broken_kb("no-entries", kb_copy, tmp_path)))
    code, _, err = run(capsys, "ask", OXIDE)
    assert code == 2, err
    assert err.startswith("magbot: error: ")


def test_chat_with_a_broken_base_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, "chat", "--kb", str(tmp_path / "nowhere"))
    assert code == 2, err
    assert err.startswith("magbot: error: ")


def test_internal_error_is_logged_not_shown(capsys, monkeypatch, state_home):
    def explode(self, text):
        raise RuntimeError("boom from the test")

    monkeypatch.setattr(Conversation, "respond", explode)
    code, out, err = run(capsys, "ask", OXIDE)
    assert code == 3, err
    assert "Traceback" not in err and out == ""
    log = state_home / "magbot" / "magbot.log"
    assert err == f"magbot: internal error; details in {log}\n"
    assert "RuntimeError: boom from the test" in log.read_text(encoding="utf-8")


def test_interrupt_exits_130(capsys, monkeypatch):
    def interrupt(self, text):
        raise KeyboardInterrupt

    monkeypatch.setattr(Conversation, "respond", interrupt)
    code, _, err = run(capsys, "ask", OXIDE)
    assert code == 130, err


# -- version, help ---------------------------------------------------------------------


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out == f"magbot {__version__}\n"


@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["ask", "--help"], ["chat", "--help"]])
def test_help(capsys, argv):
    code, out, _ = run(capsys, *argv)
    assert code == 0, out
    assert out.startswith("usage: magbot")
    assert "example" in out


def test_help_says_it_is_not_medical_advice(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0, out
    assert "not medical advice" in " ".join(out.split())


# -- colour ----------------------------------------------------------------------------


def pretend_terminal(monkeypatch) -> None:
    """Make stdout claim to be a terminal, so colour is on unless something turns it off.

    Called in the test body: capsys puts its own stdout in place only for the call.
    """
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)


def test_ask_on_a_terminal_is_coloured(capsys, monkeypatch):
    # the control for the test below: colour is really there to be turned off
    pretend_terminal(monkeypatch)
    code, out, _ = run(capsys, "ask", OXIDE)
    assert code == 0, out
    assert "\x1b[" in out


@pytest.mark.parametrize("how", ["NO_COLOR", "--no-color", "--no-color after ask", "TERM=dumb"])
def test_colour_can_be_turned_off(capsys, monkeypatch, how):
    pretend_terminal(monkeypatch)
    argv = ["ask", OXIDE]
    if how == "NO_COLOR":
        monkeypatch.setenv("NO_COLOR", "1")
    elif how == "TERM=dumb":
        monkeypatch.setenv("TERM", "dumb")
    elif how == "--no-color":
        argv = ["--no-color", *argv]
    else:
        argv = ["ask", "--no-color", OXIDE]
    code, out, _ = run(capsys, *argv)
    assert code == 0, out
    assert "\x1b" not in out


@pytest.mark.parametrize("argv", [["ask", OXIDE], ["ask", OFF_TOPIC], ["chat"], ["chat", "--json"]])
def test_piped_output_has_no_escape_bytes(argv):
    result = magbot(*argv, stdin=f"{OXIDE}\nhello\n{OFF_TOPIC}\n")
    assert result.returncode in (0, 1), result.stderr
    assert result.stdout and b"\x1b" not in result.stdout


def test_no_color_on_a_real_terminal():
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "TERM": "xterm-256color"}
    out, code = pexpect.run(
        f"{sys.executable} -m bot ask {OXIDE}", env=env, withexitstatus=True, timeout=30
    )
    assert code == 0, out
    assert b"\x1b[" in out  # the control: colour on a terminal
    env["NO_COLOR"] = "1"
    out, code = pexpect.run(
        f"{sys.executable} -m bot ask {OXIDE}", env=env, withexitstatus=True, timeout=30
    )
    assert code == 0, out
    assert b"\x1b" not in out


# -- the real process ------------------------------------------------------------------


def test_ask_does_not_import_prompt_toolkit(tmp_path):
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bot", "ask", OXIDE],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "import time:" in result.stderr  # the import log is really there
    assert "prompt_toolkit" not in result.stderr


def test_python_m_bot_ask(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    result = magbot("ask", "--json", OXIDE, cwd=work)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["entry"]["id"] == "oxide-absorption"
    assert list(work.iterdir()) == []  # nothing is written to the working folder


def test_piped_chat_json_one_object_per_non_empty_line(kb):
    lines = [OXIDE, "", "   ", "1", "thanks", OFF_TOPIC]
    result = magbot("chat", "--json", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    replies = json_lines(result.stdout.decode())
    assert [r["query"] for r in replies] == [OXIDE, "1", "thanks", OFF_TOPIC]
    assert [r["status"] for r in replies] == ["answered", "answered", "smalltalk", "no_match"]
    assert all(set(r) == REPLY_KEYS for r in replies)
    # one conversation: "1" asked the first question suggested after the first answer
    first_related = kb.entry(replies[0]["entry"]["id"]).related[0]
    assert replies[1]["entry"]["id"] == first_related


def test_json_suggestions_are_numbered_as_shown_and_picked_by_number(kb):
    """A program piping "2" can tell from the JSON what it picked (issue 11, point 7)."""
    result = magbot("chat", "--json", stdin=f"{OXIDE}\n2\n")
    assert result.returncode == 0, result.stderr
    first, second = json_lines(result.stdout.decode())
    related = kb.entry("oxide-absorption").related
    assert first["suggestions"] == [
        {"number": n, "id": entry_id, "question": kb.entry(entry_id).question}
        for n, entry_id in enumerate(related[:3], 1)
    ]
    assert second["entry"]["id"] == first["suggestions"][1]["id"]
    plain = magbot("ask", OXIDE).stdout.decode()
    for suggestion in first["suggestions"]:
        assert f"{suggestion['number']}) {suggestion['question']}" in plain


def test_json_suggestions_of_an_unsure_reply_are_its_options(
    capsys, kb_copy, add_entries, new_entry
):
    add_entries(
        new_entry(id="zebra-balm"),
        new_entry(
            id="zebra-balm-too", question="Is zebra balm safe with magnesium?", answer=OTHER_BALM
        ),
    )
    code, out, _ = run(capsys, "ask", "--json", "--kb", str(kb_copy), "zebra balm")
    [data] = json_lines(out)
    assert data["status"] == "unsure"
    assert [s["id"] for s in data["suggestions"]] == [a["id"] for a in data["alternatives"]]
    numbers = [s["number"] for s in data["suggestions"]]
    assert numbers == list(range(1, len(data["alternatives"]) + 1))


def test_json_suggestions_are_empty_after_small_talk(capsys):
    code, out, _ = run(capsys, "ask", "--json", "hello")
    assert json_lines(out)[0]["suggestions"] == []


@pytest.mark.parametrize("goodbye", ["bye", "exit", "quit", "goodbye", "Bye!", "  EXIT  "])
def test_a_goodbye_alone_stops_piped_chat(goodbye):
    """Issue 11, point 3: leaving words typed alone end the chat like /quit."""
    result = magbot("chat", "--json", stdin=f"hello\n{goodbye}\n{OXIDE}\n")
    assert result.returncode == 0, result.stderr
    assert [r["query"] for r in json_lines(result.stdout.decode())] == ["hello"]


@pytest.mark.parametrize("message", ["bye for now, is oxide poorly absorbed", "how do I exit"])
def test_a_goodbye_word_inside_a_message_is_a_message(message):
    result = magbot("chat", "--json", stdin=f"{message}\nhello\n")
    assert [r["query"] for r in json_lines(result.stdout.decode())] == [message, "hello"]


def test_piped_chat_plain():
    result = magbot("chat", stdin=f"{OXIDE}\nthanks\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "Source:" in out and "You're welcome" in out
    assert "\n\n" in out.split("Source:")[1]  # a blank line between replies


@pytest.mark.parametrize("argv", [[], ["chat"], ["--no-color"]])
def test_no_command_means_chat(argv):
    result = magbot(*argv, stdin="hello\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith("Hello")


@pytest.mark.parametrize("quit_line", ["/quit", "/exit", "/q", "  /QUIT  "])
def test_quit_line_stops_piped_chat(quit_line):
    result = magbot("chat", "--json", stdin=f"hello\n{quit_line}\nthanks\n")
    assert result.returncode == 0, result.stderr
    assert [r["query"] for r in json_lines(result.stdout.decode())] == ["hello"]


def test_piped_chat_with_empty_input_prints_nothing():
    result = magbot("chat", "--json", stdin="")
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""


def test_piped_chat_survives_bytes_that_are_not_utf8():
    result = magbot("chat", "--json", stdin=b"\xff\xfe hello \xc3\n" + OXIDE.encode() + b"\n")
    assert result.returncode == 0, result.stderr
    assert [r["status"] for r in json_lines(result.stdout.decode())][1] == "answered"


def test_piped_chat_closed_early_is_quiet():
    lines = "".join(f"{OXIDE}\n" for _ in range(2000))
    shell = f"{sys.executable} -m bot chat --json | head -n 1"
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {shell}"],
        input=lines.encode(),
        capture_output=True,
        timeout=60,
    )
    assert b"Traceback" not in result.stderr and b"Error" not in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_edited_knowledge_is_seen_by_the_next_run(kb_copy, add_entries, new_entry):
    first = magbot("ask", "--kb", str(kb_copy), "--json", "zebra balm")
    assert first.returncode == 1, first.stderr
    add_entries(new_entry())
    second = magbot("ask", "--kb", str(kb_copy), "--json", "zebra balm")
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["entry"]["id"] == "zebra-balm"
    path = kb_copy / "entries" / "99-extra.toml"
    text = path.read_text(encoding="utf-8")
    # same size, so only the file's time tells the change
    path.write_text(text.replace("a made-up remedy", "an invented cure"), encoding="utf-8")
    third = magbot("ask", "--kb", str(kb_copy), "--json", "zebra balm")
    assert "an invented cure" in json.loads(third.stdout)["answer"]


# -- mistyped commands and options (issue 11, points 12 and 13) -------------------------


@pytest.mark.parametrize(
    "typo, meant",
    [
        ("chekc", "check"),
        ("chta", "chat"),
        ("evl", "eval"),
        ("misess", "misses"),
        ("ingets", "ingest"),
        ("aks", "ask"),
        ("CHECK", "check"),
    ],
)
def test_a_mistyped_command_is_a_usage_error_suggesting_it(capsys, state_home, typo, meant):
    code, out, err = run(capsys, typo)
    assert code == 2, (out, err)
    assert f"did you mean '{meant}'" in err
    assert out == ""
    assert not (state_home / "magbot" / "misses.jsonl").exists()  # not kept as a question


@pytest.mark.parametrize("argv", [["oxide"], ["chekc", "the", "dose"], ["--kb", "KB", "magnesium"]])
def test_a_question_that_looks_like_no_command_is_still_asked(capsys, shipped_dir, argv):
    code, out, err = run(capsys, *(a.replace("KB", str(shipped_dir)) for a in argv))
    assert code in (0, 1), err
    assert "did you mean" not in err


def misses_logged(state_home: Path) -> list[str]:
    path = state_home / "magbot" / "misses.jsonl"
    if not path.exists():
        return []
    return [json.loads(line)["question"] for line in path.read_text().splitlines()]


@pytest.mark.parametrize(
    "question", ["2", "2)", "why?", "why", "tell me more", "how come", "--json", "/help", "and?"]
)
def test_numbers_commands_and_lone_follow_ups_are_never_misses(capsys, state_home, question):
    code, _, err = run(capsys, "ask", "--", question)
    assert code in (0, 1), err
    assert misses_logged(state_home) == []


def test_piped_numbers_and_follow_ups_are_not_misses_but_questions_are(state_home):
    lines = [OXIDE, "/clear", "2", "why?", "can magnesium cause kidney stones"]
    result = magbot(
        "chat",
        stdin="\n".join(lines) + "\n",
        env={"XDG_STATE_HOME": str(state_home), "MAGBOT_LOG": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert misses_logged(state_home) == ["can magnesium cause kidney stones"]


def test_an_unknown_option_is_reported_by_its_command_with_a_suggestion(capsys):
    code, out, err = run(capsys, "ask", "--jsn", "hi")
    assert code == 2
    assert err.startswith("usage: magbot ask")
    assert "unrecognized arguments: --jsn; did you mean --json?" in err
    assert out == ""


@pytest.mark.parametrize(
    "argv, usage",
    [
        (["chat", "--no-pagr"], "usage: magbot chat"),
        (["--no-colr", "hi"], "usage: magbot ask"),
        (["eval", "x.jsonl", "--jsno"], "usage: magbot eval"),
    ],
)
def test_unknown_options_of_other_commands(capsys, argv, usage):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err.startswith(usage) and "did you mean --" in err


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version_flags(capsys, flag):
    assert run(capsys, flag)[:2] == (0, f"magbot {__version__}\n")


def test_help_gives_the_disclaimer_once_and_shows_asking_without_ask(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert " ".join(out.split()).count("not medical advice") == 1
    assert "magbot what is magnesium usually taken for\n" in out  # the base's first question


def test_ask_help_lists_every_exit_code(capsys):
    code, out, _ = run(capsys, "ask", "--help")
    assert code == 0
    text = " ".join(out.split())
    for number in (
        "0 answered",
        "1 no match",
        "2 usage error",
        "3 internal error",
        "130 interrupted",
    ):
        assert number in text


def test_the_eval_help_example_passes_on_the_shipped_base(capsys):
    root = Path(__file__).resolve().parents[1]
    _, out, _ = run(capsys, "eval", "--help")
    [example] = [
        line.split() for line in out.splitlines() if line.strip().startswith("magbot eval")
    ]
    argv = [str(root / a) if a.endswith(".jsonl") else a for a in example[1:]]
    code, out, err = run(capsys, *argv)
    assert code == 0, err


def test_ask_builds_only_its_own_subcommand():
    from bot.terminal.parser import COMMANDS, _command_of, build_parser

    assert set(build_parser(only="ask").subparsers) == {"ask"}
    assert set(build_parser().subparsers) == set(COMMANDS)
    assert _command_of(["ask", "--kb", "chat", "why"]) == "ask"
    assert _command_of(["--kb", "ask", "chat"]) == "chat"  # --kb's value is no command
    assert _command_of(["--help", "ask"]) is None  # the top level's help lists them all


def test_the_top_level_help_lists_every_command(capsys):
    from bot.terminal.parser import COMMANDS

    code, out, _ = run(capsys, "--help")
    assert code == 0
    listed = out.split("positional arguments:")[1]
    assert all(f"    {name} " in listed for name in COMMANDS)


@pytest.mark.parametrize(
    "argv",
    [
        ["ask", "can", "magnesium", "cause", "back", "pain"],
        ["ask", "--json", "why oxide"],
        ["ask", "why", "oxide", "--no-log", "--json"],
        ["ask", "--kb", "some-folder", "--log", "--no-color", "is it the mag"],
        ["ask", "--", "--json", "is a word here"],
        ["ask", ""],
    ],
)
def test_a_plain_ask_is_read_as_argparse_reads_it(argv):
    from bot.terminal.cli import quick_ask
    from bot.terminal.parser import build_parser

    quick = quick_ask(argv)
    assert quick is not None
    full = build_parser(only="ask").parse_args(argv)
    for name in ("command", "question", "json", "kb", "no_log", "log", "no_color", "run"):
        assert getattr(quick, name) == getattr(full, name), name


@pytest.mark.parametrize(
    "argv",
    [
        ["ask"],  # no question: argparse says what is missing
        ["ask", "--help"],
        ["ask", "--js", "why"],  # an abbreviation argparse may accept
        ["ask", "--kb=folder", "why"],
        ["ask", "why", "--json", "more", "words"],  # words on both sides of an option
        ["chat", "--json"],
        ["why", "oxide"],
    ],
)
def test_any_other_command_line_is_left_to_argparse(argv):
    from bot.terminal.cli import quick_ask

    assert quick_ask(argv) is None


BACK_PAIN = "can magnesium cause back pain"


def _asked_then(question: str, probe: str, cache: Path | None = None, times: int = 1) -> list:
    """Ask `question` in a fresh process `times` times (sharing the cache folder `cache`),
    then print `probe` (an expression on `sys` and `bot.core.words`): each run's result."""
    code = (
        "import sys, io, contextlib\n"
        "from bot.terminal.cli import main\n"
        "from bot.core import words\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['ask', '--no-log', {question!r}])\n"
        f"print({probe})\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)} if cache else None
    return [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        for _ in range(times)
    ]


def test_a_plain_ask_does_not_import_argparse():
    [result] = _asked_then(BACK_PAIN, "'argparse' in sys.modules")
    assert result.stdout.strip() == "False", result.stderr


def test_an_ask_from_the_cache_parses_no_toml(tmp_path):
    # everything a question needs (the aspects and their frames too) is in the compiled cache
    runs = _asked_then(
        "what happens if i take too much magnesium",
        "'tomllib' in sys.modules or 'tomli' in sys.modules",
        tmp_path,
        times=2,
    )
    assert [r.stdout.strip() for r in runs] == ["True", "False"], runs[1].stderr


def test_one_question_imports_no_follow_up_only_module(tmp_path):
    # `ask` is a first turn: what only a follow-up reads ("then what is?") is not loaded
    [result] = _asked_then(BACK_PAIN, "'bot.core.stranded' in sys.modules", tmp_path)
    assert result.stdout.strip() == "False", result.stderr


def test_a_plain_question_reads_no_word_data(tmp_path):
    # "can magnesium cause back pain": every word is the base's own, so neither the word
    # frequencies nor the parts of speech (each a file of hundreds of KB) are read
    runs = _asked_then(BACK_PAIN, "words._lines is None, words._parts is None", tmp_path, 2)
    assert runs[1].stdout.strip() == "True True", runs[1].stderr


# -- the garbage collector: off while magbot starts, on for what runs on ---------------------


@pytest.mark.parametrize(
    ("argv", "collecting"),
    [
        (["ask", "can magnesium cause back pain"], False),  # one question, then the end
        (["ask", "--json", "--kb", "knowledge", "--", "hi"], False),
        (["check"], True),
        (["misses", "--help"], False),  # argparse exits before any command runs
    ],
)
def test_the_collector_is_back_on_for_every_command_that_runs_on(
    capsys, monkeypatch, argv, collecting
):
    import gc

    from bot.terminal import cli

    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    gc.disable()  # as launch.main leaves it
    try:
        cli.main(argv)
        assert gc.isenabled() is collecting
    finally:
        gc.enable()


class _Exited(Exception):
    pass


def _recording_exit(monkeypatch) -> list[int]:
    """`os._exit` as the launcher sees it, recording the code instead of ending pytest."""
    from bot.terminal import launch

    codes: list[int] = []

    def exit_now(code: int) -> None:
        codes.append(code)
        raise _Exited

    monkeypatch.setattr(launch.os, "_exit", exit_now)
    return codes


def test_the_launcher_answers_with_the_collector_off_and_ends_at_once(capsys, monkeypatch):
    """`ask` ends as soon as its answer is out, with its exit code, skipping the teardown."""
    import gc

    from bot.terminal import launch

    codes = _recording_exit(monkeypatch)
    monkeypatch.setattr(sys, "argv", ["magbot", "ask", "can magnesium cause back pain"])
    try:
        with pytest.raises(_Exited):
            launch.main()
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert codes == [0]
    assert "magnesium" in capsys.readouterr().out
    monkeypatch.setattr(sys, "argv", ["magbot", "ask", "how tall is mount everest"])
    try:
        with pytest.raises(_Exited):
            launch.main()
    finally:
        gc.enable()
    assert codes == [0, 1]  # "I don't know" keeps its exit code


def test_a_command_that_runs_on_exits_the_usual_way(capsys, monkeypatch, tmp_path):
    """A command that turned the collector back on returns its code to Python's own exit,
    which closes what it opened."""
    import gc

    from bot.terminal import launch

    codes = _recording_exit(monkeypatch)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "argv", ["magbot", "chat"])
    monkeypatch.setattr(sys, "stdin", io.StringIO("hello\n"))
    try:
        assert launch.main() == 0
    finally:
        gc.enable()
    assert codes == []


def test_output_that_cannot_be_flushed_leaves_the_usual_way(monkeypatch):
    from bot.terminal import launch

    codes = _recording_exit(monkeypatch)

    class Broken(io.StringIO):
        def flush(self):
            raise BrokenPipeError

    monkeypatch.setattr(sys, "stdout", Broken())
    launch._exit_at_once(0)
    assert codes == []


def test_a_closed_output_still_ends_at_once(monkeypatch):
    """Started with `>&-`, the process has no stdout at all: it ends with its code."""
    from bot.terminal import launch

    codes = _recording_exit(monkeypatch)
    monkeypatch.setattr(sys, "stdout", None)
    with pytest.raises(_Exited):
        launch._exit_at_once(2)
    assert codes == [2]
