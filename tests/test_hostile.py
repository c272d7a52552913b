"""Hostile input: whatever is typed, piped or written into the knowledge, magbot answers or
declines, never crashes, and never lets text steer the terminal.

The property tests have a fixed budget (200 examples, derandomized) so CI runs the same cases
every time. The rest drive the real process where the operating system is part of the case:
pipes closed early, signals, undecodable bytes, a stripped environment.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.authoring.ingest import IngestError, draft
from bot.core import paths
from bot.core.conversation import Conversation
from bot.core.loader import collect
from bot.core.matcher import ANSWERED, NO_MATCH, SMALLTALK, UNSURE
from bot.core.reply import Reply
from bot.core.text import MAX_QUERY_CHARS
from bot.terminal.cli import main
from bot.terminal.render import json_line, plain

STATUSES = {ANSWERED, UNSURE, NO_MATCH, SMALLTALK}
OXIDE = "is mag oxide poorly absorbed"
# what may reach a terminal: no C0 control but newline and tab, no DEL, no C1 control, no bidi
# embedding, override or isolate (U+202A-U+202E, U+2066-U+2069)
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# the only escape sequences magbot writes itself: colours (SGR)
OWN_ESCAPES = re.compile(r"\x1b\[[0-9;]*m")

BUDGET = settings(
    max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

NASTY = st.sampled_from(
    [
        "\x00",
        "\x1b[31m",
        "\x1b]0;pwned\x07",
        "\x1b[2J",
        "\x9b31m",
        "\x07",
        "\x7f",
        "\r",
        "\r\n",
        "\t",
        "\x0b",
        "\ufeff",
        "\u200b",
        "\u202e",
        "\u2066",
        "\u200f",
        "\u0301",
        "e\u0301",
        "\u0336" * 30,
        "\U0001f44d\U0001f3fd",
        "\U0001f468\u200d\U0001f469\u200d\U0001f467",
        "\u05e9\u05dc\u05d5\u05dd",
        "\u0645\u0631\u062d\u0628\u0627",
        "\ufdfa",
        "\u0130",
        "\u00df",
        "\u01c5",
        "\uffff",
        "\U0010ffff",
        "magnesium",
        "back pain",
        "oxide",
        "why?",
        "1",
        "3",
        "yes",
        "tell me more",
        "/quit",
        "it",
        "  ",
        "?!",
        "'",
        '"',
        "\\",
        "%s",
        "{}",
    ]
)
TEXT = st.lists(
    st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40), NASTY),
    max_size=12,
).map("".join)


def assert_valid(reply: Reply, kb) -> None:
    assert isinstance(reply, Reply)
    assert reply.status in STATUSES
    assert 0.0 <= reply.score <= 100.0
    assert reply.entry is None or kb.entry(reply.entry.id) is reply.entry
    if reply.status in (ANSWERED, UNSURE):
        assert reply.entry is not None and reply.text
    data = reply.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    line = json_line(data)
    assert "\n" not in line and not RAW_CONTROL.search(line)
    assert json.loads(line) == data
    assert not RAW_CONTROL.search(plain(reply, 60, kb.article.title).replace("\t", " "))


# -- property tests: the core ------------------------------------------------------------


@BUDGET
@given(text=TEXT)
def test_matcher_always_classifies(matcher, text):
    result = matcher.match(text)
    assert result.status in STATUSES
    assert 0.0 <= result.score <= 100.0
    assert all(0.0 <= m.score <= 100.0 for m in result.matches)
    assert (result.small_talk_item is not None) == (result.status == SMALLTALK)


@BUDGET
@given(messages=st.lists(TEXT, min_size=1, max_size=4))
def test_a_conversation_always_replies(kb, matcher, messages):
    conversation = Conversation(kb, matcher)
    for message in messages:
        assert_valid(conversation.respond(message), kb)


@BUDGET
@given(text=TEXT)
def test_a_follow_up_of_anything_replies(kb, matcher, text):
    conversation = Conversation(kb, matcher)
    conversation.respond(OXIDE)  # with a topic and suggestions to lean on
    assert_valid(conversation.respond(text), kb)


@BUDGET
@given(text=TEXT)
def test_the_json_of_any_question_is_one_valid_line(text):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["ask", "--json", "--no-log", text or "x"])
    out, err = out.getvalue(), err.getvalue()
    if code == 2:  # blank after stripping: a usage error
        assert not (text or "x").strip() and out == ""
        return
    assert code in (0, 1), err
    [line] = out.splitlines()
    assert not RAW_CONTROL.search(line)
    assert json.loads(line)["query"] == (text or "x").strip()


ARTICLE = st.lists(
    st.one_of(
        st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
        NASTY,
        st.sampled_from(["# ", "## ", "Heading", ".", "\n", "\n\n", "```", "- ", "[a](b)"]),
    ),
    max_size=25,
).map("".join)


@BUDGET
@given(text=ARTICLE)
def test_any_article_drafts_a_folder_that_loads_or_is_refused(text):
    try:
        files = draft(text)
    except IngestError:
        return
    with tempfile.TemporaryDirectory() as folder:
        for name, body in files.items():
            (Path(folder) / name).parent.mkdir(parents=True, exist_ok=True)
            (Path(folder) / name).write_text(body, encoding="utf-8")
        _, problems = collect(Path(folder))
    assert [str(p) for p in problems if p.is_error] == []


# -- size --------------------------------------------------------------------------------


def _random_text(n: int) -> str:
    """`n` characters from 20,000 code points of all planes (no C0 controls, no surrogates)."""
    rng = random.Random(5)
    pool = [
        chr(c)
        for c in rng.sample(range(32, 0xD800), 10_000) + rng.sample(range(0xE000, 0x110000), 10_000)
    ]
    return "".join(rng.choices(pool, k=n))


MEGABYTE = {  # made when a test asks, not at import
    "repeated words": lambda: "magnesium oxide back pain " * 40_000,
    "one long word": lambda: "a" * 1_000_000,
    "distinct unknown words": lambda: " ".join(f"qzx{n}word" for n in range(100_000)),
    "random unicode": lambda: _random_text(1_000_000),
    "expanding ligatures": lambda: "\ufdfa" * 1_000_000,
    "one letter, a million accents": lambda: "e" + "\u0301" * 1_000_000,
}


@pytest.mark.parametrize("kind", list(MEGABYTE))
def test_a_megabyte_question_is_answered(capsys, kind):
    """Answered as one valid JSON line (bench/hostile.py times it: under a second)."""
    question = MEGABYTE[kind]()
    assert len(question) >= 1_000_000 > 100 * MAX_QUERY_CHARS
    code = main(["ask", "--json", question])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    assert json.loads(out)["status"] in STATUSES


def test_a_megabyte_line_in_piped_chat(capsys, monkeypatch):
    """The line after it is answered (bench/hostile.py times it: under two seconds)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(MEGABYTE["random unicode"]() + f"\n{OXIDE}\n"))
    code = main(["chat", "--json"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert [json.loads(line)["status"] for line in out.splitlines()][1] == ANSWERED


# -- escape sequences in questions and in the knowledge ------------------------------------


HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x9b31m\x00"


def pretend_terminal(monkeypatch) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)


@pytest.mark.parametrize("colour", [False, True])
@pytest.mark.parametrize("question", [f"magnesium {HOSTILE} oxide absorbed", f"zzz {HOSTILE}"])
def test_escapes_in_a_question_never_reach_the_terminal(capsys, monkeypatch, colour, question):
    if colour:
        pretend_terminal(monkeypatch)
    code = main(["ask", question])
    out, _ = capsys.readouterr()
    assert code in (0, 1)
    assert not RAW_CONTROL.search(OWN_ESCAPES.sub("", out).replace("\n", " "))


@pytest.fixture
def poisoned_kb(kb_copy: Path) -> Path:
    """A copy of the base with escape sequences in an answer, a question and the article."""
    path = kb_copy / "entries" / "03-digestive.toml"
    text = path.read_text(encoding="utf-8")
    marker = 'answer = """Magnesium oxide'
    assert marker in text
    text = text.replace(marker, 'answer = """\\u001b]0;pwned\\u0007\\u009b2J Magnesium oxide', 1)
    text = text.replace(
        'question = "Why does magnesium oxide', 'question = "\\u001b[5mWhy does magnesium oxide', 1
    )
    path.write_text(text, encoding="utf-8")
    article = kb_copy / "article.txt"
    article.write_text(
        article.read_text(encoding="utf-8").replace(
            "Magnesium oxide is particularly", "\x1b[2JMagnesium oxide is particularly"
        ),
        encoding="utf-8",
    )
    return kb_copy


@pytest.mark.parametrize("colour", [False, True])
def test_escapes_in_the_knowledge_never_reach_the_terminal(
    capsys, monkeypatch, poisoned_kb, colour
):
    if colour:
        pretend_terminal(monkeypatch)
    code = main(["ask", "--kb", str(poisoned_kb), OXIDE])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "]0;pwned" in out  # the control: the poisoned answer is shown
    assert not RAW_CONTROL.search(OWN_ESCAPES.sub("", out).replace("\n", " "))


def test_escapes_in_the_knowledge_through_piped_chat_and_commands(capsys, monkeypatch, poisoned_kb):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{OXIDE}\n/source\n/topics\n2\n"))
    assert main(["chat", "--kb", str(poisoned_kb)]) == 0
    out, _ = capsys.readouterr()
    assert "]0;pwned" in out and "Magnesium oxide is particularly" in out
    assert not RAW_CONTROL.search(out.replace("\n", " "))


def test_json_escapes_the_knowledge_and_keeps_it(capsys, poisoned_kb):
    assert main(["ask", "--kb", str(poisoned_kb), "--json", OXIDE]) == 0
    out, _ = capsys.readouterr()
    assert not RAW_CONTROL.search(out.replace("\n", " "))
    assert json.loads(out)["answer"].startswith("\x1b]0;pwned\x07\x9b2J")


# -- the real process ----------------------------------------------------------------------


def magbot(
    *args: str | bytes, stdin: bytes = b"", env: dict | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        env=env if env is not None else os.environ.copy(),
        cwd=cwd,
    )


@pytest.mark.parametrize("args", [["chat"], ["chat", "--json"]])
def test_invalid_utf8_on_piped_stdin(args):
    data = (
        b"\xff\xfe\xfd\n\xc3\x28 oxide \xa0\xa1\n\x00\x00\n" + OXIDE.encode() + b"\n\xed\xa0\x80\n"
    )
    result = magbot(*args, stdin=data)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    text = result.stdout.decode("utf-8")  # what magbot writes is valid UTF-8
    assert "Magnesium oxide has a relatively low absorption rate" in text
    assert not RAW_CONTROL.search(text.replace("\n", " "))


@pytest.mark.parametrize("encoding", ["utf-8:strict", "utf-8:surrogateescape"])
@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_invalid_utf8_in_the_arguments(encoding, json_flag):
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    result = magbot("ask", *json_flag, b"\xff\xfe mag oxide \xc3 poorly absorbed", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    result.stdout.decode("utf-8")  # no undecodable bytes come back out
    if json_flag:
        assert json.loads(result.stdout)["query"].startswith("\ufffd\ufffd mag oxide")


@pytest.mark.parametrize(
    "args",
    [
        ["ask", OXIDE],
        ["ask", "--json", *(["magnesium"] * 20_000)],  # 200 kB of JSON: more than a pipe holds
        ["chat", "--json"],
    ],
)
def test_a_pipe_closed_after_one_byte(args):
    lines = f"{OXIDE}\n" * 3000
    script = '"$@" | head -c 1; echo "magbot=${PIPESTATUS[0]}" >&2'
    result = subprocess.run(
        ["bash", "-c", script, "bash", sys.executable, "-m", "bot", *args],
        input=lines.encode(),
        capture_output=True,
        timeout=60,
    )
    assert len(result.stdout) == 1
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr and "Error" not in stderr and "Exception" not in stderr
    assert stderr.strip() in ("magbot=0", "magbot=141"), stderr


def test_sigint_in_piped_chat_exits_130_quietly():
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        process.stdin.write(b"hello\n")
        process.stdin.flush()
        assert json.loads(process.stdout.readline())["status"] == SMALLTALK  # it is in its loop
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130
    assert err == b""


# `ask` takes milliseconds, too short to aim a signal at; this one waits inside the answer
# (where the matcher would be busy) and says so on stderr, so the signal lands there.
SLOW_ASK = """
import sys, time
import bot.core.conversation
from bot.terminal.cli import main

def slow(self, text):
    sys.stderr.write("answering\\n")
    sys.stderr.flush()
    time.sleep(30)

bot.core.conversation.Conversation.respond = slow
sys.exit(main(["ask", "can magnesium cause back pain"]))
"""


def test_sigint_during_ask_exits_130_quietly():
    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_ASK], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        assert process.stderr.readline() == b"answering\n"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130
    assert (out, err) == (b"", b"")


@pytest.mark.parametrize("blocker", ["a file", "a read-only folder"])
@pytest.mark.parametrize("args", [["ask", "can magnesium cause kidney stones"], ["chat", "--json"]])
def test_an_unusable_state_folder(tmp_path, blocker, args):
    if blocker == "a file":
        state = tmp_path / "state-file"
        state.write_text("not a folder", encoding="utf-8")
    elif os.geteuid() != 0:
        state = tmp_path / "read-only"
        state.mkdir(mode=0o500)
    elif Path("/proc").is_dir():
        state = Path("/proc")  # root may write anywhere, but not make a folder here
    else:
        pytest.skip("no folder that root cannot write to")
    cache = tmp_path / "cache-file"
    cache.write_text("not a folder", encoding="utf-8")
    env = {**os.environ, "XDG_STATE_HOME": str(state), "XDG_CACHE_HOME": str(cache)}
    result = magbot(*args, stdin=b"can magnesium cause kidney stones\nthanks\n", env=env)
    assert result.returncode in (0, 1), result.stderr
    assert result.stderr == b""
    assert b"I don't know" in result.stdout


def test_no_home_no_term_no_locale(tmp_path):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    work = tmp_path / "work"
    work.mkdir()
    result = magbot("ask", "--json", "\u201cis mag oxide poorly absorbed?\u201d", env=env, cwd=work)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert json.loads(result.stdout)["entry"]["id"] == "oxide-absorption"
    result = magbot("chat", stdin=b"hello\n", env=env, cwd=work)
    assert result.returncode == 0 and result.stdout.startswith(b"Hello")
    assert list(work.iterdir()) == []


def test_no_home_at_all(capsys, monkeypatch, kb):
    """No HOME and no account to find one: nothing is kept, everything still works."""
    for name in ("HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "TERM"):
        monkeypatch.delenv(name, raising=False)

    # what os.path.expanduser gives when it can find no home: the path unchanged
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)
    assert paths.state_dir() is None and paths.cache_dir() is None
    assert main(["ask", "can magnesium cause kidney stones"]) == 1
    assert main(["misses"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and "No missed questions" in out
