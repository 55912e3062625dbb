"""Ingest: turn an article file into an `Article` (headline, body paragraphs with offsets, language)."""

from __future__ import annotations

import hashlib
import re
import warnings
from dataclasses import replace
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from .htmlpage import (
    byline_in_page,
    headline_in_page,
    html_language,
    page_text,
    parse_page,
    standfirst_in_page,
    tidy_page,
)
from .model import Article, Diagnostic, DossierError, Metadata, Paragraph
from .nlp import detect_language

MAX_ARTICLE_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
MIN_HTML_WORDS = 15
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SENTENCE_END = re.compile(r"[.!?…»”\"')\]]\s*$")
WORD = re.compile(r"\w+", re.UNICODE)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«“\"])")
ABBREVIATION = re.compile(r"(^|\W)([A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Lt|Col|M|Mme|Mlle|Me|No|vs)\.$")
DIGITS = re.compile(r"\d")
CONTACT_WORDS = re.compile(r"(\s+(twitter|e-?mail|courriel|facebook|instagram|linkedin|follow|suivre))+$",
                           re.IGNORECASE)
MAIL_REMAINS = re.compile(r"\s*\S+@\S+|(^|\s+)[\w.-]+\s+(com|net|org|fr|be|ch|ca|co\.uk)$", re.IGNORECASE)

def read_article(path: str | Path) -> Article:
    """Read an article file (.txt, .md) and ingest it."""
    path = Path(path)
    raw = _read_bytes(path)
    if path.suffix.lower() in HTML_SUFFIXES or (path.suffix.lower() not in TEXT_SUFFIXES and looks_like_html(raw)):
        return parse_html(raw, source=str(path))
    text, encoding = decode(raw, str(path))
    if path.suffix.lower() in {".md", ".markdown"}:
        text = strip_markdown(text)
    article = parse_text(text, source=str(path))
    language = language_in_name(path) or article.language
    return replace(article, sha256=hashlib.sha256(raw).hexdigest(), encoding=encoding, language=language)


def language_in_name(path: Path) -> str | None:
    """`tiktok.fr.txt`, `burma.en.md`: a language code before the extension says the article's language."""
    from .nlp import SUPPORTED

    parts = path.name.lower().split(".")
    return parts[-2] if len(parts) >= 3 and parts[-2] in SUPPORTED else None


def read_url(url: str, archive: Path | None = None) -> tuple[Article, list[Diagnostic]]:
    """Fetch and ingest an article at a URL; the fetched copy is kept in `archive` for offline rebuilds."""
    from .fetch import fetch_or_reuse

    content, content_type, fetched_at, notes = fetch_or_reuse(url, archive)
    if content_type.startswith("text/") and content_type != "text/html" and not looks_like_html(content):
        text, encoding = decode(content, url)
        article = replace(parse_text(text, source=url), sha256=hashlib.sha256(content).hexdigest(), encoding=encoding)
    else:
        article = parse_html(content, source=url, url=url)
    metadata = replace(article.metadata, url=article.metadata.url or url)
    return replace(article, metadata=metadata), notes


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise DossierError(Diagnostic(
                "error", f"article is larger than {MAX_ARTICLE_BYTES // 1_000_000} MB", str(path),
                hint="is this really a news article?"), usage=True)
        return path.read_bytes()
    except FileNotFoundError:
        raise DossierError(Diagnostic("error", "article not found", str(path)), usage=True) from None
    except IsADirectoryError:
        raise DossierError(Diagnostic("error", "article is a folder, not a file", str(path)), usage=True) from None
    except OSError as err:
        raise DossierError(Diagnostic("error", f"cannot read article: {err.strerror}", str(path)),
                           usage=True) from None


def decode(raw: bytes, where: str = "") -> tuple[str, str]:
    """Decode article bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252; refuse the rest."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace").lstrip("\ufeff"), "utf-16"
    if b"\x00" in raw[:4096]:
        raise DossierError(Diagnostic("error", "article is a binary file, not text", where,
                                      hint="give a .txt, .md or .html article"), usage=True)
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    unknown = DossierError(Diagnostic("error", "unknown text encoding: neither UTF-8 nor Windows-1252/Latin-1",
                                      where, hint="save the article as UTF-8"), usage=True)
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise unknown from None
    if any(ch in "\x80\x81\x8d\x8f\x90\x9d" or "\x00" < ch < "\x09" for ch in text):
        raise unknown
    return text, "windows-1252"


def strip_markdown(text: str) -> str:
    """Markdown to plain blocks (one per heading, paragraph or list item), inline markup removed."""
    from markdown_it import MarkdownIt

    blocks = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type == "inline" and token.children is not None:
            parts = []
            for child in token.children:
                if child.type in ("text", "code_inline"):
                    parts.append(child.content)
                elif child.type == "image":
                    parts.append("")
                elif child.type in ("softbreak", "hardbreak"):
                    parts.append(" ")
            block = "".join(parts).strip()
            if block:
                blocks.append(block)
    return "\n\n".join(blocks)


def parse_text(raw: str, source: str = "") -> Article:
    """Ingest pasted article text: headline, furniture removed, paragraphs with offsets, language."""
    blocks = split_blocks(raw)
    kept, removed = drop_furniture(blocks)
    title, body, stray = split_title(kept)
    removed = stray + removed
    if not body:
        raise DossierError(Diagnostic("error", "the article has no text", source or None,
                                      hint="the file is empty or holds only a headline and page furniture"))
    paragraphs, text = build_paragraphs(body)
    return Article(
        title=title,
        text=text,
        paragraphs=paragraphs,
        language=detect_language(title + "\n" + text),
        metadata=metadata_from_furniture(removed),
        source=source,
        sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        removed=tuple(removed),
    )


def split_blocks(raw: str) -> list[str]:
    """Blank-line separated blocks; hard-wrapped lines inside a block are joined with a space."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    blocks = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if lines:
            blocks.append(re.sub(r"[ \t]+", " ", " ".join(lines)).strip())
    return blocks


@cache
def furniture_patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    data = yaml.safe_load(resources.files("dossier").joinpath("furniture.yaml").read_text(encoding="utf-8"))
    return {
        kind: tuple(re.compile(rf"(?:{p})\s*", re.IGNORECASE) for p in data.get(kind, []))
        for kind in ("line", "tail", "link")
    }


def is_furniture(block: str) -> bool:
    patterns = furniture_patterns()
    return any(p.fullmatch(block) for p in patterns["line"]) or any(p.fullmatch(block) for p in patterns["link"])


def starts_tail(block: str) -> bool:
    return any(p.fullmatch(block) for p in furniture_patterns()["tail"])


def reads_as_body(block: str) -> bool:
    """A long paragraph that ends like a sentence: real text, not a link list."""
    return len(WORD.findall(block)) >= 25 and bool(SENTENCE_END.search(block))


def drop_furniture(blocks: list[str]) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    removed: list[str] = []
    in_tail = False
    for index, block in enumerate(blocks):
        if starts_tail(block) and kept:
            in_tail = True
            removed.append(block)
        elif in_tail and not reads_as_body(block) or is_furniture(block) or (index < 3 and is_byline(block)):
            removed.append(block)
        else:
            in_tail = False
            kept.append(block)
    return kept, removed


BYLINE = re.compile(r"(?:[Pp]ar|[Bb]y)\s+((?:[A-ZÀ-Ý][\w'’.-]+\s*){1,4})(?:\s*[,|/–-]\s*.{0,60})?", re.UNICODE)
DATELINE = re.compile(r"(?:publié|mis à jour|créé|modifié|published|updated|posted)\s*(?:le|on)?\s*:?\s*"
                      r"(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})", re.IGNORECASE)


def is_byline(block: str) -> bool:
    return len(block) <= 80 and bool(BYLINE.fullmatch(block))


def metadata_from_furniture(removed: list[str]) -> Metadata:
    """Author and date when the pasted furniture holds a byline or a dateline."""
    author = next((BYLINE.fullmatch(b).group(1).strip() for b in removed if is_byline(b)), None)
    published = None
    for block in removed:
        found = DATELINE.match(block)
        if found:
            day, month, year = (int(part) for part in found.groups())
            year += 2000 if year < 100 else 0
            if 1 <= month <= 12 and 1 <= day <= 31:
                published = f"{year:04d}-{month:02d}-{day:02d}"
                break
    return Metadata(author=author, published=published)


def is_stray(block: str) -> bool:
    """A leftover word or two before the headline (a menu item, a category, a cut-off word)."""
    words = WORD.findall(block)
    return len(words) <= 2 and not block[:1].isupper()


def split_title(blocks: list[str]) -> tuple[str, list[str], list[str]]:
    """Find the headline: the first real block, when it reads as a headline and not as a paragraph."""
    stray: list[str] = []
    index = 0
    while index < len(blocks) and is_stray(blocks[index]):
        stray.append(blocks[index])
        index += 1
    rest = blocks[index:]
    if not rest:
        return "", [], stray
    first = rest[0]
    if looks_like_headline(first) and len(rest) > 1:
        return first.rstrip(".").strip(), rest[1:], stray
    return first_sentence(first), rest, stray


HEADLINE_WORDS = 45
TWO_SENTENCE_HEADLINE_WORDS = 25


def looks_like_headline(block: str) -> bool:
    """A headline: at most 45 words in one sentence, or a short two-sentence line that does not end like a
    paragraph (`Franken regrets resigning. "I made a mistake"`)."""
    words = WORD.findall(block)
    breaks = [at for at in sentence_breaks(block) if block[at - 1] not in "?!"]
    if not 0 < len(words) <= HEADLINE_WORDS:
        return False
    return not breaks or len(breaks) == 1 and len(words) <= TWO_SENTENCE_HEADLINE_WORDS \
        and not block.rstrip().endswith(".")


def sentence_breaks(text: str) -> list[int]:
    """Where one sentence ends and the next begins; "S.C.", "L.A.", "Mr." and initials end none."""
    return [m.start() for m in SENTENCE_BREAK.finditer(text) if not ABBREVIATION.search(text[:m.start()])]


def first_sentence(block: str, limit: int = 120) -> str:
    breaks = sentence_breaks(block)
    sentence = block[:breaks[0]] if breaks else block
    return sentence if len(sentence) <= limit else sentence[:limit].rsplit(" ", 1)[0] + "…"


def build_paragraphs(blocks: list[str]) -> tuple[tuple[Paragraph, ...], str]:
    paragraphs = []
    offset = 0
    for index, block in enumerate(blocks):
        paragraphs.append(Paragraph(index=index, start=offset, end=offset + len(block), text=block))
        offset += len(block) + 2
    return tuple(paragraphs), "\n\n".join(blocks)


def looks_like_html(raw: bytes) -> bool:
    head = raw[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in raw[:65536].lower()


def parse_html(raw: bytes, source: str = "", url: str | None = None) -> Article:
    """Ingest a saved web page: main text and metadata with trafilatura, then the plain-text rules."""
    from trafilatura import bare_extraction

    tree = parse_page(raw)
    if tree is None:
        raise DossierError(Diagnostic("error", "this HTML page cannot be parsed", source or url))
    tidied = tidy_page(tree)
    standfirst, tidied_text = standfirst_in_page(tidied), page_text(tidied)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        document = bare_extraction(tidied, url=url, with_metadata=True, include_comments=False,
                                   include_tables=False, include_images=False, deduplicate=False)
    if document is None or not (document.text or "").strip():
        raise DossierError(Diagnostic("error", "no article text found in this HTML page", source or url,
                                      hint="is it an article page? Save the article's text as .txt instead"))
    title = (document.title or "").strip()
    lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    blocks, removed = drop_furniture(lines)
    headline = headline_in_page(tidied)
    if headline and blocks and _same_text(blocks[0], headline):
        title, blocks = headline, blocks[1:]
    if title:
        blocks = [block for index, block in enumerate(blocks) if index > 2 or not _same_text(block, title)]
    if len(WORD.findall(" ".join(blocks))) < MIN_HTML_WORDS:
        raise DossierError(Diagnostic("error", "no article text found in this HTML page", source or url))
    if not title:
        title, blocks, _ = split_title(blocks)
    if standfirst and leads_the_body(standfirst, blocks, tidied_text):
        blocks = [standfirst, *blocks]
    paragraphs, text = build_paragraphs(blocks)
    outlet = next((name for name in (document.sitename, document.hostname)
                   if name and not DIGITS.search(name) and not _same_text(name, title)), None)
    author = clean_author(document.author, outlet) or clean_author(byline_in_page(tree), outlet)
    metadata = Metadata(author=author, published=document.date or None, outlet=outlet, url=document.url or url)
    language = html_language(raw) or detect_language(title + "\n" + text)
    return Article(title=title, text=text, paragraphs=paragraphs, language=language, metadata=metadata,
                   source=source or url or "", sha256=hashlib.sha256(raw).hexdigest(), encoding="html",
                   removed=tuple(removed))


def leads_the_body(standfirst: str, blocks: list[str], page: str) -> bool:
    """A standfirst the extraction left out, standing in the page before the body's first paragraph."""
    if not blocks or _words(standfirst) in _words(" ".join(blocks)):
        return False
    lead_at, body_at = page.find(standfirst), page.find(blocks[0][:60])
    return 0 <= lead_at < body_at


def _words(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def clean_author(author: str | None, outlet: str | None) -> str | None:
    """The byline without its "Par"/"By", its contact links ("Twitter", "Email", a mail address's remains),
    and none when the page names only its outlet."""
    if not author:
        return None
    author = re.sub(r"^(par|by)\s+", "", author.strip(), flags=re.IGNORECASE).replace(";", ",")
    names = [MAIL_REMAINS.sub("", CONTACT_WORDS.sub("", name)).strip() for name in author.split(",")]
    author = ", ".join(name for name in names if name)
    return None if not author or outlet and _same_text(author, outlet) else author


def _same_text(a: str, b: str) -> bool:
    return _words(a) == _words(b)
