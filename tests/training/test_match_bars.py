"""A refitted head's bar raises as many development posts as the old head did at its old bar."""
from __future__ import annotations

import sys

import numpy as np

from helpers import ROOT

sys.path.insert(0, str(ROOT / "training"))
import match_bars  # noqa: E402


def test_the_matched_bar_raises_the_same_posts_count_on_a_shifted_head():
    rng = np.random.default_rng(3)
    old = rng.uniform(size=500)
    new = old ** 3  # the same ranking, squeezed towards 0
    bar = match_bars.matched_bar(old, new, 0.8)
    assert (new >= bar).sum() == (old >= 0.8).sum()
    assert 0.8 ** 3 - 0.02 < bar < 0.8 ** 3 + 0.02


def test_a_bar_no_post_reaches_is_left_where_it_was():
    old, new = np.array([0.1, 0.2, 0.3]), np.array([0.5, 0.9, 0.99])
    assert match_bars.matched_bar(old, new, 0.95) == 0.95


def test_a_second_bar_reads_the_head_it_extends_and_a_bar_of_no_head_is_kept():
    heads = ["cue.officers.impartiality", "insult", "identity_attack"]
    assert match_bars.head_of("cue.officers.impartiality.alone", heads) == "cue.officers.impartiality"
    assert match_bars.head_of("identity_attack.confirmed", heads) == "identity_attack"
    assert match_bars.head_of("account.hostile", heads) is None
    base = np.array([[0.9, 0.2, 0.7], [0.1, 0.95, 0.2], [0.6, 0.5, 0.1]])
    refit = base[:, ::-1] ** 2  # the refit lists its heads in another order and reads lower
    matched = match_bars.match({"insult": 0.9, "cue.officers.impartiality.alone": 0.5, "account.hostile": 0.3},
                               base, heads, refit, heads[::-1])
    assert matched["account.hostile"]["new"] == 0.3 and matched["account.hostile"]["head"] is None
    assert matched["insult"]["raised"] == 1 and 0.25 < matched["insult"]["new"] <= 0.95 ** 2
    assert matched["cue.officers.impartiality.alone"]["raised"] == 2
    assert 0.36 > matched["cue.officers.impartiality.alone"]["new"] > 0.01


def test_a_missing_model_folder_is_a_one_line_error(tmp_path):
    import pytest

    with pytest.raises(SystemExit) as exc:
        match_bars.main(["--base", str(tmp_path / "none"), "--refit", str(tmp_path), "--posts", str(tmp_path / "p")])
    assert str(exc.value).startswith("match_bars: no such file:")


def test_a_head_the_refit_left_alone_keeps_its_bar_exactly():
    heads = ["insult"]
    scores = np.array([[0.2], [0.7], [0.91]])
    assert match_bars.match({"insult": 0.9}, scores, heads, scores.copy(), heads)["insult"]["new"] == 0.9
