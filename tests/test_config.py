"""The user's settings file (issue 11, point 11): what it changes, --print-config, and
warnings for what it gets wrong, never a crash."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run
from prompt_toolkit.enums import EditingMode
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

import bot.terminal.repl
from bot.terminal import config

OXIDE = "is mag oxide poorly absorbed"
KIDNEY = "can magnesium cause kidney stones"


@pytest.fixture
def settings_file(tmp_path, monkeypatch) -> Path:
    """The settings file magbot reads in this test (written by the test)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    path = tmp_path / "xdg-config" / "magbot" / "config.toml"
    path.parent.mkdir(parents=True)
    return path


def print_config(capsys, *argv: str) -> dict[str, tuple[str, str]]:
    """`magbot --print-config`: {key: (value as TOML, where it came from)}."""
    code, out, err = run(capsys, *argv, "--print-config")
    assert code == 0, err
    values = {}
    for line in out.splitlines()[1:]:
        setting, _, source = line.partition(" # ")
        key, _, value = setting.partition(" = ")
        values[key.strip()] = (value.strip(), source.strip())
    return values


def test_defaults_without_a_file(capsys, settings_file):
    shown = print_config(capsys)
    assert shown == {
        "color": ("true", "default"),
        "theme": ('"default"', "default"),
        "keys": ('"emacs"', "default"),
        "pager": ('"less -SRXF"', "default"),
        "history_size": ("1000", "default"),
        "log_misses": ('"authors"', "default"),
    }


def test_print_config_says_where_each_value_came_from(capsys, settings_file, monkeypatch):
    settings_file.write_text('# mine\nkeys = "vi"\n\nhistory_size = 50\ntheme = "light"\n')
    monkeypatch.setenv("PAGER", "more")
    monkeypatch.setenv("NO_COLOR", "1")
    shown = print_config(capsys, "--no-log")
    assert shown["keys"] == ('"vi"', f"{settings_file}:2")
    assert shown["history_size"] == ("50", f"{settings_file}:4")
    assert shown["theme"] == ('"light"', f"{settings_file}:5")
    assert shown["pager"] == ('"more"', "PAGER")
    assert shown["color"] == ("false", "NO_COLOR")
    assert shown["log_misses"] == ("false", "--no-log")


def test_the_file_pager_beats_PAGER_and_no_pager_beats_both(capsys, settings_file, monkeypatch):
    settings_file.write_text('pager = "most"\n')
    monkeypatch.setenv("PAGER", "more")
    assert print_config(capsys)["pager"] == ('"most"', f"{settings_file}:1")
    assert print_config(capsys, "--no-pager")["pager"] == ("false", "--no-pager")


@pytest.mark.parametrize(
    "text, line, says",
    [
        ("color = false\ncolour = true\n", 2, "unknown setting 'colour'"),
        ('keys = "vi"\n[colors]\nprompt = "red"\n', 2, "unknown setting 'colors'"),
        ('keys = "nano"\n', 1, '\'keys\' must be "emacs" or "vi"'),
        ("\n\nhistory_size = -3\n", 3, "'history_size' must be a whole number"),
        ("pager = 3\n", 1, "'pager' must be true, false or a command"),
        ('color = "no"\n', 1, "'color' must be true or false"),
        ('keys = "vi"\ncolor = \n', 2, "not valid TOML"),
    ],
)
def test_a_bad_setting_is_a_warning_naming_file_and_line(capsys, settings_file, text, line, says):
    settings_file.write_text(text)
    code, out, err = run(capsys, "--print-config")
    assert code == 0
    [warning] = err.splitlines()
    assert warning.startswith(f"magbot: warning: {settings_file}:{line}: ")
    assert says in warning
    assert "Traceback" not in out + err


def test_a_bad_file_still_lets_magbot_answer(capsys, settings_file):
    settings_file.write_bytes(b"\xff\xfe not toml [[[\n")
    code, out, err = run(capsys, "ask", OXIDE)
    assert code == 0, err
    assert "Source:" in out


def test_an_unreadable_settings_file_is_a_warning(capsys, settings_file):
    settings_file.mkdir()  # a folder where the file should be
    code, _, err = run(capsys, "--print-config")
    assert code == 0
    assert f"magbot: warning: {settings_file}: cannot read it" in err


def test_without_xdg_config_home_the_file_is_in_dot_config(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = tmp_path / "home" / ".config" / "magbot" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text("history_size = 7\n")
    assert print_config(capsys)["history_size"] == ("7", f"{path}:1")


# -- what the settings change -----------------------------------------------------------


def test_color_false_turns_colour_off_for_ask(capsys, settings_file, monkeypatch):
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert "\x1b[" in run(capsys, "ask", OXIDE)[1]  # the control
    settings_file.write_text("color = false\n")
    assert "\x1b" not in run(capsys, "ask", OXIDE)[1]


def test_the_light_theme_colours_ask_differently(capsys, settings_file, monkeypatch):
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    dark = run(capsys, "ask", OXIDE)[1]
    settings_file.write_text('theme = "light"\n')
    light = run(capsys, "ask", OXIDE)[1]
    assert "\x1b[36m" in dark and "\x1b[34m" in light and "\x1b[36m" not in light


def test_log_misses_false_keeps_no_misses(capsys, settings_file, state_home):
    settings_file.write_text("log_misses = false\n")
    assert run(capsys, "ask", KIDNEY)[0] == 1
    assert not (state_home / "magbot" / "misses.jsonl").exists()
    settings_file.write_text("log_misses = true\n")
    assert run(capsys, "ask", KIDNEY)[0] == 1
    assert (state_home / "magbot" / "misses.jsonl").exists()


@pytest.fixture
def chat_options(monkeypatch):
    """Run `magbot chat` as on a terminal; return what it handed to the REPL."""
    seen = {}

    def fake_run(kb, **options):
        seen.update(options)
        return 0

    def start(*argv: str) -> dict:
        monkeypatch.setattr(bot.terminal.repl, "run_repl", fake_run)
        monkeypatch.setattr(sys, "stdin", io.StringIO())
        monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
        monkeypatch.setenv("TERM", "xterm-256color")
        assert bot.terminal.cli.main(["chat", *argv]) == 0
        return seen

    return start


def test_the_chat_gets_the_settings(settings_file, chat_options):
    settings_file.write_text(
        'keys = "vi"\ntheme = "light"\npager = "most -s"\nhistory_size = 5\ncolor = false\n'
    )
    seen = chat_options()
    assert seen["prefs"] == bot.terminal.repl.Preferences(
        theme="light", vi=True, pager=["most", "-s"], history_size=5
    )
    assert seen["color"] is False


@pytest.mark.parametrize("text, argv", [("pager = false\n", []), ("", ["--no-pager"])])
def test_the_pager_can_be_turned_off(settings_file, chat_options, text, argv):
    settings_file.write_text(text)
    assert chat_options(*argv)["prefs"].pager is None


def test_the_default_pager_is_less_SRXF(settings_file, chat_options):
    assert chat_options()["prefs"].pager == ["less", "-SRXF"]


def test_vi_keys_in_the_chat(kb):
    with create_pipe_input() as pipe:
        pipe.send_text("\x04")
        pipe.close()
        session, _ = bot.terminal.repl.build_session(
            bot.terminal.commands.Session(bot.core.conversation.Conversation(kb)),
            False,
            pipe,
            DummyOutput(),
            bot.terminal.repl.Preferences(vi=True),
        )
    assert session.editing_mode == EditingMode.VI


def history_file(state_home: Path, questions: list[str]) -> None:
    folder = state_home / "magbot"
    folder.mkdir(parents=True)
    (folder / "history").write_text("".join(f"\n# t\n+{q}\n" for q in questions))


def test_history_size_limits_what_is_recalled(state_home):
    history_file(state_home, [f"question {n}" for n in range(10)])
    history, _ = bot.terminal.repl.open_history(3)
    assert list(history.load_history_strings()) == ["question 9", "question 8", "question 7"]


def test_history_size_0_keeps_no_history(kb, state_home):
    with create_pipe_input() as pipe:
        pipe.send_text(f"{OXIDE}\n\x04")
        pipe.close()
        assert (
            bot.terminal.repl.run_repl(
                kb,
                color=False,
                input=pipe,
                output=DummyOutput(),
                prefs=bot.terminal.repl.Preferences(history_size=0),
            )
            == 0
        )
    assert not (state_home / "magbot" / "history").exists()


def test_ask_reads_no_settings_when_it_need_not(tmp_path, settings_file):
    """Piped `ask` that answers does not even import the settings module."""
    settings_file.write_text("keys = 'vi'\n")
    probe = (
        f"import sys; from bot.terminal.cli import main; code = main(['ask', {OXIDE!r}]); "
        "print(code, 'bot.terminal.config' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=30, cwd=tmp_path
    )
    assert result.stdout.splitlines()[-1] == "0 False", result.stderr


def test_settings_file_warnings_in_a_piped_chat_do_not_stop_it(tmp_path, settings_file):
    settings_file.write_text("what = 1\nlog_misses = false\n")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "xdg-config"), "XDG_STATE_HOME": str(tmp_path / "s")}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--json"],
        input=KIDNEY + "\n",
        capture_output=True,
        text=True,
        timeout=30,
        env={**__import__("os").environ, **env},
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["status"] == "no_match"
    assert f"{settings_file}:1: unknown setting 'what'" in result.stderr
    assert not (tmp_path / "s" / "magbot" / "misses.jsonl").exists()


def test_describe_is_valid_toml(settings_file):
    import tomllib

    text = config.describe(
        config.Config(str(settings_file)),
        config.effective(config.Config(str(settings_file)), environ={}),
    )
    assert tomllib.loads(text)["pager"] == "less -SRXF"
