"""The analyst's claims file: load and validate it, scaffold a new one, append to one, describe it as JSON Schema."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import process

from . import ratings
from .model import (
    ClaimsFile,
    Diagnostic,
    Publication,
    Review,
    ReviewInfo,
    Scale,
    Source,
)

MAX_BYTES = 5 * 1024 * 1024
MAX_NODES = 100_000
MAX_DEPTH = 64
SCHEMA_FILE = "dossier.schema.json"

Position = tuple[int, int]
DataPath = tuple[str | int, ...]


# ---------------------------------------------------------------- schema


def _iso_date(value: str) -> str:
    text = value.strip()
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise ValueError(f"'{value}' is not a date") from None


def _http_url(value: str) -> str:
    text = value.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        raise ValueError(f"'{value}' is not an http(s) URL")
    return text


def _article_ref(value: str) -> str:
    text = value.strip()
    if not text:
        raise ValueError("'article' is empty")
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]+):", text)
    if scheme and scheme.group(1).lower() not in {"http", "https"}:
        raise ValueError(f"'{value}' is neither a file path nor an http(s) URL")
    if scheme:
        _http_url(text)
    return text


IsoDate = Annotated[str, AfterValidator(_iso_date), Field(description="A date, YYYY-MM-DD", examples=["2020-08-03"])]
HttpUrl = Annotated[str, AfterValidator(_http_url), Field(description="An http:// or https:// address")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceModel(_Strict):
    """A source backing a verdict."""

    title: str
    url: HttpUrl
    publisher: str | None = None
    date: IsoDate | None = None
    archive: HttpUrl | None = Field(None, description="An archived copy (web.archive.org, archive.today…)")
    kind: Literal["primary", "secondary"] | None = None


class EntryModel(_Strict):
    """One reviewed statement: found by `id` or by `match` (a fragment of the article's text)."""

    id: str | None = Field(None, description="The statement's id, as `dossier extract` or `dossier init` lists it")
    match: str | None = Field(
        None, description="A fragment of the article's text (spaces, apostrophes, quotation marks ignored)"
    )
    occurrence: int | None = Field(None, ge=1, description="Which occurrence of `match` (1 = first)")
    verdict: str = Field(
        description="A verdict of the scale; `pending` until reviewed",
        examples=[v.id for v in ratings.DEFAULT_SCALE.verdicts],
        json_schema_extra={"type": ["string", "boolean"]},
    )
    summary: str | None = Field(None, description="Markdown")
    sources: list[SourceModel] = []
    speaker: str | None = Field(None, description="Overrides the speaker found by extraction")
    attribution: Literal["confirmed", "unconfirmed", "disputed", "misattributed"] | None = None
    notes: str | None = None
    reviewer: str | None = None
    reviewed: IsoDate | None = None


class PublicationModel(_Strict):
    outlet: str | None = None
    published: IsoDate | None = None
    language: str | None = None
    url: HttpUrl | None = None
    author: str | None = None
    title: str | None = None


class ReviewInfoModel(_Strict):
    organization: str | None = None
    analyst: str | None = None
    date: IsoDate | None = None
    language: Literal["fr", "en"] = Field("en", description="Language of the report")
    url: HttpUrl | None = None


class ScaleStepModel(_Strict):
    id: str
    label: str | dict[str, str] | None = Field(None, description="One label, or one per language: {en: …, fr: …}")
    value: int | None = Field(None, description="ClaimReview ratingValue; null for a verdict outside the scale")
    colour: str | None = Field(None, pattern=r"^#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?$")
    definition: str | dict[str, str] | None = None
    icon: str | None = Field(None, max_length=2)


class ClaimsFileModel(_Strict):
    """An analyst's verdicts on the statements of one article."""

    article: Annotated[str, AfterValidator(_article_ref)] = Field(
        description="The article: a path relative to this file, or an http(s) URL"
    )
    publication: PublicationModel | None = None
    review: ReviewInfoModel | None = None
    scale: str | list[ScaleStepModel] | None = Field(
        None, description=f"A preset ({', '.join(ratings.PRESETS)}) or a list of custom steps"
    )
    claims: list[EntryModel] | None = None


FIELDS: dict[str, list[str]] = {
    "top": list(ClaimsFileModel.model_fields),
    "publication": list(PublicationModel.model_fields),
    "review": list(ReviewInfoModel.model_fields),
    "scale": list(ScaleStepModel.model_fields),
    "claim": list(EntryModel.model_fields),
    "source": list(SourceModel.model_fields),
}


def json_schema() -> dict:
    """JSON Schema of the claims file, for editors (`# yaml-language-server: $schema=…`)."""
    schema = ClaimsFileModel.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/dossier/dossier/" + SCHEMA_FILE,
        **schema,
    }


# ---------------------------------------------------------------- YAML with positions


@dataclass
class Document:
    """Plain data read from YAML, with the 1-based position of every value and key."""

    data: Any
    values: dict[DataPath, Position] = field(default_factory=dict)
    keys: dict[DataPath, Position] = field(default_factory=dict)
    root: yaml.Node | None = None


class _Stop(Exception):
    """Reading cannot go on (too many nodes, too deep)."""


STANDARD_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map", "binary")
}
NULLS = {"", "~", "null", "Null", "NULL"}


def _position(mark: yaml.Mark) -> Position:
    return mark.line + 1, mark.column + 1


class _Reader:
    """Turns composed YAML nodes into plain data; scalars stay text, so `verdict: true` is the string "true"."""

    def __init__(self, file: str):
        self.file = file
        self.document = Document(None)
        self.diagnostics: list[Diagnostic] = []
        self.visited = 0
        self.active: set[int] = set()

    def error(self, mark: yaml.Mark, message: str, hint: str | None, code: str) -> None:
        line, column = _position(mark)
        self.diagnostics.append(Diagnostic("error", message, self.file, line, column, hint, code))

    def read(self, node: yaml.Node, path: DataPath = ()) -> Any:
        self.visited += 1
        if self.visited > MAX_NODES:
            self.error(node.start_mark, f"the file expands to more than {MAX_NODES} values",
                       "remove the YAML aliases (*name) that repeat large blocks", "alias-bomb")
            raise _Stop
        if len(path) > MAX_DEPTH:
            self.error(node.start_mark, "the file nests too deeply", "a claims file is a few levels deep", "too-deep")
            raise _Stop
        if id(node) in self.active:
            self.error(node.start_mark, "an alias refers to the block that contains it",
                       "remove the recursive alias", "recursive-alias")
            raise _Stop
        self.document.values[path] = _position(node.start_mark)
        if node.tag not in STANDARD_TAGS and not node.tag.startswith("tag:yaml.org,2002:merge"):
            self.error(node.start_mark, f"unsupported YAML tag '{node.tag.replace('tag:yaml.org,2002:', '!!')}'",
                       "a claims file holds plain data: remove the tag", "unsafe-tag")
            return None
        if isinstance(node, yaml.ScalarNode):
            return None if node.style is None and node.value in NULLS else node.value
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.read(item, (*path, index)) for index, item in enumerate(node.value)]
            return self.read_mapping(node, path)
        finally:
            self.active.discard(id(node))

    def read_mapping(self, node: yaml.MappingNode, path: DataPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.error(key_node.start_mark, "a key must be a plain name", "write `name: value`", "bad-key")
                continue
            key = key_node.value
            if key == "<<":
                self.error(key_node.start_mark, "YAML merge keys (<<) are not supported",
                           "write the fields out in full", "merge-key")
                continue
            if key in result:
                first_line = self.document.keys[(*path, key)][0]
                self.error(key_node.start_mark, f"duplicate key '{key}'",
                           f"'{key}' is already set at line {first_line}; keep one of them", "duplicate-key")
                continue
            self.document.keys[(*path, key)] = _position(key_node.start_mark)
            result[key] = self.read(value_node, (*path, key))
        return result


def _syntax_hint(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return "a value that contains ': ' must be in quotes"
    if "'\\t'" in problem or "tab" in problem:
        return "indent with spaces, not tabs"
    if "found undefined alias" in problem:
        return "an alias (*name) needs an anchor (&name) earlier in the file"
    if "expected a single document" in problem:
        return "a claims file is one YAML document: remove the extra '---'"
    if "while scanning a quoted scalar" in problem or "end of stream" in problem:
        return "a quotation mark is not closed"
    return "check the indentation and the quotes on this line and the one before"


def _yaml_error(error: yaml.YAMLError, file: str, text: str) -> Diagnostic:
    if isinstance(error, yaml.reader.ReaderError):
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        return Diagnostic("error", f"character U+{error.character:04X} is not allowed in YAML", file, line, column,
                          "remove the control character", "yaml-syntax")
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    context = getattr(error, "context", None)
    message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
    line, column = _position(mark) if mark else (None, None)
    return Diagnostic("error", message, file, line, column, _syntax_hint(f"{context} {problem}"), "yaml-syntax")


def read_document(text: str, file: str) -> tuple[Document | None, list[Diagnostic]]:
    """Parse YAML text safely into a Document; None with diagnostics when it is not a usable mapping."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        return None, [_yaml_error(error, file, text)]
    except RecursionError:
        return None, [Diagnostic("error", "the file nests too deeply", file, 1, 1,
                                 "a claims file is a few levels deep", "too-deep")]
    if root is None or (isinstance(root, yaml.ScalarNode) and root.style is None and root.value in NULLS):
        return None, [Diagnostic("error", "the claims file is empty", file, 1, 1,
                                 "start one with `dossier init ARTICLE`", "empty-file")]
    if not isinstance(root, yaml.MappingNode):
        line, column = _position(root.start_mark)
        return None, [Diagnostic("error", "the claims file must be a mapping of fields (article:, claims:, …)",
                                 file, line, column, "start one with `dossier init ARTICLE`", "not-a-mapping")]
    reader = _Reader(file)
    try:
        reader.document.data = reader.read(root)
    except _Stop:
        return None, reader.diagnostics
    reader.document.root = root
    return reader.document, reader.diagnostics


# ---------------------------------------------------------------- validation messages


def _context(path: DataPath) -> str:
    if not path:
        return "top"
    if path[0] == "claims":
        return "source" if len(path) >= 3 and path[2] == "sources" else "claim"
    return {"publication": "publication", "review": "review", "scale": "scale"}.get(str(path[0]), "top")


CONTEXT_NAMES = {
    "top": "at the top level",
    "publication": "in `publication`",
    "review": "in `review`",
    "scale": "in a scale step",
    "claim": "in a claim entry",
    "source": "in a source",
}

FIELD_HINTS = {
    "article": "the article's path, relative to this file, or its http(s) URL",
    "verdict": "one of the scale's verdicts; `pending` until reviewed",
    "title": "each source needs a title and an http(s) url",
    "url": "each source needs a title and an http(s) url",
}


def _data_path(loc: tuple, data: Any) -> tuple[DataPath, str | None]:
    """Pydantic's error location as a path into the data, plus a trailing field that is not in the data."""
    path: list[str | int] = []
    current = data
    for index, part in enumerate(loc):
        if _has_child(current, part):
            path.append(part)
            current = current[part]
        elif index == len(loc) - 1 and isinstance(current, dict):
            return tuple(path), str(part)
    return tuple(path), None


def _has_child(value: Any, part: Any) -> bool:
    if isinstance(value, dict):
        return part in value
    return isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value)


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return f"'{value}'"


def _pydantic_diagnostic(error: dict, document: Document, file: str) -> Diagnostic:
    path, missing_field = _data_path(error["loc"], document.data)
    kind = error["type"]
    name = missing_field or (str(path[-1]) if path and isinstance(path[-1], str) else None)
    label = f"'{name}'" if name else "this entry"
    value = error.get("input")
    where = CONTEXT_NAMES[_context(path if kind != "extra_forbidden" else path[:-1])]
    hint = FIELD_HINTS.get(name or "")
    code = "wrong-type"
    if kind == "extra_forbidden":
        allowed = FIELDS[_context(path[:-1])]
        message, hint, code = f"unknown field '{name}' {where}", f"allowed here: {', '.join(allowed)}", "unknown-field"
    elif kind == "missing":
        message, code = f"missing required field '{name}' {where}", "missing-field"
    elif kind in {"string_type"}:
        message = f"{label} must be text, not {_describe(value)}"
        hint = hint or "put the text on the same line, in quotes if it contains ': ' or '#'"
    elif kind in {"int_parsing", "int_type", "int_from_float"}:
        message, hint = f"{label} must be a whole number, not {_describe(value)}", hint or "for example: 2"
    elif kind in {"greater_than_equal"}:
        message, hint = f"{label} must be 1 or more, not {_describe(value)}", "occurrence: 1 is the first place"
    elif kind in {"list_type"}:
        message = f"{label} must be a list, not {_describe(value)}"
        hint = hint or "one item per line, each starting with '- '"
    elif kind in {"model_type", "dict_type", "model_attributes_type"}:
        message = f"{label} must be a mapping of fields, not {_describe(value)}"
        hint = f"fields: {', '.join(FIELDS[_context(path)])}"
    elif kind == "literal_error":
        message = f"{label} must be one of {error['ctx']['expected']}, not {_describe(value)}"
        hint = hint or "write one of these values exactly"
    elif kind == "string_pattern_mismatch":
        message, hint = f"{label} is not a colour: {_describe(value)}", "write colours as #rrggbb, e.g. #15803d"
    elif kind == "string_too_long":
        message, hint = f"{label} is too long: {_describe(value)}", "an icon is a single character"
    elif kind == "value_error":
        message, code = _value_error(error, label)
        hint = _value_hint(code) or hint
    else:
        message = f"{label}: {error['msg']}"
    position = (document.keys.get(path) if kind == "extra_forbidden" else None) or _nearest_position(
        path, document.values
    )
    return Diagnostic("error", message, file, position[0], position[1], hint, code)


def _value_error(error: dict, label: str) -> tuple[str, str]:
    text = str(error["ctx"]["error"]) if error.get("ctx") else error["msg"]
    if "not a date" in text:
        return f"{label}: {text}", "bad-date"
    if "http(s) URL" in text:
        return f"{label}: {text}", "bad-url"
    return f"{label}: {text}", "bad-value"


def _value_hint(code: str) -> str | None:
    return {
        "bad-date": "write dates as YYYY-MM-DD, e.g. 2020-08-03",
        "bad-url": "links must start with http:// or https://",
    }.get(code)


def _nearest_position(path: DataPath, positions: dict[DataPath, Position]) -> Position:
    for length in range(len(path), -1, -1):
        if path[:length] in positions:
            return positions[path[:length]]
    return 1, 1


# ---------------------------------------------------------------- building the ClaimsFile


def _parts(model: type[BaseModel], data: Any) -> BaseModel | None:
    try:
        return model.model_validate(data)
    except ValidationError:
        return None


def _scale(document: Document, file: str) -> tuple[Scale, list[Diagnostic]]:
    spec = document.data.get("scale")
    if spec is None:
        return ratings.DEFAULT_SCALE, []
    if isinstance(spec, list):
        steps = [_parts(ScaleStepModel, step) for step in spec]
        if any(step is None for step in steps):
            return ratings.DEFAULT_SCALE, []
        spec = [step.model_dump() for step in steps]
    elif not isinstance(spec, str):
        return ratings.DEFAULT_SCALE, []
    try:
        return ratings.scale_from_spec(spec), []
    except ratings.ScaleError as error:
        line, column = document.values[("scale",)]
        hint = f"presets: {', '.join(ratings.PRESETS)}; or a list of steps with id, label, value"
        return ratings.DEFAULT_SCALE, [Diagnostic("error", str(error), file, line, column, hint, "bad-scale")]


def _verdict_diagnostic(written: str, scale: Scale, position: Position, file: str) -> Diagnostic:
    allowed = ratings.allowed_ids(scale)
    guess = process.extractOne(ratings.slug(written), allowed, score_cutoff=60)
    hint = f"allowed verdicts: {', '.join(allowed)}"
    if guess:
        hint = f"did you mean '{guess[0]}'? {hint}"
    return Diagnostic("error", f"unknown verdict '{written}'", file, position[0], position[1], hint, "unknown-verdict")


def _source(model: SourceModel) -> Source:
    return Source(model.title, model.url, model.publisher, model.date, model.archive, model.kind)


def _reviews(document: Document, scale: Scale, file: str) -> tuple[list[Review], list[Diagnostic]]:
    entries = document.data.get("claims")
    if not isinstance(entries, list):
        return [], []
    reviews: list[Review] = []
    diagnostics: list[Diagnostic] = []
    first_id_line: dict[str, int] = {}
    for index, data in enumerate(entries):
        path: DataPath = ("claims", index)
        line, column = document.values[path]
        written = data.get("verdict") if isinstance(data, dict) else None
        verdict = ratings.resolve_verdict(scale, written) if isinstance(written, str) else None
        if isinstance(written, str) and verdict is None:
            diagnostics.append(_verdict_diagnostic(written, scale, document.values[(*path, "verdict")], file))
        entry_id = data.get("id") if isinstance(data, dict) else None
        if isinstance(data, dict) and not _has_text(entry_id) and not _has_text(data.get("match")):
            diagnostics.append(Diagnostic("error", "an entry needs an `id` or a `match` to find its statement",
                                          file, line, column, "add `id:` (from `dossier extract`) or `match:` "
                                          "with a fragment of the article's text", "no-id-or-match"))
            continue
        if isinstance(entry_id, str) and entry_id.strip():
            if entry_id in first_id_line:
                id_line, id_column = document.values[(*path, "id")]
                diagnostics.append(Diagnostic("error", f"duplicate id '{entry_id}'", file, id_line, id_column,
                                              f"the entry at line {first_id_line[entry_id]} already reviews it; "
                                              "merge the two entries", "duplicate-id"))
                continue
            first_id_line[entry_id] = line
        model = _parts(EntryModel, data)
        if model is None or verdict is None:
            continue
        reviews.append(Review(
            verdict=verdict.id, id=(model.id or "").strip() or None, match=model.match or None,
            occurrence=model.occurrence, summary=model.summary,
            sources=tuple(_source(s) for s in model.sources), speaker=model.speaker,
            attribution=model.attribution, notes=model.notes, reviewer=model.reviewer,
            reviewed=model.reviewed, line=line, column=column,
        ))
        diagnostics.extend(_entry_warnings(reviews[-1], file))
    return reviews, diagnostics


def _has_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _entry_warnings(review: Review, file: str) -> Iterator[Diagnostic]:
    if not ratings.is_reviewed(review.verdict):
        return
    if not review.sources:
        yield Diagnostic("warning", f"verdict '{review.verdict}' has no sources", file, review.line, review.column,
                         "add `sources:` with the title and url of what backs the verdict", "no-sources")
    if not (review.summary or "").strip():
        yield Diagnostic("warning", f"verdict '{review.verdict}' has no summary", file, review.line, review.column,
                         "add `summary:`, a few sentences the reader sees next to the verdict", "no-summary")


def _article_diagnostics(document: Document, reference: str, file: str) -> list[Diagnostic]:
    if re.match(r"^https?://", reference, re.IGNORECASE):
        return []
    target = Path(file).parent / reference
    if target.is_file():
        return []
    line, column = document.values[("article",)]
    return [Diagnostic("error", f"article file not found: {target}", file, line, column,
                       "the path is relative to the claims file's folder", "article-not-found")]


def validate_text(text: str, file: str) -> tuple[ClaimsFile | None, list[Diagnostic]]:
    """Validate the text of a claims file; all problems at once."""
    document, diagnostics = read_document(text, file)
    if document is None:
        return None, diagnostics
    try:
        ClaimsFileModel.model_validate(document.data)
    except ValidationError as error:
        diagnostics.extend(_pydantic_diagnostic(e, document, file) for e in error.errors())
    scale, scale_diagnostics = _scale(document, file)
    diagnostics.extend(scale_diagnostics)
    reviews, review_diagnostics = _reviews(document, scale, file)
    diagnostics.extend(review_diagnostics)
    article = document.data.get("article")
    try:
        article = _article_ref(article) if isinstance(article, str) else None
    except ValueError:
        article = None
    if article is None:
        return None, _sorted(diagnostics)
    diagnostics.extend(_article_diagnostics(document, article, file))
    publication = _parts(PublicationModel, document.data.get("publication") or {})
    review_info = _parts(ReviewInfoModel, document.data.get("review") or {})
    claims = ClaimsFile(
        path=file,
        article=article,
        reviews=tuple(reviews),
        scale=scale,
        publication=Publication(**publication.model_dump()) if publication else Publication(),
        review=ReviewInfo(**review_info.model_dump()) if review_info else ReviewInfo(),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    return claims, _sorted(diagnostics)


def _sorted(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return sorted(diagnostics, key=lambda d: (d.line or 0, d.column or 0))


def _decode(data: bytes, file: str) -> tuple[str | None, list[Diagnostic]]:
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [Diagnostic("error", "the file is not UTF-8 text", file, line, column,
                                 "save the file as UTF-8", "encoding")]


def load_claims(path: Path) -> tuple[ClaimsFile | None, list[Diagnostic]]:
    """Read and validate a claims file; None only when it cannot be used at all."""
    file = str(path)
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None, [Diagnostic("error", f"no such file: {file}", file, hint="check the path", code="file-not-found")]
    except OSError as error:
        return None, [Diagnostic("error", f"cannot read {file}: {error.strerror}", file, code="unreadable")]
    if len(data) > MAX_BYTES:
        return None, [Diagnostic("error", f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB", file,
                                 hint="a claims file holds verdicts, not the article; split it", code="too-large")]
    text, diagnostics = _decode(data, file)
    if text is None:
        return None, diagnostics
    try:
        return validate_text(text, file)
    except Exception as error:  # noqa: BLE001 - no input may crash the caller
        return None, [Diagnostic("error", f"could not read the claims file ({type(error).__name__}: {error})", file,
                                 hint="please report this as a bug in dossier", code="internal")]


def resolve_article(claims: ClaimsFile) -> str:
    """The article as an absolute path (relative paths start at the claims file's folder), or its URL."""
    if re.match(r"^https?://", claims.article, re.IGNORECASE):
        return claims.article
    return str((Path(claims.path).parent / Path(claims.article).expanduser()).resolve())
