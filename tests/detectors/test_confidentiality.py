"""confidentiality.disclosure (postcheck/detectors/confidentiality.py): positives, hard negatives, registers, and scores.

Checked with only the confidentiality and predetermination detectors, so that
their figures are their own.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from postcheck.detectors.confidentiality import ConfidentialityDetector
from helpers import assert_scores, facts, finding, words_of

CONF = "confidentiality.disclosure"


@pytest.mark.parametrize("text, severity, span_text", [
    ("Between you and me, the depot sale is done.", "review", "Between you and me"),
    ("Leaked papers show the cabinet will close two libraries.", "review", "Leaked"),
    ("Off the record: the Part 2 item went badly.", "review", "Off the record"),
    ("Project Falcon is about to be signed, exciting!", "block", "Project Falcon"),
    ("project falcon is about to be signed", "block", "project falcon"),
    ("Told in CONFIDENCE by a neighbour: the family at number 4 are being evicted.", "review", "in CONFIDENCE"),
])
def test_confidentiality_positives(core, text, severity, span_text):
    hit = finding(core.check(text), CONF)
    assert hit is not None and hit.severity == severity
    assert any(span_text in text[s:e] for s, e in hit.spans)


@pytest.mark.parametrize("text", [
    "Residents can contact me in confidence about any problem.",
    "My surgery is confidential.",
    "Please get in touch – in confidence – if you are living with damp.",
    "Confidential waste collection day at the community centre on Saturday.",
    "This council keeps far too much in Part 2; I'm moving a motion to publish every exempt report.",
    "Water leak on Mill Street reported to Thames Water.",
])
def test_confidentiality_innocent_uses_pass(core, text):
    assert finding(core.check(text), CONF) is None


@pytest.mark.parametrize("text", [
    "Village halls fund: every hall needs help. Hollinbank's roof leaks like a sieve.",
    "Leaked: my kitchen tap. Plumber's coming Tuesday.",
    "New bus shelter is in. Seats, a timetable and a roof that doesn't leak.",
    "Embargo lifted: the council can finally confirm the bandstand restoration.",
    "The embargo's lifted: £2.4m for sea defences at the harbour.",
])
def test_a_leak_of_water_or_an_embargo_lifted_is_no_secret(core, text):
    assert finding(core.check(text), CONF) is None


@pytest.mark.parametrize("text", [
    "Leaked report: the pipes at the depot need £2m of work and nobody was told.",  # the report is what leaked
    "Embargoed until Friday: £2.4m for sea defences at the harbour.",
])
def test_papers_leaked_or_an_embargo_still_on_are(core, text):
    assert finding(core.check(text), CONF) is not None


@pytest.mark.parametrize("text, raised", [
    ("Exempt? No. The depot valuation is in the public reports pack, page 40.", False),
    ("Closed session? Nope: the licensing hearing is in public at 10am. Come along.", False),
    ("Leaked? Nah, the operator published the timetable this morning. It's just bad.", False),
    ("Leaked? Yes. The depot valuation came in at half what we were told.", True),  # asked and confirmed
    ("Exempt item tonight on the depot: the valuation came in at half what we were told. Shocking.", True),
])
def test_a_marker_asked_about_and_denied_at_once_is_not_a_disclosure(core, text, raised):
    assert (finding(core.check(text), CONF) is not None) is raised


@pytest.mark.parametrize("text, denied", [
    ("Leaked? Nope, it was published this morning.", True),
    ("Leaked? Not at all: it is in the public pack.", True),
    ("Leaked? No idea how, but here it is.", False),  # "no idea" answers nothing
    ("Leaked? No doubt someone will say so.", False),
    ("Leaked? Yes, and here it is.", False),
])
def test_what_counts_as_denying_a_marker_asked_about(fixture_context, text, denied):
    from postcheck.detectors.confidentiality import _asked_then_denied

    doc = fixture_context.nlp(text)
    assert _asked_then_denied(doc[0:1]) is denied


def test_schedule_12a_category_needs_a_disclosure_cue(core):
    assert finding(core.check("The council has offered £90k to the former head of parks to go quietly."), CONF)
    assert finding(core.check("Legal advice matters: the council should always take it before a big decision."), CONF) is None


def test_held_out_posts_of_our_own(core_held_out):
    """Posts written for the tests (fixtures/core_rules_posts.jsonl), not used to write the lexicons."""
    assert_scores(core_held_out, CONF, 0.9)
    assert core_held_out.confusion["ok"]["block"] == 0


@pytest.mark.slow
def test_development_corpus(core_corpus):
    assert_scores(core_corpus, CONF, 0.9)
    assert core_corpus.confusion["ok"]["block"] == 0

# -- the facts the detector reports (the rule pack grades them) ---------------------------

def test_a_register_entry_is_named_as_the_register_spells_it(fixture_context):
    detector = ConfidentialityDetector(fixture_context)
    text = "project falcon is about to be signed, exciting!"
    [signal] = facts(detector, text)
    assert signal.name == "confidentiality.register" and words_of(text, signal) == ["project falcon"]
    assert signal.evidence == {"register": "confidential_terms", "entry": "Project Falcon"}
    marker = "Between you and me, the depot sale is done."
    [signal] = facts(detector, marker)
    assert signal.name == "confidentiality.marker" and words_of(marker, signal) == ["Between you and me"]
    assert signal.evidence == {"phrase": "between you and me"}
    assert facts(detector, "Residents can contact me in confidence about any problem.") == []


def test_an_exempt_category_names_its_schedule_12a_category_and_the_cue(fixture_context):
    detector = ConfidentialityDetector(fixture_context)
    text = "The council has offered £90k to the former head of parks to go quietly."
    signals = facts(detector, text)
    assert {s.name for s in signals} == {"confidentiality.exempt-category"}
    assert {s.evidence["phrase"]: s.evidence["category"] for s in signals} == {
        "former head of": "individuals", "go quietly": "financial affairs"}
    for signal in signals:  # the category's words, then the disclosure cue
        assert words_of(text, signal) == [signal.evidence["phrase"], "The council has offered"]
    assert facts(detector, "Legal advice matters: the council should always take it before a big decision.") == []


# -- a conversational aside needs the disclosure head; a document's status does not -------

def test_an_aside_counts_only_where_the_head_reads_a_disclosure(scored_context, fixture_context):
    """"Between you and me" before a joke passes with the embedded model and counts without it;
    before the depot sale it counts either way; "leaked" is a document's status and stands alone."""
    scored = ConfidentialityDetector(scored_context)
    head = scored_context.thresholds["cue.confidentiality.disclosure"]
    joke = "Between you and me, the chippy on Mill Lane does the best scraps in the borough."
    assert scored_context.scorer.score([joke])[0]["cue.confidentiality.disclosure"] < head
    assert facts(scored, joke) == []
    assert [s.name for s in facts(ConfidentialityDetector(fixture_context), joke)] == ["confidentiality.marker"]

    sale = "Between you and me, the Part 2 papers say the depot is going to Acme for half its value."
    signals = facts(scored, sale)
    assert "confidentiality.marker" in {s.name for s in signals}
    assert any(s.evidence.get("phrase") == "between you and me" and "model" in s.evidence for s in signals)

    leak = "Leaked: the library review recommends closing two branches."
    low = replace(scored_context)
    low.thresholds["cue.confidentiality.disclosure"] = 1.01  # the head agrees with nothing ...
    assert [s.evidence["phrase"] for s in facts(ConfidentialityDetector(low), leak)] == ["leaked"]  # ... and yet


def test_an_argument_for_openness_passes_with_the_shipped_model(checker):
    text = "Off the record? There's no such thing for a councillor. Ask me anything at Thursday's public meeting."
    assert CONF not in checker.check(text).rules
