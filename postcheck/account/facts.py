"""What one checked post contributes to the account patterns, computed once in the pipeline.

The Checker builds this summary from the post's own findings and signals
while it still holds them (``Report.account_facts``), so the account stage never
digs back into a report's evidence. It is small: the people hostile findings
aim at, the rules a comment raises, and the personal or council-business
words the mixed-account pattern counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Mapping, Sequence

from ..lexicons import LexiconError, load_lexicon
from ..people import HANDLE
from ..severity import RANK

UNKNOWN_PAGE = "(page not given)"
UNKNOWN_AUTHOR = "(author not given)"
PERSON_KINDS = {"", "person", "individual"}  # target_kind values that name one person (missing = a person)
VAGUE_TARGETS = {"you", "your", "u", "ya", "yourself", "whoever", "someone", "they", "them", "he", "she"}
CAPITALISED_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\b")
#: the heads whose reading makes a post hostile towards a person the target head reads; the
#: mockery head (belittling a person in plain words, which no single-post rule raises) counts alone
HOSTILE_HEADS = ("insult", "threat", "allegation")
PERSON_TARGETS = ("target.named_person", "target.addressed_person")
#: words in quotation marks (an apostrophe between letters stays inside: "'My son's been waiting'"),
#: which are someone else's: a resident's "my son" quoted at surgery is not the councillor's family
QUOTED_WORDS = re.compile(r"(?<!\w)['‘“\"](?:[^'’‘“”\"\n]|(?<=\w)['’](?=\w))+['’”\"](?!\w)")


@dataclass(frozen=True)
class AccountLexicon:
    hostile_rules: frozenset[str]
    comment_rules: frozenset[str]
    personal: re.Pattern[str]
    council: re.Pattern[str]
    min_council_posts: int
    public_notice: re.Pattern[str]
    #: the ``personal`` phrases that are the writer's own life events, never a family touch in a council post
    life_events: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def account_lexicon() -> AccountLexicon:
    data = load_lexicon("accounts")
    try:
        return AccountLexicon(
            hostile_rules=frozenset(data["hostile_rules"]),
            comment_rules=frozenset(data["comment_rules"]),
            personal=_phrases(data["personal"]),
            council=_phrases(data["council"]),
            min_council_posts=int(data.get("min_council_posts", 2)),
            public_notice=re.compile("|".join(f"(?:{p})" for p in data["public_notice"]), re.I | re.M),
            life_events=frozenset(" ".join(p.lower().split()) for p in data.get("life_events") or []),
        )
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise LexiconError(f"lexicon accounts.yaml: missing or bad key ({exc})") from None


def _phrases(phrases: Sequence[str]) -> re.Pattern[str]:
    parts = sorted((r"\s+".join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.I)


def account_of(post: Mapping[str, Any]) -> str:
    """The account a post belongs to: its author, or for a comment the page it is on."""
    if post.get("kind") == "comment":
        return str(post.get("page") or UNKNOWN_PAGE)
    return str(post.get("author") or UNKNOWN_AUTHOR)


def model_hostility(scores: Mapping[str, float] | None, thresholds: Mapping[str, float]) -> float:
    """How hostile the heads read a post towards a person: mockery, or the strongest of insult,
    threat and allegation where the target head reads a named or addressed person."""
    if not scores:
        return 0.0
    mockery = scores.get("fact.mockery", 0.0)  # learned on posts aimed at a person: not gated
    if sum(scores.get(k, 0.0) for k in PERSON_TARGETS) < thresholds.get("account.person", 1.01):
        return mockery
    return max(mockery, *(scores.get(head, 0.0) for head in HOSTILE_HEADS))


def post_account_facts(post, findings: Iterable, facts: Mapping[str, float], people=None,
                       scores: Mapping[str, float] | None = None,
                       thresholds: Mapping[str, float] | None = None,
                       names: Sequence[str] = ()) -> dict[str, Any]:
    """The account patterns' view of one checked post (``post`` a ``Post``, ``findings`` its Findings).

    A post is hostile towards a person when it raises a hostile rule, or when
    the heads' hostility (``model_hostility``) reaches ``account.hostile``: a
    course of conduct is often mockery no single post would be blocked for.
    A post whose hostility reaches only ``account.hostile_again`` names its
    people as ``again_targets``: it can continue a course of conduct that a
    clearly hostile post began, never start one.
    ``names`` are the people the parse found (spaCy's PERSON entities): where no
    detector named a target and no roster name or @handle is in the text, they are.
    Keys are left out when empty, so most posts carry nothing.
    """
    lex = account_lexicon()
    text, quoted = post.text or "", post.quoted_text or ""
    findings = list(findings)
    thresholds = thresholds or {}
    out: dict[str, Any] = {}
    hostile = [f for f in findings if f.rule in lex.hostile_rules]
    hostility = model_hostility(scores, thresholds)
    if not hostile and post.kind != "comment" and hostility >= thresholds.get("account.hostile", 1.01):
        out["hostility"] = round(hostility, 3)
    if hostile or "hostility" in out:
        targets = _targets(hostile, text, quoted, post.author, people, names)
        if targets:
            out["targets"] = targets
        else:
            guessed = _guessed_names(text, quoted)
            if guessed:
                out["guessed_targets"] = guessed
    elif post.kind != "comment" and hostility >= thresholds.get("account.hostile_again", 1.01):
        # not hostile enough to start a course of conduct, enough to continue one (patterns.py)
        again = _targets([], text, quoted, post.author, people, names)
        if again:
            out["hostility"] = round(hostility, 3)
            out["again_targets"] = again
    if post.kind == "comment":
        # a comment to remove is one the pack raises for review: mild swearing (advice) can stay
        rules = sorted({f.rule for f in findings if f.rule in lex.comment_rules and RANK[f.severity] >= RANK["review"]})
        if rules:
            out["comment_rules"] = rules
    listed = [(m.group(0).lower(), _in_quotes(text, m.start())) for m in lex.personal.finditer(text)]
    personal = sorted({word for word, quoted in listed if not quoted})
    personal_head = (scores or {}).get("fact.personal_life", 0.0)
    # a post a hostile rule raises is about its target, not the writer's life; so is one whose hostility
    # the heads read at someone it names as the roster does ("King Callum Threlfall on his throne ..."). The
    # heads' hostility alone is not enough: they read warm teasing of family and pets as mockery, and
    # family and pets are on no roster
    aimed = out.get("targets", []) + out.get("again_targets", [])
    about_someone = bool(hostile) or bool(set(aimed) & _named_on_the_roster(text, people))
    if not listed and not about_someone and not _public_notice(text, lex) and (
            facts.get("personal_life") or personal_head >= thresholds.get("account.personal", 1.01)):
        # the judgement head's reading, where no listed word is; family words only in quotation
        # marks are someone else's ("a mum at surgery said 'my little girl ...'"), and the head
        # reading the same words does not make them the writer's
        personal = ["personal or family life"]
    council_head = (scores or {}).get("fact.council_business", 0.0)
    if (listed and council_head >= thresholds.get("fact.council_business", 1.01)
            and personal_head < thresholds.get("account.personal", 1.01)
            and not any(" ".join(word.split()) in lex.life_events for word in personal)):
        # council business told with a family touch ("As a dad who does the school run, I know ...
        # new bins going in"): the heads read it as council business and not as the writer's life,
        # and it tells of no event of the writer's own ("Family holiday in Cornwall, back Monday")
        personal = []
    if personal:
        out["personal"] = personal
    if lex.council.search(text) or council_head >= thresholds.get("fact.council_business", 1.01):
        out["council"] = True  # the listed words, or the council-business head's reading
    return out


#: the writer's own life: a notice to the public with "I", "my" or a family word in it can still be about them
OWN_LIFE = re.compile(r"\b(?:I|I'm|I've|I'll|I'd|me|my|mine|myself)\b|\b(?i:mum|mam|dad|nan|nana|grandad|grandma|"
                          r"grandkids|grandchildren|granddaughter|grandson|wife|husband|hubby|missus)(?:'s|’s)?\b")


def _public_notice(text: str, lex: AccountLexicon) -> bool:
    """An invitation to the public ("Beach clean Sunday 10am. Bring gloves", "Free, no booking"):
    community business, not the writer's personal life, unless the writer speaks of themselves."""
    return bool(lex.public_notice.search(text)) and not OWN_LIFE.search(text)


def _in_quotes(text: str, at: int) -> bool:
    return any(start < at < end for start, end in (m.span() for m in QUOTED_WORDS.finditer(text)))


def _targets(findings, text: str, quoted: str, author: str | None, people, names: Sequence[str] = ()) -> list[str]:
    """The people hostile findings aim at: the detectors' ``target`` facts first; where none of
    them is someone the roster knows ("you", a place the parser took for a name), the roster
    people and @handles named in the text; else the names the parse found."""
    def kept(candidates) -> list[str]:
        return [t for t in dict.fromkeys(candidates) if t.lower() not in VAGUE_TARGETS
                and not same_person(t, author, people)]

    found: list[str] = []
    for finding in findings:
        for signal in finding.evidence.get("signals") or []:
            target, kind = signal.get("target"), str(signal.get("target_kind") or "").lower()
            if signal.get("target_role") == "members":
                continue  # "every one of the cabinet": a body's members one by one, no one person to pursue
            if isinstance(target, str) and target.strip() and kind in PERSON_KINDS:
                found.append(target.strip())
    found = kept(found)
    if not any(_known(t, people) for t in found):
        named = []
        for part in (text, quoted):
            if people is not None:
                named.extend(m.person.name for m in people.find(part, bare_surnames=True, bare_first_names=True))
            named.extend(HANDLE.findall(part))
        found = kept(named) or found
    return found or kept(n for n in names if not _a_place(n))


@lru_cache(maxsize=1)
def _place_endings() -> frozenset[str]:
    from ..pii.lexicon import personal_data_lexicon

    return frozenset(w.lower() for w in personal_data_lexicon()["not_a_name_last_words"])


def _a_place(name: str) -> bool:
    """The small parser tags "Quarry Road" and "the Mayor's Parlour" as people: not someone to target."""
    words = name.split()
    return bool(words) and words[-1].lower().strip(".,") in _place_endings()


def _named_on_the_roster(text: str, people) -> set[str]:
    """The roster people the text names in full, by title and surname or by handle ("King Callum
    Threlfall", "Cllr Threlfall"); a first or surname alone may be anyone's ("our grandson, Ianto Rhys")."""
    return {m.person.name for m in people.find(text)} if people is not None else set()


def _known(target: str, people) -> bool:
    return target.startswith("@") or people is not None and people.resolve(target) is not None


def _guessed_names(text: str, quoted: str) -> list[str]:
    """Capitalised names in the text or the text it quotes: a weak hint, used only to join a known target."""
    names = [m.group(0) for part in (text, quoted) for m in CAPITALISED_NAME.finditer(part)]
    return list(dict.fromkeys(names))


def same_person(target: str, author: str | None, people) -> bool:
    if not author:
        return False
    if target.lower() == author.lower():
        return True
    if people is not None:
        a, t = people.author(author), people.resolve(target)
        return a is not None and t is not None and a.name == t.name
    return False
