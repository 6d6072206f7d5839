"""Evidence spans by occlusion: which words drove a toxicity score.

Each word of the post is removed in turn (leave-one-word-out), all variants are
scored in one batched call, and words whose removal lowers the label's
probability enough are returned as character spans of the original text.

Works with any scorer following ``postcheck.scoring.base.Scorer``; with
:class:`~checker.scoring.embedded.EmbeddedScorer` it uses the array API and
small batches. Only the first ``max_words`` words are tried (the embedded
model reads 64 word pieces, so later words rarely matter).
"""
from __future__ import annotations

import re
from typing import Any

#: defaults tuned (grid search, character F1) on the 690 posts of the SemEval-2021
#: toxic-spans trial split with the embedded model; see postcheck/data/models/embedded/MODEL_CARD.md.
#: With min_drop 0 some span is returned for almost any post: call this for
#: posts already flagged, or pass a positive min_drop.
DEFAULT_MIN_DROP = 0.0
DEFAULT_REL_DROP = 0.4

_WORD_RE = re.compile(r"\S+")
_EDGE_PUNCT = "\"'`‘’“”«»()[]{}<>.,;:!?…*_~|/\\-–—"


def word_spans(text: str) -> list[tuple[int, int]]:
    """Whitespace-separated words, trimmed of edge punctuation, that contain a letter or digit."""
    spans = []
    for m in _WORD_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s] in _EDGE_PUNCT:
            s += 1
        while e > s and text[e - 1] in _EDGE_PUNCT:
            e -= 1
        if s < e and any(ch.isalnum() for ch in text[s:e]):
            spans.append((s, e))
    return spans


def _remove(text: str, start: int, end: int) -> str:
    # drop the whole whitespace token holding [start, end) and one adjoining space
    s = start
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    e = end
    while e < len(text) and not text[e].isspace():
        e += 1
    left, right = text[:s], text[e:]
    if left.endswith(" ") and (right.startswith(" ") or not right):
        left = left[:-1]
    return left + right


def _window_words(scorer: Any, text: str, spans: list[tuple[int, int]]) -> int:
    """How many of ``spans`` fall inside the scorer's token window (+2 words of slack).

    Words past the truncation point cannot change the score, so they are not
    tried. Scorers without ``tokenizer``/``max_len`` attributes are not capped.
    """
    tok = getattr(scorer, "tokenizer", None)
    max_len = getattr(scorer, "max_len", None)
    if tok is None or not max_len:
        return len(spans)
    budget = int(max_len) - 2  # [CLS] and [SEP]
    encs = tok.encode_batch([text[s:e] for s, e in spans], add_special_tokens=False)
    used = 0
    for i, enc in enumerate(encs):
        used += len(enc.ids)
        if used > budget:
            return min(len(spans), i + 2)
    return len(spans)


def _score_label(scorer: Any, texts: list[str], label: str, batch_size: int) -> list[float]:
    if hasattr(scorer, "score_array") and hasattr(scorer, "labels"):
        col = list(scorer.labels).index(label)
        try:
            arr = scorer.score_array(texts, batch_size=batch_size)
        except TypeError:
            arr = scorer.score_array(texts)
        return [float(v) for v in arr[:, col]]
    return [float(d.get(label, 0.0)) for d in scorer.score(texts)]


def occlusion_spans(
    scorer: Any,
    text: str,
    label: str = "offensive",
    *,
    min_drop: float = DEFAULT_MIN_DROP,
    rel_drop: float = DEFAULT_REL_DROP,
    max_words: int = 64,
    batch_size: int = 8,
    return_all: bool = False,
) -> list[tuple[int, int, float]]:
    """Character spans ``(start, end, drop)`` of the words that drove ``label``'s score.

    ``drop`` is the probability lost when the word is removed. A word is kept
    when ``drop >= min_drop`` and ``drop >= rel_drop * max(drop)``. Spans are
    in text order; ``text[start:end]`` is the word without edge punctuation.
    With ``return_all=True`` every tried word is returned with its drop
    (possibly negative) and no filtering.
    """
    spans = word_spans(text)[:max_words]
    spans = spans[: _window_words(scorer, text, spans)]
    if not spans:
        return []
    variants = [text] + [_remove(text, s, e) for s, e in spans]
    probs = _score_label(scorer, variants, label, batch_size)
    base = probs[0]
    drops = [(s, e, base - p) for (s, e), p in zip(spans, probs[1:])]
    if return_all:
        return drops
    top = max(d for _, _, d in drops)
    keep = [(s, e, d) for s, e, d in drops if d >= min_drop and d >= rel_drop * top]
    return keep


def select_spans(drops: list[tuple[int, int, float]], min_drop: float, rel_drop: float) -> list[tuple[int, int, float]]:
    """Apply the ``occlusion_spans`` filter to the output of ``return_all=True``."""
    if not drops:
        return []
    top = max(d for _, _, d in drops)
    return [(s, e, d) for s, e, d in drops if d >= min_drop and d >= rel_drop * top]
