"""Saved web pages: tidy the markup before trafilatura reads it, and read what it leaves out."""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from .nlp import SUPPORTED

ASIDE_CLASS = re.compile(
    r"^(related|relatedarticles?|related[-_].*|.*[-_]related|comments?|comment[-_](list|section|area|thread)s?|"
    r"commentaires?|forum|reactions?|outbrain|taboola|recommend(ed|ations?)?|more[-_]stories|read[-_]more|"
    r"lire[-_]aussi|a[-_]lire|sur[-_]le[-_]meme[-_]sujet|promo.*|.*[-_]promo|teaser.*|partners?|partner[-_].*|"
    r".*partnerbox|"
    r"breadcrumbs?|fil[-_]?d[-_]?ariane|ariane|.*[-_](comments?|commentaires?|reactions?)|"
    r"(.*[-_])?(caption|legende|photo[-_]?credits?)|(pic|photo|image|img)[-_]?(description|desc|legend|caption|credit)s?)$",
    re.IGNORECASE)
KICKER_CLASS = re.compile(
    r"^(.*[-_])?(keyword|kicker|surtitre|sur-titre|overline|eyebrow|rubrique|label|slug)$", re.IGNORECASE)
RELATED_HEADING = re.compile(
    r"((à|a) )?(lire|voir) (aussi|également)|sur le même sujet|dans la même rubrique|autres articles|"
    r"(articles?|contenus?) (en relation|liés|similaires|recommandés)|les plus (lus|partagés)|"
    r"related( stories| articles| coverage| content)?|read (more|also|next)|more (stories|news)|"
    r"you (may|might) also like|recommended( for you)?|most (read|popular|viewed)", re.IGNORECASE)
KICKER_BLOCKS = {"p", "div", "h2", "h3", "h4", "h5", "h6"}
BYLINE_CLASS = re.compile(r"author|byline|signature|contributor|auteur", re.IGNORECASE)
STANDFIRST_WORDS = {"chapo", "chapeau", "standfirst", "lede", "dek", "excerpt", "hat", "intro", "lead"}
MIN_STANDFIRST_WORDS = 8
INLINE_TAGS = {"a", "abbr", "b", "br", "cite", "code", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub",
               "sup", "time", "u", "font"}
KEPT_TAGS = {"html", "body", "main", "article"}
MIN_BARE_DIV_WORDS = 8
PICTURE_CLASS = re.compile(r"image|img|photo|picture|figure|media|enclosure|video", re.IGNORECASE)
MAX_CAPTION_WORDS = 60
SENTENCE_END = re.compile(r"[.!?…»”\")]\s*$")
VISIBLE_TEXT = ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]+(\s+[A-ZÀ-Ý][\w'’.-]+){1,3}")


def parse_page(raw: bytes) -> lxml_html.HtmlElement | None:
    """The page's tree, its encoding found as trafilatura finds it (declared charset, then detection)."""
    from trafilatura import load_html

    try:
        return load_html(raw)
    except (ValueError, TypeError, etree.ParserError):
        return None


def class_tokens(element: lxml_html.HtmlElement) -> list[str]:
    return (element.get("class") or "").split() + (element.get("id") or "").split()


def words_in(element: lxml_html.HtmlElement) -> int:
    """Words a reader sees in the element: the text of its scripts and styles does not count."""
    return sum(len(text.split()) for text in element.xpath(VISIBLE_TEXT))


def tidy_page(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The page without related-story, partner and comment boxes or breadcrumbs, kickers apart from their
    headline, a block quotation's signature kept as a line of its own, and text written straight into
    a <div> turned into a paragraph."""
    for node in list(tree.iter(etree.Comment, etree.ProcessingInstruction)):
        if node.getparent() is not None:
            node.drop_tree()
    page_words = max(1, words_in(tree))
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.tag in KEPT_TAGS or element.getparent() is None:
            continue
        tokens = class_tokens(element)
        if is_aside(element, tokens, page_words) or is_kicker(element, tokens) or is_picture(element, tokens) \
                or is_link_list(element, page_words) or is_headed_aside(element, page_words):
            element.drop_tree()
    for signature in tree.xpath("//blockquote//footer | //blockquote//cite"):
        signature.tag, signature.text = "p", "— " + (signature.text or "").lstrip()
    for div in list(tree.iter("div")):
        if all(not isinstance(child.tag, str) or child.tag in INLINE_TAGS for child in div):
            if reads_as_prose(div):
                div.tag = "p"
        else:
            wrap_loose_text(div)
    return tree


def is_headed_aside(element: lxml_html.HtmlElement, page_words: int) -> bool:
    """A box that opens with a heading such as "À lire aussi…" or "Related stories"."""
    if element.tag not in ("div", "section", "aside", "nav"):
        return False
    heading = next((child for child in element if isinstance(child.tag, str)), None)
    if heading is None or heading.tag not in ("h2", "h3", "h4", "h5", "strong", "p", "span"):
        return False
    label = page_text(heading).rstrip(" .:…")
    return bool(RELATED_HEADING.fullmatch(label)) and is_minor(element, page_words)


def is_link_list(element: lxml_html.HtmlElement, page_words: int) -> bool:
    """A list of three or more items, most of them links: related stories, a menu."""
    if element.tag not in ("ul", "ol"):
        return False
    items = element.findall("li")
    linked = sum(1 for item in items if link_share(item) >= 0.5)
    return len(items) >= 3 and linked >= 0.6 * len(items) and is_minor(element, page_words)


def link_share(element: lxml_html.HtmlElement) -> float:
    linked = sum(words_in(link) for link in element.iter("a"))
    return linked / max(1, words_in(element))


def wrap_loose_text(container: lxml_html.HtmlElement) -> None:
    """Prose standing loose in a container beside its blocks (before the first <p>, between two)
    becomes a paragraph of its own, as a reader sees it."""
    if container.text and is_prose_text(container.text):
        paragraph = lxml_html.Element("p")
        paragraph.text, container.text = container.text, None
        container.insert(0, paragraph)
    for child in list(container):
        if isinstance(child.tag, str) and child.tag not in INLINE_TAGS and child.tail and is_prose_text(child.tail):
            paragraph = lxml_html.Element("p")
            paragraph.text, child.tail = child.tail, None
            child.addnext(paragraph)


def is_prose_text(text: str) -> bool:
    return len(text.split()) >= MIN_BARE_DIV_WORDS and bool(SENTENCE_END.search(text))


def is_aside(element: lxml_html.HtmlElement, tokens: list[str], page_words: int) -> bool:
    return any(ASIDE_CLASS.match(token) for token in tokens) and is_minor(element, page_words)


def is_minor(element: lxml_html.HtmlElement, page_words: int) -> bool:
    """Less than half of what a reader sees on the page: never the article itself."""
    return words_in(element) < page_words / 2


def is_picture(element: lxml_html.HtmlElement, tokens: list[str]) -> bool:
    """A figure, or a box marked up as an image that holds one, with its caption and credit."""
    if element.tag == "figure":
        return words_in(element) <= MAX_CAPTION_WORDS
    if not any(PICTURE_CLASS.search(token) for token in tokens):
        return False
    holds_media = any(element.find(f".//{tag}") is not None for tag in ("img", "picture", "video", "iframe"))
    return holds_media and words_in(element) <= MAX_CAPTION_WORDS


def is_kicker(element: lxml_html.HtmlElement, tokens: list[str]) -> bool:
    """A section label set above or at the head of the text: a kicker, a slug, a rubric."""
    placed = element.tag in KICKER_BLOCKS or element.tag in INLINE_TAGS and starts_its_block(element)
    return placed and any(KICKER_CLASS.match(token) for token in tokens) and words_in(element) <= 4


def reads_as_prose(element: lxml_html.HtmlElement) -> bool:
    return is_prose_text(" ".join(element.xpath(VISIBLE_TEXT)))


def starts_its_block(element: lxml_html.HtmlElement) -> bool:
    parent = element.getparent()
    return parent is not None and not (parent.text or "").strip() and parent.index(element) == 0


def byline_in_page(tree: lxml_html.HtmlElement) -> str | None:
    """The first short element marked up as a byline (class author, byline, signature…) that reads as a name."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or not BYLINE_CLASS.search(element.get("class") or ""):
            continue
        text = page_text(element)
        name = re.sub(r"^(par|by)\s+", "", text, flags=re.IGNORECASE)
        if 0 < len(name) <= 60 and NAME.fullmatch(name):
            return name
    return None


def standfirst_in_page(tree: lxml_html.HtmlElement) -> str | None:
    """The article's standfirst (chapô, lede, dek): the first element so marked up that holds a few sentences."""
    for element in tree.iter():
        if isinstance(element.tag, str) and any(names_standfirst(token) for token in class_tokens(element)):
            text = page_text(element)
            if len(text.split()) >= MIN_STANDFIRST_WORDS:
                return text
    return None


def names_standfirst(token: str) -> bool:
    """A class or id whose last word names a standfirst: "chapo", "article-lede", "articleHat"."""
    last = re.split(r"[-_]|(?<=[a-z])(?=[A-Z])", token)[-1]
    return last.lower() in STANDFIRST_WORDS


def headline_in_page(tree: lxml_html.HtmlElement) -> str | None:
    """The page's visible headline: its first <h1>, when it reads as one."""
    heading = next(iter(tree.iter("h1")), None)
    text = page_text(heading) if heading is not None else ""
    return text if 0 < len(text.split()) <= 30 else None


def page_text(element: lxml_html.HtmlElement) -> str:
    """The element's text on one line, its runs of white space made single spaces."""
    return " ".join(element.text_content().split())


def html_language(raw: bytes) -> str | None:
    found = re.search(rb"<html[^>]*\blang\s*=\s*[\"']?([a-zA-Z]{2})", raw[:65536], re.IGNORECASE)
    language = found.group(1).decode().lower() if found else None
    return language if language in SUPPORTED else None
