"""``postcheck models``: fetch toxicity models where a network exists, and show what is installed."""
from __future__ import annotations

from pathlib import Path

import typer

models_app = typer.Typer(help="Toxicity models: fetch Detoxify for offline use, or show the installed ones.",
                         no_args_is_help=True)


@models_app.command("fetch")
def fetch(
    name: str = typer.Argument("original", help="Detoxify model: original, unbiased or multilingual."),
    dest: Path = typer.Option(Path("models/detoxify"), "--dest", help="Where to store the checkpoint and config."),
    force: bool = typer.Option(False, "--force", help="Download again even if present."),
) -> None:
    """Download a Detoxify model once (needs a network) and print the [toxicity] settings that use it offline."""
    from ..cli_support import fail
    from .fetch import FetchError, fetch_detoxify

    try:
        result = fetch_detoxify(name, dest, force=force)
    except FetchError as exc:
        raise fail(str(exc)) from None
    typer.echo("Fetched. Put this in your postcheck.toml:\n")
    typer.echo(result.toml())


@models_app.command("info")
def info() -> None:
    """Show the embedded model shipped with postcheck and whether Detoxify is installed."""
    import importlib.util
    import json

    from ..paths import EMBEDDED_MODEL_DIR

    embedded = EMBEDDED_MODEL_DIR
    files = sorted(p.name for p in embedded.glob("*")) if embedded.is_dir() else []
    typer.echo(f"embedded model: {embedded} ({', '.join(files) if files else 'missing'})")
    metrics = embedded / "metrics.json"
    if metrics.is_file():
        data = json.loads(metrics.read_text(encoding="utf-8"))
        typer.echo(f"  metrics: {', '.join(list(data)[:8])} … (see MODEL_CARD.md)")
    has = importlib.util.find_spec("detoxify") is not None
    state = "installed" if has else 'not installed (pip install "postcheck[detoxify]")'
    typer.echo(f"detoxify backend: {state}")


def register(app: typer.Typer) -> None:
    app.add_typer(models_app, name="models")
