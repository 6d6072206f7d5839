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

The halves are the detector's phrase-list hits (anything with ``start`` and
``end``), already cleared of quotation and negation by the caller; each
reader returns ``[(start_char, end_char, words)]`` like the other readers.
"""
from __future__ import annotations

from typing import Sequence

#: how many words may stand between a seat and the body it is on ("I sit on the allocations panel")
SEAT_TO_BODY_WORDS = 4


def hold_then_caution(doc, seats: Sequence, bodies: Sequence, decisions: Sequence, cautions: Sequence,
                      someone: bool) -> list[tuple[int, int, str]]:
    """A decision the writer holds over someone ("I sit on the allocations panel"), or one coming up
    about something of theirs ("your mam's transfer request comes up next month"), then a caution
    drawn from it ("think on before Thursday's vote", "might want to be nicer to me")."""
    held = [s for s in seats if any(s.end <= b.start and len(doc.text[s.end:b.start].split()) < SEAT_TO_BODY_WORDS
                                    for b in bodies)]
    return _both(doc, sorted(held + list(decisions), key=lambda h: h.start), cautions, someone, in_order=True)


def distress_offered(doc, recordings: Sequence, distress: Sequence, offers: Sequence,
                     someone: bool) -> list[tuple[int, int, str]]:
    """A recording of someone's distress ("a video of X crying", "the voicemail she left me in
    tears") offered round ("DM me if you want it", "shall I post it?", "make it trend")."""
    return _both(doc, recordings, offers, someone and bool(distress), in_order=False)


def _both(doc, first: Sequence, second: Sequence, someone: bool, in_order: bool) -> list[tuple[int, int, str]]:
    if not someone or not first:
        return []
    hold = first[0]
    after = next((h for h in second if not in_order or h.start > hold.start), None)
    if after is None:
        return []
    start, end = min(hold.start, after.start), max(hold.end, after.end)
    return [(start, end, doc.text[start:end])]
