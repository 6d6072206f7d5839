"""Tests for the embedded ONNX toxicity model and occlusion evidence spans.

They load the shipped model in ``postcheck/data/models/embedded``. Tests that read the public
datasets skip unless the shared folder is present (``POSTCHECK_SHARED`` or the
repository's sibling ``shared/``).
"""
from __future__ import annotations

import csv
import os
import random
from pathlib import Path

import numpy as np
import pytest

from helpers import ROOT
from postcheck.scoring.base import STANDARD_LABELS, Scorer
from postcheck.scoring.embedded import DEFAULT_MODEL_DIR, EmbeddedScorer, normalise_text
from postcheck.scoring.evidence import occlusion_spans, word_spans

EXPECTED_LABELS = ("offensive", "targeted", "target_individual", "target_group", "target_other", "hate")

INSULT = "Councillor Smith is a pathetic idiot and a disgrace to this town"
NEUTRAL = "The council meeting on Tuesday will discuss the new library opening hours"
POSTS = [
    INSULT,
    NEUTRAL,
    "Thank you to all the volunteers who helped at the food bank this weekend!",
    "@someone you are a lying scumbag https://example.com/x",
    "Shut up you stupid fool",
    "Bins will be collected a day late because of the bank holiday.",
    "These people are vermin and should be thrown out of the country",
    "Great turnout at the ward surgery tonight, thanks everyone",
    "What a load of rubbish from the opposition benches today",
    "I am a proud gay Muslim councillor",
]


def _shared_dir() -> Path | None:
    env = os.environ.get("POSTCHECK_SHARED")
    cand = Path(env) if env else ROOT.parent / "shared"
    return cand if (cand / "datasets").is_dir() else None


@pytest.fixture(scope="module")
def scorer() -> EmbeddedScorer:
    return EmbeddedScorer()


def test_default_model_dir_is_inside_the_package():
    from postcheck.paths import EMBEDDED_MODEL_DIR

    assert DEFAULT_MODEL_DIR == EMBEDDED_MODEL_DIR
    assert DEFAULT_MODEL_DIR == ROOT / "postcheck" / "data" / "models" / "embedded"
    assert (DEFAULT_MODEL_DIR / "labels.json").is_file()
    assert (DEFAULT_MODEL_DIR / "tokenizer.json").is_file()


def test_missing_model_dir_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        EmbeddedScorer(tmp_path)


def test_protocol_and_labels(scorer):
    assert isinstance(scorer, Scorer)
    assert scorer.base_labels == EXPECTED_LABELS
    assert set(scorer.base_labels) <= set(STANDARD_LABELS)
    families = {"insult", "threat", "identity_attack", "allegation", "obscenity"}
    assert scorer.labels[:len(EXPECTED_LABELS)] == EXPECTED_LABELS and set(scorer.labels) >= families
    assert set(scorer.thresholds) >= {"offensive", "targeted", "hate"} | families


def test_output_shape_and_range(scorer):
    out = scorer.score(POSTS)
    assert len(out) == len(POSTS)
    for d in out:
        assert tuple(d) == scorer.labels
        for v in d.values():
            assert isinstance(v, float)
            assert 0.0 <= v <= 1.0
        # the three target classes are one distribution, and so are the target head's six
        assert d["target_individual"] + d["target_group"] + d["target_other"] == pytest.approx(1.0, abs=1e-4)
        assert sum(v for k, v in d.items() if k.startswith("target.")) == pytest.approx(1.0, abs=1e-4)
    assert scorer.score([]) == []


def test_insult_scores_higher_than_neutral(scorer):
    ins, neu = scorer.score([INSULT, NEUTRAL])
    assert ins["offensive"] > neu["offensive"] + 0.3
    assert ins["offensive"] >= scorer.thresholds["offensive"]
    assert neu["offensive"] < scorer.thresholds["offensive"]


def test_batch_equals_single_calls(scorer):
    together = scorer.score_array(POSTS)
    single = np.array([scorer.score_array([t])[0] for t in POSTS])
    np.testing.assert_allclose(together, single, atol=1e-5)
    # order is preserved whatever the internal length sorting does
    perm = list(range(len(POSTS)))
    random.Random(0).shuffle(perm)
    shuffled = scorer.score_array([POSTS[i] for i in perm])
    np.testing.assert_allclose(shuffled, together[perm], atol=1e-5)


def test_small_batches_stay_close(scorer):
    # batches > 1 share one int8 activation scale, so the OLID heads' scores move a
    # little (up to 0.086 seen since the top layers were fine-tuned); the judgement heads
    # amplify it, which is why the checker scores one post at a time (batch_size=1, the default)
    base = len(scorer.base_labels)
    b8 = scorer.score_array(POSTS, batch_size=8)[:, :base]
    b1 = scorer.score_array(POSTS, batch_size=1)[:, :base]
    np.testing.assert_allclose(b8, b1, atol=0.1)


def test_explaining_a_post_just_scored_reuses_its_encoder_pass():
    fresh, reused = EmbeddedScorer(), EmbeddedScorer()
    expected = [fresh.attribute(t, "insult") for t in POSTS]  # each one its own encoder pass
    reused.score_array(POSTS)
    runs = []
    session_run = reused.session.run
    reused.session.run = lambda *a, **k: runs.append(a) or session_run(*a, **k)
    assert [reused.attribute(t, "insult") for t in POSTS] == expected  # the very same spans and shares
    assert runs == []
    reused.score_array(POSTS, batch_size=8)  # padded batches are not what a single pass computes: not kept
    assert len(reused._token_cache) == len(POSTS)


def test_the_token_cache_is_bounded():
    scorer = EmbeddedScorer()
    scorer.TOKEN_CACHE_SIZE = 3
    for text in POSTS[:5]:
        scorer.score_array([text])
    assert list(scorer._token_cache) == [normalise_text(t) for t in POSTS[2:5]]  # the oldest went first


def test_threads_do_not_change_scores():
    a = EmbeddedScorer(threads=1).score_array(POSTS[:3])
    b = EmbeddedScorer(threads=2).score_array(POSTS[:3])
    np.testing.assert_allclose(a, b, atol=1e-4)


def test_normalise_text():
    assert normalise_text("@a @b @c hello https://x.y/z") == "@USER hello URL"
    assert normalise_text("mail me at a@b.com") == "mail me at a@b.com"


def test_word_spans_trim_punctuation():
    text = 'He said "idiot!" twice...'
    assert [text[s:e] for s, e in word_spans(text)] == ["He", "said", "idiot", "twice"]


def test_occlusion_lands_on_insult(scorer):
    spans = occlusion_spans(scorer, INSULT, "offensive")
    words = [INSULT[s:e].lower() for s, e, _ in spans]
    assert spans, "no evidence span found"
    assert "idiot" in words or "pathetic" in words
    top = max(spans, key=lambda x: x[2])
    assert INSULT[top[0]:top[1]].lower() in {"idiot", "pathetic", "disgrace"}
    assert all(d > 0 for _, _, d in spans)


def test_occlusion_neutral_has_little_evidence(scorer):
    spans = occlusion_spans(scorer, NEUTRAL, "offensive")
    assert all(d < 0.2 for _, _, d in spans)


def test_occlusion_return_all_covers_words(scorer):
    text = "you are a moron"
    drops = occlusion_spans(scorer, text, "offensive", return_all=True)
    assert [text[s:e] for s, e, _ in drops] == ["you", "are", "a", "moron"]
    start = text.index("moron")
    assert max(drops, key=lambda x: x[2])[:2] == (start, start + len("moron"))


# ------------------------------------------------------------ shared data
@pytest.mark.slow
@pytest.mark.skipif(_shared_dir() is None, reason="shared datasets folder not available")
def test_olid_test_macro_f1_floor(scorer):
    f1_score = pytest.importorskip("sklearn.metrics").f1_score

    root = _shared_dir() / "datasets" / "olid"
    with open(root / "testset-levela.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    with open(root / "labels-levela.csv", encoding="utf-8", newline="") as f:
        gold = {r[0]: r[1] for r in list(csv.reader(f))[1:] if r}
    p = scorer.score_array([r["tweet"] for r in rows])[:, 0]
    y = [gold[r["id"]] == "OFF" for r in rows]
    f1 = f1_score(y, p >= scorer.thresholds["offensive"], average="macro")
    # a floor, not the figure (the model card has it): 0.778 before the top layers were
    # fine-tuned on the judgement data as well, 0.747 after
    assert f1 >= 0.74
