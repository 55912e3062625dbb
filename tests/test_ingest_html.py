"""Ingest of saved web pages: main text, furniture left out, metadata carried."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import DATA
from dossier.htmlpage import names_standfirst, parse_page, tidy_page
from dossier.ingest import clean_author, read_article
from dossier.model import DossierError

PAGES = DATA / "html"


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def test_ledevoir_page_keeps_the_article_and_its_metadata():
    article = read_article(PAGES / "ledevoir.com.trottinettes.html")
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


def coverage(reference: str, body: str) -> tuple[float, float]:
    ref, got = words(reference), words(body)
    common = sum((ref & got).values())
    return common / sum(ref.values()), common / sum(got.values())


def strip_tags(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def reference_texts() -> list[tuple[str, str]]:
    truth = json.loads((PAGES / "scrapinghub-ground-truth.json").read_text(encoding="utf-8"))
    return [("bbc-1.html", strip_tags((PAGES / "bbc-1.expected.html").read_text("utf-8")))] + [
        (f"scrapinghub-{sha[:8]}.html", item["articleBody"]) for sha, item in truth.items()]


@pytest.mark.parametrize(("page", "reference"), reference_texts(), ids=lambda value: value[:24])
def test_page_body_covers_its_reference_text(page, reference):
    article = read_article(PAGES / page)
    recall, precision = coverage(reference, article.title + "\n" + article.text)
    assert article.language == "en"
    assert recall >= 0.9
    assert precision >= 0.85


EVALDATA = json.loads((PAGES / "trafilatura-evaldata.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("item", EVALDATA.values(), ids=lambda item: item["file"])
def test_trafilatura_page_keeps_its_text_drops_furniture_and_gives_its_metadata(item):
    article = read_article(PAGES / item["file"])
    body = article.title + "\n" + article.text
    assert [s for s in item["with"] if s not in body] == []
    assert [s for s in item["without"] + item["comments"] if s in body] == []
    assert article.title == item["title"]
    assert (article.metadata.author or "") == item["author"]
    assert article.metadata.published == item["date"]
    assert article.language == "fr"


def test_offsets_hold_for_html_articles():
    article = read_article(PAGES / "ledevoir.com.trottinettes.html")
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


def tidied(body: str) -> str:
    return " ".join(tidy_page(parse_page(f"<html><body>{body}</body></html>".encode())).text_content().split())


ARTICLE = "<p>" + " ".join(["Le conseil municipal a voté le budget de la ville lundi soir."] * 5) + "</p>"


def test_related_story_boxes_and_comment_threads_are_left_out_with_their_bylines_and_dates():
    page = tidied(ARTICLE + "<div class='relatedArticle'><a href='/x'>Autre sujet</a><span class='author'>Par "
                  "Paul Durand</span></div><section id='comments'><abbr class='date' title='2018-09-11'>Le 11 "
                  "septembre</abbr> Premier commentaire</section><div class='PromoSmall-description'>Promo</div>"
                  "<div class='o-self-promo'>Le résumé de la semaine</div>")
    assert "conseil municipal" in page
    for gone in ("Autre sujet", "Paul Durand", "11 septembre", "Premier commentaire", "Promo", "résumé"):
        assert gone not in page


def test_a_box_holding_most_of_the_page_is_kept_whatever_its_class():
    assert "conseil municipal" in tidied(f"<div class='comments'>{ARTICLE}</div>")


def test_kicker_is_taken_off_the_lead_it_is_glued_to():
    page = tidied("<h3><span class='keyword'>Agriculture</span>L'Office fédéral a décidé.</h3>")
    assert page == "L'Office fédéral a décidé."


def test_text_written_straight_into_a_div_becomes_a_paragraph_and_html_comments_vanish():
    lead = " ".join(["La firme a été condamnée lundi à payer deux milliards de dollars."] * 3)
    tree = tidy_page(parse_page(f"<html><body><div class='faits'><!--autop-->{lead}</div></body></html>".encode()))
    assert [" ".join(p.text_content().split()) for p in tree.iter("p")] == [lead]
    assert "autop" not in tree.text_content()


def story_page(tmp_path, header: str, extra: str = "") -> Path:
    body = "".join(f"<p>{' '.join([f'Le conseil municipal a voté le budget de la ville, point {n}.'] * 4)}</p>"
                   for n in range(1, 5))
    page = tmp_path / "story.html"
    page.write_text(f"<html lang='fr'><head><title>Budget voté</title></head><body><div class='cartouche'>"
                    f"<h1>Budget voté</h1>{header}</div><div class='article-texte texte'>{body}</div>{extra}"
                    f"</body></html>", encoding="utf-8")
    return page


LEAD = "La ville de Lyon a adopté lundi un budget en hausse de cinq pour cent, malgré l’opposition de la droite."


def test_a_standfirst_marked_up_apart_from_the_body_opens_the_article(tmp_path):
    article = read_article(story_page(tmp_path, f"<div class='article-chapo-12 chapo'><p>{LEAD}</p></div>"))
    assert article.paragraphs[0].text == LEAD
    assert article.text.count("adopté lundi") == 1


def test_a_comment_headed_like_a_standfirst_after_the_body_stays_out(tmp_path):
    comment = f"<div class='reactions-list'><div class='chapo'><p>{LEAD}</p></div></div>"
    article = read_article(story_page(tmp_path, "", extra=comment))
    assert "adopté lundi" not in article.text


def test_an_excerpt_set_as_a_subheading_opens_the_article(tmp_path):
    article = read_article(story_page(tmp_path, f"<h2 class='article-single__excerpt'>{LEAD}</h2>"))
    assert article.paragraphs[0].text == LEAD


def test_script_text_does_not_make_the_article_look_like_a_small_box():
    script = "<script>" + "var x = 1; " * 400 + "</script>"
    assert "conseil municipal" in tidied(f"{script}<div class='comments'>{ARTICLE}</div>")


def test_partner_boxes_and_breadcrumbs_are_left_out():
    page = tidied("<p id='breadCrumbs'><a href='/'>Le Site</a> &gt; <a href='/actu'>Actu</a></p>" + ARTICLE +
                  "<div id='partners'><h1>Sites partenaires</h1><p>Actuellement au cinéma</p></div>")
    assert "conseil municipal" in page
    assert "Le Site" not in page and "cinéma" not in page


def test_a_block_quotation_keeps_its_signature_on_a_line_of_its_own():
    tree = tidy_page(parse_page("<html><body><blockquote><p>Je me récuse.</p><footer>juge Randall Bocock</footer>"
                                "</blockquote></body></html>".encode()))
    assert [" ".join(p.text_content().split()) for p in tree.iter("p")] == ["Je me récuse.", "— juge Randall Bocock"]


@pytest.mark.parametrize(("token", "names"), [("chapo", True), ("article-lede", True), ("articleHat", True),
                                               ("story__excerpt", True), ("chat", False), ("headline", False)])
def test_standfirst_class_names(token, names):
    assert names_standfirst(token) is names


@pytest.mark.parametrize(("raw", "clean"), [("Alyssa Newcomb Twitter Email", "Alyssa Newcomb"),
                                            ("Mike Cason, Mcason Com", "Mike Cason"),
                                            ("By Jane Doe; jdoe@example.com", "Jane Doe"),
                                            ("Jenny Staletovich jstaletovich com", "Jenny Staletovich"),
                                            ("Par Stefan Häne; Sylvain Besson", "Stefan Häne, Sylvain Besson")])
def test_author_loses_its_contact_links(raw, clean):
    assert clean_author(raw, "Example News") == clean


def test_outlet_that_reads_as_a_date_gives_way_to_the_host(tmp_path):
    body = " ".join(["Hundreds of workers are striking at the airport on Tuesday, organisers said."] * 4)
    page = tmp_path / "strike.html"
    page.write_text(f"<html lang='en'><head><title>Strike</title><meta property='og:site_name' content='Nov. 29, "
                    f"2016'><link rel='canonical' href='https://money.example.com/strike'></head><body><article>"
                    f"<h1>Strike</h1><p>{body}</p><p>{body}</p></article></body></html>", encoding="utf-8")
    assert read_article(page).metadata.outlet == "example.com"


def test_headline_repeated_at_the_top_of_the_body_is_dropped(tmp_path):
    body = " ".join(["Un car belge s'est enflammé mardi matin sur l'autoroute, a indiqué la police."] * 4)
    page = tmp_path / "car.html"
    page.write_text(f"<html lang='fr'><head><title>Incendie d'un car</title></head><body><article>"
                    f"<p>Mis en ligne le 08/01/2013</p><h1>Incendie d'un car</h1><p>{body}</p><p>{body}</p>"
                    f"</article></body></html>", encoding="utf-8")
    article = read_article(page)
    assert article.title == "Incendie d'un car" and article.text.startswith("Un car belge")


def test_the_same_page_read_twice_in_one_process_gives_the_same_article():
    page = PAGES / "tdg.ch.chlorothalonil.html"
    assert read_article(page).text == read_article(page).text


def test_captions_pictures_and_reader_reactions_are_left_out():
    page = tidied(ARTICLE + "<p class='pic_description'>Illustration Photonews</p>"
                  "<span class='mt-enclosure-image'><img src='a.jpg'><i>The governor in 1960. (Getty)</i></span>"
                  "<figure><img src='b.jpg'><figcaption>A still from the film</figcaption></figure>"
                  "<div class='new_reactions box'><h2>Vos réactions</h2><p>@Mouflette: n'importe quoi</p></div>")
    assert "conseil municipal" in page
    for gone in ("Photonews", "governor", "still from", "réactions", "Mouflette"):
        assert gone not in page


def test_a_short_sentence_written_straight_into_a_div_is_a_paragraph_but_a_label_is_not():
    tree = tidy_page(parse_page("<html><body><div>A 53 ans, ce sera sa troisième expérience comme entraîneur.</div>"
                                "<div>Il y a trois heures</div></body></html>".encode()))
    assert [p.text_content() for p in tree.iter("p")] == ["A 53 ans, ce sera sa troisième expérience comme entraîneur."]


def test_a_section_slug_above_the_story_and_a_video_figure_are_left_out():
    page = tidied("<article><h3 class='slug'><a href='/america'>America</a></h3>" + ARTICLE +
                  "<figure class='video'><span>Play</span><span class='credit'>AP Photo</span>"
                  "<figcaption>WATCH Clinton on the hack</figcaption></figure></article>")
    assert page.startswith("Le conseil municipal") and "Play" not in page and "WATCH" not in page


def test_a_list_of_story_links_goes_even_with_one_plain_item():
    links = "".join(f"<li><a href='/s{i}'>Budget 2013 : autre article numéro {i}</a></li>" for i in range(4))
    page = tidied(f"<ul class='box'>{links}<li>Découvrez gratuitement la nouvelle Libre chez votre libraire!</li></ul>"
                  + ARTICLE)
    assert "autre article" not in page and "libraire" not in page and "conseil municipal" in page


def test_prose_loose_in_a_container_beside_its_paragraphs_becomes_paragraphs():
    lead = "Le Premier ministre a annoncé mardi matin un accord sur le budget, après une nuit de négociations."
    tail = "Le texte sera présenté au Parlement la semaine prochaine, a précisé son porte-parole."
    tree = tidy_page(parse_page(f"<html><body><div id='articleText'>{lead}<p>Une deuxième phrase du corps de "
                                f"l'article.</p>{tail}</div></body></html>".encode()))
    assert [p.text_content() for p in tree.iter("p")] == [lead, "Une deuxième phrase du corps de l'article.", tail]


def test_the_visible_headline_wins_over_the_social_title_and_leaves_the_body(tmp_path):
    body = " ".join(["Plusieurs initiatives existent pour aider les petits producteurs, a indiqué la région."] * 4)
    page = tmp_path / "story.html"
    page.write_text(f"<html lang='fr'><head><title>Aider les paysans</title><meta property='og:title' content="
                    f"'En Occitanie, des initiatives pour aider les paysans'></head><body><article><h1>Coronavirus en "
                    f"Occitanie : des initiatives pour les petits producteurs</h1><p><strong class='hat-label'>"
                    f"AGRICULTURE</strong> Une plate-forme régionale pour les produits frais, et des marchés en "
                    f"ligne.</p><p>{body}</p><p>{body}</p></article></body></html>", encoding="utf-8")
    article = read_article(page)
    assert article.title == "Coronavirus en Occitanie : des initiatives pour les petits producteurs"
    assert article.text.startswith("Une plate-forme régionale")


def test_a_box_headed_read_also_is_left_out_whatever_its_class():
    teaser = ("<div class='autres-articles'><h3>À lire aussi...</h3><section><article><h2><a href='/x'>Saied élu "
              "avec 72,71% des voix</a></h2><p>Kais Saied a été élu président, a annoncé lundi l'instance.</p>"
              "</article></section></div>")
    page = tidied(ARTICLE + teaser)
    assert "conseil municipal" in page and "Saied" not in page
