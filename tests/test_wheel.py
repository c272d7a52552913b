"""The wheel carries the shipped knowledge, and magbot finds it there, from any folder.

Built offline with the build backend of the test extras (`pip wheel --no-build-isolation`);
a few seconds, so built once for the module.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("hatchling", reason="the test extras hold the build backend")
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
            str(PROJECT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    [built] = out.glob("magbot-*.whl")
    return built


def test_the_wheel_holds_the_knowledge(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "bot/knowledge/article.txt" in names
    entries = (PROJECT / "knowledge" / "entries").glob("*.toml")
    shipped = {f"bot/knowledge/entries/{p.name}" for p in entries}
    assert shipped and shipped <= names
    assert {
        "bot/knowledge/settings.toml",
        "bot/knowledge/lexicon.toml",
        "bot/terminal/cli.py",
    } <= names
    # the general English word knowledge ships with the code
    assert {
        f"bot/data/{name}"
        for name in (
            "english.bin",
            "parts.bin",
            "words.idx",
            "words.vec",
            "stopwords.txt",
            "aspects.toml",
            "equivalents.toml",
        )
    } <= names
    assert not any(name.startswith(("tests/", "knowledge/")) for name in names)


def test_the_unpacked_wheel_answers_from_another_folder(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    env.pop("MAGBOT_KB", None)
    code = (
        "import bot.core.knowledge, sys; print(bot.core.knowledge.__file__); "
        "sys.exit(bot.terminal.cli.main())"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import bot.terminal.cli; {code}",
            "ask",
            "--json",
            "can magnesium cause back pain",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=work,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    module, reply = result.stdout.splitlines()
    assert Path(module).is_relative_to(site)  # the wheel's code, not the clone's
    assert json.loads(reply)["status"] == "answered"
    assert list(work.iterdir()) == []
