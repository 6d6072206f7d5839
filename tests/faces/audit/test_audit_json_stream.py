"""X archives and Facebook exports are streamed element by element, each one bounded in size."""
from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path

from hypothesis import given, settings, strategies as st

from postcheck.audit.jsonstream import MAX_ELEMENT, iter_json_array
from postcheck.audit.readers import CsvColumns, read_input


class Padded(io.TextIOBase):
    """A text stream made of parts, where ("pad", n) is n spaces produced lazily (never held whole)."""

    def __init__(self, parts):
        self.parts = list(parts)

    def read(self, size=-1):
        size = size if size and size > 0 else 1 << 16
        while self.parts:
            part = self.parts[0]
            if isinstance(part, tuple):
                n = min(size, part[1])
                self.parts[0] = ("pad", part[1] - n)
                if self.parts[0][1] == 0:
                    self.parts.pop(0)
                if n:
                    return " " * n
                continue
            self.parts.pop(0)
            if part:
                return part
        return ""


def tweet(n: int) -> str:
    return json.dumps({"tweet": {"id_str": str(n), "full_text": f"post {n}"}})


def test_whitespace_padding_is_never_buffered_and_a_huge_element_is_one_error():
    pad = 60 << 20  # 60 MB of spaces between elements and 60 MB inside one
    stream = Padded(["window.YTD.tweets.part0 = [\n", tweet(1), ",", ("pad", pad), "\n",
                     '{"tweet": {"id_str": "2",', ("pad", pad), '"full_text": "x"}}', ",\n", tweet(3), "\n]"])
    tracemalloc.start()
    got = list(iter_json_array(stream, "t", max_item=1 << 20))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [(v["tweet"]["id_str"] if v else None) for _, v, _ in got] == ["1", None, "3"]
    assert "over 1,048,576 characters" in got[1][2]
    assert [line for line, _, _ in got] == [2, 3, 4]
    assert peak < 8 << 20, f"peak {peak / 1e6:.1f} MB"


def test_an_over_long_element_with_element_like_lines_inside_is_one_rejected_post(tmp_path):
    """One element bigger than the bound, full of lines that look like new elements, counts once."""
    filler = ",\n".join('  {"n": %d, "pad": "%s"}' % (i, "y" * 1000) for i in range(MAX_ELEMENT // 1000 + 10))
    huge = '{"tweet": {"id_str": "2", "full_text": "x", "extra": [\n' + filler + "\n]}}"
    path = tmp_path / "tweets.js"
    path.write_text("window.YTD.tweets.part0 = [\n" + tweet(1) + ",\n" + huge + ",\n" + tweet(3) + "\n]", encoding="utf-8")
    got = list(read_input(path, CsvColumns()))
    assert len(got) == 3
    assert [r.post["id"] if r.post else None for r in got] == ["1", None, "3"]
    assert "over 8,388,608 characters" in got[1].error and got[1].line == 3
    assert got[2].line == 3 + huge.count("\n") + 1


json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.text(alphabet='ab{}[]",\\\n :\u00e9\U0001f600', max_size=12))
json_values = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.text(alphabet='ab{}"\\', max_size=4), inner, max_size=4), max_leaves=12)


@settings(max_examples=150, deadline=None)
@given(items=st.lists(json_values, max_size=8), chunk=st.integers(1, 9), indent=st.sampled_from([None, 2]))
def test_any_array_reads_back_element_by_element_across_any_chunking(items, chunk, indent):
    text = "window.YTD.tweets.part0 = " + json.dumps(items, indent=indent)
    got = list(iter_json_array(io.StringIO(text), "t", chunk=chunk))
    assert [e for _, _, e in got] == [None] * len(items)
    assert [v for _, v, _ in got] == items
