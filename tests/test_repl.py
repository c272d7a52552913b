"""The chat on a terminal, driven through prompt_toolkit's pipe input and a dummy output.

What each line produced is read from the REPL's `on_turn` hook, and what the loop printed
around it from its `show` hook, as fragments, not from rendered bytes. The real program in
a pseudo-terminal is tested in test_pty.py.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import ColorDepth, DummyOutput
from prompt_toolkit.output.vt100 import Vt100_Output

import bot.terminal.repl
import bot.terminal.toolbar
from bot.core.conversation import Conversation
from bot.core.loader import load
from bot.core.matcher import NO_MATCH
from bot.terminal import commands
from bot.terminal.cli import main
from bot.terminal.logs import HISTORY_FILE, LOG_FILE
from bot.terminal.render import PALETTE

OXIDE = "is mag oxide poorly absorbed"
BLADDER = "my back hurts and I lost bladder control"  # an emergency sign
NUMB = "my leg feels numb since I started magnesium oxide"  # see a doctor, then the answer
CTRL_C, CTRL_D = "\x03", "\x04"


def text_of(pieces) -> str:
    return "".join(text for _, text in pieces)


def flat(text: str) -> str:
    """Text with its wrapping and indentation undone, to compare with an answer."""
    return " ".join(text.split())


class Chat:
    """A chat session run to its end; what each line typed produced, and everything printed."""

    def __init__(self, kb, keys: str, color: bool = False, output=None, prefs=None):
        self.turns: list[tuple[str, str]] = []
        self.printed: list[str] = []

        def record_turn(text, pieces):
            self.turns.append((text, text_of(pieces)))
            self.pieces = pieces

        with create_pipe_input() as pipe:
            pipe.send_text(keys)
            pipe.close()  # the end of the keys is Ctrl-D: a test never waits for more
            self.code = bot.terminal.repl.run_repl(
                kb,
                color=color,
                input=pipe,
                output=output or DummyOutput(),
                prefs=prefs or bot.terminal.repl.Preferences(),
                show=lambda pieces: self.printed.append(text_of(pieces)),
                on_turn=record_turn,
            )

    @property
    def typed(self) -> list[str]:
        return [text for text, _ in self.turns]

    def shown(self, typed: str) -> str:
        return next(shown for text, shown in self.turns if text == typed)

    @property
    def all_printed(self) -> str:
        return "".join(self.printed)


@pytest.fixture
def chat(kb):
    return lambda keys, kb=kb, **kw: Chat(kb, keys, **kw)


def test_question_help_and_ctrl_d(kb, chat):
    session = chat(f"{OXIDE}\n/help\n{CTRL_D}")
    assert session.code == 0
    assert session.typed == [OXIDE, "/help"]
    shown = session.shown(OXIDE)
    assert flat(kb.entry("oxide-absorption").answer) in flat(shown)
    assert "Source:" in shown
    for cmd in commands.commands():
        assert cmd.name in session.shown("/help")


def test_greeting_says_what_it_is_and_goodbye_ends(chat):
    session = chat(CTRL_D)
    assert session.code == 0
    assert "not medical advice" in flat(session.printed[0])
    assert "one article" in flat(session.printed[0])
    assert "/help" in session.all_printed
    assert "Goodbye" in session.printed[-1]
    assert session.turns == []


@pytest.mark.parametrize("quit_line", ["/quit", "/exit", "/q"])
def test_quit_command_ends_the_loop(chat, quit_line):
    session = chat(f"hello\n{quit_line}\n{OXIDE}\n")
    assert session.code == 0
    assert session.typed == ["hello", quit_line]  # the question after it is never read
    assert "Goodbye" in session.printed[-1]


@pytest.mark.parametrize("goodbye", ["exit", "quit", "bye", "goodbye", "Bye!"])
def test_a_goodbye_typed_alone_leaves(chat, goodbye):
    """Issue 11, point 3: like /quit, the prompt does not come back."""
    session = chat(f"hello\n{goodbye}\n{OXIDE}\n")
    assert session.code == 0
    assert session.typed == ["hello", goodbye]  # the question after it is never read
    assert "Goodbye" in session.printed[-1]
    assert sum("Goodbye" in p for p in session.printed) == 1


def test_ctrl_c_clears_the_line_and_the_loop_goes_on(chat):
    session = chat(f"half a questi{CTRL_C}{OXIDE}\n{CTRL_C}{CTRL_C}hello\n{CTRL_D}")
    assert session.code == 0
    assert session.typed == [OXIDE, "hello"]


def test_blank_lines_are_skipped(chat):
    session = chat(f"\n   \nhello\n{CTRL_D}")
    assert session.typed == ["hello"]


@pytest.mark.parametrize("number", [1, 2, 3])
def test_a_number_asks_the_suggestion(kb, chat, number):
    session = chat(f"{OXIDE}\n{number}\n{CTRL_D}")
    suggested = kb.entry(kb.entry("oxide-absorption").related[number - 1])
    assert f"{number}) {suggested.question}" in session.shown(OXIDE)
    assert flat(suggested.answer) in flat(session.shown(str(number)))


# -- did you mean -----------------------------------------------------------------------


@pytest.fixture
def twin_kb(kb_copy, add_entries, new_entry):
    """A base where "zebra balm" matches two entries equally well."""
    add_entries(
        new_entry(id="zebra-balm"),
        new_entry(
            id="zebra-balm-too",
            question="Is zebra balm safe with magnesium?",
            answer="Zebra balm mixes with nothing; the tests made it up too.",
        ),
    )
    return load(kb_copy)


@pytest.mark.parametrize("pick", ["1", "yes", "is zebra balm safe with magnesium"])
def test_did_you_mean_takes_a_number_yes_or_the_words(twin_kb, chat, pick):
    session = chat(f"zebra balm\n{pick}\n{CTRL_D}", kb=twin_kb)
    asked = session.shown("zebra balm")
    assert "Did you mean:" in asked
    [option] = [line.strip() for line in asked.splitlines() if line.strip().startswith("1)")]
    other = next(e for e in twin_kb.entries if option == f"1) {e.question}")
    assert flat(other.answer) not in flat(asked)  # the best one was answered
    assert flat(other.answer) in flat(session.shown(pick))  # the option, once picked


# -- safety ------------------------------------------------------------------------------


@pytest.mark.parametrize("message, style", [(BLADDER, "class:urgent"), (NUMB, "class:warning")])
def test_safety_guidance_comes_first_and_is_styled(chat, message, style):
    session = chat(f"{message}\n{CTRL_D}")
    styles = [name for name, _ in session.pieces if name]
    assert styles[0] == style
    assert "doctor" in text_of(p for p in session.pieces if p[0] == style)
    assert styles.index("class:answer" if "class:answer" in styles else "class:fallback") > max(
        i for i, name in enumerate(styles) if name == style
    )


def test_a_red_flag_told_in_a_later_turn_comes_first_there(chat):
    """The third turn's chest pain is raised in the REPL as in piped chat: the flag is the
    message's own, whatever the turn is read as after the story ("Actually, ...")."""
    told = "Actually, I've got a crushing feeling in my chest since this morning"
    session = chat(f"my back aches since I started magnesium\nI take oxide\n{told}\n{CTRL_D}")
    assert session.typed[2] == told
    assert "Urgent:" in session.shown(told) and "chest" in session.shown(told)
    assert "Urgent:" not in session.shown("I take oxide")


@pytest.mark.parametrize("color", [True, False])
@pytest.mark.parametrize("name", ["urgent", "warning"])
def test_safety_styles_stand_out_with_and_without_colour(name, color):
    attrs = bot.terminal.repl.build_style(color).get_attrs_for_style_str(f"class:{name}")
    assert attrs.bold
    assert bool(attrs.color) == color


# -- layout ------------------------------------------------------------------------------


class NarrowOutput(DummyOutput):
    def get_size(self) -> Size:
        return Size(rows=24, columns=50)


@pytest.mark.parametrize("output, columns", [(None, 80), (NarrowOutput(), 50)])
def test_replies_are_wrapped_to_the_session_width_and_indented(kb, chat, output, columns):
    session = chat(f"{OXIDE}\n/source\n/topics\n{CTRL_D}", output=output)
    for typed in (OXIDE, "/source", "/topics"):
        lines = [line for line in session.shown(typed).splitlines() if line]
        assert all(line.startswith(bot.terminal.repl.INDENT) for line in lines), typed
        # suggestions are one line each (render.py does not wrap them)
        lines = [line for line in lines if not line.lstrip()[:1].isdigit()]
        assert all(len(line) < columns for line in lines), typed
    assert all(len(line) < columns for line in session.printed[0].splitlines())  # greeting
    assert flat(kb.entry("oxide-absorption").answer) in flat(session.shown(OXIDE))


@pytest.mark.parametrize(
    "columns, width", [(40, 39), (80, 79), (300, bot.terminal.repl.MAX_WIDTH - 1)]
)
def test_line_width_follows_the_terminal_up_to_a_limit(columns, width):
    class Sized(DummyOutput):
        def get_size(self) -> Size:
            return Size(rows=24, columns=columns)

    assert bot.terminal.repl.line_width(Sized()) == width


def test_answer_source_and_suggestions_are_set_apart(chat):
    session = chat(f"{OXIDE}\n{CTRL_D}")
    blocks = session.shown(OXIDE).split("\n\n")
    assert [b.split()[0] for b in blocks if b.strip()][1:] == ["Source:", "You"]
    styles = [style for style, text in session.pieces if text.strip()]
    assert (
        styles.index("class:answer")
        < styles.index("class:source")
        < styles.index("class:suggestion")
    )


@pytest.mark.parametrize(
    "pieces, expected",
    [
        ([("a", "one\ntwo\n")], [("", "  "), ("a", "one\n"), ("", "  "), ("a", "two\n")]),
        (
            [("a", "x"), ("b", "y\n\n"), ("c", "z")],
            [("", "  "), ("a", "x"), ("b", "y\n"), ("b", "\n"), ("", "  "), ("c", "z")],
        ),
        ([("a", "")], []),
    ],
)
def test_indent(pieces, expected):
    assert bot.terminal.repl.indent(pieces) == expected


# -- toolbar and completion --------------------------------------------------------------


def test_toolbar_shows_the_keys_and_the_numbers_while_there_are_suggestions(kb, matcher):
    session = commands.Session(Conversation(kb, matcher))
    toolbar = bot.terminal.toolbar.toolbar(lambda: len(session.conversation.options), lambda: 200)
    before = text_of(toolbar())
    assert all(
        key in before for key in ("Tab", "/help", "Ctrl-C", "Ctrl-D", "Ctrl-R", "Ctrl-X Ctrl-E")
    )
    assert "1-" not in before
    session.conversation.respond(OXIDE)
    assert " 1-3 " in text_of(toolbar())
    assert all(style.startswith("class:bottom-toolbar") for style, _ in toolbar())


@pytest.mark.parametrize("columns", [30, 40, 60, 80, 100])
@pytest.mark.parametrize("options", [0, 3])
def test_toolbar_shortens_itself_to_whole_items_that_fit(columns, options):
    """Issue 11, point 8: at 40 columns the toolbar was cut mid-word."""
    pieces = bot.terminal.toolbar.toolbar(lambda: options, lambda: columns)()
    assert len(text_of(pieces)) < columns
    pairs = [
        (k.strip(), w.strip()) for (_, k), (_, w) in zip(pieces[::2], pieces[1::2], strict=False)
    ]
    assert set(pairs) <= set(bot.terminal.toolbar.items(options))  # whole items only
    assert ("/help", "commands") in pairs and ("Ctrl-D", "quit") in pairs


def test_the_chat_toolbar_follows_the_terminal_width(kb):
    class Narrow(DummyOutput):
        def get_size(self) -> Size:
            return Size(rows=24, columns=40)

    prompt, _ = bot.terminal.repl.build_session(
        commands.Session(Conversation(kb)), False, output=Narrow(), keep_history=False
    )
    shown = text_of(prompt.bottom_toolbar())
    assert len(shown) < 40 and "/help" in shown and "Ctrl-X" not in shown


def test_toolbar_is_reverse_video_without_colour():
    attrs = bot.terminal.repl.build_style(False).get_attrs_for_style_str("class:bottom-toolbar")
    assert attrs.reverse and not attrs.color and not attrs.bgcolor


def completions(kb, text: str) -> list:
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    event = CompleteEvent(completion_requested=True)
    return list(bot.terminal.repl.completer(kb).get_completions(Document(text), event))


@pytest.mark.parametrize(
    "typed, first",
    [
        ("oxide trouble", "Why does magnesium oxide cause more digestive trouble?"),
        ("what refered", "What is referred pain?"),
        ("/sou", "/source"),
        ("/hi", "/history"),
    ],
)
def test_fuzzy_completion_of_questions_and_commands(kb, typed, first):
    found = completions(kb, typed)
    assert found and found[0].text == first
    assert found[0].start_position == -len(typed)  # the whole line is replaced


def test_command_completions_say_what_they_do(kb):
    [source] = [c for c in completions(kb, "/source")]
    assert source.display_meta_text == commands.REGISTRY["/source"].help


# -- failures ----------------------------------------------------------------------------


def test_history_is_kept_in_the_state_folder(chat, state_home):
    session = chat(f"{OXIDE}\nhello\n{CTRL_D}")
    assert session.code == 0
    history = (state_home / "magbot" / HISTORY_FILE).read_text(encoding="utf-8")
    assert f"+{OXIDE}\n" in history and "+hello\n" in history


def test_history_falls_back_to_home_without_xdg(chat, monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    chat(f"hello\n{CTRL_D}")
    assert (tmp_path / "home" / ".local" / "state" / "magbot" / HISTORY_FILE).is_file()


def test_a_turn_that_fails_is_logged_and_the_session_goes_on(chat, monkeypatch, state_home):
    real_respond = Conversation.respond

    def respond(self, text):
        if text == "explode":
            raise RuntimeError("boom from the test")
        return real_respond(self, text)

    monkeypatch.setattr(Conversation, "respond", respond)
    session = chat(f"explode\nhello\n{CTRL_D}")
    assert session.code == 0
    log = state_home / "magbot" / LOG_FILE
    assert "RuntimeError: boom from the test" in log.read_text(encoding="utf-8")
    [failure] = [p for p in session.printed if "something went wrong" in p]
    # one sentence, wrapped to the terminal like everything else, and no traceback
    assert flat(failure) == f"Sorry, something went wrong with that question (details in {log})."
    assert "Traceback" not in session.all_printed
    assert session.typed == ["explode", "hello"]
    assert "Hello" in session.shown("hello")


def make_unwritable(kind: str, state_home) -> None:
    state_home.parent.mkdir(parents=True, exist_ok=True)
    if kind == "state home is a file":
        state_home.write_text("a file, not a folder\n", encoding="utf-8")
    elif kind == "magbot is a file":
        state_home.mkdir(parents=True)
        (state_home / "magbot").write_text("a file, not a folder\n", encoding="utf-8")
    else:  # a read-only folder (root ignores permissions, so this runs only as a user)
        state_home.mkdir(parents=True)
        state_home.chmod(0o500)


KINDS = [
    "state home is a file",
    "magbot is a file",
    pytest.param(
        "read-only",
        marks=pytest.mark.skipif(
            sys.platform == "win32" or os.geteuid() == 0, reason="root can write anywhere"
        ),
    ),
]


@pytest.mark.parametrize("kind", KINDS)
def test_unwritable_state_folder_warns_and_the_session_works(chat, state_home, kind):
    make_unwritable(kind, state_home)
    session = chat(f"hello\n{OXIDE}\n{CTRL_D}")
    assert session.code == 0
    warnings = [p for p in session.printed if "warning" in p]
    assert len(warnings) == 1 and "history" in warnings[0]
    assert "Hello" in session.shown("hello")
    assert "Source:" in session.shown(OXIDE)


@pytest.mark.parametrize("kind", ["state home is a file", "magbot is a file"])
def test_failing_turn_without_a_log_still_goes_on(chat, state_home, monkeypatch, kind):
    make_unwritable(kind, state_home)
    monkeypatch.setattr(Conversation, "respond", lambda self, text: 1 / 0)
    session = chat(f"hello\n/help\n{CTRL_D}")
    assert session.code == 0
    assert session.typed == ["hello", "/help"]
    assert "something went wrong" in session.all_printed
    assert "details in" not in session.all_printed


# -- colour ------------------------------------------------------------------------------


def colours(style) -> dict[str, tuple[str, str]]:
    """The colours a style gives each class the chat uses (empty when there are none)."""
    names = [*PALETTE, "prompt", "bottom-toolbar", "bottom-toolbar.key"]
    attrs = {name: style.get_attrs_for_style_str(f"class:{name}") for name in names}
    return {name: (a.color, a.bgcolor) for name, a in attrs.items() if a.color or a.bgcolor}


@pytest.mark.parametrize("color", [True, False])
def test_colour_off_means_one_bit_everywhere(kb, color):
    written = io.StringIO()
    output = Vt100_Output(written, lambda: Size(rows=200, columns=80), term="xterm-256color")
    with create_pipe_input() as pipe:
        pipe.send_text(f"{OXIDE}\n/help\n{CTRL_D}")
        pipe.close()
        assert (
            bot.terminal.repl.run_repl(
                kb, color=color, input=pipe, output=output, keep_history=False
            )
            == 0
        )
    prompt, _ = bot.terminal.repl.build_session(
        commands.Session(Conversation(kb)), color, output=DummyOutput(), keep_history=False
    )
    depth = None if color else ColorDepth.DEPTH_1_BIT
    assert prompt.color_depth == depth
    assert bool(colours(prompt.style)) == color
    # the greeting, the answer and /help: coloured only with colour on
    assert (
        bool(re.search(r"\x1b\[[0-9;]*(3[0-7]|9[0-7]|38;[25];[0-9;]+)m", written.getvalue()))
        == color
    )


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "how", ["colour", "NO_COLOR", "--no-color", "--no-color after chat", "TERM=dumb"]
)
def test_no_color_reaches_the_chat(monkeypatch, how):
    """`magbot` on a terminal: NO_COLOR, --no-color and TERM=dumb turn colour off."""
    monkeypatch.setenv("TERM", "dumb" if how == "TERM=dumb" else "xterm-256color")
    if how == "NO_COLOR":
        monkeypatch.setenv("NO_COLOR", "1")
    argv = {"--no-color": ["--no-color"], "--no-color after chat": ["chat", "--no-color"]}
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(sys, "stdout", Terminal())
    seen = {}

    def fake_run(kb, **options):
        seen.update(options)
        return 0

    monkeypatch.setattr(bot.terminal.repl, "run_repl", fake_run)
    assert main(argv.get(how, [])) == 0
    assert seen["color"] == (how == "colour")


# -- the slash commands, called as the loop calls them -----------------------------------


@pytest.fixture
def session(kb, matcher):
    return commands.Session(Conversation(kb, matcher))


def run_command(session, line: str) -> str:
    return text_of(commands.run_command(session, line))


def test_every_command_and_alias_is_in_help(session):
    shown = run_command(session, "/help")
    for name in commands.REGISTRY:
        assert name in shown
    assert "Ctrl-D" in shown and "Tab" in shown


@pytest.mark.parametrize("width", [None, 60])
def test_topics_lists_every_question_under_its_section(kb, session, width):
    session.width = width
    shown = flat(run_command(session, "/topics"))
    for entry in kb.entries:
        assert f"- {entry.question}" in shown
        assert shown.index(entry.source) < shown.index(entry.question)


@pytest.mark.parametrize("line", ["/source", "/s", "/more", "/m"])
def test_source_and_more_ask_for_a_question_first(session, line):
    shown = run_command(session, line)
    assert "Ask a question first" in shown
    assert "don't know" not in shown


def test_source_shows_the_article_passage(kb, session):
    reply = session.conversation.respond(OXIDE)
    shown = run_command(session, "/s")
    assert flat(kb.article.section(reply.entry.source).text) in flat(shown)
    assert shown.startswith(reply.entry.source + "\n")


def test_history_lists_what_was_asked(session):
    assert "Nothing asked yet" in run_command(session, "/history")
    session.asked += ["first question", "second question"]
    assert run_command(session, "/history") == "  1. first question\n  2. second question\n"


def test_more_moves_to_a_related_question(kb, session):
    first = session.conversation.respond(OXIDE)
    shown = run_command(session, "/more")
    assert flat(first.related[0].answer) in flat(shown)
    assert flat(first.related[1].answer) in flat(run_command(session, "/more"))


def test_clear_starts_a_new_topic(session):
    session.conversation.respond(OXIDE)
    assert run_command(session, "/clear") == ""
    assert session.clear_screen
    assert session.conversation.respond("1").status == NO_MATCH


def test_clear_in_the_chat_clears_the_screen_and_the_topic(kb, chat, monkeypatch):
    erased = []
    monkeypatch.setattr(DummyOutput, "erase_screen", lambda self: erased.append(True))
    session = chat(f"{OXIDE}\n/clear\n1\n/source\n{CTRL_D}")
    assert erased == [True]
    assert session.shown("/clear") == ""
    assert flat(kb.settings.nothing_to_pick) in flat(session.shown("1"))
    assert "Ask a question first" in session.shown("/source")


def test_every_command_in_the_chat(kb, chat):
    lines = [OXIDE, "/help", "/topics", "/source", "/more", "/history", "/nope", "/quit"]
    session = chat("\n".join(lines) + "\n")
    assert session.code == 0
    assert session.typed == lines
    assert "/topics" in session.shown("/help")
    assert kb.entries[0].question in flat(session.shown("/topics"))
    assert "Digestive Distress" in session.shown("/source")
    first_related = kb.entry(kb.entry("oxide-absorption").related[0])
    assert flat(first_related.answer) in flat(session.shown("/more"))
    assert flat(session.shown("/history")) == f"1. {OXIDE}"
    assert "Unknown command" in session.shown("/nope")


@pytest.mark.parametrize("line", ["/nope", "/HELPME", "/"])
def test_unknown_command(session, line):
    assert "Unknown command" in run_command(session, line)


@pytest.mark.parametrize("line", ["/quit", "/exit", "/q", "/QUIT"])
def test_quit_raises_eof(session, line):
    with pytest.raises(EOFError):
        commands.run_command(session, line)


# -- wrapping at any width (issue 11, point 8) -------------------------------------------


def sized(columns: int, rows: int = 200):
    class Sized(DummyOutput):
        def get_size(self) -> Size:
            return Size(rows=rows, columns=columns)

    return Sized()


LONG_QUESTION = (
    "could the magnesium glycinate I started taking three weeks ago for sleep be "
    "the reason my lower back aches every single morning"
)


@pytest.mark.parametrize("columns", [30, 40, 55, 100])
def test_everything_printed_wraps_on_words_within_the_width(twin_kb, chat, columns):
    lines = [
        OXIDE,
        "zebra balm",
        LONG_QUESTION,
        "/help",
        "/topics",
        "/source",
        "/history",
        "/more",
        "/nope-" + "x" * 10,
        BLADDER,
    ]
    session = chat("\n".join(lines) + f"\n{CTRL_D}", kb=twin_kb, output=sized(columns))
    assert session.typed == lines
    for typed, shown in session.turns:
        for line in shown.splitlines():
            assert len(line) < columns, (typed, line)
    for printed in session.printed:
        assert all(len(line) < columns for line in printed.splitlines()), printed
    # no word cut in two: the same words as the unwrapped text, in the same order
    broad = commands.Session(Conversation(twin_kb))
    for typed, narrow in session.turns[:-1]:  # (before BLADDER, whose answer varies less)
        assert flat(narrow) == flat(text_of(bot.terminal.repl.shown(broad, typed, 1000))), typed


def test_history_and_suggestions_hang_under_their_own_text(chat):
    session = chat(f"{LONG_QUESTION}\n{OXIDE}\n/history\n{CTRL_D}", output=sized(40))
    lines = session.shown("/history").splitlines()
    assert lines[0].startswith("    1. could the")
    assert all(line.startswith(" " * 7) for line in lines[1:-1])  # under "could", not "1."
    numbered = [line for line in session.shown(OXIDE).splitlines() if line.strip()]
    starts = [n for n, line in enumerate(numbered) if line.lstrip()[:2] in ("1)", "2)", "3)")]
    for n in range(starts[0], len(numbered)):
        if n not in starts:
            assert numbered[n].startswith(" " * 7), numbered[n]


@pytest.mark.parametrize("columns", [40, 100])
def test_help_lays_out_its_table_for_the_width(chat, columns):
    session = chat(f"/help\n{CTRL_D}", output=sized(columns))
    shown = session.shown("/help")
    help_line = next(line for line in shown.splitlines() if "/help, /?, /h" in line)
    assert ("list the commands" in help_line) == (columns == 100)  # side by side when wide


def test_wrap_keeps_styles_and_leaves_short_lines_alone():
    from bot.terminal.render import wrap

    pieces = [("a", "short\n"), ("b", "  1) one two three four five six seven eight nine\n")]
    assert wrap(pieces, 80) == pieces
    wrapped = wrap(pieces, 20)
    assert text_of(wrapped) == (
        "short\n  1) one two three\n     four five six\n     seven eight\n     nine\n"
    )
    assert {style for style, text in wrapped if "four" in text} == {"b"}


def test_a_word_longer_than_the_line_is_kept_whole():
    from bot.terminal.render import wrap

    word = "x" * 50
    assert text_of(wrap([("", f"see {word} here\n")], 30)) == f"see\n{word}\nhere\n"


# -- the pager (issue 11, point 9) -------------------------------------------------------


@pytest.fixture
def pager_into(tmp_path):
    """A pager command that keeps what it was given in a file (and the file)."""
    target = tmp_path / "paged.txt"
    script = f"import sys; open({str(target)!r}, 'a').write(sys.stdin.read())"
    return [sys.executable, "-c", script], target


def test_long_output_goes_through_the_pager(kb, chat, pager_into, monkeypatch):
    command, target = pager_into
    session = chat(
        f"/topics\n{OXIDE}\n{CTRL_D}",
        output=sized(80, rows=24),
        prefs=bot.terminal.repl.Preferences(pager=command),
    )
    paged = target.read_text()
    assert kb.entries[-1].question in flat(paged)  # /topics was paged ...
    assert kb.entries[-1].question not in flat(session.all_printed)  # ... not printed
    assert "Source:" not in paged  # a short answer is printed
    assert "Source:" in session.all_printed
    assert "\x1b[3" not in paged and "\x1b[9" not in paged  # bold, but no colour


def test_the_pager_gets_colour_when_the_chat_has_it(chat, pager_into):
    command, target = pager_into
    chat(
        f"/help\n{CTRL_D}",
        output=sized(80, rows=10),
        color=True,
        prefs=bot.terminal.repl.Preferences(pager=command),
    )
    assert "\x1b[36m  /topics, /t" in target.read_text()  # the commands in cyan


def test_without_a_pager_long_output_is_printed(kb, chat):
    session = chat(f"/topics\n{CTRL_D}", output=sized(80, rows=24))
    assert kb.entries[-1].question in flat(session.all_printed)


def test_a_pager_that_cannot_run_falls_back_to_printing(kb, chat, tmp_path):
    session = chat(
        f"/topics\n{CTRL_D}",
        output=sized(80, rows=24),
        prefs=bot.terminal.repl.Preferences(pager=[str(tmp_path / "no-such-pager")]),
    )
    assert kb.entries[-1].question in flat(session.all_printed)


# -- editing in $EDITOR (issue 11, point 10) ----------------------------------------------


def test_ctrl_x_ctrl_e_edits_the_line_in_the_editor(kb, tmp_path, monkeypatch):
    editor = tmp_path / "editor"
    editor.write_text(f"#!/bin/sh\nprintf '%s\\n' '{OXIDE}' > \"$1\"\n")
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    typed = []
    with create_pipe_input() as pipe:

        def turn(text, pieces):
            typed.append(text)
            pipe.send_text(CTRL_D)  # only now: the editor runs while the prompt waits

        pipe.send_text("half a line\x18\x05")
        assert (
            bot.terminal.repl.run_repl(
                kb, color=False, input=pipe, output=DummyOutput(), on_turn=turn
            )
            == 0
        )
    assert typed == [OXIDE]  # the editor's text, saved and sent


@pytest.mark.parametrize("vi", [False, True])
def test_help_lists_the_search_and_editor_keys(session, vi):
    session.vi = vi
    shown = run_command(session, "/help")
    assert "Ctrl-R" in shown and "$EDITOR" in shown
    assert ("Esc v" in shown) == vi and ("Ctrl-X Ctrl-E" in shown) != vi


# -- the same conversation, typed or piped -------------------------------------------------

CONVERSATIONS = [
    ["is it possible for gut cramps to show up as back pain", "why would that happen"],
    ["what's central sensitization?", "is that bad?"],
    ["does magnesium oxide upset the stomach", "no i meant glycinate"],
    [
        "i bent over to pick up my kid and felt a twinge",
        "started magnesium around the same time",
        "does the timing mean it's the magnesium?",
    ],
    ["does magnesium do anything for nerves", "and the other one?"],
]


def test_a_conversation_typed_is_the_conversation_piped(kb, chat):
    """Follow-ups, corrections and stories behave the same in the REPL and in `chat --json`."""
    lines = [line for turns in CONVERSATIONS for line in [*turns, "/clear"]]
    session = chat("\n".join(lines) + "\n" + CTRL_D)
    piped = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--json"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert piped.returncode == 0, piped.stderr
    replies = [r for r in map(json.loads, piped.stdout.splitlines()) if "query" in r]
    typed = [(text, shown) for text, shown in session.turns if text != "/clear"]
    assert [r["query"] for r in replies] == [text for text, _ in typed]
    for reply, (_, shown) in zip(replies, typed, strict=True):
        assert flat(reply["answer"]) in flat(shown)
