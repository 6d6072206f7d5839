"""The frame hostile words stand in: negated, denied, reported, or a writer describing themselves.

Words are evidence of an attack only in the writer's own voice. These questions
are asked of a parsed post and a span (anything with ``start`` and ``end``
character offsets): a denial ("is not corrupt", "I don't think women are
inferior"), words someone else said ("calling immigrants vermin is …"), and a
councillor's own identity ("As a gay man, I …").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..lexicons import load_lexicon
from ..targets import GROUP, Target
from ._cues import NEGATIONS


def negated(doc, hit) -> bool:
    """'is not corrupt', 'never lied', 'I don't think he's corrupt': a denial is not an allegation."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return False
    if disowned(doc, hit):
        return True
    if any(t.lower_ in NEGATIONS or t.dep_ == "neg" for t in span):
        return False  # the phrase carries its own negation ("shouldn't be allowed")
    window = doc[max(0, span.start - 2):span.start]
    if any(t.lower_ in NEGATIONS for t in window):
        return True
    outside = [c for c in span.root.children if c.dep_ == "neg" and not (span.start <= c.i < span.end)]
    return bool(outside) and span.root.pos_ in ("VERB", "AUX", "ADJ")


SPEECH_VERBS = {"call", "say", "label", "brand", "describe", "shout", "write", "tweet", "tell"}
#: a first-person identity claim: "As a gay man, I ...", "I'm disabled and ...", "as a Muslim councillor"
SELF_DESCRIBED = re.compile(r"(?:^|[.!?]\s+)(?:as an?|i'?m an?|i am an?|i'?m|i am)\s+(?:proud\s+|openly\s+|practising\s+)?"
                            r"(?:gay|lesbian|bi|bisexual|trans|queer|disabled|deaf|blind|autistic|muslim|jewish|sikh|hindu|"
                            r"christian|catholic|black|asian|mixed-race|older|young|woman|man|mum|dad|migrant|refugee|"
                            r"traveller|gypsy|roma|wheelchair user)\b", re.IGNORECASE)


def only_self_described(text: str, mentions: Sequence[Target]) -> bool:
    """The post describes its writer's own identity, and every protected group it names is that one
    ("As a gay man, I ..."); "As a mum, I don't want Travellers near the school" names another."""
    claims = [m.span() for m in SELF_DESCRIBED.finditer(text)]
    if not claims:
        return False
    groups = [m for m in mentions if m.kind == GROUP]
    return all(any(s <= g.start and g.end <= e for s, e in claims) for g in groups)


#: how words hang from a speech verb when they are what was said ("called him a liar", "said that
#: ...", "calling immigrants vermin"); a reason or a time ("won't say it because ...") is not
SPEECH_CONTENT = {"ccomp", "dobj", "obj", "xcomp", "oprd", "attr", "dative", "parataxis", "npadvmod"}


def _saying(span):
    """The nearest verb of saying above the words, and the word on the way to it that hangs from
    it: ``(verb, child)``, or None."""
    child = span.root
    for head in span.root.ancestors:
        if head.lemma_ in SPEECH_VERBS:
            return head, child
        child = head
    return None


def in_speech_frame(doc, hit) -> bool:
    """The words are what someone else calls or says ("calling immigrants vermin is ...")."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    found = _saying(span) if span is not None else None
    return found is not None and found[1].dep_ in SPEECH_CONTENT


def said_of(doc, hit, mentions: Sequence[Target]) -> Target | None:
    """The protected group a phrase is said of: the subject of its clause ("Travellers have no
    place here") or what it is "for" ("no place here for Muslims"); "hate against Travellers has
    no place here" is said of hate."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return None
    groups = [m for m in mentions if m.kind == GROUP]

    def group_at(token) -> Target | None:
        return next((g for g in groups if g.start <= token.idx < g.end), None)

    clause = span.root
    while clause.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "relcl") and clause.head is not clause:
        clause = clause.head
    for token in clause.children:
        if token.dep_ in ("nsubj", "nsubjpass") and group_at(token) is not None:
            return group_at(token)
    for token in clause.subtree:
        if token.dep_ == "pobj" and token.head.lower_ == "for" and group_at(token) is not None:
            return group_at(token)
    return None


BELIEF_VERBS = {"think", "believe", "accept", "agree", "reckon", "suppose", "pretend", "buy", "claim", "suggest"}


def disowned(doc, hit) -> bool:
    """A view the writer denies: "I don't think women are inferior", "nobody believes that…",
    "there's nothing wrong with being trans", "I don't hate anyone for their faith", "nobody
    should call them lazy", "it is wrong to call them ...". The words are part of a thought,
    an attitude or a saying that is negated or condemned, or "nothing" itself qualifies them.
    Negation inside the words ("don't belong here") is part of what is said and does not count."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in ("nothing", "nowt"):
        return True
    for head in span.root.ancestors:  # "nothing wrong with being trans", not "nothing worse than ..."
        if head.lower_ in ("nothing", "nowt") and any(c.dep_ == "amod" and c.tag_ == "JJ" for c in head.children):
            return True
    attitudes, condemnations = _stance_words()
    for head in (span.root, *span.root.ancestors):  # the whole of a denied thought: its verb, its words
        if head.lemma_ in BELIEF_VERBS or head.lemma_ in attitudes:
            return _denied(head)
        if head.lemma_ in SPEECH_VERBS:  # "nobody should say that ...", "it is wrong to call them ..."
            return (_denied(head) and _ruled_out(head)) or _condemned(head, condemnations) or _supposed_saying(head, span)
    return False


def _supposed(verb) -> bool:
    """A saying supposed, not made: "if you tweet '...' you will be blocked", "when people say ..."."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in ("if", "when", "whenever") for c in verb.children)


def _supposed_saying(verb, span) -> bool:
    """A supposed saying whose content holds the words, and not the writer's own clause that the
    parser hung from it ("If he says that again I'll knock his teeth out")."""
    if not _supposed(verb):
        return False
    node = span.root
    while node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    return node.i != verb.i and node.head.i == verb.i and not _writers_own(node)


#: the auxiliaries that make a denied saying a rule ("nobody should say", "I would never call")
MODALS = frozenset({"should", "must", "can", "could", "would", "will", "shall", "may", "might", "ought"})


def _ruled_out(verb) -> bool:
    """A saying ruled out by a modal or an imperative ("nobody should say", "don't call them ..."),
    not the feigned denial of "I'm not saying he's dodgy, but ..." or "nobody's saying ..."."""
    modal = any(c.dep_ == "aux" and c.lemma_.lower() in MODALS | {"wo", "ca", "sha"} for c in verb.children)
    imperative = not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) and verb.dep_ == "ROOT"
    return modal or imperative


def _denied(verb) -> bool:
    """The verb is negated, or its subject is a negation ("nobody", "no one")."""
    return any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and (
        c.lower_ in NEGATIONS or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)))
        for c in verb.children)


def _condemned(verb, condemnations: frozenset[str]) -> bool:
    """Saying it is what the clause condemns: "it is wrong to call ...", "calling X Y is vile"."""
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in condemnations:
        return True
    governor = verb.head if verb.dep_ in ("xcomp", "ccomp", "csubj") else None
    if governor is None or any(n.dep_ == "neg" for n in governor.children):
        return False
    predicates = [c for c in governor.children if c.dep_ in ("acomp", "attr")]
    predicates += [c for p in predicates for c in p.children if c.dep_ == "conj"]  # "lazy and wrong"
    return any(p.lemma_.lower() in condemnations for p in predicates)


#: subjects of a saying that speak for the writer too ("everyone says ...", "as we all say ...")
GENERAL_SPEAKERS = frozenset({"i", "we", "everyone", "everybody", "people", "folk", "folks", "all", "you", "they",
                              "nobody", "no", "one", "none", "noone"})
#: auxiliaries that make a saying something asked for or supposed, not reported ("someone should tell ...")
ASKED = frozenset({"should", "must", "could", "would", "might", "ought", "can", "will", "shall", "may"})


def said_by_another(doc, hit) -> bool:
    """The words are what someone else said ("the leaflet said refugees are ...", "someone called
    them ..."): the content of a saying whose subject is a particular other speaker. Not "everyone
    says ...", which asserts while it disowns."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    found = _saying(span) if span is not None else None
    if found is None:
        return False
    head, child = found
    if child.i != span.root.i and child.dep_ not in SPEECH_CONTENT:
        return False
    if _writers_own(child) or _supposed(head) or any(c.dep_ == "aux" and c.lower_ in ASKED for c in head.children):
        return False  # "if he says that again I'll ...", "someone should tell him ..."
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and subjects[0].lower_ not in GENERAL_SPEAKERS and not (span.start <= subjects[0].i < span.end)


def _writers_own(clause) -> bool:
    """A clause with the writer as its subject is the writer's, whatever the parser hung it from."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("i", "we") for t in clause.subtree)


@lru_cache(maxsize=1)
def _stance_words() -> tuple[frozenset[str], frozenset[str]]:
    """Hostile attitudes a writer can deny, and the words that condemn saying something (``rebuttal``)."""
    lists = load_lexicon("protected_characteristics")["rebuttal"]
    return (frozenset(str(w).lower() for w in lists["attitude_verbs"]),
            frozenset(str(w).lower() for w in lists["condemnations"]))


@lru_cache(maxsize=1)
def _claim_words() -> tuple[frozenset[str], frozenset[str]]:
    """The claim nouns and the words that dismiss a claim (``rebuttal`` in protected_characteristics.yaml)."""
    lists = load_lexicon("protected_characteristics")["rebuttal"]
    return (frozenset(str(w).lower() for w in lists["claim_nouns"]),
            frozenset(str(w).lower() for w in lists["dismissals"]))


def _denies_a_pejorative(sent, pejorative: set[int]) -> bool:
    """A negated verb or copula whose predicate carries a pejorative, the negation after the
    subject ("X aren't a threat"; not "Not all X are ..."), the clause's other clauses left out."""
    for verb in sent:
        negs = [c for c in verb.children if c.dep_ == "neg"]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        if not negs or not subjects or any(n.i < s.right_edge.i for n in negs for s in subjects):
            continue
        skip = {t.i for c in verb.children if c.dep_ in ("conj", "parataxis", "advcl", "cc", "nsubj", "nsubjpass",
                                                          "csubj", "expl") for t in c.subtree}
        predicate = [t for t in verb.subtree if t.i not in skip and t.i > negs[0].i]
        if any(t.lower_ in NEGATIONS for t in predicate):
            continue  # "can't lift a bin without a cry": two negations assert, not deny
        # "not our problem" (whose problem, not what kind) denies no pejorative
        if any(t.i in pejorative and not any(c.dep_ == "poss" for c in t.children) for t in predicate):
            return True
    return False


def _dismisses_a_claim(sent) -> bool:
    """'The idea that women can't handle the brief is nonsense', 'It's a myth that ...': a claim
    noun with a that-clause, and the sentence's predicate dismisses it."""
    claim_nouns, dismissals = _claim_words()
    has_that_clause = any(t.dep_ == "mark" and t.lower_ == "that" for t in sent)
    claim = any(t.lemma_.lower() in claim_nouns for t in sent)
    root = sent.root
    predicate = [root, *(c for c in root.children if c.dep_ in ("attr", "acomp", "oprd"))]
    return has_that_clause and claim and any(t.lemma_.lower() in dismissals or t.lower_ in dismissals
                                             for t in predicate)


#: words that turn a denial into a hedge ("not X, but ...")
CONCESSIONS = frozenset({"but", "however", "though", "although", "yet"})


def rebutted(doc, hit, pejoratives: Sequence = ()) -> bool:
    """A prejudice the writer argues against: the sentence holding the words denies a pejorative
    (``pejoratives``: where the detector's term lists found one, as character spans) or dismisses
    a claim. A question never rebuts ("Aren't they all thieves?"), nor a denial that concedes
    ("not stupid exactly, but ...")."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    sents = list(span.sents) if span is not None else []
    if len(sents) != 1:
        return False
    sent = sents[0]
    if sent.text.rstrip().endswith("?"):
        return False
    negs = [t.i for t in sent if t.dep_ == "neg"]
    if negs and any(t.lower_ in CONCESSIONS and t.i > negs[0] for t in sent):
        return False  # "X aren't stupid exactly, but they shouldn't ...": a hedge before the attack
    pejorative = {t.i for p in pejoratives for t in (doc.char_span(p.start, p.end, alignment_mode="expand") or ())}
    return _denies_a_pejorative(sent, pejorative) or _dismisses_a_claim(sent)
