"""Council resources used for party politics (7.1, 7.2b; GR-DONT-3).

Party campaigning alone is legitimate, and so is council email for casework;
the finding needs both together: a vote call, canvassing or a party name with
a council email address, council equipment or branding (also in an image's
alt text), council premises put to use, or officers' time helping. Council
resources in words no list holds are the resources cue head's reading
(``cue.resources.political-use``), counted only in a post that names the
council's premises, staff, equipment or branding, or something "the council's":
the head reads the campaigning itself (party names and hashtags no list
holds), but it leans on a vote call, so a council thing named is what it
needs beside it, unless it is over its stricter ``.alone`` bar.
"""
from __future__ import annotations

import re

from ..lexicons import load_lexicon
from ..signals import Signal
from ..targets import party_names
from ._cues import (Cues, char_span, cue_lists, in_sentence, learned_cue, quote, quoted_words, someone_elses_words,
                    sure_on_its_own)
from .base import Detector
from .capacity import council_core

#: the cue head read where no list names the council's resources
HEAD = "cue.resources.political-use"
#: an email address, or its domain alone written as one ("from my @cray.gov.uk address"; also how a
#: Bluesky handle on the council's domain looks, so that form counts only beside the cue head)
EMAIL = re.compile(r"([\w.+-]+)?@([\w-]+(?:\.[\w-]+)+)")


#: prepositions that make council premises the place where something happens
PLACE_PREPOSITIONS = frozenset({"in", "at", "inside", "from", "outside"})


def _place_of(span) -> bool:
    """Whether the premises are where something happens: "in the chamber", "at the council offices"."""
    head = span.root
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS


class ResourcesDetector(Detector):
    name = "resources"
    signals = frozenset({"resources.campaign-with-council-resource", "resources.learned-cue"})

    def __init__(self, context):
        super().__init__(context)
        nlp = context.nlp
        lexicon = load_lexicon("resources")
        self.campaign = cue_lists(nlp, load_lexicon("campaigning"), ("parties", "campaigning"))
        # the council's own name stands for "council" before a branding word ("the Cray Valley logo")
        core = council_core(context.config.council_name)
        own_branding = [f"{core}{s} {word}" for word in lexicon.get("media_branding_words", []) for s in ("", "'s")] if core else []
        # and its name before a building word is its own building ("Sallowmoor House")
        own_building = [f"{core} {word}" for word in lexicon.get("council_building_words", [])] if core else []
        lexicon = dict(lexicon, branding=list(lexicon.get("branding", [])) + own_branding,
                       premises=list(lexicon.get("premises", [])) + own_building)
        self.resources = cue_lists(nlp, lexicon, ("email", "premises", "premises_use", "equipment", "branding", "staff", "staff_help"))
        self.domains = tuple(d.lower().lstrip("@.") for d in lexicon.get("email_domains", []))
        self.own_email = (context.config.self_settings.get("email") or "").lower()
        self.media_branding = Cues(nlp, lexicon.get("media_branding_words", []), "media-branding")
        self.media_council = Cues(nlp, lexicon.get("media_council_words", []), "media-council")

    def detect(self, doc, post):
        if someone_elses_words(post):
            return []
        campaign = self._campaign(doc)
        alt_campaign = []
        alts = [m.alt for m in post.media if m.alt]
        if not campaign:
            alt_campaign = [alt for alt in alts if self._campaign(self.context.nlp.make_doc(alt))]
        used = self._resources(doc, campaign) + self._media(alts) if campaign or alt_campaign else []
        if not used:
            return self._learned(doc, campaign)
        spans = tuple(sorted({char_span(s) for s in campaign} | {r[1] for r in used if r[1]}))
        shown_campaign = ", ".join(quote(s) for s in campaign) or "party campaigning in an image"
        shown_used = ", ".join(r[2] for r in used)
        return [Signal(
            "resources.campaign-with-council-resource", spans,
            f"party campaigning ({shown_campaign}) with council resources ({shown_used})",
            evidence={"campaigning": [s.text for s in campaign] or alt_campaign, "resources": [r[0] for r in used]},
        )]

    def _campaign(self, doc):
        """Party and campaign words, and a party's proper name no list holds ("the Marches Workers' Party")."""
        listed = [s for cues in self.campaign.values() for s in cues.find(doc)]
        named = [s for s in party_names(doc) if not any(s.start < t.end and t.start < s.end for t in listed)]
        return sorted(listed + named, key=lambda s: s.start)

    def _resources(self, doc, campaign):
        """(kind, char span or None, shown text) for each council resource the post puts to use."""
        found = [("council email", match.span(), f"“{match.group(0)}”")
                 for match in self._council_addresses(doc) if match.group(1)]  # a whole address
        for kind in ("email", "equipment", "branding"):
            kind_name = "council email" if kind == "email" else f"council {kind}"
            found += [(kind_name, char_span(s), quote(s)) for s in self.resources[kind].find(doc)]
        uses = self.resources["premises_use"].find(doc)
        for span in self.resources["premises"].find(doc):
            if in_sentence(span, uses):
                found.append(("council premises", char_span(span), quote(span)))
        helping = self.resources["staff_help"].find(doc)
        for span in self.resources["staff"].find(doc):
            if in_sentence(span, helping) and (not campaign or in_sentence(span, campaign)):
                found.append(("officers' time", char_span(span), quote(span)))
        return found

    def _council_addresses(self, doc) -> list:
        """The council email addresses in the post (or a council domain written as one): the councillor's
        own, or any on a council domain."""
        return [match for match in EMAIL.finditer(doc.text)
                if match.group(0).lower() == self.own_email
                or any(match.group(2).lower() == d or match.group(2).lower().endswith("." + d) for d in self.domains)]

    def _media(self, alts):
        found = []
        for alt in alts:
            alt_doc = self.context.nlp.make_doc(alt)
            if self.media_branding.find(alt_doc) and self.media_council.find(alt_doc):
                found.append(("council branding in an image", None, f"an image showing “{alt}”"))
        return found

    def _council_named(self, doc) -> bool:
        """Something of the council's is named: "the council's gazebos", "council phones", a council email
        address, a listed staff, equipment or branding word, or council premises as the place something
        happens ("in the council chamber", "collect from the town hall"); "Cray Valley Council is backing
        ..." is not, and nor is the town hall as the seat of power ("kick the Tories out of the town hall")."""
        owned = any(t.lower_ in ("council", "council's", "council’s") and t.dep_ in ("poss", "compound")
                    for t in doc)
        if owned or self._council_addresses(doc) or any(
                self.resources[kind].find(doc) for kind in ("staff", "equipment", "branding", "email")):
            return True
        uses = self.resources["premises_use"].find(doc)
        return any(in_sentence(span, uses) or _place_of(span) for span in self.resources["premises"].find(doc))

    def _learned(self, doc, campaign) -> list[Signal]:
        """Campaigning with council resources the lists do not name: the cue head, where the post names
        something of the council's (the campaigning may be in words no list holds)."""
        named = self._council_named(doc)
        if not named and not sure_on_its_own(doc, self.context, HEAD):
            return []
        reading = learned_cue(doc, self.context, HEAD)
        if reading is None:
            return []
        score, words = reading
        shown = f"party campaigning ({', '.join(quote(s) for s in campaign)})" if campaign else "what reads as party campaigning"
        sure = "" if named else ", sure enough on its own"
        return [Signal(
            "resources.learned-cue", tuple(sorted({char_span(s) for s in campaign} | set(words))),
            f"{shown} with what reads as council resources (model {score:.2f}{sure}): {quoted_words(doc, words)}",
            score=score, evidence={"campaigning": [s.text for s in campaign], "model": round(score, 3)},
        )]
