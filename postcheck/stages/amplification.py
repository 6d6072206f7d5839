"""Amplifying content that breaks the code (Golden Rule GR-DO-2).

A repost or quote amplifies its ``quoted_text``; a reply does when it agrees
with what it answers ("Exactly this. 100%."). Quoting in order to condemn
("disgusting", "reported") is counter-speech and passes. The Checker parses,
detects and judges the amplified texts once, as plain posts (no ``kind``, so
nothing recurses); each finding there becomes an ``association.amplified``
signal with the facts ``amplified_rule``, ``amplified_severity`` and
``amplified_from``. The rule pack grades it (one level lower, by its
modifier) and leaves out rules it marks ``amplified: false`` (the original
author's own circumstances: posting late, during a meeting).
"""
from __future__ import annotations

from ..lexicons import load_lexicon, match_phrases, phrase_matcher
from ..post import Post, PostError
from ..severity import RANK
from ..signals import Signal

AMPLIFIED = "association.amplified"
AMPLIFYING = ("repost", "quote")
DONE_TO = {"repost": "reposted", "quote": "quoted", "reply": "replied-to"}


class Amplification:
    """Finds the posts that amplify a text, and turns the amplified text's findings into signals."""

    def __init__(self, nlp, max_chars: int):
        lexicon = load_lexicon("association")
        self.max_chars = max_chars
        self.agreement = [phrase_matcher(nlp, lexicon["agreement"], "LOWER")]
        self.condemnation = [phrase_matcher(nlp, lexicon["condemnation"], "LOWER")]

    def amplified_posts(self, docs, posts) -> dict[int, Post]:
        """Index of each amplifying post -> its amplified text as a plain post to check."""
        out: dict[int, Post] = {}
        for i, (doc, post) in enumerate(zip(docs, posts)):
            if not self._amplifies(doc, post):
                continue
            quoted = Post(text=post.quoted_text[: self.max_chars])
            try:
                quoted.validate(max_chars=self.max_chars)
            except PostError:
                continue  # unreadable quoted text: the author's own words are still checked
            out[i] = quoted
        return out

    def signals(self, post: Post, findings, pack) -> list[Signal]:
        """One signal per finding of the amplified text that the pack lets amplification carry."""
        out = []
        for finding in findings:
            rule = pack.rules.get(finding.rule)
            if rule is None or not rule.amplified or RANK.get(finding.severity, 0) == 0:
                continue
            out.append(Signal(
                AMPLIFIED, (),
                f"{finding.title.lower()} ({finding.rule}, {finding.severity}) in the {DONE_TO[post.kind]} text",
                # the amplified text itself stays out of the evidence: it may hold a secret or personal data
                evidence={"amplified_rule": finding.rule, "amplified_severity": finding.severity,
                          "amplified_from": post.kind, "kind": post.kind},
            ))
        return out

    def _amplifies(self, doc, post) -> bool:
        if not post.quoted_text or not post.quoted_text.strip() or post.kind not in (*AMPLIFYING, "reply"):
            return False
        if match_phrases(self.condemnation, doc):
            return False
        return post.kind in AMPLIFYING or bool(match_phrases(self.agreement, doc))
