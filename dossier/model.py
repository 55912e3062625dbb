"""Plain, immutable data classes passed between the steps of the flow.

article ──ingest──▶ Article ──extract──▶ Extraction (Statements)
claims.yaml ──claimsfile──▶ ClaimsFile (Reviews) ──join──▶ Dossier ──render──▶ files
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
StatementKind = Literal["direct", "partial", "indirect", "claim"]
SpeakerType = Literal["person", "organization", "publication", "unknown"]
SourceKind = Literal["primary", "secondary"]
Attribution = Literal["confirmed", "unconfirmed", "disputed", "misattributed"]
MatchMethod = Literal["id", "match", "fuzzy", "anchored"]

QUOTE_KINDS = ("direct", "partial", "indirect")


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in an input, shown to the user by the CLI."""

    severity: Severity
    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    hint: str | None = None
    code: str | None = None

    def format(self) -> str:
        where = ":".join(str(part) for part in (self.file, self.line, self.column) if part is not None)
        text = f"{where}: {self.severity}: {self.message}" if where else f"{self.severity}: {self.message}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class DossierError(Exception):
    """An input problem that stops a step; carries the diagnostics to show."""

    def __init__(self, *diagnostics: Diagnostic, usage: bool = False):
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics
        self.usage = usage


@dataclass(frozen=True)
class Metadata:
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """The article as ingested: `text` is the body, paragraphs index into it."""

    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    language: str
    metadata: Metadata = field(default_factory=Metadata)
    source: str = ""
    sha256: str = ""
    encoding: str = "utf-8"
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str | None = None
    type: SpeakerType = "unknown"


@dataclass(frozen=True)
class Statement:
    """A quote or a claim found in the article; `article.text[start:end]` is its text."""

    id: str
    kind: StatementKind
    text: str
    start: int
    end: int
    paragraph: int
    speaker: Speaker | None = None
    cue: str | None = None
    medium: str | None = None
    when: str | None = None
    checkworthy: bool = False
    score: float = 0.0
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    article: Article
    statements: tuple[Statement, ...]
    extractor: str = ""
    model: str = ""


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    publisher: str | None = None
    date: str | None = None
    archive: str | None = None
    kind: SourceKind | None = None


@dataclass(frozen=True)
class Verdict:
    """One step of a verdict scale."""

    id: str
    labels: dict[str, str]
    value: int | None = None
    colour: str = "#6b7280"
    definition: dict[str, str] = field(default_factory=dict)
    icon: str = "?"

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.id


@dataclass(frozen=True)
class Scale:
    name: str
    verdicts: tuple[Verdict, ...]

    def get(self, verdict_id: str) -> Verdict | None:
        return next((v for v in self.verdicts if v.id == verdict_id), None)

    @property
    def best(self) -> int | None:
        values = [v.value for v in self.verdicts if v.value is not None]
        return max(values) if values else None

    @property
    def worst(self) -> int | None:
        values = [v.value for v in self.verdicts if v.value is not None]
        return min(values) if values else None


@dataclass(frozen=True)
class Publication:
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    author: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class ReviewInfo:
    organization: str | None = None
    analyst: str | None = None
    date: str | None = None
    language: str = "en"
    url: str | None = None


@dataclass(frozen=True)
class Review:
    """One entry of the claims file: the analyst's verdict on one statement."""

    verdict: str
    id: str | None = None
    match: str | None = None
    occurrence: int | None = None
    summary: str | None = None
    sources: tuple[Source, ...] = ()
    speaker: str | None = None
    attribution: Attribution | None = None
    notes: str | None = None
    reviewer: str | None = None
    reviewed: str | None = None
    line: int | None = None
    column: int | None = None


@dataclass(frozen=True)
class ClaimsFile:
    path: str
    article: str
    reviews: tuple[Review, ...]
    scale: Scale
    publication: Publication = field(default_factory=Publication)
    review: ReviewInfo = field(default_factory=ReviewInfo)
    sha256: str = ""
    article_line: int | None = None  # where `article:` stands, for problems with the article itself


@dataclass(frozen=True)
class Entry:
    """A reviewed statement: the analyst's review joined with its place in the article."""

    statement: Statement
    review: Review
    method: MatchMethod
    match_score: float = 100.0


@dataclass(frozen=True)
class Dossier:
    name: str
    article: Article
    claims: ClaimsFile
    entries: tuple[Entry, ...]
    pending: tuple[Statement, ...]
    statements: tuple[Statement, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    stats: dict[str, int] = field(default_factory=dict)
    built_at: str = ""
    version: str = ""
