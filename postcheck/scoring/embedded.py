"""The embedded, offline toxicity model: a fine-tuned MiniLM-L6 run with ONNX Runtime.

Only ``onnxruntime``, ``tokenizers`` and ``numpy`` are needed at run time. The
model directory (``postcheck/data/models/embedded``) holds:

* ``model.int8.onnx`` (or ``model.onnx``): inputs ``input_ids`` and
  ``attention_mask`` (int64, ``[batch, seq]``), output ``probs`` (float32,
  ``[batch, 6]``) in the order of ``labels.json``;
* ``tokenizer.json``: the MiniLM WordPiece tokenizer;
* ``labels.json``: label order, ``max_len`` and the model file name;
* ``thresholds.json``: decision thresholds tuned on validation data (see
  ``MODEL_CARD.md``); the scorer itself returns probabilities only;
* ``heads.json`` / ``heads.npz``: the judgement heads on the encoder's vectors
  (``postcheck.scoring.heads``);
* ``ngrams.json`` / ``ngrams.npz`` (optional): a word and character n-gram
  model whose logit is averaged into some heads' (``postcheck.scoring.ngrams``).

Label semantics (see ``postcheck.scoring.base``):

* ``offensive`` P(OLID A = OFF);
* ``targeted`` P(OLID B = TIN | offensive);
* ``target_individual`` / ``target_group`` / ``target_other``: the OLID C
  distribution given a targeted insult (the three sum to 1);
* ``hate`` P(hateful towards immigrants/women-style group hate, HatEval).
"""
from __future__ import annotations

import json
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Sequence

import numpy as np

from ..people import HANDLE

DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "models" / "embedded"

_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MENTION_RUN_RE = re.compile(r"@USER(?:\s+@USER)+")


#: the token vectors behind each pooled feature (for splitting a head's logit over words)
TOKEN_OUTPUT = {"pooled": "layer5"}


def normalise_text_with_map(text: str) -> tuple[str, list[int]]:
    """``normalise_text`` and, per output character, the input character it came from."""
    out: list[str] = []
    origin: list[int] = []
    spans = sorted([(m.start(), m.end(), "URL") for m in _URL_RE.finditer(text)])
    last = 0
    pieces = []
    for start, end, repl in spans:
        if start < last:
            continue
        pieces.append((last, start, None))
        pieces.append((start, end, repl))
        last = end
    pieces.append((last, len(text), None))
    for start, end, repl in pieces:
        if repl is None:
            chunk = text[start:end]
            pos = 0
            for m in HANDLE.finditer(chunk):
                out.extend(chunk[pos:m.start()]); origin.extend(range(start + pos, start + m.start()))
                out.extend("@USER"); origin.extend([start + m.start()] * 5)
                pos = m.end()
            out.extend(chunk[pos:]); origin.extend(range(start + pos, end))
        else:
            out.extend(repl); origin.extend([start] * len(repl))
    return "".join(out), origin


def normalise_text(text: str) -> str:
    """Map a raw post onto the training text conventions.

    OLID masks user handles as ``@USER`` and links as ``URL``; the same is done
    here for any post, and runs of consecutive mentions collapse to one, so
    reply chains do not eat the 64-token budget. Used identically in training.
    """
    text = _URL_RE.sub("URL", text)
    text = HANDLE.sub("@USER", text)
    text = _MENTION_RUN_RE.sub("@USER", text)
    return text.strip()


class EmbeddedScorer:
    """Scores posts with the shipped ONNX model (see the module docstring).

    ``threads`` sets ONNX Runtime's intra-op threads. ``batch_size`` is the
    inference batch: texts are sorted by token length and run in small batches.
    The default of 1 makes every post's score independent of the other posts
    in the call: dynamic int8 quantisation picks one activation scale per
    batch, so with batches > 1 a score can shift (by up to ~0.03 in tests) with
    its neighbours.
    """

    def __init__(self, model_dir: str | Path | None = None, threads: int = 1, batch_size: int = 1):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.model_dir = Path(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR
        meta_path = self.model_dir / "labels.json"
        tok_path = self.model_dir / "tokenizer.json"
        if not meta_path.is_file() or not tok_path.is_file():
            raise FileNotFoundError(
                f"embedded model files missing in {self.model_dir} (need labels.json, tokenizer.json "
                "and the ONNX model); see postcheck/data/models/embedded/MODEL_CARD.md"
            )
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        self.labels: tuple[str, ...] = tuple(meta["labels"])
        self.max_len = int(meta["max_len"])
        model_path = self.model_dir / meta["model_file"]
        if not model_path.is_file():
            raise FileNotFoundError(f"ONNX model file missing: {model_path}")
        thr_path = self.model_dir / "thresholds.json"
        self.thresholds: dict[str, float] = (
            json.loads(thr_path.read_text(encoding="utf-8")) if thr_path.is_file() else {}
        )

        self.tokenizer = Tokenizer.from_file(str(tok_path))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=self.max_len)
        self._pad_id = self.tokenizer.token_to_id("[PAD]") or 0

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = max(1, int(threads))
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(model_path), sess_options=opts, providers=["CPUExecutionProvider"])
        self.batch_size = max(1, int(batch_size))
        self.heads = None
        self.base_labels = self.labels
        outputs = {o.name for o in self.session.get_outputs()}
        if (self.model_dir / "heads.json").is_file():
            from .heads import Heads, HeadsError

            self.heads = Heads(self.model_dir)
            missing = [f for f in self.heads.features if f not in outputs]
            if missing:
                raise HeadsError(f"{model_path}: the heads read {', '.join(missing)}, which the ONNX model does not output")
            self.labels = self.labels + self.heads.labels
            self.thresholds.update(self.heads.thresholds)
        self.ngrams = None
        self._blended: list[int] = []
        if self.heads is not None and (self.model_dir / "ngrams.json").is_file():
            from .ngrams import NgramModel, NgramsError

            self.ngrams = NgramModel(self.model_dir)
            missing = [o for o in self.ngrams.outputs if o not in self.heads.labels]
            if missing:
                raise NgramsError(f"{self.model_dir}: the n-grams blend {missing[0]}, which no head outputs")
            self._blended = [self.heads.labels.index(o) for o in self.ngrams.outputs]
        self._outputs = ["probs"] + (list(self.heads.features) if self.heads is not None else [])
        #: the token vectors ``attribute`` splits a head's logit over; the scoring pass fetches them
        #: too and keeps the last few posts' (``_token_cache``), so explaining a finding on a post
        #: just scored costs no second encoder pass
        self._token_names = ([TOKEN_OUTPUT.get(f, f) for f in self.heads.features] if self.heads is not None else [])
        self._fetch = self._outputs + [n for n in self._token_names if n not in self._outputs]
        self._token_cache: OrderedDict[str, list[np.ndarray]] = OrderedDict()
        self._cache_lock = threading.Lock()

    # -- internals ---------------------------------------------------------
    TOKEN_CACHE_SIZE = 64  # two batches of the default size; up to ~19 MB at the 64-token maximum

    def _encode(self, texts: Sequence[str]) -> tuple[list[str], list[list[int]]]:
        """Each text as the model reads it (``normalise_text``), and its token ids."""
        prepared = [normalise_text(t) for t in texts]
        return prepared, [e.ids for e in self.tokenizer.encode_batch(prepared)]

    def _remember(self, prepared: str, layers: list[np.ndarray]) -> None:
        with self._cache_lock:
            self._token_cache[prepared] = layers
            self._token_cache.move_to_end(prepared)
            while len(self._token_cache) > self.TOKEN_CACHE_SIZE:
                self._token_cache.popitem(last=False)

    def _token_layers(self, prepared: str, ids: np.ndarray) -> list[np.ndarray]:
        """The token vectors of one prepared text: from the scoring pass when it ran alone, else a pass now."""
        with self._cache_lock:
            layers = self._token_cache.get(prepared)
        if layers is not None:
            return layers
        return [o[0] for o in self.session.run(self._token_names, {"input_ids": ids, "attention_mask": np.ones_like(ids)})]

    def _batch(self, ids_list: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        n = len(ids_list)
        width = max(len(x) for x in ids_list)
        ids = np.full((n, width), self._pad_id, dtype=np.int64)
        mask = np.zeros((n, width), dtype=np.int64)
        for i, x in enumerate(ids_list):
            ids[i, : len(x)] = x
            mask[i, : len(x)] = 1
        return ids, mask

    def _features(self, outputs: list[np.ndarray], mask: np.ndarray) -> np.ndarray:
        """What the heads read: pooled vectors as they are, token outputs mean-pooled over the mask."""
        weights = mask[:, :, None].astype(np.float32)
        parts = [o if o.ndim == 2 else (o * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
                 for o in outputs]
        return np.concatenate(parts, axis=1)

    def _run(self, ids_list: list[list[int]], prepared: Sequence[str] = ()) -> np.ndarray:
        """The base probabilities and, beside them, what the heads read (the heads run once per call, later).

        A text run alone (no padding, so exactly what ``attribute`` would compute)
        leaves its token vectors in the cache under its ``prepared`` form.
        """
        ids, mask = self._batch(ids_list)
        if self.heads is None:
            return self.session.run(["probs"], {"input_ids": ids, "attention_mask": mask})[0]
        fetched = dict(zip(self._fetch, self.session.run(self._fetch, {"input_ids": ids, "attention_mask": mask})))
        if len(ids_list) == 1 and prepared:
            self._remember(prepared[0], [fetched[n][0] for n in self._token_names])
        features = self._features([fetched[f] for f in self._outputs[1:]], mask)
        return np.concatenate([fetched["probs"], features], axis=1)

    def attribute(self, text: str, label: str, top: int = 3, share: float = 0.3) -> list[tuple[int, int, float]]:
        """The words of ``text`` that raised ``label`` most: ``(start, end, logit share)``, strongest first.

        The heads read the mean of the token vectors, so the head's gradient at
        that mean times each token's vector (over the token count) splits the
        logit into one share per token (exactly, for a linear head); a word's
        share is its word pieces' sum. Where the n-grams are blended into the
        head, their per-word shares are added as the blend weighs the two.
        Words kept: positive, at least ``share`` of the strongest, at most
        ``top``. One encoder pass, no re-scoring.
        """
        head = self.heads.head_for(label) if self.heads is not None else None
        if head is None:
            return []
        prepared, origin = normalise_text_with_map(text)
        lead = len(prepared) - len(prepared.lstrip())
        enc = self.tokenizer.encode(prepared.strip())
        ids = np.array([enc.ids], dtype=np.int64)
        layers = self._token_layers(prepared.strip(), ids)
        gradient = head.gradient(np.concatenate([t.mean(axis=0) for t in layers]))
        width = layers[0].shape[1]
        shares = sum(t @ gradient[i * width:(i + 1) * width] for i, t in enumerate(layers)) / len(enc.ids)
        words: dict[int, list] = {}
        for i, word in enumerate(enc.word_ids):
            if word is None:
                continue
            start, end = enc.offsets[i]
            entry = words.setdefault(word, [start, end, 0.0])
            entry[0], entry[1] = min(entry[0], start), max(entry[1], end)
            entry[2] += float(shares[i])
        if self.ngrams is not None and label in self.ngrams.outputs:
            self._add_ngram_shares(prepared.strip(), label, words)
        ranked = sorted((w for w in words.values() if w[2] > 0), key=lambda w: -w[2])
        if not ranked:
            return []
        kept = [w for w in ranked if w[2] >= share * ranked[0][2]][:top]
        spans = []
        for start, end, value in kept:
            a, b = origin[start + lead], origin[end + lead - 1] + 1
            spans.append((a, b, value))
        return spans

    def _add_ngram_shares(self, text: str, label: str, words: dict[int, list]) -> None:
        """Make ``words``' shares those of the blended logit: the head's part weighted as the blend
        weighs it, plus each whitespace word's n-gram share spread over the word pieces' words in it."""
        weight = self.ngrams.weight
        for entry in words.values():
            entry[2] *= 1.0 - weight
        for start, end, share in self.ngrams.word_shares(text, label):
            inside = [w for w in words.values() if w[0] < end and start < w[1]]
            for entry in inside:
                entry[2] += weight * share / len(inside)

    def embed(self, texts: Sequence[str], features: Sequence[str] | None = None) -> np.ndarray:
        """What the heads read (or the named encoder ``features``), one row per text, for training heads."""
        features = tuple(features or (self.heads.features if self.heads is not None else ()))
        if not features:
            raise ValueError(f"{self.model_dir}: name the encoder outputs to embed with (no heads.json here)")
        rows: list[np.ndarray] = [np.zeros(0)] * len(texts)
        _, ids_list = self._encode(list(texts))
        order = sorted(range(len(ids_list)), key=lambda i: len(ids_list[i]))
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            ids, mask = self._batch([ids_list[i] for i in chunk])
            outputs = self.session.run(list(features), {"input_ids": ids, "attention_mask": mask})
            for i, row in zip(chunk, self._features(outputs, mask)):
                rows[i] = row
        return np.stack(rows).astype(np.float32) if rows else np.zeros((0, 0), dtype=np.float32)

    def score_array(self, texts: Sequence[str], batch_size: int | None = None) -> np.ndarray:
        """Probabilities as a ``[len(texts), len(labels)]`` float32 array.

        ``batch_size`` overrides the instance's batch size for this call.
        """
        texts = list(texts)
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        prepared, ids_list = self._encode(texts)
        order = sorted(range(len(texts)), key=lambda i: len(ids_list[i]))
        bs = max(1, int(batch_size)) if batch_size else self.batch_size
        rows: list[np.ndarray] = [np.zeros(0)] * len(texts)
        for start in range(0, len(order), bs):
            chunk = order[start : start + bs]
            for i, row in zip(chunk, self._run([ids_list[i] for i in chunk], [prepared[i] for i in chunk])):
                rows[i] = row
        stacked = np.stack(rows).astype(np.float32)
        if self.heads is None:
            return stacked
        base = len(self.base_labels)
        heads = self.heads.scores(stacked[:, base:])
        if self.ngrams is not None:
            heads[:, self._blended] = self.ngrams.blend(prepared, heads[:, self._blended])
        return np.concatenate([stacked[:, :base], heads], axis=1)

    # -- the Scorer protocol ----------------------------------------------
    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        arr = self.score_array(texts)
        return [{lab: float(v) for lab, v in zip(self.labels, row)} for row in arr]
