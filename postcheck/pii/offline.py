"""Keep Presidio off the network and its patterns bounded.

The e-mail recognizer's tldextract uses its bundled list, and its pattern is
bounded (Presidio's own scans to the end of the text from every start).

``tldextract`` fetches the public-suffix list from the internet on first use
unless told otherwise. The environment variable stops the module-level
extractor doing so (when this module is imported before Presidio), and the
recognizer below uses its own extractor that never fetches, whatever the
import order.
"""
from __future__ import annotations

import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
# Presidio stops a pattern after this many seconds (its default is 60): a backstop only, since
# every pattern here is bounded, so that no pattern can hold a check for long
os.environ.setdefault("REGEX_TIMEOUT_SECONDS", "1")

from functools import lru_cache  # noqa: E402


def bound_presidio_patterns() -> None:
    """Apply the time limit even where Presidio was imported first (spaCy loads its entry point)."""
    import presidio_analyzer.pattern_recognizer as module

    module.REGEX_TIMEOUT_SECONDS = float(os.environ["REGEX_TIMEOUT_SECONDS"])


@lru_cache(maxsize=1)
def offline_extractor():
    """A ``TLDExtract`` reading only the suffix snapshot shipped with tldextract."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


#: Presidio's e-mail pattern with every repetition bounded by the lengths RFC 5321 allows (a local
#: part of at most 64 characters, labels of at most 63): its unbounded ``{0,}`` made each start
#: scan to the end of the text, so "a." * 9990 + "@b" took over a minute; this is linear.
_LOCAL = r"[!#$%&'*+\-/=?^_`{|}~\w]"
_LABEL = r"\w{1,63}(?:-{1,63}\w{1,63}){0,31}"
EMAIL = rf"\b({_LOCAL}(?:[!#$%&'*+\-/=?^_`{{|}}~.\w]{{0,62}}{_LOCAL})?@{_LABEL}(?:\.{_LABEL}){{1,126}})\b"


def email_recognizer():
    """Presidio's e-mail recognizer with a bounded pattern, validating domains with the offline extractor."""
    from presidio_analyzer import Pattern
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str):
            return offline_extractor()(pattern_text).fqdn != ""

    return OfflineEmailRecognizer(patterns=[Pattern("Email (bounded)", EMAIL, 0.5)])
