"""Load and validate a rule pack (``postcheck/data/codes/<council>.yaml``).

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
from ..severity import LEVELS, RANK

RULE_KEYS = {"id", "title", "scope", "severity", "clauses", "golden_rules", "signals", "explanation", "suggestion",
             "examples", "redact", "amplified"}
LEVEL_KEYS = {"severity", "review_when", "block_when", "severity_from", "only_when"}
MODIFIER_KEYS = {"when", "cap", "lower", "why"}


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
class SignalLevel:
    """How one signal grades one rule: a fixed level, raised to review or to block by named facts,
    or the level another judgement already gave (``severity_from``); with ``only_when``
    the signal counts for the rule only when one of those facts holds (a personal attack
    is also a breach of officers' impartiality when it is aimed at an officer)."""

    severity: str | None
    block_when: tuple[str, ...] = ()
    severity_from: str | None = None
    only_when: tuple[str, ...] = ()
    review_when: tuple[str, ...] = ()

    def applies(self, facts: dict[str, Any]) -> bool:
        return not self.only_when or any(facts.get(fact) for fact in self.only_when)

    def level(self, facts: dict[str, Any], default: str) -> str:
        if self.severity_from is not None:
            level = facts.get(self.severity_from)
            level = level if level in LEVELS else default
        else:
            level = self.severity or default
        if any(facts.get(fact) for fact in self.review_when) and RANK[level] < RANK["review"]:
            level = "review"
        if any(facts.get(fact) for fact in self.block_when):
            level = "block"
        return level

    def describe(self) -> str:
        """The level as people read it ("review, block when severe")."""
        base = f"the level of the fact {self.severity_from}" if self.severity_from else str(self.severity)
        if self.review_when:
            base += ", review when " + " or ".join(f.replace("_", " ") for f in self.review_when)
        if self.block_when:
            base += ", block when " + " or ".join(f.replace("_", " ") for f in self.block_when)
        if self.only_when:
            base += ", only when " + " or ".join(f.replace("_", " ") for f in self.only_when)
        return base

    def to_json(self) -> str | dict[str, Any]:
        if not self.block_when and not self.review_when and self.severity_from is None and not self.only_when:
            return str(self.severity)
        out: dict[str, Any] = {}
        if self.severity is not None:
            out["severity"] = self.severity
        if self.review_when:
            out["review_when"] = list(self.review_when)
        if self.block_when:
            out["block_when"] = list(self.block_when)
        if self.severity_from is not None:
            out["severity_from"] = self.severity_from
        if self.only_when:
            out["only_when"] = list(self.only_when)
        return out


@dataclass(frozen=True)
class Modifier:
    """A pack-wide adjustment read from a signal's facts, applied after the rule's own level.

    ``cap``: never above this level (someone else's comment is removed, not blocked);
    ``lower``: this many levels down (amplified content is one level below its source).
    """

    when: str
    cap: str | None = None
    lower: int = 0
    why: str = ""

    def apply(self, level: str, facts: dict[str, Any]) -> str:
        if not facts.get(self.when) or level == "ok":
            return level
        rank = RANK[level]
        if self.lower:
            rank = max(rank - self.lower, 1)  # never below advice: it is still a finding
        if self.cap is not None:
            rank = min(rank, RANK[self.cap])
        return LEVELS[rank]


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    scope: str
    severity: str
    clauses: tuple[Quote, ...]
    golden_rules: tuple[Quote, ...]
    signals: dict[str, SignalLevel]
    explanation: str
    suggestion: str
    #: example posts: a text, or a post dict where metadata matters (a repost, a time)
    examples_raise: tuple[str | dict, ...] = ()
    examples_pass: tuple[str | dict, ...] = ()
    #: the council's settings (``[rules]``, ``--select``/``--ignore``): whether it runs,
    #: and a severity that every finding of it gets instead of the pack's
    enabled: bool = True
    override: str | None = None
    #: the report offers the post with personal data redacted when this rule raises
    redact: bool = False
    #: whether reposting or quoting a post that raises this rule raises ``association.amplified``
    #: (false for rules about the original author's own circumstances)
    amplified: bool = True

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
    modifiers: tuple[Modifier, ...] = ()
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
        levels: dict[str, SignalLevel] = {}
        for signal, spec in signals.items():
            if known is not None and signal not in known:
                raise RulePackError(f"{where}.signals.{signal}: unknown signal")
            levels[signal] = _signal_level(spec, f"{where}.signals.{signal}")
        for flag in ("redact", "amplified"):
            if not isinstance(raw.get(flag, False), bool):
                raise RulePackError(f"{where}.{flag}: must be true or false")
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
            signals=levels,
            explanation=raw["explanation"],
            suggestion=raw["suggestion"],
            examples_raise=_examples(examples.get("raises"), f"{where}.examples.raises"),
            examples_pass=_examples(examples.get("passes"), f"{where}.examples.passes"),
            redact=bool(raw.get("redact", False)),
            amplified=bool(raw.get("amplified", True)),
        )
    modifiers = _modifiers(data.get("modifiers"), f"{path}: modifiers")
    return RulePack(code=str(data["code"]), title=str(data.get("title", data["code"])), path=path, clauses=clauses,
                    golden_rules=golden, rules=rules, modifiers=modifiers)


def _signal_level(spec: Any, where: str) -> SignalLevel:
    """``review``, or ``{severity: review, block_when: [severe]}``, ``{severity: advice, review_when: [at_person]}``,
    or ``{severity_from: fact}``."""
    levels = ", ".join(LEVELS[1:])
    if isinstance(spec, str):
        if spec == "from-signal":  # packs written for version 0.1
            raise RulePackError(f"{where}: 'from-signal' is retired: the pack grades, e.g. "
                                "{severity: review, block_when: severe} (see the shipped bexley.yaml)")
        if spec not in LEVELS[1:]:
            raise RulePackError(f"{where}: severity must be one of {levels}")
        return SignalLevel(spec)
    if not isinstance(spec, dict):
        raise RulePackError(f"{where}: a severity, or a mapping with 'severity', 'review_when', 'block_when' or 'severity_from'")
    unknown = set(spec) - LEVEL_KEYS
    if unknown:
        raise RulePackError(f"{where}: unknown key '{sorted(unknown)[0]}'")
    severity, source = spec.get("severity"), spec.get("severity_from")
    if (severity is None) == (source is None):
        raise RulePackError(f"{where}: give exactly one of 'severity' or 'severity_from'")
    if severity is not None and severity not in LEVELS[1:]:
        raise RulePackError(f"{where}.severity: must be one of {levels}")
    if source is not None and not (isinstance(source, str) and source.isidentifier()):
        raise RulePackError(f"{where}.severity_from: must name a fact")
    block_when, only_when, review_when = (_facts(spec, key, where) for key in ("block_when", "only_when", "review_when"))
    return SignalLevel(severity, block_when, source, only_when, review_when)


def _facts(spec: dict, key: str, where: str) -> tuple[str, ...]:
    facts = spec.get(key) or []
    facts = [facts] if isinstance(facts, str) else facts
    if not isinstance(facts, list) or not all(isinstance(f, str) and f.isidentifier() for f in facts):
        raise RulePackError(f"{where}.{key}: must name a fact or a list of facts")
    return tuple(facts)


def _modifiers(raw: Any, where: str) -> tuple[Modifier, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise RulePackError(f"{where}: must be a list")
    out = []
    for index, item in enumerate(raw):
        at = f"{where}[{index}]"
        if not isinstance(item, dict):
            raise RulePackError(f"{at}: must be a mapping")
        unknown = set(item) - MODIFIER_KEYS
        if unknown:
            raise RulePackError(f"{at}: unknown key '{sorted(unknown)[0]}'")
        when, cap, lower = item.get("when"), item.get("cap"), item.get("lower", 0)
        if not (isinstance(when, str) and when.isidentifier()):
            raise RulePackError(f"{at}.when: must name a fact")
        if cap is not None and cap not in LEVELS[1:]:
            raise RulePackError(f"{at}.cap: must be one of {', '.join(LEVELS[1:])}")
        if not isinstance(lower, int) or isinstance(lower, bool) or not 0 <= lower <= 2:
            raise RulePackError(f"{at}.lower: must be 0, 1 or 2")
        if cap is None and not lower:
            raise RulePackError(f"{at}: needs 'cap' or 'lower'")
        out.append(Modifier(when, cap, lower, str(item.get("why", ""))))
    return tuple(out)


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
