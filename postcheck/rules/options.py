"""Per-rule options (``[rules.options."RULE"]``): each one names the setting it tunes.

An option is another place to write a setting the checker already has, kept
beside the rule it changes; it overrides the older key (``[council]
late_night``, ``[toxicity] thresholds``). Unknown rules and options are
errors that name the key.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping

from ..config import Config, ConfigError, _parse_hhmm


def _late_night(cfg: Config, value: Any, where: str) -> None:
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)):
        raise ConfigError(f'{where} must be two "HH:MM" strings')
    cfg.late_night = tuple(_parse_hhmm(v, where) for v in value)  # type: ignore[assignment]


def _threshold(key: str) -> Callable[[Config, Any, str], None]:
    def apply(cfg: Config, value: Any, where: str) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise ConfigError(f"{where} must be a number between 0 and 1")
        cfg.toxicity = {**cfg.toxicity, "thresholds": {**cfg.toxicity.get("thresholds", {}), key: float(value)}}
    return apply


#: rule id -> option -> (what it is, how it applies to the config)
OPTIONS: dict[str, dict[str, tuple[str, Callable[[Config, Any, str], None]]]] = {
    "haste.pause-before-posting": {
        "late_night": ("the late-night window, two local HH:MM times ([council] late_night)", _late_night),
    },
    "respect.personal-attack": {
        "model_attack": ("the offensive score that calls a personal attack on the model's word alone "
                         "([toxicity] thresholds.model_attack)", _threshold("model_attack")),
    },
}


def apply_options(cfg: Config, options: Mapping[str, Any], where: str) -> None:
    """Check every ``[rules.options."RULE"]`` table and write its values into ``cfg``."""
    for rule_id, table in options.items():
        if rule_id not in OPTIONS:
            raise ConfigError(f"{where}: rules.options: no options for rule {rule_id!r} "
                              f"(rules with options: {', '.join(OPTIONS)})")
        if not isinstance(table, dict):
            raise ConfigError(f'{where}: rules.options."{rule_id}" must be a table')
        for key, value in table.items():
            if key not in OPTIONS[rule_id]:
                raise ConfigError(f'{where}: unknown option {key!r} in [rules.options."{rule_id}"] '
                                  f"(known: {', '.join(OPTIONS[rule_id])})")
            OPTIONS[rule_id][key][1](cfg, value, f'{where}: rules.options."{rule_id}".{key}')
