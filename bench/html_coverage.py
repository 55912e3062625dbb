"""Word coverage of HTML ingest against the reference extractions in ../shared/corpus/html.

Usage: python bench/html_coverage.py [CORPUS_DIR]
For each page with a reference text: recall (share of the reference's words in our body) and
precision (share of our body's words in the reference); for the trafilatura pages, the "with"
snippets kept, the "without" ones dropped, and title/author/date against the reference.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

from dossier.ingest import read_article

ROOT = Path(__file__).resolve().parent.parent


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def overlap(reference: str, body: str) -> tuple[float, float]:
    ref, got = words(reference), words(body)
    common = sum((ref & got).values())
    return common / max(1, sum(ref.values())), common / max(1, sum(got.values()))


def strip_tags(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def references(corpus: Path) -> list[tuple[str, Path, str]]:
    dev = corpus.parent.parent / "eval" / "dev"
    rows = [("readability bbc-1", corpus / "readability_bbc-1_source.html",
             strip_tags((corpus / "readability_bbc-1_expected.html").read_text(encoding="utf-8")))]
    for page, txt in (("tdg.ch.chlorothalonil", "tdg-chlorothalonil.fr"),
                      ("ledevoir.com.trottinettes", "ledevoir-trottinettes.fr")):
        rows.append((page, corpus / f"trafilatura_{page}.html", read_article(dev / f"{txt}.txt").text))
    truth = json.loads((corpus / "scrapinghub_ground_truth_subset.json").read_text(encoding="utf-8"))
    for sha, item in truth.items():
        rows.append((f"scrapinghub {sha[:8]}", corpus / f"scrapinghub_{sha}.html", item["articleBody"]))
    return rows


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "html"
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    print(f"{'page':36} {'recall':>7} {'precision':>9}")
    for name, page, reference in references(corpus):
        article = read_article(page)
        recall, precision = overlap(reference, article.title + "\n" + article.text)
        print(f"{name:36} {recall:7.3f} {precision:9.3f}")
    evaldata = json.loads((corpus / "trafilatura_evaldata_subset.json").read_text(encoding="utf-8"))
    print(f"\n{'page':36} with  without  title author date")
    for item in evaldata.values():
        article = read_article(corpus / f"trafilatura_{item['file']}")
        body = article.title + "\n" + article.text
        kept = sum(s in body for s in item["with"])
        leaked = sum(s in body for s in item["without"])
        meta = article.metadata
        marks = [("ok" if got == want else "NO") for got, want in ((article.title, item["title"]),
                                                                   (meta.author or "", item["author"]),
                                                                   (meta.published or "", item["date"]))]
        print(f"{item['file']:36} {kept}/{len(item['with'])}   {leaked}/{len(item['without'])} leaked  "
              f"{marks[0]:5} {marks[1]:6} {marks[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
