"""Questions the bot could not answer, kept on this machine so the author can see what is missing.

`record` appends one JSON line per miss (a `no_match` fallback or an `unsure` reply) to
$XDG_STATE_HOME/magbot/misses.jsonl (0600, in a 0700 folder), and silently does nothing when
that folder cannot be written. A message that raised a red flag is never kept. `summarise`
groups them by question for `magbot misses`, most frequent first, each with the entry the
current knowledge finds closest, so the author can add an alternate or an entry. Nothing is
sent anywhere.

Who keeps misses (see `keep_misses`): they help only whoever writes the knowledge, and they are
health questions. So an author, who names the knowledge folder (--kb or MAGBOT_KB), keeps
them unless they say not to; anyone else, asking the shipped article, only if they ask to.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterable
from typing import NamedTuple

from ..core.knowledge import KnowledgeBase
from ..core.matcher import NO_MATCH, UNSURE, Match, Matcher
from ..core.paths import ensure_state_dir, open_private, state_dir
from ..core.printable import clean
from ..core.reply import Reply
from ..core.text import MAX_QUERY_CHARS, normalise

MISSES_FILE = "misses.jsonl"
NO_LOG_ENV = "MAGBOT_NO_LOG"
LOG_ENV = "MAGBOT_LOG"
MAX_READ_BYTES = 16 * 1024 * 1024  # `magbot misses` reads the latest this much of the file


def _set(variable: str) -> bool:
    return os.environ.get(variable, "").strip() not in ("", "0")


def silenced(no_log: bool = False) -> bool:
    """Is nothing to be written at all (no misses, no chat history)? --no-log, MAGBOT_NO_LOG."""
    return no_log or _set(NO_LOG_ENV)


def keep_misses(no_log: bool = False, log: bool = False, author: bool = False) -> bool:
    """Are misses to be kept? Never when `silenced`; for an `author` (who named the knowledge
    folder) by default; for anyone else only with --log or MAGBOT_LOG=1."""
    return not silenced(no_log) and (author or log or _set(LOG_ENV))


def notice(kept: bool, history: bool, folder: str | None = None) -> str:
    """The one line the chat greeting says about what it keeps, where, and how to keep nothing."""
    if not kept and not history:
        return "Nothing you type here is kept."
    what = "this chat's history" if history else ""
    if kept:
        what += (" and " if what else "") + "the questions I cannot answer"
    where = folder or state_dir() or "$XDG_STATE_HOME/magbot"
    return (
        f"Kept on this machine only, for you: {what} (in {where}). "
        "Start with --no-log, or set MAGBOT_NO_LOG=1, to keep nothing."
    )


def is_miss(reply: Reply, kb: KnowledgeBase) -> bool:
    """Did the bot fail this question: unsure, torn between entries, or its fallback ("I
    don't know")?

    Other `no_match` replies, such as "that is all the article says" after "tell me more",
    are the conversation running out, not a question the knowledge lacks.
    """
    if reply.status == UNSURE:
        return True
    if reply.status == NO_MATCH and reply.alternatives:
        return True  # torn between entries: the knowledge did not single one out
    return reply.status == NO_MATCH and reply.text == (kb.settings.fallback or None)


def record(reply: Reply, kb: KnowledgeBase, folder: str | os.PathLike | None = None) -> None:
    """Append `reply` to the misses file if it is a miss; never raise, never complain."""
    if not is_miss(reply, kb) or not reply.query.strip() or reply.safety is not None:
        return  # a red-flag message (bladder control...) is the most private of all
    folder = folder or ensure_state_dir()
    if folder is None:
        return
    row = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "kb": str(kb.root),
        "question": reply.query[:MAX_QUERY_CHARS],
        "status": reply.status,
        "entry": reply.entry.id if reply.entry else None,
        "score": reply.score,
    }
    import json  # only now: `magbot ask` that answers must not pay for it

    try:
        with open_private(os.path.join(folder, MISSES_FILE)) as log:
            log.write(json.dumps(row, ensure_ascii=False) + "\n")
    except (OSError, ValueError):
        pass


def read(folder: str | os.PathLike | None = None) -> list[dict]:
    """Every recorded miss, oldest first; lines that cannot be read are skipped."""
    folder = folder or state_dir()
    if folder is None:
        return []
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)  # a FIFO planted there must not block
    try:
        fd = os.open(os.path.join(folder, MISSES_FILE), flags)
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return []
        with open(fd, "rb") as log:
            size = log.seek(0, os.SEEK_END)
            log.seek(max(size - MAX_READ_BYTES, 0))
            text = log.read(MAX_READ_BYTES).decode("utf-8", "replace")
    except OSError:
        return []
    import json

    rows = []
    for line in text.split("\n"):
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and isinstance(row.get("question"), str):
            rows.append(row)
    return rows


class LoggedMiss(NamedTuple):
    question: str  # as last asked
    times: int  # how often it was asked (not `count`, which would hide tuple.count)
    status: str  # as last recorded: no_match or unsure
    last_seen: str
    now: str  # the status the current knowledge gives it
    closest: Match | None  # the entry the current knowledge finds closest

    def to_dict(self) -> dict:
        closest = None
        if self.closest is not None:
            e = self.closest.entry
            closest = {
                "id": e.id,
                "question": e.question,
                "score": round(self.closest.score, 1),
                "file": e.file,
                "line": e.line,
            }
        return {
            "question": self.question,
            "count": self.times,
            "status": self.status,
            "last_seen": self.last_seen,
            "now": self.now,
            "closest": closest,
        }


def clear(folder: str | os.PathLike | None = None) -> bool:
    """Forget every recorded miss; True if there was a file to remove."""
    folder = folder or state_dir()
    if folder is None:
        return False
    try:
        os.unlink(os.path.join(folder, MISSES_FILE))
    except FileNotFoundError:
        return False
    return True


def summarise(rows: Iterable[dict], matcher: Matcher) -> list[LoggedMiss]:
    """The misses of `matcher`'s knowledge folder, grouped by question, most frequent first."""
    root = str(matcher.kb.root)
    groups: dict[str, list[dict]] = {}
    for row in rows:
        key = normalise(row["question"])
        if row.get("kb") == root and key:
            groups.setdefault(key, []).append(row)
    out = []
    for same in groups.values():
        last = same[-1]
        question = last["question"]
        ranked = matcher.rank(matcher.analyse(question))
        out.append(
            LoggedMiss(
                question,
                len(same),
                str(last.get("status", "")),
                str(last.get("time", "")),
                matcher.match(question).status,
                ranked[0] if ranked else None,
            )
        )
    out.sort(key=lambda m: m.last_seen, reverse=True)  # the latest first among equals
    out.sort(key=lambda m: -m.times)
    return out


def describe(found: list[LoggedMiss], root: str | os.PathLike) -> str:
    """`magbot misses` as text: one block per question, then what to do about them."""
    if not found:
        return clean(f"No missed questions recorded for {root}.") + "\n"
    lines = []
    for miss in found:
        now = f"  (now {miss.now})" if miss.now != miss.status else ""
        lines.append(f"{miss.times:>4}x {clean(miss.status):<8}  {clean(miss.question)}{now}")
        if miss.closest is None:
            lines.append("        closest: none (no word of it is in the knowledge)")
        else:
            e = miss.closest.entry
            lines.append(
                f"        closest: {e.id} ({miss.closest.score:.1f}) "
                f"{clean(e.question)!r} at {clean(e.file)}:{e.line}"
            )
    many = "1 question" if len(found) == 1 else f"{len(found)} questions"
    lines += [
        "",
        f"{many}. Add one as an alternate of its closest entry, or "
        "write a new [[entry]]; then run `magbot check`.",
    ]
    return "\n".join(lines) + "\n"
