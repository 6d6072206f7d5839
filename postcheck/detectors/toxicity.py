"""Personal attack, abusive language, discrimination, threats and allegations.

Robust criticism of a policy, decision, party or the council passes however
strongly worded; an insult aimed at a person does not. So every hostile cue
(a scoring model's probabilities, and the reviewable phrase lists in
``postcheck/data/lexicons/toxicity.yaml`` and ``protected_characteristics.yaml``) is
combined with the *target* the resolver (``postcheck.targets``) finds for it on
the shared parse:

* insult or put-down aimed at a person -> ``toxicity.personal-attack``;
* a protected group attacked, a slur, or a person attacked through a protected
  characteristic -> ``toxicity.discrimination``;
* a threat, or disparaging a complainant -> ``toxicity.threat``; a detail of a
  named person's home, family or routine left hanging by a tag ("Lovely house.
  Lot of glass, that.") -> ``toxicity.veiled-menace``, which the pack grades as
  review: either half alone is everyday talk; an order followed by a sanction of
  the office ("vote against it and your ward won't see another penny") or a
  call to hound someone ("ring him all day") -> ``toxicity.coercion``, also
  review;
* obscenity or a slur whatever the target -> ``toxicity.abusive-language``;
  mild swearing the obscenity head reads ("shite", "bollocks": the strongest
  word on the ``mild_obscenities`` list) -> ``toxicity.mild-obscenity``, which
  the shipped pack grades as advice (a council's pack can grade it higher),
  and review when it is aimed at a person named or addressed (``at_person``:
  a word of ``mild_contempt`` whose target is one);
* an allegation of crime, dishonesty or corruption about an identifiable
  person or organisation -> ``toxicity.allegation``.

Abuse quoted in order to condemn it, counter-speech and reclaimed terms pass.
Each signal carries facts, never a severity: ``severe`` (a personal attack
with a severe insult, many insults or an obscene one at a named person),
``at_named_person`` (obscenity aimed at one), ``name_calling`` (an allegation
that labels a person named or addressed: "X is a fraud", which the pack also
grades as a personal attack), ``names_person`` (discrimination in a
post that names a member, a handle or a title, which the pack also grades as a
personal attack), ``of_crime`` (an allegation of
crime or corruption rather than dishonesty), ``by_someone_else`` (a comment
on the councillor's page), the ``target`` (canonical name) and
``target_kind`` that the account patterns group by, the model scores and the
words that drove it. The rule pack grades them.
"""
from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

from ..lexicons import load_lexicon
from ..scoring.base import MODEL_SCORES, target_kind
from ..scoring.factory import backend_name
from ..signals import Signal
from ..targets import (
    COUNCIL, GROUP, ORGANISATION, PARTY, PERSON, POLICY, POLITICAL_KINDS, KindMatcher, Target,
    is_fragment, model_target_hint,
)
from ._framing import disowned, in_speech_frame, negated, only_self_described, rebutted
from ._heads import HeadReading
from .base import Detector
from ._affirmation import affirmed, protects
from ._coercion import PileOnReader, UltimatumReader
from ._leverage import distress_offered, hold_then_caution
from ._menace import menace_aimed, veiled_menace
from ._places import names_a_place
from ._reading import Hit, Reading, overlaps_any as _overlaps_any
from ._violence import ViolenceReader

PERSONAL_ATTACK = "toxicity.personal-attack"
ABUSIVE = "toxicity.abusive-language"
MILD_OBSCENITY = "toxicity.mild-obscenity"
DISCRIMINATION = "toxicity.discrimination"
THREAT = "toxicity.threat"
VEILED_MENACE = "toxicity.veiled-menace"
COERCION = "toxicity.coercion"
ALLEGATION = "toxicity.allegation"

#: the model reads 64 tokens: occlusion beyond this many characters cannot change its score
OCCLUSION_CHARS = 600
#: matches of one phrase list judged per post (each needs its own target resolution)
MAX_HITS_PER_KIND = 12
#: targets named or addressed directly (not "whoever ..." or a role): obscene insults at them are severe
NAMED_SOURCES = frozenset({"roster", "handle", "title", "entity", "second_person"})

#: how a post names someone in particular: the roster, a handle or a title ("Cllr ...")
NAMING_SOURCES = frozenset({"roster", "handle", "title"})

#: the bar the discrimination rule's own head must reach beside the identity head (in heads.json's
#: thresholds; absent, as in older models, it is 0 and the identity head stands alone)
DISCRIMINATION_AGREE = "cue.equality.discrimination.agree"
#: the bar over which the rule's own head lets the identity head stand where the target head reads
#: a policy or a body and no protected group is named (absent: never)
DISCRIMINATION_OVER_POLICY = "cue.equality.discrimination.over_policy"
#: the two heads together: the identity head over this lower bar stands where the rule's own head
#: reads the post at its ``.confirms`` bar (absent, as in older models: never)
IDENTITY_CONFIRMED = "identity_attack.confirmed"
DISCRIMINATION_CONFIRMS = "cue.equality.discrimination.confirms"


class ToxicityDetector(Detector):
    name = "toxicity"
    signals = frozenset({PERSONAL_ATTACK, ABUSIVE, MILD_OBSCENITY, DISCRIMINATION, THREAT, VEILED_MENACE, COERCION, ALLEGATION})

    def __init__(self, context):
        super().__init__(context)
        nlp = context.nlp
        lexicon = load_lexicon("toxicity")
        protected = load_lexicon("protected_characteristics")
        leverage, humiliation = lexicon.get("leverage", {}), lexicon.get("humiliation", {})
        self.resolver = context.targets
        lists = {
            "insult": lexicon["insults"],
            "put_down": lexicon["put_downs"],
            "severe_insult": lexicon["severe_insults"],
            "obscenity": lexicon["obscenities"],
            "obscene_insult": lexicon["obscene_insults"],
            "mild_contempt": lexicon["mild_contempt"],
            "benign": lexicon["benign_phrases"],
            "threat": lexicon["threats"],
            "menace_tag": lexicon["menace_tags"],
            "whereabouts": lexicon["whereabouts"],
            "veiled_threat": lexicon.get("veiled_threats", []),
            # pressure without an order (_leverage): a hold then a caution, distress offered round
            "seat": leverage.get("seats", []),
            "deciding_body": leverage.get("bodies", []),
            "decision": leverage.get("decisions", []),
            "caution": leverage.get("cautions", []),
            "recording": humiliation.get("recordings", []),
            "distress": humiliation.get("distress", []),
            "offer": humiliation.get("offers", []),
            "violent": lexicon["violent_threats"],
            "reporting": lexicon["reporting_cues"],
            "endorse": lexicon["endorsement"],
            "complainant": lexicon["complainant_markers"],
            "complainant_disparagement": lexicon["complainant_disparagement"],
            "witness": lexicon.get("witness_markers", []),
            "complainant_warning": lexicon.get("complainant_warnings", []),
            "allegation_severe": lexicon["allegations_severe"],
            "allegation_dishonesty": lexicon["allegations_dishonesty"],
            "innuendo": lexicon["allegation_innuendo"],
            "innuendo_context": lexicon["innuendo_context"],
            "allegation_idiom": lexicon["allegation_idioms"],
            "counter": lexicon["counter_speech"],
            "exclusion": lexicon["exclusion"],
            "reclaim": lexicon["reclaiming"],
            "group_attack": protected["group_attacks"],
            "attribute_attack": protected["personal_attribute_attacks"],
            "slur": protected["slurs"],
            "pejorative": protected["rebuttal"]["pejoratives"],  # what a rebuttal denies (see _framing.rebutted)
        }
        self.terms = KindMatcher(nlp, lists)
        self.violence = ViolenceReader(lexicon["violence"])
        self.ultimatums = UltimatumReader(lexicon["coercion"])
        self.pile_ons = PileOnReader(lexicon["pile_on"])
        self.place_homonyms = {str(w).lower() for w in protected.get("place_homonyms", [])}
        self.name_calling = {str(w).lower() for w in lexicon.get("name_calling", [])}
        self.masked = [re.compile(p, re.IGNORECASE) for p in lexicon["masked_obscenities"]]
        self.mild = {str(w).lower() for w in lexicon.get("mild_obscenities", [])}
        intensifiers = sorted((str(w).lower() for w in lexicon.get("swearing_intensifiers", [])), key=len, reverse=True)
        #: an intensifier just before a word of contempt ("an absolute pile of shite")
        self.intensified = (re.compile(r"\b(?:" + "|".join(re.escape(w) for w in intensifiers) + r")\W*(?:\w+\W+){0,2}$", re.I)
                            if intensifiers else None)
        self.officer_roles = frozenset(str(w).lower() for w in lexicon["targets"].get("officer_roles", []))
        self.scorer = context.scorer
        self.thresholds = context.thresholds

    @classmethod
    def enabled(cls, config) -> bool:
        return backend_name(config) != "none"

    # -- the detector interface -------------------------------------------------
    def detect(self, doc, post):
        return self.detect_many([doc], [post])[0]

    def detect_many(self, docs, posts):
        scores = [doc.user_data.get(MODEL_SCORES) for doc in docs]
        if self.scorer is not None and any(s is None for s in scores):
            scores = self.scorer.score([doc.text for doc in docs])
        return [_as_comment(post, self.observe(doc, post, s)) for doc, post, s in zip(docs, posts, scores)]

    # -- what the post shows (the rule pack judges it) ------------------------------
    def observe(self, doc, post, scores: Mapping[str, float] | None) -> list[Signal]:
        """The signals and their facts for one parsed post, given the model's scores (or None)."""
        hint = model_target_hint(scores)
        r = Reading.of(doc, self._hits(doc), self.resolver.mentions(doc, post), hint, self.resolver)
        shown = _round(scores)
        violent = [h for h in r.kept("violent") if not negated(doc, h)]
        signals = self._intimidation(r, violent, shown, aimless=target_kind(scores) == "none")
        found, slurs, attribute = self._discrimination(r, post, scores, violent, shown)
        signals += found
        found, aimed, obscene = self._personal_attack(r, post, scores, attribute, shown)
        signals += found
        signals += self._swearing(r, aimed, obscene, slurs, shown)
        signals += self._defamation(r, shown)
        if scores is not None and "insult" in scores:
            raised = {signal.name for signal in signals}
            signals.extend(self._learned(r, scores, raised, shown))
        # discrimination in a post that names a member or a handle is aimed at that person too
        if r.people(NAMING_SOURCES):
            for signal in signals:
                if signal.name == DISCRIMINATION:
                    signal.evidence["names_person"] = True
        return signals

    # -- the families, from the phrase lists and the parse ---------------------------
    def _intimidation(self, r: Reading, violent: list[Hit], shown, aimless: bool = False) -> list[Signal]:
        """A threat (listed, or violence promised), a complainant disparaged, a complainant or witness
        warned; else coercion (an ultimatum, a pile-on, a hold and a caution, distress offered round,
        unless it holds a contract or a policy to account); else veiled menace. A listed threat said of nobody ("tempted to burn
        it down", of the writer's own shed: no one named, addressed or spoken of, and the target head
        reads no target) is not one."""
        doc, kept, asserted = r.doc, r.kept, r.asserted
        someone = bool(r.people(NAMED_SOURCES)) or any(
            t.lower_ in ("you", "your", "ya", "yer", "anyone", "anybody", "whoever") for t in doc)
        aimed = someone or any(t.lower_ in ("him", "her", "them", "he", "she", "they") for t in doc)
        threats = ([] if aimless and not aimed else kept("threat")) + violent
        complainant = r.hits.get("complainant", [])
        disparaged = kept("complainant_disparagement") + kept("insult") + kept("put_down")
        # a complainant or a witness told to think again (code 8.3), whatever the words of the warning
        warned = _warned_in_their_sentence(doc, complainant + r.hits.get("witness", []), kept("complainant_warning"))
        involved = [h for h in warned if h.kind in ("complainant", "witness")]
        if threats or (complainant and disparaged) or (involved and not r.counter):
            if threats:
                cues, why = threats, "a threat"
            elif complainant and disparaged:
                cues, why = complainant + disparaged, "disparages a complainant (someone involved in a Code complaint)"
            else:
                cues, why = warned, "warns a complainant or a witness (someone involved in a Code complaint)"
            who = next((t for t in (r.target(h) for h in cues) if t is not None), None)
            return [self._signal(THREAT, cues, who, f"{why}: {_quoted(doc, cues)}", shown)]
        coercion = [] if r.reported else (
            [("an ultimatum (a sanction of the office, or something of theirs made public)", u) for u in self.ultimatums(doc)]
            + [("a call to hound someone", p) for p in self.pile_ons(doc)]
            + [("a hold over someone (a decision the writer has a hand in), then a caution", h)
               for h in hold_then_caution(doc, kept("seat"), kept("deciding_body"), kept("decision"),
                                          asserted("caution"), someone)]
            + [("someone's distress offered round", h)
               for h in distress_offered(doc, kept("recording"), kept("distress"), asserted("offer"), someone)])
        for what, (start, end, words) in coercion[:1]:
            who = self.resolver.target_of(doc, start, end, r.mentions, r.hint) or next(
                (m for m in r.mentions if m.kind in (PERSON, ORGANISATION) and m.source in NAMED_SOURCES), None)
            if who is not None and who.kind == POLICY:
                break  # "sort it out or hand the contract back": a contract held to account, not a person
            cues = [Hit("coercion", words.lower(), start, end)]
            return [self._signal(COERCION, cues, who, f"{what}: {_quoted(doc, cues)}", shown)]
        if r.reported:
            return []
        tags = [h for h in r.hits.get("menace_tag", []) if not negated(doc, h)]
        named = r.people(NAMED_SOURCES)
        menace = veiled_menace(doc, tags, r.hits.get("whereabouts", []), named)
        if menace is not None:
            cues, who = menace
            return [self._signal(VEILED_MENACE, cues, who, f"a veiled threat: a detail of where {who.text} "
                                 f"lives, their family or their routine, left unfinished: {_quoted(doc, cues)}", shown)]
        implied = menace_aimed(doc, asserted("veiled_threat"), named)
        if implied is not None:
            cues, who = implied
            return [self._signal(VEILED_MENACE, cues, who, f"a veiled threat aimed at {who.text}: {_quoted(doc, cues)}",
                                 shown)]
        return []

    def _discrimination(self, r: Reading, post, scores, violent: list[Hit], shown):
        """Hostile words about a protected group, a slur, or an attack on a person through a protected
        characteristic; else the model's reading. Returns the signals, the slurs and the attribute
        attacks (the other families read them too)."""
        doc, kept = r.doc, r.kept
        group_cues = [h for h in kept("group_attack") + violent if not negated(doc, h)]
        group_hits = self._group_attacks(doc, group_cues, r.mentions, r.counter, r.statements)
        group_hits += [(h, group) for h, group in r.excluded
                       if group is not None and r.own_words(h) and not negated(doc, h)]
        for hit in kept("insult") + kept("obscene_insult"):
            who = r.target(hit)
            if (who is not None and who.kind == GROUP and not r.counter and not negated(doc, hit)
                    and not _across_quote(hit, who, r.statements) and not _names_its_own(doc, hit, who)):
                group_hits.append((hit, who))
        slurs = [h for h in kept("slur")
                 if not r.reclaimed and not (h.term in self.place_homonyms and names_a_place(doc, h))]
        attribute = [(h, r.target(h)) for h in kept("attribute_attack")]
        attribute = [(h, t) for h, t in attribute if t is not None and t.kind == PERSON]
        if group_hits or slurs or attribute:
            cues = [h for h, _ in group_hits] + slurs + [h for h, _ in attribute]
            who = (group_hits[0][1] if group_hits else attribute[0][1] if attribute else None)
            extra = [(g.start, g.end) for _, g in group_hits]
            what = "a slur" if slurs and not group_hits else (
                f"hostile words about {who.text} ({who.characteristic})" if who is not None and who.kind == GROUP
                else f"an attack on {who.name} through a protected characteristic" if who is not None
                else "hostile words about a protected group")
            return ([self._signal(DISCRIMINATION, cues, who, f"{what}: {_quoted(doc, cues)}", shown, extra_spans=extra)],
                    slurs, attribute)
        if scores is not None and not r.reported and self._model_hate(scores):
            signal = self._model_discrimination(doc, post, scores, r.mentions, r.hint, shown, _listed_hostility(r.hits))
            return ([signal] if signal is not None else []), slurs, attribute
        return [], slurs, attribute

    def _personal_attack(self, r: Reading, post, scores, attribute, shown):
        """Insults, put-downs and obscene insults aimed at a person; else the model's reading. Returns the
        signals, the (words, person) pairs aimed and the obscene words (abusive language reads both)."""
        doc, kept = r.doc, r.kept
        obscene = kept("obscenity") + self._masked(doc, r.quotes, r.reported)
        insulting = kept("insult") + kept("put_down") + [h for h, _ in attribute]
        aimed = []
        obscene_insults = kept("obscene_insult") + [h for h in obscene if h.kind == "masked"]
        members = _each_member(doc, r.mentions)
        for hit in insulting + obscene_insults:
            who = r.target(hit)
            if (members is not None and (who is None or who.kind in BODY_KINDS) and _names_someone(doc, hit)
                    and (hit.kind in ("obscene_insult", "masked") or hit.term in self.name_calling)
                    and _said_together(doc, hit, members)):
                who = members  # "Wankers, every single one of the cabinet": an insult at each member
            if who is None or who.kind != PERSON or (hit.kind == "insult" and (negated(doc, hit) or _judges_an_act(r, hit))):
                continue
            if not any(a.start == hit.start for a, _ in aimed):
                aimed.append((hit, who))
        if aimed:
            cues = [h for h, _ in aimed]
            severe = _severe_attack(aimed, bool(kept("severe_insult")))
            return ([self._signal(PERSONAL_ATTACK, cues, aimed[0][1], f"{_quoted(doc, cues)} aimed at {_describe(aimed[0][1])}",
                                  shown, severe=severe)], aimed, obscene)
        if scores is not None and self._model_attack(scores, r.hint):
            signal = self._model_personal_attack(doc, post, scores, r.mentions, r.hint, shown)
            return ([signal] if signal is not None else []), aimed, obscene
        return [], aimed, obscene

    def _swearing(self, r: Reading, aimed, obscene, slurs, shown) -> list[Signal]:
        """Obscenity or a slur whatever the target, and a severe insult at a body or a group ("the cabinet
        are scum": no person to attack, still severely toxic); else mild swearing said to or of a person
        named or addressed ("stop talking shite, @Cllr"). Of a thing, or of whoever did something, mild
        swearing is left to the obscenity head (advice at most)."""
        doc = r.doc
        severe = [h for h in r.asserted("severe_insult")
                  if (who := r.target(h)) is not None and who.kind in BODY_KINDS | {GROUP}]
        if obscene or slurs or severe:
            at_person = any(h.kind in ("obscene_insult", "masked") and w.source in NAMED_SOURCES for h, w in aimed)
            what = "obscene language" if obscene else "a slur" if slurs else "severely toxic language"
            cues = obscene + slurs + severe
            return [self._signal(ABUSIVE, cues, None, f"{what}: {_quoted(doc, cues)}", shown,
                                 at_named_person=at_person)]
        said = [h for h in r.kept("mild_contempt") if not negated(doc, h)]
        words = [h for h in said if not _describes_a_thing(doc, h, r.mentions)]
        at_someone = [(h, w) for h, w in ((h, r.target(h)) for h in words)
                      if w is not None and w.kind == PERSON and w.source in NAMED_SOURCES]
        if not at_someone:
            if not self._sustained(doc, said, words):
                return []  # once, of a thing: left to the obscenity head (advice at most)
            return [self._signal(MILD_OBSCENITY, said, None, f"swearing, repeated or intensified: {_quoted(doc, said)}",
                                 shown, sustained=True)]
        cues, who = [h for h, _ in at_someone], at_someone[0][1]
        return [self._signal(MILD_OBSCENITY, cues, who, f"mild swearing aimed at {_describe(who)}: {_quoted(doc, cues)}",
                             shown, at_person=True)]

    def _sustained(self, doc, said: list[Hit], nouns: list[Hit]) -> bool:
        """Mild swearing past the borderline: two words of contempt, or one said as a noun and
        intensified ("an absolute pile of shite", "pure shite"); not a passing "the consultation is
        bollocks", nor an adjective ("absolute crap weather")."""
        if len({h.start for h in said}) >= 2:
            return True
        return self.intensified is not None and any(self.intensified.search(doc.text[max(0, h.start - 30):h.start])
                                                    for h in nouns)

    def _defamation(self, r: Reading, shown) -> list[Signal]:
        """An allegation about an identifiable person or organisation."""
        allegation = self._allegation(r)
        if allegation is None:
            return []
        cues, who, of_crime = allegation
        kind = "an allegation of crime or corruption" if of_crime else "an allegation of dishonesty"
        name_calling = who.kind == PERSON and who.source in NAMED_SOURCES and any(
            h.term in self.name_calling and _a_label(r.doc, h) for h in cues)
        return [self._signal(ALLEGATION, cues, who, f"{kind} about {_describe(who)}: {_quoted(r.doc, cues)}", shown,
                             of_crime=of_crime, name_calling=name_calling)]

    # -- the learned heads --------------------------------------------------------
    def _learned(self, r: Reading, scores, raised, evidence_scores) -> list[Signal]:
        """Families the phrase lists missed, from the judgement heads on the shared encoder: each
        family's method reads the heads (``_heads.HeadReading``) and skips a family already raised."""
        rescore = self.scorer.score if self.scorer is not None else None
        h = HeadReading(r, scores, self.thresholds, self._model_words, self.resolver, rescore)
        out = self._learned_threat(h, raised, evidence_scores)
        out += self._learned_discrimination(h, raised, evidence_scores)
        found, raised = self._learned_attack(h, raised, evidence_scores)
        out += found
        out += self._learned_allegation(h, raised, evidence_scores)
        out += self._learned_obscenity(h, raised, evidence_scores)
        return out

    def _learned_threat(self, h: HeadReading, raised, shown) -> list[Signal]:
        """A threat, or coercion and veiled menace that the threat head reads low."""
        label = h.first_over("threat", "attack.intimidation")
        if THREAT in raised or label is None:
            return []
        cues, who = h.evidence(label)
        if not cues:
            return []
        return [self._signal(THREAT, cues, who, _learned_why("a threat or intimidation", label, h.scores, h.r.doc, cues, who),
                             shown)]

    def _learned_discrimination(self, h: HeadReading, raised, shown) -> list[Signal]:
        """An attack on people for a protected characteristic, where the identity head and the rule's
        own head agree, and the target head does not read a policy or a body (unless a protected group
        is named or the rule's head is sure). A councillor's own identity ("as a gay man, I ...") is not
        an attack on anyone."""
        doc, mentions, scores, t = h.r.doc, h.r.mentions, h.scores, h.bars
        if DISCRIMINATION in raised:
            return []
        # the target head can read an attack on a group's place of worship or housing as being about a
        # policy or a body: a protected group named in the post settles it
        group_named = any(m.kind == GROUP for m in mentions)
        # the rule's own head must not read the post as plainly outside the rule: the identity head
        # alone also reads an insult at someone with a minority-ethnic name as an identity attack
        rule_head = scores.get("cue.equality.discrimination", 1.0)
        agreed = rule_head >= t.get(DISCRIMINATION_AGREE, 0.0)
        # where the target head reads a policy or a body, the rule's own head, read high, settles it
        # ("Tunde only got picked because they needed a Black face on the leaflet")
        settled = rule_head >= t.get(DISCRIMINATION_OVER_POLICY, 2.0)
        # a coded attack ("only got her seat because they needed a diversity photo") the identity head
        # reads under its bar, with the rule's own head sure of it
        confirmed = (scores.get("identity_attack", 0.0) >= t.get(IDENTITY_CONFIRMED, 2.0)
                     and rule_head >= t.get(DISCRIMINATION_CONFIRMS, 2.0))
        if not (h.over("identity_attack") and agreed or confirmed) or only_self_described(doc.text, mentions) or (
                h.target_kind in ("policy", "organisation") and not group_named and not settled):
            return []
        cues, who = h.evidence("identity_attack")
        if cues and _rebuts(doc, mentions, cues, _listed_hostility(h.r.hits)):
            return []  # "Trans people aren't a threat": the writer argues against the prejudice
        # the identity head also reads strong insults at a political party: with no protected
        # group named, words aimed at a party are an insult, not discrimination
        if not cues or who is not None and who.kind == PARTY and not group_named:
            return []
        return [self._signal(DISCRIMINATION, cues, who if who is not None and who.kind == GROUP else None,
                             _learned_why("an attack on people for a protected characteristic", "identity_attack",
                                          scores, doc, cues, who), shown)]

    def _learned_attack(self, h: HeadReading, raised, shown) -> tuple[list[Signal], set]:
        """An insult, or sustained mockery of a person ("couldn't lead a conga line") that the insult
        head reads low; else degrading words about a body of people, which are abusive language.
        Returns the signals and the families raised so far."""
        doc, mentions, scores = h.r.doc, h.r.mentions, h.scores
        label = h.first_over("insult", "attack.mockery")
        cues, who = h.evidence(label) if PERSONAL_ATTACK not in raised and label is not None else ([], None)
        # the target head's kind, or the words that drove the head pointing at a person the resolver found
        aimed_at_person = h.target_kind in ("named_person", "addressed_person") or (who is not None and who.kind == PERSON)
        if PERSONAL_ATTACK not in raised and label is not None and aimed_at_person:
            what = "an insult" if label == "insult" else "mockery"
            who = who if who is not None and who.kind == PERSON else _first_person(mentions) or _implied_person(scores, mentions)
            if not cues or who is None:
                return [], raised
            return [self._signal(PERSONAL_ATTACK, cues, who,
                                 f"{what} (model {scores[label]:.2f}) aimed at {_describe(who)}: {_quoted(doc, cues)}",
                                 shown, severe=False)], raised
        if (ABUSIVE in raised or PERSONAL_ATTACK in raised or h.target_kind not in ("organisation", "none")
                or not (h.over("insult") or scores.get("offensive", 0.0) >= h.bars["model_attack"])):
            return [], raised
        # degrading words about a body of people (a department, a party's councillors):
        # severely toxic whatever the target, though no one person is named
        if label != "insult":  # the insult head's own words are already read when it is the one over
            cues, _ = h.evidence("insult")
        if not cues:
            return [], raised
        strength = max(scores["insult"], scores.get("offensive", 0.0))
        return [self._signal(ABUSIVE, cues, None, f"degrading language about a group of people (model {strength:.2f}): "
                             f"{_quoted(doc, cues)}", shown, at_named_person=False)], raised | {ABUSIVE}

    def _learned_allegation(self, h: HeadReading, raised, shown) -> list[Signal]:
        """An allegation of wrongdoing about a person or a body the target head reads the post as aimed at."""
        if ALLEGATION in raised or not h.over("allegation"):
            return []
        cues, who = h.evidence("allegation")
        # the target head, or the words that drove the allegation resolving to someone the post names
        # (the target head can read "X drove home drunk and the police let him off" as aimed at no one)
        named = who is not None and who.kind in (PERSON, ORGANISATION) and who.source in NAMING_SOURCES | {"entity"}
        if h.target_kind not in ("named_person", "addressed_person", "organisation") and not named:
            return []
        if who is None or who.kind not in (PERSON, ORGANISATION) and who.kind not in POLITICAL_KINDS:
            who = _first_person(h.r.mentions, organisations=True)
        if not cues or who is None:
            return []
        return [self._signal(ALLEGATION, cues, who, f"an allegation of wrongdoing (model {h.scores['allegation']:.2f}) "
                             f"about {_describe(who)}: {_quoted(h.r.doc, cues)}", shown, of_crime=False)]

    def _learned_obscenity(self, h: HeadReading, raised, shown) -> list[Signal]:
        """Obscene language the lists missed; where its strongest word is mild swearing, the pack grades
        it apart (advice)."""
        if ABUSIVE in raised or MILD_OBSCENITY in raised or not h.over("obscenity"):
            return []
        cues, _ = h.evidence("obscenity")
        if not cues:
            return []
        mild = cues[0].term in self.mild
        return [self._signal(MILD_OBSCENITY if mild else ABUSIVE, cues, None,
                             f"{'mild swearing' if mild else 'obscene language'} (model "
                             f"{h.scores['obscenity']:.2f}): {_quoted(h.r.doc, cues)}",
                             shown, at_named_person=False, at_person=False)]

    # -- parts --------------------------------------------------------------------
    def _hits(self, doc) -> dict[str, list[Hit]]:
        """Phrase-list matches by kind, and violence read from the parse (as ``violent``); a word
        repeated a thousand times is judged on its first few."""
        hits = {
            kind: [Hit(kind, doc[s:e].text.lower(), doc[s:e].start_char, doc[s:e].end_char)
                   for _, s, e in found[:MAX_HITS_PER_KIND]]
            for kind, found in self.terms(doc).items()
        }
        for kind in ("violent", "threat"):  # "we will kill them at the polls" is politics
            if kind in hits:
                hits[kind] = [h for h in hits[kind] if not self.violence.figurative(doc, h.start, h.end)]
        listed = hits.get("violent", []) + hits.get("threat", [])
        promised = [Hit("violent", words.lower(), s, e) for s, e, words in self.violence(doc)[:MAX_HITS_PER_KIND]
                    if not any(h.start < e and s < h.end for h in listed)]
        if promised:
            hits["violent"] = hits.get("violent", []) + promised
        return hits

    def _masked(self, doc, quotes, reported) -> list[Hit]:
        found = []
        text = doc.text  # built from the tokens on every read
        for pattern in self.masked:
            for m in pattern.finditer(text):
                hit = Hit("masked", m.group(0).lower(), m.start(), m.end())
                if reported and any(s <= hit.start and hit.end <= e for s, e in quotes):
                    continue
                if not any(h.start < hit.end and hit.start < h.end for h in found):
                    found.append(hit)
        return found

    def _group_attacks(self, doc, attacks: list[Hit], mentions: Sequence[Target], counter: bool,
                       statements: Sequence[tuple[int, int]] = ()):
        """Hostile predicates with a protected group in the same or the next sentence, in the same
        voice: a group named only inside a quoted statement is what the writer's own words outside
        it judge the statement for ('Someone wrote "…gypsies…" on the wall. Disgusting.')."""
        if counter or not attacks:
            return []
        groups = [t for t in mentions if t.kind == GROUP]
        sentences = [(s.start_char, s.end_char) for s in doc.sents]

        def sentence(char: int) -> int:
            return next((i for i, (a, b) in enumerate(sentences) if a <= char < b), -1)

        found = []
        for hit in attacks:
            near = [g for g in groups if abs(sentence(g.start) - sentence(hit.start)) <= 1
                    and not _across_quote(hit, g, statements)]
            if near:
                found.append((hit, min(near, key=lambda g: abs(g.start - hit.start))))
        return found

    @staticmethod
    def _allegation(r: Reading):
        """``(cues, target, of_crime)`` for the first allegation aimed at someone identifiable, or None."""
        doc, hits, kept, target, mentions = r.doc, r.hits, r.kept, r.target, r.mentions
        idioms = hits.get("allegation_idiom", [])
        # a crime alleged of a party is defamation ("X Party canvassers filled in postal votes");
        # dishonesty alleged of one is politics ("the Lib Dems have been misleading residents")
        for kind, of_crime in (("allegation_severe", True), ("allegation_dishonesty", False)):
            for hit in kept(kind):
                if _overlaps_any(hit, idioms) or negated(doc, hit):
                    continue
                who = target(hit)
                if who is not None and (who.kind in (PERSON, ORGANISATION) or of_crime and who.kind == PARTY):
                    return [hit], who, of_crime
        innuendo = kept("innuendo")
        if innuendo and hits.get("innuendo_context"):
            people = [t for t in mentions if t.kind in (PERSON, ORGANISATION) and t.source != "second_person"]
            if people:
                return innuendo + hits["innuendo_context"][:1], people[0], True
        return None

    def _model_hate(self, scores: Mapping[str, float]) -> bool:
        t = self.thresholds
        return scores.get("hate", 0.0) >= t["hate"] and scores.get("offensive", 0.0) >= t["offensive"]

    def _model_discrimination(self, doc, post, scores, mentions, hint, evidence_scores,
                              pejoratives=()) -> Signal | None:
        """Group hate the phrase lists missed: the model's hate head, a protected group the evidence words aim at."""
        groups = [t for t in mentions if t.kind == GROUP]
        if not groups:
            return None
        spans = self._occlusion(doc.text, "hate")
        who = None
        for start, end in spans:
            found = self.resolver.target_of(doc, start, end, mentions, "group")
            if found is not None and found.kind == GROUP:
                who = found
                break
        cues = [Hit("model", doc.text[s:e].lower(), s, e) for s, e in spans]
        if who is None or all(in_speech_frame(doc, h) or disowned(doc, h) for h in cues) or _rebuts(doc, mentions, cues, pejoratives):
            return None
        return self._signal(
            DISCRIMINATION, cues, who,
            f"hateful language (model {scores.get('hate', 0.0):.2f}) about {who.text} ({who.characteristic}): {_quoted(doc, cues)}",
            evidence_scores, extra_spans=[(who.start, who.end)],
        )

    def _model_attack(self, scores: Mapping[str, float], hint: str | None) -> bool:
        t = self.thresholds
        return (
            scores.get("offensive", 0.0) >= t["model_attack"]
            and scores.get("targeted", 1.0) >= t["targeted"]
            and hint in (None, "individual")
        )

    def _model_personal_attack(self, doc, post, scores, mentions, hint, evidence_scores) -> Signal | None:
        """A personal attack the phrase lists missed, from the model alone, with its evidence words."""
        spans = self._occlusion(doc.text)
        if not spans:
            return None
        who = None
        for start, end in spans:
            who = self.resolver.target_of(doc, start, end, mentions, hint)
            if who is not None:
                break
        if who is None or who.kind != PERSON:
            return None
        cues = [Hit("model", doc.text[s:e].lower(), s, e) for s, e in spans]
        return self._signal(
            PERSONAL_ATTACK, cues, who,
            f"offensive language (model {scores.get('offensive', 0.0):.2f}) aimed at {_describe(who)}: {_quoted(doc, cues)}",
            evidence_scores, severe=False,
        )

    def _model_words(self, doc, label: str, mentions: Sequence[Target]) -> list[tuple[int, int]]:
        """The content words that drove a head, leaving out stop words and the target's own name."""
        attribute = getattr(self.scorer, "attribute", None)
        found = attribute(doc.text, label, top=6) if attribute is not None else []
        spans = [(a, b) for a, b, _ in found] if found else self._occlusion(doc.text, label)
        kept = []
        for start, end in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or all(t.is_stop or t.is_punct for t in span):
                continue
            if any(m.start <= start and end <= m.end and m.source in NAMED_SOURCES for m in mentions):
                continue  # the target's own name is the target, not the evidence
            kept.append((start, end))
        return kept[:3]

    def _occlusion(self, text: str, label: str = "offensive") -> list[tuple[int, int]]:
        """The (at most three) words whose removal lowers ``label`` most, strongest first."""
        from ..scoring.evidence import occlusion_spans

        found = occlusion_spans(self.scorer, text[:OCCLUSION_CHARS], label=label)
        return [(start, end) for start, end, _ in sorted(found, key=lambda f: -f[2])[:3]]

    def _signal(self, name, cues, who, why, scores, extra_spans=(), **facts: bool) -> Signal:
        """A signal with its facts (``severe``, ``at_named_person``, ``of_crime``) for the rule pack to grade."""
        spans = tuple(sorted({(h.start, h.end) for h in cues} | set(extra_spans)))
        evidence: dict[str, Any] = {**facts, "words": sorted({h.term for h in cues})}
        if who is not None:
            evidence.update(who.to_evidence())
            if who.kind == PERSON and (who.role == "officer" or who.source == "role" and who.role in self.officer_roles):
                evidence["at_officer"] = True
        if scores:
            evidence["scores"] = scores
        return Signal(name, spans, why, score=(scores or {}).get("offensive"), evidence=evidence)


def _as_comment(post, signals: list[Signal]) -> list[Signal]:
    """Someone else's words on the councillor's page: the fact the rule pack's modifier reads."""
    if post.kind != "comment":
        return signals
    return [Signal(s.name, s.spans, s.why, s.score, dict(s.evidence, by_someone_else=True)) for s in signals]


def _describes_a_thing(doc, hit: Hit, mentions: Sequence[Target]) -> bool:
    """A word of contempt used as an adjective of a noun that is no person ("the crap weather"): said of
    the thing, whoever else the sentence names."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("amod", "compound"):
        return False
    head = span.root.head
    return not any(m.kind == PERSON and m.start <= head.idx < m.end for m in mentions)


def _judges_an_act(r: Reading, hit: Hit) -> bool:
    """An insulting word said of what happened, not of a person: its subject is "this", "that" or
    "it" ("this is disgusting", "it's a disgrace"), or, in a post that quotes someone's words, it
    stands as a sentence with no verb ("'Cripple' was shouted at ... Disgusting."), the writer's
    verdict on the words quoted."""
    doc = r.doc
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    clause = word.head if word.dep_ in ("acomp", "attr") else word
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("this", "that", "it") and c.tag_ != "WDT"
           for c in clause.children):  # a relative "that" stands for the person ("a man that is a disgrace")
        return True
    sentence = word.sent
    return bool(r.quotes) and word.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") for t in sentence)


def _severe_attack(aimed: Sequence[tuple[Hit, Target]], severe_word: bool) -> bool:
    """The ``severe`` fact of a personal attack: a severe insult, four or more insulting
    words, or an obscene insult at someone named or addressed directly."""
    return (
        severe_word
        or len({hit.term for hit, _ in aimed}) >= 4
        or any(hit.kind in ("obscene_insult", "masked") and who.source in NAMED_SOURCES for hit, who in aimed)
    )


def _first_person(mentions: Sequence[Target], organisations: bool = False) -> Target | None:
    kinds = (PERSON, ORGANISATION, *POLITICAL_KINDS) if organisations else (PERSON,)
    return next((m for m in mentions if m.kind in kinds and m.source != "whoever"), None)


#: how sure the target head must be that a post aims at one person when no mention names them
IMPLIED_PERSON = 0.8


def _implied_person(scores: Mapping[str, float], mentions: Sequence[Target]) -> Target | None:
    """The person a post aims at when no word names them ("Pathetic little man.", "Spineless."):
    the target head's reading, when it is sure, of someone named elsewhere or addressed. Not when
    the post names anything else the words could be aimed at ("the lot of you", the council, a group)."""
    named, addressed = scores.get("target.named_person", 0.0), scores.get("target.addressed_person", 0.0)
    if max(named, addressed) < IMPLIED_PERSON or mentions:
        return None
    # vague names on purpose: the account stage does not join posts on them (it looks for names instead)
    if addressed >= named:
        return Target(PERSON, "you", "", 0, 0, "second_person")
    return Target(PERSON, "someone", "", 0, 0, "implied")


def _learned_why(what: str, label: str, scores, doc, cues, who) -> str:
    aim = f" aimed at {_describe(who)}" if who is not None else ""
    return f"{what} (model {scores[label]:.2f}){aim}: {_quoted(doc, cues)}"


def _across_quote(hit: Hit, mention: Target, statements: Sequence[tuple[int, int]]) -> bool:
    """The mention sits inside a quoted statement that the hostile words are outside of."""
    return any(s <= mention.start and mention.end <= e and not (s <= hit.start and hit.end <= e)
               for s, e in statements)


def _is_in(hit: Hit, others: Sequence[Hit]) -> bool:
    return any(o.start <= hit.start and hit.end <= o.end or hit.start <= o.start and o.end <= hit.end for o in others)


def _quoted(doc, cues: Sequence[Hit]) -> str:
    words = list(dict.fromkeys(doc.text[h.start:h.end] for h in sorted(cues, key=lambda h: h.start)))
    return ", ".join(f"“{w}”" for w in words[:4])


#: the role of a target that is each member of a body (the account stage counts no course of conduct on it)
MEMBERS = "members"
#: bodies of people whose members an obscene insult or a name for a wrongdoer said "every one of them"
#: reaches one by one; a milder word ("Clueless, the lot of you" at a council) is harsh, not a personal attack
BODY_KINDS = frozenset({COUNCIL, PARTY, ORGANISATION})
#: a phrase that takes the members of a body one by one: "every single one of the cabinet", "the lot of
#: them on the Reform benches", "every councillor who voted"
EACH_MEMBER = re.compile(
    r"\b(?:every (?:single |last )?one of|each (?:and every )?one of|each of|the (?:whole )?lot of)\s+"
    r"(?:them|em|'em|you|those|these|that|the|our|your|their)\b(?:\s+(?!(?:is|are|was|were|who|which|that)\b)[\w'’-]+){0,3}"
    r"|\bevery (?:single |last )?(?:councillor|member|officer)s?\b", re.I)
#: what makes the phrase's body one of people: a pronoun for people, or a word for a body of them
PEOPLE_WORDS = re.compile(r"\b(?:them|em|'em|you|cabinet|council|councillors?|committee|benches|group|officers?|"
                          r"members?|board|executive|party|administration|opposition|trustees|directors|managers)\b", re.I)


def _each_member(doc, mentions: Sequence[Target]) -> Target | None:
    """The members of a body taken one by one, as a person the insult is aimed at, or None; "every one of
    the new bins" is no body of people."""
    for match in EACH_MEMBER.finditer(doc.text):
        start, end = match.span()
        if PEOPLE_WORDS.search(match.group(0)) or any(
                m.kind in BODY_KINDS and m.start < end and start < m.end for m in mentions):
            return Target(PERSON, match.group(0), match.group(0), start, end, "each_member", role=MEMBERS)
    return None


def _said_together(doc, hit: Hit, members: Target) -> bool:
    """The insult and the members in one sentence ("Liars, the lot of them"), or in fragments side by side
    ("Wankers. Every single one of the cabinet who voted ..."); not a verdict on a decision beside a call
    on every member to vote ("A disgrace. I'll be voting against it and so should every member")."""
    here = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    there = doc.char_span(members.start, members.end, alignment_mode="expand")
    if here is None or there is None:
        return False
    a, b = here.root.sent, there.root.sent
    if a.start == b.start:
        return True
    side_by_side = a.end == b.start or b.end == a.start
    return side_by_side and is_fragment(a) and is_fragment(b)


def _names_someone(doc, hit: Hit) -> bool:
    """An insult said as a noun ("wankers", "clowns"), not an adjective a thing can take ("useless")."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    return span is not None and span.root.pos_ in ("NOUN", "PROPN") and span.root.dep_ not in ("amod", "compound")


def _describe(who: Target) -> str:
    if who.source == "each_member":
        return f"each member of a body ({who.text})"
    if who.source == "implied":
        return "a person the post points at (named elsewhere, or known to readers)"
    if who.kind == PERSON and who.source == "second_person":
        return "the person addressed" if who.name == "you" else f"the person addressed ({who.name})"
    if who.kind == PERSON:
        role = {"councillor": "a named councillor", "officer": "a named officer",
                "public_office_holder": "a named public office holder"}.get(who.role or "")
        if who.source == "role":
            return f"an identifiable person ({who.text})"
        return f"{role}, {who.name}" if role else f"a named person, {who.name}"
    if who.kind in POLITICAL_KINDS:
        return f"an organisation, {who.name}"
    return who.name


def _round(scores: Mapping[str, float] | None) -> dict[str, float]:
    return {k: round(float(v), 3) for k, v in (scores or {}).items()}


def _a_label(doc, hit) -> bool:
    """The word is said of someone as what they are ("X is a fraud", "you lying crook", "Fraudster."),
    not the name of a deed ("that's fraud", "done for benefit fraud")."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    counted = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in word.children) or word.tag_ == "NNS"
    fragment = word.dep_ == "ROOT" and len([t for t in word.sent if not t.is_punct]) <= 3
    addressed = any(t.lower_ == "you" for t in doc[max(0, span.start - 3):span.start])
    return (word.dep_ in ("attr", "appos") and counted) or fragment or addressed


def _names_its_own(doc, hit, group) -> bool:
    """An insulting noun that is a clause's subject names those it insults ("whatever the trolls
    say"), not a group named elsewhere; "Muslim scroungers take ..." holds its group."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass") or span.root.pos_ not in ("NOUN", "PROPN"):
        return False
    subtree = list(span.root.subtree)
    return not (subtree[0].idx <= group.start and group.end <= subtree[-1].idx + len(subtree[-1]))


def _listed_hostility(hits) -> list[Hit]:
    """The hostile words the lists found that a rebuttal can deny ("Refugees are not vermin"); the
    group-attack phrases are left out, since many carry their own negation ("shouldn't be in")."""
    return [h for kind in ("pejorative", "insult", "slur") for h in hits.get(kind, [])]


def _rebuts(doc, mentions, cues, pejoratives) -> bool:
    """Every sentence naming a protected group (else every evidence word) rebuts a prejudice, or
    every one affirms a group named in it, the words that drove the head lie in those sentences,
    and nothing hostile is listed anywhere ("We need more disabled people on this council")."""
    groups = [m for m in mentions if m.kind == GROUP]
    spans = groups or cues
    if spans and all(rebutted(doc, s, pejoratives) for s in spans):
        return True
    if pejoratives or any(_describes_someone(doc, c) for c in cues if not _overlaps_any(c, groups)):
        return False  # listed hostility, or the head's own words describing someone ("a shrill, hysterical woman")
    affirming = ({_sentence_of(doc, g) for g in groups if affirmed(doc, g)} if groups
                 else {_sentence_of(doc, c) for c in cues if protects(doc, c)})
    return all(_sentence_of(doc, s) in affirming for s in list(spans) + list(cues))


def _describes_someone(doc, hit) -> bool:
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    return span is not None and any(t.dep_ == "amod" and t.head.pos_ in ("NOUN", "PROPN") for t in span)


def _warned_in_their_sentence(doc, involved: list[Hit], warnings: list[Hit]) -> list[Hit]:
    """The people involved in a complaint and the warnings said in their sentence: "Witnesses should ask
    themselves whether it's worth it", "To the residents who gave evidence: your names are on the list".
    A word that only names a thing ("the witness appeal") is nobody."""
    people = [h for h in involved if (span := doc.char_span(h.start, h.end, alignment_mode="expand")) is not None
              and span[-1].dep_ != "compound"]
    found = []
    for person in people:
        said = [w for w in warnings if _sentence_of(doc, w) is not None and _sentence_of(doc, w) == _sentence_of(doc, person)]
        if said:
            found += [person, *said]
    return found


def _sentence_of(doc, hit) -> int | None:
    """The start of the one sentence ``hit`` lies in (None across sentences)."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    sents = {t.sent.start for t in span} if span is not None else set()
    return sents.pop() if len(sents) == 1 else None
