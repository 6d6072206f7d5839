"""A created_at that is a date without a time: the day counts, the time of day does not."""
from __future__ import annotations

from datetime import date

import pytest

from postcheck import Post

HASTE = "haste.pause-before-posting"
DRAFT = "Lovely afternoon at the Vale summer fair with residents."


def test_a_bare_date_keeps_its_day_but_not_a_time():
    post = Post.from_dict({"text": DRAFT, "created_at": "2025-05-01"})
    assert post.time_known is False
    assert post.created_at.date() == date(2025, 5, 1)
    assert post.to_dict()["created_at"] == "2025-05-01"
    assert "time_known" not in post.to_dict()


@pytest.mark.parametrize("stamp", ["2025-05-01T00:00:00+01:00", "2025-05-01T00:00:00Z", "2025-05-01 23:30"])
def test_a_timestamp_has_a_known_time(stamp):
    post = Post.from_dict({"text": DRAFT, "created_at": stamp})
    assert post.time_known is True
    assert Post.from_dict(post.to_dict()).created_at == post.created_at


def test_midnight_with_a_time_is_still_late_night(checker):
    assert HASTE in checker.check({"text": DRAFT, "created_at": "2025-05-01T00:00:00+01:00"}).rules


def test_a_bare_date_never_raises_time_of_day_rules(checker):
    assert HASTE not in checker.check({"text": DRAFT, "created_at": "2025-05-01"}).rules
