"""A word and character n-gram model beside the encoder: a second, cheap opinion for some heads.

The encoder's heads read what a sentence means; they miss a word they have
not learned to weigh (a regional insult, a masked slur) that a bag of
n-grams catches from the corpus's own words. Their mistakes differ, so the
mean of the two logits ranks posts written by other people better than
either alone (see the model card). ``ngrams.json`` holds the two
vocabularies and the names of the outputs it blends; ``ngrams.npz`` the idf
weights, the logistic-regression weights (``coef``, ``[k, features]``, int8
with one ``coef_scale`` per output), ``intercept``, and per output the
quantile map (``knots_in`` to ``knots_out``, logits) that puts the blend back
on the head's scale. ``training/train_ngrams.py`` writes both with
scikit-learn's ``TfidfVectorizer``; this module computes the same features
with the standard library and numpy so the checker does not need
scikit-learn (``tests/scoring/test_ngrams.py`` checks they agree).
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import PostcheckError

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern
_SPACES = re.compile(r"\s\s+")
#: the n-grams read a post's first characters only: about four times what the encoder reads
#: (64 word pieces), and a bound on the cost of a hostile, very long input
MAX_CHARS = 1000
#: words whose known character n-grams are remembered: a post's words are mostly everyday ones, so
#: their n-grams are looked up once, not once per post
WORD_CACHE = 50_000


class NgramsError(PostcheckError, ValueError, code="ngrams"):
    """The n-gram files are missing or do not agree with each other (one line for the user)."""


def _spans(tokens: Sequence[str], low: int, high: int) -> list[tuple[str, int, int]]:
    """Every n-gram of ``tokens`` from ``low`` to ``high`` words, in scikit-learn's order, with the
    token range it spans."""
    return [(" ".join(tokens[i:i + n]), i, i + n)
            for n in range(low, high + 1) for i in range(len(tokens) - n + 1)]


def word_ngrams(text: str, low: int, high: int) -> list[str]:
    """Word n-grams of a lowercased text, as scikit-learn's ``analyzer="word"`` gives them."""
    return [gram for gram, _, _ in _spans(_TOKEN.findall(text), low, high)]


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside space-padded words, as scikit-learn's ``analyzer="char_wb"`` gives them."""
    grams = []
    for word in _SPACES.sub(" ", text).split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) <= n:
                grams.append(padded)
                break
            grams += [padded[i:i + n] for i in range(len(padded) - n + 1)]
    return grams


class _Vectoriser:
    """One sublinear tf-idf vectoriser with a fixed vocabulary, l2-normalised. ``by_word``: the
    analyser reads each whitespace-separated word alone (character n-grams inside words), so a
    word's known n-grams are computed once and remembered."""

    def __init__(self, analyse, vocabulary: list[str], idf: np.ndarray, offset: int, by_word: bool = False):
        if len(vocabulary) != len(idf):
            raise NgramsError(f"an n-gram vocabulary of {len(vocabulary)} has {len(idf)} idf weights")
        self.analyse = analyse
        self.index = {gram: offset + i for i, gram in enumerate(vocabulary)}
        self.idf = idf.astype(np.float64)
        self.offset = offset
        self._in_word = lru_cache(maxsize=WORD_CACHE)(self._known) if by_word else None

    def _known(self, text: str) -> tuple[int, ...]:
        """The column of each known n-gram of ``text``, once per occurrence."""
        index = self.index
        return tuple(index[g] for g in self.analyse(text) if g in index)

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The text's known n-grams: their column indices and l2-normalised tf-idf values."""
        known = (chain.from_iterable(map(self._in_word, text.split())) if self._in_word is not None
                 else self._known(text))
        found = list(Counter(known).items())
        if not found:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        idx, counts = np.array(found, dtype=np.int64).T
        values = (1.0 + np.log(counts)) * self.idf[idx - self.offset]
        return idx, (values / np.sqrt(values @ values)).astype(np.float32)


class NgramModel:
    """Logits of the blended outputs from a post's n-grams; ``blend`` mixes them into head probabilities."""

    def __init__(self, model_dir: str | Path):
        model_dir = Path(model_dir)
        meta_path, weights_path = model_dir / "ngrams.json", model_dir / "ngrams.npz"
        if not meta_path.is_file() or not weights_path.is_file():
            raise NgramsError(f"n-gram model missing in {model_dir} (need ngrams.json and ngrams.npz)")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            with np.load(weights_path) as weights:
                word_idf, char_idf = weights["word_idf"], weights["char_idf"]
                # int8 with one scale per output (see training/train_ngrams.py: quantise)
                coef = weights["coef"].astype(np.float32) * weights["coef_scale"].astype(np.float32)[:, None]
                self.intercept = weights["intercept"].astype(np.float32)
                self.knots_in = weights["knots_in"].astype(np.float64)
                self.knots_out = weights["knots_out"].astype(np.float64)
            w_lo, w_hi = meta["word_ngrams"]
            c_lo, c_hi = meta["char_ngrams"]
            vocabularies, outputs = (meta["word_vocabulary"], meta["char_vocabulary"]), meta["outputs"]
        except (ValueError, KeyError, TypeError, OSError) as exc:
            raise NgramsError(f"n-gram model in {model_dir} is unreadable ({type(exc).__name__}: {exc})") from None
        self._word_range, self._char_range = (w_lo, w_hi), (c_lo, c_hi)
        self._word = _Vectoriser(lambda t: word_ngrams(t, w_lo, w_hi), vocabularies[0], word_idf, 0)
        self._char = _Vectoriser(lambda t: char_wb_ngrams(t, c_lo, c_hi), vocabularies[1], char_idf,
                                 len(vocabularies[0]), by_word=True)
        self.outputs: tuple[str, ...] = tuple(outputs)
        #: the n-gram logit's share of the blended logit (0.5: the plain mean of the two)
        self.weight = float(meta.get("weight", 0.5))
        width = len(vocabularies[0]) + len(vocabularies[1])
        #: one row of weights per n-gram: a post's few hundred n-grams gather contiguous rows
        self.coef_by_ngram = np.ascontiguousarray(coef.T, dtype=np.float32)
        if (coef.shape != (len(self.outputs), width) or self.intercept.shape != (len(self.outputs),)
                or self.knots_in.shape != self.knots_out.shape or len(self.knots_in) != len(self.outputs)):
            raise NgramsError(f"{weights_path}: weights do not fit {len(self.outputs)} outputs of {width} n-grams")

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """``[len(texts), len(outputs)]`` logits of the texts (lowercased here, as in training)."""
        out = np.tile(self.intercept, (len(texts), 1))
        for n, text in enumerate(texts):
            lowered = text[:MAX_CHARS].lower()
            (w_idx, w_val), (c_idx, c_val) = self._word.features(lowered), self._char.features(lowered)
            out[n] += w_val @ self.coef_by_ngram[w_idx] + c_val @ self.coef_by_ngram[c_idx]
        return out

    def word_shares(self, text: str, output: str) -> list[tuple[int, int, float]]:
        """Each whitespace-separated word of ``text`` with its share of ``output``'s n-gram logit.

        A feature's part of the logit (its tf-idf value times its weight) is
        split evenly over where it occurs: a character n-gram's over the words
        it occurs in, a word n-gram's over its words. The shares sum to the
        logit less the intercept, so a word's share says how much of the
        n-grams' opinion rests on it. Offsets are ``text``'s.
        """
        column = self.outputs.index(output)
        text = text[:MAX_CHARS]
        lowered = text.lower()
        part: dict[int, float] = {}
        for idx, values in (self._word.features(lowered), self._char.features(lowered)):
            part.update(zip(idx.tolist(), (values * self.coef_by_ngram[idx, column]).tolist()))
        words = [m.span() for m in re.finditer(r"\S+", text)]
        where: dict[int, list[int]] = {}
        for k, (start, end) in enumerate(words):
            for gram in char_wb_ngrams(text[start:end].lower(), *self._char_range):
                if gram in self._char.index:
                    where.setdefault(self._char.index[gram], []).append(k)
        starts = [start for start, _ in words]
        found = list(_TOKEN.finditer(text))
        word_of = [bisect_right(starts, m.start()) - 1 for m in found]
        for gram, first, last in _spans([m.group().lower() for m in found], *self._word_range):
            if gram in self._word.index:
                where.setdefault(self._word.index[gram], []).extend(word_of[first:last])
        shares = [0.0] * len(words)
        for feature, places in where.items():
            for k in places:
                shares[k] += part.get(feature, 0.0) / len(places)
        return [(start, end, share) for (start, end), share in zip(words, shares)]

    def blend(self, texts: Sequence[str], probs: np.ndarray) -> np.ndarray:
        """``probs`` (the heads' probabilities of ``outputs``, one column each) mixed with the n-grams' opinion.

        The mixed logit is mapped back onto the head's own scale (quantiles
        matched on validation posts): the order is the blend's, and a bar
        chosen for the head raises about the same share of posts as before.
        """
        p = np.clip(probs.astype(np.float64), 1e-6, 1 - 1e-6)
        mixed = (1.0 - self.weight) * np.log(p / (1.0 - p)) + self.weight * self.logits(texts)
        mapped = np.stack([np.interp(mixed[:, j], self.knots_in[j], self.knots_out[j])
                           for j in range(len(self.outputs))], axis=1) if len(texts) else mixed
        return (1.0 / (1.0 + np.exp(-mapped))).astype(np.float32)
