"""Amplifying content that breaks the code (Golden Rule GR-DO-2).

A repost or quote amplifies its ``quoted_text``; a reply does when it agrees
with what it answers ("Exactly this. 100%."). The quoted text is checked by
the same Checker as a plain post (no ``kind``, so this cannot recurse), and
each rule it raises gives a signal one severity lower than the amplified
finding. Quoting in order to condemn ("disgusting", "reported") is
counter-speech and passes, and so do rules about the original author's own
circumstances (posting late, during a meeting).
"""
from __future__ import annotations

from ..lexicons import load_lexicon, match_phrases, phrase_matcher
from ..post import Post, PostError
from ..severity import RANK, lower
from ..signals import Signal
from .base import Detector, register

AMPLIFYING = ("repost", "quote")
DONE_TO = {"repost": "reposted", "quote": "quoted", "reply": "replied-to"}


@register
class AssociationDetector(Detector):
    name = "association"
    signals = frozenset({"association.amplified"})
    order = 90

    def __init__(self, context):
        super().__init__(context)
        lexicon = load_lexicon("association")
        nlp = context.nlp
        self.not_amplified = set(lexicon.get("not_amplified", []))
        self.agreement = [phrase_matcher(nlp, lexicon["agreement"], "LOWER")]
        self.condemnation = [phrase_matcher(nlp, lexicon["condemnation"], "LOWER")]

    def detect_many(self, docs, posts):
        results: list[list[Signal]] = [[] for _ in posts]
        wanted = [i for i, (doc, post) in enumerate(zip(docs, posts)) if self._amplifies(doc, post)]
        if not wanted:
            return results
        checker = self.context.cache.get("checker")
        if checker is None:
            return results
        quoted = {}
        for i in wanted:
            post = Post(text=posts[i].quoted_text[: self.context.config.max_chars])
            try:
                post.validate(max_chars=self.context.config.max_chars)
            except PostError:
                continue  # unreadable quoted text: the author's own words are still checked
            quoted[i] = post
        for i, report in zip(quoted, checker.check_many(quoted.values())):
            findings = [f for f in report.findings if f.rule not in self.not_amplified and RANK.get(f.severity, 0) > 0]
            for finding in findings:
                severity = lower(finding.severity)
                results[i].append(Signal(
                    "association.amplified", (),
                    f"{finding.title.lower()} ({finding.rule}, {finding.severity}) in the {DONE_TO[posts[i].kind]} text",
                    # the quoted text itself stays out of the evidence: it may hold a secret or personal data
                    evidence={"amplified_rule": finding.rule, "amplified_severity": finding.severity,
                              "severity": severity, "kind": posts[i].kind},
                ))
        return results

    def detect(self, doc, post):
        return self.detect_many([doc], [post])[0]

    def _amplifies(self, doc, post) -> bool:
        if not post.quoted_text or not post.quoted_text.strip() or post.kind not in (*AMPLIFYING, "reply"):
            return False
        if match_phrases(self.condemnation, doc):
            return False
        return post.kind in AMPLIFYING or bool(match_phrases(self.agreement, doc))
