"""Where the project's data files live (rule packs, lexicons, shipped models)."""
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
CORPORA_DIR = PROJECT_DIR / "corpora"
MODELS_DIR = PROJECT_DIR / "models"
