"""The Detoxify backend, offline, on a tiny randomly initialised BERT built here.

The model goes through the real Detoxify loading code; the tests check that the
scores equal a direct forward pass of the saved model (so the checkpoint's
weights, not random ones, were used) and cover Detoxify's local-loading traps.
Nothing here touches the network: every socket to a non-loopback address is
refused, and the Hugging Face libraries are put in offline mode.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import urllib.error
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

pytest.importorskip("detoxify")
torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from detoxify import Detoxify  # noqa: E402

from postcheck.scoring.base import STANDARD_LABELS, Scorer  # noqa: E402
from postcheck.scoring.detoxify_backend import (  # noqa: E402
    DetoxifyScorer,
    ScorerUnavailable,
    verify_weights,
)
from postcheck.scoring.fetch import FetchError, FetchedDetoxify, fetch_detoxify  # noqa: E402

JIGSAW_CLASSES = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
DETOXIFY_LABELS = ["toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack"]
WORDS = (
    "the a an you are is i we this that council councillor vote for me my our love hate bad good "
    "stupid idiot kill liar traitor thanks to all residents who came meeting tonight road bins "
    "##s ##ing ##ed , . ! ?"
).split()
TEXTS = [
    "you are an idiot",
    "thanks to all residents who came to the meeting tonight",
    "vote for me",
    "I hate this stupid council!",
    "",
    "we love our road bins",
]


# -- network and hub guards ---------------------------------------------------
@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    try:
        import huggingface_hub.constants as hub_constants

        monkeypatch.setattr(hub_constants, "HF_HUB_OFFLINE", True, raising=False)
    except ImportError:  # pragma: no cover
        pass
    real_connect = socket.socket.connect

    def guarded_connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (host.startswith("127.") or host in ("::1", "localhost")):
            return real_connect(self, address)
        if self.family == socket.AF_UNIX:
            return real_connect(self, address)
        raise OSError(f"network disabled in tests ({host})")

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)


# -- building the tiny model --------------------------------------------------
def _make_hub_dir(path: Path, seed: int = 0) -> Path:
    """A tiny BERT classifier saved with save_pretrained, standing in for a hub model."""
    path.mkdir(parents=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]
    (path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    # transformers 5 ignores BertTokenizer(vocab_file=...): build from the directory instead
    tokenizer = transformers.BertTokenizer.from_pretrained(str(path), model_max_length=48)
    probe = tokenizer("you are an idiot", add_special_tokens=False)["input_ids"]
    assert tokenizer.unk_token_id not in probe, "hand-written vocab.txt was not used"
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=48,
        max_position_embeddings=48,
        num_labels=len(JIGSAW_CLASSES),
    )
    torch.manual_seed(seed)
    model = transformers.BertForSequenceClassification(config)
    with torch.no_grad():  # spread the weights so different texts get clearly different scores
        for param in model.parameters():
            param.add_(torch.randn_like(param) * 0.5)
    model.eval()
    model.save_pretrained(str(path))
    tokenizer.save_pretrained(str(path))
    return path


def _checkpoint(state_dict, model_type, num_classes=len(JIGSAW_CLASSES), classes=JIGSAW_CLASSES) -> dict:
    """Detoxify's checkpoint layout."""
    return {
        "config": {
            "name": "Jigsaw_BERT",
            "arch": {
                "type": "BERT",
                "args": {
                    "model_type": model_type,
                    "model_name": "BertForSequenceClassification",
                    "tokenizer_name": "BertTokenizer",
                    "num_classes": num_classes,
                },
            },
            "dataset": {"type": "JigsawData", "args": {"classes": list(classes)}},
        },
        "state_dict": state_dict,
    }


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    root = tmp_path_factory.mktemp("detoxify")
    hub = _make_hub_dir(root / "hub")
    reference = transformers.BertForSequenceClassification.from_pretrained(str(hub), local_files_only=True)
    reference.eval()
    tokenizer = transformers.BertTokenizer.from_pretrained(str(hub), local_files_only=True)
    state_dict = {k: v.clone() for k, v in reference.state_dict().items()}
    ckpt = root / "toxic_tiny.ckpt"
    # model_type as in the released checkpoints: a hub name, unusable offline
    torch.save(_checkpoint(state_dict, "bert-base-uncased"), ckpt)
    return {"root": root, "hub": hub, "ckpt": ckpt, "state_dict": state_dict, "model": reference, "tokenizer": tokenizer}


def _direct(tiny, texts):
    """Sigmoid of the saved model's logits, one text at a time."""
    out = []
    with torch.no_grad():
        for text in texts:
            enc = tiny["tokenizer"](text, return_tensors="pt", truncation=True)
            probs = torch.sigmoid(tiny["model"](**enc).logits)[0].tolist()
            out.append(dict(zip(DETOXIFY_LABELS, probs)))
    return out


def _assert_matches_direct(scores, tiny, texts):
    expected = _direct(tiny, texts)
    assert len(scores) == len(expected)
    for got, want in zip(scores, expected):
        for label in DETOXIFY_LABELS:
            assert got[label] == pytest.approx(want[label], abs=1e-5), label
        assert got["offensive"] == got["toxicity"]


def _save(tmp_path, name, ckpt_dict) -> Path:
    path = tmp_path / name
    torch.save(ckpt_dict, path)
    return path


# -- loading through the real Detoxify path -----------------------------------
def test_loads_checkpoint_weights_offline(tiny):
    scorer = DetoxifyScorer(checkpoint=tiny["ckpt"], huggingface_config_path=tiny["hub"])
    assert isinstance(scorer, Scorer)
    assert scorer.labels == ("offensive", *DETOXIFY_LABELS)
    assert set(scorer.labels) <= set(STANDARD_LABELS)
    scores = scorer.score(TEXTS)
    _assert_matches_direct(scores, tiny, TEXTS)
    for row in scores:
        assert set(row) == set(scorer.labels)
        assert all(0.0 <= v <= 1.0 for v in row.values())
    # the texts really get different scores, so random weights would show
    assert len({round(row["toxicity"], 4) for row in scores}) > 3


def test_scores_differ_from_a_random_model(tiny, tmp_path):
    other = _make_hub_dir(tmp_path / "other", seed=1)
    random_model = transformers.BertForSequenceClassification.from_pretrained(str(other), local_files_only=True)
    random_model.eval()
    scorer = DetoxifyScorer(checkpoint=tiny["ckpt"], huggingface_config_path=tiny["hub"])
    enc = tiny["tokenizer"](TEXTS[0], return_tensors="pt")
    with torch.no_grad():
        random_tox = torch.sigmoid(random_model(**enc).logits)[0, 0].item()
    assert abs(scorer.score([TEXTS[0]])[0]["toxicity"] - random_tox) > 1e-3


def test_checkpoint_file_is_not_modified(tiny):
    before = tiny["ckpt"].read_bytes()
    DetoxifyScorer(checkpoint=tiny["ckpt"], huggingface_config_path=tiny["hub"])
    assert tiny["ckpt"].read_bytes() == before


def test_order_batches_single_and_empty(tiny):
    scorer = DetoxifyScorer(checkpoint=tiny["ckpt"], huggingface_config_path=tiny["hub"], batch_size=2)
    assert scorer.score([]) == []
    single = scorer.score(["you are an idiot"])  # Detoxify squeezes a batch of one to a float
    assert len(single) == 1
    _assert_matches_direct(single, tiny, ["you are an idiot"])
    texts = list(reversed(TEXTS)) + ["the " * 100]  # longer than the model's 48 positions
    _assert_matches_direct(scorer.score(texts), tiny, texts)


# -- the traps ----------------------------------------------------------------
def test_lightning_prefix_is_stripped_and_proven(tiny, tmp_path):
    prefixed = {"model." + k: v for k, v in tiny["state_dict"].items()}
    ckpt = _save(tmp_path, "lightning.ckpt", _checkpoint(prefixed, "bert-base-uncased"))
    scorer = DetoxifyScorer(checkpoint=ckpt, huggingface_config_path=tiny["hub"])
    _assert_matches_direct(scorer.score(TEXTS), tiny, TEXTS)


def test_plain_detoxify_loads_random_weights_with_prefix_and_verify_catches_it(tiny, tmp_path):
    # The trap itself: Detoxify accepts the prefixed state_dict and keeps random weights.
    prefixed = {"model." + k: v for k, v in tiny["state_dict"].items()}
    ckpt = _save(tmp_path, "lightning.ckpt", _checkpoint(prefixed, str(tiny["hub"])))
    detox = Detoxify(checkpoint=str(ckpt), huggingface_config_path=str(tiny["hub"]))
    with pytest.raises(ScorerUnavailable, match="random weights"):
        verify_weights(detox.model, tiny["state_dict"], torch)
    # and the correctly loaded model passes the same check
    local = _save(tmp_path, "local.ckpt", _checkpoint(tiny["state_dict"], str(tiny["hub"])))
    good = Detoxify(checkpoint=str(local), huggingface_config_path=str(tiny["hub"]))
    verify_weights(good.model, tiny["state_dict"], torch)


def test_mismatched_state_dict_fails_loudly(tiny, tmp_path):
    renamed = {k.replace("bert.", "roberta.", 1): v for k, v in tiny["state_dict"].items()}
    ckpt = _save(tmp_path, "renamed.ckpt", _checkpoint(renamed, "bert-base-uncased"))
    with pytest.raises(ScorerUnavailable, match="refusing to score with random weights") as info:
        DetoxifyScorer(checkpoint=ckpt, huggingface_config_path=tiny["hub"])
    assert "\n" not in str(info.value)


def test_partially_prefixed_state_dict_fails_loudly(tiny, tmp_path):
    mixed = {("model." + k if k.startswith("classifier") else k): v for k, v in tiny["state_dict"].items()}
    ckpt = _save(tmp_path, "mixed.ckpt", _checkpoint(mixed, "bert-base-uncased"))
    with pytest.raises(ScorerUnavailable, match="classifier"):
        DetoxifyScorer(checkpoint=ckpt, huggingface_config_path=tiny["hub"])


@pytest.mark.parametrize("mode", ["missing", "wrong"])
def test_config_without_right_num_labels(tiny, tmp_path, mode):
    hf = tmp_path / "hf"
    shutil.copytree(tiny["hub"], hf)
    (hf / "model.safetensors").unlink()
    config = json.loads((hf / "config.json").read_text())
    for key in ("id2label", "label2id", "num_labels"):
        config.pop(key, None)
    if mode == "wrong":
        config["num_labels"] = 2
    (hf / "config.json").write_text(json.dumps(config))
    # plain Detoxify trips over it (classifier of the wrong shape)
    with pytest.raises(Exception):
        fixed_type = _save(tmp_path, "local.ckpt", _checkpoint(tiny["state_dict"], str(hf)))
        Detoxify(checkpoint=str(fixed_type), huggingface_config_path=str(hf))
    scorer = DetoxifyScorer(checkpoint=tiny["ckpt"], huggingface_config_path=hf)
    _assert_matches_direct(scorer.score(TEXTS), tiny, TEXTS)


def test_hub_model_type_is_rewritten_to_the_local_dir(tiny):
    # plain Detoxify needs the hub for model_type even with huggingface_config_path
    with pytest.raises(Exception):
        Detoxify(checkpoint=str(tiny["ckpt"]), huggingface_config_path=str(tiny["hub"]))
    scorer = DetoxifyScorer(checkpoint=tiny["ckpt"], huggingface_config_path=tiny["hub"])
    _assert_matches_direct(scorer.score(TEXTS[:2]), tiny, TEXTS[:2])


def test_other_local_model_type_is_rewritten(tiny, tmp_path):
    elsewhere = tmp_path / "moved-away"
    ckpt = _save(tmp_path, "moved.ckpt", _checkpoint(tiny["state_dict"], str(elsewhere)))
    scorer = DetoxifyScorer(checkpoint=ckpt, huggingface_config_path=tiny["hub"])
    _assert_matches_direct(scorer.score(TEXTS[:2]), tiny, TEXTS[:2])


def test_checkpoint_with_local_model_type_loads_without_hf_path(tiny, tmp_path):
    ckpt = _save(tmp_path, "local.ckpt", _checkpoint(tiny["state_dict"], str(tiny["hub"])))
    scorer = DetoxifyScorer(checkpoint=ckpt)
    _assert_matches_direct(scorer.score(TEXTS[:3]), tiny, TEXTS[:3])


def test_hub_model_type_without_hf_path_fails_in_one_line(tiny):
    with pytest.raises(ScorerUnavailable) as info:
        DetoxifyScorer(checkpoint=tiny["ckpt"])
    assert "\n" not in str(info.value)


def test_transformers5_vocab_txt_beside_tokenizer_json(tiny):
    files = {p.name for p in tiny["hub"].iterdir()}
    assert {"vocab.txt", "tokenizer.json"} <= files


# -- clear errors -------------------------------------------------------------
def test_missing_checkpoint(tmp_path, tiny):
    with pytest.raises(ScorerUnavailable, match="not found"):
        DetoxifyScorer(checkpoint=tmp_path / "nope.ckpt", huggingface_config_path=tiny["hub"])


def test_not_a_checkpoint(tmp_path, tiny):
    bad = tmp_path / "bad.ckpt"
    bad.write_bytes(b"not a torch file")
    with pytest.raises(ScorerUnavailable, match="cannot read"):
        DetoxifyScorer(checkpoint=bad, huggingface_config_path=tiny["hub"])
    plain = _save(tmp_path, "plain.ckpt", tiny["state_dict"])  # a bare state_dict
    with pytest.raises(ScorerUnavailable, match="not a Detoxify checkpoint"):
        DetoxifyScorer(checkpoint=plain, huggingface_config_path=tiny["hub"])


class _RunsCode:
    """Unpickling this calls ``Path.touch``: what a crafted checkpoint could do with any callable."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_checkpoint_that_would_run_code_is_refused_unrun(tmp_path, tiny):
    marker = tmp_path / "code-ran"
    ck = _checkpoint(tiny["state_dict"], "bert-base-uncased")
    ck["config"]["payload"] = _RunsCode(marker)
    crafted = _save(tmp_path, "crafted.ckpt", ck)
    with pytest.raises(ScorerUnavailable, match="cannot read"):
        DetoxifyScorer(checkpoint=crafted, huggingface_config_path=tiny["hub"])
    assert not marker.exists()


def test_arch_args_must_be_exact(tmp_path, tiny):
    ck = _checkpoint(tiny["state_dict"], "bert-base-uncased")
    ck["config"]["arch"]["args"]["dropout"] = 0.1
    with pytest.raises(ScorerUnavailable, match="exactly"):
        DetoxifyScorer(checkpoint=_save(tmp_path, "x.ckpt", ck), huggingface_config_path=tiny["hub"])
    ck = _checkpoint(tiny["state_dict"], "bert-base-uncased", num_classes=5)
    with pytest.raises(ScorerUnavailable, match="num_classes"):
        DetoxifyScorer(checkpoint=_save(tmp_path, "y.ckpt", ck), huggingface_config_path=tiny["hub"])


def test_bad_hf_dir(tmp_path, tiny):
    with pytest.raises(ScorerUnavailable, match="not a directory"):
        DetoxifyScorer(checkpoint=tiny["ckpt"], huggingface_config_path=tmp_path / "missing")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ScorerUnavailable, match="config.json"):
        DetoxifyScorer(checkpoint=tiny["ckpt"], huggingface_config_path=empty)
    (empty / "config.json").write_text((tiny["hub"] / "config.json").read_text())
    with pytest.raises(ScorerUnavailable, match="tokenizer"):
        DetoxifyScorer(checkpoint=tiny["ckpt"], huggingface_config_path=empty)


def test_named_model_offline_fails_in_one_line(monkeypatch):
    def no_network(*args, **kwargs):
        raise urllib.error.URLError("network is unreachable")

    monkeypatch.setattr(torch.hub, "load_state_dict_from_url", no_network)
    with pytest.raises(ScorerUnavailable, match="postcheck models fetch") as info:
        DetoxifyScorer("original")
    assert "\n" not in str(info.value)
    with pytest.raises(ScorerUnavailable, match="unknown Detoxify model"):
        DetoxifyScorer("no-such-model")


# -- fetch ----------------------------------------------------------------------
def test_fetch_offline_fails_in_one_line(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise urllib.error.URLError(OSError("network is unreachable"))

    monkeypatch.setattr("urllib.request.urlopen", no_network)
    with pytest.raises(FetchError, match="cannot download") as info:
        fetch_detoxify("original", tmp_path)
    assert "\n" not in str(info.value)
    assert not any(p.name.endswith(".part") for p in tmp_path.rglob("*"))


def test_fetch_unreachable_url_fails_in_one_line(tmp_path):
    # port 9 on loopback: nothing listens, the connection is refused at once
    with pytest.raises(FetchError, match="cannot download") as info:
        fetch_detoxify("original", tmp_path, url="http://127.0.0.1:9/toxic_original-c1212f89.ckpt", timeout=5)
    assert "\n" not in str(info.value)


def test_fetch_unknown_model(tmp_path):
    with pytest.raises(FetchError, match="unknown Detoxify model"):
        fetch_detoxify("no-such-model", tmp_path)


def test_fetch_hub_files_offline_fails_in_one_line(tiny, tmp_path):
    # the checkpoint arrives, but its base model's config/tokenizer need the hub
    with pytest.raises(FetchError, match="bert-base-uncased") as info:
        fetch_detoxify("original", tmp_path, url=tiny["ckpt"].as_uri())
    assert "\n" not in str(info.value)


def test_fetch_writes_a_loadable_local_model(tiny, tmp_path):
    # A "release" whose model_type names a reachable model (here a local directory
    # standing in for the hub), with Lightning's prefix, served from a file:// URL.
    prefixed = {"model." + k: v for k, v in tiny["state_dict"].items()}
    release = _save(tmp_path, "toxic_tiny.ckpt", _checkpoint(prefixed, str(tiny["hub"])))
    fetched = fetch_detoxify("original", tmp_path / "models", url=release.as_uri())
    assert isinstance(fetched, FetchedDetoxify)
    assert fetched.checkpoint.is_file()
    assert (fetched.huggingface_config_path / "config.json").is_file()
    assert (fetched.huggingface_config_path / "vocab.txt").is_file()
    assert not (fetched.huggingface_config_path / "model.safetensors").exists()
    config = json.loads((fetched.huggingface_config_path / "config.json").read_text())
    assert config.get("num_labels", len(config.get("id2label", {}))) == 6
    saved = torch.load(fetched.checkpoint, map_location="cpu", weights_only=False)
    assert saved["config"]["arch"]["args"]["model_type"] == str(fetched.huggingface_config_path)
    assert not any(k.startswith("model.") for k in saved["state_dict"])
    assert fetched.config() == {
        "backend": "detoxify",
        "checkpoint": str(fetched.checkpoint),
        "huggingface_config_path": str(fetched.huggingface_config_path),
    }
    assert fetched.toml().startswith("[toxicity]\nbackend = \"detoxify\"\n")
    # loads as written, and through plain Detoxify too (no fix-ups needed)
    scorer = DetoxifyScorer(checkpoint=fetched.checkpoint, huggingface_config_path=fetched.huggingface_config_path)
    _assert_matches_direct(scorer.score(TEXTS), tiny, TEXTS)
    plain = Detoxify(checkpoint=str(fetched.checkpoint), huggingface_config_path=str(fetched.huggingface_config_path))
    assert plain.predict("you are an idiot")["toxicity"] == pytest.approx(
        _direct(tiny, ["you are an idiot"])[0]["toxicity"], abs=1e-5
    )
    # a second call reuses the files without downloading
    again = fetch_detoxify("original", tmp_path / "models", url="http://127.0.0.1:9/unused.ckpt")
    assert again == fetched
