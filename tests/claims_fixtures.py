"""Build the example's Extraction by hand (no spaCy) from the real article and real statements."""

from __future__ import annotations

from pathlib import Path

import yaml

from dossier import textmatch
from dossier.join import statement_id
from dossier.model import Article, Extraction, Metadata, Paragraph, Speaker, Statement

DATA = Path(__file__).parent / "data" / "claims"
CLAIMS = DATA / "tiktok-microsoft.claims.yaml"
ARTICLE_FILE = DATA / "tiktok-microsoft.fr.txt"


def article() -> Article:
    """The article body: the paragraphs between the headline and the comment form."""
    blocks = ARTICLE_FILE.read_text(encoding="utf-8").split("\n\n")
    title, body = blocks[1], blocks[2 : blocks.index("Comments")]
    text = "\n\n".join(body)
    paragraphs, start = [], 0
    for index, block in enumerate(body):
        paragraphs.append(Paragraph(index, start, start + len(block), block))
        start += len(block) + 2
    metadata = Metadata(published="2020-08-03", outlet="Dépêche d'agence")
    return Article(title, text, tuple(paragraphs), "fr", metadata, source=str(ARTICLE_FILE))


def statement(art: Article, kind: str, text: str, **fields) -> Statement:
    passage = textmatch.find_all(textmatch.fold(art.text), text)[0]
    content = art.text[passage.start : passage.end]
    paragraph = next(p.index for p in art.paragraphs if p.start <= passage.start < p.end)
    return Statement(statement_id(kind, content), kind, content, passage.start, passage.end, paragraph, **fields)


def extraction() -> Extraction:
    art = article()
    specs = yaml.safe_load((DATA / "tiktok-microsoft.statements.yaml").read_text(encoding="utf-8"))
    statements = [
        statement(art, spec["kind"], spec["text"], speaker=Speaker(**spec["speaker"]),
                  checkworthy=spec.get("checkworthy", False))
        for spec in specs
    ]
    return Extraction(art, tuple(sorted(statements, key=lambda s: s.start)), extractor="hand-made fixture")
