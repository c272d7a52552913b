"""Several questions in one message: the answers in turn, numbered, and the rest named.

Pure: builds one `Reply` out of the replies to each part, in the base's words (settings).
"""

from __future__ import annotations

from .knowledge import Settings
from .matcher import ANSWERED, NO_MATCH, UNSURE
from .reply import Reply


def numbered_reply(
    text: str, asked: list[tuple[str, Reply]], later: list[str], settings: Settings
) -> Reply:
    """One reply to `text` from each asked part's reply; `later` parts were not answered."""
    answered = [(q, r) for q, r in asked if r.status in (ANSWERED, UNSURE)]
    missing = [q for q, r in asked if r.status not in (ANSWERED, UNSURE)]
    if not answered:
        return Reply(text, NO_MATCH, settings.fallback or None)
    blocks = []
    if settings.several:
        blocks.append(settings.several.replace("{count}", str(len(asked) + len(later))))
    for n, (question, reply) in enumerate(answered, 1):
        blocks.append(f"{n}. {question}\n{reply.answer}")
    for lead, questions in ((settings.not_covered, missing), (settings.left_over, later)):
        if questions:
            lead = lead.replace("{count}", str(len(answered)))
            blocks.append(lead + "\n" + "\n".join(f"- {q}" for q in questions))
    first, last = answered[0][1], answered[-1][1]
    return Reply(
        text,
        first.status,
        "\n\n".join(blocks),
        first.entry,
        first.score,
        (),
        last.related,
        safety=first.safety,
    )
