"""Fetch a Detoxify model once, for offline use afterwards.

``fetch_detoxify("original", dest)`` downloads the Detoxify checkpoint from the
release URL Detoxify itself uses (``detoxify.detoxify.MODEL_URLS``), saves the
transformers config and tokenizer of the checkpoint's base model
(``from_pretrained(...).save_pretrained(...)``), and rewrites the checkpoint for
local loading (``model_type`` -> the local directory, ``num_labels`` in
``config.json``, no Lightning ``model.`` prefix). Layout::

    dest/detoxify-<name>/<name>.ckpt
    dest/detoxify-<name>/hf/config.json, tokenizer files

It needs the network, and fails with a one-line :class:`FetchError` without it.
The ``postcheck models fetch`` command calls it and prints the result's
:meth:`FetchedDetoxify.toml` for the ``[toxicity]`` table.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from postcheck.errors import PostcheckError
from postcheck.scoring.detoxify_backend import (
    DetoxifyScorer,
    ScorerUnavailable,
    _one_line,
    _replace_arch_args,
    strip_lightning_prefix,
    validate_checkpoint,
)

#: torch.hub's convention: ``name-<sha256 prefix>.ext`` carries a hash prefix.
_HASH_RE = re.compile(r"-([a-f0-9]{6,})\.")
_CHUNK = 1 << 20


class FetchError(PostcheckError, RuntimeError, code="fetch"):
    """A model could not be fetched; the message is one line for the user."""


@dataclass(frozen=True)
class FetchedDetoxify:
    """Where a fetched Detoxify model was written."""

    model_name: str
    checkpoint: Path
    huggingface_config_path: Path

    def config(self) -> dict[str, str]:
        """The ``[toxicity]`` settings that select this model."""
        return {
            "backend": "detoxify",
            "checkpoint": str(self.checkpoint),
            "huggingface_config_path": str(self.huggingface_config_path),
        }

    def toml(self) -> str:
        """The ``[toxicity]`` table as TOML text."""
        lines = ["[toxicity]"]
        for key, value in self.config().items():
            escaped = value.replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'{key} = "{escaped}"')
        return "\n".join(lines) + "\n"


def _imports():
    try:
        import torch
        import transformers
        import detoxify.detoxify as detoxify_module
    except ImportError as exc:
        raise FetchError(
            f"fetching a Detoxify model needs the 'detoxify' extra (torch, transformers, detoxify): {_one_line(exc)}"
        ) from None
    return torch, transformers, detoxify_module


def download(url: str, target: Path, timeout: float = 60.0) -> Path:
    """Download ``url`` to ``target`` atomically, checking a hash prefix in its name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    match = _HASH_RE.search(os.path.basename(url))
    digest = hashlib.sha256()
    fd, part = tempfile.mkstemp(prefix=target.name + ".", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            try:
                with urllib.request.urlopen(url, timeout=timeout) as response:
                    while True:
                        chunk = response.read(_CHUNK)
                        if not chunk:
                            break
                        digest.update(chunk)
                        out.write(chunk)
            except Exception as exc:
                reason = getattr(exc, "reason", None)
                detail = _one_line(reason) if isinstance(reason, BaseException) else _one_line(exc)
                raise FetchError(f"cannot download {url} (no network?): {detail}") from None
        if match and not digest.hexdigest().startswith(match.group(1)):
            raise FetchError(f"download of {url} is corrupt: its sha256 does not start with {match.group(1)}")
        os.replace(part, target)
    finally:
        if os.path.exists(part):
            os.unlink(part)
    return target


def fetch_detoxify(
    model_name: str,
    dest: str | os.PathLike,
    *,
    url: str | None = None,
    timeout: float = 60.0,
    force: bool = False,
    verify: bool = True,
) -> FetchedDetoxify:
    """Download Detoxify model ``model_name`` under ``dest`` for offline use.

    ``url`` overrides Detoxify's release URL (a mirror, or a ``file://`` URL).
    An existing fetch is reused unless ``force``. With ``verify`` the result is
    loaded once through :class:`DetoxifyScorer` (which checks the weights
    really load). Raises :class:`FetchError` with a one-line message.
    """
    torch, transformers, detoxify_module = _imports()
    urls = getattr(detoxify_module, "MODEL_URLS", {})
    if url is None:
        if model_name not in urls:
            raise FetchError(f"unknown Detoxify model {model_name!r} (choose from: {', '.join(sorted(urls))})")
        url = urls[model_name]
    safe_name = re.sub(r"[^A-Za-z0-9_.-]", "_", model_name)
    model_dir = Path(dest).expanduser().resolve() / f"detoxify-{safe_name}"
    ckpt_path = model_dir / f"{safe_name}.ckpt"
    hf_dir = model_dir / "hf"
    result = FetchedDetoxify(model_name, ckpt_path, hf_dir)

    if not force and ckpt_path.is_file() and (hf_dir / "config.json").is_file():
        if verify:
            _verify(result)
        return result

    try:
        model_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FetchError(f"cannot create {model_dir}: {_one_line(exc)}") from None
    raw_path = model_dir / (os.path.basename(url.split("?", 1)[0]) or "download.ckpt")
    if raw_path == ckpt_path:
        raw_path = model_dir / (raw_path.name + ".download")
    download(url, raw_path, timeout=timeout)
    try:
        loaded = torch.load(raw_path, map_location="cpu", weights_only=False)
    except Exception as exc:
        raise FetchError(f"downloaded file is not a readable checkpoint: {_one_line(exc)}") from None
    try:
        args, classes = validate_checkpoint(loaded, source=f"download from {url}")
    except ScorerUnavailable as exc:
        raise FetchError(str(exc)) from None

    _save_hf_files(transformers, args, classes, hf_dir)

    args["model_type"] = str(hf_dir)
    fixed = dict(loaded)
    fixed["config"] = _replace_arch_args(loaded["config"], args)
    fixed["state_dict"], _ = strip_lightning_prefix(loaded["state_dict"])
    part = ckpt_path.with_name(ckpt_path.name + ".part")
    try:
        torch.save(fixed, part)
        os.replace(part, ckpt_path)
    except OSError as exc:
        raise FetchError(f"cannot write {ckpt_path}: {_one_line(exc)}") from None
    finally:
        if part.exists():
            part.unlink()
    del loaded, fixed
    raw_path.unlink(missing_ok=True)

    if verify:
        _verify(result)
    return result


def _save_hf_files(transformers: Any, args: dict, classes: list[str], hf_dir: Path) -> None:
    """Save the base model's config (with num_labels) and tokenizer to ``hf_dir``."""
    base = str(args["model_type"])
    num_classes = int(args["num_classes"])
    try:
        model_class = getattr(transformers, str(args["model_name"]))
        tokenizer_class = getattr(transformers, str(args["tokenizer_name"]))
    except AttributeError as exc:
        raise FetchError(f"transformers {transformers.__version__} lacks a class the checkpoint needs: {_one_line(exc)}") from None
    try:
        config = model_class.config_class.from_pretrained(base, num_labels=num_classes)
        tokenizer = tokenizer_class.from_pretrained(base)
    except Exception as exc:
        raise FetchError(f"cannot download the config/tokenizer of {base!r} (no network?): {_one_line(exc)}") from None
    config.id2label = {i: name for i, name in enumerate(classes)}
    config.label2id = {name: i for i, name in enumerate(classes)}
    tmp = Path(tempfile.mkdtemp(prefix="hf.", dir=hf_dir.parent))
    try:
        config.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        vocab = tmp / "vocab.txt"
        if str(args["tokenizer_name"]).startswith("Bert") and not vocab.exists() and hasattr(tokenizer, "get_vocab"):
            # transformers 5 wants vocab.txt beside tokenizer.json for BERT
            ordered = sorted(tokenizer.get_vocab().items(), key=lambda kv: kv[1])
            vocab.write_text("".join(tok + "\n" for tok, _ in ordered), encoding="utf-8")
        if hf_dir.exists():
            shutil.rmtree(hf_dir)
        os.replace(tmp, hf_dir)
    except OSError as exc:
        raise FetchError(f"cannot write {hf_dir}: {_one_line(exc)}") from None
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _verify(result: FetchedDetoxify) -> None:
    try:
        scorer = DetoxifyScorer(
            checkpoint=result.checkpoint, huggingface_config_path=result.huggingface_config_path
        )
        scorer.score(["fetched model check"])
    except ScorerUnavailable as exc:
        raise FetchError(f"the fetched model does not load: {exc}") from None
