"""The rule pack: complete, valid, and quoting the code verbatim."""
from __future__ import annotations

import hashlib
import re
import textwrap
from pathlib import Path

import pytest

from postcheck.assembly import known_signals
from postcheck.config import Config
from postcheck.paths import CODES_DIR
from postcheck.rules import RulePackError, load_rule_pack

PACK = CODES_DIR / "bexley.yaml"
#: the council's code of conduct, as published, that the pack quotes (shipped beside it)
SOURCE = CODES_DIR / "bexley.source.txt"

# Every rule id of the catalogue (RULES.md), single-post and account-level.
CATALOGUE = {
    "respect.personal-attack", "respect.abusive-language", "bullying.intimidation", "equality.discrimination",
    "officers.impartiality", "confidentiality.disclosure", "confidentiality.insider-advantage",
    "data-protection.personal-data", "predetermination.closed-mind", "capacity.council-voice",
    "resources.political-use", "position.improper-advantage", "interests.declared-interest", "gifts.hospitality",
    "defamation.allegation", "copyright.third-party-content", "haste.pause-before-posting",
    "meetings.during-meeting", "security.credentials", "tone.irony-risk", "association.endorsed-content",
    "harassment.repeated-target", "moderation.third-party-comments", "capacity.mixed-account",
}


def normalise(text: str) -> str:
    """Collapse whitespace and drop markdown emphasis, as the quoted text is shown."""
    return re.sub(r"\s+", " ", text.replace("**", "")).strip()


@pytest.fixture(scope="module")
def pack():
    return load_rule_pack(PACK, known_signals())


def test_every_catalogue_rule_is_in_the_pack(pack):
    assert set(pack.rules) == CATALOGUE


def test_account_rules_are_marked_as_such(pack):
    account = {r.id for r in pack.rules.values() if r.scope == "account"}
    assert account == {"harassment.repeated-target", "moderation.third-party-comments", "capacity.mixed-account"}


def _unquoted(pack, code_text: str) -> list[str]:
    code = normalise(code_text)
    quotes = [*pack.clauses.values(), *pack.golden_rules.values()]
    assert len(quotes) > 30
    return [f"{q.id}: {p[:60]}" for q in quotes for p in q.passages if normalise(p) not in code]


def _seed_code(shared_dir) -> Path:
    """The council's document as kept beside the project (the shared seed), where it is."""
    path = shared_dir / "seed" / "members-code-of-conduct.txt"
    if not path.is_file():
        pytest.skip("the council's code of conduct is not beside the project")
    return path


def test_every_quoted_passage_appears_verbatim_in_the_shipped_code(pack):
    """Against the copy shipped beside the pack, so that a fresh clone checks every quotation too."""
    assert _unquoted(pack, SOURCE.read_text(encoding="utf-8")) == []


def test_every_quoted_passage_appears_verbatim_in_the_councils_document(pack, shared_dir):
    assert _unquoted(pack, _seed_code(shared_dir).read_text(encoding="utf-8")) == []


def test_the_shipped_code_is_the_councils_document_unchanged(shared_dir):
    shipped, seed = SOURCE.read_bytes(), _seed_code(shared_dir).read_bytes()
    assert hashlib.sha256(shipped).hexdigest() == hashlib.sha256(seed).hexdigest(), \
        f"{SOURCE.name} differs from the council's document: copy it again"


def test_golden_rules_are_numbered_in_order(pack):
    assert [k for k in pack.golden_rules if k.startswith("GR-DO-")] == [f"GR-DO-{i}" for i in range(1, 10)]
    assert [k for k in pack.golden_rules if k.startswith("GR-DONT-")] == [f"GR-DONT-{i}" for i in range(1, 8)]


def test_rules_cite_what_the_catalogue_says(pack):
    assert [q.id for q in pack.rules["respect.personal-attack"].clauses] == ["1.1", "1.2"]
    assert "GR-DONT-4" in [q.id for q in pack.rules["respect.personal-attack"].golden_rules]
    assert [q.id for q in pack.rules["confidentiality.disclosure"].clauses] == ["4.1"]
    assert [q.id for q in pack.rules["predetermination.closed-mind"].golden_rules] == ["SM-3 Bias and Pre-determination"]
    assert pack.rules["bullying.intimidation"].severity == "block"


def _write_pack(tmp_path, rule_yaml: str):
    source = PACK.read_text(encoding="utf-8")
    head = source.split("\nrules:\n")[0]
    path = tmp_path / "pack.yaml"
    path.write_text(head + "\nrules:\n" + textwrap.indent(textwrap.dedent(rule_yaml), "  "), encoding="utf-8")
    return path


RULE = """\
- id: demo.rule
  title: Demo
  scope: post
  severity: review
  clauses: [{clause}]
  golden_rules: []
  signals: {{{signal}: review}}
  explanation: "x {{why}}"
  suggestion: "y"
"""


def test_unknown_signal_is_an_error_naming_file_and_key(tmp_path):
    path = _write_pack(tmp_path, RULE.format(clause='"1.1"', signal="no.such-signal"))
    with pytest.raises(RulePackError) as err:
        load_rule_pack(path, known_signals())
    assert str(path) in str(err.value) and "rules.demo.rule.signals.no.such-signal" in str(err.value)


def test_unknown_clause_is_an_error_naming_file_and_key(tmp_path):
    path = _write_pack(tmp_path, RULE.format(clause='"99.9"', signal="confidentiality.marker"))
    with pytest.raises(RulePackError, match=r"rules\.demo\.rule\.clauses: unknown clause '99\.9'"):
        load_rule_pack(path, known_signals())


def test_bad_severity_is_an_error(tmp_path):
    path = _write_pack(tmp_path, RULE.format(clause='"1.1"', signal="confidentiality.marker").replace("severity: review", "severity: severe"))
    with pytest.raises(RulePackError, match="severity"):
        load_rule_pack(path, known_signals())


def test_a_valid_custom_pack_loads(tmp_path):
    path = _write_pack(tmp_path, RULE.format(clause='"1.1"', signal="confidentiality.marker"))
    pack = load_rule_pack(path, known_signals())
    assert list(pack.rules) == ["demo.rule"]
    assert pack.by_signal["confidentiality.marker"][0].id == "demo.rule"
