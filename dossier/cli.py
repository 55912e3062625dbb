"""Command line: a thin Typer layer over the library. Results to stdout, progress and errors to stderr."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .model import Diagnostic, DossierError

app = typer.Typer(
    help="Fact-check briefings from a news article and an analyst's claims file.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
FORMATS = ("html", "pdf", "json")


class ExtractFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class CheckFormat(StrEnum):
    text = "text"
    json = "json"


class Language(StrEnum):
    auto = "auto"
    fr = "fr"
    en = "en"


def say(message: str) -> None:
    typer.echo(message, err=True)


def report(diagnostics: list[Diagnostic] | tuple[Diagnostic, ...]) -> None:
    for diagnostic in diagnostics:
        say(diagnostic.format())


def fail(err: DossierError) -> typer.Exit:
    report(err.diagnostics)
    return typer.Exit(EXIT_USAGE if err.usage else EXIT_INPUT)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"dossier {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Fact-check briefings from a news article and an analyst's claims file."""


def claims_paths(paths: list[Path] | None) -> list[Path]:
    """The claims files named, a folder's *.yaml files, or ./claims.yaml; missing ones are usage errors."""
    chosen = paths or [Path("claims.yaml")]
    found: list[Path] = []
    for path in chosen:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            hint = "run it in a folder with a claims.yaml, or name one" if not paths else None
            raise fail(DossierError(Diagnostic("error", "claims file not found", str(path), hint=hint), usage=True))
    if not found:
        raise fail(DossierError(Diagnostic("error", "no claims files (*.yaml) in the folder given"), usage=True))
    return found


def parse_formats(value: str) -> list[str]:
    formats = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise typer.BadParameter(f"unknown format {', '.join(unknown) or value!r}; choose from {', '.join(FORMATS)}")
    return formats


def exit_code(outcomes, strict: bool) -> int:
    if any(o.failed for o in outcomes):
        return EXIT_INPUT
    if strict and any(d.severity == "warning" for o in outcomes for d in o.diagnostics):
        return EXIT_INPUT
    return EXIT_OK


class PdfVariant(StrEnum):
    pdf_a_3u = "pdf/a-3u"
    pdf_ua_1 = "pdf/ua-1"


@app.command()
def build(
    claims: Annotated[list[Path] | None, typer.Argument(help="Claims files or folders (default: ./claims.yaml).",
                                                        show_default=False)] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="Comma-separated: html,pdf,json.")] = "html,pdf,json",
    templates: Annotated[Path | None, typer.Option("--templates", help="Folder of templates that override the "
                                                   "built-in theme, block by block.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Extract again even if cached.")] = False,
    pdf_variant: Annotated[PdfVariant | None, typer.Option("--pdf-variant", help="Archival or accessible PDF "
                                                           "flavour.")] = None,
) -> None:
    """Build the briefing (HTML, PDF, JSON) of each claims file, and out/index.html listing them."""
    from .pipeline import build as build_all

    formats = parse_formats(fmt)
    if templates is not None and not templates.is_dir():
        raise fail(DossierError(Diagnostic("error", "templates folder not found", str(templates)), usage=True))
    paths = claims_paths(claims)
    with progress_bar(len(paths)) as (note, done):
        try:
            outcomes = build_all(paths, out, formats, templates, use_cache=not no_cache, progress=note,
                                 pdf_variant=pdf_variant.value if pdf_variant else None, on_rendered=done)
        except DossierError as err:
            raise fail(err) from None
    for outcome in outcomes:
        report(outcome.diagnostics)
        for output in outcome.outputs:
            typer.echo(str(output))
        if outcome.failed:
            say(f"{outcome.claims_path}: not built")
    if len(outcomes) > 1:
        built = sum(not o.failed for o in outcomes)
        say(f"{built} of {len(outcomes)} dossiers built" + (f"; index: {out / 'index.html'}" if built else ""))
    raise typer.Exit(exit_code(outcomes, strict))


@contextmanager
def progress_bar(total: int):
    """(note, done) callbacks: a rich progress bar on a terminal with several files, plain lines otherwise."""
    if total < 2 or not sys.stderr.isatty():
        yield say, lambda outcome: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("building", total=total)
        yield (lambda message: bar.update(task, description=message)), (lambda outcome: bar.advance(task))


@app.command()
def extract(
    articles: Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .html) or http(s) URLs.",
                                                  show_default=False)],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="json: one object; jsonl: one per "
                                               "line; table: for reading.")] = ExtractFormat.json,
    lang: Annotated[Language, typer.Option("--lang", help="The articles' language.")] = Language.auto,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Ignore the extraction cache.")] = False,
) -> None:
    """Find the quotes, speakers and claims in articles; print them as JSON."""
    from .extract import extraction_to_json
    from .pipeline import extract_articles, load_article

    if fmt is ExtractFormat.json and len(articles) > 1:
        raise typer.BadParameter("several articles need --format jsonl or table", param_hint="--format")
    try:
        loaded = []
        for ref in articles:
            article, notes = load_article(ref, None if lang is Language.auto else lang.value, Path("out/sources"))
            report(notes)
            loaded.append(article)
        extractions = extract_articles(loaded, None if no_cache else Path("out/.cache"))
    except DossierError as err:
        raise fail(err) from None
    for extraction in extractions:
        data = extraction_to_json(extraction)
        if fmt is ExtractFormat.table:
            print_table(data)
        else:
            indent = 2 if fmt is ExtractFormat.json else None
            typer.echo(json.dumps(data, ensure_ascii=False, indent=indent))


def print_table(data: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{data['title']} ({data['language']})", show_lines=True, expand=True)
    for column, style in (("kind", "cyan"), ("speaker", "green"), ("statement", None), ("cue / medium", "dim")):
        table.add_column(column, style=style, overflow="fold")
    for s in data["statements"]:
        speaker = s["speaker"] or {}
        who = "\n".join(part for part in (speaker.get("name"), speaker.get("role")) if part)
        flag = " ✔" if s.get("checkworthy") else ""
        table.add_row(s["kind"] + flag, who, s["text"], " · ".join(p for p in (s["cue"], s["medium"], s["when"]) if p))
    Console(file=sys.stdout, width=max(100, Console().width)).print(table)


@app.command()
def check(
    claims: Annotated[list[Path] | None, typer.Argument(help="Claims files or folders (default: ./claims.yaml).",
                                                        show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings and on check-worthy statements "
                                         "still pending.")] = False,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help="text or json.")] = CheckFormat.text,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder holding the extraction cache.")] = Path(
        "out"),
) -> None:
    """Validate claims files against their articles without rendering anything."""
    from .pipeline import prepare

    paths = claims_paths(claims)
    outcomes = prepare(paths, out / ".cache", archive=out / "sources")
    if strict:
        for outcome in outcomes:
            if outcome.dossier is not None:
                outcome.diagnostics.extend(pending_checkworthy(outcome))
    if fmt is CheckFormat.json:
        typer.echo(json.dumps([{
            "file": str(o.claims_path), "ok": not o.failed,
            "diagnostics": [d.__dict__ for d in o.diagnostics],
        } for o in outcomes], ensure_ascii=False, indent=2))
    else:
        for outcome in outcomes:
            report(outcome.diagnostics)
            errors = sum(d.severity == "error" for d in outcome.diagnostics)
            warnings = sum(d.severity == "warning" for d in outcome.diagnostics)
            typer.echo(f"{outcome.claims_path}: {errors} error(s), {warnings} warning(s)")
    raise typer.Exit(exit_code(outcomes, strict))


@app.command()
def init(
    article: Annotated[str | None, typer.Argument(help="The article (.txt, .md, .html or URL) to scaffold a "
                                                  "claims file for.", show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the scaffold to this file "
                                                "(refuses to overwrite); default: stdout.")] = None,
    update: Annotated[Path | None, typer.Option("--update", help="Append entries for the statements this "
                                                "claims file does not cover yet; nothing else changes.")] = None,
) -> None:
    """Scaffold a claims file: one `verdict: pending` entry per statement found in the article."""
    from .claimsfile import load_claims, resolve_article, scaffold
    from .claimsfile import update as update_text
    from .files import write_atomic
    from .pipeline import extract_articles, is_url, load_article

    if (article is None) == (update is None):
        raise typer.BadParameter("give either an ARTICLE or --update FILE")
    try:
        if update is not None:
            if not update.is_file():
                raise DossierError(Diagnostic("error", "claims file not found", str(update)), usage=True)
            claims, diagnostics = load_claims(update)
            if claims is None:
                raise DossierError(*diagnostics)
            loaded, notes = load_article(resolve_article(claims), archive=Path("out/sources"))
            report(notes)
            extraction = extract_articles([loaded], Path("out/.cache"), progress=say)[0]
            before = update.read_text(encoding="utf-8")
            after = update_text(before, extraction, str(update))
            if after != before:
                write_atomic(update, after.encode("utf-8"))
            say(f"{update}: {after.count(chr(10) + '  - id:') - before.count(chr(10) + '  - id:')} entries added")
            return
        if output is not None and output.exists():
            raise DossierError(Diagnostic("error", "file exists; not overwriting it", str(output),
                                          hint=f"use `dossier init --update {output}` to add the missing entries"),
                               usage=True)
        loaded, notes = load_article(article, archive=Path("out/sources"))
        report(notes)
        extraction = extract_articles([loaded], Path("out/.cache"), progress=say)[0]
        if output is None:
            typer.echo(scaffold(extraction, article), nl=False)
            return
        ref = article if is_url(article) else os.path.relpath(Path(article).resolve(), output.resolve().parent)
        write_atomic(output, scaffold(extraction, ref).encode("utf-8"))
        say(f"{output}: {len(extraction.statements)} entries, all `verdict: pending`")
    except DossierError as err:
        raise fail(err) from None


@app.command()
def schema() -> None:
    """Print the JSON Schema of the claims file (for editors: `dossier schema > dossier.schema.json`)."""
    from .claimsfile import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


def pending_checkworthy(outcome) -> list[Diagnostic]:
    dossier = outcome.dossier
    pending = [s for s in dossier.pending if s.checkworthy]
    pending += [e.statement for e in dossier.entries if e.review.verdict == "pending" and e.statement.checkworthy]
    if not pending:
        return []
    return [Diagnostic("warning", f"{len(pending)} check-worthy statement(s) still pending review",
                       str(outcome.claims_path),
                       hint="give each a verdict; `dossier init --update` adds entries for those the file lacks")]


def main() -> None:
    """Entry point: run the app; a user never sees a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        say("interrupted; outputs already written are intact")
        sys.exit(130)
    except DossierError as err:
        report(err.diagnostics)
        sys.exit(EXIT_USAGE if err.usage else EXIT_INPUT)
    except Exception as err:
        if os.environ.get("DOSSIER_DEBUG"):
            raise
        say(f"error: dossier failed unexpectedly ({type(err).__name__}: {err})")
        say("  hint: this is a bug in dossier; run again with DOSSIER_DEBUG=1 for the details and report them")
        sys.exit(EXIT_INPUT)
