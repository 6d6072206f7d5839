"""Personal data (data-protection.personal-data): the real Presidio engine on the real spaCy parse."""
from __future__ import annotations

import json
import socket

import pytest

from helpers import FIXTURES, facts, words_of
from postcheck import Checker
from postcheck.config import config_from_dict
from postcheck.detectors.personal_data import ENTITIES_KEY, PersonalDataDetector
from postcheck.post import Post

RULE = "data-protection.personal-data"


@pytest.fixture(scope="module")
def pd_checker(fixture_config):
    """The tests' council, with only the personal-data detector (the real rule pack)."""
    return Checker(fixture_config, detectors=[PersonalDataDetector])


def finding(report):
    return next((f for f in report.findings if f.rule == RULE), None)


def severity(checker, text):
    found = finding(checker.check(text))
    return found.severity if found else None


def entity_types(report):
    found = finding(report)
    return {e["type"] for s in found.evidence["signals"] for e in s.get("entities", [])} if found else set()


@pytest.mark.parametrize("text, expected", [
    ("Mrs Patel at 14 Oak Road DA7 4QJ has waited 9 weeks for her care assessment.", "block"),
    ("Really pleased to help Mr Kowalski (NI number QQ 12 34 56 C) get his pension credit sorted.", "block"),
    ("Chased the GP for Mr Abbott today, NHS number 996 030 8243, still no appointment.", "block"),
    ("Car reg KX19 LTD parked across the dropped kerb on Tanners Lane every day this week.", "block"),
    ("@ashmeadmum22 your son's EHCP assessment (ref EHC-3381) goes to panel on Thursday.", "block"),
    ("Little Ellie-Mae (7) from Orchard Hill Primary, who is having treatment for leukaemia, visited today.", "block"),
    ("The family at 17 Hollybush Way are under investigation by the benefit fraud team.", "block"),
    ("The refund went to sort code 20-32-06, account 43918273, not hers.", "block"),
    ("Thanks to Sharon Briggs (sharon.briggs76@example.com) for organising the litter pick!", "review"),
    ("Can't reach the housing officer? Her personal mobile is 07700 900418.", "review"),
    ("Mr R. Gadd of Gravel Hill, DA14 9QX, has complained about me again.", "review"),
    ("Asked the council to fix the damp at 14 Oak Road for Mrs Patel, who has asthma.", "block"),
    ("Social services have visited the family at 17 Hollybush Way twice this week.", "block"),
])
def test_private_personal_data_is_found(pd_checker, text, expected):
    assert severity(pd_checker, text) == expected


def test_roster_names_are_not_personal_data_even_with_health(pd_checker):
    assert finding(pd_checker.check("Cllr Rosa Delgado is recovering in hospital; we wish her well.")) is None
    assert severity(pd_checker, "Mrs Rosa Whitley at 4 Mill Lane is recovering in hospital.") == "block"


def test_the_councillors_own_contact_details_are_allowed(pd_checker):
    own = "Surgery at the Civic Offices, 2 Watling Street. Call me on 020 8000 0000 or email cllr.jones@elmbridgevale.gov.uk."
    assert finding(pd_checker.check(own)) is None
    someone_else = "Surgery cancelled. Call Jim Hollis on 020 8111 2222 or email jim.hollis@example.com."
    assert finding(pd_checker.check(someone_else)).severity == "review"


@pytest.mark.parametrize("text", [
    "Party stuff goes to my campaign address, sam.vale.campaign@example.com, not my council one.",
    "Drop me a line on my council email, cllr.sam.vale@example.com, and I'll add you to the rota.",
    "Ward team: the shared inbox login is vale.wardteam@example.com, password in the usual place.",
])
def test_the_authors_own_other_addresses_and_a_login_name_are_not_a_private_persons(pd_checker, text):
    """An address the writer calls their own ("my campaign address") is theirs; a sign-in name is an
    account's (the credentials rule reads it). Another person's stays personal data."""
    assert finding(pd_checker.check(text)) is None


def test_someone_elses_address_named_as_theirs_is_still_personal_data(pd_checker):
    assert finding(pd_checker.check("Mrs Hartley's email is jean.hartley@example.com if you want to complain.")) is not None
    assert finding(pd_checker.check("My neighbour's mobile is 07700 900123, give him a ring about the hedge.")) is not None


def test_personal_data_allow_list_from_config(fixture_config):
    text = "Bookings for the Vale Lunch Club: ring Maria Russo on 07700 900321."
    plain = Checker(fixture_config, detectors=[PersonalDataDetector])
    assert finding(plain.check(text)) is not None
    raw = {"council": {"name": "Elmbridge Vale"}, "personal_data": {"allow": ["Maria Russo", "07700 900321"]}}
    allowed = Checker(config_from_dict(raw), detectors=[PersonalDataDetector])
    assert finding(allowed.check(text)) is None


def test_special_category_blocks_but_consent_and_first_names_do_not(pd_checker):
    assert severity(pd_checker, "Visited Mrs Janet Hollis at 42 Farrier Close. She is recovering from a stroke.") == "block"
    consented = "Pat (who's happy for me to share this) has waited six weeks for a grab rail after her hip operation."
    assert finding(pd_checker.check(consented)) is None
    assert finding(pd_checker.check("Happy 6th birthday to my little man Tayo!")) is None


def test_a_category_term_the_parser_takes_for_a_name_identifies_nobody(pd_checker):
    """spaCy tags "Universal Credit" at the start of a post as a PERSON: the benefit is not the person."""
    assert severity(pd_checker, "Universal Credit: my surgery on Friday has an adviser who can help with claims.") is None
    assert severity(pd_checker, "Karen Smith on Tilbury Close is on Universal Credit and behind on her rent.") == "block"


def test_redacted_text_replaces_each_entity(pd_checker):
    report = pd_checker.check("Mrs Patel at 14 Oak Road DA7 4QJ has waited 9 weeks for her care assessment.")
    assert report.redacted_text == "[NAME] at [ADDRESS] [POSTCODE] has waited 9 weeks for her care assessment."
    report = pd_checker.check("Her NHS number is 996 030 8243; email her son on tom.abbott@example.com or 07700 900418.")
    assert report.redacted_text == "Her NHS number is [NHS NUMBER]; email her son on [EMAIL] or [PHONE]."
    assert "redacted version" in finding(report).suggestion
    assert pd_checker.check("Road closures on the A2 this weekend.").redacted_text is None


def test_findings_carry_type_span_score_and_presidios_explanation(pd_checker):
    text = "Mrs Patel at 14 Oak Road DA7 4QJ has waited 9 weeks."
    entities = [e for s in finding(pd_checker.check(text)).evidence["signals"] for e in s["entities"]]
    postcode = next(e for e in entities if e["type"] == "UK_POSTCODE")
    assert text[slice(*postcode["span"])] == "DA7 4QJ"
    assert postcode["recognizer"] == "UkPostcodeRecognizer"
    assert postcode["context_word"] == "road"
    assert postcode["score"] > postcode["score_before_context"]
    assert {e["type"] for e in entities} >= {"STREET_ADDRESS", "UK_POSTCODE"}


def test_presidio_uses_the_shared_pipeline_and_parse(pd_checker, monkeypatch):
    detector = pd_checker.detectors[0]
    assert detector.analyzer.nlp_engine.nlp["en"] is pd_checker.nlp

    def no_second_parse(*args, **kwargs):
        raise AssertionError("Presidio parsed the text again")

    monkeypatch.setattr(detector.analyzer.nlp_engine, "process_text", no_second_parse)
    assert severity(pd_checker, "Her NI number is JG 10 37 52 A.") == "block"


def test_no_network_is_needed_for_emails(pd_checker, monkeypatch):
    from postcheck.pii import offline
    from postcheck.pii.engine import PersonalDataAnalyzer

    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    offline.offline_extractor.cache_clear()  # a fresh suffix list, built with the network down
    analyzer = PersonalDataAnalyzer(pd_checker.nlp)
    doc = pd_checker.nlp("Email Sharon on sharon.briggs76@example.co.uk about the litter pick.")
    found = {(r.entity_type, doc.text[r.start:r.end]) for r in analyzer.analyze_doc(doc)}
    assert ("EMAIL_ADDRESS", "sharon.briggs76@example.co.uk") in found
    assert attempts == []  # not even tried: a locked-down network must not slow every check


def test_council_case_reference_patterns_from_config():
    raw = {"council": {"name": "Elmbridge Vale"}, "personal_data": {"case_reference_patterns": [r"\bEV-HSG-\d{5}\b"]}}
    custom = Checker(config_from_dict(raw), detectors=[PersonalDataDetector])
    assert severity(custom, "Housing case EV-HSG-40217 is now with the homelessness team.") == "block"


def test_a_bad_case_reference_pattern_is_a_one_line_error():
    from postcheck.pii.references import CaseReferencePatternError

    raw = {"council": {"name": "Elmbridge Vale"}, "personal_data": {"case_reference_patterns": ["(unclosed"]}}
    with pytest.raises(CaseReferencePatternError, match=r"case_reference_patterns\[1\]"):
        Checker(config_from_dict(raw), detectors=[PersonalDataDetector])


def test_uk_set_meets_its_thresholds():
    from postcheck.pii.evaluate import evaluate

    posts = FIXTURES / "uk_pii_posts.jsonl"
    assert sum(1 for line in posts.read_text(encoding="utf-8").splitlines() if line.strip()) >= 150
    micro = evaluate(posts, "posts", FIXTURES / "uk_pii_council.toml")["all"].micro
    assert micro.recall >= 0.95
    assert micro.precision >= 0.9


@pytest.mark.slow
def test_dev_corpus_rule_precision_recall_and_no_ok_post_blocked(shared_dir):
    posts = [json.loads(line) for line in (shared_dir / "corpora" / "posts.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    checker = Checker(shared_dir / "corpora" / "council.toml", detectors=[PersonalDataDetector])
    drafts = [{k: v for k, v in p.items() if k not in ("expect", "note")} for p in posts]
    tp = fp = fn = 0
    for post, report in zip(posts, checker.check_many(drafts)):
        expect = post["expect"]
        found = finding(report)
        if found and RULE in expect["rules"]:
            tp += 1
        elif found and RULE not in expect.get("allowed", []):
            fp += 1
        elif not found and RULE in expect["rules"]:
            fn += 1
        if found and expect["verdict"] == "ok":
            assert found.severity != "block", post["id"]
    assert tp / (tp + fp) >= 0.9
    assert tp / (tp + fn) >= 0.9


def test_full_checker_reports_the_rule_with_its_redaction(checker):
    report = checker.check("Mrs Patel at 14 Oak Road DA7 4QJ has waited 9 weeks for her care assessment.")
    assert report.verdict == "block"
    assert RULE in report.rules
    assert report.to_dict()["redacted_text"].startswith("[NAME] at [ADDRESS]")


# -- the facts the detector reports (the rule pack grades them) ---------------------------

def test_the_detector_reports_entities_by_type_and_span_never_their_values(fixture_context):
    detector = PersonalDataDetector(fixture_context)
    text = "Mrs Patel at 14 Oak Road DA7 4QJ has waited 9 weeks for her care assessment."
    found = {s.name: s for s in facts(detector, text)}
    assert sorted(found) == ["personal-data.address", "personal-data.special-category"]
    special = found["personal-data.special-category"]
    assert words_of(text, special) == ["Mrs Patel", "14 Oak Road", "DA7 4QJ", "care assessment"]
    assert special.evidence["categories"] == {"health": ["care assessment"]}
    assert [(e["type"], text[slice(*e["span"])]) for e in special.evidence["entities"]] == [
        ("PERSON", "Mrs Patel"), ("STREET_ADDRESS", "14 Oak Road"), ("UK_POSTCODE", "DA7 4QJ")]
    assert words_of(text, found["personal-data.address"]) == ["14 Oak Road", "DA7 4QJ"]
    assert not any(value in repr(special.evidence) for value in ("Patel", "Oak Road", "DA7"))  # values left out
    assert facts(detector, "Cllr Rosa Delgado is recovering in hospital; we wish her well.") == []  # the roster


def test_a_private_contact_is_reported_and_its_entities_left_on_the_parse(fixture_context):
    detector = PersonalDataDetector(fixture_context)
    text = "Thanks to Sharon Briggs (sharon.briggs76@example.com) for organising the litter pick!"
    doc = fixture_context.nlp(text)
    [signal] = detector.detect(doc, Post(text=text))
    assert signal.name == "personal-data.contact" and words_of(text, signal) == ["sharon.briggs76@example.com"]
    assert [e["type"] for e in signal.evidence["entities"]] == ["EMAIL_ADDRESS"] and "severity" not in signal.evidence
    kept = [(e.type, text[e.start:e.end]) for e in doc.user_data[ENTITIES_KEY]]  # for the redaction stage
    assert kept == [("PERSON", "Sharon Briggs"), ("EMAIL_ADDRESS", "sharon.briggs76@example.com")]
    own = "Surgery at the Civic Offices, 2 Watling Street. Call me on 020 8000 0000 or email cllr.jones@elmbridgevale.gov.uk."
    assert facts(detector, own) == []  # the councillor's own published details


# --- a sensitive fact in words no list holds: the fact.special_category head --------------

def _policy_and_entities(fixture_context, text):
    detector = PersonalDataDetector(fixture_context)
    doc = fixture_context.nlp(text)
    from postcheck.pii.entities import PiiEntity

    return detector.policy, [PiiEntity.from_result(r, text) for r in detector.analyzer.analyze_doc(doc)]


def test_the_learned_reading_stands_in_for_the_listed_words_beside_an_identified_person(fixture_context):
    text = "Mrs Janet Okafor at 14 Oak Road has been struggling since the business with her nephew."
    policy, entities = _policy_and_entities(fixture_context, text)
    assert {s.name for s in policy.assess(entities, text).signals} == {"personal-data.address"}  # no listed word
    words = [(text.index("struggling"), text.index("struggling") + len("struggling"))]
    signals = {s.name: s for s in policy.assess(entities, text, (0.91, words)).signals}
    learned = signals["personal-data.learned-special-category"]
    assert "model 0.91" in learned.why and "“struggling”" in learned.why
    assert words[0] in learned.spans


def test_the_learned_reading_alone_identifies_no_one(fixture_context):
    text = "A resident in my ward has been struggling since the business with her nephew."
    policy, entities = _policy_and_entities(fixture_context, text)
    words = [(text.index("struggling"), text.index("struggling") + len("struggling"))]
    assert not [s for s in policy.assess(entities, text, (0.95, words)).signals
                if s.name == "personal-data.learned-special-category"]


def test_the_learned_reading_maps_to_a_block_finding(checker, monkeypatch):
    import postcheck.detectors.personal_data as module

    text = "Mrs Janet Okafor at 14 Oak Road has been struggling since the business with her nephew."
    monkeypatch.setattr(module, "learned_cue", lambda doc, context, label: (0.9, [(text.index("struggling"),
                                                                                   text.index("struggling") + 10)]))
    found = finding(checker.check(text))
    assert found is not None and found.severity == "block"
    assert any(s["signal"] == "personal-data.learned-special-category" for s in found.evidence["signals"])


# --- someone identifiable only in context: the rule's own head ------------------------------

def test_the_in_context_reading_raises_where_no_entity_identifies_anyone(fixture_context):
    text = "Karen on Tilbury Close says her lad is on the autism pathway and the school bus keeps leaving him."
    policy, entities = _policy_and_entities(fixture_context, text)
    assert policy.assess(entities, text).signals == []  # a first name and a street: no entity identifies her
    words = [(text.index("autism"), text.index("autism") + len("autism"))]
    [signal] = policy.assess(entities, text, None, (0.93, words)).signals
    assert signal.name == "personal-data.learned-in-context"
    assert "model 0.93" in signal.why and "“autism”" in signal.why and signal.spans == tuple(words)


def test_the_in_context_reading_adds_nothing_to_another_finding_or_past_consent(fixture_context):
    text = "Thanks to Sharon Briggs (sharon.briggs76@example.com) for organising the litter pick!"
    policy, entities = _policy_and_entities(fixture_context, text)
    names = {s.name for s in policy.assess(entities, text, None, (0.95, [])).signals}
    assert names == {"personal-data.contact"}
    consented = "Pauline on Ferry Lane asked me to share that she is back home after her stroke, with her permission."
    policy, entities = _policy_and_entities(fixture_context, consented)
    assert policy.assess(entities, consented, None, (0.95, [])).signals == []  # "with her permission"


def test_the_in_context_reading_that_rests_on_the_authors_own_number_is_set_aside(fixture_context):
    """The head can read "Ring me on <number>" as someone's private details; where the word it leans on
    most is a contact detail the policy set aside as the author's own, it raises nothing."""
    text = "Ring me any time on 07700 900214 about the bins."
    policy, entities = _policy_and_entities(fixture_context, text)
    number = (text.index("07700"), text.index("07700") + len("07700 900214"))
    assert policy.assess(entities, text, None, (0.95, [number])).signals == []
    other = "Ring Sheila on 07700 900562 about the lunch club."
    policy, entities = _policy_and_entities(fixture_context, other)
    assert policy.assess(entities, other, None, (0.95, [(other.index("07700"), other.index("07700") + 12)])).signals


def test_the_in_context_reading_maps_to_a_review_finding(checker, monkeypatch):
    import postcheck.detectors.personal_data as module

    text = "Karen on Tilbury Close says her lad is on the autism pathway and the school bus keeps leaving him."
    cue = (0.9, [(text.index("autism"), text.index("autism") + 6)])
    monkeypatch.setattr(module, "learned_cue", lambda doc, context, label: cue if label == module.IN_CONTEXT_HEAD else None)
    found = finding(checker.check(text))
    assert found is not None and found.severity == "review"
    assert [s["signal"] for s in found.evidence["signals"]] == ["personal-data.learned-in-context"]


@pytest.mark.parametrize("text", [
    "Karen on Tilbury Close says her lad is on the autism pathway and the school bus keeps leaving him.",
    "Popped in to see Maureen at the end of Larch Walk - she's just been diagnosed with dementia and her daughter is struggling.",
])
def test_the_shipped_head_reads_someone_identifiable_in_context(default_checker, text):
    found = finding(default_checker.check(text))
    assert found is not None and found.severity == "review"
    assert [s["signal"] for s in found.evidence["signals"]] == ["personal-data.learned-in-context"]


@pytest.mark.parametrize("text", [
    "I'm recovering well from my hip operation, thanks for all the kind messages!",
    "Great turnout at the Larch Walk litter pick, thanks Maureen and everyone who came.",
])
def test_the_shipped_head_leaves_own_news_and_thanks_alone(default_checker, text):
    assert finding(default_checker.check(text)) is None


@pytest.mark.parametrize("text", [
    "Council switchboard: 01632 960100. Out-of-hours emergencies: 01632 960199.",
    "Report a missed bin on 01632 960418 or online. That's the council's number, not mine!",
    "Dial-a-ride bookings for the Vale villages are on 01632 960551, weekdays 9 till 4.",
])
def test_a_landline_its_sentence_gives_to_an_organisation_is_not_personal_data(pd_checker, text):
    assert finding(pd_checker.check(text)) is None


@pytest.mark.parametrize("text", [
    "Ring Dave on 01632 960551 if you want the van. He lives above the library.",  # the next sentence is about Dave
    "Call Sharon on 07700 900123, she runs the food bank.",  # a mobile needs the cue just before it
])
def test_a_persons_number_near_an_organisations_name_still_is(pd_checker, text):
    assert severity(pd_checker, text) == "review"


@pytest.mark.parametrize("text", [
    "If anyone rings asking for your password, hang up and ring 01632 960000.",
    "Key safes fitted free for over-75s. Ring 01632 960155 to book one.",
    "Struggling? Talking therapies are free and you can refer yourself. Call 0117 496 0345.",
    "If in doubt, ring us on 01632 960000 before you pay anything.",
    "Report a missed bin on 01632 960400 or at example.org/bins.",  # a service line: report, book, order
    "Book a bulky waste collection on 01632 960401.",
])
def test_a_landline_offered_to_whoever_reads_the_post_is_not_personal_data(pd_checker, text):
    assert finding(pd_checker.check(text)) is None


@pytest.mark.parametrize("text", [
    "Mrs Patel keeps complaining. Ring Dave on 01632 960111 and he'll sort it.",  # given with the person
    "Her landline is 01632 960111, ring her and tell her what you think.",
    "Ring 07700 900123 and tell him what you think of his hedge.",  # a mobile is a person's
    "Report him to his landlord on 01632 960111.",  # someone reported to a person, not a service
])
def test_a_number_given_with_a_person_or_a_mobile_still_is(pd_checker, text):
    assert severity(pd_checker, text) == "review"


def test_a_one_word_mailbox_its_sentence_gives_to_an_organisation_is_not_personal_data(pd_checker):
    assert finding(pd_checker.check("The council's new email for flood reports is floods@example.com. Save it.")) is None
    # a mailbox of a person's name parts is theirs, whatever else the sentence names
    assert severity(pd_checker, "Council tenant Jo Bloggs, jo.bloggs@example.com, has complained again.") == "review"


@pytest.mark.parametrize("text", [
    "Happy 100th to a Tetsby lady who's lived on the marsh all her life. Her family asked me not to name her.",
    "Please don't share the name of the young lad in the crash on the A48. His family have asked for privacy.",
])
def test_someone_the_writer_declines_to_name_is_not_identifiable(default_checker, text):
    assert finding(default_checker.check(text)) is None


@pytest.mark.parametrize("text, expected", [
    ("Biggest leek at the show goes to Norman Teasdale of Beck Cottage, Thackby. Mint!", "review"),
    ("Winner of the marrow show: Sheila Doughty, HP97 4LT. A record-breaker!", "review"),
    ("Well done to Ellie Nixon and Ava Coulthard in Year 5 at Wallstead First for their poem!", "block"),
    ("Well done to Cerys and Megan Roberts (Year 5, Bryncaer CP) for their poster.", "block"),
    ("Prayers for little Osian, aged six, who starts chemo this week.", "block"),
    ("Albert and June Tidmarsh of Springfield Close, Sutworth are celebrating 60 years married today!", "review"),
    ("Our new crossing patrol, Sue Barnard, 61, of Nightingale Way, is doing a brilliant job.", "review"),
])
def test_a_house_street_or_postcode_after_a_name_and_a_named_childs_school_year_identify(pd_checker, text, expected):
    assert severity(pd_checker, text) == expected


@pytest.mark.parametrize("text", [
    "Lovely to meet Jane Smith of Acme Cottage Holidays at the business breakfast.",  # a business
    "Great to visit Year 5 at Hillside Primary today.",  # no child named
    "Thanks to Mrs Jones in Year 5 for the tour.",  # a teacher, by her title
    "Met Tom Smith at the Town Hall today about the parking.",
    "Great to meet Dave Smith of Mill Lane Motors at the business breakfast.",  # a business on the street
    "Thanks to Jim Hardy from Station Road Surgery for the talk on flu jabs.",  # a building
    "Cllr Pat Jones of Mill Lane ward spoke well tonight.",  # a ward
])
def test_a_business_a_class_or_a_teacher_does_not(pd_checker, text):
    assert finding(pd_checker.check(text)) is None


def test_a_first_name_with_the_job_only_one_person_does_identifies_them(pd_checker):
    assert severity(pd_checker, "Get well soon to Gary on the council's bin rounds. Heard his cancer's back.") == "block"
    assert finding(pd_checker.check("Get well soon to Gary, who hurt his knee at five-a-side.")) is None


def test_schoolchildren_named_anywhere_in_their_sentence_are_children(pd_checker):
    text = "Well done to two Year 5 girls from Hawksheugh First School, Millie Dodds and Ava Charlton, who raised £600!"
    assert severity(pd_checker, text) == "block"
    assert finding(pd_checker.check("Thanks to Mrs Jones in Year 5 for the tour.")) is None  # the teacher


@pytest.mark.parametrize("text, house", [
    ("Biggest leek at the show goes to Norman Teasdale of Beck Cottage, Thackby.", "Beck Cottage"),
    ("Winner of the marrow show: Sheila Doughty, HP97 4LT. A record-breaker!", "HP97 4LT"),
    ("Albert and June Tidmarsh of Springfield Close, Sutworth are celebrating 60 years married.", "Springfield Close"),
])
def test_the_house_after_a_name_is_the_span_the_finding_points_at(fixture_context, text, house):
    signals = [s for s in facts(PersonalDataDetector(fixture_context), text) if s.name == "personal-data.address"]
    assert [words_of(text, s) for s in signals] == [[house]]


def test_a_match_result_is_not_a_house_number_and_street(pd_checker):
    """"Redlow 24, Marches Vale 10" reads like "24, Marches Vale"; a house number and street said of a household still is one."""
    assert finding(pd_checker.check("Redlow 24, Marches Vale 10. Proper performance from the pack.")) is None
    assert severity(pd_checker, "The family at 24, Marches Vale have had their bins missed again.") == "review"


def test_a_named_person_in_a_named_hospital_after_a_stroke_is_health_data(pd_checker):
    text = "Thoughts with Bill Chamings of Shellmouth, in North Devon District Hospital after a stroke on Sunday."
    assert severity(pd_checker, text) == "block"
    assert finding(pd_checker.check("Visited the new wing at North Devon District Hospital today with the cabinet member.")) is None


def _results(found) -> list:
    return sorted((r.entity_type, r.start, r.end, round(r.score, 6)) for r in found)


def test_a_text_without_digits_skips_only_recognizers_that_could_find_nothing(pd_checker):
    """The recognizers of numbers, codes and postcodes are not run on a text with no digit: on every
    digit-free post of the fixtures the results are those of running every recognizer."""
    from postcheck.pii.engine import LANGUAGE, NEED_A_DIGIT

    analyzer = pd_checker.detectors[0].analyzer
    assert NEED_A_DIGIT.isdisjoint(analyzer.without_digits) and "PERSON" in analyzer.without_digits
    texts = [json.loads(line)["text"] for name in ("uk_pii_posts.jsonl", "detector_posts_a.jsonl", "detector_posts_b.jsonl",
                                                   "hard_negatives.jsonl", "toxicity_posts.jsonl")
             for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    digit_free = [t for t in texts if not any(c.isdigit() for c in t)]
    assert len(digit_free) >= 200
    for doc in pd_checker.nlp.pipe(digit_free):
        every = analyzer.engine.analyze(doc.text, language=LANGUAGE, nlp_artifacts=analyzer.nlp_engine.artifacts(doc),
                                        score_threshold=analyzer.score_threshold)
        assert _results(analyzer.analyze_doc(doc)) == _results(every), doc.text
