"""Property tests: any text ingests or fails cleanly, offsets hold, extraction never raises and ids are stable."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE_ARTICLE
from dossier.ingest import parse_text
from dossier.model import DossierError

NEWSY = st.sampled_from([
    "« ", " »", "“", "”", '"', "’", "'", ", a déclaré Jean Dupont", ", said the minister", " selon l'AFP",
    " according to officials", ": ", "\n\n", "\n", " ", "\u00a0", "\u202f", "1 500", "15 septembre", "42 %",
    "Il a ajouté qu'", "He said that ", "Comments", "Laisser un commentaire", "0", "-t-il", ".", "?", "…",
])
ARTICLE_LIKE = st.lists(st.one_of(NEWSY, st.text(min_size=1, max_size=30)), min_size=1, max_size=40).map("".join)
EXAMPLE = EXAMPLE_ARTICLE.read_text(encoding="utf-8")


def ingest_or_none(raw: str):
    try:
        return parse_text(raw)
    except DossierError:
        return None


@settings(max_examples=300, deadline=None)
@given(ARTICLE_LIKE)
def test_ingest_never_raises_and_offsets_hold(raw):
    article = ingest_or_none(raw)
    if article is None:
        return
    assert article.language in ("fr", "en")
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.end] == paragraph.text
        assert "\n\n" not in paragraph.text


@pytest.fixture(scope="module")
def extract_fn():
    from dossier.extract import extract

    return extract


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ARTICLE_LIKE)
def test_extraction_never_raises_and_offsets_hold(extract_fn, raw):
    article = ingest_or_none("Titre\n\n" + raw)
    if article is None:
        return
    extraction = extract_fn(article)
    ids = [s.id for s in extraction.statements]
    assert len(ids) == len(set(ids))
    for statement in extraction.statements:
        assert 0 <= statement.start <= statement.end <= len(article.text)
        assert article.text[statement.start:statement.end] == statement.text


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=30),
       st.sampled_from([" ", "\u202f", "  "]))
def test_ids_survive_whitespace_edits(extract_fn, positions, replacement):
    """Re-pasting the article with other spaces around quotation marks (NBSP lost, narrow NBSP, doubled) keeps ids."""
    original = {s.id for s in extract_fn(parse_text(EXAMPLE)).statements}
    nbsps = [m.start() for m in re.finditer("\u00a0", EXAMPLE)]
    chosen = sorted({nbsps[p % len(nbsps)] for p in positions}, reverse=True)
    edited = EXAMPLE
    for index in chosen:
        edited = edited[:index] + replacement + edited[index + 1:]
    assert edited != EXAMPLE
    assert {s.id for s in extract_fn(parse_text(edited)).statements} == original
