"""The Post: the only thing that enters the checker (text plus optional metadata).

Mirrors the post JSONL contract: only ``text`` is required. Validation lives
here so every face (CLI, HTTP API, audit) rejects bad input the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from datetime import date, datetime
from typing import Any, Mapping

from .errors import PostcheckError

ACCOUNT_KINDS = ("personal", "councillor", "official")
POST_KINDS = ("post", "reply", "repost", "quote", "comment")


class PostError(PostcheckError, ValueError, code="post"):
    """A post that cannot be checked; the message is shown to the user as is."""


@dataclass(frozen=True)
class Media:
    alt: str | None = None
    credit: str | None = None


@dataclass(frozen=True)
class Post:
    text: str
    id: str | None = None
    author: str | None = None
    created_at: datetime | None = None
    platform: str | None = None
    account: str | None = None
    kind: str | None = None
    quoted_text: str | None = None
    media: tuple[Media, ...] = field(default_factory=tuple)
    #: False when ``created_at`` was a date without a time ("2025-05-01"): the
    #: day is known (registers, charts), the time of day is not, so time-of-day
    #: rules (late night, during a meeting) must not read its midnight
    time_known: bool = True

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, max_chars: int | None = None) -> "Post":
        """Build a post from a contract dict, raising ``PostError`` with a clear reason.

        The reason names the post's ``id`` where it has one, so a file of thousands
        says which post to fix."""
        if not isinstance(data, Mapping):
            raise PostError("a post must be a JSON object")
        try:
            return cls._from_mapping(data, max_chars)
        except PostError as exc:
            ident = data.get("id")
            if isinstance(ident, (str, int)) and not isinstance(ident, bool) and str(ident).strip():
                raise PostError(f"post {str(ident)[:80]!r}: {exc}") from None
            raise

    @classmethod
    def _from_mapping(cls, data: Mapping[str, Any], max_chars: int | None) -> "Post":
        text = data.get("text")
        if not isinstance(text, str):
            raise PostError("a post needs a 'text' string")
        for key in ("id", "author", "platform", "quoted_text"):
            value = data.get(key)
            if value is not None and not isinstance(value, (str, int)):
                raise PostError(f"'{key}' must be a string")
        account = data.get("account")
        if account is not None and account not in ACCOUNT_KINDS:
            raise PostError(f"'account' must be one of {', '.join(ACCOUNT_KINDS)}")
        kind = data.get("kind")
        if kind is not None and kind not in POST_KINDS:
            raise PostError(f"'kind' must be one of {', '.join(POST_KINDS)}")
        created = data.get("created_at")
        created_at = parse_timestamp(created) if created not in (None, "") else None
        time_known = not is_date_only(created)
        media_in = data.get("media") or []
        if not isinstance(media_in, list):
            raise PostError("'media' must be a list of objects")
        media = []
        for item in media_in:
            if not isinstance(item, Mapping):
                raise PostError("'media' must be a list of objects")
            alt, credit = item.get("alt"), item.get("credit")
            if (alt is not None and not isinstance(alt, str)) or (
                credit is not None and not isinstance(credit, str)
            ):
                raise PostError("media 'alt' and 'credit' must be strings")
            media.append(Media(alt=alt, credit=credit))
        post_id = data.get("id")
        quoted = data.get("quoted_text")
        post = cls(
            text=text,
            id=str(post_id) if post_id is not None else None,
            author=data.get("author"),
            created_at=created_at,
            platform=data.get("platform"),
            account=account,
            kind=kind,
            quoted_text=str(quoted) if quoted is not None else None,
            media=tuple(media),
            time_known=time_known,
        )
        post.validate(max_chars=max_chars)
        return post

    def validate(self, *, max_chars: int | None = None) -> None:
        if not self.text or not self.text.strip():
            raise PostError("the post is empty")
        if max_chars is not None and len(self.text) > max_chars:
            raise PostError(
                f"the post is {len(self.text):,} characters long; the limit is {max_chars:,}"
            )
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in self.text):
            raise PostError("the post contains invalid Unicode (lone surrogates)")

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        del out["time_known"]
        if self.created_at is not None:
            out["created_at"] = (self.created_at.isoformat() if self.time_known
                                 else self.created_at.date().isoformat())
        out["media"] = [asdict(m) for m in self.media]
        return {k: v for k, v in out.items() if v not in (None, [], ())}


def is_date_only(value: Any) -> bool:
    """Whether ``value`` is a calendar date with no time ("2025-05-01")."""
    if not isinstance(value, str) or "T" in value.upper() or " " in value.strip():
        return False
    try:
        date.fromisoformat(value.strip())
    except ValueError:
        return False
    return True


#: years a post can be dated: wide enough for any archive, far enough from datetime's edges that
#: moving a time to UTC or to the council's zone (up to a day either way) can never overflow
YEARS = (1900, 2999)


def parse_timestamp(value: Any) -> datetime:
    """ISO 8601 with an offset; a trailing ``Z`` means UTC. A bare date reads
    as its midnight: see ``Post.time_known``. Years outside ``YEARS`` are refused."""
    if not isinstance(value, str):
        raise PostError("'created_at' must be an ISO 8601 string")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise PostError(f"'created_at' is not an ISO 8601 timestamp: {value!r}") from None
    if not YEARS[0] <= parsed.year <= YEARS[1]:
        raise PostError(f"'created_at' is out of range: the year must be between {YEARS[0]} and {YEARS[1]}")
    return parsed
