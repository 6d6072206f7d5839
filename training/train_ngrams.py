"""Fit the n-gram model blended with some heads (``ngrams.json`` / ``ngrams.npz``).

Same rows and the same seeded validation split as ``train_heads.py`` (the
councillor corpus and the public training splits), plus the posts of blind
sets already spent as headlines (``--spent``): other writers' councillor
posts, labelled by rule id (``train_heads.spent_rows``). For each head asked for,
a logistic regression on sublinear tf-idf word 1-2-grams and character
2-5-grams (inside words) of the post, normalised as the checker normalises a
draft and lowercased. A head is blended only if the mix of its logit and
the n-gram logit ranks the validation rows at least as well as the head
alone (average precision); the report gives both for every head asked for.

    python training/train_ngrams.py --datasets ../shared/datasets --corpus corpora/councillor \\
        --model-dir postcheck/data/models/embedded --spent corpora/blind/b1 corpora/blind/b2 ... \\
        [--heads insult threat ...]   # default: every sigmoid head but --skip (fact.mockery)

``--only HEAD ...`` refits those heads' regressions on the vocabulary and
idf already in ``--model-dir`` and keeps every other head's regression as it
is: a head refitted alone (``train_heads.py --only``) can have its n-gram
opinion learn the same new rows without moving any other head's blend.

The n-grams' share of the mixed logit (``--weight``, 0.8) was read on held-out
development sets at model level (``blend_weight.py``): with other writers'
posts to learn from, the n-grams rank those sets' posts better than the heads
do, and 0.8 ranked best or within a point of it for most rules.

The mix moves where a head's probabilities lie, so the blended logit is
mapped back onto the head's own scale by matching quantiles on the validation
rows: a monotone map, so the better ranking is kept, and each bar chosen for
the head still raises about the same share of posts.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import train_heads as T  # noqa: E402

#: where the blended logit is matched to the head's own, by quantiles of every validation row
QUANTILES = np.linspace(0.0, 1.0, 401)


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p.astype(np.float64), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def prepared(texts: list[str]) -> list[str]:
    """Each text as the n-gram model reads it at run time: the checker's normaliser, the encoder's
    handle and link masks, lowercased."""
    from postcheck.normalise import default_normaliser
    from postcheck.scoring.embedded import normalise_text

    normaliser = default_normaliser()
    return [normalise_text(normaliser(t).text).lower() for t in texts]


def vectorisers(word_features: int, char_features: int):
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=word_features, dtype=np.float32)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True,
                           max_features=char_features, dtype=np.float32)
    return word, char


def quantise(coef: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 weights with one scale per output: a quarter of float32 on disk, and a post's logit moves
    by about a hundredth (the features are unit vectors, the rounding errors cancel)."""
    scale = np.maximum(np.abs(coef).max(axis=1), 1e-12) / 127.0
    return np.round(coef / scale[:, None]).astype(np.int8), scale.astype(np.float32)


def read_ngrams(model_dir: Path):
    """The n-gram model written in ``model_dir``: vectorisers with its vocabulary and idf, and one entry
    per output (float coefficients, intercept, knots), so some outputs can be refitted beside the rest."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    meta = json.loads((model_dir / "ngrams.json").read_text(encoding="utf-8"))
    with np.load(model_dir / "ngrams.npz") as f:
        arrays = {k: f[k] for k in f.files}
    word = TfidfVectorizer(ngram_range=tuple(meta["word_ngrams"]), sublinear_tf=True, dtype=np.float32,
                           vocabulary=meta["word_vocabulary"])
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(meta["char_ngrams"]), sublinear_tf=True,
                           dtype=np.float32, vocabulary=meta["char_vocabulary"])
    word.idf_, char.idf_ = arrays["word_idf"], arrays["char_idf"]
    coef = arrays["coef"].astype(np.float64) * arrays["coef_scale"][:, None].astype(np.float64)
    outputs = {name: {"coef": coef[i], "intercept": float(arrays["intercept"][i]),
                      "knots_in": arrays["knots_in"][i], "knots_out": arrays["knots_out"][i]}
               for i, name in enumerate(meta["outputs"])}
    return word, char, outputs, meta


def carried_over(previous: dict, refitted) -> list[tuple[str, dict]]:
    """The outputs of a model read back (``read_ngrams``) that keep their regression as written: every
    one not being refitted. A refitted head that was blended before and no longer helps is dropped."""
    return [(name, entry) for name, entry in previous.items() if name not in set(refitted)]


def write_ngrams(model_dir: Path, word, char, outputs: list[str], coefs, intercepts, knots_in, knots_out,
                 weight: float, extra: dict) -> None:
    """``ngrams.json`` and ``ngrams.npz`` for fitted vectorisers and one regression per output."""
    width = len(word.vocabulary_) + len(char.vocabulary_)
    meta = {"outputs": list(outputs), "weight": weight,
            "word_ngrams": list(word.ngram_range), "char_ngrams": list(char.ngram_range),
            "word_vocabulary": word.get_feature_names_out().tolist(),
            "char_vocabulary": char.get_feature_names_out().tolist(), **extra}
    k = len(outputs)
    coef, scale = quantise(np.array(coefs, dtype=np.float64).reshape(k, width))
    np.savez_compressed(model_dir / "ngrams.npz", word_idf=word.idf_.astype(np.float32),
                        char_idf=char.idf_.astype(np.float32), coef=coef, coef_scale=scale,
                        intercept=np.array(intercepts, dtype=np.float32).reshape(k),
                        knots_in=np.array(knots_in, dtype=np.float32).reshape(k, -1),
                        knots_out=np.array(knots_out, dtype=np.float32).reshape(k, -1))
    (model_dir / "ngrams.json").write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    from scipy.sparse import hstack
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score

    from postcheck.scoring.heads import Heads

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True, help="the councillor-domain corpus folder")
    ap.add_argument("--model-dir", type=Path, required=True,
                    help="the model folder whose heads are blended; ngrams.json and ngrams.npz are written there")
    ap.add_argument("--heads", nargs="+", help="the sigmoid heads to blend (default: every one)")
    ap.add_argument("--skip", nargs="+", default=["fact.mockery"],
                    help="heads left as they are (default: the account stage's mockery head, whose courses of "
                         "conduct on the account development sets were found more often unblended)")
    ap.add_argument("--spent", type=Path, nargs="*", default=[],
                    help="blind set folders already spent as headlines, trained on as other writers' posts")
    ap.add_argument("--cache", type=Path, default=T.REPO / ".cache" / "heads")
    ap.add_argument("--cap", type=int, default=6000, help="rows kept of each large public set")
    ap.add_argument("--c", type=float, default=4.0, help="inverse L2 strength of each regression")
    ap.add_argument("--word-features", type=int, default=60000)
    ap.add_argument("--char-features", type=int, default=120000)
    ap.add_argument("--weight", type=float, default=0.8, help="the n-gram logit's share of the blended logit")
    ap.add_argument("--only", nargs="+", metavar="HEAD",
                    help="refit only these heads' regressions on the vocabulary already in --model-dir, "
                         "keeping every other head's as it is")
    args = ap.parse_args(argv)
    rng = random.Random(T.SEED)

    heads = Heads(args.model_dir)
    args.heads = args.only or [h for h in args.heads or [h.classes[0] for h in heads.heads if h.kind == "sigmoid"]
                               if h not in args.skip]
    unknown = [h for h in args.heads if heads.head_for(h) is None]
    if unknown:
        sys.exit(f"train_ngrams: {args.model_dir} has no sigmoid head named {unknown[0]}")
    rules = T.corpus_rules(args.corpus)
    rows = T.councillor_rows(args.corpus, rules) + T.spent_rows(args.spent, rules)
    T.mirror_labels(rows)
    rows += T.public_rows(args.datasets, rng, args.cap)
    texts = prepared([r.text for r in rows])
    is_val = np.array([r.split == "val" for r in rows])
    print(f"rows: {len(rows)} ({int(is_val.sum())} validation)")

    if args.only:
        try:
            word, char, previous, previous_meta = read_ngrams(args.model_dir)
        except (OSError, KeyError, ValueError) as exc:
            sys.exit(f"train_ngrams: --only needs the n-gram model in {args.model_dir}: {exc}")
    else:
        word, char = vectorisers(args.word_features, args.char_features)
        fit_on = [t for t, v in zip(texts, is_val) if not v]
        word.fit(fit_on)
        char.fit(fit_on)
        previous, previous_meta = {}, {}
    x = hstack([word.transform(texts), char.transform(texts)]).tocsr()
    pooled = T.embed_all([r.text for r in rows], args.model_dir, args.cache)
    labels = list(heads.labels)
    head_p = heads.scores(pooled)

    kept, coefs, intercepts, knots_in, knots_out, report = [], [], [], [], [], {}
    blend_logit = lambda p, z: (1 - args.weight) * logit(p) + args.weight * z
    for name in args.heads:
        idx = np.array([i for i, r in enumerate(rows) if name in r.labels])
        y = np.array([rows[i].labels[name] for i in idx])
        train, val = idx[~is_val[idx]], idx[is_val[idx]]
        model = LogisticRegression(C=args.c, max_iter=3000, solver="liblinear")
        model.fit(x[train], y[~is_val[idx]])
        yv = y[is_val[idx]]
        p_head = head_p[val, labels.index(name)]
        p_ngram = model.predict_proba(x[val])[:, 1]
        p_blend = 1 / (1 + np.exp(-blend_logit(p_head, model.decision_function(x[val]))))
        ap_head, ap_ngram, ap_blend = (round(float(average_precision_score(yv, p)), 4)
                                       for p in (p_head, p_ngram, p_blend))
        blended = ap_blend >= ap_head
        report[name] = {"validation_ap": {"head": ap_head, "ngrams": ap_ngram, "blend": ap_blend},
                        "n_val": int(len(val)), "val_positives": int(yv.sum()), "train_rows": int(len(train)),
                        "blended": bool(blended)}
        print(f"  {name}: AP head {ap_head} n-grams {ap_ngram} blend {ap_blend} -> {'blended' if blended else 'left'}",
              flush=True)
        if blended:
            kept.append(name)
            coefs.append(model.coef_[0])
            intercepts.append(model.intercept_[0])
            every_val = head_p[is_val, labels.index(name)]
            knots_in.append(np.quantile(blend_logit(every_val, model.decision_function(x[is_val])), QUANTILES))
            knots_out.append(np.quantile(logit(every_val), QUANTILES))

    for name, old in carried_over(previous, args.heads):  # with --only: the heads not refitted
        kept.append(name)
        coefs.append(old["coef"])
        intercepts.append(old["intercept"])
        knots_in.append(old["knots_in"])
        knots_out.append(old["knots_out"])
        report[name] = previous_meta.get("report", {}).get(name, {})
    write_ngrams(args.model_dir, word, char, kept, coefs, intercepts, knots_in, knots_out, args.weight,
                 {"c": args.c, "seed": T.SEED,
                  "validation": "the seeded 20 % hold-out of the councillor corpus and spent sets (as train_heads.py)",
                  "spent_sets": [p.name for p in args.spent], "report": report,
                  **({"refitted_alone": sorted(set(previous_meta.get("refitted_alone", [])) | set(args.heads))}
                     if args.only else {})})
    print(f"wrote n-grams for {len(kept)} heads to {args.model_dir}")


if __name__ == "__main__":
    main()
