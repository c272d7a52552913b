"""The compiled-knowledge cache: written once, read back identical, refreshed by any edit."""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import NamedTuple

import pytest

from bot.core import cache
from bot.core.index import Index
from bot.core.knowledge import KnowledgeBase, KnowledgeError
from bot.core.loader import load
from bot.core.matcher import Matcher


def cache_files(state_home: Path) -> list[Path]:
    folder = state_home.parent / "cache" / "magbot"
    return sorted(folder.glob("kb-*.bin")) if folder.exists() else []


def test_first_load_writes_the_cache_and_the_second_reads_it(state_home, kb_copy, monkeypatch):
    built = cache.load_matcher(kb_copy)
    [written] = cache_files(state_home)
    monkeypatch.setattr(cache, "load", lambda root: pytest.fail("the cache was not used"))
    restored = cache.load_matcher(kb_copy)
    assert restored.index == built.index
    assert restored.kb.entries == built.kb.entries
    assert restored.kb.flags == built.kb.flags and restored.kb.cues == built.kb.cues
    assert [e.id for e in restored.kb.entries] == [e.id for e in built.kb.entries]
    assert written.stat().st_size > 0


def through_marshal(record: tuple) -> tuple:
    return marshal.loads(marshal.dumps(cache.dump(record)))


def test_the_base_comes_back_from_the_cache_equal_to_the_loaded_one(state_home, kb_copy):
    cache.load_matcher(kb_copy)
    restored = cache.load_matcher(kb_copy).kb
    loaded = load(os.path.realpath(kb_copy))
    assert type(restored) is KnowledgeBase and restored._fields == loaded._fields
    for name in KnowledgeBase._fields:
        want = getattr(loaded, name)
        if name == "root":  # kept as text: `magbot ask` never imports pathlib
            want = os.fspath(want)
        assert getattr(restored, name) == want, name
    assert restored.entry(loaded.entries[0].id) == loaded.entries[0]


def test_the_index_comes_back_from_the_cache_equal(kb):
    index = Matcher(kb).index
    restored = cache.restore(Index, through_marshal(index))
    for name in Index._fields:
        assert getattr(restored, name) == getattr(index, name), name


def test_a_new_field_needs_no_change_to_the_cache(kb):
    # the base's fields and two more, of a record type and of plain data, as if just added
    fields = [
        *KnowledgeBase.__mro__[1].__annotations__.items(),
        ("more_sections", "tuple[Section, ...]"),
        ("note", "str"),
    ]
    grown = NamedTuple("Grown", fields)(
        *kb._replace(root=str(kb.root)), more_sections=kb.article.sections, note="new"
    )
    assert cache.restore(type(grown), through_marshal(grown)) == grown


def test_restored_matcher_answers_like_a_fresh_one(state_home, kb_copy, kb):
    cache.load_matcher(kb_copy)
    restored = cache.load_matcher(kb_copy)
    fresh = Matcher(restored.kb)
    for question in (
        "can magnesium cause back pain",
        "why is oxide hard on the gut",
        "hello",
        "can magnesium cause kidney stones",
    ):
        a, b = restored.match(question), fresh.match(question)
        assert (a.status, a.score, a.best and a.best.entry.id) == (
            b.status,
            b.score,
            b.best and b.best.entry.id,
        )


def test_an_edit_to_the_knowledge_makes_a_new_cache(state_home, kb_copy):
    before = cache.load_matcher(kb_copy)
    settings = kb_copy / "settings.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace(
            "answer_threshold = 60", "answer_threshold = 61"
        ),
        encoding="utf-8",
    )
    stat = settings.stat()
    os.utime(settings, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    after = cache.load_matcher(kb_copy)
    assert (before.kb.settings.answer_threshold, after.kb.settings.answer_threshold) == (60, 61)


def test_a_change_to_the_code_that_builds_it_makes_a_new_key(kb_copy, tmp_path, monkeypatch):
    from bot.core.loader import read_folder

    module = tmp_path / "matcher.py"  # stands for one of the modules that build the cache
    module.write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache, "_STATED", (str(module),))
    folder = read_folder(str(kb_copy))
    before = cache.fingerprint(folder)
    assert cache.fingerprint(folder) == before
    stat = module.stat()
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert cache.fingerprint(folder) != before


def test_a_broken_edit_is_an_error_even_with_a_cache(state_home, kb_copy):
    cache.load_matcher(kb_copy)
    lexicon = kb_copy / "lexicon.toml"
    lexicon.write_text("stopwords = [\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        cache.load_matcher(kb_copy)


@pytest.mark.parametrize("garbage", [b"", b"\x00\x01junk", b"\xe3" * 100])
def test_a_corrupt_cache_file_is_ignored(state_home, kb_copy, garbage):
    cache.load_matcher(kb_copy)
    [written] = cache_files(state_home)
    written.write_bytes(garbage)
    assert cache.load_matcher(kb_copy).match("hello").status == "smalltalk"


def test_an_unwritable_cache_folder_is_not_an_error(state_home, kb_copy, monkeypatch):
    blocker = state_home.parent / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert cache.load_matcher(kb_copy).match("hello").status == "smalltalk"


def test_the_red_flags_index_comes_back_from_the_cache_equal(kb):
    from bot.core import safety
    from bot.core.signs import Catalog

    concepts = safety._concepts(kb.flags)
    fresh = Catalog(concepts)
    kept = Catalog(concepts, marshal.loads(marshal.dumps(fresh.plain())))
    assert kept.plain() == fresh.plain() and kept.number == fresh.number


def test_the_red_flags_index_is_kept_packed_and_read_back_as_built(kb):
    """The phrases by first word are kept as one string a word (thousands of small tuples
    cost `ask` a millisecond to load), and read back as the built index holds them, each
    phrase once."""
    from bot.core import safety
    from bot.core.signs import Catalog

    concepts = safety._concepts(kb.flags)
    fresh = Catalog(concepts)
    by_first, unless, *_ = fresh.plain()
    assert all(isinstance(v, str) for v in (*by_first.values(), *unless.values()))
    kept = Catalog(concepts, marshal.loads(marshal.dumps(fresh.plain())))
    for built, read in ((fresh.by_first, kept.by_first), (fresh.unless, kept.unless)):
        assert isinstance(built, dict)
        for word, phrases in built.items():
            assert read.get(word) == phrases
            assert len(set(phrases)) == len(phrases)
        assert read.get("no-such-word", ()) == ()
    assert kept.ages == fresh.ages and fresh.ages  # "@age 50" read back as built


def test_a_matcher_from_the_cache_flags_as_a_fresh_one(state_home, kb_copy):
    from bot.core.conversation import Conversation
    from bot.core.loader import load as load_folder

    cache.load_matcher(kb_copy)  # writes the cache
    restored = cache.load_matcher(kb_copy)
    fresh = Matcher(load_folder(kb_copy))
    for message in ("my back hurts and I can't control my bladder", "no fever, just sore"):
        a = Conversation(restored.kb, restored).respond(message).safety
        b = Conversation(fresh.kb, fresh).respond(message).safety
        assert (a and a.id, a and a.level) == (b and b.id, b and b.level)
