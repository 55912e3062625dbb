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


def review(**fields) -> Review:
    return Review(fields.pop("verdict", "false"), line=fields.pop("line", 3), column=5, **fields)


def messages(dossier) -> list[str]:
    return [d.format().removeprefix(f"{d.file}:") for d in dossier.diagnostics]


def test_a_slightly_miscopied_match_is_found_fuzzily_with_a_warning(example):
    claims, found = example
    dossier = join(found, with_reviews(claims, review(match="compte environ un milliard d utilisateurs dans le monde")),
                   "x")
    assert messages(dossier) == [
        '3:5: warning: match found only approximately (95% similar): '
        '"compte environ 1 milliard d’utilisateurs dans le monde"\n'
        "  hint: copy the passage exactly from the article to silence this warning"
    ]
    assert dossier.entries[0].statement.text == "compte environ 1 milliard d’utilisateurs dans le monde"
    assert dossier.entries[0].match_score == pytest.approx(95.4)


def test_a_match_found_nowhere_suggests_the_closest_passage(example):
    claims, found = example
    dossier = join(found, with_reviews(claims, review(match="15 septembres")), "x")
    assert dossier.entries == ()
    assert messages(dossier) == [
        '3:5: error: match not found in the article: "15 septembres"\n'
        '  hint: did you mean "15 septembre" (96% similar, paragraph 3)?'
    ]


def test_a_short_match_is_never_taken_fuzzily(example):
    claims, found = example
    dossier = join(found, with_reviews(claims, review(match="16 septembre")), "x")
    assert dossier.entries == ()
    assert dossier.diagnostics[0].code == "match-not-found"


def test_a_match_found_several_times_lists_the_places(example):
    claims, found = example
    dossier = join(found, with_reviews(claims, review(match="sécurité nationale")), "x")
    [diagnostic] = dossier.diagnostics
    assert (diagnostic.line, diagnostic.column, diagnostic.message) == (3, 5, "match found 5 times in the article")
    assert diagnostic.hint.startswith("add `occurrence: N` to pick one: 1) paragraph 2: ")
    assert "5) paragraph 22: \"…savons que ce n’est pas une question de [sécurité nationale]" in diagnostic.hint


def test_occurrence_picks_one_place(example):
    claims, found = example
    dossier = join(found, with_reviews(claims, review(match="sécurité nationale", occurrence=3)), "x")
    assert dossier.diagnostics == ()
    castro = dossier.entries[0].statement
    assert castro.speaker.name == "Daniel Castro"
    assert castro.text.startswith("Tous ses centres")


def test_an_occurrence_beyond_the_places(example):
    claims, found = example
    dossier = join(found, with_reviews(claims, review(match="sécurité nationale", occurrence=9)), "x")
    assert messages(dossier) == [
        "3:5: error: occurrence: 9, but the match is found only 5 time(s)\n  hint: use a number from 1 to 5"
    ]


def test_an_id_finds_its_statement(example):
    claims, found = example
    navarro = next(s for s in found.statements if s.text == "Ne tombez pas dans le piège")
    dossier = join(found, with_reviews(claims, review(id=navarro.id)), "x")
    assert dossier.diagnostics == ()
    assert dossier.entries[0].statement == navarro
    assert dossier.entries[0].method == "id"


def test_an_id_no_statement_has(example):
    claims, found = example
    dossier = join(found, with_reviews(claims, review(id="q-0000000000")), "x")
    assert messages(dossier) == [
        "3:5: error: no statement has id 'q-0000000000'\n"
        "  hint: ids come from `dossier extract ARTICLE` or `dossier init`; "
        "or find the statement with `match:` and a fragment of its text"
    ]


def test_a_stale_id_falls_back_on_the_match(example):
    claims, found = example
    dossier = join(found, with_reviews(claims, review(id="q-0000000000", match="Ne tombez pas dans le piège")), "x")
    assert dossier.entries[0].statement.speaker.name == "Peter Navarro"
    assert dossier.diagnostics[0].code == "stale-id"


def test_two_reviews_inside_one_quote_each_get_their_passage(example):
    claims, found = example
    first = review(match="Cela devient bizarre")
    second = review(match="atténue tout problème raisonnable", verdict="true", line=9)
    dossier = join(found, with_reviews(claims, first, second), "x")
    assert dossier.diagnostics == ()
    whole, part = dossier.entries
    assert whole.statement.kind == "direct"
    assert (part.method, part.statement.text) == ("anchored", "atténue tout problème raisonnable")
    assert part.statement.speaker.name == "Alex Stamos"


def test_a_speaker_that_disagrees_replaces_the_extracted_one(example):
    claims, found = example
    dossier = join(found, with_reviews(claims, review(match="Ne tombez pas dans le piège", speaker="Mike Pompeo")),
                   "x")
    speaker = dossier.entries[0].statement.speaker
    assert (speaker.name, speaker.role) == ("Mike Pompeo", None)
    assert speaker in {s.speaker for s in dossier.statements}


def test_a_pending_entry_counts_as_pending(example):
    claims, found = example
    dossier = join(found, with_reviews(claims, review(match="Ne tombez pas dans le piège", verdict="pending")), "x")
    assert dossier.stats["pending"] == len(found.statements)
    assert dossier.stats["reviewed"] == 0


def test_a_match_inside_a_longer_claim_is_the_claim_reviewed(example):
    claims, found = example
    art = found.article
    sentence = ("l’application, qui est particulièrement populaire parmi les jeunes publics qui créent et regardent "
                "ses vidéos courtes et compte environ 1 milliard d’utilisateurs dans le monde")
    long_claim = statement(art, "claim", sentence, checkworthy=True)
    extraction_with_claim = dataclasses.replace(found, statements=(*found.statements, long_claim))
    review = Review(verdict="misleading", match="compte environ 1 milliard d’utilisateurs dans le monde", line=1)
    dossier = join(extraction_with_claim, with_reviews(claims, review), "x")
    (entry,) = dossier.entries
    assert entry.statement.text == "compte environ 1 milliard d’utilisateurs dans le monde"
    assert long_claim.id not in {s.id for s in dossier.pending}, "the longer claim is not left awaiting review"


def test_a_fuzzy_match_never_changes_a_figure(example):
    claims, found = example
    review = Review(verdict="true", match="terminer ces discussions au plus tard le 16 septembre", line=3, column=5)
    dossier = join(found, with_reviews(claims, review), "x")
    assert dossier.entries == ()
    (error,) = [d for d in dossier.diagnostics if d.severity == "error"]
    assert error.message.startswith("match not found") and "15 septembre" in error.hint
