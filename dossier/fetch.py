"""Fetch an article at a URL, keeping the fetched copy so the dossier can be rebuilt offline and audited."""

from __future__ import annotations

import hashlib
import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from . import __version__
from .files import write_atomic
from .model import Diagnostic, DossierError

TIMEOUT_SECONDS = 20
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")


@dataclass(frozen=True)
class Fetched:
    url: str
    final_url: str
    content: bytes
    content_type: str
    fetched_at: str
    from_archive: bool = False


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not re.match(r"https?://", newurl, re.IGNORECASE):
            raise urllib.error.URLError(f"redirect to a non-http address: {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def archive_stem(url: str) -> str:
    """A readable, unique file stem for a URL."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", re.sub(r"^https?://(www\.)?", "", url)).strip("-")[:60]
    return f"{slug}-{hashlib.sha256(url.encode()).hexdigest()[:8]}"


def fetch(url: str, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET the URL with a timeout, a size cap, a redirect limit and a content-type check."""
    opener = urllib.request.build_opener(_LimitedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": f"dossier/{__version__} (fact-check briefing)",
                                                   "Accept": "text/html,application/xhtml+xml,text/plain"})
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            if content_type not in ACCEPTED_TYPES:
                raise _fetch_error(url, f"the page is {content_type}, not an article (HTML or text)")
            content = response.read(max_bytes + 1)
            if len(content) > max_bytes:
                raise _fetch_error(url, f"the page is larger than {max_bytes // 1_000_000} MB")
            final_url = response.geturl()
    except urllib.error.HTTPError as err:
        if 300 <= err.code < 400:
            raise _fetch_error(url, f"cannot fetch: too many redirects (more than {MAX_REDIRECTS})") from None
        raise _fetch_error(url, f"the server answered {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        raise _fetch_error(url, f"cannot fetch: {err.reason}") from None
    except (TimeoutError, OSError) as err:
        raise _fetch_error(url, f"cannot fetch: {err}") from None
    return Fetched(url=url, final_url=final_url, content=content, content_type=content_type,
                   fetched_at=datetime.now(UTC).isoformat(timespec="seconds"))


def _fetch_error(url: str, message: str) -> DossierError:
    return DossierError(Diagnostic("error", message, url, hint="check the address, or save the page and point "
                                   "`article:` to the file"), usage=False)


def keep(fetched: Fetched, folder: Path) -> Path:
    """Store the fetched page and a record of when and where it came from; return the page's path."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = archive_stem(fetched.url)
    suffix = ".txt" if fetched.content_type in ("text/plain", "text/markdown") else ".html"
    page = folder / f"{stem}{suffix}"
    write_atomic(page, fetched.content)
    record = {"url": fetched.url, "final_url": fetched.final_url, "fetched_at": fetched.fetched_at,
              "content_type": fetched.content_type, "sha256": hashlib.sha256(fetched.content).hexdigest(),
              "file": page.name}
    write_atomic(folder / f"{stem}.fetch.json", json.dumps(record, indent=2).encode())
    return page


def kept_copy(url: str, folder: Path) -> tuple[Path, dict] | None:
    """The copy kept by an earlier fetch of this URL, with its record."""
    record_path = folder / f"{archive_stem(url)}.fetch.json"
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    page = folder / record.get("file", "")
    return (page, record) if page.is_file() else None


def fetch_or_reuse(url: str, folder: Path | None) -> tuple[bytes, str, str, list[Diagnostic]]:
    """The page's bytes, its content type and fetch time: fetched now, or the kept copy when offline."""
    try:
        fetched = fetch(url)
    except DossierError as err:
        copy = kept_copy(url, folder) if folder else None
        if copy is None:
            raise
        page, record = copy
        note = Diagnostic("warning", f"{err.diagnostics[0].message}; using the copy fetched {record['fetched_at']}",
                          url, hint=str(page))
        return page.read_bytes(), record.get("content_type", "text/html"), record["fetched_at"], [note]
    notes = []
    if folder is not None:
        try:
            keep(fetched, folder)
        except OSError as err:
            notes.append(Diagnostic("warning", f"cannot keep a copy of the fetched page: {err.strerror or err}",
                                    str(folder), hint="the dossier cannot be rebuilt offline"))
    return fetched.content, fetched.content_type, fetched.fetched_at, notes
