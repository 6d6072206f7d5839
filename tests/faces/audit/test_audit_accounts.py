"""Account-level rules: grouping of targets, the three patterns, findings through the rule pack."""
from __future__ import annotations

import pytest

from postcheck import account
from postcheck.account import post_account_facts
from postcheck.account.groups import TargetGroups
from postcheck.assembly import load_pack
from postcheck.audit.account_eval import evaluate_accounts
from postcheck.config import load_config
from postcheck.evaluation import read_labelled
from postcheck.people import People
from postcheck.post import Post
from postcheck.report import Finding
from helpers import FIXTURES



@pytest.fixture(scope="module")
def config():
    return load_config(FIXTURES / "audit_council.toml")


@pytest.fixture(scope="module")
def people(config):
    return People(config)


@pytest.fixture(scope="module")
def pack(config):
    return load_pack(config)


def finding(rule: str, signal: dict, severity: str = "review") -> Finding:
    return Finding(rule, rule, severity, [(0, 5)], [], [], "", "", {"signals": [signal]})


def hostile(target: str | None, rule: str = "respect.personal-attack", kind: str = "person") -> list[Finding]:
    signal = {"signal": "toxicity.personal-attack", "why": "an insult"}
    if target is not None:
        signal.update(target=target, target_kind=kind)
    return [finding(rule, signal)]


def clean() -> list[Finding]:
    return []


def analyse(posts: list[dict], findings: list[list[Finding]], pack, people):
    """The account stage as the pipeline feeds it: each post's account facts from its findings."""
    facts = [post_account_facts(Post.from_dict(p), f, {}, people) for p, f in zip(posts, findings)]
    return account.analyse(posts, facts, pack, people)


def post(i: int, author: str, text: str = "…", **extra) -> dict:
    return {"id": f"p{i}", "author": author, "text": text, "created_at": f"2025-03-{i + 1:02d}T10:00:00+00:00", **extra}


def rules_by_post(findings) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for item in findings:
        for pid in item.finding.posts:
            out.setdefault(pid, set()).add(item.finding.rule)
    return out


def test_handle_title_and_full_name_of_one_councillor_are_one_target(people):
    groups = TargetGroups(people)
    keys = [groups.add_post([m])[0] for m in ("@AmirKhanCllr", "Cllr Khan", "Amir Khan")]
    assert len({groups.find(k) for k in keys}) == 1
    assert groups.name_of(keys[0]) == "Amir Khan"


def test_name_variants_outside_the_roster_are_joined(people):
    groups = TargetGroups(people)
    a = groups.add_post(["@HollinWatchDev", "Dev"])  # addressed two ways in one post
    b = groups.add_post(["Dev Sharma"])
    groups.link_variants()
    assert groups.find(a[0]) == groups.find(a[1]) == groups.find(b[0])


def test_a_first_name_joins_the_roster_person_the_account_also_names_in_full(people):
    """ "Rosa, you were frit…" then "Cllr Rosa Delgado again…": one person, though the roster alone cannot
    tell who a bare first name is."""
    groups = TargetGroups(people)
    first, full = groups.add_post(["Rosa"])[0], groups.add_post(["Rosa Delgado"])[0]
    other = groups.add_post(["Amir Khan"])[0]
    groups.link_variants()
    assert groups.find(first) == groups.find(full) != groups.find(other)
    assert groups.name_of(first) == "Rosa Delgado"


def test_a_first_name_two_targets_share_joins_neither(people):
    groups = TargetGroups(people)
    first = groups.add_post(["Tom"])[0]
    a, b = groups.add_post(["Tom Fairweather"])[0], groups.add_post(["Tom Okafor"])[0]
    groups.link_variants()
    assert len({groups.find(first), groups.find(a), groups.find(b)}) == 3


def test_different_people_stay_apart(people):
    groups = TargetGroups(people)
    a, b = groups.add_post(["Amir Khan"])[0], groups.add_post(["Rosa Delgado"])[0]
    groups.link_variants()
    assert groups.find(a) != groups.find(b)


def test_two_hostile_posts_at_one_person_are_a_course_of_conduct(pack, people):
    posts = [post(0, "@TomFairweatherInd"), post(1, "@TomFairweatherInd"), post(2, "@TomFairweatherInd")]
    reports = [hostile("@AmirKhanCllr"), hostile("Amir Khan"), clean()]
    findings = analyse(posts, reports, pack, people)
    assert len(findings) == 1
    finding = findings[0].finding
    assert (finding.rule, finding.severity, finding.posts) == ("harassment.repeated-target", "block", ["p0", "p1"])
    assert [q.id for q in finding.clauses] == ["2.2", "2.1"] and finding.clauses[0].text  # clause text comes along
    assert "Amir Khan" in finding.explanation and findings[0].account == "@TomFairweatherInd"


def test_one_hostile_post_each_at_different_people_is_not(pack, people):
    posts = [post(0, "@AmirKhanCllr"), post(1, "@AmirKhanCllr")]
    assert analyse(posts, [hostile("Tom Fairweather"), hostile("Dev Sharma")], pack, people) == []


def test_hostility_at_a_group_or_policy_is_not_a_personal_target(pack, people):
    posts = [post(0, "@RosaDelgadoLD"), post(1, "@RosaDelgadoLD")]
    reports = [hostile("the cabinet", kind="group"), hostile("parking policy", kind="policy")]
    assert analyse(posts, reports, pack, people) == []


def test_same_target_by_different_authors_is_not_one_course_of_conduct(pack, people):
    posts = [post(0, "@TomFairweatherInd"), post(1, "@RosaDelgadoLD")]
    assert analyse(posts, [hostile("Amir Khan"), hostile("Amir Khan")], pack, people) == []


def test_without_target_evidence_the_people_named_are_used(pack, people):
    posts = [post(0, "@TomFairweatherInd", "@AmirKhanCllr you are a weasel"),
             post(1, "@TomFairweatherInd", "Cllr Khan is a liar")]
    findings = analyse(posts, [hostile(None), hostile(None, "defamation.allegation")], pack, people)
    assert [f.finding.rule for f in findings] == ["harassment.repeated-target"]


def test_a_comment_with_only_advice_stays_up(pack, people):
    """Mild swearing (advice) in someone else's comment is not one to remove; review is."""
    posts = [post(0, "Gary Stone", kind="comment", page="@CllrJaneJones"),
             post(1, "Mary Hill", kind="comment", page="@CllrJaneJones")]
    mild = [finding("respect.abusive-language", {"signal": "toxicity.mild-obscenity", "why": "mild swearing"}, "advice")]
    strong = [finding("respect.abusive-language", {"signal": "toxicity.abusive-language", "why": "obscene language"})]
    findings = analyse(posts, [mild, strong], pack, people)
    assert [(f.finding.rule, f.finding.posts) for f in findings] == [("moderation.third-party-comments", ["p1"])]


def test_abusive_comments_by_others_on_a_page_are_for_removal(pack, people):
    posts = [post(0, "Gary Stone", kind="comment", page="@CllrJaneJones"),
             post(1, "Mary Hill", kind="comment", page="@CllrJaneJones"),
             post(2, "@CllrJaneJones", kind="comment", page="@CllrJaneJones")]
    findings = analyse(posts, [hostile("Jane Jones"), clean(), hostile("Gary Stone")], pack, people)
    assert len(findings) == 1
    finding = findings[0].finding
    assert (finding.rule, finding.severity, finding.posts) == ("moderation.third-party-comments", "review", ["p0"])
    assert findings[0].account == "@CllrJaneJones" and "Remove" in finding.suggestion


def test_mixed_account_names_the_personal_posts(pack, people):
    texts = ["Date night with my husband!", "Ward surgery on Thursday at the hub.", "Planning committee tonight, residents welcome."]
    posts = [post(i, "@NadiaOkonjoGreen", t, account="councillor") for i, t in enumerate(texts)]
    findings = analyse(posts, [clean()] * 3, pack, people)
    assert [(f.finding.rule, f.finding.severity, f.finding.posts) for f in findings] == [("capacity.mixed-account", "advice", ["p0"])]


def test_a_separate_personal_account_is_the_recommended_practice(pack, people):
    texts = ["Proud mum moment: my son's first race!", "Ward surgery on Thursday.", "Budget scrutiny tonight at the council."]
    posts = [post(i, "@jane_bakes", t, account="personal") for i, t in enumerate(texts)]
    assert analyse(posts, [clean()] * 3, pack, people) == []


def test_account_findings_name_every_post_they_rest_on(pack, people):
    posts = [post(0, "@TomFairweatherInd"), post(1, "@TomFairweatherInd")]
    assert analyse(posts, [clean(), clean()], pack, people) == []
    found = analyse(posts, [hostile("Amir Khan"), hostile("@AmirKhanCllr")], pack, people)
    assert rules_by_post(found) == {"p0": {"harassment.repeated-target"}, "p1": {"harassment.repeated-target"}}


def test_a_report_carries_its_account_facts_and_check_account_uses_them():
    """The pipeline computes the facts once; the account stage reads only those."""
    from postcheck.checker import Checker

    checker = Checker(FIXTURES / "council.toml")
    posts = [post(0, "@TomFairweatherInd", "Cllr Khan is a lying idiot."),
             post(1, "@TomFairweatherInd", "@AmirKhanCllr you pathetic clown, nobody believes a word you say.")]
    reports, found = checker.check_account(posts)
    assert reports[0].account_facts["targets"] and reports[0].to_dict()["account_facts"] == reports[0].account_facts
    assert [(f.finding.rule, f.finding.posts) for f in found] == [("harassment.repeated-target", ["p0", "p1"])]


def test_account_rules_on_labelled_accounts_given_the_labelled_post_rules(config):
    """The account logic alone, fed the labelled post-level rules (tests/fixtures/audit_accounts.jsonl)."""
    from postcheck.checker import Checker

    checker = Checker(config)
    items = read_labelled(FIXTURES / "audit_accounts.jsonl")
    assert len({i.post["author"] for i in items}) >= 10
    result = evaluate_accounts(items, checker, mode="oracle")
    rules = result["rules"]
    assert rules["moderation.third-party-comments"]["precision"] == 1.0
    assert rules["moderation.third-party-comments"]["recall"] == 1.0
    assert rules["capacity.mixed-account"]["fp"] == 0 and rules["capacity.mixed-account"]["recall"] == 1.0
    assert rules["harassment.repeated-target"]["fp"] == 0  # the civil critic and one-off insults are not harassment
    assert rules["harassment.repeated-target"]["tp"] >= 3  # the councillor named three ways


def test_an_amplified_attack_joins_a_named_target_but_never_starts_one(pack, people):
    amplified = [finding("association.endorsed-content", {"signal": "association.amplified"})]
    quote = post(2, "@PeteMarlowCon", "Ha! Says it all.", kind="quote", quoted_text="Dev Sharma is a worthless idiot.")
    posts = [post(0, "@PeteMarlowCon"), quote]
    assert analyse(posts, [hostile("Dev Sharma"), amplified], pack, people)[0].finding.posts == ["p0", "p2"]
    assert analyse([quote, {**quote, "id": "p3"}], [amplified, amplified], pack, people) == []


def test_posts_without_an_author_form_no_account_pattern():
    """Unattributed drafts are not one account: no course of conduct across them."""
    from postcheck import Checker

    checker = Checker(FIXTURES / "council.toml")
    posts = [{"id": f"u{i}", "text": text} for i, text in enumerate([
        "Cllr Amir Khan is a lying, useless idiot.",
        "Amir Khan is a pathetic joke of a councillor.",
        "Cllr Khan is a disgrace and a fraud.",
    ])]
    reports, found = checker.check_account(posts)
    assert all(r.account_facts.get("targets") for r in reports)  # each one hostile, at one person
    assert found == []


def test_a_mildly_hostile_post_continues_a_course_of_conduct_but_never_starts_one(pack, people):
    """Hostility at ``account.hostile_again`` only joins a person a clearly hostile post already aimed at."""
    thresholds = {"account.hostile": 0.6, "account.hostile_again": 0.2, "account.person": 0.5}
    mild = {"fact.mockery": 0.3}
    strong_post = post(0, "@PeteMarlowCon", "Dev Sharma is a worthless idiot.")
    mild_posts = [post(i, "@PeteMarlowCon", "Dev Sharma has had another thought. Bless.") for i in (1, 2)]

    def facts(p, findings, scores):  # "Dev Sharma" as the parse's PERSON entity (not on this roster)
        return post_account_facts(Post.from_dict(p), findings, {}, people, scores, thresholds, ["Dev Sharma"])

    joined = account.analyse([strong_post, mild_posts[0]],
                             [facts(strong_post, hostile("Dev Sharma"), {}), facts(mild_posts[0], [], mild)], pack, people)
    assert joined[0].finding.posts == ["p0", "p1"]
    alone = account.analyse(mild_posts, [facts(p, [], mild) for p in mild_posts], pack, people)
    assert alone == []
    assert "again_targets" not in facts(mild_posts[0], [], {"fact.mockery": 0.1})


def test_account_eval_refuses_a_bad_post_in_one_line(tmp_path, capsys):
    """A file outside the post contract ends with one line naming its line and post, exit status 2, no traceback."""
    from postcheck.audit.account_eval import main

    rows = tmp_path / "accounts.jsonl"
    rows.write_text('{"id": "A-1", "text": "Ward walk today.", "account": "council", "expect": {"rules": []}}\n',
                    encoding="utf-8")
    assert main([str(rows), "-c", str(FIXTURES / "audit_council.toml")]) == 2
    err = capsys.readouterr().err
    assert err == f"account_eval: error: {rows}:1: post 'A-1': 'account' must be one of personal, councillor, official\n"


def test_a_labelled_comment_by_the_page_owner_is_their_own_reply():
    """Labelled account sets name a comment's writer in ``comment_by`` and the page owner in ``author``."""
    from postcheck.audit.account_eval import as_contract

    reply = {"id": "A-2", "text": "Thanks Sue, sorted.", "author": "@CllrJaneJones", "kind": "comment",
             "comment_by": "@CllrJaneJones", "expect": {"rules": []}}
    other = dict(reply, id="A-3", comment_by="Gary Stone")
    assert (as_contract(reply)["author"], as_contract(reply)["page"]) == ("@CllrJaneJones", "@CllrJaneJones")
    assert (as_contract(other)["author"], as_contract(other)["page"]) == ("Gary Stone", "@CllrJaneJones")
    assert "expect" not in as_contract(other)
    post = {"id": "A-1", "text": "Surgery on Saturday.", "author": "@CllrJaneJones", "kind": "post"}
    assert as_contract(post) == post
