"""Readings added in the round of set 29. The sentences are this file's own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _replies_under_hash_seeds(message: str, seeds: tuple[int, ...]) -> set[str]:
    """The entry answering `message` in fresh processes, one per string-hash seed."""
    code = (
        "import sys\n"
        "from bot.core.loader import load\n"
        "from bot.core.matcher import Matcher\n"
        "from bot.core.conversation import Conversation\n"
        "kb = load(None)\n"
        "r = Conversation(kb, Matcher(kb)).respond(sys.argv[1])\n"
        "print(r.status, r.entry.id if r.entry else None)\n"
    )
    return {
        subprocess.run(
            [sys.executable, "-c", code, message],
            env={"PYTHONHASHSEED": str(seed), "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
            cwd=str(ROOT),
        ).stdout
        for seed in seeds
    }


def test_a_story_question_is_answered_alike_in_every_process():
    # The words that ask for a link ("is there a link", "connected") are read joined; they
    # were joined in a set's order, which changes with each process's string hashing, so a
    # message told at length could get another entry in one process of fifteen (seed 26).
    message = (
        "The nurse at my pain clinic keeps using the phrase 'central sensitisation' and says"
        " my nervous system is 'wound up'. I've also read that magnesium might help with"
        " exactly that. Is there a link between magnesium and this sensitisation thing, and"
        " how is it supposed to work?"
    )
    seen = _replies_under_hash_seeds(message, (0, 26, 27))
    assert len(seen) == 1, seen
    assert "central-sensitization" in seen.pop()
