"""Ingest of saved web pages: main text, furniture left out, metadata carried."""

from __future__ import annotations

import html
import re
from collections import Counter

import pytest

from conftest import DATA
from dossier.ingest import read_article
from dossier.model import DossierError

PAGES = DATA / "html"


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def test_ledevoir_page_keeps_the_article_and_its_metadata():
    article = read_article(PAGES / "ledevoir-trottinettes.html")
    assert article.title == "La fin des trottinettes en libre-service à Montréal"
    assert article.language == "fr"
    assert article.metadata.author == "Jeanne Corriveau"
    assert article.metadata.published == "2020-02-19"
    assert article.metadata.outlet == "Le Devoir"
    assert article.metadata.url.startswith("https://www.ledevoir.com/")
    for kept in ("En raison du taux élevé de délinquance", "huit véhicules sur dix étaient garés au mauvais endroit"):
        assert kept in article.text
    for dropped in ("La GRC doit partir", "des 4 articles gratuits", "Du lundi au samedi"):
        assert dropped not in article.text


def test_bbc_page_covers_the_reference_text():
    article = read_article(PAGES / "bbc-1.html")
    reference = words(html.unescape(re.sub(r"<[^>]+>", " ", (PAGES / "bbc-1.expected.html").read_text("utf-8"))))
    body = words(article.title + "\n" + article.text)
    common = sum((reference & body).values())
    assert article.language == "en"
    assert common / sum(reference.values()) >= 0.9
    assert common / sum(body.values()) >= 0.85


def test_offsets_hold_for_html_articles():
    article = read_article(PAGES / "ledevoir-trottinettes.html")
    assert all(article.text[p.start:p.end] == p.text for p in article.paragraphs)


def test_page_without_article_is_a_clear_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(DossierError) as caught:
        read_article(page)
    assert "no article text" in caught.value.diagnostics[0].message


def test_byline_markup_gives_the_author_when_metadata_has_none(tmp_path):
    body = " ".join(["Le ministre a déclaré lundi que le budget de la ville serait voté en mars prochain."] * 4)
    page = tmp_path / "story.html"
    page.write_text(f"<html lang='fr'><head><title>Budget</title></head><body><article><h1>Budget</h1>"
                    f"<div class='node-signature'><span class='field-contributor'>Par&nbsp;<a href='/a'>Jeanne "
                    f"Martin</a></span></div><p>{body}</p><p>{body}</p></article></body></html>", encoding="utf-8")
    assert read_article(page).metadata.author == "Jeanne Martin"
