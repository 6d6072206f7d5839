"""Audit readers: formats detected, records streamed, malformed records reported with file and line."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from helpers import FIXTURES
from postcheck.audit.readers import (CsvColumns, InputError, detect_format, fix_mojibake, iter_json_array,
                                   read_input)

EXPORTS = FIXTURES / "audit_exports"


def records(path: Path, columns: CsvColumns | None = None):
    return list(read_input(path, columns or CsvColumns()))


def test_jsonl_reports_malformed_lines_with_their_numbers(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_bytes(b'{"id": "a", "text": "fine"}\n'
                     b'{"id": "b", "text": "broken"\n'
                     b'\n'
                     b'["not", "an", "object"]\n'
                     b'{"text": "no id given", "expect": {"rules": []}}\n'
                     b'{"id": "e", "text": "bad \xff byte"}\n')
    got = records(path)
    assert [(r.line, r.error is None) for r in got] == [(1, True), (2, False), (4, False), (5, True), (6, False)]
    assert "not valid JSON" in got[1].error and "object" in got[2].error and "UTF-8" in got[4].error
    assert got[3].post == {"text": "no id given", "id": "posts.jsonl:5"}  # labels dropped, stable id


def test_csv_column_mapping_and_ragged_rows(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text('Message,Post ID,Handle,When\n'
                    '"Ward surgery, Saturday",p1,@CllrJaneJones,2025-05-01T10:00:00+01:00\n'
                    '"A post over\ntwo lines",p2,@AmirKhanCllr,\n'
                    'too,many,columns,here,extra\n'
                    'short\n', encoding="utf-8")
    columns = CsvColumns(text="Message", id="Post ID", author="Handle", date="When")
    got = records(path, columns)
    assert got[0].post == {"text": "Ward surgery, Saturday", "id": "p1", "author": "@CllrJaneJones",
                           "created_at": "2025-05-01T10:00:00+01:00"}
    assert got[1].post["text"] == "A post over\ntwo lines" and got[1].line == 3
    assert got[2].line == 5 and "expected 4 columns, found 5" in got[2].error
    assert got[3].line == 6 and "expected 4 columns, found 1" in got[3].error


def test_csv_without_the_text_column_names_the_flag(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("body,id\nhello,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="--text-column"):
        records(path)


def test_x_tweets_js_with_its_prefix(tmp_path):
    got = records(EXPORTS / "x" / "data" / "tweets.js")
    good = [r.post for r in got if r.error is None]
    assert [p["id"] for p in good] == ["1800000000000000001", "1800000000000000002", "1800000000000000004"]
    assert [p["kind"] for p in good] == ["post", "reply", "repost"]
    assert good[0]["author"] == "@RosaDelgadoLD"  # from the sibling account.js
    assert good[0]["text"].startswith("Ward surgery") and "10am & no" in good[0]["text"]  # &amp; unescaped
    assert good[0]["created_at"] == "2025-05-01T08:30:00+00:00"
    bad = [r for r in got if r.error]
    assert len(bad) == 1 and bad[0].line == 40 and "not valid JSON" in bad[0].error


def test_x_archive_zip(tmp_path):
    archive = tmp_path / "twitter-2025-06-01-abc.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name in ("account.js", "tweets.js"):
            zf.write(EXPORTS / "x" / "data" / name, f"data/{name}")
        zf.writestr("Your archive.html", "<html></html>")
    assert detect_format(archive) == "x-zip"
    got = records(archive)
    assert len(got) == 4 and sum(r.error is not None for r in got) == 1
    assert all(r.source.endswith("!data/tweets.js") for r in got)
    assert got[1].post["author"] == "@RosaDelgadoLD"


def test_zip_without_tweets_is_a_clear_error(tmp_path):
    archive = tmp_path / "other.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match="no data/tweets.js"):
        records(archive)


def test_facebook_export_folder_repairs_mojibake_and_reads_comments():
    got = records(EXPORTS / "facebook")
    posts = [r.post for r in got if r.error is None]
    comments = [p for p in posts if p["kind"] == "comment"]
    own = [p for p in posts if p["kind"] == "post"]
    assert comments[0]["author"] == "Zoë Brennan"
    assert comments[0]["text"] == "Thank you Nadia – the crossing is much needed near the école 🙏"
    assert all(c["page"] == "Nadia Okonjo" for c in comments)  # the export's owner
    assert own[0]["text"] == "Lovely morning at the Hollin Vale café opening – well done to the team 👏"
    assert own[0]["author"] == "Nadia Okonjo" and own[0]["created_at"] == "2025-05-01T09:00:00+00:00"
    errors = [r for r in got if r.error]
    assert len(errors) == 2 and all(r.line > 0 and "no text" in r.error for r in errors)


def test_mojibake_repair_leaves_correct_text_alone():
    assert fix_mojibake("CafÃ©") == "Café"
    assert fix_mojibake("Café") == "Café"  # not valid as mojibake: unchanged
    assert fix_mojibake("plain") == "plain"


def test_json_array_streams_across_tiny_chunks():
    items = [{"n": i, "text": "x" * (i % 7) + "\n"} for i in range(50)]
    text = "window.YTD.tweets.part0 = [\n" + ",\n".join("  " + json.dumps(i) for i in items) + "\n]"
    got = list(iter_json_array(io.StringIO(text), "t", chunk=7))
    assert [g[1] for g in got] == items
    assert [g[0] for g in got] == list(range(2, 52))


def test_unknown_format_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some notes", encoding="utf-8")
    with pytest.raises(InputError, match="unknown input format"):
        records(path)
