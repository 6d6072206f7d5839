"""The obfuscation probe disguises the word a finding rests on, one trick at a time, and counts what survives."""
from __future__ import annotations

import json
import sys

from helpers import ROOT

sys.path.insert(0, str(ROOT / "training"))
import obfuscation_probe as P  # noqa: E402


def test_the_carrying_word_is_the_longest_lower_case_word_in_the_span():
    text = "Cllr Whitcombe is a spineless buffoon."
    assert text[slice(*P.carrying_word(text, (0, len(text))))] == "spineless"
    assert P.carrying_word("Cllr Whitcombe", (0, 14)) is None  # names are never disguised


def test_each_trick_changes_only_the_carrying_word():
    text = "Cllr Whitcombe is a buffoon."
    out = P.variants(text, (0, len(text)))
    assert out == {
        "all_caps": "CLLR WHITCOMBE IS A BUFFOON.",
        "asterisk": "Cllr Whitcombe is a buf*oon.",
        "digit": "Cllr Whitcombe is a buff0on.",
        "zero_width": "Cllr Whitcombe is a buf\u200bfoon.",
        "spaced": "Cllr Whitcombe is a b u f f o o n.",
        "homoglyph": "Cllr Whitcombe is a buff\u043eon.",
    }


def test_the_probe_runs_through_the_checker(tmp_path, capsys):
    posts = tmp_path / "posts.jsonl"
    rows = [{"id": "p1", "text": "Cllr Whitcombe is a lying buffoon and a total idiot.",
             "expect": {"rules": ["respect.personal-attack"]}},
            {"id": "p2", "text": "Lovely fete today.", "expect": {"rules": []}}]
    posts.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "shares.json"
    assert P.main(["--posts", str(posts), "--config", str(ROOT / "corpora/example/postcheck.toml"),
                   "--out", str(out)]) == 0
    shares = json.loads(out.read_text())
    assert shares["all"]["n"] == 6  # one raised positive, six disguises; the clean post is not probed
    assert set(shares) - {"all"} == set(P.WORD_TRICKS) | {"all_caps"}
    assert shares["all"]["kept"] == 1.0  # the normaliser undoes each of the six on "buffoon"
