"""Shared fixtures: a private state folder for every test, the shipped base, and copies to break."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.core.conversation import Conversation
from bot.core.knowledge import KnowledgeBase
from bot.core.loader import default_dir, load
from bot.core.matcher import Matcher

EXTRA_FILE = "99-extra.toml"


@pytest.fixture(autouse=True)
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$XDG_STATE_HOME (and the cache, the settings) for this test only: nothing reaches
    the user's folders."""
    home = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user settings
    for name in ("MAGBOT_KB", "NO_COLOR", "PAGER", "MAGBOT_NO_LOG"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(scope="session")
def shipped_dir() -> Path:
    """The knowledge folder that ships with magbot, whatever $MAGBOT_KB says."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("MAGBOT_KB", raising=False)
        return default_dir()


@pytest.fixture(scope="session")
def kb(shipped_dir: Path) -> KnowledgeBase:
    return load(shipped_dir)


@pytest.fixture(scope="session")
def matcher(kb: KnowledgeBase) -> Matcher:
    return Matcher(kb)


@pytest.fixture
def kb_copy(tmp_path: Path, shipped_dir: Path) -> Path:
    """A writable copy of the shipped knowledge folder."""
    return Path(shutil.copytree(shipped_dir, tmp_path / "kb"))


@pytest.fixture
def new_entry(kb: KnowledgeBase):
    """Make the fields of an entry that loads cleanly, about a topic no shipped entry mentions."""

    def make(**changes) -> dict:
        fields = {
            "id": "zebra-balm",
            "question": "What does zebra balm do?",
            "alternates": [
                "zebra balm",
                "is zebra balm any good",
                "what is zebra balm for",
                "should i rub zebra balm on it",
            ],
            "answer": "Zebra balm is a made-up remedy used only by the tests.",
            "source": kb.article.headings[-1],
            "related": [kb.entries[0].id],
        }
        fields.update(changes)
        return fields

    return make


@pytest.fixture
def add_entries(kb_copy: Path):
    """Write `[[entry]]` tables (dicts of fields) to one new file of the copied base.

    Returns the file and, for each table, the line of its `[[entry]]` header and of each key.
    """

    def add(*tables: dict) -> tuple[Path, list[dict[str, int]]]:
        lines: list[str] = []
        where: list[dict[str, int]] = []
        for fields in tables:
            lines.append("[[entry]]")
            at = {"[[entry]]": len(lines)}
            for key, value in fields.items():
                # a JSON string or list of strings is also a valid TOML value
                lines.append(f"{key} = {json.dumps(value)}")
                at[key] = len(lines)
            lines.append("")
            where.append(at)
        path = kb_copy / "entries" / EXTRA_FILE
        path.write_text("\n".join(lines), encoding="utf-8")
        return path, where

    return add


@pytest.fixture
def chat(kb: KnowledgeBase, matcher: Matcher) -> Conversation:
    """A fresh conversation with the shipped base."""
    return Conversation(kb, matcher)
