"""Learned heads or a bank of labelled examples: which ranks posts written elsewhere better?

Each rule's evidence can come from a small head on the shared encoder or from
similarity to the corpus posts labelled for that rule (the mean label of the k
nearest, cosine on the heads' standardised features). This ranks every post
of some labelled development sets both ways and prints the average precision
of each, per rule and set, with k = 5 and 15.

    python training/compare_example_bank.py --corpus corpora/councillor \\
        --set corpora/blind/b35/posts.jsonl --set corpora/blind/b29/posts.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import train_heads as TH  # noqa: E402

RULES = ("officers.impartiality", "resources.political-use", "position.improper-advantage", "gifts.hospitality",
         "capacity.council-voice", "confidentiality.insider-advantage", "predetermination.closed-mind",
         "data-protection.personal-data", "security.credentials", "tone.irony-risk")


def average_precision(labels: np.ndarray, scores: np.ndarray) -> float:
    from sklearn.metrics import average_precision_score

    return float(average_precision_score(labels, scores))


def bank_scores(posts: np.ndarray, bank: np.ndarray, bank_labels: np.ndarray, k: int) -> np.ndarray:
    """The mean label of each post's k most similar bank rows (rows unit-normalised)."""
    nearest = np.argsort(-(posts @ bank.T), axis=1)[:, :k]
    return bank_labels[nearest].mean(axis=1)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--set", dest="sets", action="append", type=Path, required=True, help="labelled posts (JSONL)")
    ap.add_argument("--model-dir", type=Path, default=REPO / "postcheck" / "data" / "models" / "embedded")
    ap.add_argument("--cache", type=Path, default=REPO / ".cache" / "heads")
    args = ap.parse_args(argv)
    for path in [args.corpus, *args.sets]:
        if not path.exists():
            sys.exit(f"compare_example_bank: no such file or folder: {path}")
    from postcheck.scoring.embedded import EmbeddedScorer

    rows = TH.councillor_rows(args.corpus, TH.corpus_rules(args.corpus))
    features = TH.embed_all([r.text for r in rows], args.model_dir, args.cache)
    mean, scale = features.mean(axis=0), features.std(axis=0) + 1e-6

    def unit(x):
        x = (x - mean) / scale
        return x / np.linalg.norm(x, axis=1, keepdims=True)

    bank = unit(features)
    scorer = EmbeddedScorer(args.model_dir)
    report = {}
    for path in args.sets:
        posts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts = [p["text"] for p in posts]
        heads = scorer.score(texts)
        vectors = unit(TH.embed_all(texts, args.model_dir, args.cache))
        for rule in RULES:
            labels = np.array([int(rule in (p.get("expect") or {}).get("rules", [])) for p in posts])
            if labels.sum() < 3:
                continue
            idx = np.array([i for i, r in enumerate(rows) if f"cue.{rule}" in r.labels])
            bank_labels = np.array([rows[i].labels[f"cue.{rule}"] for i in idx])
            head = np.array([h.get(f"cue.{rule}", 0.0) for h in heads])
            line = {"head": round(average_precision(labels, head), 3)}
            for k in (5, 15):
                line[f"bank_k{k}"] = round(average_precision(labels, bank_scores(vectors, bank[idx], bank_labels, k)), 3)
            report.setdefault(rule, {})[path.parent.name] = line
            print(f"{rule:36} {path.parent.name:6} " + "  ".join(f"{k} {v:.2f}" for k, v in line.items()), flush=True)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
