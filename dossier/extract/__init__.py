"""Extraction: quotes (direct, partial, indirect), their speakers, and check-worthy claims of an Article.

Rules run on spaCy's parse of each paragraph; the words they look for (speech verbs, source markers such as
"selon"/"according to", media, titles, office and number words…) are data in `lexicons/fr.yaml` and
`lexicons/en.yaml`: add a lemma there to teach the extractor a new cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, replace
from typing import TYPE_CHECKING

from dossier.model import Article, Extraction, Paragraph, Statement

if TYPE_CHECKING:
    from dossier.extract.lexicon import Lexicon

EXTRACTOR_VERSION = "2.8"
SCHEMA = "dossier.extract/1"

__all__ = ["EXTRACTOR_VERSION", "SCHEMA", "extract", "extract_many", "extraction_to_json"]


def _language(article: Article) -> str:
    from dossier import nlp

    if article.language in nlp.SUPPORTED:
        return article.language
    return nlp.detect_language(article.text)


def extract(article: Article) -> Extraction:
    """Quotes and claims of one article (the language model is loaded once per process)."""
    return extract_many([article])[0]


def extract_many(articles: Sequence[Article]) -> list[Extraction]:
    """Extract several articles, one `nlp.pipe` pass per language, results in the order given."""
    from dossier import nlp
    from dossier.extract.core import extract_parsed
    from dossier.extract.lexicon import lexicon

    results: list[Extraction | None] = [None] * len(articles)
    by_language: dict[str, list[int]] = {}
    for index, article in enumerate(articles):
        by_language.setdefault(_language(article), []).append(index)
    for language, indexes in by_language.items():
        pipeline = nlp.load(language)
        model = nlp.model_id(language)
        lex = lexicon(language)
        substitutes = parser_substitutes(lex)
        texts = [parser_text(p.text, substitutes) for i in indexes for p in _paragraphs(articles[i])]
        docs = iter(pipeline.pipe(texts))
        for i in indexes:
            article = _with_paragraphs(articles[i], language)
            article_docs = [next(docs) for _ in article.paragraphs]
            for doc, paragraph in zip(article_docs, article.paragraphs, strict=True):
                doc.user_data["dossier.written"] = paragraph.text
            statements = extract_parsed(article, article_docs, lex)
            results[i] = Extraction(article, statements, extractor=EXTRACTOR_VERSION, model=model)
    return [r for r in results if r is not None]


NARROW_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " "})


def parser_text(text: str, substitutes: tuple[tuple[str, str], ...] = ()) -> str:
    """The paragraph as the parser reads it: no-break and thin spaces become plain ones (spaCy makes each a token
    of its own, which breaks the parse of `a\u00a0estimé\u00a0le professeur`), and verb forms the tagger takes
    for other words become a synonym of the same length (`dément`, read as an adjective, becomes `réfute`).
    Same length, so offsets hold; `shown_text` gives back the words as written."""
    text = text.translate(NARROW_SPACES)
    for form, synonym in substitutes:
        text = re.sub(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])", synonym, text)
    return text


def parser_substitutes(lex: Lexicon) -> tuple[tuple[str, str], ...]:
    """The lexicon's `parser_substitutes` (`dément => réfute`) as pairs of forms of equal length."""
    pairs = []
    for entry in lex["parser_substitutes"]:
        form, _, synonym = (part.strip() for part in entry.partition("=>"))
        if len(form) == len(synonym):
            pairs.append((form, synonym))
    return tuple(pairs)


def _paragraphs(article: Article) -> tuple[Paragraph, ...]:
    """The article's paragraphs, or paragraphs cut at blank lines when the Article came without them."""
    if article.paragraphs or not article.text.strip():
        return article.paragraphs
    found, index = [], 0
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", article.text):
        if match.group().strip():
            found.append(Paragraph(index, match.start(), match.end(), match.group()))
            index += 1
    return tuple(found)


def _with_paragraphs(article: Article, language: str) -> Article:
    """The article as extracted: with paragraphs, and with the language of the model used when it had none."""
    if not article.paragraphs:
        article = replace(article, paragraphs=_paragraphs(article))
    if article.language not in ("fr", "en") and not article.language:
        article = replace(article, language=language)
    return article


def statement_to_json(statement: Statement) -> dict:
    speaker = asdict(statement.speaker) if statement.speaker is not None else None
    return {
        "id": statement.id, "kind": statement.kind, "text": statement.text,
        "start": statement.start, "end": statement.end, "paragraph": statement.paragraph,
        "speaker": speaker, "cue": statement.cue, "medium": statement.medium, "when": statement.when,
        "checkworthy": statement.checkworthy, "score": statement.score, "reasons": list(statement.reasons),
    }


def extraction_to_json(extraction: Extraction) -> dict:
    """The `dossier.extract/1` object of DESIGN.md."""
    article = extraction.article
    meta = article.metadata
    return {
        "schema": SCHEMA,
        "title": article.title,
        "language": article.language,
        "metadata": {"author": meta.author, "published": meta.published, "outlet": meta.outlet, "url": meta.url},
        "text": article.text,
        "statements": [statement_to_json(s) for s in extraction.statements],
    }
