"""Veiled menace: where a named person lives, their family or their routine, left hanging.

"Lovely house up by the church. Lot of glass, that." and "@X's two go to
Hillside Primary, don't they. Just saying." say nothing violent; the detail of
someone's life and a tag that leaves the rest unsaid do the work. Either half
alone is everyday talk ("Great to see Cllr Jones and his wife at the carol
service"; "The bus is late again. Just saying."), so both are needed, and the
detail must sit in the sentence that names the person or the one beside it.
"""
from __future__ import annotations

from ..targets import is_vocative

#: possessives that say whose the detail is ("your brother's", "my house")
OWNERS = ("your", "yer", "my", "our")


def veiled_menace(doc, tags, details, people):
    """``(cues, person)`` for the first detail of a named person's life beside a tag, or None.

    ``tags`` and ``details`` are the phrase-list hits (with ``start``/``end``), ``people`` the
    person mentions named or addressed. A generic "you" ("a disabled bay outside your house?") is the
    reader unless the post speaks to someone by name or handle; "your kids" is the named person's
    only when they are addressed; the writer's own home or family never counts."""
    if not tags:
        return None
    spoken_to = _named_addressee(doc)
    people = [m for m in people if m.source != "second_person" or spoken_to]
    addressed = [m for m in people if m.source in ("handle", "second_person") or is_vocative(doc, m)]
    sents = list(doc.sents)
    for detail in details:
        at = next((i for i, sent in enumerate(sents) if sent.start_char <= detail.start < sent.end_char), None)
        if at is None:
            continue
        owner = _owner(doc, detail)
        if owner in ("my", "our"):
            continue
        near = sents[max(0, at - 1):at + 2]
        candidates = addressed if owner is not None else people
        who = next((m for m in candidates if any(s.start_char <= m.start < s.end_char for s in near)), None)
        if who is not None:
            return [detail, tags[0]], who
    return None


def menace_aimed(doc, phrases, people):
    """``(cues, person)`` for the first phrase of menace by implication ("for her own sake", "can
    end very suddenly") in the sentence naming or addressing someone, or the one beside it; None
    where it is about no one ("expect a visit from the meter reader")."""
    if not phrases:
        return None
    spoken_to = _named_addressee(doc)
    people = [m for m in people if m.source != "second_person" or spoken_to]
    sents = list(doc.sents)
    for phrase in phrases:
        at = next((i for i, sent in enumerate(sents) if sent.start_char <= phrase.start < sent.end_char), None)
        if at is None:
            continue
        near = sents[max(0, at - 1):at + 2]
        who = next((m for m in people if any(s.start_char <= m.start < s.end_char for s in near)), None)
        if who is not None:
            return [phrase], who
    return None


def _named_addressee(doc) -> bool:
    """The post speaks to someone by name or handle ("Imtiaz, ...", "@X ..."), so its "you" is them."""
    def by_name(t) -> bool:
        return (t.is_sent_start and t.is_title and t.pos_ == "PROPN"
                and t.i + 1 < len(doc) and doc[t.i + 1].text in (",", ":"))

    return any(t.text.startswith("@") or by_name(t) for t in doc)


def _owner(doc, hit) -> str | None:
    """Whose the thing is, when a possessive just before says so."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return None
    before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
    return next((w for w in reversed(before) if w in OWNERS), None)
