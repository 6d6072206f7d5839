"""Entity-level evaluation of the personal-data detector on labelled sets.

Two formats:

- ``posts``: JSONL, one post a line: ``{"id", "text", "entities": [{"type", "start", "end"}]}``
  (the UK set in ``tests/fixtures/uk_pii_posts.jsonl``), scored with a council config.
- ``synth``: Presidio Research's ``synth_dataset_v2.json`` (``full_text``, ``spans``,
  ``template_id``), scored on person, address, phone, e-mail, date of birth,
  credit card and IBAN. It has no canonical split; records are split by
  template (``template_id % 3 == 0`` held out) so nothing tuned on the
  other templates leaks into the reported figures.

A prediction matches a gold entity of the same type when their character
spans overlap (``overlap``) or are identical (``exact``); each gold entity is
matched at most once. Precision, recall and F2 (recall weighted, as in
Presidio's own evaluation) are reported per type and micro-averaged.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import PostcheckError

SYNTH_TYPES = ("PERSON", "STREET_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "CREDIT_CARD", "IBAN_CODE")
BIRTH_WORDS = re.compile(r"birth|born|\bdob\b|birthday", re.IGNORECASE)


class PiiDataError(PostcheckError, ValueError, code="pii-data"):
    """An evaluation file is missing or malformed (one line for the user)."""


@dataclass
class Example:
    id: str
    text: str
    gold: list[tuple[str, int, int]]
    group: str = "all"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def f_beta(self, beta: float = 2.0) -> float:
        p, r = self.precision, self.recall
        return (1 + beta ** 2) * p * r / (beta ** 2 * p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f_beta(1), 3), "f2": round(self.f_beta(2), 3)}


@dataclass
class Result:
    per_type: dict[str, Counts] = field(default_factory=dict)
    mistakes: list[dict] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for counts in self.per_type.values():
            total.add(counts)
        return total

    def to_dict(self) -> dict:
        return {"micro": self.micro.to_dict(), "per_type": {t: c.to_dict() for t, c in sorted(self.per_type.items())}}


# --- loading -------------------------------------------------------------------

def load_posts(path: Path) -> list[Example]:
    examples = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise PiiDataError(f"{path}: cannot read ({exc.strerror or exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            gold = [(e["type"], int(e["start"]), int(e["end"])) for e in row.get("entities", [])]
            examples.append(Example(str(row.get("id", number)), row["text"], gold))
        except (ValueError, KeyError, TypeError):
            raise PiiDataError(f"{path}:{number}: expected {{\"text\", \"entities\": [{{\"type\", \"start\", \"end\"}}]}}") from None
    return examples


def load_synth(path: Path) -> list[Example]:
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
        examples = []
        for number, record in enumerate(records):
            birth = bool(BIRTH_WORDS.search(record.get("masked") or ""))
            gold = []
            for span in record["spans"]:
                kind = span["entity_type"]
                if kind == "DATE_TIME" and birth:
                    kind = "DATE_OF_BIRTH"
                if kind in SYNTH_TYPES:
                    gold.append((kind, int(span["start_position"]), int(span["end_position"])))
            group = "held-out" if int(record["template_id"]) % 3 == 0 else "tuning"
            examples.append(Example(str(number), record["full_text"], gold, group))
        return examples
    except OSError as exc:
        raise PiiDataError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (ValueError, KeyError, TypeError):
        raise PiiDataError(f"{path}: not Presidio Research's synthetic set (full_text, spans, template_id)") from None


# --- predicting and scoring -------------------------------------------------------

def predict(examples: list[Example], config=None, batch_size: int = 64) -> list[list[tuple[str, int, int]]]:
    """The detector's personal entities for each example, on one shared parse per text."""
    from ..checker import Checker
    from ..detectors.personal_data import PersonalDataDetector

    checker = Checker(config, detectors=[PersonalDataDetector])
    detector = checker.detectors[0]
    out = []
    for doc in checker.nlp.pipe((e.text for e in examples), batch_size=batch_size):
        out.append([(e.type, e.start, e.end) for e in detector.assess(doc).entities])
    return out


def score(examples: Iterable[Example], predictions: Iterable[list[tuple[str, int, int]]],
          types: Iterable[str] | None = None, exact: bool = False) -> Result:
    wanted = set(types) if types else None
    result = Result()
    for example, predicted in zip(examples, predictions):
        gold = [g for g in example.gold if wanted is None or g[0] in wanted]
        pred = [p for p in predicted if wanted is None or p[0] in wanted]
        unmatched = list(gold)
        for kind, start, end in pred:
            counts = result.per_type.setdefault(kind, Counts())
            match = next((g for g in unmatched if g[0] == kind and (
                (g[1], g[2]) == (start, end) if exact else g[1] < end and start < g[2])), None)
            if match:
                unmatched.remove(match)
                counts.tp += 1
            else:
                counts.fp += 1
                result.mistakes.append({"id": example.id, "kind": "fp", "type": kind, "text": example.text[start:end]})
        for kind, start, end in unmatched:
            result.per_type.setdefault(kind, Counts()).fn += 1
            result.mistakes.append({"id": example.id, "kind": "fn", "type": kind, "text": example.text[start:end]})
    return result


def evaluate(path: Path, data_format: str, config=None, exact: bool = False) -> dict[str, Result]:
    """Scores by group: ``all`` for posts; ``tuning``, ``held-out`` and ``all`` for synth."""
    if data_format == "synth":
        examples = load_synth(path)
        types = SYNTH_TYPES
    else:
        examples = load_posts(path)
        types = None
    predictions = predict(examples, config)
    results = {"all": score(examples, predictions, types, exact)}
    for group in sorted({e.group for e in examples} - {"all"}):
        pairs = [(e, p) for e, p in zip(examples, predictions) if e.group == group]
        results[group] = score([e for e, _ in pairs], [p for _, p in pairs], types, exact)
    return results
