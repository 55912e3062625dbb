"""The command line end to end on the example: what a user types and what they get."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from conftest import EXAMPLE_ARTICLE, EXAMPLE_CLAIMS, ROOT
from dossier import __version__
from dossier.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def folded(text: str) -> str:
    """Spaces folded and typographic quotes made straight, as the briefing may set either."""
    text = text.translate(str.maketrans({"\u00a0": " ", "\u202f": " ", "’": "'", "‘": "'", "“": '"', "”": '"'}))
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture()
def built(built_example) -> tuple[Path, object]:
    return built_example


def test_version_and_help():
    assert run("--version").stdout.strip() == f"dossier {__version__}"
    help_text = run("--help").stdout
    for command in ("build", "extract", "check"):
        assert command in help_text


def test_build_writes_html_pdf_json(built):
    out, result = built
    assert result.exit_code == 0, result.output
    for suffix in ("html", "pdf", "json"):
        path = out / f"tiktok-microsoft.{suffix}"
        assert path.is_file() and path.stat().st_size > 1000
        assert str(path) in result.stdout


def test_json_has_every_claims_entry_with_its_verdict(built):
    out, _ = built
    data = json.loads((out / "tiktok-microsoft.json").read_text(encoding="utf-8"))
    claims = yaml.safe_load(EXAMPLE_CLAIMS.read_text(encoding="utf-8"))["claims"]
    assert len(data["entries"]) == len(claims)
    assert sorted(e["verdict"] for e in data["entries"]) == sorted(str(c["verdict"]) for c in claims)
    assert data["pending"], "the statements nobody reviewed yet are listed"


def test_pdf_has_pages_and_every_summary(built):
    from pypdf import PdfReader

    out, _ = built
    reader = PdfReader(out / "tiktok-microsoft.pdf")
    assert len(reader.pages) >= 3
    text = folded(" ".join(page.extract_text() for page in reader.pages))
    for claim in yaml.safe_load(EXAMPLE_CLAIMS.read_text(encoding="utf-8"))["claims"]:
        summary = folded(claim["summary"])
        assert summary[:60] in text, summary


def test_html_is_self_contained(built):
    out, _ = built
    page = (out / "tiktok-microsoft.html").read_text(encoding="utf-8")
    assert "<style" in page
    assert not re.search(r"""<(link|script|img)[^>]+(href|src)=["']?https?://""", page)
    assert "Daniel Castro" in page


def test_rebuild_uses_the_cache(built, tmp_path):
    out, _ = built
    assert any((out / ".cache").glob("*.json"))


def test_extract_json_follows_the_contract():
    result = run("extract", str(EXAMPLE_ARTICLE), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "dossier.extract/1"
    assert data["language"] == "fr"
    assert set(data["metadata"]) == {"author", "published", "outlet", "url"}
    assert data["statements"]
    for statement in data["statements"]:
        assert statement["kind"] in ("direct", "partial", "indirect", "claim")
        assert data["text"][statement["start"]:statement["end"]] == statement["text"]
        assert statement["speaker"] is None or {"name", "role", "type"} <= set(statement["speaker"])
    speakers = {s["speaker"]["name"] for s in data["statements"] if s["speaker"]}
    assert {"Daniel Castro", "Peter Navarro"} <= speakers


def test_extract_jsonl_gives_one_line_per_article(tmp_path):
    second = tmp_path / "second.txt"
    second.write_text("Taxes to rise\n\n\"We will raise taxes by 2 percent next year,\" the finance minister, "
                      "Jane Doe, told reporters on Monday.\n", encoding="utf-8")
    result = run("extract", str(EXAMPLE_ARTICLE), str(second), "--format", "jsonl")
    lines = result.stdout.strip().splitlines()
    assert result.exit_code == 0 and len(lines) == 2
    assert [json.loads(line)["language"] for line in lines] == ["fr", "en"]


def test_extract_table_is_readable():
    result = run("extract", str(EXAMPLE_ARTICLE), "--format", "table")
    assert result.exit_code == 0 and "Castro" in result.stdout


def test_missing_claims_file_is_a_usage_error(tmp_path):
    result = run("build", str(tmp_path / "nope.yaml"), "--out", str(tmp_path))
    assert result.exit_code == 2
    assert "claims file not found" in result.stderr and "Traceback" not in result.output


def test_missing_article_is_a_usage_error(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2 and "article not found" in result.stderr


def test_bad_format_is_a_usage_error(tmp_path):
    result = run("build", str(EXAMPLE_CLAIMS), "--format", "docx", "--out", str(tmp_path))
    assert result.exit_code == 2 and "docx" in result.output


def test_broken_claims_file_reports_file_line_column(tmp_path):
    claims = tmp_path / "claims.yaml"
    claims.write_text(f"article: {EXAMPLE_ARTICLE}\nclaims:\n  - match: \"Le groupe\n    verdict: true\n",
                      encoding="utf-8")
    result = run("build", str(claims), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert re.search(rf"{re.escape(str(claims))}:\d+:\d+: error:", result.stderr)
    assert "Traceback" not in result.output
    assert not (tmp_path / "out" / "tiktok-microsoft.html").exists()


def test_check_passes_and_strict_flags_pending_checkworthy(tmp_path):
    assert run("check", str(EXAMPLE_CLAIMS), "--out", str(tmp_path)).exit_code == 0
    strict = run("check", str(EXAMPLE_CLAIMS), "--strict", "--out", str(tmp_path))
    assert strict.exit_code == 1 and "pending" in strict.stderr


def test_build_without_arguments_uses_claims_yaml(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    result = run("build")
    assert result.exit_code == 2 and "claims.yaml" in result.stderr
    assert (ROOT / "claims.yaml").is_file()


def test_init_scaffold_then_update_keeps_the_analysts_bytes(tmp_path):
    scaffold = tmp_path / "new.claims.yaml"
    result = run("init", str(EXAMPLE_ARTICLE), "-o", str(scaffold))
    assert result.exit_code == 0, result.output
    text = scaffold.read_text(encoding="utf-8")
    entries = text.count("\n  - id: ")
    assert entries >= 15 and text.count("verdict: pending") == entries
    assert run("check", str(scaffold), "--out", str(tmp_path)).exit_code == 0
    assert run("check", str(scaffold), "--strict", "--out", str(tmp_path)).exit_code == 1

    analyst = "\n  - id: ".join(text.split("\n  - id: ")[:4]) + "\n# checked with the desk on Monday\n"
    scaffold.write_text(analyst, encoding="utf-8")
    assert run("init", "--update", str(scaffold)).exit_code == 0
    updated = scaffold.read_text(encoding="utf-8")
    assert updated.startswith(analyst)
    assert updated.count("\n  - id: ") == entries


def test_init_refuses_to_overwrite(tmp_path):
    existing = tmp_path / "claims.yaml"
    existing.write_text("article: a.txt\n", encoding="utf-8")
    result = run("init", str(EXAMPLE_ARTICLE), "-o", str(existing))
    assert result.exit_code == 2 and "not overwriting" in result.stderr
    assert existing.read_text(encoding="utf-8") == "article: a.txt\n"


def test_schema_is_json_schema():
    schema = json.loads(run("schema").stdout)
    assert schema["type"] == "object" and "claims" in schema["properties"]


def test_batch_build_reports_the_broken_file_and_builds_the_others(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    text = EXAMPLE_CLAIMS.read_text(encoding="utf-8").replace("article: articles/", f"article: {ROOT}/articles/")
    for name in ("monday", "tuesday"):
        (folder / f"{name}.claims.yaml").write_text(text, encoding="utf-8")
    (folder / "broken.claims.yaml").write_text("article: missing.txt\nclaims: []\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", str(folder), "--out", str(out), "--format", "html,json")
    assert result.exit_code == 1
    assert "broken.claims.yaml:1:" in result.stderr and "2 of 3 dossiers built" in result.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="monday.html"' in index and 'href="tuesday.html"' in index
    assert "Microsoft poursuivra les discussions" in index and "7 True" in index


def test_briefing_notes_a_windows_1252_source_and_the_furniture_left_out(tmp_path):
    article = tmp_path / "latin.txt"
    article.write_bytes("Budget voté\n\nLe ministre a déclaré lundi que le budget de 2 milliards serait voté en "
                        "mars.\n\nLaisser un commentaire\n".encode("cp1252"))
    claims = tmp_path / "latin.claims.yaml"
    claims.write_text("article: latin.txt\nreview:\n  language: en\nclaims: []\n", encoding="utf-8")
    result = run("build", str(claims), "--out", str(tmp_path / "out"), "--format", "html")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "latin.html").read_text(encoding="utf-8")
    assert "windows-1252, not UTF-8" in page
    assert "Laisser un commentaire" in page.split("Left out as page furniture")[1]
