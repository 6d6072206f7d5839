"""The Detoxify toxicity backend (optional extra ``detoxify``).

Detoxify (https://github.com/unitaryai/detoxify) wraps a BERT/RoBERTa/ALBERT
classifier fine-tuned on the Jigsaw toxic-comment data. Its named models
(``original``, ``unbiased``, ...) are downloaded on first use; where no network
is available, fetch them once with :func:`postcheck.scoring.fetch.fetch_detoxify`
and point the scorer at the local files::

    [toxicity]
    backend = "detoxify"
    checkpoint = ".../detoxify-original/original.ckpt"
    huggingface_config_path = ".../detoxify-original/hf"

A checkpoint is a ``torch.save``-d dict ``{"config": ..., "state_dict": ...}``
where ``config["arch"]["args"]`` holds exactly ``model_type``, ``model_name``
(a transformers class such as ``BertForSequenceClassification``),
``tokenizer_name`` and ``num_classes``, and
``config["dataset"]["args"]["classes"]`` names the outputs.

Detoxify's local loading has traps, all handled here:

* it calls ``from_pretrained(model_type)`` even when ``huggingface_config_path``
  is given, so a hub name there (``bert-base-uncased``) needs the network: the
  scorer rewrites ``model_type`` to the local directory (in memory; the file on
  disk is not changed);
* a ``config.json`` without the right ``num_labels`` makes the classifier head
  the wrong shape: the scorer then lets Detoxify build the config from the
  local directory with ``num_labels`` taken from the checkpoint;
* a state dict that keeps PyTorch Lightning's ``model.`` prefix would load
  *random* weights with only a warning: the prefix is stripped, and after every
  load the model's tensors are compared with the checkpoint's; any parameter
  missing or different raises :class:`ScorerUnavailable` instead of scoring
  with random weights;
* keep the tokenizer files that ``save_pretrained`` writes together (with
  transformers 5, ``vocab.txt`` beside ``tokenizer.json`` for BERT); a
  tokenizer that maps ordinary English to ``[UNK]`` only is refused.

``torch``, ``transformers`` and ``detoxify`` are imported inside the class, so
``postcheck`` imports without them.
"""
from __future__ import annotations

import io
import json
import logging
import os
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..errors import PostcheckError

log = logging.getLogger(__name__)

#: Detoxify class names (after Detoxify's own renaming, and the raw Jigsaw
#: names in case a checkpoint reaches us unrenamed) -> standard label names.
CLASS_TO_LABEL: dict[str, str] = {
    "toxicity": "toxicity",
    "toxic": "toxicity",
    "severe_toxicity": "severe_toxicity",
    "severe_toxic": "severe_toxicity",
    "obscene": "obscene",
    "threat": "threat",
    "insult": "insult",
    "identity_attack": "identity_attack",
    "identity_hate": "identity_attack",
}

#: Order of the labels this backend can return (a subset of STANDARD_LABELS,
#: in that order). ``offensive`` is a copy of ``toxicity``.
_LABEL_ORDER = ("offensive", "toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack")

_ARCH_KEYS = ("model_type", "model_name", "tokenizer_name", "num_classes")
_LIGHTNING_PREFIX = "model."
_TOKENIZER_FILES = (
    "tokenizer.json",
    "vocab.txt",
    "vocab.json",
    "sentencepiece.bpe.model",
    "spiece.model",
)
_PROBE_TEXT = "this is a test of the council"


class ScorerUnavailable(PostcheckError, RuntimeError, code="scorer"):
    """The Detoxify scorer cannot be built; the message is one line for the user."""


def _one_line(exc: BaseException) -> str:
    """The first non-empty line of an exception's message, with its type."""
    text = str(exc).strip()
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    name = type(exc).__name__
    return f"{name}: {first}" if first else name


def _import_detoxify():
    try:
        import torch
        import transformers
        import detoxify.detoxify as detoxify_module
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ScorerUnavailable(
            f"the Detoxify backend needs the 'detoxify' extra (torch, transformers, detoxify): {_one_line(exc)}"
        ) from None
    return torch, transformers, detoxify_module


def _load_checkpoint_file(torch: Any, path: Path) -> dict:
    """torch.load a Detoxify checkpoint on the CPU (memory-mapped where possible)."""
    if not path.is_file():
        raise ScorerUnavailable(f"Detoxify checkpoint not found: {path}")
    try:
        try:
            loaded = torch.load(path, map_location="cpu", weights_only=True, mmap=True)
        except RuntimeError:
            # legacy (non-zip) serialisation cannot be memory-mapped
            loaded = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:
        raise ScorerUnavailable(f"cannot read Detoxify checkpoint {path}: {_one_line(exc)}") from None
    return loaded


def validate_checkpoint(loaded: Any, source: str = "checkpoint") -> tuple[dict, list[str]]:
    """Check a loaded checkpoint has Detoxify's layout; return (arch args, classes)."""
    if not isinstance(loaded, Mapping) or "config" not in loaded or "state_dict" not in loaded:
        raise ScorerUnavailable(f"{source} is not a Detoxify checkpoint (needs a dict with 'config' and 'state_dict')")
    config = loaded["config"]
    try:
        args = config["arch"]["args"]
        classes = list(config["dataset"]["args"]["classes"])
    except (KeyError, TypeError):
        raise ScorerUnavailable(
            f"{source}: config needs arch.args and dataset.args.classes (Detoxify's layout)"
        ) from None
    missing = [k for k in _ARCH_KEYS if k not in args]
    extra = [k for k in args if k not in _ARCH_KEYS]
    if missing or extra:
        raise ScorerUnavailable(
            f"{source}: config.arch.args must hold exactly {', '.join(_ARCH_KEYS)}"
            f" (missing: {missing or 'none'}; unexpected: {extra or 'none'})"
        )
    if int(args["num_classes"]) != len(classes):
        raise ScorerUnavailable(
            f"{source}: num_classes is {args['num_classes']} but dataset.args.classes names {len(classes)}"
        )
    if not isinstance(loaded["state_dict"], Mapping) or not loaded["state_dict"]:
        raise ScorerUnavailable(f"{source}: state_dict is empty or not a mapping")
    return dict(args), classes


def strip_lightning_prefix(state_dict: Mapping[str, Any]) -> tuple[dict, bool]:
    """Drop PyTorch Lightning's ``model.`` prefix when every key carries it."""
    keys = list(state_dict)
    if keys and all(k.startswith(_LIGHTNING_PREFIX) for k in keys):
        return {k[len(_LIGHTNING_PREFIX):]: v for k, v in state_dict.items()}, True
    return dict(state_dict), False


def _config_num_labels(config_json: Path) -> int | None:
    """The label count a config.json would give a model (None when unspecified)."""
    try:
        data = json.loads(config_json.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ScorerUnavailable(f"cannot read {config_json}: {_one_line(exc)}") from None
    if "num_labels" in data:
        return int(data["num_labels"])
    if isinstance(data.get("id2label"), Mapping):
        return len(data["id2label"])
    return None


def _legacy_names(key: str) -> list[str]:
    """Older checkpoint spellings of a parameter name (LayerNorm gamma/beta)."""
    if key.endswith("LayerNorm.weight"):
        return [key[: -len("weight")] + "gamma"]
    if key.endswith("LayerNorm.bias"):
        return [key[: -len("bias")] + "beta"]
    return []


def verify_weights(model: Any, state_dict: Mapping[str, Any], torch: Any) -> None:
    """Raise ScorerUnavailable unless every model parameter equals the checkpoint's.

    transformers only *warns* when checkpoint keys do not match the model (and
    then keeps the random initialisation); this makes that a hard error.
    Buffers missing from the checkpoint (e.g. ``position_ids``) are ignored:
    they are not learnt.
    """
    param_names = {name for name, _ in model.named_parameters()}
    problems: list[str] = []
    model_state = model.state_dict()
    for name, tensor in model_state.items():
        source = state_dict.get(name)
        if source is None:
            source = next((state_dict[k] for k in _legacy_names(name) if k in state_dict), None)
        if source is None:
            if name in param_names:
                problems.append(f"{name} missing")
            continue
        if tuple(source.shape) != tuple(tensor.shape):
            problems.append(f"{name} shape {tuple(source.shape)} != {tuple(tensor.shape)}")
            continue
        if not torch.equal(tensor.detach().cpu(), source.detach().to(device="cpu", dtype=tensor.dtype)):
            problems.append(f"{name} differs")
    if problems:
        raise ScorerUnavailable(
            f"checkpoint weights were not loaded into the model ({len(problems)} of {len(model_state)} tensors"
            f" missing or different, e.g. {problems[0]}); refusing to score with random weights"
        )


class DetoxifyScorer:
    """Scores texts with a Detoxify model; see the module docstring.

    ``model_name`` is a Detoxify model (``original``, ``unbiased``,
    ``multilingual``, ``original-small``, ``unbiased-small``), used only when
    no ``checkpoint`` is given (Detoxify then downloads it). With a local
    ``checkpoint``, ``huggingface_config_path`` names the directory holding the
    transformers ``config.json`` and tokenizer files. ``batch_size`` texts,
    sorted by length, go through the model at once.

    Returns the standard labels the model has (``toxicity``,
    ``severe_toxicity``, ``obscene``, ``threat``, ``insult``,
    ``identity_attack``) plus ``offensive`` = ``toxicity``. Extra Detoxify
    classes (``sexual_explicit``, the identity columns of ``unbiased``) are in
    ``class_names`` but not returned.
    """

    def __init__(
        self,
        model_name: str = "original",
        checkpoint: str | os.PathLike | None = None,
        huggingface_config_path: str | os.PathLike | None = None,
        device: str = "cpu",
        batch_size: int = 16,
    ):
        torch, transformers, detoxify_module = _import_detoxify()
        self.model_name = model_name
        self.device = device
        self.batch_size = max(1, int(batch_size))
        self.checkpoint = Path(checkpoint) if checkpoint is not None else None
        self.huggingface_config_path = (
            Path(huggingface_config_path) if huggingface_config_path is not None else None
        )
        if self.checkpoint is None:
            self._detox = self._load_named(torch, detoxify_module)
        else:
            self._detox = self._load_local(torch, transformers, detoxify_module)

        self.class_names: tuple[str, ...] = tuple(self._detox.class_names)
        available = {}
        for cls in self.class_names:
            label = CLASS_TO_LABEL.get(cls)
            if label is not None and label not in available:
                available[label] = cls
        if "toxicity" in available:
            available["offensive"] = available["toxicity"]
        if not available:
            raise ScorerUnavailable(
                f"Detoxify model has none of the standard classes (it has: {', '.join(self.class_names)})"
            )
        self._label_to_class: dict[str, str] = {lab: available[lab] for lab in _LABEL_ORDER if lab in available}
        self.labels: tuple[str, ...] = tuple(self._label_to_class)
        self._fix_max_length()
        self._check_tokenizer()

    # -- loading ---------------------------------------------------------
    def _load_named(self, torch: Any, detoxify_module: Any) -> Any:
        if self.huggingface_config_path is not None:
            raise ScorerUnavailable("huggingface_config_path needs a checkpoint as well")
        urls = getattr(detoxify_module, "MODEL_URLS", {})
        if self.model_name not in urls:
            raise ScorerUnavailable(
                f"unknown Detoxify model {self.model_name!r} (choose from: {', '.join(sorted(urls))})"
            )
        try:
            detox = detoxify_module.Detoxify(self.model_name, device=self.device)
        except Exception as exc:
            raise ScorerUnavailable(
                f"cannot load Detoxify model {self.model_name!r} ({_one_line(exc)}); without a network,"
                " fetch it elsewhere with `postcheck models fetch` and set checkpoint and huggingface_config_path"
            ) from None
        # Detoxify keeps the download in torch.hub's cache: check against it where it is.
        cached = Path(torch.hub.get_dir()) / "checkpoints" / os.path.basename(urls[self.model_name])
        if cached.is_file():
            loaded = _load_checkpoint_file(torch, cached)
            state_dict, _ = strip_lightning_prefix(loaded["state_dict"])
            verify_weights(detox.model, state_dict, torch)
        return detox

    def _load_local(self, torch: Any, transformers: Any, detoxify_module: Any) -> Any:
        path = self.checkpoint
        assert path is not None
        loaded = _load_checkpoint_file(torch, path)
        args, classes = validate_checkpoint(loaded, source=f"checkpoint {path}")
        for attr in ("model_name", "tokenizer_name"):
            if not hasattr(transformers, str(args[attr])):
                raise ScorerUnavailable(
                    f"checkpoint {path}: transformers {transformers.__version__} has no {attr} {args[attr]!r}"
                )
        changed = False
        state_dict, stripped = strip_lightning_prefix(loaded["state_dict"])
        if stripped:
            log.info("%s: stripped the Lightning 'model.' prefix from the state_dict keys", path)
            changed = True

        hf_path: str | None = None
        hf_dir = self.huggingface_config_path
        if hf_dir is not None:
            if not hf_dir.is_dir():
                raise ScorerUnavailable(f"huggingface_config_path is not a directory: {hf_dir}")
            config_json = hf_dir / "config.json"
            if not config_json.is_file():
                raise ScorerUnavailable(f"no config.json in huggingface_config_path {hf_dir}")
            if not any((hf_dir / name).is_file() for name in _TOKENIZER_FILES):
                raise ScorerUnavailable(
                    f"no tokenizer files in huggingface_config_path {hf_dir} (expected one of {', '.join(_TOKENIZER_FILES)})"
                )
            local_type = str(hf_dir.resolve())
            if args["model_type"] != local_type:
                # Detoxify always calls from_pretrained(model_type): make that local.
                if not Path(str(args["model_type"])).is_dir():
                    log.info("%s: model_type %r replaced by %s", path, args["model_type"], local_type)
                args["model_type"] = local_type
                changed = True
            n_labels = _config_num_labels(config_json)
            if n_labels == int(args["num_classes"]):
                hf_path = local_type
            else:
                # Let Detoxify build the config from model_type (now the local
                # directory) with num_labels=num_classes instead.
                log.info(
                    "%s: num_labels is %s, the checkpoint has %s classes; using num_labels=%s",
                    config_json, n_labels, args["num_classes"], args["num_classes"],
                )
        elif not Path(str(args["model_type"])).is_dir():
            log.warning(
                "%s: model_type %r is not a local directory; loading it needs the network or the HF cache"
                " (pass huggingface_config_path to load offline)", path, args["model_type"],
            )

        if changed:
            fixed = dict(loaded)
            fixed["config"] = _replace_arch_args(loaded["config"], args)
            fixed["state_dict"] = state_dict
            buffer = io.BytesIO()
            torch.save(fixed, buffer)
            buffer.seek(0)
            source: Any = buffer
        else:
            source = str(path)
        try:
            detox = detoxify_module.Detoxify(
                checkpoint=source, device=self.device, huggingface_config_path=hf_path
            )
        except Exception as exc:
            raise ScorerUnavailable(f"Detoxify could not load checkpoint {path}: {_one_line(exc)}") from None
        verify_weights(detox.model, state_dict, torch)
        if list(detox.class_names) != [_detoxify_rename(c) for c in classes]:  # pragma: no cover - sanity
            raise ScorerUnavailable(f"checkpoint {path}: unexpected class names {detox.class_names}")
        return detox

    def _fix_max_length(self) -> None:
        """Cap the tokenizer's max length at what the position embeddings allow."""
        tokenizer = self._detox.tokenizer
        config = self._detox.model.config
        limit = getattr(config, "max_position_embeddings", None)
        if not limit:
            return
        if getattr(config, "model_type", "") in ("roberta", "xlm-roberta", "camembert"):
            limit -= 2  # these offset positions by padding_idx + 1
        if getattr(tokenizer, "model_max_length", 0) > limit:
            tokenizer.model_max_length = limit

    def _check_tokenizer(self) -> None:
        """Refuse a tokenizer that turns plain English into unknown tokens only."""
        tokenizer = self._detox.tokenizer
        unk = getattr(tokenizer, "unk_token_id", None)
        if unk is None:
            return
        ids = tokenizer(_PROBE_TEXT, add_special_tokens=False)["input_ids"]
        if ids and all(i == unk for i in ids):
            raise ScorerUnavailable(
                "the Detoxify tokenizer maps plain English to unknown tokens only: its vocabulary did not load"
                " (keep vocab.txt beside tokenizer.json in huggingface_config_path)"
            )

    # -- scoring ---------------------------------------------------------
    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """One ``{label: probability}`` dict per text, in input order."""
        items = ["" if t is None else str(t) for t in texts]
        results: list[dict[str, float] | None] = [None] * len(items)
        order = sorted(range(len(items)), key=lambda i: len(items[i]))
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            raw = self._detox.predict([items[i] for i in idx])
            columns = {}
            for label, cls in self._label_to_class.items():
                values = raw[cls]
                columns[label] = values if isinstance(values, list) else [values]
            for j, i in enumerate(idx):
                results[i] = {label: float(columns[label][j]) for label in self.labels}
        return [r for r in results if r is not None]


def _detoxify_rename(name: str) -> str:
    return {"toxic": "toxicity", "identity_hate": "identity_attack", "severe_toxic": "severe_toxicity"}.get(name, name)


def _replace_arch_args(config: Mapping[str, Any], args: Mapping[str, Any]) -> dict:
    """A copy of a checkpoint config with ``arch.args`` replaced."""
    new = dict(config)
    arch = dict(new["arch"])
    arch["args"] = dict(args)
    new["arch"] = arch
    return new
