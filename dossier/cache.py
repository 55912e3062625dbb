"""Extraction results cached by content hash, so rebuilding after a claims edit does no NLP."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .files import write_atomic
from .model import Article, Extraction, Speaker, Statement

CACHE_SCHEMA = "dossier.cache/1"


def cache_key(article: Article, extractor: str, model: str) -> str:
    payload = "\x1f".join((CACHE_SCHEMA, extractor, model, article.language, article.title, article.text))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def load(folder: Path, key: str, article: Article) -> Extraction | None:
    """The cached extraction for this key, or None when absent or unreadable."""
    path = folder / f"{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        statements = tuple(statement_from_dict(s) for s in data["statements"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if data.get("schema") != CACHE_SCHEMA or any(article.text[s.start:s.end] != s.text for s in statements):
        return None
    return Extraction(article=article, statements=statements, extractor=data.get("extractor", ""),
                      model=data.get("model", ""))


def store(folder: Path, key: str, extraction: Extraction) -> None:
    """Write the extraction under its key; a cache that cannot be written is silently skipped."""
    data = {
        "schema": CACHE_SCHEMA,
        "extractor": extraction.extractor,
        "model": extraction.model,
        "statements": [statement_to_dict(s) for s in extraction.statements],
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / f"{key}.json", json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass


def statement_to_dict(statement: Statement) -> dict:
    speaker = statement.speaker
    return {
        "id": statement.id, "kind": statement.kind, "text": statement.text,
        "start": statement.start, "end": statement.end, "paragraph": statement.paragraph,
        "speaker": None if speaker is None else {"name": speaker.name, "role": speaker.role, "type": speaker.type},
        "cue": statement.cue, "medium": statement.medium, "when": statement.when,
        "checkworthy": statement.checkworthy, "score": statement.score, "reasons": list(statement.reasons),
    }


def statement_from_dict(data: dict) -> Statement:
    speaker = data.get("speaker")
    return Statement(
        id=data["id"], kind=data["kind"], text=data["text"], start=int(data["start"]), end=int(data["end"]),
        paragraph=int(data["paragraph"]),
        speaker=Speaker(speaker["name"], speaker.get("role"), speaker.get("type", "unknown")) if speaker else None,
        cue=data.get("cue"), medium=data.get("medium"), when=data.get("when"),
        checkworthy=bool(data.get("checkworthy")), score=float(data.get("score", 0.0)),
        reasons=tuple(data.get("reasons", ())),
    )
