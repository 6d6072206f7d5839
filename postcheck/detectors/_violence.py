"""Violence promised or asked for, read from the parse rather than from fixed phrases.

"I'll break his jaw", "we're going to knock your teeth out", "someone
should stab him": a verb of harm whose subject is the writer ("I", "we")
with a future or intent ("will", "'ll", "going to", "want to"), or someone
asked to do it ("someone should"), and whose object is a person (a pronoun,
a name, a handle, "that officer") or, for verbs that are also everyday words ("break",
"kick", "smash"), a body part or a home. The word lists are the toxicity
lexicon's ``violence`` entry; the caller judges negation and quotation.
Violence at the ballot box, at the polls or on the pitch is figurative
("we'll kill them at the polls"), whoever promises it.

Harm as a thing someone is due ("Cllr Strang needs a slap", "he's getting a
burst mouth", "I'll give him a good hiding") is the same promise: a noun of
harm as the object of "need", "deserve", "get" or "want" whose subject is a
person (a name, a handle, he, she or you; never a party or "they", who "get
a hiding in May"), or of "give" promised by the writer to a person. So is the
harm as a gerund ("he wants stringing up", "Cllr Dobbs needs chucking off the
pier"): a verb of harm, or of throwing someone off or into a drop (a pier, a
cliff, the canal), as what a person needs, wants or deserves; "needs throwing
out of the party" is politics. The writer promising the throwing ("I'll throw
you off the Harbour Arm") and an injury a person is promised to come away with
("You'll leave with a black eye") are the same threat.
"""
from __future__ import annotations

from typing import Any

from ._coercion import anyone_who

#: auxiliaries that make a verb a promise or a wish rather than a report
FUTURE = frozenset({"will", "'ll", "ll", "shall", "would", "'d", "wo", "gon", "gonna", "wanna"})
#: auxiliaries that ask it of someone else ("someone should ...")
ASKING = frozenset({"should", "ought", "must", "need", "needs", "could"})
#: pronouns that stand for a person as the object of a verb of harm
PERSON_PRONOUNS = frozenset({"you", "him", "her", "them", "ye", "yous", "youse"})
#: the writer alone (a subject left out counts: the intent verb stands in for it)
SINGULAR_WRITER = frozenset({"i", "want", "wanna", "'m", "am"})
#: objects that may be a team or a party rather than one person
PLURAL_OBJECTS = frozenset({"them", "yous", "youse"})
#: pronouns that stand for one person as the one due harm (not "they": a party gets a hiding at the polls)
DUE_PRONOUNS = frozenset({"you", "he", "she", "ye", "yous", "youse"})
#: a passive subject that stands for whoever does something ("anyone who parks here will be ...")
WHOEVER = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody"})
#: whose body part it is: a person's ("his legs", "their hands")
OWNERS = frozenset({"his", "her", "their", "your", "yer"})
#: the writer's "am" or "are" before a verb in "-ing": a plan announced ("I'm putting his head through ...")
PROGRESSIVE = frozenset({"'m", "am", "'re", "are", "m", "re"})
#: how a body part is forced: through or into something ("his head through the window")
FORCED_THROUGH = frozenset({"through", "into", "in", "against"})
#: how something is forced down or up a person ("ram it down her neck")
FORCED_DOWN = frozenset({"down", "up"})


class ViolenceReader:
    """Finds promised or solicited violence in a parsed ``Doc``: ``[(start_char, end_char, words)]``."""

    def __init__(self, entry: dict[str, Any]):
        words = lambda key: frozenset(str(w).lower() for w in entry.get(key, []))  # noqa: E731
        self.person_verbs = words("person_verbs")
        self.one_to_one_verbs = words("one_to_one_verbs")
        self.body_verbs = words("body_verbs")
        self.body_parts = words("body_parts")
        self.person_nouns = words("person_nouns")
        self.first_person = words("first_person")
        self.solicited = words("solicited")
        self.intent_heads = words("intent_heads")
        self.arenas = words("arenas")
        self.harm_nouns = words("harm_nouns")
        self.injuries = words("injuries")
        self.due_verbs = words("due_verbs")
        self.not_harm = words("not_harm")
        self.throwing_verbs = words("throwing_verbs")
        self.drops = words("drops")
        self.forcing_verbs = words("forcing_verbs")
        self.seizing_verbs = words("seizing_verbs")

    def __call__(self, doc) -> list[tuple[int, int, str]]:
        found = []
        for verb in doc:
            lemma = verb.lemma_.lower()
            one_to_one = lemma in self.one_to_one_verbs
            if verb.pos_ != "VERB" or (lemma not in self.person_verbs and lemma not in self.body_verbs and not one_to_one):
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue  # "I would never break anyone's jaw"
            subject = self._subject(verb)
            target = self._object(verb, lemma)
            if one_to_one and target is None:
                target = self._one_person(verb)
            if subject is None or target is None or self._in_arena(verb):
                continue
            if one_to_one and (subject.lower_ not in SINGULAR_WRITER or target.lower_ in PLURAL_OBJECTS):
                continue  # "we'll batter them on Saturday"
            start = min(subject.idx, verb.idx)
            end = max(target.idx + len(target.text), verb.idx + len(verb.text))
            found.append((start, end, doc.text[start:end]))
        return (found + self._harm_due(doc) + self._gerund_due(doc) + self._promised_to_whoever(doc)
                + self._thrown(doc) + self._left_with_injury(doc) + self._forced(doc) + self._got_broken(doc))

    def _forced(self, doc) -> list[tuple[int, int, str]]:
        """The writer forcing a person's body part through or into something ("I'm putting his head
        through the window", "I'll shove his face in the canal"), or something down their throat ("I'll
        ram it down her neck"). Said in the progressive by the writer it is a plan, not a report. A
        part that is the writer's own ("put my hand up") or nobody's ("put our heads together") is not."""
        found = []
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.forcing_verbs:
                continue
            if any(c.dep_ == "neg" for c in verb.children) or self._in_arena(verb):
                continue
            subject = self._subject(verb) or self._writer_now(verb)
            if subject is None:
                continue
            ways = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt")}
            part = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and self._owned_part(c)), None)
            if part is None or not ways & FORCED_THROUGH:
                part = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in FORCED_DOWN
                             for g in c.children if g.dep_ == "pobj" and self._owned_part(g)), None)
            if part is None:
                continue
            start = min(subject.idx, verb.idx)
            end = max(t.idx + len(t.text) for t in verb.subtree if not t.is_punct)
            found.append((start, end, doc.text[start:end]))
        return found

    def _got_broken(self, doc) -> list[tuple[int, int, str]]:
        """A person promised their body part or home broken ("you'll get your legs broken", "Next person
        who ... gets their fingers broken", "anyone who crosses me will get their windows smashed"):
        "get" or "have" with a person's part and a participle of harm, said with "will" or put to
        whoever does something. "Residents keep getting their cars broken into" reports a crime."""
        found = []
        for verb in doc:
            if verb.lemma_.lower() not in ("get", "have") or any(c.dep_ == "neg" for c in verb.children):
                continue
            harm = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ in ("VBN", "VBD")
                         and c.lemma_.lower() in self.body_verbs | self.person_verbs), None)
            if harm is None or any(c.dep_ in ("prep", "prt") and c.lower_ == "into" for c in harm.children):
                continue
            part = next((c for c in [*harm.children, *verb.children] if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                         and self._owned_part(c)), None)
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if part is None or subject is None or self._in_arena(verb) or self._in_arena(harm):
                continue
            if f"{part.lower_} {harm.lower_}" in self.not_harm:
                continue  # "you'll get your fingers burnt": a loss, not a beating
            auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            promised = auxes & FUTURE and self._a_person(subject, DUE_PRONOUNS)
            if not (promised or anyone_who(subject)):
                continue
            start = subject.left_edge.idx
            end = max(t.idx + len(t.text) for t in [harm, *(c for c in harm.children if c.dep_ == "prt")])
            found.append((start, end, doc.text[start:end]))
        return found

    def _owned_part(self, token) -> bool:
        """A body part or a home that is a person's by its possessive ("his head", "their windows")."""
        return (token.lemma_.lower() in self.body_parts or token.lower_ in self.body_parts) and any(
            c.dep_ == "poss" and c.lower_ in OWNERS for c in token.children)

    def _writer_now(self, verb):
        """The writer in the progressive ("I'm putting ...", "we're shoving ..."): a plan announced."""
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        who = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in self.first_person), None)
        return who if who is not None and verb.tag_ == "VBG" and auxes & PROGRESSIVE else None

    def _thrown(self, doc) -> list[tuple[int, int, str]]:
        """The writer promising to throw a person off or into a drop ("I'll throw you off the pier",
        "we'll chuck him in the canal"); "I'll throw you off the committee" is politics."""
        found = []
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.throwing_verbs:
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            subject, person = self._subject(verb), self._person_object(verb)
            drop = next((t for c in verb.children if c.dep_ == "prep" for t in c.subtree if self._a_drop(t)), None)
            if subject is None or person is None or drop is None:
                continue
            start, end = min(subject.idx, verb.idx), drop.idx + len(drop.text)
            found.append((start, end, doc.text[start:end]))
        return found

    def _a_drop(self, token) -> bool:
        """A place to be thrown off or into: the noun or a word compounded with it ("the Harbour Arm")."""
        return token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound" and (token.lemma_.lower() in self.drops or any(
            c.dep_ == "compound" and c.lower_ in self.drops for c in token.children))

    def _person_object(self, verb):
        """The person a verb is done to, as its object."""
        return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and self._a_person_done_to(c)), None)

    def _a_person_done_to(self, token) -> bool:
        """A verb's object that is a person: a pronoun, a name, a handle or "that officer"."""
        return (token.lower_ in PERSON_PRONOUNS or token.pos_ == "PROPN" or token.text.startswith("@")
                or token.lemma_.lower() in self.person_nouns)

    def _left_with_injury(self, doc) -> list[tuple[int, int, str]]:
        """An injury or a beating a person is promised to come away with ("You'll leave with a black
        eye", "he'll go home with a broken nose"): a verb with "will" whose subject is a person and whose
        "with" names the harm."""
        found = []
        for verb in doc:
            if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children) or self._in_arena(verb):
                continue
            auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            harm = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj" and self._harm(g)), None)
            if harm is None or subject is None or not auxes & FUTURE or not self._a_person(subject, DUE_PRONOUNS):
                continue
            start, end = min(subject.idx, verb.idx), harm.idx + len(harm.text)
            found.append((start, end, doc.text[start:end]))
        return found

    def _promised_to_whoever(self, doc) -> list[tuple[int, int, str]]:
        """Harm promised in the passive to a person or to whoever does something ("Any Traveller who
        parks up will be burnt out", "you'll be shot", "Cllr Khan will be lynched"): a verb of harm, or
        burning someone out, with "will" or "shall" and a passive subject that is a person."""
        found = []
        for verb in doc:
            lemma = verb.lemma_.lower()
            burnt_out = lemma in ("burn", "torch", "firebomb") and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
            if verb.pos_ != "VERB" or not (lemma in self.person_verbs or burnt_out):
                continue
            auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            victim = next((c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")), None)
            after = doc.text[verb.idx + len(verb.text):].lower().lstrip()
            if (victim is None or not auxes & FUTURE or not auxes & {"be", "get"} or victim.lower_ in self.first_person
                    or any(c.dep_ == "neg" for c in verb.children) or self._in_arena(verb)
                    or after.startswith(("of ", "in the back"))):  # "be shot of it", "stabbed in the back"
                continue
            whoever = victim.lower_ in WHOEVER or victim.left_edge.lower_ in WHOEVER or any(
                c.dep_ == "det" and c.lower_ in ("any", "every") for c in victim.children)  # "whoever grassed"
            if not (whoever or self._a_person(victim, DUE_PRONOUNS)):
                continue
            start = min(victim.left_edge.idx, verb.idx)
            end = max(t.idx + len(t.text) for t in [verb, *(c for c in verb.children if c.dep_ == "prt")])
            found.append((start, end, doc.text[start:end]))
        return found

    def _gerund_due(self, doc) -> list[tuple[int, int, str]]:
        """Harm as a gerund a person is due ("he wants stringing up", "needs chucking in the canal")."""
        found = []
        for verb in doc:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.due_verbs - {"get"}:
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            harm = next((c for c in verb.children if c.dep_ in ("xcomp", "dobj", "ccomp") and c.lower_.endswith("ing")
                         and self._gerund_harm(c)), None)
            titled = subject is not None and any(c.dep_ == "compound" and c.lower_ in self.person_nouns
                                                 for c in subject.children)  # "Cllr Pryce"
            if harm is None or not (subject is not None and (titled or self._a_person(subject, DUE_PRONOUNS))
                                    or self._owned_body_part(harm)):
                continue
            subject = subject if subject is not None else harm
            end = max(t.idx + len(t.text) for t in harm.subtree)
            start = min(subject.left_edge.idx, verb.idx)
            found.append((start, end, doc.text[start:end]))
        return found

    def _gerund_harm(self, gerund) -> bool:
        """A verb of harm ("shooting", "stringing up"); an everyday verb done to a body part ("his legs
        breaking", "her head kicking in"); or throwing into or off a drop ("chucking off the pier")."""
        lemma = _verb_of(gerund)
        if lemma in self.person_verbs or (lemma in ("string", "hang") and not self._in_arena(gerund)):
            return True
        if lemma in self.body_verbs and self._body_part(gerund) is not None:
            return True
        if lemma in self.seizing_verbs and any(
                c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" and self._owned_part(g) for g in c.children)
                for c in gerund.children):
            return True  # "wants dragging out of that chamber by her hair", not "leading by her nose"
        if lemma not in self.throwing_verbs:
            return False
        return any(t.lemma_.lower() in self.drops for t in gerund.subtree if t.pos_ in ("NOUN", "PROPN"))

    def _body_part(self, gerund):
        """The body part a gerund is done to ("his legs breaking": the parser makes it the subject)."""
        return next((c for c in gerund.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                     and (c.lemma_.lower() in self.body_parts or c.lower_ in self.body_parts)), None)

    def _owned_body_part(self, gerund) -> bool:
        """A person's own body part, by its possessive ("wants their hands cutting off")."""
        part = self._body_part(gerund)
        return part is not None and any(c.dep_ == "poss" and c.lower_ in OWNERS for c in part.children)

    def _harm_due(self, doc) -> list[tuple[int, int, str]]:
        """A noun of harm a person is due ("needs a slap", "getting a burst mouth"), or one the writer
        promises to give ("I'll give him a hiding")."""
        found = []
        for verb in doc:
            lemma = verb.lemma_.lower()
            if verb.pos_ not in ("VERB", "AUX") or lemma not in self.due_verbs | {"give"}:
                continue
            if any(c.dep_ == "neg" for c in verb.children) or self._in_arena(verb):
                continue
            harm = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and self._harm(c)), None)
            if harm is None:
                continue
            if lemma == "give":
                subject = self._subject(verb)
                person = next((c for c in verb.children if c.dep_ == "dative" and self._a_person(c, PERSON_PRONOUNS)), None)
                if subject is None or person is None:
                    continue
            else:
                subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None or not self._a_person(subject, DUE_PRONOUNS):
                    continue
            start, end = min(subject.left_edge.idx, verb.idx), harm.idx + len(harm.text)
            found.append((start, end, doc.text[start:end]))
        return found

    def _harm(self, noun) -> bool:
        """A noun of harm ("a slap", "a good hiding"), or an injury ("a burst mouth", "a fat lip")."""
        if noun.lemma_.lower() in self.harm_nouns or noun.lower_ in self.harm_nouns:
            after = noun.doc[noun.i:noun.i + 4].text.lower()
            return not any(after.startswith(idiom) for idiom in self.not_harm)  # "a slap on the wrist"
        return any(f"{c.lower_} {noun.lower_}" in self.injuries for c in noun.children if c.dep_ in ("amod", "compound"))

    def _a_person(self, token, pronouns) -> bool:
        return (token.lower_ in pronouns or token.text.startswith("@") or token.ent_type_ == "PERSON"
                or token.lemma_.lower() in self.person_nouns)

    def _subject(self, verb):
        """The writer promising it, or someone asked to do it; None for a report or a question of fact."""
        # a vocative the parser also reads as a subject ("Mate, ... I'll snap your fingers") sits
        # beside the real one: any subject that is the writer or someone asked will do
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if own:
            for who in own:
                if who.lower_ in self.first_person and auxes & FUTURE:
                    return who
                if who.lower_ in self.solicited and auxes & ASKING:
                    return who
            return None
        # "I'm going to / I want to / we'd love to ... break": the subject is the intent verb's
        head = verb.head
        if verb.dep_ == "xcomp" and head.lemma_.lower() in self.intent_heads:
            subjects = [c for c in head.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].lower_ in self.first_person:
                return subjects[0]
            if not subjects and head.dep_ == "ROOT" and head.tag_ in ("VBP", "VB"):
                return head  # the writer's "I" left out: "Honestly want to batter him"
        return None

    def _one_person(self, verb):
        """The one person a verb of a beating is aimed at: "you", "him", "her", a name or a handle."""
        for child in verb.children:
            if child.dep_ in ("dobj", "obj") and (child.lower_ in PERSON_PRONOUNS or child.text.startswith("@")
                                                   or child.ent_type_ == "PERSON"):
                return child
        return None

    def figurative(self, doc, start: int, end: int) -> bool:
        """Whether a verb in the span ``[start, end)`` happens in an arena (for phrase-list hits)."""
        return any(t.pos_ in ("VERB", "AUX") and self._in_arena(t)
                   for t in doc if start <= t.idx < end)

    def _in_arena(self, verb) -> bool:
        """Figurative when it happens at the ballot box, at the polls or on the pitch."""
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            for noun in prep.children:
                words = {noun.lemma_.lower()} | {c.lower_ for c in noun.children if c.dep_ == "compound"}
                if noun.dep_ == "pobj" and words & self.arenas:
                    return True
        return False

    def _object(self, verb, lemma: str):
        for child in verb.children:
            if child.dep_ not in ("dobj", "obj"):
                continue
            word = child.lower_
            if lemma in self.body_verbs and (word in self.body_parts or child.lemma_.lower() in self.body_parts):
                return child
            if lemma in self.person_verbs and self._a_person_done_to(child):
                return child
        return None


def _verb_of(gerund) -> str:
    """The verb of an "-ing" word, which the tagger sometimes reads as an adjective ("chucking")."""
    if gerund.tag_ == "VBG":
        return gerund.lemma_.lower()
    stem = gerund.lower_[:-3]
    return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls" else stem
