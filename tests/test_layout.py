"""The package's three wings and the one direction of their imports.

`bot.terminal` may import `bot.authoring` and `bot.core`; `bot.authoring` may import
`bot.core`; `bot.core` imports neither. The test reads every module's imports (at the top
and inside functions) and fails on an arrow pointing back.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
RANK = {"core": 0, "authoring": 1, "terminal": 2}


def _imported(path: Path, root: Path = BOT) -> list[tuple[int, str]]:
    """(line, absolute module) for every import of a `bot` module in `path`."""
    package = ["bot", *path.parent.relative_to(root).parts]
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found += [(node.lineno, f"{module}.{a.name}") for a in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
    return [(line, name) for line, name in found if name.split(".")[0] == "bot"]


def _wing(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in RANK else None


def _modules() -> list[Path]:
    return sorted(p for p in BOT.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_module_lives_in_a_wing():
    loose = [p.name for p in BOT.glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
    assert loose == []
    assert {p.name for p in BOT.iterdir() if p.is_dir() and p.name != "__pycache__"} == {
        "core",
        "authoring",
        "terminal",
        "data",
    }


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(BOT)))
def test_imports_point_from_the_terminal_to_the_core(path: Path):
    wing = _wing(".".join(["bot", *path.relative_to(BOT).with_suffix("").parts]))
    if wing is None:
        return  # bot/__init__.py and bot/__main__.py sit above the wings
    back = [
        f"line {line}: {name}"
        for line, name in _imported(path)
        if (_wing(name) is not None and RANK[_wing(name)] > RANK[wing])
    ]
    assert back == [], f"{path.relative_to(BOT)} imports against the direction"


def test_the_walk_sees_a_back_arrow(tmp_path: Path):
    """The check is not vacuous: a core module importing the terminal inside a function,
    or the authoring wing by its absolute name, is read as such."""
    core = tmp_path / "bot" / "core"
    core.mkdir(parents=True)
    module = core / "bad.py"
    module.write_text("import bot.authoring.check\n\ndef f():\n    from ..terminal import render\n")
    found = _imported(module, tmp_path / "bot")
    assert found == [(1, "bot.authoring.check"), (4, "bot.terminal.render")]
    assert all(RANK[_wing(name)] > RANK["core"] for _, name in found)
