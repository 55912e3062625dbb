"""Joining the analyst's real example file with the example article's statements."""

from __future__ import annotations

import dataclasses

import pytest
from claims_fixtures import CLAIMS, extraction

from dossier.claimsfile import load_claims
from dossier.join import join
from dossier.model import ClaimsFile, Review


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
