"""The pipeline's second looks, each a named stage the Checker runs in order after judging.

``amplification``: the text a repost, quote or agreeing reply amplifies, checked once.
``redaction``: the post with personal data redacted, for the rules the pack marks.
"""
