"""Ultimatums that use a councillor's office, read from the parse.

"Vote against the regeneration and your ward won't see another penny", "change
the figures or start looking for another post", "take the poster down or I'll
have licensing crawling over you": an order, then (joined by "or" or "and") a
consequence that the writer brings about or the addressee suffers, naming
something of the office (money, a grant, a licence, a job, the press). An
order with a consequence nobody controls ("back the plan or the libraries
close") or a promise with no order before it ("and I'll say so at licensing")
is politics.

The same sanction may be put to whoever does something ("Any trader who puts
a Greens poster in the window can forget renewing their pitch licence. I'll
make sure of it."): a subject that is anyone who does it, a loss of something
of the office, and the writer's promise to see to it or hold on it ("support
from my office", "I chair the grants panel", "I keep lists"). Without either
("Anyone who applies after Friday can forget the grant") it is a deadline.
"""
from __future__ import annotations

import re
from typing import Any

#: subjects of a consequence the writer brings about
WRITER = frozenset({"i", "we"})
#: subjects of a consequence that is something of the addressee's made public ("... or it goes on Facebook")
EXPOSED = frozenset({"it", "this", "that", "they", "these", "those"})
#: subjects of a consequence the addressee suffers
ADDRESSEE = frozenset({"you", "ye", "yous", "youse", "your", "yer"})
#: subjects of a condition that puts it to a person ("If he doesn't, ...")
PERSON_SUBJECTS = frozenset({"he", "she", "you", "ye"})
#: the word an ultimatum as written turns on; most posts have none, and need no second reading
OR_WORD = re.compile(r"\bor\b", re.IGNORECASE)


class UltimatumReader:
    """Finds an order followed by a sanction of the office: ``[(start_char, end_char, words)]``."""

    def __init__(self, entry: dict[str, Any]):
        words = lambda key: frozenset(str(w).lower() for w in entry.get(key, []))  # noqa: E731
        self.sanctions = words("sanctions")
        self.exposure = words("exposure")
        self.losses = words("losses")
        self.material = words("material")
        self.disclosing = words("disclosing_verbs")
        self.holds = words("writer_holds")
        self.holding_verbs = words("holding_verbs")
        self.records = words("records")
        self.procedure = words("procedure")

    def __call__(self, doc) -> list[tuple[int, int, str]]:
        return self._ordered(doc) + self._conditional(doc) + self._put_to_whoever(doc)

    def _put_to_whoever(self, doc) -> list[tuple[int, int, str]]:
        """A loss of something of the office put to anyone who does something, with the writer's
        promise to see to it ("... will be looking for a new job. I sit on the board. I will know.")."""
        found = []
        for verb in doc:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and anyone_who(c)), None)
            if subject is None or any(c.dep_ == "neg" for c in verb.children):
                continue
            told = [t for t in verb.subtree if not subject.left_edge.i <= t.i <= subject.right_edge.i]
            loses = verb.lemma_.lower() in self.losses or _looking_for_another(verb)
            if not loses or not any(self._sanction(t) for t in told):
                continue
            held = self._writer_holds(doc, told) and not self._a_deadline(subject)
            if not (_writer_sees_to_it(doc, verb.sent) or held):
                continue
            start, end = subject.left_edge.idx, max(t.idx + len(t.text) for t in told)
            found.append((start, end, doc.text[start:end]))
        return found

    def _sanction(self, token) -> bool:
        """Something of the office: a listed sanction, or a seat on a named body ("a committee seat",
        "her cabinet seat"), which is in a group's gift; a seat alone is the voters' ("or lose your seat
        in May")."""
        lemma = token.lemma_.lower()
        if any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in token.children) and lemma == "support":
            return False  # "or lose my support": the writer's own vote, which is politics
        if lemma in self.sanctions or token.lower_ in self.sanctions:
            return True
        return lemma in ("seat", "place") and any(c.dep_ == "compound" for c in token.children)

    def _a_deadline(self, subject) -> bool:
        """What whoever does is a step of a procedure ("anyone who applies after Friday", "any group that
        misses the deadline"): a rule for everyone, whoever holds the money."""
        return any(t.lemma_.lower() in self.procedure for t in subject.subtree)

    def _writer_holds(self, doc, told) -> bool:
        """The writer holds what is lost: it comes from the writer's office or pile ("... can forget any
        support from my office"), or the writer says they chair or sit on what decides it, or keep a list
        ("I chair the grants panel", "I keep lists")."""
        if any(t.lemma_.lower() in self.holds and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in t.children)
               for t in told):
            return True
        for verb in doc:
            writer = any(c.dep_ == "nsubj" and c.lower_ in WRITER for c in verb.children)
            if not writer or verb.tag_ != "VBP" or any(c.dep_ == "neg" for c in verb.children):
                continue
            lemma = verb.lemma_.lower()
            kept = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.records]
            if lemma in self.holding_verbs or lemma == "keep" and kept:
                return True
        return False

    def _conditional(self, doc) -> list[tuple[int, int, str]]:
        """The same pressure as a condition on a person ("If he doesn't, the photos from the Christmas
        do go out", "If you don't, I'll send the recording to the papers"): an "if" clause whose subject
        is a person, and a main clause that makes something of theirs public. "If the council doesn't fix
        it, I'll go to the papers" holds a body to account; "If he doesn't turn up, I'll raise it at
        full council" makes nothing public."""
        found = []
        for mark in doc:
            condition = mark.head
            if mark.lower_ not in ("if", "unless") or mark.dep_ != "mark" or condition.dep_ != "advcl":
                continue
            subjects = [c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or not (subjects[0].lower_ in PERSON_SUBJECTS or subjects[0].pos_ == "PROPN"):
                continue
            # a demand not met ("if he doesn't", "if she refuses", "if she votes for it again"), not a
            # circumstance ("If you missed the meeting, the recording goes out on the council's channel")
            demanded = (mark.lower_ == "unless" or any(c.dep_ == "neg" for c in condition.children)
                        or condition.lemma_.lower() in ("refuse", "fail") or any(c.lower_ == "again" for c in condition.children))
            if not demanded or condition.tag_ == "VBD":
                continue
            consequence = condition.head
            if self._made_public(consequence):
                start = min(t.idx for t in consequence.subtree)
                end = max(t.idx + len(t.text) for t in consequence.subtree)
                found.append((start, end, doc.text[start:end]))
        return found

    def _made_public(self, verb) -> bool:
        """Something of someone's goes out ("the photos go out", "the video goes up", "it goes public",
        "the texts go to the papers"), or the writer discloses it ("I'll send the recording to the papers",
        "I'll be reading out every one of her old texts at full council")."""
        children = list(verb.children)
        objects = [c for c in children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
        places = [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        lemma = verb.lemma_.lower()
        theirs = [o for o in objects if self._material(o) and not _the_writers(o)]
        if lemma in ("go", "get", "come", "leak"):
            said = {c.lower_ for c in children if c.dep_ in ("prt", "acomp", "advmod", "oprd")}
            out = bool(said & {"out", "public", "round", "around", "viral"}) or any(p.lower_ in self.exposure for p in places)
            # "goes up", "goes online": only of something of theirs ("the council tax goes up" is a rise)
            return (out and (bool(theirs) or any(o.lower_ in EXPOSED for o in objects))
                    or bool(said & {"up", "online", "live"}) and bool(theirs))
        writer = any(c.dep_ == "nsubj" and c.lower_ in WRITER for c in children)
        return writer and lemma in self.disclosing and (
            bool(theirs) or any(p.lower_ in self.exposure for p in places) and not any(_the_writers(o) for o in objects))

    def _material(self, thing) -> bool:
        """Something of someone's that can be made public, or "every one of" them."""
        return any(t.lemma_.lower() in self.material for t in thing.subtree if t.i - thing.i <= 6)

    def _ordered(self, doc) -> list[tuple[int, int, str]]:
        found = []
        for verb in doc:
            order = verb.head
            if verb.dep_ != "conj" or not _an_order(order):
                continue
            joins = [c.lower_ for c in order.children if c.dep_ == "cc" and order.i < c.i < verb.i]
            if not joins or joins[-1] not in ("or", "and"):
                continue
            consequence = list(verb.subtree)
            brought = self._brought_about(verb, joins[-1])
            if brought == "exposure":
                named = any(t.lemma_.lower() in self.exposure or t.lower_ in self.exposure for t in consequence)
            else:
                named = any(self._sanction(t) for t in consequence)
            if not brought or not (named or brought == "exposure" and self._made_public(verb)):
                continue
            start, end = order.idx, consequence[-1].idx + len(consequence[-1].text)
            found.append((start, end, doc.text[start:end]))
        return found or self._as_written(doc)

    def _as_written(self, doc) -> list[tuple[int, int, str]]:
        """The same ultimatum where the parse tangled its coordination ("Vote my way on the Chainworks,
        Marjorie, or kiss goodbye to your ward fund"): a sentence that opens with an order (after the
        name of whoever it is said to), then "or", then a loss told to the addressee ("kiss goodbye",
        "forget", "start looking") or a sanction of the office with the writer, the addressee or a
        "won't" in it, or something made public ("or they're on the front page"), in a sentence that
        names or tags the person it is said to. "Email me or ring the
        office and I'll chase the funding" offers two ways to ask; "Apply by Friday or you'll miss the
        grant" is a deadline told to everyone."""
        found = []
        if not OR_WORD.search(doc.text):
            return found
        for sent in doc.sents:
            words = [t for t in sent if not (t.is_punct or t.is_space)]
            opening = next((t for t in words if not (t.pos_ == "PROPN" or t.text.startswith("@")
                                                      or t.lower_ in ("cllr", "councillor", "mr", "mrs", "ms"))), None)
            join = next((t for t in words if t.lower_ == "or" and opening is not None and t.i > opening.i + 1), None)
            if opening is None or join is None or opening.tag_ != "VB" or opening.pos_ not in ("VERB", "AUX"):
                continue
            if not (any(e.label_ == "PERSON" for e in sent.ents) or any(t.text.startswith("@") for t in sent)):
                continue  # said to someone in particular, not a deadline told to everyone ("Apply by Friday or ...")
            after = [t for t in sent if t.i > join.i and not t.is_punct]
            if not after or sent.text.rstrip().endswith("?"):
                continue
            if after[0].tag_ == "VB":  # a second order: a loss told to the addressee, or another way to ask
                told = after[0].lemma_.lower() in self.losses or after[0].lower_ == "start"
                sanctioned = told and any(self._sanction(t) for t in after)
            else:  # the writer brings it about ("or I'll ..."), or the addressee's ward goes without
                subject = next((t for t in after if t.dep_ in ("nsubj", "nsubjpass")), None)
                who = subject.lower_ if subject is not None else ""
                brought = (who in WRITER or who in ADDRESSEE and any(t.lemma_.lower() in self.losses for t in after)
                           or who not in ADDRESSEE and any(t.dep_ == "neg" for t in after))
                sanctioned = brought and any(self._sanction(t) for t in after)
                # or something of theirs made public: "I've got screenshots of her messages. ..., Priscilla,
                # or they're on the Clarion's front page"
                sanctioned = sanctioned or (who in EXPOSED and any(t.lower_ in self.exposure for t in after)
                                            and any(t.lemma_.lower() in self.material and not _the_writers(t) for t in doc))
            if sanctioned:
                start, end = opening.idx, after[-1].idx + len(after[-1].text)
                found.append((start, end, doc.text[start:end]))
        return found

    def _brought_about(self, verb, join: str) -> str | None:
        """After "or": the writer does it ("or I'll ..."), or the addressee is told to bear it ("or
        start looking for another post"). After "or" or "and": the addressee loses by it ("and your
        ward won't see ...", "you can forget ..."); "email me and I'll chase the funding" is help.
        After "or", said to someone: something of theirs made public ("or it goes on every page in
        town"), which the exposure words name. "office" or "exposure" for what the consequence is."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            # "... and don't expect a penny of ward money": a loss told to the addressee as an order
            if (verb.lemma_.lower() in self.losses and any(c.dep_ == "neg" for c in verb.children)
                    and any(c.dep_ == "aux" and c.lower_ in ("do", "did") for c in verb.children)):
                return "office"
            return "office" if join == "or" and _an_order(verb) else None
        who = subjects[0]
        owner = {who.lower_} | {c.lower_ for c in who.children if c.dep_ == "poss"}
        if owner & WRITER:
            return "office" if join == "or" else None
        if (who.lower_ in EXPOSED or self._material(who)) and join == "or":
            # "you", a handle, or a person the ultimatum is said to by name ("Vote with us, Priscilla, or ...")
            said_to_someone = any(t.lower_ in ADDRESSEE or t.text.startswith("@") for t in verb.doc) or any(
                _set_off(e) for e in verb.sent.ents if e.label_ == "PERSON")
            return "exposure" if said_to_someone else None
        negated = any(c.dep_ == "neg" for c in verb.children)
        # "... and you'll be looking for a new job. I'll make sure of it": without the writer's promise
        # ("keep voting like that and you'll be looking for a new job come May") it is the voters' say
        ousted = _looking_for_another(verb) and _writer_sees_to_it(verb.doc, verb.sent)
        return "office" if owner & ADDRESSEE and (negated or ousted or verb.lemma_.lower() in self.losses) else None


#: whom a sanction put to whoever does something is said to
ANYONE = frozenset({"anyone", "anybody", "whoever"})


def anyone_who(subject) -> bool:
    """Anyone who does something: "anyone who ...", "any trader who ...", "the next person who ...",
    "whoever ..."."""
    if subject.dep_ == "csubj":  # "Whoever leaks this will ...": the clause is the subject
        return subject.left_edge.lower_ == "whoever"
    anyone = (subject.lower_ in ANYONE or subject.left_edge.lower_ in ("any", "every")  # "any tenants' group"
              or any(c.dep_ in ("det", "amod") and c.lower_ in ("any", "every", "next") for c in subject.children))
    return anyone and (subject.lower_ == "whoever" or any(c.dep_ == "relcl" for c in subject.children))


def _looking_for_another(verb) -> bool:
    """"will be looking for a new job", "can start looking for another post"."""
    looking = verb if verb.lemma_.lower() == "look" else next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "look"), None)
    return looking is not None and any(
        p.lower_ == "for" and any(a.lower_ in ("new", "another", "other") for g in p.children for a in g.children)
        for p in looking.children if p.dep_ == "prep")


def _writer_sees_to_it(doc, sent) -> bool:
    """The writer promises to bring it about, in the sentence or after it: "I'll make sure of it",
    "I will know", "we'll see to it"; "I'll be at the drop-in on Friday" and "we'll miss you" promise
    something else."""
    after = [s for s in doc.sents if s.start >= sent.start]
    for verb in (t for s in after for t in s):
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        writer = any(c.dep_ == "nsubj" and c.lower_ in WRITER for c in verb.children)
        objects = [g for c in verb.children if c.dep_ in ("dobj", "prep") for g in [c, *c.children]
                   if g.dep_ in ("dobj", "pobj")]
        if (writer and auxes & {"will", "'ll", "shall"} and verb.lemma_.lower() != "be"
                and all(o.lower_ in ("it", "that", "this") for o in objects)):
            return True
    return False


def _set_off(span) -> bool:
    """A name set off by a comma or a colon, as one says it to someone ("..., Priscilla, or ...")."""
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    return before == "," or after in (",", ":")


def _the_writers(thing) -> bool:
    """"my letters", "the letters I sent him": the writer's own, theirs to publish."""
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in thing.children) or any(
        c.dep_ in ("relcl", "acl") and any(g.dep_ == "nsubj" and g.lower_ in WRITER for g in c.children)
        for c in thing.children)


def _an_order(verb) -> bool:
    """An imperative: a bare verb with no subject ("Vote against ...", "take that down ..."), or
    with only the person addressed before it ("Tegid in comms: take that down ...")."""
    # "either you apologise by 5pm or ...": "you" after "either" puts the choice to the addressee
    either = any(c.dep_ == "preconj" and c.lower_ == "either" for c in verb.children)
    return (verb.pos_ == "VERB" and verb.tag_ in ("VB", "VBP")
            and (verb.tag_ == "VB" or either or _after_a_name(verb))
            and not any(c.dep_ in ("expl", "aux") or (c.dep_ in ("nsubj", "nsubjpass") and not _addressed(c)
                                                     and not (either and c.lower_ in ADDRESSEE))
                        for c in verb.children))


def _after_a_name(verb) -> bool:
    """An order the tagger took for a present tense because a name comes first ("Joanne Whiteside,
    recommend it for approval and ..."): the name set off by a comma before the verb."""
    doc = verb.doc
    return any(c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i + 1 < verb.i and doc[c.i + 1].text == ","
               for c in verb.children)


def _addressed(subject) -> bool:
    """A name or heading the parser took for a subject but the writer set off before the order
    ("Tegid:", "Dave,", "Message to @X:")."""
    after = subject.doc[subject.right_edge.i + 1] if subject.right_edge.i + 1 < len(subject.doc) else None
    marked = any(c.dep_ == "punct" and c.text in (":", ",") for c in subject.children)
    return marked or (after is not None and (after.text == ":" or after.text == "," and subject.pos_ == "PROPN"))


class PileOnReader:
    """Finds a call to hound someone ("Ring him all day. Ring him all night.", "let's all message her
    every day till she stands down", "fill her inbox till she resigns"): a verb of contact told to
    others, aimed at a person or at a person's inbox or phone, and kept up ("all day", "every time",
    "till she ...", "make her feel it") in that sentence or after it. ``[(start_char, end_char, words)]``."""

    def __init__(self, entry: dict[str, Any]):
        words = lambda key: frozenset(str(w).lower() for w in entry.get(key, []))  # noqa: E731
        self.contact = words("contact_verbs")
        self.persistence = tuple(str(w).lower() for w in entry.get("persistence", []))
        self.channels = words("channels")
        self.flooding = words("flooding_verbs")

    def __call__(self, doc) -> list[tuple[int, int, str]]:
        found = []
        text = doc.text.lower()
        if not any(p in text for p in self.persistence):
            return found  # nothing kept up anywhere in the post: no sentence of it can be a pile-on
        for verb in doc:
            if verb.pos_ != "VERB" or not _asked_of_others(verb):
                continue
            person = self._aimed_at(verb)
            kept_up = doc.text[verb.sent.start_char:].lower()
            if person is None or not any(p in kept_up for p in self.persistence):
                continue
            start, end = verb.idx, max(person.idx + len(person.text), verb.idx + len(verb.text))
            found.append((start, end, doc.text[start:end]))
        return found

    def _aimed_at(self, verb):
        """Whom the verb hounds: the person contacted ("ring him"), or the owner of the inbox or
        phone it floods ("fill her inbox", "give @X's inbox a filling"); None otherwise."""
        lemma = verb.lemma_.lower()
        for child in verb.children:
            if child.dep_ not in ("dobj", "obj", "dative"):
                continue
            if lemma in self.contact and (_a_person(child) or child.lower_ == "it" and self._persons_channel(verb.doc)):
                return child
            if lemma in self.flooding and child.lemma_.lower() in self.channels:
                owner = next((c for c in child.children if c.dep_ == "poss" and _a_person(c)), None)
                if owner is not None:
                    return child
        return None

    def _persons_channel(self, doc) -> bool:
        """A person's phone, number or inbox given in the post ("Debra Hollins's work mobile: ..."), which
        "ring it" then means."""
        return any(t.lemma_.lower() in self.channels and any(
            c.dep_ == "poss" and (_a_person(c) or c.lower_ in ("her", "his")) for c in t.children) for t in doc)


def _a_person(token) -> bool:
    return token.lower_ in ("him", "her", "them", "his", "their") or token.text.startswith("@") or token.pos_ == "PROPN"


#: a crowd told to do it: "every one of you ring him", "all of you email her"
CROWD = frozenset({"one", "all", "each", "lot"})


def _asked_of_others(verb) -> bool:
    """Told to the readers: an imperative ("Ring him"), "let's ...", "every one of you ...", or
    "everybody should ..."."""
    if _an_order(verb) or verb.head.lower_ in ("let", "let's"):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(s.lower_ in CROWD and any(p.lower_ == "of" and any(o.lower_ == "you" for o in p.children)
                                     for p in s.children) for s in subjects):
        return True
    return any(c.lower_ in ("everybody", "everyone", "we", "y'all", "folks") for c in subjects) and (
        any(c.dep_ == "aux" and c.lower_ in ("should", "must", "'ll", "will") for c in verb.children) or verb.head.lower_ in ("let", "let's"))
