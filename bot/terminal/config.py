"""The user's settings file, like pgcli's config: $XDG_CONFIG_HOME/magbot/config.toml
(~/.config/magbot/config.toml when XDG_CONFIG_HOME is not set).

Read only where a setting is needed (the chat, colour on a terminal, a miss to log,
--print-config), so `magbot ask` does not pay for it. A file that cannot be read, an
unknown key or a wrong value is a warning naming the file and line; the default is used.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any, NamedTuple

CONFIG_FILE = "config.toml"
DEFAULT_PAGER = "less -SRXF"
THEMES = ("default", "light")
KEY_MODES = ("emacs", "vi")

DEFAULTS: dict[str, Any] = {
    "color": True,  # false: never colour (true: colour on a terminal)
    "theme": "default",  # one of THEMES
    "keys": "emacs",  # one of KEY_MODES
    "pager": True,  # true: $PAGER or less -SRXF; false: off; or a command
    "history_size": 1000,  # questions kept in the history file; 0 keeps none
    "log_misses": "authors",  # keep unanswered questions for `magbot misses`: true, false,
    # or (unset) for authors only, who name a folder with --kb
}
DEFAULT = "default"


class Setting(NamedTuple):
    value: Any
    source: str  # "default", "FILE:LINE", an option or an environment variable


def config_path() -> str | None:
    """Where the settings file is looked for (it need not exist)."""
    base = os.environ.get("XDG_CONFIG_HOME")
    if base and os.path.isabs(base):
        return os.path.join(base, "magbot", CONFIG_FILE)
    home = os.path.expanduser("~")
    if not home or home == "~" or not os.path.isabs(home):
        return None
    return os.path.join(home, ".config", "magbot", CONFIG_FILE)


def _line_of(lines: list[str], key: str) -> int:
    """The line (from 1) where `key` is set or its table opens, or 1 if it cannot be found."""
    pattern = re.compile(rf"""\s*(\[+\s*)?["']?{re.escape(key)}["']?\s*(=|\])""")
    for number, line in enumerate(lines, 1):
        if pattern.match(line):
            return number
    return 1


def _check(key: str, value: Any) -> str | None:
    """Why `value` will not do for `key`, or None."""
    default = DEFAULTS[key]
    if key == "pager":
        if isinstance(value, bool) or isinstance(value, str) and value.strip():
            return None
        return "must be true, false or a command"
    if isinstance(default, bool) or key == "log_misses":
        return None if isinstance(value, bool) else "must be true or false"
    if isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        return None if ok else "must be a whole number, 0 or more"
    choices = THEMES if key == "theme" else KEY_MODES
    if value in choices:
        return None
    return "must be " + " or ".join(f'"{c}"' for c in choices)


class Config:
    """The settings from the file (or the defaults), where each came from, and warnings."""

    def __init__(self, path: str | None = None):
        self.path = config_path() if path is None else path
        self.settings = {key: Setting(value, DEFAULT) for key, value in DEFAULTS.items()}
        self.warnings: list[str] = []
        self.found = False
        if self.path:
            self._read(self.path)

    def __getitem__(self, key: str) -> Any:
        return self.settings[key].value

    def _read(self, path: str) -> None:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except FileNotFoundError:
            return
        except OSError as exc:
            self.warnings.append(f"{path}: cannot read it ({exc.strerror}); using the defaults")
            return
        self.found = True
        import tomllib  # only when there is a file to read

        text = data.decode("utf-8", "replace")
        try:
            table = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            where = re.search(r"line (\d+)", str(exc))
            at = f":{where.group(1)}" if where else ""
            reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
            self.warnings.append(f"{path}{at}: not valid TOML ({reason}); using the defaults")
            return
        lines = text.splitlines()
        for key, value in table.items():
            line = _line_of(lines, key)
            if key not in DEFAULTS:
                self.warnings.append(
                    f"{path}:{line}: unknown setting '{key}' (known: {', '.join(DEFAULTS)})"
                )
                continue
            problem = _check(key, value)
            if problem:
                self.warnings.append(
                    f"{path}:{line}: '{key}' {problem}; using {_show(DEFAULTS[key])}"
                )
                continue
            self.settings[key] = Setting(value, f"{path}:{line}")


_loaded: dict[tuple, Config] = {}


def load() -> Config:
    """The user's settings, read once per process (again if the file changes); the
    warnings go to stderr once."""
    path = config_path()
    try:
        stat = os.stat(path) if path else None
        key = (path, stat.st_mtime_ns, stat.st_size) if stat else (path,)
    except OSError:
        key = (path,)
    if key not in _loaded:
        config = _loaded[key] = Config(path)
        for warning in config.warnings:
            print(f"magbot: warning: {warning}", file=sys.stderr)
    return _loaded[key]


# -- the effective values, with the options and environment variables that win ----------


def effective(
    config: Config,
    no_color: bool = False,
    no_pager: bool = False,
    no_log: bool = False,
    environ=None,
) -> dict[str, Setting]:
    """Every setting as it applies now: an option beats the environment, which beats the
    file for turning colour and miss logging off; the file's pager beats $PAGER."""
    env = os.environ if environ is None else environ
    out = dict(config.settings)
    if no_color:
        out["color"] = Setting(False, "--no-color")
    elif env.get("NO_COLOR"):
        out["color"] = Setting(False, "NO_COLOR")
    elif env.get("TERM") == "dumb":
        out["color"] = Setting(False, "TERM=dumb")
    if no_pager:
        out["pager"] = Setting(False, "--no-pager")
    elif config.settings["pager"].value is True:
        if env.get("PAGER", "").strip():
            out["pager"] = Setting(env["PAGER"].strip(), "PAGER")
        else:
            out["pager"] = Setting(DEFAULT_PAGER, config.settings["pager"].source)
    if no_log:
        out["log_misses"] = Setting(False, "--no-log")
    elif env.get("MAGBOT_NO_LOG", "").strip() not in ("", "0"):
        out["log_misses"] = Setting(False, "MAGBOT_NO_LOG")
    return out


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def describe(config: Config, settings: dict[str, Setting]) -> str:
    """`magbot --print-config`: each effective value as TOML, and where it came from."""
    where = config.path or "(no home folder: none)"
    state = "" if config.found else " (not found: the defaults apply)"
    lines = [f"# settings file: {where}{state}"]
    for key, setting in settings.items():
        lines.append(f"{key + ' = ' + _show(setting.value):<32} # {setting.source}")
    return "\n".join(lines) + "\n"
