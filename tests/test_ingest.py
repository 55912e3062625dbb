"""Ingest of pasted articles: headline, furniture removed, offsets, language."""

from __future__ import annotations

import pytest

from conftest import DATA, EXAMPLE_ARTICLE, shared_path
from dossier.ingest import decode, detect_language, parse_text, read_article
from dossier.model import DossierError


def test_example_headline_and_body(example_article):
    assert example_article.title == (
        "Microsoft poursuivra les discussions sur un éventuel accord TikTok après des discussions avec Trump"
    )
    assert example_article.language == "fr"
    assert example_article.paragraphs[0].text.startswith("Microsoft a annoncé dimanche")
    assert example_article.paragraphs[-1].text.startswith("«\u00a0Si la Maison Blanche tue cette (vente)")


def test_example_furniture_removed(example_article):
    for furniture in ("Laisser un commentaire", "Votre adresse de messagerie", "Loading…", "The Umbrella Academy",
                      "Une fusée SpaceX", "Comments"):
        assert furniture not in example_article.text
        assert any(furniture in block for block in example_article.removed)
    assert example_article.removed[0] == "in"


def test_offsets_index_the_text(example_article):
    for paragraph in example_article.paragraphs:
        assert example_article.text[paragraph.start:paragraph.end] == paragraph.text
    assert example_article.sha256 and len(example_article.sha256) == 64


def test_english_article_detected_and_labels_dropped():
    article = read_article(shared_path("eval", "dev", "obama-black-voters.en.txt"))
    assert article.language == "en"
    assert article.title == "Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton"
    assert "ABSTRACT." not in article.text and "[Video:" not in article.text


def test_related_links_after_lire_aussi_are_dropped():
    raw = (
        "La fin des trottinettes\n\nLa Ville a décidé de ne pas autoriser ces véhicules en 2020, a annoncé "
        "le responsable de la mobilité mercredi matin devant les journalistes réunis à l'hôtel de ville.\n\n"
        "À lire aussi\n\nLes plus populaires\n\nAbonnez-vous à notre infolettre matinale\n\n"
        "Du lundi au samedi, découvrez l’essentiel de l’actualité.\n"
    )
    article = parse_text(raw)
    assert article.title == "La fin des trottinettes"
    assert len(article.paragraphs) == 1
    assert "infolettre" not in article.text


def test_update_lines_and_arrowed_story_links_are_dropped_and_listed():
    raw = ("Deux ans en Macronie\n\nArticle mis à jour le 7 janvier 2020.\n\nLe député a été condamné à six mois "
           "de prison avec sursis pour abus de confiance, a indiqué le tribunal mercredi dans un jugement.\n\n"
           "LIRE AUSSI SUR REGARDS.FR\n\n>> Affaire Benalla : le scandale d’Etat qui fait chanceler la Macronie\n\n"
           "Alexandre Benalla n’est pas seulement un conseiller. Il intervient comme bon lui semble, en marge des "
           "manifestations, avec un brassard autour du bras, selon plusieurs témoins.\n\nUpdated March 3, 2020\n")
    article = parse_text(raw)
    assert [p.text[:12] for p in article.paragraphs] == ["Le député a ", "Alexandre Be"]
    assert article.removed == ("Article mis à jour le 7 janvier 2020.", "LIRE AUSSI SUR REGARDS.FR",
                               ">> Affaire Benalla : le scandale d’Etat qui fait chanceler la Macronie",
                               "Updated March 3, 2020")


def test_hard_wrapped_lines_and_crlf_are_joined():
    raw = "Headline here\r\n\r\nThe minister said on\r\nMonday that taxes would\r\nrise.\r\n"
    article = parse_text(raw)
    assert article.paragraphs[0].text == "The minister said on Monday that taxes would rise."


def test_windows_1252_is_detected():
    text, encoding = decode("Le président a déclaré « non ».".encode("cp1252"))
    assert encoding == "windows-1252" and "président" in text


def test_bom_is_stripped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffTitre\n\nLe texte de l'article est ici, dit-il.".encode())
    assert read_article(path).title == "Titre"


def test_language_detection():
    assert detect_language("Le gouvernement a annoncé que les impôts vont baisser.") == "fr"
    assert detect_language("The government said that taxes would go down.") == "en"
    assert detect_language("T\n« On a tout vu ici », soupire Fatima, 54 ans, mère de trois enfants.") == "fr"


@pytest.mark.parametrize("name, language", [("court.fr.txt", "fr"), ("court.en.txt", "en"), ("court.txt", "fr"),
                                            ("court.de.txt", "fr")])
def test_a_language_code_in_the_file_name_wins(tmp_path, name, language):
    path = tmp_path / name
    path.write_text("Titre\n\nLe ministre a dit que le budget serait voté en mai.", encoding="utf-8")
    assert read_article(path).language == language


@pytest.mark.parametrize("content, message", [(b"", "no text"), (b"\x00\x01\x02binary", "binary")])
def test_unusable_articles_are_clear_errors(tmp_path, content, message):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    with pytest.raises(DossierError) as caught:
        read_article(path)
    assert message in caught.value.diagnostics[0].message


def test_missing_article_is_a_usage_error(tmp_path):
    with pytest.raises(DossierError) as caught:
        read_article(tmp_path / "nope.txt")
    assert caught.value.usage and "not found" in caught.value.diagnostics[0].message


def test_example_copy_is_the_shared_article():
    shared = shared_path("eval", "dev", "tiktok-microsoft.fr.txt")
    assert EXAMPLE_ARTICLE.read_bytes() == shared.read_bytes()
    assert DATA.is_dir()


def test_byline_and_dateline_become_metadata():
    raw = ("Berne interdit désormais le chlorothalonil\n\nPar Jean Dupont\n\n"
           "Le chlorothalonil sera interdit dès 2020 en Suisse, précise l'OFAG jeudi dans un communiqué.\n\n"
           "Créé: 12.12.2019, 07h36\n\nArticles en relation\n\nLe canton de Berne veut interdire le chlorothalonil\n")
    article = parse_text(raw)
    assert article.metadata.author == "Jean Dupont"
    assert article.metadata.published == "2019-12-12"
    assert article.text.startswith("Le chlorothalonil") and "Créé" not in article.text


def test_markdown_article(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Le titre de l'article\n\n*Par* la rédaction\n\nLe ministre a **déclaré** lundi que "
                    "[le budget](https://example.org) serait\nvoté en mars.\n\n- premier point\n- second point\n",
                    encoding="utf-8")
    article = read_article(path)
    assert article.title == "Le titre de l'article"
    assert "Le ministre a déclaré lundi que le budget serait voté en mars." in article.text
    assert "**" not in article.text and "https://" not in article.text


def test_oversized_article_is_refused(tmp_path):
    from dossier.ingest import MAX_ARTICLE_BYTES

    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_ARTICLE_BYTES + 1))
    with pytest.raises(DossierError) as caught:
        read_article(path)
    assert "larger than 5 MB" in caught.value.diagnostics[0].message


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Titre\n\nLe ministre a déclaré lundi que le budget serait voté.".encode("utf-16"))
    article = read_article(path)
    assert article.title == "Titre" and article.encoding == "utf-16"


def test_unknown_encoding_is_a_one_line_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Titre\n\nLe ministre a déclaré".encode() + b"\x81\x8d\x90 text")
    with pytest.raises(DossierError) as caught:
        read_article(path)
    assert "unknown text encoding" in caught.value.diagnostics[0].message


def test_a_caption_ending_with_its_photo_credit_is_dropped_and_listed():
    body = " ".join(["The agency gave its daily briefing on Monday and defended the strategy once more."] * 3)
    caption = "The state epidemiologist at one of the daily briefings. Photo: Jonathan Nackstrand/AFP"
    article = parse_text(f"Headline of the story\n\n{body}\n\n{caption}\n\n{body}")
    assert caption not in article.text
    assert caption in article.removed
    assert article.text.count("daily briefing on Monday") == 6


@pytest.mark.parametrize("block", [
    "(26/02/2012)", "08/01/2013 14:05", "Mis en ligne le 08/01/2013",
    "(Reporting by Howard Schneider; Additional reporting by Jason Lange; Editing by Andrea Ricci)",
    "-- CNN's Bill Kirkos contributed to this report.", "Rédaction en ligne (avec Belga)",
    "Send a Letter to the Editor", "sauvegarder", "J. V., Y. B., N. D.", "Publié le Mardi 29 Mai 2012 à 16h59",
    "Twitter: @howardblume", "Follow Jenny Staletovich on Twitter @jenstaletovich", "Belga", "(AFP)",
    "avec AFP", "—", "Publié le : Modifié le :", "Je m'abonne"])
def test_datelines_and_credit_lines_are_furniture(block):
    body = ("The Federal Reserve raised interest rates on Wednesday and signaled a faster pace of increases "
            "next year, its chair told reporters at a news conference in Washington.")
    article = parse_text(f"Fed lifts rates\n\n{body}\n\n{block}\n\n{body}\n")
    assert article.removed == (block,)


def test_an_inline_related_link_does_not_swallow_the_paragraphs_after_it():
    raw = ("Workers strike at O'Hare\n\nHundreds of workers are striking at Chicago O'Hare International Airport on "
           "Tuesday, asking for a $15 hourly wage and the right to form a union, organisers said.\n\n"
           "Related: Chicago O'Hare airport workers plan strike November 29\n\n"
           "The striking workers aren't aiming to disrupt travel, a spokeswoman said.\n\n"
           "\"They do want to gain public support,\" she said.\n")
    article = parse_text(raw)
    assert article.removed == ("Related: Chicago O'Hare airport workers plan strike November 29",)
    assert "aiming to disrupt travel" in article.text and "public support" in article.text


def test_a_partner_box_heading_ends_the_article():
    raw = ("Budget : l'effort confirmé\n\nLe comité ministériel restreint a confirmé dimanche que l'effort à faire "
           "sera bien de deux milliards d'euros, a indiqué le porte-parole du gouvernement.\n\nSites partenaires\n\n"
           "Actuellement au cinéma\n\nL'Odyssée de Pi\n")
    assert parse_text(raw).removed == ("Sites partenaires", "Actuellement au cinéma", "L'Odyssée de Pi")


@pytest.mark.parametrize("heading", ["A voir aussi", "Vos réactions", "Voir toutes les réactions"])
def test_related_and_reaction_headings_end_the_article(heading):
    raw = ("Ron Jans au Standard\n\nLe club a annoncé mardi l'arrivée de son nouvel entraîneur, qui a signé un "
           "contrat de deux ans, a indiqué le président lors d'une conférence de presse.\n\n"
           f"{heading}\n\n@Mouflette: vous n'y connaissez rien\n")
    assert parse_text(raw).removed == (heading, "@Mouflette: vous n'y connaissez rien")


@pytest.mark.parametrize("headline", ["Jury Finds Dylann Roof Guilty In S.C. Church Shooting",
                                      "Report on L.A. school shutdown shows confusion over who was in charge",
                                      "M. Dupont quitte la mairie de St. Malo",
                                      "Les cigarettes plus chères ? La « solution de facilité »"])
def test_a_headline_with_abbreviations_is_one_headline(headline):
    article = parse_text(f"{headline}\n\nThe jury deliberated for two hours before reaching its verdict, the "
                         "court clerk said on Thursday.\n")
    assert article.title == headline


def test_without_a_headline_the_first_sentence_names_the_article():
    article = parse_text("Gov. Brown signed the bill on Monday. It takes effect in January, his office said.")
    assert article.title == "Gov. Brown signed the bill on Monday."


def test_a_long_headline_with_a_quotation_is_still_the_headline():
    headline = ("Avant la réunion du comité, le président du parti avait déclaré ne pas vouloir respecter la règle : "
                "« La preuve qu'il n'y a plus de débat démocratique là où il doit se trouver, au Parlement »")
    article = parse_text(f"{headline}\n\nLe comité s'est réuni lundi soir à Namur. Il n'a pris aucune décision.\n")
    assert article.title == headline


def test_a_short_two_sentence_headline_is_the_headline_but_a_two_sentence_paragraph_is_not():
    headline = "Storm hits Brittany. Thousands without power"
    article = parse_text(f"{headline}\n\nWinds of 150 km/h swept the coast on Monday, forecasters said.\n")
    assert article.title == headline
    lead = parse_text("Gov. Brown signed the bill on Monday. It takes effect in January.\n\nHis office said so.\n")
    assert lead.title == "Gov. Brown signed the bill on Monday."
