"""The ``postcheck`` command line (typer).

Exit status works like a linter's: 0 when the verdict is below ``--fail-on``,
1 when at or above it, 2 for a usage or input error. No traceback reaches a
user: every known error is one line on stderr.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .cli_support import fail, note, stderr
from .errors import PostcheckError
from .post import Post
from .present import quote_label, rule_dict
from .severity import RANK
from .terminal import safe

app = typer.Typer(
    help="Check a councillor's social-media post against the Members' Code of Conduct before publishing it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class RulesFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


class FailOn(str, Enum):
    advice = "advice"
    review = "review"
    block = "block"


def show_version(value: bool) -> None:
    if value:
        from . import __version__

        print(f"postcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=show_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Check a councillor's social-media post against the Members' Code of Conduct before publishing it."""



CONFIG_HELP = ("Council settings (TOML). Default: $POSTCHECK_CONFIG, else postcheck.toml in this folder or a parent, "
               "else the user config folder.")
ConfigOption = typer.Option(None, "--config", "-c", help=CONFIG_HELP, show_default=False)


SelectOption = typer.Option(None, "--select", help="Run only these rules: ids or prefixes, comma-separated "
                            "(e.g. respect,confidentiality.disclosure); replaces [rules] select.", show_default=False)
IgnoreOption = typer.Option(None, "--ignore", help="Do not run these rules: ids or prefixes, comma-separated; "
                            "added to [rules] ignore.", show_default=False)


def settings(config: Optional[Path], select: Optional[str] = None, ignore: Optional[str] = None):
    """The council's config with the command line's rule selection on top."""
    from .config import load_config

    cfg = load_config(config)
    cfg.rules = cfg.rules.with_flags(select, ignore)
    return cfg


def make_checker(config, select: Optional[str] = None, ignore: Optional[str] = None):
    """A Checker for a config file (with the command line's rule selection) or a loaded Config."""
    from .checker import Checker
    from .config import Config

    return Checker(config if isinstance(config, Config) else settings(config, select, ignore))


def read_draft(text: Optional[str], file: Optional[Path]) -> str:
    if text is not None and file is not None:
        raise fail("give the post as TEXT or --file, not both")
    if file is not None:
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            raise fail(f"{file}: file not found") from None
        except OSError as exc:
            raise fail(f"{file}: cannot read ({exc.strerror})") from None
        source = str(file)
    elif text is None or text == "-":
        if sys.stdin.isatty() and text is None:
            raise fail("give the post as TEXT, as - to read stdin, or with --file")
        data = sys.stdin.buffer.read()
        source = "stdin"
    else:
        hint_if_file_name(text)
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise fail(f"{source}: not valid UTF-8 (byte {exc.start})") from None


def hint_if_file_name(text: str) -> None:
    """A draft that is one word naming an existing file was probably meant for ``--file``: say so, check it anyway."""
    if not text or any(ch.isspace() for ch in text) or len(text) > 255:
        return
    try:
        is_file = Path(text).is_file()
    except OSError:
        return
    if is_file:
        note(f"checking the words {text!r}; to check what the file {text} says, use --file {text}")


@app.command()
def check(
    text: Optional[str] = typer.Argument(None, help="The draft post, or - to read it from stdin.", show_default=False),
    file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the draft from a file.", show_default=False),
    config: Optional[Path] = ConfigOption,
    output: OutputFormat = typer.Option(OutputFormat.text, "--format", help="text for people, json for tools."),
    fail_on: FailOn = typer.Option(FailOn.review, "--fail-on", help="Exit 1 when the verdict is at or above this."),
    created_at: Optional[str] = typer.Option(None, "--created-at", help="When it will be posted (ISO 8601 with offset)."),
    account: Optional[str] = typer.Option(None, "--account", help="personal, councillor or official."),
    kind: Optional[str] = typer.Option(None, "--kind", help="post, reply, repost, quote or comment."),
    quoted_text: Optional[str] = typer.Option(None, "--quoted-text", help="The text a quote, repost or reply amplifies."),
    author: Optional[str] = typer.Option(None, "--author", help="The posting account's handle."),
    select: Optional[str] = SelectOption,
    ignore: Optional[str] = IgnoreOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only the verdict and one line per finding."),
) -> None:
    """Check one draft post and explain every finding in the code's own words."""
    draft = read_draft(text, file)
    post = {"text": draft, "created_at": created_at, "account": account, "kind": kind,
            "quoted_text": quoted_text, "author": author}
    post = {k: v for k, v in post.items() if v is not None}
    try:
        cfg = settings(config, select, ignore)
        valid = Post.from_dict(post, max_chars=cfg.max_chars)  # input errors before the models load
        checker = make_checker(cfg)
        report = checker.check(valid)
    except PostcheckError as exc:
        raise fail(str(exc)) from None
    if output is OutputFormat.json:
        print(json.dumps({**report.to_dict(), "meta": checker.config.meta()}, ensure_ascii=False, indent=2))
    else:
        from rich.text import Text

        from .render import render_report

        if not quiet:
            console.print(Text(safe(checker.config.describe()), style="dim"), highlight=False)
        render_report(console, draft, report, quiet=quiet)
    raise typer.Exit(1 if RANK[report.verdict] >= RANK[fail_on.value] else 0)


def load_pack(config: Optional[Path], select: Optional[str] = None, ignore: Optional[str] = None):
    return pack_for(settings(config, select, ignore))


def pack_for(cfg):
    """The council's rule pack, as its settings run it."""
    from .assembly import load_pack as assembled_pack

    return assembled_pack(cfg)


@app.command()
def rules(
    config: Optional[Path] = ConfigOption,
    output: RulesFormat = typer.Option(RulesFormat.text, "--format", help="text for people, json for tools, "
                                       "markdown for documents (GitHub tables)."),
    select: Optional[str] = SelectOption,
    ignore: Optional[str] = IgnoreOption,
) -> None:
    """List every rule as this council runs it: selected?, severity after overrides, clauses, what raises it."""
    try:
        cfg = settings(config, select, ignore)
        pack = pack_for(cfg)
    except PostcheckError as exc:
        raise fail(str(exc)) from None
    if output is RulesFormat.json:
        print(json.dumps([rule_dict(r) for r in pack.rules.values()], ensure_ascii=False, indent=2))
        return
    if output is RulesFormat.markdown:
        from .render_markdown import rules_markdown

        print(rules_markdown(pack))
        return
    from rich.text import Text

    from .render import rules_table

    console.print(Text(cfg.describe(), style="dim"), highlight=False)
    console.print(rules_table(pack))


def example_config() -> Optional[Path]:
    """The example council's settings: the registers some examples rest on."""
    from .discovery import find_config
    from .paths import CORPORA_DIR

    if find_config() is not None:
        return None
    example = CORPORA_DIR / "example" / "postcheck.toml"
    return example if example.is_file() else None


#: what stands for the detector's reason in a rule's explanation, when no post is at hand
WHY = "what the detector found in the post (the words matched, the register entry or the model's score)"


@app.command()
def explain(
    rule_id: str = typer.Argument(..., metavar="RULE", help="A rule id, e.g. confidentiality.disclosure"),
    config: Optional[Path] = ConfigOption,
    output: OutputFormat = typer.Option(OutputFormat.text, "--format"),
    verify: bool = typer.Option(True, "--verify/--no-verify", help="Run the examples through the checker (with "
                                "--config, else the example council in corpora/example/) and show the result."),
) -> None:
    """Explain a rule: the clause texts, golden rules, what raises it, and examples."""
    from rich.panel import Panel
    from rich.text import Text

    from .rules.pack import example_text

    try:
        pack = load_pack(config)
        rule = pack.rules.get(rule_id)
        if rule is None:
            close = [r for r in pack.rules if rule_id.split(".")[-1] in r]
            hint = f" (did you mean {', '.join(close)}?)" if close else "; see `postcheck rules`"
            raise fail(f"unknown rule {rule_id!r}{hint}")
        results = {}
        if verify and rule.enabled and rule.scope == "post" and (rule.examples_raise or rule.examples_pass):
            checker = make_checker(config or example_config())
            for example in (*rule.examples_raise, *rule.examples_pass):
                results[example_text(example)] = rule.id in checker.check(example).rules
    except PostcheckError as exc:
        raise fail(str(exc)) from None
    if output is OutputFormat.json:
        data = rule_dict(rule)
        data["examples_checked"] = {k: v for k, v in results.items()}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    console.print(Text.assemble((rule.id, "bold"), safe(f" · {rule.severity} · {rule.scope}-level · {rule.title}")))
    for quote in (*rule.clauses, *rule.golden_rules):
        label = quote_label(quote.kind, quote.id)
        console.print(Panel(Text(safe(f"“{quote.text}”"), style="italic"), title=Text(safe(f"{label} — {quote.heading}")),
                            title_align="left"))
    raised = ", ".join(f"{s} → {lvl.describe()}" for s, lvl in rule.signals.items()) or "no detector yet"
    console.print(Text.assemble(("Raised by: ", "bold"), safe(raised)))
    if rule.signals:
        for modifier in pack.modifiers:
            change = f"capped at {modifier.cap}" if modifier.cap else f"{modifier.lower} level(s) lower"
            console.print(Text.assemble(("Then: ", "bold"), safe(f"a signal with the fact {modifier.when} is {change}"
                                                                 + (f" ({modifier.why})" if modifier.why else ""))))
    console.print(Text.assemble(("Why: ", "bold"), safe(rule.explanation.replace("{why}", WHY))))
    console.print(Text.assemble(("Instead: ", "bold green"), safe(rule.suggestion)))
    for label, examples, expected in (("Raises it", rule.examples_raise, True), ("Does not raise it", rule.examples_pass, False)):
        if examples:
            console.print(Text(label + ":", style="bold"))
            for example in map(example_text, examples):
                mark = ""
                if example in results:
                    mark = " ✓" if results[example] == expected else " ✗ (the checker disagrees)"
                console.print(safe(f"  • {example}{mark}"), highlight=False, markup=False)


@app.command()
def init(
    folder: Path = typer.Argument(Path("."), help="Where to write postcheck.toml and its register CSVs."),
    council: str = typer.Option("Your council", "--council", help="The council's name, as outputs will show it."),
    force: bool = typer.Option(False, "--force", help="Replace an existing postcheck.toml."),
) -> None:
    """Write a commented starter postcheck.toml (council, people, registers) to fill in."""
    from .starter import StarterExists, write_starter

    try:
        written = write_starter(folder, council, force)
    except StarterExists as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"{exc.filename or folder}: cannot write ({exc.strerror})") from None
    for path in written:
        console.print(f"wrote {path}", highlight=False, markup=False)
    console.print("Fill in the people and registers, then run: postcheck check \"your draft\"", highlight=False,
                  markup=False)


@app.command(name="eval")
def eval_command(
    posts: Path = typer.Argument(..., help="Labelled posts (JSONL, the corpora format)."),
    config: Optional[Path] = ConfigOption,
    output: OutputFormat = typer.Option(OutputFormat.text, "--format"),
    show_mistakes: bool = typer.Option(False, "--mistakes", help="List the posts the checker got wrong."),
    select: Optional[str] = SelectOption,
    ignore: Optional[str] = IgnoreOption,
) -> None:
    """Score the checker against labelled posts: per-rule P/R/F1, averages, verdict matrix."""
    from .evaluation import evaluate, read_labelled

    try:
        items = read_labelled(posts)
        checker = make_checker(config, select, ignore)
        result = evaluate(checker, items)
    except PostcheckError as exc:
        raise fail(str(exc)) from None
    if output is OutputFormat.json:
        print(json.dumps({**result.to_dict(), "meta": checker.config.meta()}, ensure_ascii=False, indent=2))
        return
    from rich.text import Text

    from .render_eval import render_eval

    console.print(Text(checker.config.describe(), style="dim"), highlight=False)
    render_eval(console, result, show_mistakes=show_mistakes)


#: modules that add commands to the CLI: each has ``register(app)``
COMMAND_MODULES = ("postcheck.scoring.cli", "postcheck.pii.cli", "postcheck.audit.cli", "postcheck.server.cli")


def _register_commands() -> None:
    from importlib import import_module

    for name in COMMAND_MODULES:
        try:
            module = import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue  # that part of the tool is not installed
            raise
        module.register(app)


_register_commands()


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def main() -> None:
    """Run the CLI; any error reaches the user as one line (POSTCHECK_DEBUG=1 shows the traceback)."""
    import os

    try:
        app()
    except KeyboardInterrupt:
        stderr.print("postcheck: interrupted")
        sys.exit(130)
    except Exception as exc:  # the last guard: never a traceback for a user
        if os.environ.get("POSTCHECK_DEBUG"):
            raise
        ours = type(exc).__module__.startswith("postcheck.")
        prefix = "" if ours else f"internal error ({type(exc).__name__}; set POSTCHECK_DEBUG=1 for details): "
        stderr.print(f"postcheck: error: {prefix}{one_line(exc)}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
