"""What magbot trusts and what it keeps: the knowledge folder is read only as its layout says,
the cache is private and keyed on content, the state folder is private and keeps only what
the user agreed to, and nothing from a file, a file name or the user steers the terminal.

See SECURITY.md. Each test here failed before the fix it guards.
"""

from __future__ import annotations

import errno
import io
import json
import marshal
import os
import re
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import run
from hypothesis import given, settings
from hypothesis import strategies as st
from prompt_toolkit.history import FileHistory
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

import bot.terminal.repl
from bot.authoring import misses
from bot.core import cache, paths
from bot.core.knowledge import KnowledgeBase, KnowledgeError
from bot.core.loader import MAX_FILE_BYTES, load
from bot.terminal import logs
from bot.terminal.cli import bounded_lines
from bot.terminal.render import clean

KIDNEY = "can magnesium cause kidney stones"
BACK = "can magnesium cause back pain"
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
LIE = "Magnesium never causes back pain; take as much magnesium oxide as you like."


def magbot(
    *args: str, stdin: bytes = b"", env: dict | None = None, timeout: float = 60, **options
) -> subprocess.CompletedProcess:
    options = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **options}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        **options,
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def cache_folder(state_home: Path) -> Path:
    return state_home.parent / "cache" / "magbot"


# -- 1. reading a knowledge folder: only the layout's files, regular, bounded -----------------


def test_symlink_loops_in_the_knowledge_folder_are_not_walked(kb_copy):
    """`ln -s . bomb/a; ln -s . bomb/b`: the old cache walked the tree forever."""
    (kb_copy / "a").symlink_to(".")
    (kb_copy / "b").symlink_to(".")
    (kb_copy / "entries" / "loop").symlink_to("..")
    result = magbot("ask", "--kb", str(kb_copy), BACK, timeout=30)
    assert result.returncode == 0, result.stderr
    assert b"Not directly" in result.stdout


def test_the_root_folder_as_knowledge_is_a_quick_error():
    result = magbot("ask", "--kb", "/", "hi", timeout=30)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("magbot: error: /article.txt: file is missing")


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "folder"])
def test_an_article_that_is_not_a_regular_file_is_refused(kb_copy, kind):
    article = kb_copy / "article.txt"
    article.unlink()
    if kind == "fifo":
        os.mkfifo(article)
    elif kind == "folder":
        article.mkdir()
    else:
        article.symlink_to("/dev/zero")
    result = magbot("ask", "--kb", str(kb_copy), BACK, timeout=30)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"magbot: error: {article}: cannot read: not a regular file\n"
    )


def test_a_fifo_entry_file_is_refused_by_check(capsys, kb_copy):
    os.mkfifo(kb_copy / "entries" / "06-fifo.toml")
    code, out, _ = run(capsys, "check", "--kb", str(kb_copy))
    assert code == 2
    assert "06-fifo.toml: error: cannot read: not a regular file" in out


def test_an_oversized_file_is_refused_without_being_read(kb_copy):
    big = kb_copy / "entries" / "06-big.toml"
    with open(big, "wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(KnowledgeError, match="larger than the limit of 8 MB"):
        load(kb_copy)


def test_a_symlinked_entries_folder_is_refused(kb_copy, tmp_path):
    real = shutil.move(kb_copy / "entries", tmp_path / "elsewhere")
    (kb_copy / "entries").symlink_to(real)
    with pytest.raises(KnowledgeError, match="entries: is a symbolic link"):
        load(kb_copy)


def test_files_outside_the_layout_are_never_read(kb_copy, monkeypatch):
    (kb_copy / "notes.toml").write_text("this = [is not read", encoding="utf-8")
    (kb_copy / "entries" / "drafts").mkdir()
    (kb_copy / "entries" / "drafts" / "x.toml").write_text("broken = [", encoding="utf-8")
    assert cache.load_matcher(kb_copy).match(BACK).status == "answered"


# -- 2. the cache: private, owned, never followed through a link ------------------------------


def test_the_cache_folder_is_0700_and_its_file_0600(state_home, kb_copy):
    cache.load_matcher(kb_copy)
    folder = cache_folder(state_home)
    [stored] = folder.glob("kb-*.bin")
    assert (mode(folder), mode(stored)) == (0o700, 0o600)


def plant(state_home: Path, kb_copy: Path) -> Path:
    """Build the cache, then rewrite every answer in it to LIE, keeping its key."""
    cache.load_matcher(kb_copy)
    [stored] = cache_folder(state_home).glob("kb-*.bin")
    data = marshal.loads(stored.read_bytes())
    kb_state, index_state = data["state"]
    kb = cache.restore(KnowledgeBase, kb_state)
    kb = kb._replace(entries=tuple(e._replace(answer=LIE) for e in kb.entries))
    data["state"] = (cache.dump(kb), index_state)
    stored.write_bytes(marshal.dumps(data))
    assert LIE in cache.load_matcher(kb_copy).match(BACK).best.entry.answer  # the control
    return stored


def test_a_cache_others_can_write_is_not_served(state_home, kb_copy):
    stored = plant(state_home, kb_copy)
    stored.chmod(0o666)
    assert LIE not in cache.load_matcher(kb_copy).match(BACK).best.entry.answer


def test_a_cache_folder_others_can_write_is_tightened(state_home, kb_copy):
    plant(state_home, kb_copy)
    folder = cache_folder(state_home)
    folder.chmod(0o777)
    cache.load_matcher(kb_copy)
    assert mode(folder) == 0o700


def test_a_cache_of_another_user_is_not_served(state_home, kb_copy, monkeypatch):
    plant(state_home, kb_copy)
    monkeypatch.setattr(paths, "_uid", lambda: os.getuid() + 1)  # everything is someone else's
    assert LIE not in cache.load_matcher(kb_copy).match(BACK).best.entry.answer


def test_the_cache_is_never_written_through_a_planted_link(state_home, kb_copy):
    """The temporary name was `<cache>.<pid>.tmp`: a link there overwrote the victim's file."""
    victim = state_home.parent / "victim"
    victim.write_text("precious", encoding="utf-8")
    victim.chmod(0o600)
    folder = cache_folder(state_home)
    folder.mkdir(parents=True, mode=0o700)
    name = cache._name(os.path.realpath(kb_copy))
    (folder / f"{name}.{os.getpid()}.tmp").symlink_to(victim)
    (folder / name).symlink_to(victim)
    cache.load_matcher(kb_copy)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not (folder / name).is_symlink()  # replaced by a real cache file of its own
    assert cache.load_matcher(kb_copy).match(BACK).status == "answered"


def test_a_stale_temporary_file_is_cleaned_up(state_home, kb_copy):
    folder = cache_folder(state_home)
    folder.mkdir(parents=True, mode=0o700)
    stale, fresh = folder / "kb-0000.bin.1.tmp", folder / "kb-0000.bin.2.tmp"
    for path in (stale, fresh):
        path.write_bytes(b"half written")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    cache.load_matcher(kb_copy)
    assert not stale.exists() and fresh.exists()  # a fresh one may be another process's


# -- 3. stale answers: the key is the content, not size and time ------------------------------


def test_an_edit_that_keeps_size_and_time_is_seen(state_home, kb_copy):
    entries = kb_copy / "entries" / "02-direct-link.toml"
    before = cache.load_matcher(kb_copy).match(BACK).best.entry.answer
    assert "Not directly" in before
    info = entries.stat()
    text = entries.read_text(encoding="utf-8")
    entries.write_text(text.replace("Not directly", "Not normally", 1), encoding="utf-8")
    os.utime(entries, ns=(info.st_atime_ns, info.st_mtime_ns))  # `touch -r` the old copy
    assert entries.stat().st_size == info.st_size
    assert "Not normally" in cache.load_matcher(kb_copy).match(BACK).best.entry.answer


# -- 4. privacy of health questions -----------------------------------------------------------


def logged(state_home: Path) -> list[dict]:
    path = state_home / "magbot" / misses.MISSES_FILE
    return (
        [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
        if path.exists()
        else []
    )


def test_an_end_user_keeps_no_misses_by_default(capsys, state_home):
    assert run(capsys, "ask", KIDNEY)[0] == 1
    assert logged(state_home) == []


@pytest.mark.parametrize("how", ["--log", "MAGBOT_LOG=1", "--kb", "MAGBOT_KB"])
def test_misses_are_kept_when_asked_for_or_by_an_author(
    capsys, monkeypatch, state_home, shipped_dir, how
):
    argv = ["ask", KIDNEY]
    if how.startswith("--"):
        argv[1:1] = [how] + ([str(shipped_dir)] if how == "--kb" else [])
    else:
        name, _, value = how.partition("=")
        monkeypatch.setenv(name, value or str(shipped_dir))
    assert run(capsys, *argv)[0] == 1
    assert [r["question"] for r in logged(state_home)] == [KIDNEY]


def test_an_author_can_still_say_no(capsys, state_home, shipped_dir):
    assert run(capsys, "ask", "--kb", str(shipped_dir), "--no-log", KIDNEY)[0] == 1
    assert logged(state_home) == []


@pytest.mark.parametrize(
    "question",
    [
        "I lost control of my bladder and my back hurts, is it the magnesium?",
        "I lost control of my bladder, can magnesium cause kidney stones",
    ],
)
def test_red_flag_messages_are_never_kept(capsys, monkeypatch, state_home, question):
    monkeypatch.setenv("MAGBOT_LOG", "1")
    code, out, _ = run(capsys, "ask", "--json", question)
    assert json.loads(out)["safety"]["level"] == "urgent"  # the control: a red flag
    assert code in (0, 1)
    assert logged(state_home) == []


def test_state_files_are_0600_in_a_0700_folder(capsys, monkeypatch, state_home, kb):
    run(capsys, "ask", "--log", KIDNEY)
    logs.log_error("a traceback")
    with create_pipe_input() as pipe:
        pipe.send_text("hello\n\x04")
        pipe.close()
        bot.terminal.repl.run_repl(kb, color=False, input=pipe, output=DummyOutput())
    folder = state_home / "magbot"
    assert mode(folder) == 0o700
    assert {p.name: mode(p) for p in folder.iterdir()} == {
        misses.MISSES_FILE: 0o600,
        logs.LOG_FILE: 0o600,
        logs.HISTORY_FILE: 0o600,
    }


def test_an_older_open_state_folder_is_tightened(capsys, state_home):
    folder = state_home / "magbot"
    folder.mkdir(parents=True, mode=0o755)
    (folder / misses.MISSES_FILE).write_text("", encoding="utf-8")
    (folder / misses.MISSES_FILE).chmod(0o644)
    run(capsys, "ask", "--log", KIDNEY)
    assert (mode(folder), mode(folder / misses.MISSES_FILE)) == (0o700, 0o600)


def repl(kb, keys: str, **options) -> str:
    output = io.StringIO()
    shown = []
    real = bot.terminal.repl.print_formatted_text

    def record(formatted, **kw):
        shown.append("".join(text for _, text in formatted))
        real(formatted, **kw)

    with pytest.MonkeyPatch.context() as patch, create_pipe_input() as pipe:
        patch.setattr(bot.terminal.repl, "print_formatted_text", record)
        pipe.send_text(keys)
        pipe.close()
        assert (
            bot.terminal.repl.run_repl(kb, color=False, input=pipe, output=DummyOutput(), **options)
            == 0
        )
    del output
    return "".join(shown)


def test_no_log_keeps_no_history_either(kb, state_home):
    repl(kb, "hello\ncan magnesium cause back pain\n\x04", keep_history=False)
    assert not (state_home / "magbot" / logs.HISTORY_FILE).exists()


def test_a_message_that_tells_a_red_flag_is_not_written_to_history(kb, state_home):
    flag = "my back hurts and i cant control my bladder"
    asked = "what does saddle numbness mean"  # asks about a sign: no one's health told
    repl(kb, f"hello\n{flag}\n{asked}\ncan magnesium cause back pain\n\x04")
    history = (state_home / "magbot" / logs.HISTORY_FILE).read_text(encoding="utf-8")
    assert "+hello\n" in history and "+can magnesium cause back pain\n" in history
    assert f"+{asked}\n" in history
    assert "bladder" not in history


@pytest.mark.parametrize(
    "argv, history, kept",
    [
        (["chat"], True, False),
        (["chat", "--log"], True, True),
        (["chat", "--no-log"], False, False),
    ],
)
def test_the_chat_says_once_what_it_keeps(capsys, monkeypatch, argv, history, kept):
    seen = {}
    monkeypatch.setattr(
        bot.terminal.repl, "run_repl", lambda kb, **options: seen.update(options) or 0
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert run(capsys, *argv)[0] == 0
    assert seen["keep_history"] is history
    assert ("questions I cannot answer" in seen["notice"]) is kept
    assert ("--no-log" in seen["notice"]) is history


def test_the_greeting_notice_is_shown_once(kb):
    shown = repl(kb, "hello\nthanks\n\x04", notice=misses.notice(True, True))
    assert shown.count("Kept on this machine only") == 1
    assert "MAGBOT_NO_LOG=1" in shown


def test_misses_clear_without_a_terminal(capsys, state_home):
    run(capsys, "ask", "--log", KIDNEY)
    code, out, _ = run(capsys, "misses", "--clear")
    assert code == 0 and out == "Forgot 1 recorded question.\n"
    assert logged(state_home) == []
    assert run(capsys, "misses", "--clear")[2] == ""


@pytest.mark.parametrize("answer, cleared", [("y\n", True), ("n\n", False), ("", False)])
def test_misses_clear_asks_first_on_a_terminal(capsys, monkeypatch, state_home, answer, cleared):
    run(capsys, "ask", "--log", KIDNEY)
    monkeypatch.setattr(sys, "stdin", io.StringIO(answer))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, _ = run(capsys, "misses", "--clear")
    assert code == 0 and "Forget all 1 recorded questions? [y/N]" in out
    assert (logged(state_home) == []) is cleared


# -- 5. a full disk in the chat -----------------------------------------------------------------


def test_a_full_disk_warns_once_and_the_chat_goes_on(kb, monkeypatch):
    def full(self, string):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(FileHistory, "store_string", full)
    shown = repl(kb, "hello\ncan magnesium cause back pain\nthanks\n\x04")
    assert shown.count("cannot write history (No space left on device)") == 1
    assert "Not directly" in shown and "Goodbye" in shown


# -- 6. escapes from files, file names and the log ---------------------------------------------


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u202a"])
def test_clean_removes_bidi_controls(char):
    assert clean(f"safe{char}txt.exe") == "safetxt.exe"


def test_misses_shows_no_escape_from_the_log_or_a_file_name(capsys, state_home, kb_copy):
    hostile = kb_copy.parent / "kb\x1b]0;pwned\x07"
    kb_copy.rename(hostile)
    row = {
        "time": "2026-01-01T00:00:00Z",
        "kb": str(hostile.resolve()),
        "status": "no_match\x1b[2J\u202e",
        "question": "magnesium \x9b31m oxide",
        "entry": None,
        "score": 1,
    }
    (state_home / "magbot").mkdir(parents=True)
    (state_home / "magbot" / misses.MISSES_FILE).write_text(
        json.dumps(row) + "\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "misses", "--kb", str(hostile))
    assert code == 0 and "]0;pwned" in out  # the control: the file path is shown
    assert not RAW_CONTROL.search(out.replace("\n", " "))


def test_an_error_about_a_file_name_shows_no_escape(capsys, tmp_path):
    code, _, err = run(capsys, "ask", "--kb", str(tmp_path / "x\x1b[2J\u202e"), BACK)
    assert code == 2 and "[2J" in err
    assert not RAW_CONTROL.search(err.replace("\n", " "))


def test_argparse_errors_show_no_escape(capsys):
    code, _, err = run(capsys, "check", "\x1b]0;pwned\x07")
    assert code == 2 and "pwned" in err
    assert not RAW_CONTROL.search(err.replace("\n", " "))


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_eval_shows_no_escape_from_the_question_file(capsys, tmp_path, json_flag):
    rows = [
        {
            "id": "x\x1b[2J",
            "category": "core\u202e",
            "q": "kidney \x1b]0;pwned\x07 stones",
            "expect": [["calcium"]],
        }
    ]
    questions = tmp_path / "q.jsonl"
    questions.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, err = run(capsys, "eval", str(questions), "--min", "core\u202e=100", *json_flag)
    assert code == 1 and "pwned" in out
    assert not RAW_CONTROL.search((out + err).replace("\n", " "))


# -- 7. encodings and outputs that cannot be written --------------------------------------------


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "iso-8859-1"}, {"PYTHONIOENCODING": "ascii"}])
def test_a_narrow_output_encoding_degrades_instead_of_crashing(env):
    result = magbot("ask", "does magnesium relax muscles", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b"" and b"magnesium" in result.stdout


def test_closed_stdout_is_one_line_error(tmp_path):
    result = subprocess.run(
        f"'{sys.executable}' -m bot ask '{BACK}' >&-", shell=True, capture_output=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr == b"magbot: error: standard output is closed\n"
    result = subprocess.run(
        f"'{sys.executable}' -m bot ask '{BACK}' 2>&-", shell=True, capture_output=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout.startswith(b"Not directly")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("argv", [("ask", BACK), ("--help",), ("ask", "--help"), ("--version",)])
def test_a_full_stdout_is_one_line_error(argv):
    with open("/dev/full", "wb") as full:
        result = magbot(*argv, stdout=full)
    assert result.returncode == 2
    assert result.stderr == b"magbot: error: cannot write the output: No space left on device\n"


# -- 8. limits ----------------------------------------------------------------------------------


class Endless(io.TextIOBase):
    """A piped stdin of one line of `size` characters, made only as it is read."""

    def __init__(self, size: int):
        self.left = size
        self.biggest = 0

    def readable(self) -> bool:
        return True

    def readline(self, size: int = -1) -> str:
        if self.left < 0:
            return ""
        n = self.left if size is None or size < 0 else min(size, self.left)
        self.biggest = max(self.biggest, n)
        self.left -= n
        if self.left == 0:
            self.left = -1
            return "magnesium oxide " * (n // 16) + "\n"
        return "x" * n


def test_a_huge_piped_line_is_read_in_bounded_pieces(capsys, monkeypatch):
    stream = Endless(50_000_000)
    monkeypatch.setattr(sys, "stdin", stream)
    assert run(capsys, "chat", "--json")[0] == 0
    assert stream.biggest <= 64 * 1024
    assert list(bounded_lines(io.StringIO("a\n" + "b" * 10 + "\nc"), limit=4)) == [
        "a\n",
        "bbbb",
        "c",
    ]


def nested(depth: int) -> str:
    return "[bot]\nname = " + "[" * depth + '"x"' + "]" * depth + "\n"


@pytest.mark.parametrize("command", ["ask", "check"])
def test_toml_nested_500_deep_is_an_error_at_its_line(capsys, kb_copy, command):
    (kb_copy / "settings.toml").write_text(nested(500), encoding="utf-8")
    argv = (
        ["ask", "--kb", str(kb_copy), BACK] if command == "ask" else ["check", "--kb", str(kb_copy)]
    )
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert f"{kb_copy / 'settings.toml'}:2: " in out + err
    assert "nested more than 32 deep" in out + err


def test_nesting_is_counted_in_brackets_not_in_tables():
    """The parser reads first; the text is scanned for the line only when the data nest
    deep, and tables ([a.b], [[entry]]) add levels to the data but none to the brackets."""
    from bot.core.tomlfile import parse_toml

    assert parse_toml("f.toml", nested(32))[0]["bot"]["name"]
    tables = "[a.b.c.d.e]\nx = " + "[" * 30 + "1" + "]" * 30 + "\n"
    assert parse_toml("f.toml", tables)[0]["a"]["b"]["c"]["d"]["e"]["x"]
    for depth in (33, 100, 5000):  # parsed, or too deep for the parser's recursion
        with pytest.raises(KnowledgeError, match="nested more than 32 deep") as raised:
            parse_toml("f.toml", nested(depth))
        assert raised.value.line == 2


@pytest.mark.parametrize(
    "deep",
    [
        ".".join(["k"] * 200_000) + " = 1",  # a dotted key: tomllib is quadratic on it
        "[" + ".".join(["t"] * 200_000) + "]",  # a [table] header
        "[[" + ".".join(['"q"'] * 50) + "]]",  # quoted parts
    ],
)
def test_keys_nested_deep_are_an_error_at_their_line(capsys, kb_copy, deep):
    (kb_copy / "smalltalk.toml").write_text("# small talk\n\n" + deep + "\n", encoding="utf-8")
    code, out, err = run(capsys, "ask", "--kb", str(kb_copy), BACK)
    assert code == 2
    assert f"{kb_copy / 'smalltalk.toml'}:3: keys nested more than 32 deep" in out + err


def test_dots_in_strings_numbers_and_short_keys_are_no_nesting():
    from bot.core.tomlfile import dotted_line

    raw = (
        'a.b.c = 1\nx = "' + "." * 100 + '"\n# ' + "." * 100 + "\n"
        "y = [" + ",".join(["1.5"] * 100) + "]\nz = " + ".".join(["k"] * 32) + " = 1\n"
    )
    assert dotted_line(raw) is None
    assert dotted_line(raw + ".".join(["k"] * 33) + " = 1\n") == 6


def test_nesting_inside_strings_is_not_nesting(kb_copy):
    text = 'a = "' + "[" * 100 + '"\nb = """\n' + "{" * 100 + '\n"""\n# ' + "[" * 100 + "\n"
    (kb_copy / "settings.toml").write_text(
        "[bot]\n" + text.replace("a =", "x1 =").replace("b =", "x2 ="), encoding="utf-8"
    )
    from bot.core.loader import collect

    _, problems = collect(kb_copy)
    assert not [p for p in problems if p.is_error]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["[", "]", "{", "}", '"', "'", '"""', "\\", "#", "\n", "a"])))
def test_nesting_is_read_in_one_pass_as_token_by_token(pieces):
    # `deepest` strips strings and comments in C; where it finds no nesting over the limit,
    # the token-by-token scan (which finds the line) finds none either
    from bot.core.tomlfile import _nesting_scan, deepest

    raw = "".join(pieces)
    for limit in (0, 1, 2, 3):
        assert (_nesting_scan(raw, limit) is None) == (deepest(raw) <= limit)


def test_too_many_alternates_is_a_clear_error(capsys, kb_copy, add_entries, new_entry):
    path, where = add_entries(new_entry(alternates=[f"zebra balm {i}" for i in range(101)]))
    code, out, _ = run(capsys, "check", "--kb", str(kb_copy))
    assert code == 2
    assert f"{path}:{where[0]['alternates']}: error: `alternates` has 101 items; at most 100" in out


@pytest.mark.parametrize(
    "limit, message",
    [("MAX_ENTRIES", "more than 10 entries"), ("MAX_ALL_ALTERNATES", "more than 10 alternates")],
)
def test_too_many_entries_or_alternates_is_a_clear_error(
    kb_copy, add_entries, new_entry, monkeypatch, limit, message
):
    """A million alternates took 198 s cold and 23 s for each warm `ask`."""
    import bot.core.validate

    monkeypatch.setattr(bot.core.validate, limit, 10)
    add_entries(*(new_entry(id=f"zebra-{i}") for i in range(20)))
    with pytest.raises(KnowledgeError, match=message):
        load(kb_copy)


@pytest.mark.parametrize("broken", [False, True])
def test_check_reads_each_file_once(capsys, kb_copy, add_entries, new_entry, monkeypatch, broken):
    """Every warning's line used to re-read its whole file: 10,000 entries took 388 s."""
    related = ["nowhere"] if broken else [new_entry()["related"][0]]
    add_entries(
        *(
            new_entry(
                id=f"zebra-{i}", alternates=[f"zebra balm {i}", "zebra balm"] * 2, related=related
            )
            for i in range(200)
        )
    )
    reads = []
    real = Path.read_text
    monkeypatch.setattr(
        Path, "read_text", lambda self, *a, **k: reads.append(self) or real(self, *a, **k)
    )
    code, out, _ = run(capsys, "check", "--kb", str(kb_copy))
    if broken:
        assert code == 2 and out.count("matches no entry") == 200
    else:
        assert code == 0 and out.count("is also a phrasing of entry 'zebra-0'") >= 199
    assert [p for p in reads if p.suffix == ".toml"] == []


def test_a_fifo_as_the_misses_file_does_not_block(capsys, state_home):
    (state_home / "magbot").mkdir(parents=True, mode=0o700)
    os.mkfifo(state_home / "magbot" / misses.MISSES_FILE)
    assert misses.read() == []
    assert run(capsys, "ask", "--log", KIDNEY)[0] == 1  # and writing to it does not block


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_a_question_file_that_is_not_a_regular_file_is_refused(capsys, tmp_path, kind):
    questions = tmp_path / "q.jsonl"
    if kind == "fifo":
        os.mkfifo(questions)
    else:
        questions.symlink_to("/dev/zero")
    code, _, err = run(capsys, "eval", str(questions))
    assert code == 2
    assert err == f"magbot: error: {questions}: cannot read: not a regular file\n"
