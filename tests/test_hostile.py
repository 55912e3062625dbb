"""Hostile and broken input through the command line: one clear line, the right exit code, nothing leaked.

Each case here is a row of docs/bad-input.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLE_ARTICLE, EXAMPLE_CLAIMS
from dossier.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def claims_for(tmp_path: Path, body: str, name: str = "c.claims.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def example_claims(tmp_path: Path, replace: tuple[str, str] | None = None) -> Path:
    text = EXAMPLE_CLAIMS.read_text(encoding="utf-8").replace("article: articles/",
                                                              f"article: {EXAMPLE_ARTICLE.parent}/")
    if replace:
        assert replace[0] in text
        text = text.replace(*replace)
    return claims_for(tmp_path, text)


def assert_one_clean_error(result, code: int, pattern: str) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if ": error: " in line or line.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    assert re.search(pattern, errors[0]), errors[0]


@pytest.mark.parametrize("content, code, pattern", [
    (b"", 1, r"the article has no text"),
    (b"\x00\x01\x02\x03binary", 2, r"binary file"),
])
def test_unusable_article(tmp_path, content, code, pattern):
    article = tmp_path / "a.txt"
    article.write_bytes(content)
    assert_one_clean_error(run("extract", str(article)), code, pattern)


def test_missing_article_named_in_claims_file(tmp_path):
    claims = claims_for(tmp_path, "article: nowhere.txt\nclaims: []\n")
    assert_one_clean_error(run("build", str(claims), "--out", str(tmp_path / "out")), 1,
                           r"c\.claims\.yaml:1:10: error: .*not found")


def test_empty_article_named_in_claims_file_points_at_its_line(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    claims = claims_for(tmp_path, "# the story\narticle: empty.txt\nclaims: []\n")
    assert_one_clean_error(run("build", str(claims), "--out", str(tmp_path / "out")), 1,
                           r"c\.claims\.yaml:2: error: the article has no text: .*empty\.txt")


def test_article_with_no_statements_still_builds(tmp_path):
    article = tmp_path / "calm.txt"
    article.write_text("Météo\n\nIl fait beau sur la ville et les enfants jouent dehors.\n", encoding="utf-8")
    claims = claims_for(tmp_path, "article: calm.txt\nclaims: []\n")
    result = run("build", str(claims), "--out", str(tmp_path / "out"), "--format", "html,json")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "c.html").is_file()


@pytest.mark.parametrize("body, pattern", [
    ("", r":1:1: error: the claims file is empty"),
    ("- just\n- a list\n", r":1:1: error: the claims file must be a mapping"),
    ("article: [unclosed\n", r":\d+:\d+: error: YAML syntax error"),
    ("article: !!python/object/apply:os.system ['touch pwned']\nclaims: []\n", r"unsupported YAML tag"),
    ("article: a.txt\narticle: b.txt\nclaims: []\n", r":2:1: error: duplicate key 'article'"),
])
def test_broken_claims_files(tmp_path, monkeypatch, body, pattern):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Titre\n\nLe ministre a déclaré lundi que le budget serait voté.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Titre\n\nLe ministre a déclaré lundi que le budget serait voté.\n", "utf-8")
    result = run("check", str(claims_for(tmp_path, body)))
    assert_one_clean_error(result, 1, pattern)
    assert not (tmp_path / "pwned").exists()


def test_alias_bomb_is_refused_quickly(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    claims = claims_for(tmp_path, "\n".join(lines) + "\narticle: a.txt\nclaims: []\n")
    assert_one_clean_error(run("check", str(claims)), 1, r"expands to more than")


def test_javascript_source_url_is_an_error(tmp_path):
    claims = example_claims(tmp_path, ("url: https://www.law.cornell.edu/uscode/text/50/1701",
                                       'url: "javascript:alert(1)"'))
    assert_one_clean_error(run("check", str(claims), "--out", str(tmp_path)), 1,
                           r":\d+:14: error: 'url': 'javascript:alert\(1\)' is not an http\(s\) URL")


def test_template_syntax_error_names_template_and_line(tmp_path):
    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "report.html").write_text('{% extends "builtin/report.html" %}\n{% block title %}{{ oops( }}'
                                       '{% endblock %}\n', encoding="utf-8")
    result = run("build", str(example_claims(tmp_path)), "--out", str(tmp_path / "out"), "--templates", str(theme),
                 "--format", "html")
    assert_one_clean_error(result, 1, r"report\.html:2: error: template syntax error")


def test_unwritable_output_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("build", str(example_claims(tmp_path)), "--out", str(blocker / "sub"), "--format", "html")
    assert_one_clean_error(result, 1, r"cannot write to the output folder")


def test_summary_markup_is_neutralised_in_html_and_pdf(tmp_path):
    hostile = ('summary: "<script>alert(1)</script> [click](javascript:alert(2)) '
               '![secret](file:///etc/passwd) <img src=\\"file:///etc/passwd\\">"')
    claims = example_claims(tmp_path, ("summary: Microsoft completed its acquisition of LinkedIn in December 2016.",
                                       hostile))
    out = tmp_path / "out"
    result = run("build", str(claims), "--out", str(out), "--format", "html,pdf")
    assert result.exit_code == 0, result.output
    page = (out / "c.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "javascript:alert(2)" not in page
    assert not re.search(r"<img[^>]+file:", page)
    assert b"root:x:0:0" not in (out / "c.pdf").read_bytes()


def test_interrupted_build_keeps_previous_outputs(tmp_path, monkeypatch):
    from dossier import render

    claims = example_claims(tmp_path)
    out = tmp_path / "out"
    assert run("build", str(claims), "--out", str(out), "--format", "html,json").exit_code == 0
    before = (out / "c.html").read_bytes()

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(render, "render_html", crash)
    assert run("build", str(claims), "--out", str(out), "--format", "html,json").exit_code != 0
    assert (out / "c.html").read_bytes() == before
    assert not list(out.glob(".*.tmp"))
