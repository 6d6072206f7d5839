"""One person behind many names: the people an account's hostile posts aim at, joined."""
from __future__ import annotations

import re
from typing import Iterable

from ..people import LEADING_TITLE


class TargetGroups:
    """Union-find over the names an account uses for the people it targets.

    Roster resolution is authoritative (``@CllrX``, ``Cllr X`` and ``X Y``
    are one person). Also joined: a handle and a name used in the same post, a
    first name or surname with the one full name it fits (on the roster or
    not), and a handle with the name it contains.
    """

    def __init__(self, people=None):
        self.people = people
        self.parent: dict[str, str] = {}
        self.label: dict[str, str] = {}

    def key(self, mention: str) -> str:
        person = self.people.resolve(mention) if self.people is not None else None
        if person is not None:
            key = "person:" + person.name.lower()
            self.label.setdefault(key, person.name)
            return key
        text = mention.strip()
        key = ("handle:" + text.lower()) if text.startswith("@") else ("name:" + " ".join(LEADING_TITLE.sub("", text).lower().split()))
        self.label.setdefault(key, text)
        return key

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb.startswith("person:") or (rb.startswith("name:") and not ra.startswith("person:")):
                ra, rb = rb, ra
            self.parent[rb] = ra

    def add_post(self, mentions: Iterable[str]) -> list[str]:
        keys = list(dict.fromkeys(self.key(m) for m in mentions))
        for key in keys:
            self.find(key)
        handles = [k for k in keys if k.startswith("handle:")]
        names = [k for k in keys if not k.startswith("handle:")]
        if len(handles) == 1 and len(names) == 1:
            self.union(names[0], handles[0])  # "@CrayWatchKev … Kevin": one person addressed two ways
        return keys

    def link_variants(self) -> None:
        keys = list(self.parent)
        names = [k for k in keys if k.startswith("name:")]
        # a first name or surname joins the one full name it is part of, on the roster or not
        # ("Jonathan, you were frit…" and "our MP Jonathan Ashwell")
        full = [k for k in keys if k.startswith(("name:", "person:")) and len(k.split(":", 1)[1].split()) > 1]
        for short in (k for k in names if len(k[5:].split()) == 1):
            token = short[5:]
            matches = {self.find(f) for f in full if token in (f.split(":", 1)[1].split()[0], f.split(":", 1)[1].split()[-1])}
            if len(matches) == 1:
                self.union(matches.pop(), short)
        for handle in (k for k in keys if k.startswith("handle:")):
            bare = handle[8:].lower()
            matches = {self.find(n) for n in names + [k for k in keys if k.startswith("person:")]
                       if _handle_matches_name(bare, n.split(":", 1)[1])}
            if len(matches) == 1:
                self.union(matches.pop(), handle)

    def name_of(self, key: str) -> str:
        root = self.find(key)
        return self.label.get(root, root.split(":", 1)[1])


def _handle_matches_name(handle: str, name: str) -> bool:
    tokens = [t for t in re.findall(r"[a-z]+", name.lower()) if len(t) >= 3]
    if not tokens:
        return False
    if any(len(t) >= 4 and t in handle for t in tokens) or handle.endswith(tokens[0]):
        return True
    return len(tokens[0]) >= 4 and handle.endswith(tokens[0][:3])  # "@CrayWatchKev" ~ "Kevin"
