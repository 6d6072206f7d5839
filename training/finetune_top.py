"""Fine-tune the encoder's top layers on every judgement at once, then write them into the int8 model.

The judgement heads (``train_heads.py``) read a frozen encoder that was fine-tuned on
OLID and HatEval only, so what a post's vectors can say is fixed before a head sees
it. This script lets the top of the encoder learn from the judgement data too:

1. the shipped ``model.int8.onnx`` runs once over every training text (normalised as
   the checker normalises a draft) and its layer ``--from-layer - 1`` token vectors are
   cached, with the mean-pooled layer 2 (a feature the heads read, below the layers
   trained here);
2. the layers from ``--from-layer`` to the last start from the shipped weights
   (dequantised exactly: they are symmetric per-channel int8) and train in PyTorch with
   linear multi-task heads on the heads' features (pooled last layer, mean layer 2,
   mean layer 4): the five abuse families, the rule cues and facts, the target kind,
   and the original OLID A/B/C and hate heads on the pooled vector, each row training
   only the outputs it labels;
3. the trained layers and OLID heads are quantised the same way and written over the
   matching initialisers of a copy of the model, so the graph, its inputs and outputs
   stay as they were; thresholds of the OLID heads are tuned again on validation data.

Validation is the seeded 20 % of the councillor corpus and the seeded OLID hold-out
(never a test split). Afterwards ``train_heads.py --encoder-dir OUT`` fits the
judgement heads on the new features.

    OMP_WAIT_POLICY=PASSIVE python training/finetune_top.py --datasets DATASETS_DIR \\
        --corpus corpora/councillor --out OUT_DIR      # the shipped recipe: layers 3-5, probe first
"""
from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import data as D  # noqa: E402
import train_heads as TH  # noqa: E402

SHIPPED = REPO / "postcheck" / "data" / "models" / "embedded"
LAYER_OUT = "/encoder/encoder/layer.{}/output/LayerNorm/LayerNormalization_output_0"
PREFIX = "encoder.encoder.layer.{}."
LINEARS = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
           "intermediate.dense", "output.dense")
NORMS = ("attention.output.LayerNorm", "output.LayerNorm")
OLID_HEADS = {"head_a": 1, "head_b": 1, "head_c": 3, "head_hate": 1}
HIDDEN, N_HEADS = 384, 12


# -- the int8 graph's weights -------------------------------------------------------
def linear_initialisers(model) -> dict[str, str]:
    """Map each linear layer (by its bias's name, less ``.bias``) to its quantised weight's base name."""
    graph = model.graph
    init = {i.name for i in graph.initializer}
    consumers: dict[str, list] = {}
    for node in graph.node:
        for x in node.input:
            consumers.setdefault(x, []).append(node)

    def bias_after(node, depth=0):
        if depth > 6:
            return None
        for out in node.output:
            for c in consumers.get(out, []):
                if c.op_type == "Add":
                    named = [x for x in c.input if x in init and x.endswith("bias")]
                    if named:
                        return named[0]
                found = bias_after(c, depth + 1)
                if found:
                    return found
        return None

    out = {}
    for node in graph.node:
        if node.op_type == "MatMulInteger" and node.input[1].endswith("_quantized"):
            bias = bias_after(node)
            if bias:
                out[bias[: -len(".bias")]] = node.input[1][: -len("_quantized")]
    return out


def read_weights(model, layers: range) -> dict[str, np.ndarray]:
    """fp32 weights (torch layout: out x in) of the trained layers and the OLID heads."""
    from onnx import numpy_helper

    init = {i.name: i for i in model.graph.initializer}
    arr = lambda name: numpy_helper.to_array(init[name]).astype(np.float32)  # noqa: E731
    mapping = linear_initialisers(model)
    weights = {}
    names = [PREFIX.format(l) + s for l in layers for s in LINEARS] + list(OLID_HEADS)
    for name in names:
        base = mapping[name]
        # less the zero point: 0 for int8 weights, 128 once training/portable_int8.py made them uint8
        weights[name + ".weight"] = ((arr(base + "_quantized") - arr(base + "_zero_point"))
                                     * arr(base + "_scale")).T.copy()
        weights[name + ".bias"] = arr(name + ".bias")
    for l in layers:
        for s in NORMS:
            for p in ("weight", "bias"):
                weights[f"{PREFIX.format(l)}{s}.{p}"] = arr(f"{PREFIX.format(l)}{s}.{p}")
    return weights


def write_weights(model, weights: dict[str, np.ndarray]) -> None:
    """Quantise (symmetric, per output channel, as the shipped model, in the shipped model's int8 or
    portable uint8 form) and replace the initialisers."""
    from onnx import numpy_helper

    init = {i.name: i for i in model.graph.initializer}
    mapping = linear_initialisers(model)

    def put(name, value):
        init[name].CopyFrom(numpy_helper.from_array(value, name))

    for name, value in weights.items():
        if name.endswith(".weight") and name[: -len(".weight")] in mapping:
            base = mapping[name[: -len(".weight")]]
            w = value.T.astype(np.float32)  # in x out
            scale = np.maximum(np.abs(w).max(axis=0), 1e-12) / 127.0
            q = np.clip(np.round(w / scale), -127, 127)
            zero = numpy_helper.to_array(init[base + "_zero_point"])
            if zero.dtype == np.uint8:  # the portable form (training/portable_int8.py): shifted by 128
                put(base + "_quantized", (q + 128).astype(np.uint8))
                put(base + "_zero_point", np.full_like(zero, 128))
            else:
                put(base + "_quantized", q.astype(np.int8))
                put(base + "_zero_point", np.zeros_like(zero))
            put(base + "_scale", scale.astype(np.float32))
        else:
            put(name, value.astype(np.float32))


def with_outputs(model_path: Path, tensors: dict[str, str], dest: Path) -> Path:
    """A copy of the model that also outputs the named inner tensors (for caching)."""
    import onnx
    from onnx import TensorProto, helper

    model = onnx.load(str(model_path))
    for name, tensor in tensors.items():
        model.graph.node.append(helper.make_node("Identity", [tensor], [name], name=f"{name}_cache"))
        model.graph.output.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", "seq", HIDDEN]))
    onnx.save(model, str(dest))
    return dest


# -- data -----------------------------------------------------------------------------
def training_rows(datasets: Path, corpus: Path, cap: int, spent: list[Path] = ()):
    """The rows train_heads.py uses (spent blind sets too), with the OLID A/B/C and hate labels of the public rows."""
    rng = random.Random(TH.SEED)
    rules = sorted({r for p in corpus.glob("*.jsonl") for line in p.read_text(encoding="utf-8").splitlines()
                    if line.strip() for r in json.loads(line).get("rules", [])})
    rows = TH.councillor_rows(corpus, rules) + TH.spent_rows(list(spent), rules) + TH.public_rows(datasets, rng, cap)
    olid_train, olid_val = D.olid_train_val_split(datasets)
    by_text = {e.text: e for e in olid_train}
    extra = []
    for r in rows:
        e = by_text.get(r.text) if r.source == "olid" else None
        extra.append({"a": e.a, "b": e.b, "c": e.c} if e else
                     {"hate": r.labels["identity_attack"]} if r.source == "tweeteval_hate" else {})
    val_rows = [TH.Row(e.text, "olid_val", {}, split="olid_val") for e in olid_val]
    rows += val_rows
    extra += [{"a": e.a, "b": e.b, "c": e.c} for e in olid_val]
    names = list(TH.FAMILIES) + [f"cue.{r}" for r in rules] + [f"fact.{f}" for f in TH.FACTS]
    return rows, extra, names


def cache_states(rows, model_dir: Path, from_layer: int, cache: Path):
    """Token vectors below the trained layers and mean layer 2, per row (fp16), from the int8 model."""
    import hashlib

    import onnxruntime as ort
    from postcheck.normalise import default_normaliser
    from postcheck.scoring.embedded import EmbeddedScorer

    key = hashlib.sha1((model_dir / "model.int8.onnx").read_bytes() + f"{from_layer}".encode()
                       + "\n".join(r.text for r in rows).encode()).hexdigest()[:12]
    path = cache / f"states-{key}.npz"
    if path.is_file():
        with np.load(path) as z:
            return list(np.split(z["tokens"], z["offsets"][1:-1])), z["layer2"]
    cache.mkdir(parents=True, exist_ok=True)
    normaliser = default_normaliser()
    scorer = EmbeddedScorer(model_dir, threads=2, batch_size=1)
    probe = with_outputs(model_dir / "model.int8.onnx", {"below": LAYER_OUT.format(from_layer - 1)},
                         cache / "probe.onnx")
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    session = ort.InferenceSession(str(probe), opts, providers=["CPUExecutionProvider"])
    _, ids = scorer._encode([normaliser(r.text).text for r in rows])
    order = sorted(range(len(rows)), key=lambda i: len(ids[i]))
    tokens: list = [None] * len(rows)
    layer2 = np.zeros((len(rows), HIDDEN), dtype=np.float32)
    start = time.time()
    for n in range(0, len(order), 32):
        chunk = order[n:n + 32]
        x, mask = scorer._batch([ids[i] for i in chunk])
        below, l2 = session.run(["below", "layer2"], {"input_ids": x, "attention_mask": mask})
        for j, i in enumerate(chunk):
            k = int(mask[j].sum())
            tokens[i] = below[j, :k].astype(np.float16)
            layer2[i] = l2[j, :k].mean(axis=0)
        if n % 6400 == 0:
            print(f"  cached {n}/{len(rows)} in {time.time() - start:.0f}s", flush=True)
    lengths = np.array([len(t) for t in tokens])
    np.savez(path, tokens=np.concatenate(tokens), offsets=np.concatenate([[0], np.cumsum(lengths)]), layer2=layer2)
    return tokens, layer2


# -- the model ------------------------------------------------------------------------
def build(weights: dict[str, np.ndarray], layers: range, n_tasks: int, n_targets: int):
    import torch
    from torch import nn

    class Layer(nn.Module):
        """One BERT layer (post-norm, exact GELU), as in the exported graph."""

        def __init__(self):
            super().__init__()
            self.q, self.k, self.v, self.o = (nn.Linear(HIDDEN, HIDDEN) for _ in range(4))
            self.ln1, self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12), nn.LayerNorm(HIDDEN, eps=1e-12)
            self.up, self.down = nn.Linear(HIDDEN, 4 * HIDDEN), nn.Linear(4 * HIDDEN, HIDDEN)
            self.drop = nn.Dropout(0.1)

        def forward(self, h, add_mask):
            b, t, _ = h.shape
            split = lambda x: x.view(b, t, N_HEADS, HIDDEN // N_HEADS).transpose(1, 2)  # noqa: E731
            att = (split(self.q(h)) @ split(self.k(h)).transpose(-1, -2)) / math.sqrt(HIDDEN // N_HEADS)
            att = self.drop(torch.softmax(att + add_mask, dim=-1))
            ctx = (att @ split(self.v(h))).transpose(1, 2).reshape(b, t, HIDDEN)
            h = self.ln1(h + self.drop(self.o(ctx)))
            return self.ln2(h + self.drop(self.down(nn.functional.gelu(self.up(h)))))

    class Top(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList(Layer() for _ in layers)
            self.olid = nn.ModuleDict({k: nn.Linear(HIDDEN, n) for k, n in OLID_HEADS.items()})
            self.tasks = nn.Linear(3 * HIDDEN, n_tasks)
            self.target = nn.Linear(3 * HIDDEN, n_targets)
            self.drop = nn.Dropout(0.1)
            # the features' scale, fixed from the starting model (set_scale): a few of BERT's
            # dimensions are hundreds of times larger than the rest and would swamp linear heads
            self.register_buffer("mean", torch.zeros(3 * HIDDEN))
            self.register_buffer("std", torch.ones(3 * HIDDEN))

        def forward(self, h, mask, layer2):
            add_mask = (1.0 - mask[:, None, None, :]) * -1e4
            means = {}
            w = mask[:, :, None]
            for layer, mod in zip(layers, self.layers):
                h = mod(h, add_mask)
                means[layer] = (h * w).sum(1) / w.sum(1)
            pooled = means[layers[-1]]
            feats = torch.cat([pooled, layer2, means[4]], dim=1)
            feats = self.drop((feats - self.mean) / self.std)
            olid = {k: m(self.drop(pooled)) for k, m in self.olid.items()}
            return feats, olid, self.tasks(feats), self.target(feats)

    top = Top()
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "o": "attention.output.dense", "up": "intermediate.dense", "down": "output.dense",
             "ln1": "attention.output.LayerNorm", "ln2": "output.LayerNorm"}
    with torch.no_grad():
        for layer, mod in zip(layers, top.layers):
            for attr, name in names.items():
                for p in ("weight", "bias"):
                    getattr(getattr(mod, attr), p).copy_(torch.from_numpy(weights[f"{PREFIX.format(layer)}{name}.{p}"]))
        for k in OLID_HEADS:
            top.olid[k].weight.copy_(torch.from_numpy(weights[k + ".weight"]))
            top.olid[k].bias.copy_(torch.from_numpy(weights[k + ".bias"]))
    return top, names


def linear_probe(top, inputs, groups, y: np.ndarray, target: np.ndarray, epochs: int) -> None:
    """Fit the task heads on the starting encoder's features before any layer moves.

    Fine-tuning through randomly initialised heads sends noise into the encoder
    and bends the features it already had; heads fitted first (linear probing,
    then fine-tuning) keep them, which is what carries to unseen wording.
    """
    import torch

    bce = torch.nn.functional.binary_cross_entropy_with_logits
    top.eval()
    with torch.no_grad():
        feats = torch.cat([top(*x)[0] for x in inputs])
    order = [i for g in groups for i in g]
    yt, tt = torch.from_numpy(y[order]), torch.from_numpy(target[order])
    params = list(top.tasks.parameters()) + list(top.target.parameters())
    opt = torch.optim.Adam(params, lr=1e-3, weight_decay=1e-5)
    gen = torch.Generator().manual_seed(0)
    for epoch in range(epochs):
        perm = torch.randperm(len(order), generator=gen)
        for k in range(0, len(order), 256):
            idx = perm[k:k + 256]
            f, yy, tg = feats[idx], yt[idx], tt[idx]
            lab = yy >= 0
            loss = bce(top.tasks(f)[lab], yy[lab])
            if (tg >= 0).any():
                loss = loss + torch.nn.functional.cross_entropy(top.target(f)[tg >= 0], tg[tg >= 0])
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"  probe epoch {epoch + 1}/{epochs} loss {loss.item():.3f}", flush=True)
    top.train()


def export_weights(top, names, layers: range) -> dict[str, np.ndarray]:
    out = {}
    for layer, mod in zip(layers, top.layers):
        for attr, name in names.items():
            for p in ("weight", "bias"):
                out[f"{PREFIX.format(layer)}{name}.{p}"] = getattr(getattr(mod, attr), p).detach().numpy().copy()
    for k in OLID_HEADS:
        out[k + ".weight"] = top.olid[k].weight.detach().numpy().copy()
        out[k + ".bias"] = top.olid[k].bias.detach().numpy().copy()
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True, help="where the new model folder is written")
    ap.add_argument("--model-dir", type=Path, default=SHIPPED, help="the model to start from")
    ap.add_argument("--replaces", type=Path, default=SHIPPED,
                    help="the model the new one replaces: its operating point sets model_attack")
    ap.add_argument("--from-layer", type=int, default=3, help="first encoder layer to train (layers below stay)")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--cap", type=int, default=6000)
    ap.add_argument("--cache", type=Path, default=REPO / ".cache" / "finetune")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--probe-epochs", type=int, default=10,
                    help="epochs fitting the task heads alone on the starting features before fine-tuning (0: none)")
    ap.add_argument("--limit", type=int, default=0, help="a seeded sample of this many rows (a smoke test)")
    ap.add_argument("--spent", type=Path, nargs="*", default=[],
                    help="blind set folders already spent as headlines, as in train_heads.py")
    args = ap.parse_args(argv)
    if args.from_layer not in (3, 4):
        sys.exit("finetune_top: --from-layer must be 3 or 4 (the heads read layer 2 as it is and the mean of layer 4)")

    import onnx
    import torch
    from sklearn.metrics import average_precision_score, f1_score, roc_auc_score

    torch.manual_seed(TH.SEED)
    random.seed(TH.SEED)
    np.random.seed(TH.SEED)
    torch.set_num_threads(args.threads)
    layers = range(args.from_layer, 6)

    rows, extra, names = training_rows(args.datasets, args.corpus, args.cap, args.spent)
    if args.limit:
        keep = sorted(random.Random(TH.SEED).sample(range(len(rows)), min(args.limit, len(rows))))
        rows, extra = [rows[i] for i in keep], [extra[i] for i in keep]
    print(f"rows: {len(rows)}; tasks: {len(names)}", flush=True)
    tokens, layer2 = cache_states(rows, args.model_dir, args.from_layer, args.cache)
    print("states cached", flush=True)

    n = len(rows)
    y = np.full((n, len(names)), -1.0, dtype=np.float32)
    for i, r in enumerate(rows):
        for j, name in enumerate(names):
            if name in r.labels:
                y[i, j] = r.labels[name]
    target = np.array([TH.TARGETS.index(r.target) if r.target else -1 for r in rows])
    olid = {k: np.array([e.get(k, -1) for e in extra]) for k in ("a", "b", "c", "hate")}
    split = np.array([r.split for r in rows])
    train_idx = np.where(split == "train")[0]
    val_idx = np.where(split == "val")[0]
    olid_val_idx = np.where(split == "olid_val")[0]

    model = onnx.load(str(args.model_dir / "model.int8.onnx"))
    start_weights = read_weights(model, layers)
    top, param_names = build(start_weights, layers, len(names), len(TH.TARGETS))
    enc_params = [p for m in top.layers for p in m.parameters()]
    head_params = list(top.olid.parameters()) + list(top.tasks.parameters()) + list(top.target.parameters())
    opt = torch.optim.AdamW([{"params": enc_params, "lr": args.lr}, {"params": head_params, "lr": args.head_lr}],
                            weight_decay=0.01)
    steps_per_epoch = math.ceil(len(train_idx) / args.batch)
    total = steps_per_epoch * args.epochs
    warm = int(0.06 * total)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, warm)) * max(0.0, (total - s) / max(1, total - warm)))

    def batch(idx):
        width = max(len(tokens[i]) for i in idx)
        h = np.zeros((len(idx), width, HIDDEN), dtype=np.float32)
        mask = np.zeros((len(idx), width), dtype=np.float32)
        for j, i in enumerate(idx):
            h[j, : len(tokens[i])] = tokens[i]
            mask[j, : len(tokens[i])] = 1
        return torch.from_numpy(h), torch.from_numpy(mask), torch.from_numpy(layer2[idx])

    def batches(idx, shuffle):
        idx = sorted(idx, key=lambda i: len(tokens[i]))
        groups = [idx[k:k + args.batch] for k in range(0, len(idx), args.batch)]
        if shuffle:
            random.shuffle(groups)
        return groups

    with torch.no_grad():  # the features' scale at the start (see Top)
        top.eval()
        sample = random.Random(TH.SEED).sample(list(train_idx), min(4000, len(train_idx)))
        feats = torch.cat([top(*batch(g))[0] for g in batches(sample, False)])
        top.mean.copy_(feats.mean(0))
        top.std.copy_(feats.std(0) + 1e-6)
        top.train()

    bce = torch.nn.functional.binary_cross_entropy_with_logits
    ce = torch.nn.functional.cross_entropy
    c_weight = torch.tensor([0.777, 1.163, 1.919])  # OLID C class weights of the original recipe

    def evaluate():
        top.eval()
        outs = {"tasks": [], "a": []}
        with torch.no_grad():
            for g in batches(list(val_idx), False):
                _, _, t, _ = top(*batch(g))
                outs["tasks"].append((g, torch.sigmoid(t).numpy()))
            for g in batches(list(olid_val_idx), False):
                _, o, _, _ = top(*batch(g))
                outs["a"].append((g, torch.sigmoid(o["head_a"][:, 0]).numpy()))
        top.train()
        p = np.zeros((n, len(names)), dtype=np.float32)
        for g, v in outs["tasks"]:
            p[g] = v
        report = {}
        for j, name in enumerate(names):
            m = y[val_idx, j] >= 0
            yy = y[val_idx, j][m]
            if yy.sum() >= 3:
                report[name] = round(float(average_precision_score(yy, p[val_idx, j][m])), 3)
        pa = np.zeros(n, dtype=np.float32)
        for g, v in outs["a"]:
            pa[g] = v
        ya = olid["a"][olid_val_idx]
        report["olid_a_auc"] = round(float(roc_auc_score(ya, pa[olid_val_idx])), 4)
        report["olid_a_f1@0.5"] = round(float(f1_score(ya, pa[olid_val_idx] >= 0.5, average="macro")), 4)
        report["families_mean_ap"] = round(float(np.mean([report[f] for f in TH.FAMILIES if f in report])), 4)
        return report

    if args.probe_epochs:
        linear_probe(top, [batch(g) for g in batches(list(train_idx), False)],
                     [g for g in batches(list(train_idx), False)], y, target, args.probe_epochs)

    args.out.mkdir(parents=True, exist_ok=True)
    history = [{"epoch": 0, **evaluate()}]
    print(json.dumps(history[-1]), flush=True)
    best = (history[-1]["families_mean_ap"] + history[-1]["olid_a_auc"], 0)
    np.savez(args.out / "top_epoch0.npz", **export_weights(top, param_names, layers))
    step = 0
    t0 = time.time()
    for epoch in range(1, args.epochs + 1):
        for g in batches(list(train_idx), True):
            h, mask, l2 = batch(g)
            _, o, t, tg = top(h, mask, l2)
            yt = torch.from_numpy(y[g])
            lab = yt >= 0
            loss = bce(t[lab], yt[lab]) if lab.any() else t.sum() * 0
            tt = torch.from_numpy(target[g])
            if (tt >= 0).any():
                loss = loss + ce(tg[tt >= 0], tt[tt >= 0])
            for key, head in (("a", "head_a"), ("b", "head_b"), ("hate", "head_hate")):
                v = torch.from_numpy(olid[key][g]).float()
                if (v >= 0).any():
                    loss = loss + bce(o[head][:, 0][v >= 0], v[v >= 0])
            vc = torch.from_numpy(olid["c"][g])
            if (vc >= 0).any():
                loss = loss + ce(o["head_c"][vc >= 0], vc[vc >= 0], weight=c_weight)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(top.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 100 == 0:
                print(f"  epoch {epoch} step {step}/{total} loss {loss.item():.3f} {time.time() - t0:.0f}s", flush=True)
        history.append({"epoch": epoch, **evaluate()})
        print(json.dumps(history[-1]), flush=True)
        np.savez(args.out / f"top_epoch{epoch}.npz", **export_weights(top, param_names, layers))
        score = history[-1]["families_mean_ap"] + history[-1]["olid_a_auc"]
        if score > best[0]:
            best = (score, epoch)
        (args.out / "finetune_history.json").write_text(json.dumps(
            {"history": history, "best_epoch": best[1],
             "args": {k: v for k, v in vars(args).items() if not isinstance(v, (Path, list))},
             "spent_sets": [p.name for p in args.spent]},
            indent=1) + "\n")

    chosen = dict(np.load(args.out / f"top_epoch{best[1]}.npz"))
    write_weights(model, chosen)
    for f in ("tokenizer.json", "labels.json"):
        shutil.copy(args.model_dir / f, args.out / f)
    onnx.save(model, str(args.out / "model.int8.onnx"))
    thresholds = tune_olid_thresholds(args.out, args.datasets, replaces=args.replaces)
    print(f"wrote {args.out / 'model.int8.onnx'} from epoch {best[1]}; thresholds {thresholds}")


def tune_olid_thresholds(model_dir: Path, datasets: Path, replaces: Path | None = None) -> dict:
    """The OLID heads' thresholds, tuned for macro-F1 on validation data with the new int8 model.

    With ``replaces`` (the model the new one replaces), also ``model_attack``
    (see ``tune_model_attack``).
    """
    from postcheck.scoring.embedded import EmbeddedScorer
    from data import best_threshold_f1

    scorer = EmbeddedScorer(model_dir, threads=2)
    _, olid_val = D.olid_train_val_split(datasets)
    hate_val = D.tweeteval_hate(datasets, "val")
    p = scorer.score_array([e.text for e in olid_val])
    ph = scorer.score_array([e.text for e in hate_val])
    b = [i for i, e in enumerate(olid_val) if e.b >= 0]
    out = {"offensive": best_threshold_f1(np.array([e.a for e in olid_val]), p[:, 0])[0],
           "targeted": best_threshold_f1(np.array([olid_val[i].b for i in b]), p[b, 1])[0],
           "hate": best_threshold_f1(np.array([e.hate for e in hate_val]), ph[:, 5])[0],
           "_note": "decision thresholds tuned for macro-F1 on validation data (OLID train hold-out, TweetEval hate "
                    "val) with model.int8.onnx after training/finetune_top.py; target_* use argmax"}
    if replaces is not None:
        old = EmbeddedScorer(replaces, threads=2)
        p_ref = old.score_array([e.text for e in olid_val])
        out["model_attack"] = tune_model_attack(p, out["targeted"], p_ref, _stored_thresholds(old))
        out["_note"] += ("; model_attack: the lowest offensive probability at which no larger a share of the OLID "
                         "hold-out is over it (and over targeted) than under the replaced model at its own bars")
    (model_dir / "thresholds.json").write_text(json.dumps(out, indent=2) + "\n")
    return out


def _stored_thresholds(scorer) -> dict:
    """The thresholds the checker itself would use with this model (its own, over the defaults)."""
    from postcheck.config import config_from_dict, model_thresholds

    return model_thresholds(config_from_dict({"council": {}}), scorer.thresholds)


def tune_model_attack(p_new: np.ndarray, targeted: float, p_ref: np.ndarray, ref: dict) -> float:
    """The offensive bar for a personal attack on the OLID heads' word alone, at the replaced model's operating point.

    Fine-tuning compresses the OLID heads' probabilities, so an old bar means
    something else on a new model. The new bar is the lowest (grid 0.05-0.95)
    at which the new model passes no larger a share of the OLID hold-out over
    both bars (offensive and targeted) than the model it replaces did at its own.
    Run against itself, a model gets back its own bar.
    """
    wanted = float(((p_ref[:, 0] >= ref["model_attack"]) & (p_ref[:, 1] >= ref["targeted"])).mean())
    grid = [round(float(t), 2) for t in np.arange(0.05, 0.96, 0.01)]
    return next((t for t in grid if ((p_new[:, 0] >= t) & (p_new[:, 1] >= targeted)).mean() <= wanted), grid[-1])


if __name__ == "__main__":
    main()
