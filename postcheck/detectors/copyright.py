"""Third-party content (Social Media Policy 3, Copyright). Advice only.

Credits for someone else's picture ("Photo: Getty", "©", "Credit: ..."),
media whose ``credit`` names someone other than the author (a councillor's
own photo credited to themselves is fine, and so is a credit that states
permission), "copied from" and long pasted quotations.
"""
from __future__ import annotations

import re

from ..lexicons import load_lexicon
from ..signals import Signal
from .base import Detector

QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"))


def _alternation(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


class CopyrightDetector(Detector):
    name = "copyright"
    signals = frozenset({"copyright.credit-line", "copyright.media-credit", "copyright.copied", "copyright.long-quotation"})

    def __init__(self, context):
        super().__init__(context)
        lexicon = load_lexicon("copyright")
        media = _alternation(lexicon["media_words"])
        joiners = _alternation(lexicon["credit_joiners"])
        credit = _alternation(lexicon["credit_words"])
        self.media_credit = re.compile(rf"\b(?:{media})\s*(?:{joiners})\s*(?P<who>(?-i:[A-Z@©])\S*(?:\s+\S+){{0,3}})", re.IGNORECASE)
        self.credit_line = re.compile(rf"(?:^|(?<=[\n.!?(\[|–-]))\s*(?:{credit})\s*(?P<who>(?-i:[A-Z@])\S*(?:\s+\S+){{0,3}})", re.IGNORECASE | re.MULTILINE)
        self.copyright_sign = re.compile(r"©\s*(?P<who>\S+(?:\s+\S+){0,3})")
        self.permission = re.compile(rf"\b(?:{_alternation(lexicon['permission'])})\b", re.IGNORECASE)
        self.own = re.compile(rf"^\W*(?:{_alternation(lexicon['own_work'])})\b", re.IGNORECASE)
        self.copied = re.compile(rf"\b(?:{_alternation(lexicon['copied'])})\b", re.IGNORECASE)
        self.min_quote = int(lexicon.get("long_quotation_chars", 240))

    def detect(self, doc, post):
        text = doc.text
        signals = []
        credits = []
        for pattern in (self.media_credit, self.credit_line, self.copyright_sign):
            for match in pattern.finditer(text):
                if self._credit_ok(match.group("who"), post) or any(s <= match.start() < e for s, e in credits):
                    continue
                if not _names_someone(doc, match.start("who")):
                    continue  # "VIDEO: Victims of ...": a caption, not a credit
                end = match.end()
                stop = re.search(r"[.!?]\s|\n", text[match.start("who"):end])
                if stop and stop.start() > 2:  # "Pic: @ElmwoodSnaps. Gorgeous sunset": end at the sentence
                    end = match.start("who") + stop.start()
                credits.append((match.start(), end))
        if credits and not self.permission.search(text):
            credits.sort()
            signals.append(Signal(
                "copyright.credit-line", tuple(credits),
                f"“{text[credits[0][0]:credits[0][1]].strip()}” credits a picture to someone else",
                evidence={"credits": [text[s:e].strip() for s, e in credits]},
            ))
        for number, item in enumerate(post.media):
            if item.credit and item.credit.strip() and not self._credit_ok(item.credit, post):
                signals.append(Signal(
                    "copyright.media-credit", (),
                    f"the attached picture is credited to “{item.credit.strip()}”",
                    evidence={"media": number, "credit": item.credit.strip()},
                ))
        copied = [m.span() for m in self.copied.finditer(text)]
        if copied:
            signals.append(Signal(
                "copyright.copied", tuple(copied),
                f"“{text[copied[0][0]:copied[0][1]]}” says the text is copied from elsewhere",
                evidence={"phrases": [text[s:e] for s, e in copied]},
            ))
        for start, end in self._long_quotations(text):
            signals.append(Signal(
                "copyright.long-quotation", ((start, end),),
                f"a quotation of {end - start} characters pasted into the post",
                evidence={"characters": end - start},
            ))
        return signals

    def _credit_ok(self, who: str, post) -> bool:
        """A credit to the author themselves (or their council), or one that states permission."""
        who = who.strip()
        if not who or self.permission.search(who) or self.own.match(who):
            return True
        lowered = who.lower()
        names = [self.context.config.self_settings.get("name"), self.context.config.council_name]
        author = self.context.people.author(post.author)
        if author is not None:
            names.append(author.name)
        if post.author:
            names.append(post.author)
        return any(name and name.lower() in lowered for name in names)

    def _long_quotations(self, text: str):
        found = []
        for opening, closing in QUOTE_PAIRS:
            if opening == closing:
                # a straight quote opens after a space or line start and closes before one
                pattern = re.compile(
                    rf"(?:(?<=[\s:(\[])|^){re.escape(opening)}(?=\S)(.+?)(?<=\S){re.escape(closing)}(?=[\s.,;:!?)\]]|$)",
                    re.DOTALL | re.MULTILINE,
                )
            else:
                pattern = re.compile(rf"{re.escape(opening)}(.+?){re.escape(closing)}", re.DOTALL)
            for match in pattern.finditer(text):
                if match.end() - match.start() >= self.min_quote and not any(
                    s <= match.start() < e for s, e in found
                ):
                    found.append(match.span())
        return found


def _names_someone(doc, start: int) -> bool:
    """The credited words begin with a name (a proper noun), an @handle or ©."""
    if doc.text[start:start + 1] in "@©":
        return True
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span[0].pos_ == "PROPN"
