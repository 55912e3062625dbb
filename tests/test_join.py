"""Joining the analyst's real example file with the example article's statements."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

from dossier import textmatch
from dossier.claimsfile import load_claims
from dossier.join import join, statement_id
from dossier.model import Article, ClaimsFile, Extraction, Metadata, Paragraph, Review, Speaker, Statement

DATA = Path(__file__).parent / "data" / "claims"
CLAIMS = DATA / "tiktok-microsoft.claims.yaml"
ARTICLE_FILE = DATA / "tiktok-microsoft.fr.txt"


def article() -> Article:
    """The article body: the paragraphs between the headline and the comment form."""
    blocks = ARTICLE_FILE.read_text(encoding="utf-8").split("\n\n")
    title, body = blocks[1], blocks[2 : blocks.index("Comments")]
    text = "\n\n".join(body)
    paragraphs, start = [], 0
    for index, block in enumerate(body):
        paragraphs.append(Paragraph(index, start, start + len(block), block))
        start += len(block) + 2
    metadata = Metadata(published="2020-08-03", outlet="Dépêche d'agence")
    return Article(title, text, tuple(paragraphs), "fr", metadata, source=str(ARTICLE_FILE))


def statement(art: Article, kind: str, text: str, **fields) -> Statement:
    passage = textmatch.find_all(textmatch.fold(art.text), text)[0]
    content = art.text[passage.start : passage.end]
    paragraph = next(p.index for p in art.paragraphs if p.start <= passage.start < p.end)
    return Statement(statement_id(kind, content), kind, content, passage.start, passage.end, paragraph, **fields)


def extraction() -> Extraction:
    art = article()
    specs = yaml.safe_load((DATA / "tiktok-microsoft.statements.yaml").read_text(encoding="utf-8"))
    statements = [
        statement(art, spec["kind"], spec["text"], speaker=Speaker(**spec["speaker"]),
                  checkworthy=spec.get("checkworthy", False))
        for spec in specs
    ]
    return Extraction(art, tuple(sorted(statements, key=lambda s: s.start)), extractor="hand-made fixture")


@pytest.fixture(scope="module")
def example():
    claims, diagnostics = load_claims(CLAIMS)
    assert diagnostics == []
    return claims, extraction()


def with_reviews(claims: ClaimsFile, *reviews: Review) -> ClaimsFile:
    return dataclasses.replace(claims, reviews=reviews)


def test_every_entry_of_the_example_finds_its_passage(example):
    claims, found = example
    dossier = join(found, claims, "tiktok-microsoft")
    assert dossier.diagnostics == ()
    assert len(dossier.entries) == 9
    for entry in dossier.entries:
        assert found.article.text[entry.statement.start : entry.statement.end] == entry.statement.text


def test_a_match_inside_a_quote_takes_the_whole_quote(example):
    claims, found = example
    castro = join(found, claims, "x").entries[4]
    assert castro.method == "match"
    assert castro.statement.kind == "direct"
    assert castro.statement.text.startswith("Tous ses centres de données")
    assert castro.statement.text.endswith("sécurité nationale.")


def test_analyst_speaker_overrides_the_name_and_keeps_the_role(example):
    claims, found = example
    pappas = join(found, claims, "x").entries[6]
    assert pappas.statement.speaker.name == "Vanessa Pappas"
    assert pappas.statement.speaker.role == "directrice générale américaine"


def test_a_passage_in_no_statement_becomes_an_anchored_claim(example):
    claims, found = example
    dossier = join(found, claims, "x")
    billion = dossier.entries[2]
    assert billion.method == "anchored"
    assert billion.statement.kind == "claim"
    assert billion.statement.text == "compte environ 1 milliard d’utilisateurs dans le monde"
    assert billion.statement in dossier.statements


def test_pending_lists_unreviewed_statements_checkworthy_first(example):
    claims, found = example
    dossier = join(found, claims, "x")
    assert [s.text[:20] for s in dossier.pending] == [
        "Cela devient bizarre",
        "l’importance de répo",
        "il interdirait l’app",
        "Nous ne prévoyons d’",
        "Ne tombez pas dans l",
    ]


def test_stats_count_verdicts_pending_statements_and_reviewed(example):
    claims, found = example
    stats = join(found, claims, "x").stats
    assert stats["true"] == 7
    assert stats["misleading"] == 1
    assert stats["unverifiable"] == 1
    assert stats["pending"] == 5
    assert stats["reviewed"] == 9
    assert stats["statements"] == 14


def test_straight_quotes_and_extra_spaces_find_curly_quotes_and_nbsp(example):
    claims, found = example
    review = Review("true", match='une  "menace inhabituelle   et extraordinaire" de l\'étranger', line=3, column=5)
    dossier = join(found, with_reviews(claims, review), "x")
    assert dossier.diagnostics == ()
    assert dossier.entries[0].statement.text == "une «\u00a0menace inhabituelle et extraordinaire\u00a0» de l’étranger"
