"""Load and validate a rule pack (``checker/data/codes/<council>.yaml``).

Validation is strict and names the file and key: a rule naming an unknown
signal, clause or golden rule, or a bad severity, stops the load. Another
council's code is another YAML file, not new Python.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..errors import PostcheckError
from ..severity import LEVELS

SIGNAL_SEVERITIES = (*LEVELS[1:], "from-signal")
RULE_KEYS = {"id", "title", "scope", "severity", "clauses", "golden_rules", "signals", "explanation", "suggestion", "examples"}


class RulePackError(PostcheckError, ValueError, code="rule-pack"):
    """A rule pack that cannot be used; the message names the file and key."""


@dataclass(frozen=True)
class Quote:
    """A clause or golden rule, quoted verbatim from the code."""

    id: str
    kind: str  # "clause" | "golden_rule"
    heading: str
    passages: tuple[str, ...]

    @property
    def text(self) -> str:
        return " … ".join(self.passages)

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "kind": self.kind, "heading": self.heading, "text": self.text}


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    scope: str
    severity: str
    clauses: tuple[Quote, ...]
    golden_rules: tuple[Quote, ...]
    signals: dict[str, str]
    explanation: str
    suggestion: str
    #: example posts: a text, or a post dict where metadata matters (a repost, a time)
    examples_raise: tuple[str | dict, ...] = ()
    examples_pass: tuple[str | dict, ...] = ()
    #: the council's settings (``[rules]``, ``--select``/``--ignore``): whether it runs,
    #: and a severity that every finding of it gets instead of the pack's
    enabled: bool = True
    override: str | None = None

    @property
    def effective_severity(self) -> str:
        return self.override or self.severity

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self.clauses + self.golden_rules


@dataclass
class RulePack:
    code: str
    title: str
    path: Path
    clauses: dict[str, Quote]
    golden_rules: dict[str, Quote]
    rules: dict[str, Rule]
    by_signal: dict[str, list[Rule]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for rule in self.rules.values():
            if not rule.enabled:
                continue
            for signal in rule.signals:
                self.by_signal.setdefault(signal, []).append(rule)

    def get(self, rule_id: str) -> Rule:
        try:
            return self.rules[rule_id]
        except KeyError:
            raise KeyError(f"unknown rule {rule_id!r}") from None


def load_rule_pack(path: str | Path, known_signals: Iterable[str] | None = None) -> RulePack:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulePackError(f"{path}: rule pack not found") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RulePackError(f"{path}: cannot read rule pack ({exc})") from None
    if not isinstance(data, dict):
        raise RulePackError(f"{path}: a rule pack must be a mapping")
    for key in ("code", "clauses", "golden_rules", "rules"):
        if key not in data:
            raise RulePackError(f"{path}: missing key '{key}'")
    clauses = {str(k): _quote(path, f"clauses.{k}", str(k), "clause", v) for k, v in data["clauses"].items()}
    golden = {str(k): _quote(path, f"golden_rules.{k}", str(k), "golden_rule", v) for k, v in data["golden_rules"].items()}
    known = set(known_signals) if known_signals is not None else None
    rules: dict[str, Rule] = {}
    for index, raw in enumerate(data["rules"]):
        where = f"{path}: rules[{index}]"
        if not isinstance(raw, dict) or "id" not in raw:
            raise RulePackError(f"{where}: each rule needs an 'id'")
        where = f"{path}: rules.{raw['id']}"
        unknown = set(raw) - RULE_KEYS
        if unknown:
            raise RulePackError(f"{where}: unknown key '{sorted(unknown)[0]}'")
        for key in ("title", "scope", "severity", "explanation", "suggestion"):
            if not isinstance(raw.get(key), str):
                raise RulePackError(f"{where}.{key}: missing or not a string")
        if raw["id"] in rules:
            raise RulePackError(f"{where}: duplicate rule id")
        if raw["scope"] not in ("post", "account"):
            raise RulePackError(f"{where}.scope: must be 'post' or 'account'")
        if raw["severity"] not in LEVELS[1:]:
            raise RulePackError(f"{where}.severity: must be one of {', '.join(LEVELS[1:])}")
        signals = raw.get("signals") or {}
        if not isinstance(signals, dict):
            raise RulePackError(f"{where}.signals: must be a mapping of signal -> severity")
        for signal, severity in signals.items():
            if known is not None and signal not in known:
                raise RulePackError(f"{where}.signals.{signal}: unknown signal")
            if severity not in SIGNAL_SEVERITIES:
                raise RulePackError(f"{where}.signals.{signal}: severity must be one of {', '.join(SIGNAL_SEVERITIES)}")
        rule_clauses = tuple(_lookup(clauses, c, f"{where}.clauses", "clause") for c in raw.get("clauses") or [])
        rule_golden = tuple(_lookup(golden, g, f"{where}.golden_rules", "golden rule") for g in raw.get("golden_rules") or [])
        examples = raw.get("examples") or {}
        rules[raw["id"]] = Rule(
            id=raw["id"],
            title=raw["title"],
            scope=raw["scope"],
            severity=raw["severity"],
            clauses=rule_clauses,
            golden_rules=rule_golden,
            signals=dict(signals),
            explanation=raw["explanation"],
            suggestion=raw["suggestion"],
            examples_raise=_examples(examples.get("raises"), f"{where}.examples.raises"),
            examples_pass=_examples(examples.get("passes"), f"{where}.examples.passes"),
        )
    return RulePack(code=str(data["code"]), title=str(data.get("title", data["code"])), path=path, clauses=clauses, golden_rules=golden, rules=rules)


def _examples(raw: Any, where: str) -> tuple[str | dict, ...]:
    items = tuple(raw or ())
    for item in items:
        if not (isinstance(item, str) or (isinstance(item, dict) and isinstance(item.get("text"), str))):
            raise RulePackError(f"{where}: each example is a text or a post with a 'text'")
    return items


def example_text(example: str | dict) -> str:
    """How an example reads in ``explain``: its text, and what it amplifies."""
    if isinstance(example, str):
        return example
    text = example["text"]
    if example.get("quoted_text"):
        text += f"  [{example.get('kind', 'quote')} of: “{example['quoted_text']}”]"
    return text


def _quote(path: Path, where: str, key: str, kind: str, raw: Any) -> Quote:
    if not isinstance(raw, dict) or "text" not in raw:
        raise RulePackError(f"{path}: {where}: needs a 'text'")
    text = raw["text"]
    passages = tuple(text) if isinstance(text, list) else (text,)
    if not passages or not all(isinstance(p, str) and p.strip() for p in passages):
        raise RulePackError(f"{path}: {where}.text: must be a string or a list of strings")
    heading = raw.get("heading") or raw.get("title") or ""
    return Quote(id=key, kind=kind, heading=str(heading), passages=passages)


def _lookup(table: dict[str, Quote], key: Any, where: str, what: str) -> Quote:
    if str(key) not in table:
        raise RulePackError(f"{where}: unknown {what} {key!r}")
    return table[str(key)]
