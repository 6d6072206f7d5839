"""Streaming readers for the audit's inputs: JSONL, CSV, X archives, Facebook exports.

Every reader yields ``Record``s one at a time, so memory stays flat however
large the input. A record that cannot be read carries an ``error`` with the
file and line instead of a post: it is counted and reported, never dropped.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, TextIO

from ..errors import PostcheckError
from .encoding import EncodingError, bad_byte, bom_encoding, detect_encoding, display_name
from .jsonstream import iter_json_array


class InputError(PostcheckError, ValueError, code="input"):
    """An input that cannot be read at all (one line for the user)."""


@dataclass
class Record:
    """One post read from ``source`` at ``line`` (1-based), or why it could not be."""

    source: str
    line: int
    post: dict[str, Any] | None = None
    error: str | None = None


@dataclass
class CsvColumns:
    """Which CSV columns hold the post's fields (the rest of the contract by name)."""

    text: str = "text"
    id: str = "id"
    author: str = "author"
    date: str = "created_at"
    extra: tuple[str, ...] = field(default=("platform", "account", "kind", "quoted_text", "page"))


X_PREFIX = re.compile(r"^\s*window\.YTD\.\w+\.part\d+\s*=\s*")
X_DATE = "%a %b %d %H:%M:%S %z %Y"


def read_inputs(paths: list[Path], columns: CsvColumns | None = None, page: str | None = None,
                encoding: str | None = None) -> Iterator[Record]:
    for path in paths:
        yield from read_input(path, columns or CsvColumns(), page, encoding)


def read_input(path: Path, columns: CsvColumns, page: str | None = None, encoding: str | None = None) -> Iterator[Record]:
    """Detect the format of ``path`` and stream its records (``encoding`` overrides detection)."""
    if not path.exists():
        raise InputError(f"{path}: file not found")
    kind = detect_format(path)
    if kind == "jsonl":
        return read_jsonl(path, encoding)
    if kind == "csv":
        return read_csv(path, columns, encoding)
    if kind == "x-zip":
        return read_x_zip(path)
    if kind == "x-js":
        return read_x_js(path, encoding)
    if kind == "facebook-dir":
        return read_facebook_dir(path, page, encoding)
    if kind == "facebook-json":
        return read_facebook_json(path, page or _facebook_owner(path.parent), encoding)
    raise InputError(f"{path}: unknown input format (expected JSONL, CSV, an X archive or a Facebook export)")


def detect_format(path: Path) -> str:
    if path.is_dir():
        if list(path.rglob("*.json")):
            return "facebook-dir"
        raise InputError(f"{path}: a folder with no Facebook export JSON in it")
    if zipfile.is_zipfile(path):
        return "x-zip"
    try:
        with path.open("rb") as handle:
            raw = handle.read(4096)
        head = raw.decode(bom_encoding(raw) or "utf-8", errors="replace").lstrip("\ufeff")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        head = ""
    stripped = head.lstrip()
    if X_PREFIX.match(head):
        return "x-js"
    if stripped.startswith("["):
        return "facebook-json"
    if stripped.startswith("{"):
        first = stripped.split("\n", 1)[0]
        try:
            json.loads(first)
            return "jsonl"
        except json.JSONDecodeError:
            if re.search(r'"(comments_v2|status_updates_v2|timestamp|data)"', head):
                return "facebook-json"
            return "jsonl"
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return "jsonl"
    if path.suffix.lower() in (".csv", ".tsv") or "," in head.split("\n", 1)[0]:
        return "csv"
    raise InputError(f"{path}: unknown input format (expected JSONL, CSV, an X archive or a Facebook export)")


# --- JSONL and CSV ---------------------------------------------------------------

def read_jsonl(path: Path, encoding: str | None = None) -> Iterator[Record]:
    source = str(path)
    encoding = _encoding(path, encoding)
    with path.open(encoding=encoding, errors="surrogateescape", newline="\n") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.strip()
            if not line:
                continue
            if (error := _bad_bytes(line, encoding)) is not None:
                yield Record(source, number, error=error)
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Record(source, number, error=f"not valid JSON ({exc.msg}, column {exc.colno})")
                continue
            if not isinstance(data, dict):
                yield Record(source, number, error="a post must be a JSON object")
                continue
            data.pop("expect", None)
            data.pop("note", None)
            data.setdefault("id", f"{path.name}:{number}")
            yield Record(source, number, post=data)


def read_csv(path: Path, columns: CsvColumns, encoding: str | None = None) -> Iterator[Record]:
    """One record per CSV row, numbered by the line it starts on; a row with a bad byte is one error."""
    source = str(path)
    csv.field_size_limit(sys.maxsize)
    encoding = _encoding(path, encoding, legacy=True)
    with path.open(encoding=encoding, errors="surrogateescape", newline="") as handle:
        dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
        reader = csv.reader(handle, dialect=dialect)
        try:
            header = next(reader, [])
        except csv.Error as exc:
            raise InputError(f"{path}: cannot read the CSV header ({exc})") from None
        if _bad_bytes(header, encoding):
            raise InputError(f"{path}: the header line is not valid {display_name(encoding)}; name the file's encoding with --encoding")
        if columns.text not in header:
            raise InputError(f"{path}: no '{columns.text}' column (columns: {', '.join(header)}); map it with --text-column")
        end = reader.line_num
        while True:
            first = end + 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                end = reader.line_num
                yield Record(source, first, error=f"malformed CSV row ({exc})")
                continue
            end = reader.line_num
            if not values:
                continue  # a blank line
            if len(values) != len(header):
                yield Record(source, first, error=f"expected {len(header)} columns, found {len(values)}")
                continue
            if (error := _bad_bytes(values, encoding)) is not None:
                yield Record(source, first, error=error)
                continue
            row = dict(zip(header, values))
            post: dict[str, Any] = {"text": row[columns.text]}
            post["id"] = row.get(columns.id) or f"{path.name}:{first}"
            if row.get(columns.author):
                post["author"] = row[columns.author]
            if row.get(columns.date):
                post["created_at"] = row[columns.date]
            for key in columns.extra:
                if row.get(key):
                    post[key] = row[key]
            yield Record(source, first, post=post)


def _encoding(path: Path, override: str | None, legacy: bool = False) -> str:
    try:
        return detect_encoding(path, override, legacy)
    except EncodingError as exc:
        raise InputError(str(exc)) from None


def _bad_bytes(value: Any, encoding: str) -> str | None:
    """The error for a record holding a byte ``encoding`` cannot read, or None."""
    found = bad_byte(value)
    if found is None:
        return None
    return f"not valid {display_name(encoding)} (byte 0x{found:02x}); if the file is in another encoding, name it with --encoding"


# --- X / Twitter archive -------------------------------------------------------------

def read_x_zip(path: Path) -> Iterator[Record]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"{path}: not a readable zip ({exc})") from None
    with archive:
        names = archive.namelist()
        tweet_files = sorted(n for n in names if re.search(r"(^|/)data/tweets?(-part\d+)?\.js$", n))
        if not tweet_files:
            raise InputError(f"{path}: no data/tweets.js in this archive; is it an X archive?")
        author = None
        account_file = next((n for n in names if re.search(r"(^|/)data/account\.js$", n)), None)
        if account_file:
            with archive.open(account_file) as raw:
                author = _x_username(io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape"))
        for name in tweet_files:
            with archive.open(name) as raw:
                yield from _x_records(io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape"),
                                      f"{path}!{name}", author, "utf-8")


def read_x_js(path: Path, encoding: str | None = None) -> Iterator[Record]:
    author = None
    account = path.with_name("account.js")
    if account.is_file():
        with account.open(encoding="utf-8-sig", errors="surrogateescape") as handle:
            author = _x_username(handle)
    encoding = _encoding(path, encoding)
    with path.open(encoding=encoding, errors="surrogateescape") as handle:
        yield from _x_records(handle, str(path), author, encoding)


def _x_username(handle: TextIO) -> str | None:
    for _, item, error in iter_json_array(handle, "account.js"):
        if error is None and isinstance(item, dict):
            username = (item.get("account") or {}).get("username")
            if username:
                return "@" + username.lstrip("@")
    return None


def _x_records(handle: TextIO, source: str, author: str | None, encoding: str) -> Iterator[Record]:
    head = handle.read(256)
    match = X_PREFIX.match(head)
    if not match:
        raise InputError(f"{source}: not an X archive file (no 'window.YTD.tweets.part0 =' prefix)")
    rest = io.StringIO(head[match.end():])
    stream = _Chain(rest, handle)
    for line, item, error in iter_json_array(stream, source, encoding=display_name(encoding)):
        if error:
            yield Record(source, line, error=error)
            continue
        tweet = item.get("tweet", item) if isinstance(item, dict) else None
        if not isinstance(tweet, dict) or not isinstance(tweet.get("full_text", tweet.get("text")), str):
            yield Record(source, line, error="not a tweet (no full_text)")
            continue
        text = tweet.get("full_text", tweet.get("text"))
        post: dict[str, Any] = {"id": str(tweet.get("id_str") or tweet.get("id") or f"{source}:{line}"),
                                "text": _unescape_html(text), "platform": "x"}
        if author:
            post["author"] = author
        if tweet.get("created_at"):
            try:
                post["created_at"] = datetime.strptime(tweet["created_at"], X_DATE).isoformat()
            except ValueError:
                yield Record(source, line, error=f"unreadable created_at {tweet['created_at']!r}")
                continue
        if text.startswith("RT @"):
            post["kind"] = "repost"
        elif tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id"):
            post["kind"] = "reply"
        else:
            post["kind"] = "post"
        yield Record(source, line, post=post)


def _unescape_html(text: str) -> str:
    """X archives keep &amp; &lt; &gt; escaped in full_text."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


class _Chain(io.TextIOBase):
    """Two text streams read as one (the rest of a peeked head, then the file)."""

    def __init__(self, first: TextIO, second: TextIO):
        self.parts = [first, second]

    def read(self, size: int = -1) -> str:
        while self.parts:
            data = self.parts[0].read(size)
            if data:
                return data
            self.parts.pop(0)
        return ""


# --- Facebook export -----------------------------------------------------------------

def fix_mojibake(text: str) -> str:
    """Facebook writes UTF-8 bytes as \\u00xx escapes: 'CafÃ©' -> 'Café'."""
    if not any("\u0080" <= ch <= "\u00ff" for ch in text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _repair(value: Any) -> Any:
    if isinstance(value, str):
        return fix_mojibake(value)
    if isinstance(value, list):
        return [_repair(v) for v in value]
    if isinstance(value, dict):
        return {k: _repair(v) for k, v in value.items()}
    return value


def read_facebook_dir(path: Path, page: str | None, encoding: str | None = None) -> Iterator[Record]:
    owner = page or _facebook_owner(path)
    files = sorted(p for p in path.rglob("*.json") if _is_facebook_content(p))
    if not files:
        raise InputError(f"{path}: no Facebook posts or comments JSON in this folder")
    for file in files:
        yield from read_facebook_json(file, owner, encoding)


def _is_facebook_content(path: Path) -> bool:
    name = path.name.lower()
    return name.startswith(("your_posts", "posts", "comments", "your_comments", "status_updates"))


def _facebook_owner(folder: Path) -> str | None:
    for candidate in folder.rglob("profile_information.json"):
        try:
            data = json.loads(candidate.read_text(encoding="utf-8"))
            name = data.get("profile_v2", data.get("profile", {})).get("name", {})
            full = name.get("full_name") if isinstance(name, dict) else name
            if isinstance(full, str):
                return fix_mojibake(full)
        except (OSError, ValueError, AttributeError):
            continue
    return None


def read_facebook_json(path: Path, owner: str | None, encoding: str | None = None) -> Iterator[Record]:
    source = str(path)
    encoding = _encoding(path, encoding)
    with path.open(encoding=encoding, errors="surrogateescape") as handle:
        for line, item, error in iter_json_array(handle, source, encoding=display_name(encoding)):
            if error:
                yield Record(source, line, error=error)
                continue
            if not isinstance(item, dict):
                yield Record(source, line, error="not a Facebook post or comment (not an object)")
                continue
            post = _facebook_post(_repair(item), owner, path.name)
            if isinstance(post, str):
                yield Record(source, line, error=post)
            elif post is not None:
                yield Record(source, line, post=post)


def _facebook_post(item: dict[str, Any], owner: str | None, filename: str) -> dict[str, Any] | str | None:
    timestamp = item.get("timestamp")
    comment, text = None, None
    for entry in item.get("data") or []:
        if isinstance(entry, dict) and isinstance(entry.get("comment"), dict):
            comment = entry["comment"]
        elif isinstance(entry, dict) and isinstance(entry.get("post"), str):
            text = entry["post"]
    if comment is not None:
        text = comment.get("comment")
        timestamp = comment.get("timestamp", timestamp)
        author = comment.get("author") or _author_from_title(item.get("title")) or owner
        kind = "comment"
    else:
        author, kind = owner, "post"
    if not isinstance(text, str) or not text.strip():
        return "no text to check (a photo, link or check-in only, or an unreadable record)"
    if not isinstance(timestamp, (int, float)):
        return "no timestamp"
    created = datetime.fromtimestamp(timestamp, tz=timezone.utc).isoformat()
    digest = hashlib.sha1(f"{timestamp}|{author}|{text}".encode()).hexdigest()[:12]
    post: dict[str, Any] = {"id": f"fb-{kind}-{timestamp}-{digest}", "text": text, "created_at": created,
                            "platform": "facebook", "kind": kind}
    if author:
        post["author"] = author
    if kind == "comment" and owner:
        post["page"] = owner
    return post


def _author_from_title(title: Any) -> str | None:
    if isinstance(title, str):
        match = re.match(r"^(.+?) (?:commented|replied)", title)
        if match:
            return match.group(1)
    return None
