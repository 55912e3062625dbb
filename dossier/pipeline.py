"""The whole flow for one or many claims files: load, ingest, extract (cached), join, render."""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from . import __version__, cache
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
    keys = [cache.cache_key(a, extractor_fingerprint(), installed_model(a.language)) for a in articles]
    found = [cache.load(cache_dir, key, a) if cache_dir else None for key, a in zip(keys, articles, strict=True)]
    missing = list(dict.fromkeys(keys[i] for i, hit in enumerate(found) if hit is None))
    if missing:
        from .extract import extract_many

        if progress:
            progress(f"extracting statements from {len(missing)} article(s)")
        first = {key: keys.index(key) for key in missing}
        fresh = dict(zip(missing, extract_many([articles[first[key]] for key in missing]), strict=True))
        for key, extraction in fresh.items():
            if cache_dir:
                cache.store(cache_dir, key, extraction)
        found = [hit or replace(fresh[key], article=article)
                 for hit, key, article in zip(found, keys, articles, strict=True)]
    return [hit for hit in found if hit is not None]


@functools.cache
def extractor_fingerprint() -> str:
    """The extractor's version and a hash of its code and lexicons: any change to them empties the cache."""
    from .extract import EXTRACTOR_VERSION
    from .extract.lexicon import user_lexicon_dirs

    folder = Path(__file__).resolve().parent / "extract"
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".py", ".yaml", ".yml", ".txt", ".json") and path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    for user_folder in user_lexicon_dirs():
        for path in sorted(user_folder.glob("*.yaml")):
            digest.update(b"user/" + path.name.encode() + b"\0" + path.read_bytes())
    return f"{EXTRACTOR_VERSION}+{digest.hexdigest()[:12]}"


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
        if claims is None or any(d.code == "article-not-found" for d in outcome.diagnostics):
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
    return replace(diagnostic, message=f"{diagnostic.message}: {diagnostic.file}", file=claims.path,
                   line=claims.article_line, hint=hint)


def render_one(dossier: Dossier, out_dir: Path, formats: Sequence[str], templates_dir: Path | None,
               claims_text: str | None, pdf_variant: str | None) -> tuple[list[Path], list[Diagnostic]]:
    """Render one dossier; problems come back as diagnostics (this runs in worker processes too)."""
    from .render import render

    try:
        return render(dossier, out_dir, formats, templates_dir, claims_text=claims_text, pdf_variant=pdf_variant), []
    except DossierError as err:
        return [], list(err.diagnostics)


def stamped(dossier: Dossier) -> Dossier:
    """The dossier with its build time (SOURCE_DATE_EPOCH when set, for reproducible builds) and version."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)
    return replace(dossier, built_at=moment.isoformat(timespec="seconds"), version=__version__)


def build(paths: Sequence[Path], out_dir: Path, formats: Sequence[str] = ("html", "pdf", "json"),
          templates_dir: Path | None = None, use_cache: bool = True, progress: Progress | None = None,
          pdf_variant: str | None = None, on_rendered: Callable[[Outcome], None] | None = None,
          workers: int | None = None) -> list[Outcome]:
    """Build every claims file into `out_dir`, rendering over the cores; a broken file does not stop the rest.

    Writes `out_dir/index.html` listing every dossier in the folder.
    """
    cache_dir = out_dir / ".cache" if use_cache else None
    outcomes = prepare(paths, cache_dir, progress, archive=out_dir / "sources")
    todo = [o for o in outcomes if o.dossier is not None and not o.failed]
    for outcome in outcomes:
        if outcome not in todo and on_rendered:
            on_rendered(outcome)
    if progress and todo:
        progress(f"rendering {len(todo)} dossier(s): {', '.join(formats)}")
    jobs = [(stamped(o.dossier), out_dir, formats, templates_dir,
             o.claims_path.read_text(encoding="utf-8", errors="replace"), pdf_variant) for o in todo]
    workers = min(workers or os.cpu_count() or 1, len(jobs))
    if workers > 1:
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
            results = pool.map(render_one, *zip(*jobs, strict=True))
            _collect(todo, results, on_rendered)
    else:
        _collect(todo, (render_one(*job) for job in jobs), on_rendered)
    if any(o.outputs for o in todo) and "html" in formats:
        from .render import render_index

        try:
            render_index(out_dir, templates_dir)
        except DossierError as err:
            todo[0].diagnostics.extend(err.diagnostics)
    return outcomes


def _collect(todo: list[Outcome], results, on_rendered: Callable[[Outcome], None] | None) -> None:
    for outcome, (outputs, diagnostics) in zip(todo, results, strict=True):
        outcome.outputs = outputs
        outcome.diagnostics.extend(diagnostics)
        if on_rendered:
            on_rendered(outcome)
