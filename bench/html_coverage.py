"""Word coverage of HTML ingest against reference extractions, and per-page snippet/metadata checks.

Usage: python bench/html_coverage.py [CORPUS_DIR]
       python bench/html_coverage.py --evaldata FILE.json
Without --evaldata, on ../shared/corpus/html: for each page with a reference text, recall (share of the
reference's words in our body) and precision (share of our body's words in the reference); then, for the
trafilatura pages, the "with" snippets kept, the "without" ones dropped, and title/author/date against the
reference. With --evaldata, the same per-page table for the pages of a file in trafilatura's evaldata format
(URL -> {file, author, title, date, with, without, comments?}; files relative to the JSON file), with totals.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

from dossier.ingest import read_article
from dossier.model import DossierError

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


def expected_author(item: dict) -> str:
    author = item.get("author") or ""
    return ", ".join(author) if isinstance(author, list) else author.strip()


def check_page(item: dict, page: Path) -> dict:
    """Snippets kept and leaked, and whether title, author and date match the reference."""
    try:
        article = read_article(page)
    except DossierError as err:
        return {"error": err.diagnostics[0].message, "kept": 0, "leaked": 0, "marks": ["NO"] * 3, "language": "?"}
    body = article.title + "\n" + article.text
    unwanted = item["without"] + item.get("comments", [])
    meta = article.metadata
    pairs = ((article.title, (item.get("title") or "").strip()), (meta.author or "", expected_author(item)),
             (meta.published or "", item.get("date") or ""))
    return {"kept": sum(s in body for s in item["with"]), "leaked": sum(s in body for s in unwanted),
            "marks": ["ok" if got == want else "NO" for got, want in pairs], "language": article.language}


def snippet_table(evaldata: dict, resolve) -> list[dict]:
    print(f"\n{'page':44} lang with  without       title author date")
    rows = []
    for item in evaldata.values():
        row = check_page(item, resolve(item["file"]))
        unwanted = len(item["without"]) + len(item.get("comments", []))
        marks = row["marks"]
        print(f"{item['file'][:44]:44} {row['language']:4} {row['kept']}/{len(item['with'])}   "
              f"{row['leaked']}/{unwanted} leaked  {marks[0]:5} {marks[1]:6} {marks[2]}"
              + (f"  ({row['error']})" if "error" in row else ""))
        rows.append({**row, "with": len(item["with"]), "unwanted": unwanted})
    return rows


def print_totals(rows: list[dict]) -> None:
    def share(part: str, whole: str) -> str:
        got, total = sum(r[part] for r in rows), sum(r[whole] for r in rows)
        return f"{got}/{total} ({got / max(1, total):.0%})"

    right = [sum(r["marks"][i] == "ok" for r in rows) for i in range(3)]
    languages = Counter(r["language"] for r in rows)
    print(f"\n{len(rows)} pages ({', '.join(f'{n} {lang}' for lang, n in sorted(languages.items()))}): "
          f"with kept {share('kept', 'with')}, without leaked {share('leaked', 'unwanted')}, "
          f"titles {right[0]}/{len(rows)}, authors {right[1]}/{len(rows)}, dates {right[2]}/{len(rows)}")


def run_corpus(corpus: Path) -> int:
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    print(f"{'page':36} {'recall':>7} {'precision':>9}")
    for name, page, reference in references(corpus):
        article = read_article(page)
        recall, precision = overlap(reference, article.title + "\n" + article.text)
        print(f"{name:36} {recall:7.3f} {precision:9.3f}")
    evaldata = json.loads((corpus / "trafilatura_evaldata_subset.json").read_text(encoding="utf-8"))
    print_totals(snippet_table(evaldata, lambda name: corpus / f"trafilatura_{name}"))
    return 0


def run_evaldata(path: Path) -> int:
    if not path.is_file():
        print(f"no evaldata file at {path}", file=sys.stderr)
        return 2
    evaldata = json.loads(path.read_text(encoding="utf-8"))
    print_totals(snippet_table(evaldata, lambda name: path.parent / name))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "html")
    parser.add_argument("--evaldata", type=Path, help="a JSON file in trafilatura's evaldata format")
    args = parser.parse_args()
    return run_evaldata(args.evaldata) if args.evaldata else run_corpus(args.corpus)


if __name__ == "__main__":
    sys.exit(main())
