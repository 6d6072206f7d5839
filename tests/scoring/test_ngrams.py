"""The n-gram model beside the encoder: the same features as scikit-learn, and the blend with the heads."""
import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

from postcheck.scoring.ngrams import NgramModel, NgramsError, char_wb_ngrams, word_ngrams

sklearn = pytest.importorskip("sklearn")
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
from train_ngrams import vectorisers, write_ngrams  # noqa: E402

TEXTS = [
    "cllr khan is a useless buffoon and a liar",
    "the cabinet's budget is a disgrace, vote it down",
    "someone should teach him a lesson, we know where he lives",
    "thank you to the volunteers at the food bank",
    "a  b  c   spaced out   letters",
    "what a prat, honestly",
    "ok",
    "the   consultation closes on friday; have your say",
] * 2
LABELS = [1, 0, 1, 0, 0, 1, 0, 0] * 2


def _fitted():
    word, char = vectorisers(1000, 2000)
    word.set_params(min_df=1)
    char.set_params(min_df=1)
    word.fit(TEXTS)
    char.fit(TEXTS)
    return word, char


def test_analysers_give_scikit_learns_ngrams():
    word = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    for text in TEXTS + ["x", "ab", "été à l'école — naïve café", "tab\tand\nnewline  here"]:
        assert word_ngrams(text.lower(), 1, 2) == word(text)
        assert char_wb_ngrams(text.lower(), 2, 5) == char(text)


def _write(folder, outputs=("insult",), weight=0.5):
    """Fit a tiny regression, write it as the model files; its features and decision function."""
    word, char = _fitted()
    from scipy.sparse import hstack

    x = hstack([word.transform(TEXTS), char.transform(TEXTS)]).tocsr()
    model = LogisticRegression(C=4.0, solver="liblinear").fit(x, LABELS)
    knots = np.linspace(-8, 8, 9)
    write_ngrams(folder, word, char, list(outputs), [model.coef_[0]] * len(outputs),
                 [model.intercept_[0]] * len(outputs), [knots] * len(outputs), [knots] * len(outputs), weight, {})
    return x, model.decision_function(x)


def test_logits_equal_the_stored_regression_on_scikit_learns_features(tmp_path):
    x, fitted = _write(tmp_path)
    model = NgramModel(tmp_path)
    assert model.outputs == ("insult",)
    with np.load(tmp_path / "ngrams.npz") as f:
        stored = f["coef"][0].astype(np.float64) * f["coef_scale"][0]
        scale, intercept = float(f["coef_scale"][0]), float(f["intercept"][0])
    logits = model.logits(TEXTS)[:, 0]
    # the same features as scikit-learn: the stored weights give the same logit
    assert np.allclose(logits, x @ stored + intercept, atol=1e-4)
    # int8 weights: each is off by at most half a step, so a logit by at most that times the features' L1 norm
    bound = np.asarray(abs(x).sum(axis=1)).ravel() * scale / 2
    assert np.all(np.abs(logits - fitted) <= bound + 1e-4)
    # upper case reads as lower case, as in training
    assert np.allclose(model.logits([t.upper() for t in TEXTS]), model.logits(TEXTS), atol=1e-6)


def test_blend_is_the_mean_of_the_two_logits_on_an_identity_map(tmp_path):
    _write(tmp_path, weight=0.5)
    model = NgramModel(tmp_path)
    heads = np.full((len(TEXTS), 1), 0.5, dtype=np.float32)  # a head with no opinion (logit 0)
    blended = model.blend(TEXTS, heads)
    expected = 1 / (1 + np.exp(-0.5 * model.logits(TEXTS)))
    assert np.allclose(blended, expected, atol=1e-5)
    assert model.blend([], np.zeros((0, 1), dtype=np.float32)).shape == (0, 1)


def test_the_quantile_map_keeps_the_blends_order(tmp_path):
    _write(tmp_path)
    with np.load(tmp_path / "ngrams.npz") as f:
        arrays = dict(f)
    arrays["knots_out"] = arrays["knots_in"] * 0.25 - 1.0  # a squashed, shifted scale
    np.savez(tmp_path / "ngrams.npz", **arrays)
    model = NgramModel(tmp_path)
    heads = np.random.default_rng(0).uniform(0.05, 0.95, size=(len(TEXTS), 1)).astype(np.float32)
    raw = 0.5 * np.log(heads[:, 0] / (1 - heads[:, 0])) + 0.5 * model.logits(TEXTS)[:, 0]
    mapped = model.blend(TEXTS, heads)[:, 0]
    assert np.array_equal(np.argsort(raw, kind="stable"), np.argsort(mapped, kind="stable"))
    assert np.allclose(np.log(mapped / (1 - mapped)), raw * 0.25 - 1.0, atol=1e-4)


def test_missing_or_mismatched_files_are_one_line_errors(tmp_path):
    with pytest.raises(NgramsError, match="need ngrams.json and ngrams.npz"):
        NgramModel(tmp_path)
    _write(tmp_path, outputs=("insult", "threat"))
    meta = json.loads((tmp_path / "ngrams.json").read_text())
    meta["outputs"] = ["insult"]
    (tmp_path / "ngrams.json").write_text(json.dumps(meta))
    with pytest.raises(NgramsError, match="do not fit") as err:
        NgramModel(tmp_path)
    assert "\n" not in str(err.value)


@pytest.fixture
def shipped_copy(tmp_path):
    from postcheck.scoring.embedded import DEFAULT_MODEL_DIR

    folder = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL_DIR, folder)
    for name in ("ngrams.json", "ngrams.npz"):
        (folder / name).unlink(missing_ok=True)
    return folder


def test_the_scorer_blends_only_the_named_heads(shipped_copy):
    from postcheck.scoring.embedded import EmbeddedScorer

    posts = ["Cllr Khan is a useless buffoon.", "Thank you to the volunteers at the food bank."]
    before = EmbeddedScorer(shipped_copy).score_array(posts)
    _write(shipped_copy, outputs=("insult",))
    scorer = EmbeddedScorer(shipped_copy)
    after = scorer.score_array(posts)
    col = scorer.labels.index("insult")
    others = [i for i in range(len(scorer.labels)) if i != col]
    assert np.allclose(before[:, others], after[:, others], atol=1e-6)
    assert not np.allclose(before[:, col], after[:, col], atol=1e-3)


def test_the_scorer_refuses_ngrams_for_a_head_it_lacks(shipped_copy):
    from postcheck.scoring.embedded import EmbeddedScorer

    _write(shipped_copy, outputs=("no_such_head",))
    with pytest.raises(NgramsError, match="no_such_head"):
        EmbeddedScorer(shipped_copy)


def test_a_very_long_post_is_read_only_to_its_first_characters(tmp_path):
    from postcheck.scoring.ngrams import MAX_CHARS

    _write(tmp_path)
    model = NgramModel(tmp_path)
    head = ("what a prat, honestly " * 200)[:MAX_CHARS]
    assert np.allclose(model.logits([head + "buffoon " * 50_000]), model.logits([head]), atol=1e-6)


def test_word_shares_split_the_logit_over_the_words(tmp_path):
    _write(tmp_path)
    model = NgramModel(tmp_path)
    text = "Cllr Khan is a useless buffoon, honestly a prat"
    shares = model.word_shares(text, "insult")
    assert [text[s:e] for s, e, _ in shares] == text.split()
    assert sum(v for *_, v in shares) == pytest.approx(float(model.logits([text])[0, 0] - model.intercept[0]), abs=1e-4)
    strongest = max(shares, key=lambda w: w[2])
    word = text[strongest[0]:strongest[1]].strip(",").lower()
    # the word that carries the most is one the regression only saw in insults
    assert any(word in t for t, y in zip(TEXTS, LABELS) if y) and not any(word in t for t, y in zip(TEXTS, LABELS) if not y)


def test_evidence_words_of_a_blended_head_carry_the_ngrams_shares(shipped_copy):
    from postcheck.scoring.embedded import EmbeddedScorer

    _write(shipped_copy, outputs=("insult",), weight=1.0)  # the blend is the n-grams alone
    scorer = EmbeddedScorer(shipped_copy)
    text = "Cllr Khan is a useless buffoon, honestly a prat"
    words = scorer.attribute(text, "insult", top=1, share=0.0)
    ngram_best = max(scorer.ngrams.word_shares(text, "insult"), key=lambda w: w[2])
    assert words and ngram_best[0] <= words[0][0] < ngram_best[1]


def test_an_unreadable_model_is_a_one_line_error(tmp_path):
    _write(tmp_path)
    (tmp_path / "ngrams.json").write_text("{not json")
    with pytest.raises(NgramsError, match="unreadable") as err:
        NgramModel(tmp_path)
    assert "\n" not in str(err.value)
    _write(tmp_path)
    meta = json.loads((tmp_path / "ngrams.json").read_text())
    del meta["char_vocabulary"]
    (tmp_path / "ngrams.json").write_text(json.dumps(meta))
    with pytest.raises(NgramsError, match="char_vocabulary"):
        NgramModel(tmp_path)


def test_a_written_model_reads_back_with_the_same_features_and_regressions(tmp_path):
    """``train_ngrams.py --only`` refits some heads on the vocabulary already written: read back, the
    vectorisers give the written model's features and every regression comes back as written."""
    from train_ngrams import read_ngrams

    x, decision = _write(tmp_path, outputs=("insult", "threat"))
    word, char, outputs, meta = read_ngrams(tmp_path)
    from scipy.sparse import hstack

    again = hstack([word.transform(TEXTS), char.transform(TEXTS)]).tocsr()
    assert np.allclose(again.toarray(), x.toarray(), atol=1e-6)
    assert list(outputs) == ["insult", "threat"] and meta["outputs"] == ["insult", "threat"]
    logits = again @ outputs["threat"]["coef"] + outputs["threat"]["intercept"]
    assert np.allclose(logits, decision, atol=0.05)  # int8 weights: a post's logit moves by hundredths


def test_writing_back_what_was_read_keeps_every_stored_weight(tmp_path):
    from train_ngrams import read_ngrams

    _write(tmp_path, outputs=("insult", "threat"))
    with np.load(tmp_path / "ngrams.npz") as f:
        before = {k: f[k] for k in f.files}
    word, char, outputs, _ = read_ngrams(tmp_path)
    out = tmp_path / "again"
    out.mkdir()
    names = list(outputs)
    write_ngrams(out, word, char, names, [outputs[n]["coef"] for n in names], [outputs[n]["intercept"] for n in names],
                 [outputs[n]["knots_in"] for n in names], [outputs[n]["knots_out"] for n in names], 0.5, {})
    with np.load(out / "ngrams.npz") as f:
        for key, value in before.items():
            assert np.array_equal(f[key], value), key
    assert json.loads((out / "ngrams.json").read_text())["word_vocabulary"] == \
        json.loads((tmp_path / "ngrams.json").read_text())["word_vocabulary"]


def test_only_the_heads_not_refitted_are_carried_over(tmp_path):
    from train_ngrams import carried_over, read_ngrams

    _write(tmp_path, outputs=("insult", "threat", "obscenity"))
    _, _, outputs, _ = read_ngrams(tmp_path)
    kept = carried_over(outputs, ["threat"])
    assert [name for name, _ in kept] == ["insult", "obscenity"]
    assert kept[0][1] is outputs["insult"]
    assert carried_over(outputs, []) == list(outputs.items())
