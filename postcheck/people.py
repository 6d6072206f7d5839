"""Who is who: the config's roster of named people, for every detector.

Resolves full names, surnames after a title ("Cllr Rahman"), and @handles to
one canonical person with a role, so detectors agree on who a post names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .config import Config

#: titles that come before a person's name: the one list every module that reads names uses
TITLE_WORDS = ("Cllr", "Councillor", "Leader", "Mayor", "Mr", "Mrs", "Ms", "Miss", "Dr", "Inspector",
               "Sir", "Dame", "Lord", "Lady")
_ABBREVIATED = {"Cllr", "Mr", "Mrs", "Ms", "Dr"}
#: a regular-expression group matching one title ("Cllr." or "Cllr")
TITLES = "(?:" + "|".join(re.escape(t) + (r"\.?" if t in _ABBREVIATED else "") for t in TITLE_WORDS) + ")"
#: a title at the start of a name, any case ("cllr jones" -> "jones")
LEADING_TITLE = re.compile(rf"^{TITLES}\s+", re.I)
#: an @handle, not inside an e-mail address or another handle
HANDLE = re.compile(r"(?<![\w@])@\w{1,50}")


@dataclass(frozen=True)
class Person:
    name: str
    role: str  # "councillor" | "officer" | "public_office_holder" | "self" | "organisation"


@dataclass(frozen=True)
class Mention:
    person: Person
    start: int
    end: int
    text: str


class People:
    """An index of the config's people; ``find`` returns their mentions in a text."""

    def __init__(self, config: Config):
        self.by_key: dict[str, Person] = {}
        roles = (
            ("councillor", config.councillors),
            ("officer", config.officers),
            ("public_office_holder", config.public_office_holders),
        )
        for role, names in roles:
            for name in names:
                self._add(Person(_strip_suffix(name), role))
        self_name = config.self_settings.get("name")
        if self_name and _key(self_name) not in self.by_key:
            self._add(Person(self_name, "councillor"))
        self.handles: dict[str, Person] = {}
        for handle, name in config.handles.items():
            person = self.by_key.get(_key(_strip_suffix(name))) or Person(name, "organisation")
            self.handles[handle.lower()] = person
        self._pattern = self._compile()

    def _add(self, person: Person) -> None:
        self.by_key[_key(person.name)] = person

    def _compile(self) -> re.Pattern[str] | None:
        alternatives = []
        for person in self.by_key.values():
            parts = person.name.split()
            full = r"\s+".join(map(re.escape, parts))
            alternatives.append(rf"(?:{TITLES}\s+)?{full}")
            if len(parts) > 1:
                alternatives.append(rf"{TITLES}\s+{re.escape(parts[-1])}")
        for handle in self.handles:
            alternatives.append(re.escape(handle))
        if not alternatives:
            return None
        alternatives.sort(key=len, reverse=True)
        return re.compile(r"(?<![\w@])(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)

    def resolve(self, mention: str) -> Person | None:
        """The person a mention refers to: a handle, a full name, or title + surname."""
        text = mention.strip()
        if text.startswith("@"):
            return self.handles.get(text.lower())
        bare = re.sub(rf"^{TITLES}\s+", "", text, flags=re.IGNORECASE)
        if _key(bare) in self.by_key:
            return self.by_key[_key(bare)]
        surname = bare.split()[-1].lower() if bare.split() else ""
        matches = [p for p in self.by_key.values() if p.name.split()[-1].lower() == surname]
        return matches[0] if len(matches) == 1 else None

    def find(self, text: str, bare_surnames: bool = False, bare_first_names: bool = False) -> list[Mention]:
        """Mentions of known people; with ``bare_surnames``, also a capitalised surname on its own
        ("Tattersall again") where exactly one person on the roster has it; with ``bare_first_names``
        (``bare_surnames`` too), also a first name on its own ("Chin up Nadine") on the same terms."""
        if self._pattern is None:
            return []
        found = []
        for match in self._pattern.finditer(text):
            person = self.resolve(match.group(0))
            if person is not None:
                found.append(Mention(person, match.start(), match.end(), match.group(0)))
        if bare_surnames:
            taken = [(m.start, m.end) for m in found]
            for match in re.finditer(r"(?<![\w@])[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*(?![\w-])", text):
                if any(s <= match.start() < e for s, e in taken):
                    continue
                word = match.group(0)
                person = self._bare(word, bare_first_names)
                if person is None and word[-2:] in ("'s", "’s"):  # "Whitworth's in the paper again"
                    word = word[:-2]
                    person = self._bare(word, bare_first_names)
                if person is not None:
                    found.append(Mention(person, match.start(), match.start() + len(word), word))
        return found

    def _bare(self, word: str, first_names: bool) -> Person | None:
        person = self._by_surname().get(word.lower())
        return person if person is not None or not first_names else self.first_name(word)

    def first_name(self, word: str) -> Person | None:
        """The one person on the roster whose first name ``word`` is; None where two share it, where it
        is also a roster surname, or where it is under three letters."""
        if not hasattr(self, "_first_names"):
            counts: dict[str, list[Person]] = {}
            for person in self.by_key.values():
                parts = person.name.split()
                if len(parts) > 1 and person.role != "organisation" and len(parts[0]) >= 3:
                    counts.setdefault(parts[0].lower(), []).append(person)
            surnames = {p.name.split()[-1].lower() for p in self.by_key.values()}
            self._first_names = {name: people[0] for name, people in counts.items()
                                 if len(people) == 1 and name not in surnames}
        return self._first_names.get(word.strip().lower())

    def _by_surname(self) -> dict[str, Person]:
        """Surname -> the one person who has it (surnames two people share are left out)."""
        if not hasattr(self, "_surnames"):
            counts: dict[str, list[Person]] = {}
            for person in self.by_key.values():
                parts = person.name.split()
                if len(parts) > 1 and person.role != "organisation":
                    counts.setdefault(parts[-1].lower(), []).append(person)
            self._surnames = {name: people[0] for name, people in counts.items() if len(people) == 1}
        return self._surnames

    def names(self) -> list[str]:
        """Every known person's name (for restoring the case of an all-caps post)."""
        return [person.name for person in self.by_key.values()]

    def author(self, handle: str | None) -> Person | None:
        return self.handles.get(handle.lower()) if handle else None


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _strip_suffix(name: str) -> str:
    """'Daniel Fordham MP' -> 'Daniel Fordham'; 'Inspector Claire Moss' -> 'Claire Moss'."""
    name = re.sub(r"\s+(?:MP|MEP|MSP|OBE|MBE|CBE|QC|KC)$", "", name.strip())
    return re.sub(rf"^{TITLES}\s+", "", name)
