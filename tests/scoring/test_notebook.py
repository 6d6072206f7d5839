"""Execute the toxicity evaluation notebook so it cannot go stale.

It runs on a small sample of the shared datasets and skips cleanly where
they (or the notebook tooling) are absent, as in a user's fresh clone.
"""
from __future__ import annotations

import pytest

from helpers import ROOT

pytestmark = pytest.mark.slow  # a browser, a server under load, a cluster or a notebook: not in the fast lane

NOTEBOOK = ROOT / "notebooks" / "toxicity_evaluation.ipynb"


def test_toxicity_evaluation_notebook_runs(shared_dir):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("matplotlib")
    pytest.importorskip("ipykernel")
    if not (shared_dir / "datasets" / "olid").is_dir() or not (shared_dir / "datasets" / "hatecheck").is_dir():
        pytest.skip("the shared datasets are not beside the project")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    parameters = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert parameters, "the notebook needs a cell tagged 'parameters'"
    parameters[0].source = f"from pathlib import Path\nSHARED = Path({str(shared_dir)!r})\nSAMPLE = 40\nSEED = 13"
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 4, "every section should draw its plot"
    text = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    assert "respect.personal-attack" in text and "parse_ms" in text
