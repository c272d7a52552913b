"""Helpers shared by the test modules (plain functions; fixtures live in conftest.py)."""

from __future__ import annotations

from bot.core.knowledge import Entry, KnowledgeBase
from bot.core.loader import load
from bot.terminal.cli import main

# the keys of every reply in JSON (`Reply.to_dict`, `magbot ask --json`)
REPLY_KEYS = {
    "query",
    "status",
    "answer",
    "entry",
    "score",
    "alternatives",
    "passage",
    "safety",
    "suggestions",
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run `magbot ARGV...` in this process: its exit code, stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def made_up_base(size: int, seed: int, alternates: int = 1) -> KnowledgeBase:
    """The shipped base with `size` entries of made-up words, a few of them in most
    entries (so that `cover` reads them apart) and many shared by chance (ties, and
    alternates of two entries)."""
    import random

    rng = random.Random(seed)
    vocabulary = [f"{a}{b}{c}" for a in "bdkm" for b in ("ai", "ou", "e") for c in "lnrstv"]

    def words(n: int) -> list[str]:
        common = ["zaro"] if rng.random() < 0.97 else []
        return common + rng.choices(vocabulary, weights=range(len(vocabulary), 0, -1), k=n)

    entries = tuple(
        Entry(
            f"e{i}",
            "what is " + " ".join(words(3)),
            tuple("how does " + " ".join(words(3)) for _ in range(alternates)),
            (" ".join(words(1)),),
            " ".join(words(12)) + ".",
            "Synthetic",
            (),
        )
        for i in range(size)
    )
    return load()._replace(entries=entries)


def drafted(folder, article, seed=None):
    """The knowledge folder `magbot ingest` drafts from `article`, written into `folder`."""
    from bot.authoring.ingest import draft

    for name, text in draft(article, seed).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def talk(chat, *messages: str):
    """Say each message in turn to a `Conversation`; return the last reply."""
    reply = None
    for message in messages:
        reply = chat.respond(message)
    return reply
