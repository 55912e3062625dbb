"""The analyst's claims file: load and validate it, scaffold a new one, append to one, describe it as JSON Schema."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import fuzz, process

from . import ratings
from .model import (
    Article,
    ClaimsFile,
    Diagnostic,
    DossierError,
    Extraction,
    Publication,
    Review,
    ReviewInfo,
    Scale,
    Source,
    Statement,
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
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


# ---------------------------------------------------------------- YAML with positions


@dataclass
class Document:
    """Plain data read from YAML, with the 1-based position of every value and key."""

    data: Any
    values: dict[DataPath, Position] = field(default_factory=dict)
    keys: dict[DataPath, Position] = field(default_factory=dict)
    root: yaml.Node | None = None
    rejected: set[DataPath] = field(default_factory=set)

    def is_rejected(self, path: DataPath) -> bool:
        """True when the value at `path` (or around it) was refused and already reported."""
        return any(path[: len(bad)] == bad or bad[: len(path)] == path for bad in self.rejected)


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
            self.document.rejected.add(path)
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


def _other_branch(loc: tuple, data: Any) -> bool:
    """True for an error about a union branch (`str`, `list[…]`, `dict[…]`) the value is not of."""
    current = data
    for part in loc:
        if _has_child(current, part):
            current = current[part]
        elif isinstance(part, str) and _branch_type(part) and not isinstance(current, _branch_type(part)):
            return True
    return False


def _branch_type(tag: str) -> type | None:
    """The Python type of a union branch named in a pydantic error location."""
    if tag == "str":
        return str
    return {"list[": list, "dict[": dict}.get(tag[:5])


UNION_HINTS = {
    "scale": f"a preset name ({', '.join(ratings.PRESETS)}) or a list of steps with id, label, value",
    "label": "one label, or one per language: {en: …, fr: …}",
    "definition": "one text, or one per language: {en: …, fr: …}",
}


def _schema_diagnostics(errors: list[dict], document: Document, file: str) -> list[Diagnostic]:
    """Pydantic errors as diagnostics: one per problem, none for refused values or union branches not taken."""
    located = [(e, _data_path(e["loc"], document.data)[0]) for e in errors]
    located = [(e, path) for e, path in located if not document.is_rejected(path)]
    kept = [(e, path) for e, path in located if not _other_branch(e["loc"], document.data)]
    result = [_pydantic_diagnostic(e, document, file) for e, _ in kept]
    kept_paths = {path for _, path in kept}
    for error, path in located:
        deeper = any(len(other) > len(path) and other[: len(path)] == path for _, other in located)
        if path in kept_paths or deeper:
            continue
        kept_paths.add(path)
        name = str(path[-1]) if path and isinstance(path[-1], str) else "this value"
        line, column = _nearest_position(path, document.values)
        value = _describe(error.get("input"))
        result.append(Diagnostic("error", f"'{name}' has the wrong form: {value}", file, line, column,
                                 UNION_HINTS.get(name), "wrong-type"))
    return result


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


def _scale(document: Document, file: str) -> tuple[Scale | None, list[Diagnostic]]:
    """The file's scale; None when it is broken (its errors are reported elsewhere or here)."""
    spec = document.data.get("scale")
    if spec is None:
        return ratings.DEFAULT_SCALE, []
    if isinstance(spec, list):
        steps = [_parts(ScaleStepModel, step) for step in spec]
        if any(step is None for step in steps):
            return None, []
        spec = [step.model_dump() for step in steps]
    elif not isinstance(spec, str):
        return None, []
    try:
        return ratings.scale_from_spec(spec), []
    except ratings.ScaleError as error:
        line, column = document.values[("scale",)]
        return None, [Diagnostic("error", str(error), file, line, column, UNION_HINTS["scale"], "bad-scale")]


def _verdict_diagnostic(written: str, scale: Scale, position: Position, file: str) -> Diagnostic:
    allowed = ratings.allowed_ids(scale)
    guess = process.extractOne(ratings.slug(written), allowed, scorer=fuzz.ratio, score_cutoff=60)
    hint = f"allowed verdicts: {', '.join(allowed)}"
    if guess:
        hint = f"did you mean '{guess[0]}'? {hint}"
    return Diagnostic("error", f"unknown verdict '{written}'", file, position[0], position[1], hint, "unknown-verdict")


def _source(model: SourceModel) -> Source:
    return Source(model.title, model.url, model.publisher, model.date, model.archive, model.kind)


def _reviews(document: Document, scale: Scale | None, file: str) -> tuple[list[Review], list[Diagnostic]]:
    """Reviews of the valid entries; a broken scale (None) leaves verdicts unchecked and entries out."""
    entries = document.data.get("claims")
    if not isinstance(entries, list):
        return [], []
    reviews: list[Review] = []
    diagnostics: list[Diagnostic] = []
    first_id_line: dict[str, int] = {}
    for index, data in enumerate(entries):
        path: DataPath = ("claims", index)
        if document.is_rejected(path):
            continue
        line, column = document.values[path]
        written = data.get("verdict") if isinstance(data, dict) else None
        verdict = ratings.resolve_verdict(scale, written) if isinstance(written, str) and scale else None
        if isinstance(written, str) and scale and verdict is None:
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
        diagnostics.extend(_schema_diagnostics(error.errors(), document, file))
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
        scale=scale or ratings.DEFAULT_SCALE,
        publication=Publication(**publication.model_dump()) if publication else Publication(),
        review=ReviewInfo(**review_info.model_dump()) if review_info else ReviewInfo(),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        article_line=document.values.get(("article",), (None, None))[0],
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


# ---------------------------------------------------------------- scaffold and update

NON_PRINTABLE = re.compile("[^\x09\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
LINE_WIDTH = 100
KIND_NAMES = {"direct": "direct quote", "partial": "partial quote", "indirect": "reported speech", "claim": "claim"}


def _one_line(text: str) -> str:
    """Text safe inside a YAML comment: one line, printable characters only."""
    return " ".join(NON_PRINTABLE.sub(" ", text).split())


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar for any text."""
    return yaml.safe_dump(text, allow_unicode=True, default_style='"', width=10**9).rstrip("\n")


def _comment_lines(text: str, indent: str) -> list[str]:
    words = _one_line(text)
    lines = textwrap.wrap(words, LINE_WIDTH - len(indent) - 2, break_long_words=False, break_on_hyphens=False)
    return [f"{indent}# {line}" for line in lines or [""]]


def scaffold_order(statements: Sequence[Statement]) -> list[Statement]:
    """Check-worthy statements first, then article order."""
    return sorted(statements, key=lambda s: (not s.checkworthy, s.start, s.end))


def _describe_statement(statement: Statement, article: Article) -> str:
    parts = [KIND_NAMES.get(statement.kind, statement.kind)]
    if statement.speaker:
        who = statement.speaker.name
        parts.append(f"{who} ({statement.speaker.role})" if statement.speaker.role else who)
    number = next((n for n, p in enumerate(article.paragraphs, 1) if p.start <= statement.start < p.end), None)
    if number:
        parts.append(f"paragraph {number}")
    if statement.checkworthy:
        reasons = f" ({', '.join(statement.reasons)})" if statement.reasons else ""
        parts.append(f"check-worthy{reasons}")
    return " · ".join(parts)


def entry_text(statement: Statement, article: Article, dash: str = "  ", key_offset: int = 2) -> str:
    """One scaffold entry: its `- id:` line, the statement as comments, `verdict: pending`."""
    keys = dash + " " * key_offset
    lines = [f"{dash}-{' ' * (key_offset - 1)}id: {statement.id}"]
    lines += _comment_lines(_describe_statement(statement, article), keys)
    lines += _comment_lines(f"« {statement.text} »", keys)
    lines.append(f"{keys}verdict: pending")
    return "\n".join(lines) + "\n"


def _date_or_none(text: str | None) -> str | None:
    try:
        return _iso_date(text) if text else None
    except ValueError:
        return None


def _url_or_none(text: str | None) -> str | None:
    try:
        return _http_url(text) if text else None
    except ValueError:
        return None


def _field(name: str, value: str | None, quote: bool = True) -> str:
    if value is None or not str(value).strip():
        return f"  {name}:"
    return f"  {name}: {_quoted(value) if quote else value}"


def _header(extraction: Extraction, article_ref: str) -> list[str]:
    article = extraction.article
    metadata = article.metadata
    verdicts = ", ".join(v.id for v in ratings.DEFAULT_SCALE.verdicts if ratings.is_reviewed(v.id))
    report_language = article.language if article.language in ("fr", "en") else "en"
    return [
        f"# yaml-language-server: $schema={SCHEMA_FILE}",
        f"# `dossier schema > {SCHEMA_FILE}` writes the schema named above (your editor then checks this file).",
        *_comment_lines(f"Verdicts on: {article.title}", ""),
        "# Each entry finds its statement by `id:` (or by `match:`, a fragment of the article's text).",
        f"# verdict: {verdicts}; `pending` until reviewed.",
        "# With a verdict, add `summary:` (Markdown) and `sources:` (title, url, publisher, date, kind).",
        f"article: {_quoted(article_ref)}",
        "publication:",
        _field("outlet", metadata.outlet),
        _field("published", _date_or_none(metadata.published), quote=False),
        _field("language", article.language),
        _field("url", _url_or_none(metadata.url)),
        _field("author", metadata.author),
        _field("title", article.title),
        "review:",
        _field("organization", None),
        _field("analyst", None),
        _field("date", None),
        _field("language", report_language, quote=False),
        "",
    ]


def scaffold(extraction: Extraction, article_ref: str) -> str:
    """The text of a new claims file: one `verdict: pending` entry per statement, check-worthy first."""
    statements = scaffold_order(extraction.statements)
    entries = "\n".join(entry_text(s, extraction.article) for s in statements)
    claims = f"claims:\n{entries}" if statements else "claims: []\n"
    return "\n".join(_header(extraction, article_ref)) + "\n" + claims


@dataclass(frozen=True)
class _Insertion:
    """Where new entries go: replace text[start:end] with a prefix, the entries, and a suffix."""

    start: int
    end: int
    dash: str
    key_offset: int
    before: str = ""


def _covered_ids(document: Document, extraction: Extraction) -> set[str]:
    from .join import covered_statement_ids

    entries = document.data.get("claims")
    reviews = []
    for data in entries if isinstance(entries, list) else []:
        if not isinstance(data, dict):
            continue
        occurrence = data.get("occurrence")
        reviews.append(Review(
            verdict=ratings.PENDING_ID,
            id=data.get("id") if _has_text(data.get("id")) else None,
            match=data.get("match") if _has_text(data.get("match")) else None,
            occurrence=int(occurrence) if isinstance(occurrence, str) and occurrence.isdigit() else None,
        ))
    return covered_statement_ids(extraction, reviews)


def _claims_node(root: yaml.MappingNode) -> tuple[yaml.Node, yaml.Node] | None:
    return next(((k, v) for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == "claims"), None)


def _line_end(text: str, index: int) -> int:
    """Index just past the end of the line holding `index` (its newline included, if any)."""
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline + 1


def _insertion(text: str, root: yaml.MappingNode, file: str | None) -> _Insertion:
    found = _claims_node(root)
    newline = "" if not text or text.endswith("\n") else "\n"
    if root.flow_style:
        raise DossierError(_update_error("the file is written as one { … } mapping", file, root))
    if found is None:
        return _Insertion(len(text), len(text), "  ", 2, f"{newline}\nclaims:\n")
    key, value = found
    if isinstance(value, yaml.SequenceNode) and not value.flow_style and value.value:
        dash = " " * value.start_mark.column
        first = value.value[0]
        offset = max(2, first.start_mark.column - value.start_mark.column) if isinstance(first, yaml.MappingNode) else 2
        if text[value.end_mark.index :].strip() == "" or _is_last(root, key):
            return _Insertion(len(text), len(text), dash, offset, newline)
        at = _line_end(text, _content_end(value))
        return _Insertion(at, at, dash, offset, "" if text[:at].endswith("\n") else "\n")
    empty_flow = isinstance(value, yaml.SequenceNode) and not value.value
    if empty_flow or (isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null")):
        start, end = value.start_mark.index, value.end_mark.index
        if start == end:
            at = _line_end(text, key.end_mark.index)
            if _only_comments(text[at:]):
                at = len(text)
            return _Insertion(at, at, "  ", 2, "" if text[:at].endswith("\n") else "\n")
        after = _line_end(text, end)
        return _Insertion(start, after, "  ", 2, text[end:after].strip() + "\n")
    raise DossierError(_update_error("`claims:` is not a list of entries written one '- ' per line", file, value))


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())


def _content_end(node: yaml.Node) -> int:
    """Index just past the last scalar inside `node` (block collections end at the next token)."""
    if isinstance(node, yaml.ScalarNode):
        return node.end_mark.index
    children = node.value if isinstance(node, yaml.SequenceNode) else [part for pair in node.value for part in pair]
    return max((_content_end(child) for child in children), default=node.start_mark.index)


def _is_last(root: yaml.MappingNode, key: yaml.Node) -> bool:
    return root.value[-1][0] is key


def _update_error(problem: str, file: str | None, node: yaml.Node) -> Diagnostic:
    line, column = _position(node.start_mark)
    return Diagnostic("error", f"cannot add entries without rewriting the file: {problem}", file, line, column,
                      "write `claims:` as a block list (each entry on its own lines, starting with '- '), "
                      "then run `dossier init --update` again", "update-impossible")


def update(existing_text: str, extraction: Extraction, file: str | None = None) -> str:
    """Append entries for statements the file does not cover yet; the analyst's text is kept byte for byte.

    The result starts with `existing_text` unless `claims:` is empty (`[]`, `~`), which is replaced;
    raises DossierError (with diagnostics) when entries cannot be added without rewriting.
    """
    document, diagnostics = read_document(existing_text, file or "claims.yaml")
    if document is None:
        raise DossierError(*diagnostics)
    covered = _covered_ids(document, extraction)
    missing = [s for s in scaffold_order(extraction.statements) if s.id not in covered]
    if not missing:
        return existing_text
    place = _insertion(existing_text, document.root, file)
    note = f"{place.dash}# Added by `dossier init --update`: {len(missing)} statement(s) not reviewed yet.\n"
    entries = "".join(entry_text(s, extraction.article, place.dash, place.key_offset) for s in missing)
    result = existing_text[: place.start] + place.before + note + entries + existing_text[place.end :]
    _check_update(result, document, len(missing), file)
    return result


def _check_update(result: str, before: Document, added: int, file: str | None) -> None:
    after, diagnostics = read_document(result, file or "claims.yaml")
    old = before.data.get("claims") if isinstance(before.data, dict) else None
    new = after.data.get("claims") if after and isinstance(after.data, dict) else None
    expected = (len(old) if isinstance(old, list) else 0) + added
    if not isinstance(new, list) or len(new) != expected:
        root = before.root
        raise DossierError(_update_error("the new entries would not read back", file, root), *diagnostics)
