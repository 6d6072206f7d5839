"""The rule pack is the one judge: levels from declared facts, then the pack's modifiers."""
from __future__ import annotations

import textwrap

import pytest

from postcheck.assembly import known_signals, load_pack
from postcheck.config import Config
from postcheck.rules import RulePackError, judge, load_rule_pack
from postcheck.signals import Signal


@pytest.fixture(scope="module")
def pack():
    return load_pack(Config())


def levels(pack, *signals: Signal) -> dict[str, str]:
    return {f.rule: f.severity for f in judge(pack, signals)}


def attack(**facts) -> Signal:
    return Signal("toxicity.personal-attack", ((0, 5),), "an insult", evidence=dict(facts))


def test_a_fact_named_in_block_when_raises_the_level(pack):
    assert levels(pack, attack(severe=False)) == {"respect.personal-attack": "review"}
    assert levels(pack, attack(severe=True)) == {"respect.personal-attack": "block"}
    assert levels(pack, attack()) == {"respect.personal-attack": "review"}  # a missing fact is false


def test_a_fact_named_in_review_when_raises_advice_to_review_never_lowers(pack):
    def mild(**facts) -> Signal:
        return Signal("toxicity.mild-obscenity", ((0, 5),), "mild swearing", evidence=dict(facts))

    assert levels(pack, mild()) == {"respect.abusive-language": "advice"}
    assert levels(pack, mild(at_person=True)) == {"respect.abusive-language": "review"}


def test_review_when_reads_back_and_never_lowers_a_higher_level(tmp_path):
    pack = load_rule_pack(write(tmp_path, "{severity: block, review_when: at_person}"), known_signals())
    level = pack.rules["demo.rule"].signals["toxicity.personal-attack"]
    assert level.describe() == "block, review when at person"
    assert level.to_json() == {"severity": "block", "review_when": ["at_person"]}
    assert levels(pack, attack(at_person=True)) == {"demo.rule": "block"}


def test_a_signal_with_only_when_counts_for_that_rule_only_when_the_fact_holds(pack):
    assert levels(pack, attack()) == {"respect.personal-attack": "review"}
    assert levels(pack, attack(at_officer=True)) == {"respect.personal-attack": "review",
                                                     "officers.impartiality": "review"}


def test_someone_elses_comment_is_capped_at_review(pack):
    threat = Signal("toxicity.threat", ((0, 5),), "a threat")
    assert levels(pack, threat) == {"bullying.intimidation": "block"}
    assert levels(pack, Signal("toxicity.threat", ((0, 5),), "a threat", evidence={"by_someone_else": True})) == {
        "bullying.intimidation": "review"}
    assert levels(pack, attack(severe=True, by_someone_else=True)) == {"respect.personal-attack": "review"}


def test_amplified_content_is_one_level_below_its_source(pack):
    def amplified(level: str) -> Signal:
        return Signal("association.amplified", (), "x", evidence={"amplified_severity": level, "amplified_from": "repost"})

    assert levels(pack, amplified("block")) == {"association.endorsed-content": "review"}
    assert levels(pack, amplified("review")) == {"association.endorsed-content": "advice"}
    assert levels(pack, amplified("advice")) == {"association.endorsed-content": "advice"}  # never below advice


def test_each_signal_in_a_finding_records_the_level_the_pack_gave_it(pack):
    finding = judge(pack, [attack(severe=False), attack(severe=True)])[0]
    assert [s["severity"] for s in finding.evidence["signals"]] == ["block", "review"]
    assert finding.severity == "block"


def test_the_council_override_still_wins(pack):
    from dataclasses import replace

    rule = replace(pack.rules["respect.personal-attack"], override="advice")
    pack2 = load_pack(Config())
    pack2.rules[rule.id] = rule
    pack2.by_signal["toxicity.personal-attack"] = [rule]
    assert levels(pack2, attack(severe=True)) == {"respect.personal-attack": "advice"}


def test_the_checker_grades_a_severe_attack_and_someone_elses_comment():
    from postcheck import Checker

    checker = Checker()
    text = "Cllr Jones is a lying idiot, a moron and a useless scumbag."
    own = checker.check(text)
    comment = checker.check({"text": text, "kind": "comment", "author": "@resident"})
    signal = next(f for f in own.findings if f.rule == "respect.personal-attack").evidence["signals"][0]
    assert signal["severe"] is True and signal["severity"] == "block"
    assert own.verdict == "block" and comment.verdict == "review"


# -- validation -------------------------------------------------------------------------------

PACK = """\
code: demo
clauses:
  "1.1": {{title: "Respect", text: "I treat other councillors with respect."}}
golden_rules: {{}}
{modifiers}
rules:
  - id: demo.rule
    title: "Demo"
    scope: post
    severity: review
    signals:
      toxicity.personal-attack: {level}
    explanation: "x {{why}}"
    suggestion: "y"
"""


def write(tmp_path, level: str, modifiers: str = "") -> str:
    path = tmp_path / "demo.yaml"
    path.write_text(PACK.format(level=level, modifiers=textwrap.dedent(modifiers)), encoding="utf-8")
    return path


@pytest.mark.parametrize("level, message", [
    ("from-signal", "'from-signal' is retired"),
    ("{severity: review, severity_from: x}", "exactly one of"),
    ("{block_when: severe}", "exactly one of"),
    ("{severity: severe}", "severity: must be one of"),
    ("{severity: review, block_when: [1]}", "block_when: must name a fact"),
    ("{severity: review, only_when: 'not a fact'}", "only_when: must name a fact"),
    ("{severity: advice, review_when: [2]}", "review_when: must name a fact"),
    ("{severity: review, when: severe}", "unknown key 'when'"),
])
def test_a_bad_signal_level_names_file_and_key(tmp_path, level, message):
    path = write(tmp_path, level)
    with pytest.raises(RulePackError, match=message) as err:
        load_rule_pack(path, known_signals())
    assert str(path) in str(err.value) and "rules.demo.rule.signals.toxicity.personal-attack" in str(err.value)


@pytest.mark.parametrize("modifiers, message", [
    ("modifiers: {when: x, cap: review}\n", "must be a list"),
    ("modifiers:\n  - {when: x}\n", "needs 'cap' or 'lower'"),
    ("modifiers:\n  - {when: x, cap: severe}\n", "cap: must be one of"),
    ("modifiers:\n  - {when: x, lower: 5}\n", "lower: must be 0, 1 or 2"),
    ("modifiers:\n  - {when: 'not a fact', lower: 1}\n", "when: must name a fact"),
    ("modifiers:\n  - {when: x, lower: 1, because: y}\n", "unknown key 'because'"),
])
def test_a_bad_modifier_names_file_and_key(tmp_path, modifiers, message):
    path = write(tmp_path, "review", modifiers)
    with pytest.raises(RulePackError, match=message) as err:
        load_rule_pack(path, known_signals())
    assert str(path) in str(err.value)


def test_a_custom_pack_with_its_own_modifier_judges_by_it(tmp_path):
    path = write(tmp_path, "{severity: advice, block_when: [severe, repeated]}",
                 "modifiers:\n  - {when: by_someone_else, lower: 1}\n")
    pack = load_rule_pack(path, known_signals())
    assert levels(pack, attack()) == {"demo.rule": "advice"}
    assert levels(pack, attack(repeated=True)) == {"demo.rule": "block"}
    assert levels(pack, attack(severe=True, by_someone_else=True)) == {"demo.rule": "review"}


def test_only_when_reads_back_in_explain_and_json(tmp_path):
    pack = load_rule_pack(write(tmp_path, "{severity: review, only_when: at_officer}"), known_signals())
    level = pack.rules["demo.rule"].signals["toxicity.personal-attack"]
    assert level.describe() == "review, only when at officer"
    assert level.to_json() == {"severity": "review", "only_when": ["at_officer"]}
    assert levels(pack, attack()) == {}
