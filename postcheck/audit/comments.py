"""Residents' comments: what others wrote on a councillor's page.

They are not the councillor's own conduct, so the report shows them apart,
per page, with moderation advice (remove, hide, report) instead of the advice
a councillor gets for their own posts.
"""
from __future__ import annotations

from typing import Any, Mapping

ADVICE = ("This was written by someone else on your page, so it is not your own post. Remove or hide it if it "
          "breaks the page's rules or the law (abuse, threats, discrimination, personal data, defamation); report "
          "threats or hate to the platform (and to the police if anyone is in danger); do not reply in kind.")


def is_resident_comment(post: Mapping[str, Any]) -> bool:
    """A comment by someone other than the page's owner."""
    if post.get("kind") != "comment":
        return False
    page, author = post.get("page"), post.get("author")
    return not (page and author and str(page).strip().lower() == str(author).strip().lower())
