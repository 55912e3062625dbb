"""The whole flow for one or many claims files: load, ingest, extract (cached), join, render."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import cache
from .model import Article, ClaimsFile, Diagnostic, Dossier, DossierError, Extraction

Progress = Callable[[str], None]


@dataclass
class Outcome:
    """What building one claims file gave: the dossier, its problems, the files written."""

    claims_path: Path
    dossier: Dossier | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.dossier is None or any(d.severity == "error" for d in self.diagnostics)


def is_url(ref: str) -> bool:
    return bool(re.match(r"https?://", ref, re.IGNORECASE))


def load_article(ref: str, language: str | None = None,
                 archive: Path | None = None) -> tuple[Article, list[Diagnostic]]:
    """Ingest an article path or URL (fetched copies kept in `archive`); `language` overrides detection."""
    from .ingest import read_article, read_url

    article, notes = read_url(ref, archive) if is_url(ref) else (read_article(ref), [])
    return (replace(article, language=language) if language else article), notes


def extract_articles(articles: Sequence[Article], cache_dir: Path | None = None,
                     progress: Progress | None = None) -> list[Extraction]:
    """Extract statements from every article, from the cache where possible, the rest in one NLP pass."""
    from .extract import EXTRACTOR_VERSION

    keys = [cache.cache_key(a, EXTRACTOR_VERSION, installed_model(a.language)) for a in articles]
    found = [cache.load(cache_dir, key, a) if cache_dir else None for key, a in zip(keys, articles, strict=True)]
    missing = [i for i, hit in enumerate(found) if hit is None]
    if missing:
        from .extract import extract_many

        if progress:
            progress(f"extracting statements from {len(missing)} article(s)")
        for index, extraction in zip(missing, extract_many([articles[i] for i in missing]), strict=True):
            found[index] = extraction
            if cache_dir:
                cache.store(cache_dir, keys[index], extraction)
    return [hit for hit in found if hit is not None]


def installed_model(language: str) -> str:
    """`name-version` of the model that would extract this language, found without loading it."""
    from importlib.metadata import PackageNotFoundError, version

    from .nlp import ModelMissing, model_name

    try:
        name = model_name(language)
    except ModelMissing as err:
        raise DossierError(Diagnostic("error", str(err), hint="run `make dossier` to install the models")) from None
    try:
        return f"{name}-{version(name)}"
    except PackageNotFoundError:
        return name


def dossier_name(claims_path: Path, article_ref: str) -> str:
    """Output name: `NAME.claims.yaml` gives NAME; a plain `claims.yaml` takes the article's name."""
    stem = claims_path.name
    for suffix in (".yaml", ".yml"):
        stem = stem.removesuffix(suffix)
    if stem.endswith(".claims"):
        return stem.removesuffix(".claims")
    if stem != "claims":
        return stem
    base = Path(article_ref.split("?")[0].rstrip("/")).name or "dossier"
    base = re.sub(r"\.(txt|text|md|markdown|html?|xhtml)$", "", base, flags=re.IGNORECASE)
    return re.sub(r"\.(fr|en)$", "", base) or "dossier"


def load_claims_files(paths: Sequence[Path]) -> list[tuple[Outcome, ClaimsFile | None]]:
    from .claimsfile import load_claims

    loaded = []
    for path in paths:
        outcome = Outcome(claims_path=path)
        claims, diagnostics = load_claims(path)
        outcome.diagnostics.extend(diagnostics)
        loaded.append((outcome, claims))
    return loaded


def prepare(paths: Sequence[Path], cache_dir: Path | None, progress: Progress | None = None,
            archive: Path | None = None) -> list[Outcome]:
    """Load every claims file and its article, extract, and join: one Dossier per usable file."""
    from .claimsfile import resolve_article
    from .join import join

    loaded = load_claims_files(paths)
    ready: list[tuple[Outcome, ClaimsFile, Article]] = []
    for outcome, claims in loaded:
        if claims is None or any(d.severity == "error" for d in outcome.diagnostics):
            continue
        ref = resolve_article(claims)
        try:
            language = claims.publication.language if claims.publication.language in ("fr", "en") else None
            article, notes = load_article(ref, language, archive)
            outcome.diagnostics.extend(notes)
            ready.append((outcome, claims, article))
        except DossierError as err:
            outcome.diagnostics.extend(_located(d, claims) for d in err.diagnostics)
    extractions = extract_articles([article for _, _, article in ready], cache_dir, progress)
    for (outcome, claims, _), extraction in zip(ready, extractions, strict=True):
        outcome.dossier = join(extraction, claims, dossier_name(outcome.claims_path, claims.article))
        outcome.diagnostics.extend(outcome.dossier.diagnostics)
    return [outcome for outcome, _ in loaded]


def _located(diagnostic: Diagnostic, claims: ClaimsFile) -> Diagnostic:
    """An article problem reported against the claims file's `article:` line when it has no place."""
    if diagnostic.line is not None:
        return diagnostic
    hint = diagnostic.hint or "check the `article:` path (relative to the claims file)"
    return replace(diagnostic, message=f"{diagnostic.message}: {diagnostic.file}", file=claims.path, hint=hint)


def build(paths: Sequence[Path], out_dir: Path, formats: Sequence[str] = ("html", "pdf", "json"),
          templates_dir: Path | None = None, use_cache: bool = True,
          progress: Progress | None = None) -> list[Outcome]:
    """Build every claims file into `out_dir`; a broken file is reported and the others still build."""
    from .render import render

    cache_dir = out_dir / ".cache" if use_cache else None
    outcomes = prepare(paths, cache_dir, progress, archive=out_dir / "sources")
    for outcome in outcomes:
        if outcome.dossier is None or outcome.failed:
            continue
        if progress:
            progress(f"rendering {outcome.dossier.name} ({', '.join(formats)})")
        claims_text = outcome.claims_path.read_text(encoding="utf-8", errors="replace")
        try:
            outcome.outputs = render(outcome.dossier, out_dir, formats, templates_dir, claims_text=claims_text)
        except DossierError as err:
            outcome.diagnostics.extend(err.diagnostics)
    return outcomes
