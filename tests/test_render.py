"""The briefing as a reader, a search engine and an archive get it: PDF, HTML, JSON, ClaimReview.

Dossiers are built by hand from the model classes (tests/data/render/example_dossier.py) with the
analyst's real entries for the example article. PDFs are rendered once per module (~2 s each).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import json
import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dossier import render
from dossier.markdown import render_markdown
from dossier.model import DossierError, Entry, Review, Scale, Statement, Verdict

pypdf = pytest.importorskip("pypdf")

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("example_dossier", HERE / "data" / "render" / "example_dossier.py")
example = importlib.util.module_from_spec(_spec)
sys.modules["example_dossier"] = example
_spec.loader.exec_module(example)

EVIL = "<script>alert(1)</script> [x](javascript:alert(1)) ![i](file:///etc/passwd) </script><b>bold</b>"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def dossier():
    return example.build_dossier("en")


@pytest.fixture(scope="module")
def dossier_fr():
    return example.build_dossier("fr")


@pytest.fixture(scope="module")
def html(dossier):
    return render.render_html(dossier)


@pytest.fixture(scope="module")
def pdf(dossier):
    data = render.render_pdf(dossier, claims_text="# the analyst's file\nclaims: []\n")
    return pypdf.PdfReader(io.BytesIO(data))


@pytest.fixture(scope="module")
def pdf_fr(dossier_fr):
    return pypdf.PdfReader(io.BytesIO(render.render_pdf(dossier_fr)))


def unquote(text: str) -> str:
    return re.sub("[\"“”«»]", "", text.replace("'", "’"))


def pdf_text(reader) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_data(self, data):
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def parse(html_text: str) -> Elements:
    parser = Elements()
    parser.feed(html_text)
    return parser


def claimreviews_in(html_text: str) -> list[dict]:
    found = []
    for attrs, text in parse(html_text).scripts:
        if attrs.get("type") == "application/ld+json":
            data = json.loads(text)
            found.extend(data if isinstance(data, list) else [data])
    return found


# --------------------------------------------------------------------------- PDF


def test_pdf_holds_every_summary_and_has_several_pages(pdf, dossier):
    text = pdf_text(pdf)
    assert len(pdf.pages) >= 3
    for entry in dossier.entries:
        words = " ".join(entry.review.summary.split()[:8])
        assert unquote(words) in unquote(text), words
    assert "Page 1 of" in text
    assert "Key findings" in text and "Who said what" in text and "The annotated article" in text


def test_pdf_outline_has_sections_and_claims(pdf, dossier):
    top = [item for item in pdf.outline if not isinstance(item, list)]
    children = [item for item in pdf.outline if isinstance(item, list)]
    titles = [item.title for item in top]
    for section in ("Summary", "Key findings", "Who said what", "The annotated article", "Awaiting review",
                    "Sources", "Method"):
        assert section in titles
    claims = [item.title for group in children for item in group]
    assert len(claims) == len(dossier.entries)
    assert claims[0].startswith("1. Misleading — compte environ 1 milliard")  # most severe first
    assert claims[-1].startswith("9. Unverifiable")  # no rating value: after the rated ones


def test_pdf_contents_gives_page_numbers(pdf):
    first = " ".join((pdf.pages[0].extract_text() or "").split())
    assert "contents" in first.lower()
    assert re.search(r"Key findings\s*\.+\s*\d", first), first


def test_pdf_metadata_and_language(pdf, dossier):
    meta = pdf.metadata
    assert dossier.article.title in meta.title
    assert meta.author == "Example Verification Desk"
    assert pdf.trailer["/Root"].get("/Lang") == "en"


def test_pdf_attaches_the_json_and_the_claims_file(pdf):
    attachments = pdf.attachments
    assert "tiktok-microsoft.json" in attachments and "claims.yaml" in attachments
    data = json.loads(attachments["tiktok-microsoft.json"][0])
    assert data["schema"] == "dossier/1"
    assert attachments["claims.yaml"][0].startswith(b"# the analyst's file")


def test_french_pdf_reads_in_french(pdf_fr):
    text = pdf_text(pdf_fr)
    assert "Page 1 sur" in text
    assert "Principales conclusions" in text and "Qui a dit quoi" in text
    assert "Trompeur" in text and "Vrai" in text and "Invérifiable" in text
    assert "5 août 2020" in text
    assert pdf_fr.trailer["/Root"].get("/Lang") == "fr"


def test_pdf_fetches_nothing_outside_the_theme(tmp_path, dossier):
    """A theme (or anything that slips into the markup) cannot embed a local file or a network resource."""
    secret = tmp_path / "secret.png"
    secret.write_bytes((HERE.parent / "templates" / "fonts" / "OFL-SourceSansPro.txt").read_bytes())
    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "report.html").write_text(
        '{% extends "builtin/report.html" %}{% block method %}'
        f'<img src="{secret.as_uri()}" alt=""><img src="file:///etc/passwd" alt="">'
        '<img src="https://example.org/pixel.png" alt=""><img src="data:image/png;base64,iVBORw0KGgo=" alt="">'
        '<p>method replaced</p>{% endblock %}', encoding="utf-8")
    small = dataclasses.replace(dossier, entries=dossier.entries[:1], pending=(), statements=dossier.statements[:3])
    fetched = []
    reader = pypdf.PdfReader(io.BytesIO(render.render_pdf(small, theme, attachments=[])))
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        fetched += [name for name, ref in xobjects.items() if ref.get_object().get("/Subtype") == "/Image"]
    assert "method replaced" in pdf_text(reader)
    assert fetched == []


def test_url_fetcher_serves_theme_files_only(tmp_path):
    pytest.importorskip("weasyprint")
    fetcher = render._url_fetcher([render.builtin_templates_dir()])
    font = render.builtin_templates_dir() / "fonts" / "SourceSerifPro-Regular.woff2"
    assert fetcher.fetch(font.as_uri()).read(4) == b"wOF2"
    for url in ("file:///etc/passwd", "https://example.org/x.css", "data:text/plain,hi",
                (render.builtin_templates_dir() / ".." / "pyproject.toml").as_uri()):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


# --------------------------------------------------------------------------- HTML


def test_html_is_self_contained(html):
    doc = parse(html)
    for tag, attrs in doc.tags:
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            if tag in ("link", "script", "img", "iframe", "source", "video", "audio", "embed", "object"):
                assert not value or value.startswith(("#", "data:")), (tag, value)
    assert not [t for t, a in doc.tags if t == "link" and a.get("rel") == "stylesheet"]
    assert not re.search(r"(?<![\w])url\(\s*(?![\"']?data:)", html), "every CSS url() is an inline data: URL"
    assert "@import" not in html


def test_html_is_accessible_outline(html):
    doc = parse(html)
    tags = [t for t, _ in doc.tags]
    for landmark in ("header", "main", "nav", "footer"):
        assert landmark in tags
    assert tags.count("h1") == 1
    levels = [int(t[1]) for t in tags if re.fullmatch(r"h[1-6]", t)]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), "no heading level skipped"
    svg = next(a for t, a in doc.tags if t == "svg")
    assert svg.get("role") == "img" and svg.get("aria-labelledby")
    assert re.search(r"<desc[^>]*>[^<]*True: 7", html)
    assert next(a for t, a in doc.tags if t == "html").get("lang") == "en"


def test_claimreview_for_every_reviewed_claim(html, dossier):
    reviews = claimreviews_in(html)
    assert len(reviews) == len(dossier.entries) == 9
    by_anchor = {r["url"]: r for r in reviews}
    first = by_anchor["#claim-1"]
    assert first["@type"] == "ClaimReview" and first["@context"] == "https://schema.org"
    assert first["claimReviewed"] == "compte environ 1 milliard d’utilisateurs dans le monde"
    assert first["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading", "ratingValue": 2,
                                     "bestRating": 5, "worstRating": 1}
    assert first["author"] == {"@type": "Organization", "name": "Example Verification Desk"}
    assert first["datePublished"] == "2020-08-05"
    for review in reviews:
        assert len(review["claimReviewed"]) <= 75
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["itemReviewed"]["appearance"]["headline"] == dossier.article.title
        assert review["url"].startswith("#claim-")
        assert f'id="{review["url"][1:]}"' in html
    castro = next(r for r in reviews if r["claimReviewed"].startswith("Tous ses centres"))
    assert castro["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}
    assert castro["itemReviewed"]["author"]["name"] == "Daniel Castro"
    assert castro["claimReviewed"].endswith("…")
    pappas = next(r for r in reviews if r["claimReviewed"].startswith("créer 10 000"))
    assert pappas["itemReviewed"]["author"] == {"@type": "Person", "name": "Vanessa Pappas",
                                                "jobTitle": "directrice générale américaine de TikTok"}


def test_claimreview_url_uses_the_review_url(dossier):
    hosted = dataclasses.replace(dossier, claims=dataclasses.replace(
        dossier.claims, review=dataclasses.replace(dossier.claims.review, url="https://checks.example.org/tiktok")))
    urls = [r["url"] for r in render.claimreview(hosted)]
    assert urls[0] == "https://checks.example.org/tiktok#claim-1"


def test_findings_most_severe_first_with_badges(html):
    cards = re.findall(r'<li class="card (v-[a-z-]+)" id="(claim-\d+)"', html)
    assert [c[0] for c in cards[:1]] == ["v-misleading"]
    assert cards[-1][0] == "v-unverifiable"
    card = html[html.index('id="claim-1"'):html.index('id="claim-2"')]
    assert 'class="badge-icon"' in card and "Misleading" in card, "badge has an icon and a label, not colour alone"
    assert 'href="#source-1"' in card
    assert 'id="source-1"' in html


def test_untrusted_summary_cannot_inject(dossier):
    evil = example.with_summary(dossier, 0, EVIL)
    html_text = render.render_html(evil)
    doc = parse(html_text)
    assert "<script>alert" not in html_text
    assert not any(t == "script" and a.get("type") != "application/ld+json" for t, a in doc.tags)
    assert not any("javascript:" in (a.get("href") or "") for _, a in doc.tags)
    assert not any("/etc/passwd" in (a.get("src") or a.get("href") or "") for _, a in doc.tags)
    assert not any(t == "img" for t, _ in doc.tags)
    assert "<b>bold</b>" not in html_text
    # the JSON-LD carries the summary as text, escaped so that </script> cannot end its element
    (ld_attrs, ld_text), = [s for s in doc.scripts if s[0].get("type") == "application/ld+json"]
    assert "</script" not in ld_text.lower()
    reviews = json.loads(ld_text)
    assert any("</script>" in (r.get("reviewBody") or "") or "alert(1)" in (r.get("reviewBody") or "")
               for r in reviews)


def test_markdown_keeps_safe_links_and_drops_the_rest():
    out = str(render_markdown("See [the law](https://www.law.cornell.edu/uscode/text/50/1701), "
                              "[mail](mailto:desk@example.org), [bad](javascript:alert(1)), [rel](/x) and "
                              "![chart](https://example.org/c.png) <b>x</b>"))
    assert 'href="https://www.law.cornell.edu/uscode/text/50/1701"' in out
    assert 'href="mailto:desk@example.org"' in out
    assert "javascript" not in out and 'href="/x"' not in out
    assert ">bad<" not in out and "bad" in out  # kept as plain text
    assert "<img" not in out and 'href="https://example.org/c.png"' in out
    assert "&lt;b&gt;" in out


def test_annotated_article_highlights_every_statement(html, dossier):
    article = html[html.index('id="article"'):html.index('id="pending"')]
    for statement in dossier.statements:
        anchor = "s-" + statement.id
        assert f'id="{anchor}"' in article, statement.text
    assert article.count("<mark") == article.count("</mark>")
    assert 'class="hl reviewed v-misleading"' in article and 'class="hl pending"' in article
    assert 'href="#claim-1"' in article


def test_overlapping_statements_nest_or_split_cleanly(dossier):
    text = dossier.article.text
    paragraph = dossier.article.paragraphs[0]
    a = Statement("q-a", "direct", "", paragraph.start + 5, paragraph.start + 40, paragraph.index)
    b = Statement("q-b", "direct", "", paragraph.start + 20, paragraph.start + 60, paragraph.index)  # crosses a
    c = Statement("q-c", "claim", "", paragraph.start + 25, paragraph.start + 30, paragraph.index)  # inside both
    review = Review(verdict="false", summary="x")
    crafted = dataclasses.replace(dossier, statements=(a, b, c), pending=(b, c),
                                  entries=(Entry(a, review, "id"),))
    html_text = render.render_html(crafted)
    first = html_text[html_text.index('<div class="article-text"'):]
    first = first[:first.index("</p>", first.index("</p>") + 4)]
    parser = Elements()
    depth, max_depth = 0, 0
    for token in re.findall(r"</?mark\b", first):
        depth += 1 if token == "<mark" else -1
        assert depth >= 0
        max_depth = max(max_depth, depth)
    assert depth == 0 and max_depth >= 2
    parser.feed(first)
    plain = re.sub(r"<[^>]+>", "", re.sub(r'<a class="ref.*?</a>', "", first, flags=re.S))
    assert text[paragraph.start:paragraph.end][:80].replace("’", "") in plain.replace("’", "").replace("&#39;", "'")
    assert first.count('id="s-q-b"') == 1  # the split statement keeps one anchor


def test_pending_statements_checkworthy_first(html):
    section = html[html.index('id="pending"'):html.index('id="sources"')]
    heads = re.findall(r'<li id="pending-\d+">(.*?)</li>', section, flags=re.S)
    flags = ["Check-worthy" in h for h in heads]
    assert flags == sorted(flags, reverse=True) and any(flags) and not all(flags)


def test_method_shows_scale_and_hashes(html, dossier):
    method = html[html.index('id="method"'):]
    for verdict in ("True", "Mostly true", "Mixed", "Misleading", "False", "Unverifiable"):
        assert verdict in method
    assert dossier.article.sha256 in method and dossier.claims.sha256 in method
    assert "5 August 2020, 14:03 UTC" in method
    assert "dossier 0.1.0" in method


def test_french_html_uses_french_labels_and_dates(dossier_fr):
    html_text = render.render_html(dossier_fr)
    assert '<html lang="fr">' in html_text
    assert "Principales conclusions" in html_text and "Trompeur" in html_text
    assert "3 août 2020" in html_text and "5 août 2020" in html_text
    assert claimreviews_in(html_text)[0]["reviewRating"]["alternateName"] == "Trompeur"


# --------------------------------------------------------------------------- themes


def test_theme_overrides_one_block(tmp_path, dossier):
    (tmp_path / "report.html").write_text(
        '{% extends "builtin/report.html" %}'
        '{% block method %}<section id="method"><h2>How our desk checks</h2></section>{% endblock %}',
        encoding="utf-8")
    html_text = render.render_html(dossier, tmp_path)
    assert "How our desk checks" in html_text
    assert "Key findings" in html_text and 'id="claim-1"' in html_text  # the rest of the built-in theme
    assert "The rating scale" not in html_text


def test_theme_replaces_a_whole_template_by_name(tmp_path, dossier):
    (tmp_path / "macros.html").write_text(
        (render.builtin_templates_dir() / "macros.html").read_text(encoding="utf-8")
        .replace('class="badge {{ vclass }}', 'class="badge house-style {{ vclass }}'), encoding="utf-8")
    assert "badge house-style v-true" in render.render_html(dossier, tmp_path)


def test_template_syntax_error_names_template_and_line(tmp_path, dossier):
    (tmp_path / "report.html").write_text('{% extends "builtin/report.html" %}\n\n{% block method %}{% if %}',
                                          encoding="utf-8")
    with pytest.raises(DossierError) as caught:
        render.render_html(dossier, tmp_path)
    diagnostic = caught.value.diagnostics[0]
    assert diagnostic.severity == "error"
    assert diagnostic.file and diagnostic.file.endswith("report.html")
    assert diagnostic.line == 3


# --------------------------------------------------------------------------- JSON and files


def test_json_export(dossier):
    data = json.loads(json.dumps(render.dossier_to_json(dossier)))
    assert data["schema"] == "dossier/1"
    assert data["article"]["sha256"] == dossier.article.sha256
    assert data["article"]["title"] == dossier.article.title and data["article"]["language"] == "fr"
    assert len(data["entries"]) == len(dossier.entries)
    entry = next(e for e in data["entries"] if e["verdict"] == "unverifiable")
    assert entry["verdict_label"] == "Unverifiable"
    statement = entry["statement"]
    assert dossier.article.text[statement["start"]:statement["end"]] == statement["text"]
    assert statement["speaker"] == "Daniel Castro" and statement["role"].startswith("vice-président")
    assert entry["attribution"] == "unconfirmed" and entry["match"]["method"] == "match"
    assert entry["sources"][0]["publisher"] == "TikTok Newsroom"
    assert len(data["pending"]) == len(dossier.pending)
    assert data["build"]["claims_sha256"] == dossier.claims.sha256
    assert data["scale"]["verdicts"][0]["id"] == "true"
    assert len(data["claimreview"]) == 9


def test_custom_scale_colour_is_not_trusted(dossier):
    scale = Scale("house", (Verdict("bad", {"en": "Bad"}, 1, "red; background: url(https://x.org/t.png)", {}, "✗"),
                            Verdict("good", {"en": "Good"}, 2, "#0a0", {}, "✓")))
    entries = tuple(dataclasses.replace(e, review=dataclasses.replace(e.review, verdict="bad"))
                    for e in dossier.entries[:2])
    custom = dataclasses.replace(dossier, entries=entries, claims=dataclasses.replace(dossier.claims, scale=scale))
    html_text = render.render_html(custom)
    assert "x.org" not in html_text
    assert "Bad" in html_text


def test_render_writes_outputs_atomically(tmp_path, dossier):
    out = tmp_path / "out"
    paths = render.render(dossier, out, formats=("html", "json"))
    assert [p.name for p in paths] == ["tiktok-microsoft.html", "tiktok-microsoft.json"]
    assert sorted(os.listdir(out)) == ["tiktok-microsoft.html", "tiktok-microsoft.json"]  # no temporary left
    before = (out / "tiktok-microsoft.html").read_bytes()
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "report.html").write_text("{% block %}", encoding="utf-8")
    with pytest.raises(DossierError):
        render.render(dossier, out, formats=("html",), templates_dir=tmp_path / "bad")
    assert (out / "tiktok-microsoft.html").read_bytes() == before
    assert sorted(os.listdir(out)) == ["tiktok-microsoft.html", "tiktok-microsoft.json"]


def test_unwritable_output_folder_is_a_diagnostic(tmp_path, dossier):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DossierError) as caught:
        render.render(dossier, blocker / "out", formats=("json",))
    assert caught.value.diagnostics[0].severity == "error"


def test_unknown_format_is_a_usage_error(tmp_path, dossier):
    with pytest.raises(DossierError) as caught:
        render.render(dossier, tmp_path, formats=("docx",))
    assert caught.value.usage


def test_render_module_does_not_import_weasyprint():
    import subprocess

    code = "import sys, dossier.render; print('weasyprint' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
