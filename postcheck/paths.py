"""Where the data files live.

What postcheck needs at run time (the rule packs, the lexicons and the
embedded model) ships inside the package under ``postcheck/data/`` and is
found with ``importlib.resources``, so an installed wheel works from any
folder. ``SOURCE_DIR`` is the source checkout, which only a development copy
has: the example council and the development corpora live there, not in the
package.
"""
from importlib.resources import files
from pathlib import Path

DATA_DIR = Path(str(files("postcheck") / "data"))
CODES_DIR = DATA_DIR / "codes"
LEXICONS_DIR = DATA_DIR / "lexicons"
EMBEDDED_MODEL_DIR = DATA_DIR / "models" / "embedded"

SOURCE_DIR = Path(__file__).resolve().parent.parent
CORPORA_DIR = SOURCE_DIR / "corpora"
