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

PAGE = (DATA / "html" / "ledevoir-trottinettes.html").read_bytes()


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
