"""Which found entities are a private person's personal data, and which signals they raise.

Presidio finds candidates; this module applies what the code of conduct
cares about: public office holders, the councillor's own published contact
details, organisations' numbers and public registers are not private personal
data; special category data (UK GDPR Art. 9, plus children and benefits) is
only a disclosure when a private person can be identified.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..config import Config
from ..people import People
from ..signals import Signal
from .entities import CONTACTS, IDENTIFIERS, LOCATIONS, PiiEntity, merge_adjacent_addresses, resolve_overlaps
from .lexicon import personal_data_lexicon, phrase_regex

#: mobile numbers: a person's far more often than an organisation's
MOBILE_PREFIXES = ("07", "+447", "447")
WINDOW = 40  # characters before a contact detail searched for "me on", "the council on"...
#: the author's own contact detail named as such ("my campaign address", "my council email, ...")
OWN_CONTACT = re.compile(r"\bmy(?:\s+[\w-]+){0,2}\s+(?:e-?mail|address|number|mobile|phone|inbox)\b[^.!?\n]{0,12}$", re.I)
#: an account's sign-in name, which the credentials rule reads ("Login is ward.team@...", "username: ...")
LOGIN_NAME = re.compile(r"\b(?:log-?in|username|user name|sign-?in)\b[^.!?\n]{0,30}$", re.I)
PLACE_WINDOW = 22  # ...and before an address: "our office is at", not "asked the council to fix the damp at"


#: what a schoolchildren hit reads as ("in Year 5", "Year 5 girls")
SCHOOLCHILDREN = "schoolchildren"
#: a UK postcode ("HP97 4LT", "TS9 8LW")
UK_POSTCODE_RX = r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
#: a first name's job or workplace, just after it: "Gary on the council's bin rounds", "Nathan, the
#: youngest on our bin crew", "Sharon from the housing office"
WORKPLACE_AFTER = re.compile(
    r",?\s+(?:the\s+\w+\s+)?(?:on|from|in|at)\s+(?:(?:the|our|my)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:rounds?|crews?|office|desk|team|depot|wagons?|crossing|reception|counter|lollipop)\b", re.IGNORECASE)
STOPS = (". ", "! ", "? ", "\n")
#: how a next sentence points back at the number ("That's the council's number, not mine")
POINTING_BACK = re.compile(r"\s*(?:that'?s|that is|this is|it'?s|it is)\b", re.IGNORECASE)


def _sentence_around(text: str, entity) -> str:
    """The sentence holding an entity, by punctuation (no parse here), and the next one when it
    points back at it."""
    start = max(text.rfind(stop, 0, entity.start) for stop in STOPS) + 1
    ends = [i for i in (text.find(stop, entity.end) for stop in STOPS) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    if POINTING_BACK.match(text, end):
        later = [i for i in (text.find(stop, end + 1) for stop in STOPS) if i >= 0]
        end = min(later) if later else len(text)
    return text[start:end]


def offered_as_own(text: str, start: int) -> bool:
    """Whether the contact detail at ``start`` is one the writer gives as their own: a self cue ("ring
    me on", "contact me") or "my ... number / mobile / email" just before it."""
    before = text[max(0, start - WINDOW):start]
    return bool(phrase_regex(tuple(personal_data_lexicon()["self_cues"])).search(before) or OWN_CONTACT.search(before))


def _rests_on(words, entities) -> bool:
    """Whether the strongest of a head's evidence ``words`` lies inside one of ``entities``."""
    return bool(words) and any(e.start <= words[0][0] and words[0][1] <= e.end for e in entities)


def _shown(text: str, spans) -> str:
    """A learned reading's evidence words as a reason quotes them, or the post as a whole."""
    return ", ".join(f"“{text[s:e]}”" for s, e in spans) or "the post as a whole"


def _digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return "0" + digits[2:] if digits.startswith("44") else digits


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w@.]+", " ", text.lower()).split()).strip(".")


@dataclass
class Assessment:
    """What the policy decided for one post."""

    entities: list[PiiEntity]
    signals: list[Signal]
    consent: bool = False


class PersonalDataPolicy:
    def __init__(self, config: Config, people: People):
        lex = personal_data_lexicon()
        self.people = people
        settings = config.personal_data
        own = config.self_settings
        self.allowed_text = [_norm(s) for s in settings.get("allow", []) if s.strip()]
        self.allowed_text += [_norm(own[k]) for k in ("name", "email", "surgery_address") if own.get(k)]
        self.allowed_phones = {_digits(own["phone"])} if own.get("phone") else set()
        self.allowed_addresses = [_norm(m.address) for m in config.pending_matters if m.address]
        self.public_references = [re.compile(p) for p in lex["public_references"]]
        self.org_prefixes = tuple(lex["phone"]["organisation_prefixes"])
        self.role_mailboxes = {m.lower() for m in lex["role_mailboxes"]}
        self.org_cues = phrase_regex(tuple(lex["organisation_cues"]))
        verbs = "|".join(re.escape(v) for v in lex.get("offered_number_verbs", [])) or "(?!)"
        self.offered = re.compile(rf"(?:^|[.!?:;,(]\s*|\b(?:and|or|then|please|just|pls)\s+)(?:{verbs})\s+(?:us\s+)?(?:on\s+|at\s+)?$",
                                  re.IGNORECASE)
        # a service line offered to whoever reads ("Report a missed bin on 01632 ...", "Book on ...")
        services = "|".join(re.escape(v) for v in lex.get("offered_service_verbs", [])) or "(?!)"
        self.service_line = re.compile(rf"(?:^|[.!?:;(]\s*)(?:{services})\b(?:\s+(?!(?:him|her|them|his|their)\b)[\w'’-]+){{0,5}}?\s+(?:on|at|via)\s+$",
                                       re.IGNORECASE)
        self.withheld = phrase_regex(tuple(lex.get("withheld_identity", [])))
        self.public_titles = re.compile(
            r"(?:" + "|".join(re.escape(t) for t in sorted(lex["public_titles"], key=len, reverse=True)) + r")\s*$")
        self.public_suffix = re.compile(r"^\s*(?:MP|MEP|MSP|AM)\b")
        self.consent = phrase_regex(tuple(lex["consent"]))
        self.household = phrase_regex(tuple(lex["household_cues"]))
        self.categories = {name: phrase_regex(tuple(words)) for name, words in lex["special_category"].items()}
        self.categories_cased = {name: phrase_regex(tuple(words), True)
                                 for name, words in lex["special_category_case_sensitive"].items()}
        self.not_name_endings = {w.lower() for w in lex["not_a_name_last_words"]}
        self.place_next = {w.lower() for w in lex["not_a_name_next_words"]}
        self.place_previous = {w.lower() for w in lex["not_a_name_previous_words"]}
        self.title_words = {t.lower().rstrip(".") for t in lex["public_titles"]}
        self.child_age = re.compile(rf"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?,?\s*(?P<age>{lex['child_age']})")
        self.school_children = re.compile(lex["school_children"]) if lex.get("school_children") else None
        houses = "|".join(re.escape(h) for h in lex.get("house_names", [])) or "(?!)"
        streets = "|".join(re.escape(s) for s in lex.get("home_streets", [])) or "(?!)"
        # "of Beck Cottage", ", Rose Cottage, Knapton Wick", ", HP97 4LT", ", 61, of Nightingale Way":
        # a house, a home street (said with "of" or "from") or a postcode right after a name; a street with
        # a name after it is a business or a building ("of Mill Lane Motors", "from Station Road Surgery"),
        # or a ward
        self.house_after = re.compile(
            rf"(?:'s)?,?\s+(?:\d{{1,3}},\s+)?(?:(?P<of>of|from)\s+|at\s+|,\s*)?(?:(?P<house>(?:\d+\s+)?(?:[A-Z][\w'’-]+\s+){{1,3}}(?:{houses})\b)"
            rf"(?!\s+(?:Ltd|Limited|plc|LLP|Group|Hotel|Shop|Cafe|Café|Kitchen|Park|Holidays?|Lets?)\b)"
            rf"|(?P<street>(?:[A-Z][\w'’-]+\s+){{1,3}}(?:{streets})\b)(?!\s+(?:[A-Z&]|ward\b|estate\b|area\b|end\b))"
            rf"|(?:[^.!?\n]{{0,30}}?\b)?(?P<postcode>{UK_POSTCODE_RX}))")
        self.roster = [p.name.lower().split() for p in people.by_key.values()]

    # --- which entities are a private person's ------------------------------
    def personal_entities(self, entities: list[PiiEntity], text: str) -> list[PiiEntity]:
        public = [m.span() for rx in self.public_references for m in rx.finditer(text)]
        named = [(m.start, m.end) for m in self.people.find(text)]
        kept, dropped_places = [], []
        for entity in merge_adjacent_addresses(resolve_overlaps(entities), text):
            if any(entity.overlaps(s, e) for s, e in public):
                continue
            if entity.type == "PERSON" and not self._private_name(entity, text, named):
                continue
            if self._allowed(entity) or self._organisation_or_self(entity, text):
                if entity.type in LOCATIONS:
                    dropped_places.append(entity)
                continue
            kept.append(entity)
        # a postcode right after an organisation's street address is the organisation's too
        return [e for e in kept if not (e.type in LOCATIONS and any(
            0 <= e.start - d.end <= 20 or 0 <= d.start - e.end <= 20 for d in dropped_places))]

    def _private_name(self, entity: PiiEntity, text: str, named) -> bool:
        words = entity.text.split()
        if not words or any(ch.isdigit() for ch in entity.text) or not entity.text[0].isupper():
            return False
        if entity.text.isupper() or words[-1].lower().strip(".'’s") in self.not_name_endings:
            return False
        if " ".join(words).lower().rstrip(".") in self.title_words:
            return False
        previous = text[:entity.start].split()[-1:]
        following = text[entity.end:].split()[:1]
        if previous and previous[0].lower() in self.place_previous:
            return False
        if following and following[0].lower().strip(".,;:!?") in self.place_next:
            return False
        if any(entity.overlaps(s, e) for s, e in named):
            return False
        if self.public_titles.search(text[max(0, entity.start - 25):entity.start]):
            return False
        return not self.public_suffix.match(text[entity.end:entity.end + 5])

    def _allowed(self, entity: PiiEntity) -> bool:
        value = _norm(entity.text)
        if entity.type == "PHONE_NUMBER" and _digits(entity.text) in self.allowed_phones:
            return True
        if entity.type in ("STREET_ADDRESS", "UK_POSTCODE") and any(value in a for a in self.allowed_addresses):
            return True
        return any(value == a or (len(value) >= 4 and (value in a or a in value)) for a in self.allowed_text)

    def _authors_own(self, entity: PiiEntity, text: str) -> bool:
        """A contact detail the author gives as their own ("ring me on", "my mobile", the council file's)."""
        if entity.type not in CONTACTS:
            return False
        if entity.type == "PHONE_NUMBER" and _digits(entity.text) in self.allowed_phones:
            return True
        return offered_as_own(text, entity.start)

    def _organisation_or_self(self, entity: PiiEntity, text: str) -> bool:
        """The author's own contact details, or an organisation's number, mailbox or premises."""
        if entity.type not in CONTACTS and entity.type not in LOCATIONS:
            return False
        window = PLACE_WINDOW if entity.type in LOCATIONS else WINDOW
        before = text[max(0, entity.start - window):entity.start]
        if entity.type in CONTACTS and offered_as_own(text, entity.start):
            return True
        if entity.type == "EMAIL_ADDRESS" and LOGIN_NAME.search(before):
            return True
        if entity.type != "EMAIL_ADDRESS" and self.org_cues.search(before):
            return True
        if entity.type in LOCATIONS:
            return False
        if entity.type == "PHONE_NUMBER":
            compact = re.sub(r"[\s()-]", "", entity.text)
            if compact.startswith(self.org_prefixes):
                return True
            # a landline is an organisation's where its sentence says so, before or after it ("Report a
            # missed bin on 01632 ... That's the council's number"), or where it is offered to whoever
            # reads the post ("hang up and ring 01632 ..."); a mobile needs the cue just before
            return not compact.startswith(MOBILE_PREFIXES) and (
                bool(self.org_cues.search(_sentence_around(text, entity))) or bool(self.offered.search(text, 0, entity.start))
                or bool(self.service_line.search(text, 0, entity.start)))
        local = entity.text.split("@")[0].lower()
        if local in self.role_mailboxes:
            return True
        if not re.search(r"[._\d-]", local) and self.org_cues.search(_sentence_around(text, entity)):
            return True  # a mailbox of one word ("revenues@") in a sentence that gives it to an organisation
        parts = set(re.split(r"[._-]+", local))
        return any(len(name) > 1 and name[-1] in parts and (name[0] in parts or "cllr" in parts or "councillor" in parts)
                   for name in self.roster)

    # --- signals ------------------------------------------------------------
    def assess(self, entities: list[PiiEntity], text: str, learned: tuple[float, list] | None = None,
               in_context: tuple[float, list] | None = None) -> Assessment:
        """Signals for one post. ``learned`` is a judgement head's reading that the post states a
        sensitive fact about someone, ``(score, evidence spans)``: it stands in for the listed
        special-category words, never for a person the entities identify. ``in_context`` is a
        head's reading that the post gives private details of someone it makes identifiable
        without the entities ("Karen on Tilbury Close"): raised only where nothing else was, never
        over the council's allow-list (a person it names there may be shared), and not where the word
        it leans on most is the author's own contact detail ("Ring me on 07700 900214")."""
        found = self.personal_entities(entities, text)
        consent = bool(self.consent.search(text))
        allow_listed = any(self._allowed(e) for e in entities)
        signals: list[Signal] = []
        identifiers = [e for e in found if e.type in IDENTIFIERS]
        contacts = [e for e in found if e.type in CONTACTS]
        # a match result ("Redlow 24, Marches Vale 10") reads like a house number and a street
        results = [m.span() for m in SCORELINE.finditer(text)]
        houses = [e for e in found if (e.type == "STREET_ADDRESS" or e.type == "UK_POSTCODE")
                  and not any(s <= e.start and e.end <= t for s, t in results)]
        categories = self.special_categories(text)
        # the parser can take the category term itself for a name ("Universal Credit: my surgery…")
        terms_at = [(s, e) for hits in categories.values() for s, e, _ in hits]
        names = [e for e in found if e.type == "PERSON" and self._identifying_name(e, text)
                 and not any(s < e.end and e.start < t for s, t in terms_at)]
        if identifiers:
            signals.append(self._signal("personal-data.identifier", identifiers, "{}"))
        if contacts and not consent:
            signals.append(self._signal("personal-data.contact", contacts, "{}"))
        if houses and not consent and (names or self.household.search(text) or _full_address(houses)):
            signals.append(self._signal("personal-data.address", houses, "{} identifying a household"))
        if not houses and not consent:
            houses = self._house_after_name(names, text)
            if houses:
                signals.append(self._signal("personal-data.address", houses, "{} after a private person's name"))
        identified = names + identifiers + houses + contacts
        children = categories.get("children", [])
        if children and all(t == SCHOOLCHILDREN for _, _, t in children) and all(
                e.recognizer == "TitledPersonRecognizer" for e in identified):
            del categories["children"]  # "Mrs Jones in Year 5" is the teacher: schoolchildren need a child's name
        if categories and identified and not consent:
            spans = [(s, e) for hits in categories.values() for s, e, _ in hits]
            terms = {name: sorted({t.lower() for _, _, t in hits}) for name, hits in categories.items()}
            who = _join(list(dict.fromkeys(e.description for e in identified)))
            signals.append(Signal(
                "personal-data.special-category",
                tuple(sorted({*spans, *((e.start, e.end) for e in identified)})),
                f"{_join(_category_names(terms))}, with {who} that identify the person",
                score=max(e.score for e in identified),
                evidence={"categories": terms, "entities": [e.evidence() for e in identified]},
            ))
        elif learned is not None and identified and not consent:
            score, words = learned
            who = _join(list(dict.fromkeys(e.description for e in identified)))
            shown = _shown(text, words)
            signals.append(Signal(
                "personal-data.learned-special-category",
                tuple(sorted({*words, *((e.start, e.end) for e in identified)})),
                f"what reads as a sensitive fact about a private person (model {score:.2f}): {shown}, "
                f"with {who} that identify the person",
                score=score,
                evidence={"model": round(score, 3), "entities": [e.evidence() for e in identified]},
            ))
        withheld = bool(self.withheld.search(text))  # "her family asked me not to name her"
        if in_context is not None and _rests_on(in_context[1], [e for e in entities if self._authors_own(e, text)]):
            in_context = None  # the head leans most on the author's own contact detail
        if in_context is not None and not signals and not consent and not allow_listed and not withheld:
            score, words = in_context
            shown = _shown(text, words)
            signals.append(Signal(
                "personal-data.learned-in-context", tuple(sorted(words)),
                f"what reads as private details about someone the post makes identifiable (model {score:.2f}): "
                f"{shown}", score=score, evidence={"model": round(score, 3)},
            ))
        return Assessment(found, signals, consent)

    def _house_after_name(self, names: list[PiiEntity], text: str) -> list[PiiEntity]:
        """A house name, a home street or a postcode right after a private person's name ("Norman Teasdale
        of Beck Cottage", "June Tidmarsh of Springfield Close", "Sheila Doughty, HP97 4LT"): with the name
        it identifies the household."""
        found = []
        for name in names:
            match = self.house_after.match(text, name.end)
            if match is not None and not (match.group("street") and not match.group("of")):
                kind = next(k for k in ("house", "street", "postcode") if match.group(k))
                start, end = match.span(kind)
                found.append(PiiEntity("UK_POSTCODE" if kind == "postcode" else "STREET_ADDRESS", start, end,
                                       text[start:end], 0.6, recognizer="HouseAfterNameRule"))
        return found

    def _identifying_name(self, entity: PiiEntity, text: str) -> bool:
        """A first name alone ("Pat", "Maureen") does not identify someone to the world; with the job
        or place that only one person fills it does ("Gary on the Cinderhurst bin round", "Sharon
        from the housing office")."""
        return (len(entity.text.split()) >= 2 or entity.recognizer in ("TitledPersonRecognizer", "ChildNameRecognizer")
                or bool(WORKPLACE_AFTER.match(text, entity.end)))

    def special_categories(self, text: str) -> dict[str, list[tuple[int, int, str]]]:
        hits: dict[str, list[tuple[int, int, str]]] = {}
        for table in (self.categories, self.categories_cased):
            for name, rx in table.items():
                for m in rx.finditer(text):
                    hits.setdefault(name, []).append((m.start(), m.end(), m.group(0)))
        for m in self.child_age.finditer(text):
            hits.setdefault("children", []).append((m.start("age"), m.end("age"), "child's age"))
        for m in self.school_children.finditer(text) if self.school_children else ():
            hits.setdefault("children", []).append((m.start(), m.end(), SCHOOLCHILDREN))
        return hits

    @staticmethod
    def _signal(name: str, entities: list[PiiEntity], template: str) -> Signal:
        kinds = list(dict.fromkeys(e.description for e in entities))
        return Signal(
            name, tuple((e.start, e.end) for e in entities), template.format(_join(kinds)),
            score=max(e.score for e in entities), evidence={"entities": [e.evidence() for e in entities]},
        )


#: a match result: two sides, each a capitalised name and its score ("Redlow 24, Marches Vale 10")
SCORELINE = re.compile(r"\b[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2}\s+\d{1,3}\s*(?:,|-|–|v\.?|vs\.?)\s*"
                       r"[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2}\s+\d{1,3}\b")


def _full_address(houses: list[PiiEntity]) -> bool:
    """A house number and street, or a street with its postcode: a household, with or without a name."""
    return any(e.type == "STREET_ADDRESS" and e.pattern_name == "house number and street" for e in houses) or \
        {e.type for e in houses} == {"STREET_ADDRESS", "UK_POSTCODE"}


CATEGORY_NAMES = {
    "health": "health details", "ethnicity": "ethnic origin", "religion": "religious belief",
    "sexual_orientation": "sexual orientation", "trade_union": "trade union membership",
    "criminal_record": "criminal allegations or record", "children": "details of a child",
    "benefits": "benefit or housing circumstances", "social_care": "social care involvement",
}


def _category_names(terms: dict[str, Any]) -> list[str]:
    return [CATEGORY_NAMES.get(name, name) for name in terms]


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
