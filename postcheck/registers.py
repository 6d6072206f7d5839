"""The council's register of pending matters, found in a post.

A pending application is named by its reference ("25/01234/FUL"), by its
site ("Quarry Lane", from the register's address with "Land at" and house
numbers dropped), or by a phrase of its description together with its
locality. Predetermination (a settled view on it) and registered interests
(a matter touching the councillor's interest) both ask this one question.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicons import match_phrases, phrase_matcher

REFERENCE = re.compile(r"\b(?:\d{2}/\d{5}/[A-Z]{2,6}|[A-Z]{2,4}/\d{2}/\d{2,5})\b")
GENERIC_WORDS = {"road", "street", "lane", "land", "site", "house", "building", "new", "existing", "public"}
LAND_BY = re.compile(r"^land\s+(?:(?:to\s+the\s+)?(?:north|south|east|west|rear|side|front)(?:[\s-]+(?:east|west))?\s+of|adjoining|adjacent\s+to|off|by|behind|beside|next\s+to)\s+",
                     re.IGNORECASE)
SITE_PREFIXES = ("land to the rear of", "land adjacent to", "land at", "former", "the", "units", "unit")


@dataclass(frozen=True)
class RegisterKey:
    phrase: str
    reference: str
    kind: str  # "reference" | "site" | "description"


class PendingMatters:
    """``match(doc, post)`` -> (the pending matter a post names, its character span) or (None, None)."""

    def __init__(self, nlp, matters, prefixes=SITE_PREFIXES):
        self.matters = matters
        self.prefixes = sorted(prefixes, key=len, reverse=True)
        self.keys, localities = self._keys(nlp)
        self.register = [phrase_matcher(nlp, [k.phrase for k in self.keys], "LOWER")] if self.keys else []
        self.key_of = {k.phrase.lower(): k for k in self.keys}
        self.localities = {ref: [phrase_matcher(nlp, words, "LOWER")] for ref, words in localities.items()}

    def _keys(self, nlp):
        keys: list[RegisterKey] = []
        localities: dict[str, list[str]] = {}
        for matter in self.matters:
            parts = [p.strip() for p in matter.address.split(",") if p.strip()]
            site = LAND_BY.sub("", parts[0]) if parts else ""  # "Land north of Pentre Lane" -> "Pentre Lane"
            lowered = site.lower()
            for prefix in self.prefixes:
                if lowered.startswith(prefix + " "):
                    site = site[len(prefix) + 1:]
                    lowered = site.lower()
            site = re.sub(r"^[\d\-–]+\s+", "", site).strip()
            if site:
                keys.append(RegisterKey(site, matter.reference, "site"))
            localities[matter.reference] = [re.sub(r"^[\d\-–]+\s+", "", p) for p in parts[1:]] or [site]
            description = nlp(matter.description.split("(")[0])
            for chunk in description.noun_chunks:
                words = [t for t in chunk if not (t.is_stop or t.like_num or t.is_punct)]
                if len(words) >= 2 and not all(t.lower_ in GENERIC_WORDS for t in words):
                    keys.append(RegisterKey(chunk[words[0].i - chunk.start:].text, matter.reference, "description"))
                elif len(words) == 1 and words[0].text.isupper() and len(words[0].text) >= 3:
                    keys.append(RegisterKey(words[0].text, matter.reference, "description"))
        return keys, localities

    def match(self, doc, post):
        for match in REFERENCE.finditer(doc.text):
            matter = self.pending(match.group(0), post)
            if matter is not None:
                return matter, match.span()
        description_hits = []
        for phrase, start, end in match_phrases(self.register, doc):
            key = self.key_of[phrase.lower()]
            matter = self.pending(key.reference, post)
            if matter is None:
                continue
            if key.kind == "site":
                return matter, (start, end)
            description_hits.append((matter, (start, end)))
        for matter, span in description_hits:
            if match_phrases(self.localities.get(matter.reference, []), doc):
                return matter, span
        return None, None

    def pending(self, reference, post):
        """The register entry for ``reference`` if it is still undecided when posted."""
        for matter in self.matters:
            if matter.reference.lower() == reference.lower():
                if post.created_at and matter.decision_date and post.created_at.date().isoformat() > matter.decision_date:
                    return None
                return matter
        return None
