"""Registered interests (9.1, App B): a council matter touching the author's own interest.

An entry of the register (``[registers] interests``) named in a post about a
council matter (a grant, contract, vote, planning…) raises a finding unless
the post declares the interest or says the councillor stays out of the
decision. Interests held by someone else (``interest_holders``) are not the
author's to declare, and a body's own news with no council matter passes.
A post often speaks for the interest without naming it ("firms like mine",
"our café", "halls like ours"): where the author has entries on the register
and none is named, the rule's own head (``cue.interests.declared-interest``)
over its bar raises it for review, the register's entries quoted beside the
words that drove the head. Under the bar, the writer's own words saying the
matter is their business ("my canoe customers need it", "businesses like
mine", "I know that from the inside"), on a council matter, raise it too.
"""
from __future__ import annotations

import re

from ..lexicons import load_lexicon, phrase_matcher
from ..registers import PendingMatters
from ..signals import Signal
from ._cues import char_span, cue_lists, learned_cue, quote, quoted_words, someone_elses_words
from .base import Detector


#: the rule's own head: a post that speaks for the author's business or body on a council matter
LEARNED_HEAD = "cue.interests.declared-interest"


def own_interests(context, post) -> list[str]:
    """The register entries that are the post author's (or the tool user's) to declare."""
    config = context.config
    author = context.people.author(post.author)
    who = author.name if author is not None else config.self_settings.get("name")
    if who is None:
        return list(config.interests)
    holders = {k.lower(): v for k, v in config.interest_holders.items()}
    return [i for i in config.interests if holders.get(i.lower(), who).lower() == who.lower()]


def interest_names(interest: str, suffixes, kinds=frozenset()) -> list[str]:
    """The forms a post may use for a register entry, the register's own first.

    "Leddon Valley Rowing Club Ltd" gives, besides itself: the name without its
    legal suffix; its leading words ("Leddon Valley"); the first word as a
    possessive ("Leddon's"); initials for the words after any leading ones
    ("Leddon Valley RC", "LVRC"); and, when its last word is a kind of body
    (``kinds``: club, trust, foodbank…), that kind after "the", "our" or "my"
    ("the rowing club", "our club"); and the name without its first word when
    what is left is a name of two words or more ("Hallowby Youth Sports Trust"
    -> "Youth Sports Trust"), with its initials from three words ("Fendyke
    Internal Drainage Board" -> "IDB"). A part after a comma (an address) is left
    out. Only the author's own entries are looked for, and only in a post
    about a council matter.
    """
    names = [interest]
    words = interest.split(",")[0].split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in suffixes:
        words = words[:-1]
    names.append(" ".join(words))
    n = len(words)
    if n >= 2:
        names.extend(" ".join(words[:k]) for k in range(2, n) if words[k - 1].isalpha())
        if words[0][:1].isupper() and words[0].isalpha():
            names.append(f"{words[0]}'s")
        last, last_two = words[-1].lower(), " ".join(words[-2:]).lower()
        tails = [last, last_two] if last in kinds else [last_two] if last_two in kinds else []
        names.extend(f"{det} {tail}" for det in ("the", "our", "my") for tail in tails)
    capitals = [w for w in words if w[:1].isupper() and w.isalpha()]
    if n >= 3 and len(capitals) == n:  # "Wethercote Community Land Trust" -> "Wethercote CLT", "WCLT"
        names.extend(" ".join(words[:k]) + " " + "".join(w[0] for w in words[k:]) for k in range(1, n - 1))
        names.append("".join(w[0] for w in words).upper())
    rest = words[1:]
    if len(rest) >= 2 and all(w[:1].isupper() for w in (rest[0], rest[-1])):
        # the name without the place it starts with: "the Youth Sports Trust", "the Chamber of Trade";
        # and its initials where it is three capitalised words or more ("the IDB")
        names.append(" ".join(rest))
        if len(rest) >= 3 and all(w[:1].isupper() and w.isalpha() for w in rest):
            names.append("".join(w[0] for w in rest).upper())
    return list(dict.fromkeys(names))


class InterestIndex:
    """A matcher over the register's interests: ``find(doc)`` -> [(interest, span)]."""

    def __init__(self, nlp, interests, suffixes, kinds=frozenset(), place_possessions=frozenset()):
        self.place_possessions = frozenset(place_possessions)
        self.entry_of: dict[str, str] = {}
        names = []
        for interest in interests:
            for number, name in enumerate(interest_names(interest, suffixes, kinds)):
                key = f"{interest}#{number}"
                self.entry_of[key] = interest
                names.append((key, name))
        self.matcher = phrase_matcher(nlp, [n for _, n in names], "NORM", keys=[k for k, _ in names])

    def find(self, doc, allowed=None):
        found = {}
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            entry = self.entry_of[key]
            if allowed is not None and entry not in allowed:
                continue
            if not key.endswith("#0") and doc[end - 1].lower_ not in ("'s", "’s") and _name_goes_on(doc, end):
                continue  # "Orchard Hill Farm" is not "Orchard Hill Academy Trust" shortened
            if _only_the_place(doc[start:end], entry, self.place_possessions):
                continue  # "leaflets in Hawthorn Tump" is the village, not "Hawthorn Tump Commoners' Association"
            previous = found.get(start)
            if previous is None or previous[1].end < end:
                found[start] = (entry, doc[start:end])
        spans = [found[k] for k in sorted(found)]
        # "Rowing Club" inside "Vale Rowing Club" is the same mention
        return [(e, s) for e, s in spans if not any(o.start <= s.start and s.end <= o.end and o != s for _, o in spans)]


def interest_index(nlp, interests, by_kind: bool = True) -> InterestIndex:
    """The register's index with the interests lexicon's legal suffixes and place words; ``by_kind``
    also lets an entry be called by its kind of body ("our club")."""
    lexicon = load_lexicon("interests")
    suffixes = {s.lower().rstrip(".") for s in lexicon.get("legal_suffixes", [])}
    kinds = {str(k).lower() for k in lexicon.get("kinds_of_body", [])} if by_kind else frozenset()
    places = {str(w).lower() for w in lexicon.get("place_possessions", [])}
    return InterestIndex(nlp, interests, suffixes, kinds, places)


#: prepositions that make a name the place where something happens ("at" and "from" also go with a body)
PLACE_PREPOSITIONS = frozenset({"in", "near", "around", "round", "across", "through", "throughout"})


def _only_the_place(span, entry: str, place_possessions=frozenset()) -> bool:
    """An entry's leading words (often the place it is named after) used as that place: the object of
    "in", "across", "through" ... ("leaflets in Hawthorn Tump", not the Hawthorn Tump Commoners'); or
    the place's possessive with nothing of the body's after it ("Not Pitlaw's.", "Pentry's ward
    member", "Kelsmouth's Blue Vinny")."""
    words = entry.split(",")[0].split()
    if len(words) > 1 and span.text.lower() in (f"{words[0].lower()}'s", f"{words[0].lower()}’s"):
        return _possessive_of_the_place(span, place_possessions)
    said = span.text.split()
    if span.text.lower().endswith(("'s", "’s")) or len(said) >= len(words) or [w.lower() for w in words[:len(said)]] != [w.lower() for w in said]:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS


def _possessive_of_the_place(span, place_possessions) -> bool:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or not after.is_alpha:
        return True  # "Not Pitlaw's."
    return not after.is_lower or after.lower_ in place_possessions


def _name_goes_on(doc, end: int) -> bool:
    """A short form followed by another capitalised word is the start of some other name."""
    if end >= len(doc):
        return False
    word = doc[end]
    return word.is_alpha and (word.is_title or (word.is_upper and len(word) > 1))


class InterestsDetector(Detector):
    name = "interests"
    signals = frozenset({"interests.registered-interest", "interests.learned-interest", "interests.own-stake"})

    def __init__(self, context):
        super().__init__(context)
        nlp = context.nlp
        lexicon = load_lexicon("interests")
        self.index = interest_index(nlp, context.config.interests)
        self.cues = cue_lists(nlp, lexicon, ("council_matter", "declarations", "staying_out", "not_council_matter"))
        self.pending = PendingMatters(nlp, context.config.pending_matters)
        self.own_stake = [re.compile(p, re.IGNORECASE) for p in lexicon.get("own_stake_patterns") or []]

    @classmethod
    def enabled(cls, config):
        return bool(config.interests)

    def detect(self, doc, post):
        if someone_elses_words(post):
            return []
        mine = set(own_interests(self.context, post))
        hits = self.index.find(doc, mine)
        if not mine or self.cues["declarations"].find(doc) or self.cues["staying_out"].find(doc):
            return []
        if not hits:
            return self._unnamed(doc, mine)
        # a matter word inside an entry's name, or inside "nowt to do with the council", is no council matter
        inside = [(s.start, s.end) for _, s in hits] + [(s.start, s.end) for s in self.cues["not_council_matter"].find(doc)]
        matter = [m for m in self.cues["council_matter"].find(doc) if not any(a <= m.start < b for a, b in inside)]
        if matter:
            matter_span, matter_words = char_span(matter[0]), quote(matter[0])
        else:  # a pending application on the register is a council matter too
            pending, matter_span = self.pending.match(doc, post)
            if pending is None:
                return []
            matter_words = f"{pending.reference}, {pending.address}, pending"
        entries = list(dict.fromkeys(entry for entry, _ in hits))
        spans = tuple(char_span(s) for _, s in hits) + (matter_span,)
        return [Signal(
            "interests.registered-interest", spans,
            f"{', '.join(quote(s) for _, s in hits)} is on your register of interests and the post is about "
            f"a council matter ({matter_words}) without declaring it",
            evidence={"register": "interests", "entries": entries},
        )]

    def _unnamed(self, doc, mine) -> list[Signal]:
        """The head's reading of a post that speaks for one of the author's interests without naming it."""
        reading = learned_cue(doc, self.context, LEARNED_HEAD)
        if reading is None:
            return self._own_stake(doc, mine)
        score, spans = reading
        entries = sorted(mine)
        return [Signal(
            "interests.learned-interest", tuple(spans) or ((0, len(doc.text)),),
            f"reads as speaking on a council matter that touches your own interests (model {score:.2f}): "
            f"{quoted_words(doc, spans)}; your register lists {_listed(entries)}",
            score=score, evidence={"register": "interests", "entries": entries, "model": round(score, 3)},
        )]

    def _own_stake(self, doc, mine) -> list[Signal]:
        """The writer's own words saying a council matter is their business ("businesses like mine"),
        in a post about a council matter: the interest spoken for, though not named."""
        stake = next((m for pattern in self.own_stake for m in pattern.finditer(doc.text)), None)
        if stake is None:
            return []
        inside = [(s.start, s.end) for s in self.cues["not_council_matter"].find(doc)]
        matter = next((m for m in self.cues["council_matter"].find(doc) if not any(a <= m.start < b for a, b in inside)),
                      None)
        if matter is None:
            return []
        entries = sorted(mine)
        return [Signal(
            "interests.own-stake", (stake.span(), char_span(matter)),
            f"“{stake.group(0)}” speaks for your own business on a council matter ({quote(matter)}); your register "
            f"lists {_listed(entries)}",
            evidence={"register": "interests", "entries": entries, "phrase": stake.group(0)},
        )]


def _listed(entries) -> str:
    """The register's entries as a reason quotes them."""
    return ", ".join(f"“{e}”" for e in entries)
