"""Who or what a hostile word is aimed at: a person, a group, or a policy.

The code of conduct lets councillors criticise "views, ideas, opinions and
policies" robustly, but not subject individuals to personal attack, so the
target decides whether a hostile word matters. The resolver works on the one
shared spaCy parse:

* it finds *mentions*: the config's people (canonical names), @handles,
  titled names ("Cllr Jones": the small model tags it ORG, so titles are read
  directly), PERSON entities (filtered: ward names get tagged PERSON),
  second-person address, role nouns ("the planning officer"), groups defined
  by a protected characteristic, the council and its bodies, parties,
  organisations, and policies or decisions;
* it links a hostile span to one mention through the parse: the subject of
  the clause the hostile word sits in ("Cllr Reid is a lying ..."), the noun it
  modifies ("lazy council staff"), an addressee ("..., you absolute ..."),
  pronouns back to the last matching mention, and for verbless fragments
  ("Useless.") the nearest earlier sentence.

The scoring model's own target head (OLID C: individual / group / other) is
a hint for fragments where the parse alone cannot decide.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from .lexicons import load_lexicon, phrase_matcher
from .people import HANDLE, TITLES, People

PERSON = "person"
GROUP = "group"
ORGANISATION = "organisation"
PARTY = "party"
COUNCIL = "council"
POLICY = "policy"
UNIDENTIFIED = "unidentified"

#: kinds whose criticism is political speech, not personal attack
POLITICAL_KINDS = frozenset({ORGANISATION, PARTY, COUNCIL, POLICY})

TITLED_NAME = re.compile(
    rf"\b{TITLES}\s+(?:[A-Z]\.\s*)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?", re.UNICODE
)
#: a party's proper name no list holds: capitalised words (joined by "and" at most once) before "Party",
#: "Greens" or "Independents" ("the Marches Workers' Party", "the Hills and Rivers Greens")
_NAME_WORD = r"(?!(?:The|A|An|Our|Their|Your|My|Vote|Join)\s)[A-Z][\w'’-]*\s+"
PARTY_NAME = re.compile(rf"(?<![\w'’])(?:{_NAME_WORD}){{1,4}}(?:(?:and|&)\s+(?:{_NAME_WORD}){{1,3}})?(?:Party|Greens|Independents)\b")
LOCATIVE_PREPS = {"in", "at", "from", "across", "around", "near", "through", "to", "into", "on", "of"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
#: a quotation: someone else's words, or a slogan held up ('Your resilience journey')
QUOTE = re.compile(r"“[^”]{2,}”|\"[^\"]{2,}\"|‘(?:[^’]|(?<=\w)’(?=\w)){2,}’(?!\w)|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){2,}'(?!\w)")

CLIMB_DEPS = {
    "amod", "compound", "attr", "acomp", "advmod", "npadvmod", "det", "nummod", "poss", "prep", "pobj",
    "oprd", "xcomp", "dobj", "conj", "appos", "cc", "nmod", "quantmod", "neg", "aux", "prt", "dative",
}
#: words for messages, and the prepositions that say whom they went to or sat under
MESSAGE_NOUNS = frozenset({"comment", "reply", "message", "post", "tweet", "email", "response", "dm", "text", "letter"})
RECIPIENT_PREPS = frozenset({"to", "under", "on", "below", "beneath", "towards", "at"})
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
THING_PRONOUNS = {"it", "this", "that", "which"}
ROLE_DETERMINERS = {"the", "this", "that", "our", "your", "their", "his", "her", "my"}


@dataclass(frozen=True)
class Target:
    """One mention of something a hostile word could be aimed at."""

    kind: str  # person | group | organisation | party | council | policy | unidentified
    name: str  # canonical: the config's name when known, else the mention text
    text: str
    start: int  # character offsets into the post
    end: int
    source: str  # roster | handle | title | entity | second_person | role | whoever | characteristic | lexicon | implied
    characteristic: str | None = None
    role: str | None = None

    @property
    def is_person(self) -> bool:
        return self.kind == PERSON

    def to_evidence(self) -> dict[str, str]:
        out = {"target": self.name, "target_kind": self.kind, "target_text": self.text}
        if self.characteristic:
            out["characteristic"] = self.characteristic
        if self.role:
            out["target_role"] = self.role
        return out


@dataclass
class TargetMatchers:
    """One matcher over every target vocabulary, built once per pipeline."""

    terms: "KindMatcher"
    group_characteristic: dict[str, str] = field(default_factory=dict)
    org_suffixes: frozenset[str] = frozenset()
    #: capitalised words ending in a capitalised company word ("Marlow Oakes Homes"), "The" left out
    org_name: "re.Pattern[str] | None" = None


def term_pattern(nlp, term: str) -> list[dict]:
    """Token pattern for a lexicon term; a trailing ``*`` matches a word prefix."""
    wildcard = term.endswith("*")
    words = [t.norm_ for t in nlp.make_doc(term.rstrip("*"))]
    pattern: list[dict] = [{"NORM": w} for w in words]
    if wildcard and pattern and len(words[-1]) >= 3:
        pattern[-1] = {"NORM": {"REGEX": "^" + re.escape(words[-1])}}
    return pattern


class KindMatcher:
    """Several named term lists matched in one pass per post, on the token norm.

    Calling it returns ``{kind: [(term, token start, token end), ...]}`` with
    overlapping matches of the same kind reduced to the longest. Whole terms go
    through one ``PhraseMatcher``; a term ending in ``*`` (a word prefix, see
    ``term_pattern``) is looked up by the prefixes of each token's norm, so the
    cost does not grow with the number of such terms (a token ``Matcher`` with
    a regex per term did, and was most of the lexicon's time). A term of
    several words also matches them joined by hyphens ("window-licker").
    """

    SEPARATOR = "\x1f"

    def __init__(self, nlp, lists: Mapping[str, Iterable[str]]):
        whole: list[tuple[str, str]] = []
        #: prefix -> [(key, the norms of the words before the prefix word)]
        self.prefixes: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for kind, terms in lists.items():
            for term in terms:
                key = f"{kind}{self.SEPARATOR}{term}"
                pattern = term_pattern(nlp, term)
                if not pattern:
                    continue
                if isinstance(pattern[-1]["NORM"], dict):  # a word prefix: the term's own last norm
                    norms = [t.norm_ for t in nlp.make_doc(term.rstrip("*"))]
                    self.prefixes.setdefault(norms[-1], []).append((key, tuple(norms[:-1])))
                else:
                    whole.append((key, term.rstrip("*")))
                    if " " in term.strip():  # "window licker" written "window-licker"
                        whole.append((key, "-".join(term.rstrip("*").split())))
        self.phrases = phrase_matcher(nlp, [term for _, term in whole], "NORM", keys=[key for key, _ in whole]) if whole else None
        self.shortest = min((len(p) for p in self.prefixes), default=0)
        self.longest = max((len(p) for p in self.prefixes), default=0)

    def _prefix_matches(self, doc) -> list[tuple[str, int, int]]:
        found = []
        norms = [t.norm_ for t in doc]
        for i, norm in enumerate(norms):
            for length in range(self.shortest, min(len(norm), self.longest) + 1):  # bounded on a 20,000-letter word
                for key, before in self.prefixes.get(norm[:length], ()):
                    start = i - len(before)
                    if start >= 0 and tuple(norms[start:i]) == before:
                        found.append((key, start, i + 1))
                    elif before and (joined := i - 2 * len(before)) >= 0 and tuple(norms[joined:i:2]) == before \
                            and all(n == "-" for n in norms[joined + 1:i:2]):
                        found.append((key, joined, i + 1))  # the words joined by hyphens ("window-lickers")
        return found

    def __call__(self, doc) -> dict[str, list[tuple[str, int, int]]]:
        matches = [(doc.vocab.strings[m], s, e) for m, s, e in self.phrases(doc)] if self.phrases is not None else []
        if self.prefixes:
            matches += self._prefix_matches(doc)
        found: dict[str, list[tuple[str, int, int]]] = {}
        for key, start, end in matches:
            kind, term = key.split(self.SEPARATOR, 1)
            found.setdefault(kind, []).append((term, start, end))
        return {kind: _longest(items) for kind, items in found.items()}


def party_names(doc) -> list:
    """The spans of party names no list holds (``PARTY_NAME``) in a parsed post."""
    spans = (doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in PARTY_NAME.finditer(doc.text))
    return [span for span in spans if span is not None]


def _bodies_addressed(doc, services: list[tuple[str, int, int]]) -> dict[int, str]:
    """{sentence start: the council service or body said to}, where one stands alone between
    punctuation ("Highways, ..." / "..., highways.")."""
    return {doc[s].sent.start: term for term, s, e in services if _stands_alone(doc, s, e)}


def _longest(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    found = sorted(found, key=lambda f: (-(f[2] - f[1]), f[1]))
    kept: list[tuple[str, int, int]] = []
    taken: set[int] = set()  # token positions already covered (linear in the matches, not quadratic)
    for term, s, e in found:
        if not any(i in taken for i in range(s, e)):
            kept.append((term, s, e))
            taken.update(range(s, e))
    return sorted(kept, key=lambda f: f[1])


def build_target_matchers(nlp, lexicon: Mapping | None = None, protected: Mapping | None = None) -> TargetMatchers:
    lexicon = lexicon or load_lexicon("toxicity")
    protected = protected or load_lexicon("protected_characteristics")
    vocab = lexicon["targets"]
    group_terms: dict[str, str] = {}
    for characteristic, terms in protected["characteristics"].items():
        for term in terms:
            group_terms.setdefault(term, characteristic)
    lists = {kind: vocab.get(kind, []) for kind in ("roles", "whoever", "council", "parties", "policies", "services",
                                                  "second_person", "generic_you")}
    lists["groups"] = list(group_terms)
    return TargetMatchers(
        terms=KindMatcher(nlp, lists),
        group_characteristic=group_terms,
        org_suffixes=frozenset(x.lower() for x in vocab["organisation_suffixes"]),
        org_name=_org_name_pattern(vocab["organisation_suffixes"]),
    )


def _org_name_pattern(suffixes) -> "re.Pattern[str] | None":
    words = sorted({str(x) for x in suffixes}, key=len, reverse=True)
    if not words:
        return None
    endings = "|".join(re.escape(w[:1].upper() + w[1:]) for w in words) + "|" + "|".join(re.escape(w.upper()) for w in words if len(w) <= 3)
    return re.compile(rf"(?<![\w'’])(?:The\s+)?((?:(?!The\b)[A-Z][\w&'’-]*\s+){{1,4}}(?:{endings}))\b")


class TargetResolver:
    """Finds mentions in a parsed post and links hostile spans to one of them."""

    def __init__(self, nlp, people: People, matchers: TargetMatchers | None = None):
        self.nlp = nlp
        self.people = people
        self.m = matchers or build_target_matchers(nlp)

    # -- mentions ------------------------------------------------------------
    def mentions(self, doc, post=None) -> list[Target]:
        """Every candidate target in the post, earlier and more specific first."""
        found: list[Target] = []
        taken: set[int] = set()  # character positions already claimed

        def add(target: Target) -> None:
            if any(i in taken for i in range(target.start, target.end)):
                return
            taken.update(range(target.start, target.end))
            found.append(target)

        text = doc.text
        terms = self.m.terms(doc)
        for mention in self.people.find(text):
            if mention.person.role == "organisation":
                add(Target(ORGANISATION, mention.person.name, mention.text, mention.start, mention.end, "roster"))
            else:
                add(Target(PERSON, mention.person.name, mention.text, mention.start, mention.end, "roster",
                           role=mention.person.role))
        for match in HANDLE.finditer(text):
            person = self.people.resolve(match.group(0))
            if person is not None and person.role == "organisation":
                add(Target(ORGANISATION, person.name, match.group(0), match.start(), match.end(), "handle"))
            else:
                name = person.name if person else match.group(0)
                add(Target(PERSON, name, match.group(0), match.start(), match.end(), "handle",
                           role=person.role if person else None))
        for match in TITLED_NAME.finditer(text):
            mention = re.sub(r"\s+", " ", match.group(0))
            add(Target(PERSON, _canonical_title(mention), mention, match.start(), match.end(), "title"))
        for term, s, e in terms.get("whoever", []):
            span = doc[s:_clause_end(doc, e)]
            add(Target(PERSON, span.text.lower(), span.text, span.start_char, span.end_char, "whoever"))
        for term, s, e in terms.get("roles", []):
            start = _role_start(doc, s)
            if start is not None and _singular(doc[e - 1]):
                span = doc[start:e]
                if e < len(doc) and doc[e].tag_ in ("NN", "NNS") and doc[e].dep_ != "appos":
                    continue  # "the council officer's" ok, "the officer report" is a thing
                add(Target(PERSON, f"the {term}", span.text, span.start_char, span.end_char, "role", role=term))
        for term, s, e in terms.get("groups", []):
            if _named_for(doc, s, e):
                continue  # "the Men's Shed", "the Women's Institute": a body's name, not the group
            span = doc[s:e]
            add(Target(GROUP, term, span.text, span.start_char, span.end_char, "characteristic",
                       characteristic=self.m.group_characteristic.get(term)))
        for term, s, e in terms.get("parties", []):
            if doc[s].text[:1].isupper() or term in ("tories", "tory"):
                span = doc[s:e]
                add(Target(PARTY, term, span.text, span.start_char, span.end_char, "lexicon"))
        for ent in doc.ents:
            if ent.label_ == "PERSON" and self._plausible_person(ent):
                person = self.people.resolve(ent.text) or (
                    self.people.first_name(strip_possessive(ent.text)) if len(ent) == 1 else None)
                add(Target(PERSON, person.name if person else strip_possessive(ent.text), ent.text, ent.start_char, ent.end_char, "entity"))
        for mention in self.people.find(text, bare_surnames=True, bare_first_names=True):
            # a roster surname or first name on its own ("Halloway is a ...", "Derek, you're a ...") where
            # the parser reads a name, not a word, whatever entity label it gave (a lone first name is often ORG)
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            # (a name to the parser: tagged a proper noun, or inside an entity of any label)
            if span is not None and (span.root.pos_ == "PROPN" or span.root.ent_type_) and mention.person.role != "organisation":
                add(Target(PERSON, mention.person.name, mention.text, mention.start, mention.end, "roster",
                           role=mention.person.role))
        for ent in doc.ents:
            if ent.label_ in ("ORG", "NORP") and ent.text.split()[-1].lower() in self.m.org_suffixes:
                add(Target(ORGANISATION, ent.text, ent.text, ent.start_char, ent.end_char, "entity"))
        # a firm's name the parser did not take for one ("Marlow Oakes Homes are crooks"): capitalised words
        # ending in a capitalised company word
        for match in self.m.org_name.finditer(text) if self.m.org_name is not None else ():
            add(Target(ORGANISATION, match.group(1), match.group(1), match.start(1), match.end(1), "entity"))
        for term, s, e in terms.get("council", []):
            span = doc[s:e]
            add(Target(COUNCIL, term, span.text, span.start_char, span.end_char, "lexicon"))
        for term, s, e in terms.get("policies", []):
            span = doc[s:e]
            add(Target(POLICY, term, span.text, span.start_char, span.end_char, "lexicon"))
        for ent in doc.ents:
            if ent.label_ == "ORG":
                add(Target(ORGANISATION, ent.text, ent.text, ent.start_char, ent.end_char, "entity"))
        # a party's proper name the parser did not take for an organisation (one it did stays one:
        # an allegation about it is about the people in it)
        for match in PARTY_NAME.finditer(text):
            add(Target(PARTY, match.group(0).lower(), match.group(0), match.start(), match.end(), "party name"))
        generic = {i for _, s, e in terms.get("generic_you", []) for i in range(s, e)}
        addressee = self.addressee(doc, post)
        bodies = _bodies_addressed(doc, terms.get("services", []))
        quoted = [m.span() for m in QUOTE.finditer(doc.text)]
        for term, s, e in terms.get("second_person", []):
            if s in generic:
                continue
            span = doc[s:e]
            if any(a < span.start_char < b for a, b in quoted):
                continue  # a "you" in quotation marks is someone else's, or a slogan's, not the writer's
            body = bodies.get(span.sent.start)
            if body is not None:  # "Sort your mess out, highways": the "you" is the service
                add(Target(COUNCIL, body, span.text, span.start_char, span.end_char, "vocative"))
                continue
            add(Target(PERSON, addressee, span.text, span.start_char, span.end_char, "second_person"))
        return sorted(found, key=lambda t: t.start)

    def addressee(self, doc, post=None) -> str:
        """Who "you" is: the @handle a post opens with, else "you"."""
        match = re.match(r"\s*(@\w{1,50})", doc.text)
        if match:
            person = self.people.resolve(match.group(1))
            return person.name if person else match.group(1)
        return "you"

    def _plausible_person(self, ent) -> bool:
        """PERSON entities the small model gets wrong: ward and place names after "in"/"at"."""
        first = ent[0]
        if first.text.startswith("@") or first.like_url:
            return False
        if not all(t.text[:1].isupper() for t in ent if t.is_alpha and t.lower_ not in ("de", "van", "von", "al", "bin")):
            return False  # "the bin lorry": names are capitalised
        if len(ent) > 1 and ent[-1].lower_ in self.m.org_suffixes:
            return False  # "Kelder Homes", "Brinkley Group": a firm's name, which the organisation pattern reads
        if len(ent) == 1:
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATIVE_PREPS:
                return False
            if ent.root.dep_ in ("compound", "nmod", "amod"):
                return False
        return True

    # -- linking -----------------------------------------------------------
    def target_of(
        self, doc, start: int, end: int, mentions: Sequence[Target], model_hint: str | None = None
    ) -> Target | None:
        """The mention a hostile span (character offsets) is aimed at, or None."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        own = _mention_at(mentions, span.start_char, span.end_char)
        if own is not None and own.kind in (PERSON, GROUP):
            return own  # the hostile phrase names its target ("Cllr X-type" mentions)
        root = span.root
        sent = root.sent
        # a verbless fragment after a sentence about someone ("X moved £40,000 into his own account.
        # Theft, plain and simple, from the people of the Meadows."): whom it was done to or where,
        # after a preposition, is not whom the words are about; step 4 finds the earlier person
        after_someone = is_fragment(sent) and any(t.kind == PERSON for t in mentions if t.end <= sent.start_char)
        # 1. the noun an insulting adjective modifies ("lazy council staff"), unless that noun is said of
        # the subject ("X is the thickest man ever to sit on this council": step 2 finds X)
        if root.dep_ == "amod" and root.head.pos_ in ("NOUN", "PROPN", "PRON") and root.head.dep_ != "attr":
            target = self._mention_for_token(doc, root.head, mentions)
            if target is not None and not (after_someone and _after_a_preposition(doc, target)):
                return target
        # 2. the subject of the clause the hostile word sits in
        node = root
        for _ in range(12):
            subject = self._subject(node, span)
            if subject is not None:
                target = self._mention_for_token(doc, subject, mentions)
                if target is not None:
                    return target
                if subject.pos_ == "NOUN" or _messages(subject):
                    return None  # aimed at a thing ("the bins are a disgrace", "some of the replies are vile")
                break
            if node.dep_ not in CLIMB_DEPS or node.head.i == node.i:
                break
            node = node.head
        # 3. an addressee or a named person in the same clause ("you absolute ...", "..., Leanne")
        in_sent = [t for t in mentions if sent.start_char <= t.start < sent.end_char]
        clause = _clause_head(root)
        people = [
            t for t in in_sent if t.kind == PERSON and t.source in ("second_person", "handle")
            and (t.source == "handle" or _clause_head(doc.char_span(t.start, t.end, alignment_mode="expand").root) == clause)
        ]
        if people:
            return min(people, key=lambda t: abs(t.start - span.start_char))
        vocative = [t for t in in_sent if t.kind == PERSON and is_vocative(doc, t)]
        if vocative:
            return vocative[0]
        in_sent = [t for t in in_sent if t.source != "second_person"]
        if after_someone:
            in_sent = [t for t in in_sent if not _after_a_preposition(doc, t)]
        if in_sent:
            nearest = min(in_sent, key=lambda t: abs(t.start - span.start_char))
            if is_fragment(sent) or nearest.kind != PERSON or model_hint in (None, "individual"):
                return nearest
        # 4. a verbless fragment ("Useless."): the nearest earlier sentence's target
        if is_fragment(sent) or not in_sent:
            earlier = [t for t in mentions if t.end <= sent.start_char]
            if earlier:
                wanted = {"individual": PERSON, "group": GROUP}.get(model_hint or "")
                if wanted:
                    preferred = [t for t in earlier if t.kind == wanted]
                    if preferred:
                        return preferred[-1]
                if model_hint in (None, "individual"):
                    persons = [t for t in earlier if t.kind == PERSON]
                    if persons:
                        return persons[-1]
                starts = [sent.start_char for sent in doc.sents]
                last_sentence = bisect_right(starts, earlier[-1].start)
                same = [t for t in earlier if bisect_right(starts, t.start) == last_sentence]
                return same[0]
        return None

    def _subject(self, node, hostile_span):
        for child in node.children:
            if child.dep_ in SUBJECT_DEPS and not (hostile_span.start <= child.i < hostile_span.end):
                return child
        # a second clause the parser hung off the first one's object ("pensioners are choosing between
        # heating and eating and the government's response is pathetic"): the noun just before its
        # verb is its subject, not the first clause's
        if node.dep_ == "conj" and node.pos_ in ("AUX", "VERB") and node.i > 0:
            before = node.doc[node.i - 1]
            if (before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("conj", "pobj", "dobj")
                    and not (hostile_span.start <= before.i < hostile_span.end)):
                return before
        return None

    def _mention_for_token(self, doc, token, mentions: Sequence[Target]) -> Target | None:
        """The mention covering ``token`` (its head noun decides), resolving pronouns."""
        lower = token.lower_
        if lower in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS and token.pos_ in ("PRON", "DET"):
            before = [t for t in mentions if t.end <= token.idx]
            if lower in PERSON_PRONOUNS:
                people = [t for t in before if t.kind == PERSON]
                return people[-1] if people else None
            if lower in PLURAL_PRONOUNS:
                many = [t for t in before if t.kind in (GROUP, PARTY, COUNCIL, ORGANISATION)]
                return many[-1] if many else (before[-1] if before else None)
            things = [t for t in before if t.kind in POLITICAL_KINDS]
            return things[-1] if things else None
        covering = _mention_at(mentions, token.idx, token.idx + len(token))
        if covering is not None:
            return covering
        # the subject phrase's own subtree ("the officer's report", "the Kelder Homes managers"), less
        # what a relative clause says it does: in "twats who leave pensioners in damp flats" the
        # pensioners are not who the words are about; and less whom messages were sent to: in "the
        # replies under Cllr X's post are vile" the replies are, not X
        said_of = [child for child in token.children if child.dep_ in ("relcl", "acl")] + _recipients(token)
        subtree = list(token.subtree)
        lo, hi = subtree[0].idx, subtree[-1].idx + len(subtree[-1])
        inside = [t for t in mentions if lo <= t.start and t.end <= hi
                  and not any(_covers(clause, t) for clause in said_of)]
        if inside:
            people = [t for t in inside if t.kind == PERSON]
            return (people or inside)[0]
        return None


def _after_a_preposition(doc, mention: Target) -> bool:
    """The mention is the object of a preposition ("from the people of the Meadows")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj"


def _named_for(doc, start: int, end: int) -> bool:
    """A group word that opens a capitalised name in the possessive ("Men's Shed", "Women's Institute")."""
    after = doc[end:end + 2]
    return (doc[start].text[:1].isupper() and len(after) == 2 and after[0].lower_ in ("'s", "’s")
            and after[1].text[:1].isupper() and after[1].is_alpha)


def _messages(token) -> list:
    """The message nouns a subject is: itself ("the replies"), or those it is some of ("some of the replies")."""
    nouns = [token] + [grand for child in token.children if child.dep_ == "prep" and child.lower_ == "of"
                       for grand in child.children if grand.dep_ == "pobj"]
    return [noun for noun in nouns if noun.lemma_.lower() in MESSAGE_NOUNS]


def _recipients(token) -> list:
    """The phrases naming whom messages went to or sat under ("comments under X's post", "replies to X")."""
    return [child for noun in _messages(token)
            for child in noun.children if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS]


def _covers(token, mention: Target) -> bool:
    """Whether the mention lies inside ``token``'s subtree."""
    words = list(token.subtree)
    return words[0].idx <= mention.start and mention.end <= words[-1].idx + len(words[-1])


def _mention_at(mentions: Sequence[Target], start: int, end: int) -> Target | None:
    for target in mentions:
        if target.start <= start and end <= target.end:
            return target
    return None


def _canonical_title(mention: str) -> str:
    """'Councillor Jones' and 'Cllr. Jones's' both become 'Cllr Jones'."""
    return re.sub(r"^(?:Councillor|Cllr\.?)\s+", "Cllr ", strip_possessive(mention.strip()))


def strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name)


def _role_start(doc, s: int) -> int | None:
    """Where a role's noun phrase starts, if it names one office holder.

    "the mayor", and also with words between the determiner and the role: "the
    deputy mayor", "our so-called leader", "the council's deputy leader", "the
    Tory candidate", "the most useless cabinet member". Only modifiers of the role
    may stand between (adjectives and their grading adverbs, nouns, names, a
    possessive), so "the report the leader wrote" is not one phrase.
    """
    i = s - 1
    while i >= 0 and s - i <= 5:
        token = doc[i]
        if token.lower_ in ROLE_DETERMINERS:
            return i
        if token.tag_ == "POS":  # "the council's deputy leader": the owner's phrase starts further left
            i -= 1
            continue
        hyphenated = (token.text == "-" or i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
                      or i + 1 < s and doc[i + 1].text == "-" and not token.whitespace_)
        graded = token.pos_ == "ADV" and token.head.pos_ == "ADJ"  # "the most useless cabinet member"
        if not hyphenated and not graded and (token.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT") or token.text in ",.;:!?()"):
            return None
        i -= 1
    return None


def _singular(token) -> bool:
    return token.tag_ not in ("NNS", "NNPS")


def _clause_end(doc, end: int) -> int:
    """Extend "whoever" to the end of its clause ("whoever designed the one-way system")."""
    i = end
    while i < len(doc) and doc[i].text not in ",.;:!?()" and doc[i].lower_ not in ("and", "but", "is", "was", "deserves"):
        i += 1
    return i


def _clause_head(token):
    """The verb (or root) heading the clause a token sits in."""
    node = token
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node


def is_vocative(doc, target: Target) -> bool:
    """The mention stands alone between punctuation (\"Imtiaz, your brother's ...\")."""
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    return span is not None and _stands_alone(doc, span.start, span.end)


def _stands_alone(doc, start: int, end: int) -> bool:
    """Tokens ``start:end`` set off by punctuation or the text's edges: said to, not spoken of."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return (before is None or before.is_punct) and (after is None or after.is_punct)


def is_fragment(sent) -> bool:
    """A sentence without a finite verb ("Embarrassing stuff.", "Useless.")."""
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp") for t in sent)


def model_target_hint(scores: Mapping[str, float] | None) -> str | None:
    """The scoring model's own target head (OLID C), if it has one: individual/group/other."""
    if not scores or "target_individual" not in scores:
        return None
    heads = {
        "individual": scores.get("target_individual", 0.0),
        "group": scores.get("target_group", 0.0),
        "other": scores.get("target_other", 0.0),
    }
    return max(heads, key=heads.get)
