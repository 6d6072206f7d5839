"""Readers never lose a post to an encoding: every row is a post or an error at its exact line."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import FIXTURES
from postcheck.audit.readers import CsvColumns, InputError, read_input

GOOD_TEXTS = ["Ward surgery at the café, Saturday", "Thanks to the crew – great work", "Naïve plan, poorly costed",
              "A post over\ntwo lines, quoted", "Plain ASCII post, with a comma"]


def write_csv(path: Path, rows: list[tuple[str, str]], bad: dict[int, int], pad: int = 0) -> list[int]:
    """Write ``rows`` as UTF-8 CSV, putting byte 0x92 into the rows in ``bad`` (row -> position in its text).

    Returns the line each row starts on, counted independently of the reader.
    """
    starts, line = [], 2
    with path.open("wb") as out:
        out.write(b"id,text\n")
        for n, (ident, text) in enumerate(rows):
            if n == 0 and pad:
                text = text + " " + "x" * pad
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="\n").writerow([ident, text])
            data = buffer.getvalue().encode("utf-8")
            if n in bad:
                # inside the text field, between two ASCII bytes (never splitting a UTF-8 character)
                places = [i for i in range(len(ident) + 2, len(data) - 1) if data[i - 1] < 0x80 and data[i] < 0x80]
                cut = places[bad[n] % len(places)]
                data = data[:cut] + b"\x92" + data[cut:]
            out.write(data)
            starts.append(line)
            line += data.count(b"\n")
    return starts


rows_strategy = st.lists(st.sampled_from(GOOD_TEXTS), min_size=3, max_size=60)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=rows_strategy, data=st.data(), pad=st.sampled_from([0, 3000, 9000, 20000]))
def test_every_row_is_a_post_or_an_error_at_its_exact_line(tmp_path, texts, data, pad):
    rows = [(f"p{n}", t) for n, t in enumerate(texts)]
    # at most a third of the rows carry a bad byte, so the file is still mostly UTF-8
    bad_rows = data.draw(st.sets(st.integers(0, len(rows) - 1), max_size=max(1, len(rows) // 3)))
    bad = {n: data.draw(st.integers(0, 30)) for n in bad_rows}
    path = tmp_path / "posts.csv"
    starts = write_csv(path, rows, bad, pad)
    got = list(read_input(path, CsvColumns()))
    assert len(got) == len(rows)  # the independent count: one record per row, none lost
    assert [r.line for r in got] == starts
    utf8_chars = sum(len(text) - len(text.encode("ascii", "ignore")) for _, text in rows)
    if bad and 10 * utf8_chars < len(bad):  # no UTF-8 to speak of: the file is read as Windows-1252
        assert all(r.error is None for r in got)
        assert all("\u2019" in got[n].post["text"] for n in bad)
        return
    for n, record in enumerate(got):
        if n in bad:
            assert record.post is None and "not valid UTF-8 (byte 0x92)" in record.error
        else:
            assert record.error is None and record.post["id"] == f"p{n}" and record.post["text"].startswith(rows[n][1])


def test_a_bad_byte_in_the_first_8_kb_costs_only_its_row(tmp_path):
    rows = [(f"p{n}", GOOD_TEXTS[n % len(GOOD_TEXTS)]) for n in range(1000)]
    path = tmp_path / "posts.csv"
    starts = write_csv(path, rows, {1: 5, 500: 3})
    got = list(read_input(path, CsvColumns()))
    assert len(got) == 1000 and [r.line for r in got] == starts
    assert [r.line for r in got if r.error] == [starts[1], starts[500]]


def test_a_windows_1252_export_is_read_whole(tmp_path):
    path = tmp_path / "excel.csv"
    text = "id,text\n1,The council\u2019s plan \u2013 a caf\u00e9 review\n2,Ward surgery \u00a35 parking\n"
    path.write_bytes(text.encode("cp1252"))
    got = list(read_input(path, CsvColumns()))
    assert [r.error for r in got] == [None, None]
    assert [r.post["text"] for r in got] == ["The council\u2019s plan \u2013 a caf\u00e9 review", "Ward surgery \u00a35 parking"]


def test_utf8_with_a_byte_order_mark_keeps_the_id_column(tmp_path):
    path = tmp_path / "excel-utf8.csv"
    path.write_bytes("\ufeffid,text\nx1,Caf\u00e9 opening\n".encode("utf-8"))
    (record,) = read_input(path, CsvColumns())
    assert record.post == {"id": "x1", "text": "Caf\u00e9 opening"}


def test_utf16_from_excel_unicode_text(tmp_path):
    path = tmp_path / "unicode.tsv"
    path.write_bytes("id\ttext\nu1\tCaf\u00e9 \u2013 open\n".encode("utf-16"))
    (record,) = read_input(path, CsvColumns())
    assert record.post == {"id": "u1", "text": "Caf\u00e9 \u2013 open"}


def test_jsonl_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "j1", "text": "hello"}\n')
    (record,) = read_input(path, CsvColumns())
    assert record.post == {"id": "j1", "text": "hello"}


def test_encoding_override_and_an_unknown_encoding(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_bytes("id,text\n1,caf\u00e9 \u00e0 la carte\n".encode("utf-8"))
    (record,) = read_input(path, CsvColumns(), encoding="latin-1")
    assert record.post["text"] == "caf\u00c3\u00a9 \u00c3\u00a0 la carte"  # what the user asked for
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        list(read_input(path, CsvColumns(), encoding="klingon"))


CONFIG = FIXTURES / "audit_council.toml"


def test_audit_summary_balances_against_the_rows_written(tmp_path):
    """The whole command: a bad byte in the first 8 KB, another near the end; every row accounted for."""
    from typer.testing import CliRunner

    from postcheck.cli import app

    rows = [(f"p{n}", GOOD_TEXTS[n % len(GOOD_TEXTS)]) for n in range(60)]
    path = tmp_path / "posts.csv"
    starts = write_csv(path, rows, {0: 4, 57: 9}, pad=2000)
    result = CliRunner().invoke(app, ["audit", str(path), "--out", str(tmp_path / "out"), "--config", str(CONFIG)])
    assert result.exit_code == 0, result.output
    assert "60 posts read = 58 checked (58 this run, 0 earlier) + 2 rejected" in result.output
    assert f"posts.csv:{starts[0]}: not valid UTF-8 (byte 0x92)" in result.output
    assert f"posts.csv:{starts[57]}: not valid UTF-8 (byte 0x92)" in result.output


def test_audit_with_an_unknown_encoding_is_a_one_line_error(tmp_path):
    from typer.testing import CliRunner

    from postcheck.cli import app

    path = tmp_path / "posts.csv"
    path.write_text("id,text\n1,hello\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["audit", str(path), "--out", str(tmp_path / "out"), "--config", str(CONFIG),
                                      "--encoding", "klingon"])
    assert result.exit_code == 2
    assert "unknown encoding 'klingon'" in result.output and "Traceback" not in result.output


def test_a_bad_byte_in_an_x_archive_costs_only_its_tweet(tmp_path):
    items = [{"tweet": {"id_str": str(n), "full_text": f"caf\u00e9 post {n}"}} for n in range(5)]
    body = ("window.YTD.tweets.part0 = " + json.dumps(items, indent=2, ensure_ascii=False)).encode("utf-8")
    body = body.replace(b"post 2", b"post \x92 2")
    path = tmp_path / "tweets.js"
    path.write_bytes(body)
    got = list(read_input(path, CsvColumns()))
    assert [r.post["id"] if r.post else None for r in got] == ["0", "1", None, "3", "4"]
    assert "not valid UTF-8 (byte 0x92)" in got[2].error
    assert got[2].line == body[:body.index(b'"2"')].count(b"\n") - 1  # the line its element starts on


def test_a_file_with_one_byte_beyond_ascii_is_read_as_windows_1252(tmp_path):
    """One 0x92 is no evidence for a DOS code page (where it is 'Æ'): the UK default reads it as ’."""
    path = tmp_path / "posts.csv"
    write_csv(path, [("p0", "Plain ASCII post " + "x" * 3000), ("p1", "Plain ASCII post, with a comma")], {1: 28})
    (_, second) = list(read_input(path, CsvColumns()))
    assert "\u2019" in second.post["text"]
