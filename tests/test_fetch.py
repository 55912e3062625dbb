"""Articles at a URL: fetched with limits, kept for offline rebuilds (served from a local server)."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

from conftest import DATA
from dossier.fetch import fetch
from dossier.ingest import read_url
from dossier.model import DossierError

PAGE = (DATA / "html" / "ledevoir.com.trottinettes.html").read_bytes()


class Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {
        "/article.html": (200, "text/html; charset=utf-8", PAGE),
        "/photo.jpg": (200, "image/jpeg", b"\xff\xd8\xff"),
        "/gone": (404, "text/html", b"not here"),
        "/loop": (302, "text/html", b""),
    }

    def do_GET(self):  # noqa: N802
        status, content_type, body = self.routes.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        if self.path == "/loop":
            self.send_header("Location", "/loop")
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_article_is_fetched_kept_and_rebuilt_offline(server, tmp_path: Path):
    httpd, base = server
    archive = tmp_path / "sources"
    article, notes = read_url(f"{base}/article.html", archive)
    assert article.title == "La fin des trottinettes en libre-service à Montréal" and not notes
    kept = sorted(p.name for p in archive.iterdir())
    assert any(name.endswith(".html") for name in kept) and any(name.endswith(".fetch.json") for name in kept)
    httpd.shutdown()
    httpd.server_close()
    offline, notes = read_url(f"{base}/article.html", archive)
    assert offline.text == article.text
    assert notes and "using the copy fetched" in notes[0].message


@pytest.mark.parametrize("path, message", [("/photo.jpg", "image/jpeg"), ("/gone", "404"), ("/loop", "cannot fetch")])
def test_bad_urls_are_one_line_errors(server, path, message):
    _, base = server
    with pytest.raises(DossierError) as caught:
        fetch(base + path, timeout=5)
    assert message in caught.value.diagnostics[0].message


def test_size_cap(server):
    _, base = server
    with pytest.raises(DossierError) as caught:
        fetch(f"{base}/article.html", max_bytes=1000)
    assert "larger than" in caught.value.diagnostics[0].message


def test_build_from_a_url_matches_the_saved_file_and_works_offline(tmp_path: Path):
    import json

    from typer.testing import CliRunner

    from conftest import EXAMPLE_ARTICLE, EXAMPLE_CLAIMS
    from dossier.cli import app

    Handler.routes["/story.txt"] = (200, "text/plain; charset=utf-8", EXAMPLE_ARTICLE.read_bytes())
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/story.txt"
    text = EXAMPLE_CLAIMS.read_text(encoding="utf-8")
    by_file = tmp_path / "file.claims.yaml"
    by_file.write_text(text.replace("article: articles/", f"article: {EXAMPLE_ARTICLE.parent}/"), encoding="utf-8")
    by_url = tmp_path / "url.claims.yaml"
    by_url.write_text(text.replace("article: articles/tiktok-microsoft.fr.txt", f"article: {url}"), encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "out"

    def build(claims: Path):
        result = runner.invoke(app, ["build", str(claims), "--out", str(out), "--format", "json"])
        assert result.exit_code == 0, result.output
        data = json.loads((out / f"{claims.name.split('.')[0]}.json").read_text(encoding="utf-8"))
        return [(e["verdict"], e["statement"]["text"]) for e in data["entries"]], data["article"]["title"]

    try:
        online = build(by_url)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert online == build(by_file)
    assert build(by_url) == online, "the second build, with the server stopped, uses the kept copy"
    assert list((out / "sources").glob("*.fetch.json"))
