"""Evaluate the embedded toxicity model, side by side with alt-profanity-check.

Test sets only; thresholds come from validation data (``thresholds.json`` for
the embedded model; for alt-profanity-check they are tuned here on the same
validation data: the OLID train hold-out and TweetEval hate val).

Reports: OLID test A/B/C macro-F1, TweetEval hate test macro-F1, HateCheck
accuracy per functionality, Jigsaw bias-madlibs AUCs per identity term,
SemEval-2021 toxic-spans character F1 for occlusion evidence spans (filter
parameters tuned on the trial split), and latency.

Example::

    python training/evaluate_toxicity.py --datasets DATASETS_DIR --out postcheck/data/models/embedded/metrics.json
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import data as D  # noqa: E402

REPO = HERE.parent


def macro_f1(y, pred):
    from sklearn.metrics import f1_score

    return float(f1_score(y, pred, average="macro"))


def best_threshold(y, p):
    best = (0.5, -1.0)
    for t in np.arange(0.05, 0.951, 0.01):
        f = macro_f1(y, (p >= t).astype(int))
        if f > best[1]:
            best = (float(round(t, 2)), f)
    return best


class ProfanityCheckScorer:
    """alt-profanity-check as a one-label scorer (its probability used for every head)."""

    def __init__(self):
        from profanity_check import predict_prob

        self._predict_prob = predict_prob
        self.labels = ("offensive",)

    def score_array(self, texts, batch_size=None):
        return np.asarray(self._predict_prob(list(texts)), dtype=np.float32)[:, None]

    def score(self, texts):
        return [{"offensive": float(v)} for v in self.score_array(texts)[:, 0]]


# ---------------------------------------------------------------- metrics
def char_f1(pred: set[int], gold: set[int]) -> float:
    """SemEval-2021 Task 5 per-post F1 (both empty -> 1, one empty -> 0)."""
    if not gold and not pred:
        return 1.0
    if not gold or not pred:
        return 0.0
    tp = len(pred & gold)
    if tp == 0:
        return 0.0
    p, r = tp / len(pred), tp / len(gold)
    return 2 * p * r / (p + r)


def spans_to_offsets(spans) -> set[int]:
    out: set[int] = set()
    for s, e, *_ in spans:
        out.update(range(s, e))
    return out


def identity_terms(rows) -> list[str]:
    return sorted({r["Text"].split(" ", 1)[1] for r in rows if r["Template"] == "verb_adj"}, key=lambda t: (-len(t), t))


def find_term(text: str, terms: list[str]) -> str | None:
    words = " " + " ".join(text.lower().replace(".", " ").replace(",", " ").split()) + " "
    for t in terms:  # longest first
        if f" {t} " in words:
            return t
    return None


def bias_aucs(rows, probs, terms, thr=None):
    from sklearn.metrics import roc_auc_score

    y = np.array([1 if r["Label"] == "BAD" else 0 for r in rows])
    term_of = [find_term(r["Text"], terms) for r in rows]
    overall = float(roc_auc_score(y, probs))
    per = {}
    for t in sorted(set(x for x in term_of if x)):
        m = np.array([x == t for x in term_of])
        if len(set(y[m])) < 2:
            continue
        sub = float(roc_auc_score(y[m], probs[m]))
        bpsn_m = (m & (y == 0)) | (~m & (y == 1))  # subgroup negatives vs background positives
        bnsp_m = (m & (y == 1)) | (~m & (y == 0))
        per[t] = {"n": int(m.sum()), "subgroup_auc": sub,
                  "bpsn_auc": float(roc_auc_score(y[bpsn_m], probs[bpsn_m])),
                  "bnsp_auc": float(roc_auc_score(y[bnsp_m], probs[bnsp_m])),
                  "mean_score_nontoxic": float(probs[m & (y == 0)].mean())}
        if thr is not None:
            per[t]["fpr_at_threshold"] = float((probs[m & (y == 0)] >= thr).mean())
            per[t]["tpr_at_threshold"] = float((probs[m & (y == 1)] >= thr).mean())
    worst = min(per, key=lambda t: per[t]["subgroup_auc"])
    worst_bpsn = min(per, key=lambda t: per[t]["bpsn_auc"])
    extra = {}
    if thr is not None:
        extra = {"threshold": thr, "fpr_at_threshold": float((probs[y == 0] >= thr).mean()),
                 "tpr_at_threshold": float((probs[y == 1] >= thr).mean()),
                 "worst_fpr": max(((t, v["fpr_at_threshold"]) for t, v in per.items()), key=lambda kv: kv[1])}
    return {"overall_auc": overall, "per_term": per, **extra,
            "worst_subgroup": {"term": worst, "auc": per[worst]["subgroup_auc"],
                               "gap_to_overall": overall - per[worst]["subgroup_auc"]},
            "worst_bpsn": {"term": worst_bpsn, "auc": per[worst_bpsn]["bpsn_auc"]},
            "subgroup_auc_range": max(v["subgroup_auc"] for v in per.values()) - per[worst]["subgroup_auc"]}


# ---------------------------------------------------------------- runs
def olid_and_hate(name, arr_fn, thresholds, datasets, label_cols, lim=lambda xs: xs):
    """arr_fn(texts) -> array; label_cols maps head name -> column index."""
    res = {}
    ta = lim(D.olid_test(datasets, "a"))
    pa = arr_fn([e.text for e in ta])
    ya = np.array([e.a for e in ta])
    col = label_cols["offensive"]
    res["olid_a_macro_f1@0.5"] = macro_f1(ya, pa[:, col] >= 0.5)
    res["olid_a_macro_f1"] = macro_f1(ya, pa[:, col] >= thresholds["offensive"])
    from sklearn.metrics import roc_auc_score

    res["olid_a_auc"] = float(roc_auc_score(ya, pa[:, col]))
    if "targeted" in label_cols:
        tb = lim(D.olid_test(datasets, "b"))
        pb = arr_fn([e.text for e in tb])
        yb = np.array([e.b for e in tb])
        res["olid_b_macro_f1"] = macro_f1(yb, pb[:, label_cols["targeted"]] >= thresholds["targeted"])
        tc = lim(D.olid_test(datasets, "c"))
        pc = arr_fn([e.text for e in tc])
        yc = np.array([e.c for e in tc])
        cc = [label_cols["target_individual"], label_cols["target_group"], label_cols["target_other"]]
        predc = pc[:, cc].argmax(1)
        res["olid_c_macro_f1"] = macro_f1(yc, predc)
        from sklearn.metrics import f1_score

        res["olid_c_f1_per_class"] = dict(zip(D.C_CLASSES, map(float, f1_score(yc, predc, average=None))))
    th = lim(D.tweeteval_hate(datasets, "test"))
    ph = arr_fn([e.text for e in th])
    yh = np.array([e.hate for e in th])
    hcol = label_cols.get("hate", col)
    res["tweeteval_hate_macro_f1@0.5"] = macro_f1(yh, ph[:, hcol] >= 0.5)
    res["tweeteval_hate_macro_f1"] = macro_f1(yh, ph[:, hcol] >= thresholds["hate"])
    return res


def hatecheck_eval(rows, probs, thr):
    by = defaultdict(list)
    for r, p in zip(rows, probs):
        pred = "hateful" if p >= thr else "non-hateful"
        by[r["functionality"]].append(pred == r["label_gold"])
    per = {f: float(np.mean(v)) for f, v in sorted(by.items())}
    allc = [x for v in by.values() for x in v]
    hate_rows = [r["label_gold"] == "hateful" for r in rows]
    pred = [p >= thr for p in probs]
    return {"accuracy": float(np.mean(allc)),
            "accuracy_hateful_cases": float(np.mean([pr for pr, h in zip(pred, hate_rows) if h])),
            "accuracy_nonhateful_cases": float(np.mean([not pr for pr, h in zip(pred, hate_rows) if not h])),
            "per_functionality": per}


def spans_eval(scorer, label, trial, test, grid_min, grid_rel):
    from checker_evidence import occlusion_spans, select_spans  # noqa

    def all_drops(rows):
        return [occlusion_spans(scorer, t, label, return_all=True) for t, _ in rows]

    t0 = time.time()
    d_trial = all_drops(trial)
    best = None
    for md in grid_min:
        for rd in grid_rel:
            f = statistics.mean(char_f1(spans_to_offsets(select_spans(d, md, rd)), set(g))
                                for d, (_, g) in zip(d_trial, trial))
            if best is None or f > best[2]:
                best = (md, rd, f)
    d_test = all_drops(test)
    f_test = statistics.mean(char_f1(spans_to_offsets(select_spans(d, best[0], best[1])), set(g))
                             for d, (_, g) in zip(d_test, test))
    nonempty = [(d, g) for d, (_, g) in zip(d_test, test) if g]
    f_nonempty = statistics.mean(char_f1(spans_to_offsets(select_spans(d, best[0], best[1])), set(g))
                                 for d, g in nonempty)
    return {"min_drop": best[0], "rel_drop": best[1], "trial_f1": best[2], "test_f1": f_test,
            "test_f1_posts_with_gold_spans": f_nonempty, "n_test": len(test), "n_trial": len(trial),
            "seconds": round(time.time() - t0, 1)}


def latency(score_fn, texts, single_n=200, batch_size=8):
    """Wall-clock and process CPU time per post (CPU time is less sensitive to a busy machine)."""
    for t in texts[:5]:
        score_fn([t], 1)
    w0, c0 = time.perf_counter(), time.process_time()
    for t in texts[:single_n]:
        score_fn([t], 1)
    single = (time.perf_counter() - w0) / single_n * 1000
    single_cpu = (time.process_time() - c0) / single_n * 1000
    w0, c0 = time.perf_counter(), time.process_time()
    score_fn(texts, batch_size)
    batched = (time.perf_counter() - w0) / len(texts) * 1000
    batched_cpu = (time.process_time() - c0) / len(texts) * 1000
    return {"ms_per_post_single": round(single, 3), "cpu_ms_per_post_single": round(single_cpu, 3),
            f"ms_per_post_batched_{batch_size}": round(batched, 3),
            f"cpu_ms_per_post_batched_{batch_size}": round(batched_cpu, 3),
            "n_single": single_n, "n_batched": len(texts)}


def _f(x, nd=3):
    return "–" if x is None else f"{x:.{nd}f}"


def render_tables(r: dict) -> str:
    """Markdown tables for the model card from a results dict."""
    out = []
    e, p = r.get("embedded", {}), r.get("alt_profanity_check", {})
    if e:
        out += ["| test set (metric) | embedded int8 | alt-profanity-check 1.9.1 | reference |",
                "|---|---|---|---|",
                f"| OLID A test, macro-F1 at validation threshold | {_f(e['olid_a_macro_f1'])} | "
                f"{_f(p.get('olid_a_macro_f1'))} | 0.829 (best OffensEval 2019 team) |",
                f"| OLID A test, macro-F1 at 0.5 | {_f(e['olid_a_macro_f1@0.5'])} | {_f(p.get('olid_a_macro_f1@0.5'))} | |",
                f"| OLID A test, ROC AUC | {_f(e['olid_a_auc'])} | {_f(p.get('olid_a_auc'))} | |",
                f"| OLID B test (240 OFF tweets), macro-F1 | {_f(e.get('olid_b_macro_f1'))} | n/a | |",
                f"| OLID C test (213 TIN tweets), macro-F1 | {_f(e.get('olid_c_macro_f1'))} | n/a | 0.660 (best team) |",
                f"| TweetEval hate test, macro-F1 at validation threshold | {_f(e['tweeteval_hate_macro_f1'])} | "
                f"{_f(p.get('tweeteval_hate_macro_f1'))} | |",
                f"| TweetEval hate test, macro-F1 at 0.5 | {_f(e['tweeteval_hate_macro_f1@0.5'])} | "
                f"{_f(p.get('tweeteval_hate_macro_f1@0.5'))} | |", ""]
        f32 = r.get("embedded_fp32")
        if f32:
            out += [f"Same test sets with the fp32 export (not shipped; thresholds tuned on validation with fp32): "
                    f"OLID A {_f(f32['olid_a_macro_f1'])} (0.5: {_f(f32['olid_a_macro_f1@0.5'])}), "
                    f"B {_f(f32['olid_b_macro_f1'])}, C {_f(f32['olid_c_macro_f1'])}, "
                    f"TweetEval hate {_f(f32['tweeteval_hate_macro_f1'])} (0.5: {_f(f32['tweeteval_hate_macro_f1@0.5'])}).", ""]
        if "olid_c_f1_per_class" in e:
            out += ["OLID C per-class F1: " + ", ".join(f"{k} {_f(v)}" for k, v in e["olid_c_f1_per_class"].items()), ""]
    hc = r.get("hatecheck")
    if hc:
        cols = [k for k in ("embedded_hate_head", "embedded_offensive_head", "alt_profanity_check") if k in hc]
        out += ["HateCheck accuracy (flag = score at or above its validation threshold):", "",
                "| functionality | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
        for f in hc[cols[0]]["per_functionality"]:
            out.append(f"| {f} | " + " | ".join(_f(hc[c]["per_functionality"][f], 2) for c in cols) + " |")
        out.append("| **all cases** | " + " | ".join(_f(hc[c]["accuracy"], 3) for c in cols) + " |")
        out.append("| hateful cases | " + " | ".join(_f(hc[c]["accuracy_hateful_cases"], 3) for c in cols) + " |")
        out.append("| non-hateful cases | " + " | ".join(_f(hc[c]["accuracy_nonhateful_cases"], 3) for c in cols) + " |")
        out.append("")
    b = r.get("bias_madlibs")
    if b:
        cols = [k for k in ("embedded_offensive", "embedded_hate", "alt_profanity_check") if k in b]
        out += ["Jigsaw bias madlibs (`bias_madlibs_77k.csv`, 76,564 templates):", "",
                "| | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols),
                "| overall AUC | " + " | ".join(_f(b[c]["overall_auc"]) for c in cols) + " |",
                "| worst subgroup AUC (term) | " + " | ".join(
                    f"{_f(b[c]['worst_subgroup']['auc'])} ({b[c]['worst_subgroup']['term']})" for c in cols) + " |",
                "| gap overall − worst subgroup | " + " | ".join(
                    _f(b[c]["worst_subgroup"]["gap_to_overall"]) for c in cols) + " |",
                "| subgroup AUC range (best − worst) | " + " | ".join(_f(b[c]["subgroup_auc_range"]) for c in cols) + " |",
                "| false-positive rate on non-toxic templates at the validation threshold | " + " | ".join(
                    _f(b[c].get("fpr_at_threshold")) for c in cols) + " |",
                "| worst per-term false-positive rate (term) | " + " | ".join(
                    f"{_f(b[c]['worst_fpr'][1])} ({b[c]['worst_fpr'][0]})" if "worst_fpr" in b[c] else "–"
                    for c in cols) + " |",
                "| worst BPSN AUC (term) | " + " | ".join(
                    f"{_f(b[c]['worst_bpsn']['auc'])} ({b[c]['worst_bpsn']['term']})" for c in cols) + " |", ""]
        c0 = cols[0]
        worst5 = sorted(b[c0]["per_term"].items(), key=lambda kv: kv[1]["subgroup_auc"])[:5]
        out += [f"Five lowest subgroup AUCs ({c0}): " + ", ".join(f"{t} {_f(v['subgroup_auc'])}" for t, v in worst5), ""]
        if "fpr_at_threshold" in next(iter(b[c0]["per_term"].values())):
            top = sorted(b[c0]["per_term"].items(), key=lambda kv: -kv[1]["fpr_at_threshold"])[:8]
            out += [f"Highest false-positive rates on non-toxic templates ({c0}, threshold {b[c0]['threshold']}): "
                    + ", ".join(f"{t} {_f(v['fpr_at_threshold'], 2)}" for t, v in top), ""]
    ts = r.get("toxic_spans")
    if ts:
        v0 = next(iter(ts.values()))
        sample = "" if v0["n_test"] == 2000 else " (a seeded sample of the 2,000)"
        out += [f"SemEval-2021 toxic spans: character F1 of occlusion evidence spans on {v0['n_test']:,} test posts"
                f"{sample}, filter tuned on {v0.get('n_trial', '?')} trial posts:", "",
                "| scorer | min_drop | rel_drop | trial F1 | test F1 | test F1, posts with gold spans |",
                "|---|---|---|---|---|---|"]
        for k, v in ts.items():
            out.append(f"| {k} | {v['min_drop']} | {v['rel_drop']} | {_f(v['trial_f1'])} | {_f(v['test_f1'])} | "
                       f"{_f(v['test_f1_posts_with_gold_spans'])} |")
        out.append("")
    lat = r.get("latency")
    if lat:
        out += ["Latency per post on OLID test tweets, one thread (wall clock; process CPU time in brackets):", "",
                "| scorer | single call | batched |", "|---|---|---|"]
        for k, v in lat.items():
            bk = [x for x in v if x.startswith("ms_per_post_batched")][0]
            n = bk.rsplit("_", 1)[1]
            out.append(f"| {k} | {v['ms_per_post_single']:.2f} ms ({v['cpu_ms_per_post_single']:.2f}) | "
                       f"{v[bk]:.2f} ms ({v['cpu_' + bk]:.2f}), {n} per batch |")
        la = r.get("load_average_at_start")
        if la:
            out += ["", f"1-minute load average when the evaluation started: {la[0]:.1f} on {r.get('cpu_count')} cores."]
        out.append("")
    return "\n".join(out)


def update_card(card: Path, r: dict) -> None:
    start, end = "<!-- metrics:start -->", "<!-- metrics:end -->"
    text = card.read_text(encoding="utf-8")
    i, j = text.index(start) + len(start), text.index(end)
    card.write_text(text[:i] + "\n" + render_tables(r) + "\n" + text[j:], encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", required=True, type=Path)
    ap.add_argument("--model-dir", type=Path, default=REPO / "postcheck" / "data" / "models" / "embedded")
    ap.add_argument("--out", type=Path, default=None, help="write the results JSON here")
    ap.add_argument("--limit", type=int, default=0, help="debug: cap the rows of each set")
    ap.add_argument("--merge", type=Path, nargs="*", default=None,
                    help="only merge these partial result files (from runs with different --skip) into --out")
    ap.add_argument("--spans-trial", type=int, default=0, help="seeded sample of N trial posts (0: all 690)")
    ap.add_argument("--spans-test", type=int, default=0, help="seeded sample of N test posts (0: all 2,000)")
    ap.add_argument("--fp32-model", type=Path, default=None,
                    help="also score OLID/hate test with this fp32 ONNX file (its thresholds from export_report.json)")
    ap.add_argument("--card", type=Path, default=None,
                    help="rewrite the tables between the metrics markers of this model card")
    ap.add_argument("--skip", default="", help="comma list of sections to skip: olid,spans,bias,hatecheck,latency,peer")
    args = ap.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    if args.merge:
        merged: dict = {}
        for f in args.merge:
            part = json.loads(f.read_text())
            for k, v in part.items():
                if isinstance(v, dict) and isinstance(merged.get(k), dict):
                    merged[k].update(v)
                else:
                    merged.setdefault(k, v)
        args.out.write_text(json.dumps(merged, indent=2) + "\n")
        print(f"wrote {args.out}")
        if args.card:
            update_card(args.card, merged)
        return

    emb_mod = D.load_runtime_module("embedded")
    sys.modules["checker_evidence"] = D.load_runtime_module("evidence")
    scorer = emb_mod.EmbeddedScorer(args.model_dir, threads=1)
    thr = {k: v for k, v in scorer.thresholds.items() if not k.startswith("_")}
    cols = {lab: i for i, lab in enumerate(scorer.labels)}
    lim = (lambda xs: xs[: args.limit]) if args.limit else (lambda xs: xs)
    emb_arr = scorer.score_array  # batch_size 1: the scores the checker sees

    results = {"model_dir_files": sorted(p.name for p in args.model_dir.iterdir()),
               "model_file": json.loads((args.model_dir / "labels.json").read_text())["model_file"],
               "thresholds": thr, "python": platform.python_version(), "cpu_count": os.cpu_count()}
    try:
        results["load_average_at_start"] = os.getloadavg()
    except OSError:
        pass
    peer = None if "peer" in skip else ProfanityCheckScorer()

    # --- thresholds for the peer, tuned on the same validation data
    if peer:
        _, val = D.olid_train_val_split(args.datasets)
        pv = peer.score_array([e.text for e in val])[:, 0]
        hv = D.tweeteval_hate(args.datasets, "val")
        ph = peer.score_array([e.text for e in hv])[:, 0]
        pthr = {"offensive": best_threshold(np.array([e.a for e in val]), pv)[0],
                "hate": best_threshold(np.array([e.hate for e in hv]), ph)[0]}
        results["peer_thresholds"] = pthr

    # --- OLID / TweetEval hate
    if "olid" not in skip:
        t0 = time.time()
        results["embedded"] = olid_and_hate("embedded", emb_arr, thr, args.datasets, cols, lim)
        print("embedded olid/hate", json.dumps(results["embedded"]), f"{time.time() - t0:.0f}s", flush=True)
        if peer:
            results["alt_profanity_check"] = olid_and_hate("peer", peer.score_array, pthr, args.datasets,
                                                           {"offensive": 0}, lim)
            print("peer olid/hate", json.dumps(results["alt_profanity_check"]), flush=True)

    if args.fp32_model:
        import onnxruntime as ort

        s32 = emb_mod.EmbeddedScorer(args.model_dir, threads=1)
        s32.session = ort.InferenceSession(str(args.fp32_model), providers=["CPUExecutionProvider"])
        rep = json.loads((args.model_dir / "export_report.json").read_text())["fp32"]
        thr32 = {"offensive": rep["val_A_thr"], "targeted": rep["val_B_thr"], "hate": rep["val_hate_thr"]}
        results["embedded_fp32"] = olid_and_hate("fp32", s32.score_array, thr32, args.datasets, cols, lim)
        results["embedded_fp32"]["thresholds"] = thr32
        print("fp32 olid/hate", json.dumps(results["embedded_fp32"]), flush=True)

    # --- HateCheck
    if "hatecheck" not in skip:
        rows = lim(D.hatecheck(args.datasets))
        p = emb_arr([r["test_case"] for r in rows])
        results["hatecheck"] = {"embedded_hate_head": hatecheck_eval(rows, p[:, cols["hate"]], thr["hate"]),
                                "embedded_offensive_head": hatecheck_eval(rows, p[:, cols["offensive"]],
                                                                          thr["offensive"])}
        if peer:
            pp = peer.score_array([r["test_case"] for r in rows])[:, 0]
            results["hatecheck"]["alt_profanity_check"] = hatecheck_eval(rows, pp, pthr["offensive"])
        print("hatecheck done", flush=True)

    # --- Jigsaw bias madlibs
    if "bias" not in skip:
        rows = D.bias_madlibs(args.datasets)
        terms = identity_terms(rows)
        if args.limit:
            rows = rows[:: max(1, len(rows) // (args.limit * 10))]
        texts = [r["Text"] for r in rows]
        t0 = time.time()
        p = scorer.score_array(texts, batch_size=8)  # short templates: batches of 8 (scores move ~1e-3)
        results["bias_madlibs"] = {"embedded_batch_size": 8,
                                   "embedded_offensive": bias_aucs(rows, p[:, cols["offensive"]], terms,
                                                                   thr["offensive"]),
                                   "embedded_hate": bias_aucs(rows, p[:, cols["hate"]], terms, thr["hate"])}
        if peer:
            results["bias_madlibs"]["alt_profanity_check"] = bias_aucs(rows, peer.score_array(texts)[:, 0], terms,
                                                                         pthr["offensive"])
        print("bias done", f"{time.time() - t0:.0f}s", flush=True)

    # --- toxic spans (occlusion evidence)
    if "spans" not in skip:
        trial = lim(D.toxic_spans(args.datasets, "trial"))
        test = lim(D.toxic_spans(args.datasets, "test"))
        import random

        if args.spans_trial and args.spans_trial < len(trial):
            trial = random.Random(0).sample(trial, args.spans_trial)
        if args.spans_test and args.spans_test < len(test):
            test = random.Random(1).sample(test, args.spans_test)
        grid_min = [0.0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2]
        grid_rel = [0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
        results["toxic_spans"] = {"embedded_offensive": spans_eval(scorer, "offensive", trial, test, grid_min, grid_rel)}
        print("spans embedded", json.dumps(results["toxic_spans"]), flush=True)
        if peer:
            results["toxic_spans"]["alt_profanity_check"] = spans_eval(peer, "offensive", trial, test, grid_min,
                                                                       grid_rel)
        print("spans done", flush=True)

    # --- latency
    if "latency" not in skip:
        texts = [e.text for e in D.olid_test(args.datasets, "a")]
        s1 = emb_mod.EmbeddedScorer(args.model_dir, threads=1)
        results["latency"] = {"embedded_threads1": latency(lambda t, b: s1.score_array(t, batch_size=b), texts)}
        if peer:
            # the peer vectorises a whole list in one call
            results["latency"]["alt_profanity_check"] = latency(lambda t, b: peer.score_array(t), texts,
                                                                batch_size=len(texts))
        try:
            results["load_average_at_end"] = os.getloadavg()
        except OSError:
            pass

    text = json.dumps(results, indent=2)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n")
    print(text if not args.out else f"wrote {args.out}")
    if args.card:
        update_card(args.card, results)


if __name__ == "__main__":
    main()
