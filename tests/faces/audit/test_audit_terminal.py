"""Names and ids from the input reach the terminal with their control characters made visible."""
from __future__ import annotations

import json
import re
import zipfile

from typer.testing import CliRunner

from helpers import FIXTURES
from postcheck.cli import app

CONFIG = FIXTURES / "audit_council.toml"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]")  # newlines apart


def audit(*args: str):
    return CliRunner().invoke(app, ["audit", *args, "--config", str(CONFIG)])


def test_zip_member_names_and_ids_cannot_drive_the_terminal(tmp_path):
    archive = tmp_path / "archive.zip"
    member = "\x1b]0;pwned\x07x\x1b[2J\u202e/data/tweets.js"
    tweets = [{"tweet": {"id_str": "7\x1b[31m", "full_text": "Ward surgery on Saturday."}},
              {"tweet": {"id_str": "7\x1b[31m", "full_text": "Thanks to the highways crew."}}]
    body = "window.YTD.tweets.part0 = " + json.dumps(tweets, indent=2)[:-1] + ',\n  {"tweet": {"id_str": "9" "x"}}\n]'
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(member, body)
    result = audit(str(archive), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "rejected: " in result.output and "warning: " in result.output
    assert not CONTROL.search(result.output), repr(result.output)
    assert "\\x1b]0;pwned\\x07x\\x1b[2J\\u202e/data/tweets.js" in result.output
    assert "post id '7\\x1b[31m'" in result.output


def test_an_input_error_naming_a_hostile_file_is_made_visible(tmp_path):
    result = audit(str(tmp_path / "no\x1b[2Jsuch.jsonl"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert not CONTROL.search(result.output) and "no\\x1b[2Jsuch.jsonl: no such file" in result.output
