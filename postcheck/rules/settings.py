"""Which rules run and how loud, set by a council: ``[rules]`` and ``--select``/``--ignore``.

Selection works like Ruff's: a selector is a rule id, a prefix at a dot
("respect", "respect.*") or "ALL"; within one layer the most specific
selector wins and an ``ignore`` wins a tie; a layer with ``select`` starts
afresh. The config is one layer and the command-line flags another, on top.
Severity overrides force the severity of every finding of a rule ("off"
switches it off). The rule pack stays the only judge: this only reshapes it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping

from ..config import ConfigError
from ..severity import LEVELS

ALL = "ALL"
OFF = "off"
OVERRIDES = (OFF, *LEVELS[1:])


@dataclass(frozen=True)
class Layer:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    where: str = "rules"


@dataclass(frozen=True)
class RuleSettings:
    layers: tuple[Layer, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    where: str = "rules"
    options: Mapping[str, Any] = field(default_factory=dict)  # as written; config.py applies them

    @classmethod
    def from_table(cls, table: Mapping[str, Any], where: str) -> "RuleSettings":
        """The ``[rules]`` table (already type-checked by the config schema)."""
        for rule_id, level in table.get("severity", {}).items():
            if level not in OVERRIDES:
                raise ConfigError(f"{where}: rules.severity.\"{rule_id}\" must be one of {', '.join(OVERRIDES)}")
        layer = Layer(_tuple(table.get("select")), tuple(table.get("ignore", ())), f"{where}: rules")
        return cls(layers=(layer,), severity=dict(table.get("severity", {})), where=f"{where}: rules",
                   options=dict(table.get("options", {})))

    def with_flags(self, select: str | None = None, ignore: str | None = None) -> "RuleSettings":
        """Add the command line's ``--select``/``--ignore`` (comma-separated) as the top layer."""
        if select is None and ignore is None:
            return self
        layer = Layer(_tuple(split_flag(select)), tuple(split_flag(ignore) or ()), "--select/--ignore")
        return replace(self, layers=(*self.layers, layer))

    @property
    def is_default(self) -> bool:
        return not self.severity and all(l.select is None and not l.ignore for l in self.layers)

    def fingerprint(self) -> str:
        """Short and stable for settings that change results ("" for none), so stored results can tell."""
        if self.is_default and not self.options:
            return ""
        import hashlib
        import json

        body = {"layers": [[l.select, l.ignore] for l in self.layers], "severity": dict(self.severity),
                "options": self.options}
        return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()[:10]


def split_flag(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]


def _tuple(values: Iterable[str] | None) -> tuple[str, ...] | None:
    return None if values is None else tuple(values)


def selected_rules(rule_ids: Iterable[str], settings: RuleSettings) -> set[str]:
    """The ids that run after every layer; an unknown selector is a ``ConfigError``."""
    ids = list(rule_ids)
    enabled = set(ids)
    for layer in settings.layers:
        for kind, selectors in (("select", layer.select or ()), ("ignore", layer.ignore)):
            for selector in selectors:
                if not any(_specificity(selector, rule_id) >= 0 for rule_id in ids):
                    raise ConfigError(f"{layer.where}: {kind} {selector!r} is not a rule id or prefix "
                                      "(see `postcheck rules`)")
        for rule_id in ids:
            chosen = max((_specificity(s, rule_id) for s in layer.select or ()), default=-1)
            dropped = max((_specificity(s, rule_id) for s in layer.ignore), default=-1)
            if layer.select is not None:
                on = chosen >= 0 and chosen > dropped
            else:
                on = rule_id in enabled and dropped < 0
            (enabled.add if on else enabled.discard)(rule_id)
    for rule_id, level in settings.severity.items():
        if rule_id not in ids:
            raise ConfigError(f"{settings.where}.severity: unknown rule {rule_id!r} (see `postcheck rules`)")
        if level == OFF:
            enabled.discard(rule_id)
    return enabled


def _specificity(selector: str, rule_id: str) -> int:
    """-1 when ``selector`` does not match; otherwise how many dotted parts it names."""
    if selector == ALL:
        return 0
    prefix = selector[:-2] if selector.endswith(".*") else selector
    if rule_id == prefix:
        return rule_id.count(".") + 1
    if rule_id.startswith(prefix + "."):
        return prefix.count(".") + 1
    return -1


def configure(pack, settings: RuleSettings):
    """``pack`` with the council's selection and severity overrides applied."""
    if settings.is_default:
        return pack
    from .pack import RulePack

    enabled = selected_rules(pack.rules, settings)
    rules = {}
    for rule_id, rule in pack.rules.items():
        level = settings.severity.get(rule_id)
        rules[rule_id] = replace(rule, enabled=rule_id in enabled, override=level if level in LEVELS else None)
    return RulePack(code=pack.code, title=pack.title, path=pack.path, clauses=pack.clauses,
                    golden_rules=pack.golden_rules, rules=rules)
