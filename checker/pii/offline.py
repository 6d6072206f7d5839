"""Keep Presidio off the network: the e-mail recognizer's tldextract uses its bundled list.

``tldextract`` fetches the public-suffix list from the internet on first use
unless told otherwise. The environment variable stops the module-level
extractor doing so (when this module is imported before Presidio), and the
recognizer below uses its own extractor that never fetches, whatever the
import order.
"""
from __future__ import annotations

import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from functools import lru_cache  # noqa: E402


@lru_cache(maxsize=1)
def offline_extractor():
    """A ``TLDExtract`` reading only the suffix snapshot shipped with tldextract."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def email_recognizer():
    """Presidio's e-mail recognizer, validating domains with the offline extractor."""
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str):
            return offline_extractor()(pattern_text).fqdn != ""

    return OfflineEmailRecognizer()
