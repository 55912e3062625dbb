"""Safe Markdown for the analyst's summaries and notes.

Everything in the claims file is untrusted. Summaries are rendered with
markdown-it-py (CommonMark) with:

- raw HTML disabled: ``<script>`` in a summary is shown as text;
- links limited to http, https and mailto: any other target (``javascript:``,
  ``file:``, ``data:``, relative paths) is not linked, its text stays;
- images never fetched: ``![alt](url)`` becomes its alt text, followed by a
  link to the image when the URL is http(s);
- headings demoted to plain paragraphs, so a summary cannot break the
  report's outline.
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markupsafe import Markup, escape

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})


def safe_url(url: str | None) -> str | None:
    """`url` when it is an absolute http(s) or mailto URL, else None."""
    if not url:
        return None
    text = url.strip()
    if any(ch in text for ch in "\x00\r\n\t") or text != url.strip():
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        return None
    if scheme in ("http", "https") and not parts.netloc:
        return None
    return text


def _render_image(self, tokens, idx, options, env):  # markdown-it renderer rule signature
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env) or token.content
    src = safe_url(token.attrGet("src") or "")
    text = escape(alt or "image")
    if src and src.split(":", 1)[0].lower() in ("http", "https"):
        return f'<a class="md-image" href="{escape(src)}" rel="nofollow noopener noreferrer">{text}</a>'
    return f'<span class="md-image">{text}</span>'


def _render_link_open(self, tokens, idx, options, env):
    token = tokens[idx]
    token.attrSet("rel", "nofollow noopener noreferrer")
    return self.renderToken(tokens, idx, options, env)


def _drop_unsafe_links(state) -> None:
    """Core rule: unwrap links whose target is not http(s)/mailto, keeping their text."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        kept = []
        dropping: list[bool] = []
        for token in block.children:
            if token.type == "link_open":
                unsafe = safe_url(token.attrGet("href") or "") is None
                dropping.append(unsafe)
                if unsafe:
                    continue
            elif token.type == "link_close" and dropping and dropping.pop():
                continue
            kept.append(token)
        block.children = kept


@functools.lru_cache(maxsize=4)
def _parser(language: str = "en") -> MarkdownIt:
    quotes = ["«\u00a0", "\u00a0»", "“", "”"] if language == "fr" else "“”‘’"
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": True, "quotes": quotes})
    md.enable("smartquotes")
    md.disable(["heading", "lheading"])
    # Parse every link, then unwrap the unsafe ones (their text stays, as plain text).
    md.validateLink = lambda url: True
    md.core.ruler.push("drop_unsafe_links", _drop_unsafe_links)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("link_open", _render_link_open)
    return md


def render_markdown(text: str | None, language: str = "en") -> Markup:
    """Block Markdown → safe HTML (paragraphs, lists, emphasis, code, allowed links, typographic quotes)."""
    if not text:
        return Markup("")
    return Markup(_parser(language).render(text))


def render_inline(text: str | None, language: str = "en") -> Markup:
    """Inline Markdown (one line, no paragraph) → safe HTML."""
    if not text:
        return Markup("")
    return Markup(_parser(language).renderInline(text))


def plain_text(text: str | None) -> str:
    """Markdown → plain text (for ClaimReview, PDF metadata, bookmarks)."""
    if not text:
        return ""
    tokens = _parser().parse(text)
    parts: list[str] = []
    for token in tokens:
        if token.type == "inline" and token.children:
            parts.append("".join(child.content for child in token.children if child.type in ("text", "code_inline")))
    return " ".join(" ".join(parts).split())
