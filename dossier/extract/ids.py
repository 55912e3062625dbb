"""Stable statement ids derived from normalised text."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

APOSTROPHES = str.maketrans({c: "'" for c in "’‘`´ʼ′"})
QUOTE_MARKS = re.compile(r"[«»“”„‟\"‹›]")
PREFIX = {"direct": "q", "partial": "q", "indirect": "q", "claim": "c"}


def normalise(text: str) -> str:
    """NFKC, one apostrophe, quotation marks removed, spaces folded, lower case."""
    text = unicodedata.normalize("NFKC", text).translate(APOSTROPHES)
    text = QUOTE_MARKS.sub(" ", text)
    return " ".join(text.split()).casefold()


def statement_id(kind: str, text: str) -> str:
    digest = hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:10]
    return f"{PREFIX.get(kind, 'q')}-{digest}"


def unique_ids(ids: Iterable[str]) -> list[str]:
    """Suffix repeated ids with -2, -3… in order of appearance."""
    seen: dict[str, int] = {}
    result = []
    for ident in ids:
        seen[ident] = seen.get(ident, 0) + 1
        result.append(ident if seen[ident] == 1 else f"{ident}-{seen[ident]}")
    return result
