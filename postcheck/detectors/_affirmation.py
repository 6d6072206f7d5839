"""A protected group named to be welcomed, supported or treated as equal.

The identity and hate heads answer to a group's name as much as to what is
said of it: "I love Muslims", "Trans women are women" and "We need more
disabled people on this council" read as attacks. The parse says what the
sentence does with the group: the writer's affirming verb has it as object
("love", "welcome", "stand with"), it is the subject of a right or a quality
("deserve a decent site", "should feel safe", "have the same right"), more of it
is wanted ("need more women standing"), it is said to be what it is ("trans
women are women"), or the sentence is a norm that protects ("nobody should be
judged on their religion", "should never have to hide who they are"). A
negation, a question or a condition ("I love Muslims when they ...") undoes it.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_lexicon

#: how the group hangs from an affirming verb: its object, or the thing after "with", "for", "to"
OBJECTS = frozenset({"dobj", "obj", "dative"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: what follows a predicate about the group: "feel safe", "are welcome", "have the same right"
COMPLEMENTS = frozenset({"acomp", "attr", "dobj", "oprd"})
#: how a group's adjective hangs from the noun it describes
MODIFIERS = frozenset({"amod", "compound", "nmod", "conj", "cc"})
#: words that stand for the group later in its sentence ("..., and they deserve a decent site")
PRONOUNS = frozenset({"they", "them"})
#: negations a protective norm may carry; any other negation undoes the affirmation
NEGATIVE_SUBJECTS = frozenset({"nobody", "noone", "no-one"})
CONTRASTS = frozenset({"fewer", "less"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    entry = load_lexicon("toxicity").get("affirmation", {})
    return {key: frozenset(str(w).lower() for w in entry.get(key, [])) for key in
            ("verbs", "predicates", "qualities", "wanted", "protections", "conditions", "greetings")}


def _sentence(doc, hit):
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    sents = list(span.sents) if span is not None else []
    if len(sents) != 1 or sents[0].text.rstrip().endswith("?"):
        return None, None
    return span, sents[0]


def protects(doc, hit) -> bool:
    """The sentence holding ``hit`` is a norm that protects everyone ("Nobody should be judged on
    their religion"), with no condition on it."""
    span, sent = _sentence(doc, hit)
    words = _words()
    return sent is not None and not any(_condition(t, words) for t in sent) and _protective_norm(sent, words)


def affirmed(doc, group) -> bool:
    """The sentence naming ``group`` (anything with ``start`` and ``end``) affirms it."""
    span, sent = _sentence(doc, group)
    words = _words()
    if sent is None or any(_condition(t, words) for t in sent):
        return False
    if _protective_norm(sent, words):
        return True
    if any(_negation(t) for t in sent):
        return False
    if sent[0].lower_ in words["greetings"] or any(t.lower_ == "mubarak" for t in sent):
        return True  # "Happy Diwali to every Hindu and Sikh family", "Eid Mubarak to ..."
    root = span.root
    while root.dep_ in MODIFIERS and root.head.i != root.i:
        root = root.head  # "Gay" in "Gay couples", "Gypsy" in "Gypsy and Traveller families"
    holders = [root] + [t for t in sent if t.lower_ in PRONOUNS]
    return any(_affirms(token, words) for token in holders)


def _condition(token, words) -> bool:
    """ "if", "unless", or "when" opening a clause of its own ("... when they stay at home")."""
    return token.lower_ in words["conditions"] and (
        token.dep_ == "mark" or token.dep_ == "advmod" and token.head.dep_ == "advcl")


def _negation(token) -> bool:
    """A negation in the sentence, but not "more ..., not fewer"."""
    if token.lower_ in CONTRASTS:
        return False
    if token.dep_ == "neg":
        return token.head.lower_ not in CONTRASTS
    return token.lower_ in NEGATIVE_SUBJECTS or token.lower_ in ("never", "no")


def _protective_norm(sent, words) -> bool:
    """ "Nobody should be judged on their religion", "nobody's pregnancy should count against them",
    "should never have to hide who they are": a verb of harm, denied to everyone."""
    for verb in sent:
        if verb.lemma_.lower() not in words["protections"]:
            continue
        chain = [verb] + [a for a in verb.ancestors if a.sent == sent]
        subjects = [c for v in chain for c in v.children if c.dep_ in SUBJECTS]
        nobody = any(s.lower_ in NEGATIVE_SUBJECTS or any(p.dep_ == "poss" and p.lower_ in NEGATIVE_SUBJECTS
                                                           for p in s.children) for s in subjects)
        never = any(c.lower_ == "never" for v in chain for c in v.children)
        modal = any(c.lower_ in ("should", "must", "shall", "will") for v in chain for c in v.children)
        if modal and (nobody or never):
            return True
    return False


def _affirms(token, words) -> bool:
    while token.dep_ == "conj":
        token = token.head  # "Gypsies and Travellers": the first of the pair holds the relation
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        token, head = head, head.head  # "stand with our Jewish neighbours", "proud of"
    if token.dep_ in OBJECTS | {"prep"} and head.lemma_.lower() in words["verbs"]:
        return True
    if token.dep_ in OBJECTS and _wanted(token, words) and head.lemma_.lower() in words["wanted"]:
        return True
    if token.dep_ not in SUBJECTS:
        return False
    if head.lemma_.lower() in words["predicates"] and not any(c.dep_ == "xcomp" for c in head.children):
        return True  # "deserve a decent site"; not "deserve to be moved on"
    complements = [c for c in head.children if c.dep_ in COMPLEMENTS]
    if any(c.lemma_.lower() == token.lemma_.lower() for c in complements if c.dep_ == "attr"):
        return True  # "trans women are women"
    return any(c.lemma_.lower() in words["qualities"] or c.lower_ in words["qualities"] for c in complements)


def _wanted(token, words) -> bool:
    """More of the group: "more disabled people", "more women"."""
    return any(t.lower_ == "more" for t in token.subtree if t.i <= token.i)
