"""Readings added in the round of set 32. The sentences are this file's own."""

from __future__ import annotations

import pytest

from bot.core.loader import load
from bot.core.matcher import Matcher


@pytest.fixture(scope="module")
def shipped():
    return Matcher(load(None))


# -- the shipped base: an entry's terms say what its answer says ---------------------------


def test_side_effects_of_magnesium_are_not_asked_of_how_to_stop_them(shipped):
    # "fewer side effects" was a term of the entry on lowering the dose, which its answer
    # never says: a question of magnesium's side effects went to it
    result = shipped.match("magnesium back pain side effect")
    assert result.matches[0].entry.id != "fix-digestive-back-pain"
