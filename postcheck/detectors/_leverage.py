"""Pressure without an order: a hold over someone, and their humiliation offered round.

"I sit on the allocations panel. He might want to be a bit nicer to me" and
"Your lad's mooring is up for renewal in April. Vote for the motion and we'll
say no more about it" have no "or", so the ultimatum reader (``_coercion``)
does not see them: a decision the writer holds, or one about something of the
person's that is coming up, is followed by a caution. "Got a video of Kev in
tears in the car park. DM me if you want it" offers round a recording of
someone's distress. Each needs both halves in the post, said of someone
named or addressed: a seat on the panel alone is a declaration, and a
caution alone is advice.
"""
from __future__ import annotations

import re
from typing import Any


def _phrases(entry: dict[str, Any], key: str) -> re.Pattern | None:
    """One case-blind pattern for a list of phrases, matched on word boundaries."""
    words = sorted((str(w).lower() for w in entry.get(key, [])), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?![\w])", re.I)


#: words before a caution or an offer that turn it round ("please don't share it")
DENIALS = re.compile(r"(?:n't|\bnot|\bnever|\bno one|\bnobody)\s+(?:\w+\s+)?$", re.I)


def _denied(text: str, at: int) -> bool:
    return DENIALS.search(text[max(0, at - 24):at]) is not None


class _TwoHalves:
    """A reader that needs a first half (``holds``) and a second half (``cautions``), both in the
    post, about someone named or addressed. ``[(start_char, end_char, words)]``."""

    first: str = ""
    second: str = ""

    def __init__(self, entry: dict[str, Any]):
        self.holds = _phrases(entry, self.first)
        self.cautions = _phrases(entry, self.second)

    def __call__(self, doc, someone: bool) -> list[tuple[int, int, str]]:
        if not someone or self.holds is None or self.cautions is None:
            return []
        hold = self.holds.search(doc.text)
        caution = next((m for m in self.cautions.finditer(doc.text) if not _denied(doc.text, m.start())), None)
        if hold is None or caution is None or not self._fits(doc, hold, caution):
            return []
        start, end = min(hold.start(), caution.start()), max(hold.end(), caution.end())
        return [(start, end, doc.text[start:end])]

    def _fits(self, doc, hold, caution) -> bool:
        return True


class LeverageReader(_TwoHalves):
    """A decision the writer holds over someone, or one coming up about something of theirs
    ("I sit on the allocations panel", "your mam's transfer request comes up next month"), then a
    caution ("think on before Thursday's vote", "might want to be nicer to me")."""

    first, second = "decisions", "cautions"

    def __init__(self, entry: dict[str, Any]):
        super().__init__(entry)
        seats, bodies = _phrases(entry, "seats"), _phrases(entry, "bodies")
        if seats is not None and bodies is not None:
            # the writer's seat on a deciding body, a few words apart ("I sit on the allocations panel")
            seat = seats.pattern + r"\s+(?:[\w'&-]+\s+){0,3}?" + bodies.pattern
            either = seat if self.holds is None else seat + "|" + self.holds.pattern
            self.holds = re.compile(either, re.I)

    def _fits(self, doc, hold, caution) -> bool:
        return hold.start() < caution.start()  # the hold is stated, then the caution drawn from it


class HumiliationReader(_TwoHalves):
    """A recording of someone's distress ("a video of X crying", "the voicemail she left me in
    tears") offered round ("DM me if you want it", "shall I post it?", "make it trend")."""

    first, second = "recordings", "offers"

    def __init__(self, entry: dict[str, Any]):
        super().__init__(entry)
        self.distress = _phrases(entry, "distress")

    def _fits(self, doc, hold, caution) -> bool:
        return self.distress is not None and self.distress.search(doc.text) is not None
