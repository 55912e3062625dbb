"""The HTML briefing in a real browser: no console error, no request beyond the page itself."""

from __future__ import annotations

import contextlib
import http.server
import shutil
import subprocess
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Hosts Chromium itself calls (updates, time, sign-in, hints, connectivity checks), whatever the page holds;
# Debian's Chromium 150 also opens www.google.com on its own (seen on a blank page too).
CHROMIUM_OWN_HOSTS = {"clients2.google.com", "update.googleapis.com", "accounts.google.com",
                      "optimizationguide-pa.googleapis.com", "content-autofill.googleapis.com",
                      "safebrowsing.googleapis.com", "redirector.gvt1.com", "edgedl.me.gvt1.com",
                      "www.google.com", "www.gstatic.com"}

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (`make test` installs "
                                "Debian's chromium when run as root)")


def serve(page: bytes):
    """A local server that serves the page and records every other request, also as a proxy for all hosts."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            target = urlsplit(self.path)
            if target.path == "/briefing.html" and target.hostname in (None, "127.0.0.1"):
                body, status = page, 200
            else:
                requests.append(self.path)
                body, status = b"", 404
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError):
                self.wfile.write(body)

        do_POST = do_GET

        def do_CONNECT(self):  # noqa: N802
            requests.append(f"https://{self.path}")
            self.send_response(403)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, requests


def foreign(requests: list[str]) -> list[str]:
    return [r for r in requests if (urlsplit(r).hostname or "") not in CHROMIUM_OWN_HOSTS
            and urlsplit(r).path != "/favicon.ico"]


def test_briefing_loads_with_no_console_error_and_no_request(built_example, tmp_path: Path):
    out, _ = built_example
    server, requests = serve((out / "tiktok-microsoft.html").read_bytes())
    port = server.server_address[1]
    try:
        done = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path}",
             "--enable-logging=stderr", "--v=0", f"--proxy-server=127.0.0.1:{port}",
             "--proxy-bypass-list=<-loopback>", "--virtual-time-budget=3000", "--dump-dom",
             f"http://127.0.0.1:{port}/briefing.html"],
            capture_output=True, text=True, timeout=90)
    finally:
        server.shutdown()
        server.server_close()
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    assert "Microsoft poursuivra" in done.stdout, "the page rendered"
    assert console == []
    assert foreign(requests) == []


def test_the_probe_sees_leaks(tmp_path: Path):
    page = (b"<!doctype html><html><body><script>console.error('boom')</script>"
            b"<img src='https://cdn.example.com/pixel.png'></body></html>")
    server, requests = serve(page)
    port = server.server_address[1]
    try:
        done = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--no-first-run", f"--user-data-dir={tmp_path}", "--enable-logging=stderr", "--v=0",
             f"--proxy-server=127.0.0.1:{port}", "--proxy-bypass-list=<-loopback>", "--virtual-time-budget=3000",
             "--dump-dom", f"http://127.0.0.1:{port}/briefing.html"],
            capture_output=True, text=True, timeout=90)
    finally:
        server.shutdown()
        server.server_close()
    assert any("boom" in line for line in done.stderr.splitlines() if ":CONSOLE" in line)
    assert any("cdn.example.com" in r for r in foreign(requests))
