"""Dataset loaders shared by the training, export and evaluation scripts.

Every loader takes the datasets root (the folder holding ``olid/``,
``tweeteval_hate/`` ...) and returns plain Python lists. Splits are the
canonical ones; the only split made here is a seeded, stratified hold-out of
OLID train used for validation (OLID has no official dev split).
"""
from __future__ import annotations

import ast
import csv
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

#: OLID sub-task C classes, in the order of the C head's outputs
C_CLASSES = ("IND", "GRP", "OTH")
#: the seed of the OLID validation hold-out (recorded in the model card)
SPLIT_SEED = 13
VAL_FRACTION = 0.10


REPO = Path(__file__).resolve().parents[1]


def load_runtime_module(name: str = "embedded"):
    """``postcheck.scoring.<name>``, imported from this checkout (the scorer modules import
    other parts of the package, so they cannot be loaded by path on their own)."""
    import importlib
    import sys

    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    return importlib.import_module(f"postcheck.scoring.{name}")


@dataclass
class Example:
    text: str
    a: int = -1  # 1 offensive, 0 not, -1 unknown
    b: int = -1  # 1 targeted, 0 untargeted, -1 n/a
    c: int = -1  # index into C_CLASSES, -1 n/a
    hate: int = -1  # 1 hate, 0 not, -1 unknown
    id: str = ""


def _read_lines(path: Path) -> list[str]:
    # TweetEval files: one item per line; keep everything but the newline
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r") for line in lines]


def _olid_row(r: dict) -> Example:
    a = 1 if r["subtask_a"] == "OFF" else 0
    b = {"TIN": 1, "UNT": 0}.get(r["subtask_b"], -1)
    c = C_CLASSES.index(r["subtask_c"]) if r["subtask_c"] in C_CLASSES else -1
    return Example(text=r["tweet"], a=a, b=b, c=c, id=r["id"])


def olid_train(root: Path) -> list[Example]:
    with open(Path(root) / "olid" / "olid-training-v1.0.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [_olid_row(r) for r in rows]


def olid_train_val_split(root: Path, seed: int = SPLIT_SEED, frac: float = VAL_FRACTION):
    """Seeded hold-out of OLID train, stratified on the joint A/B/C label."""
    data = olid_train(root)
    strata: dict[tuple, list[Example]] = defaultdict(list)
    for ex in data:
        strata[(ex.a, ex.b, ex.c)].append(ex)
    rng = random.Random(seed)
    train, val = [], []
    for key in sorted(strata):
        items = sorted(strata[key], key=lambda e: e.id)
        rng.shuffle(items)
        k = round(len(items) * frac)
        val.extend(items[:k])
        train.extend(items[k:])
    return train, val


def _read_label_csv(path: Path, column: str) -> dict[str, str]:
    # labels-level*.csv have a header and mixed / bare-CR line endings
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    assert header[0] == "id" and header[1] == column, header
    return {r[0]: r[1] for r in rows[1:] if r}


def olid_test(root: Path, level: str) -> list[Example]:
    """OLID test set for level 'a', 'b' or 'c' (tweets joined with gold labels)."""
    d = Path(root) / "olid"
    with open(d / f"testset-level{level}.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    labels = _read_label_csv(d / f"labels-level{level}.csv", f"subtask_{level}")
    out = []
    for r in rows:
        lab = labels[r["id"]]
        ex = Example(text=r["tweet"], id=r["id"])
        if level == "a":
            ex.a = 1 if lab == "OFF" else 0
        elif level == "b":
            ex.a, ex.b = 1, 1 if lab == "TIN" else 0
        else:
            ex.a, ex.b, ex.c = 1, 1, C_CLASSES.index(lab)
        out.append(ex)
    return out


def tweeteval_hate(root: Path, split: str) -> list[Example]:
    d = Path(root) / "tweeteval_hate"
    texts = _read_lines(d / f"{split}_text.txt")
    labels = [int(x) for x in _read_lines(d / f"{split}_labels.txt")]
    assert len(texts) == len(labels), (split, len(texts), len(labels))
    return [Example(text=t, hate=y, id=f"hate-{split}-{i}") for i, (t, y) in enumerate(zip(texts, labels))]


def davidson(root: Path) -> list[Example]:
    """Davidson et al. 2017: class 0 hate, 1 offensive, 2 neither (optional extra data)."""
    with open(Path(root) / "davidson2017" / "labeled_data.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        cls = int(r["class"])
        out.append(Example(text=r["tweet"], a=1 if cls in (0, 1) else 0, hate=1 if cls == 0 else 0,
                           id=f"davidson-{r['']}"))
    return out


def hatecheck(root: Path) -> list[dict]:
    with open(Path(root) / "hatecheck" / "test_suite_cases.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def bias_madlibs(root: Path) -> list[dict]:
    with open(Path(root) / "jigsaw_unintended_bias" / "bias_madlibs_77k.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def toxic_spans(root: Path, split: str) -> list[tuple[str, list[int]]]:
    """SemEval 2021 Task 5: (text, sorted toxic character offsets); split in train/trial/test."""
    with open(Path(root) / "toxic_spans_semeval2021" / f"tsd_{split}.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [(r["text"], sorted(set(ast.literal_eval(r["spans"])))) for r in rows]


def best_threshold_f1(y, p):
    """Threshold on p maximising binary macro-F1 (grid 0.05..0.95)."""
    import numpy as np
    from sklearn.metrics import f1_score

    best = (0.5, -1.0)
    for t in np.arange(0.05, 0.951, 0.01):
        f = f1_score(y, (p >= t).astype(int), average="macro")
        if f > best[1]:
            best = (float(round(t, 2)), float(f))
    return best
