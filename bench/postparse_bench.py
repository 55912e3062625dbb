"""Speed of the extraction rules alone: `extract_parsed` on paragraphs spaCy has already parsed.

Usage: python bench/postparse_bench.py [ARTICLE ...] [--runs 15]
Without articles it uses ../shared/eval/dev when present, else the example article. The parse is done once,
outside the timing; each run times the rules on fresh copies of the parsed paragraphs (nothing cached on them
from an earlier run), and the script reports the minimum and the median. Run it on two checkouts (PYTHONPATH) to
compare the rules of one commit with another's: the parse, which dominates `bench/extract_bench.py`, is left out.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract_bench import default_articles  # noqa: E402  (bench/ is on the path when this script runs)

from dossier import nlp  # noqa: E402
from dossier.extract import _language, _with_paragraphs, parser_substitutes, parser_text  # noqa: E402
from dossier.extract.core import extract_parsed  # noqa: E402
from dossier.extract.lexicon import lexicon  # noqa: E402
from dossier.ingest import read_article  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    jobs = []
    for path in args.articles or default_articles():
        article = read_article(path)
        language = _language(article)
        article = _with_paragraphs(article, language)
        substitutes = parser_substitutes(lexicon(language))
        docs = list(nlp.load(language).pipe([parser_text(p.text, substitutes) for p in article.paragraphs]))
        jobs.append((article, [doc.to_bytes() for doc in docs], docs[0].vocab if docs else None, lexicon(language)))
    from spacy.tokens import Doc

    times = []
    for _ in range(args.runs):
        fresh = [(article, [Doc(vocab).from_bytes(raw) for raw in raws], lex) for article, raws, vocab, lex in jobs]
        start = time.perf_counter()
        for article, docs, lex in fresh:
            extract_parsed(article, docs, lex)
        times.append(time.perf_counter() - start)
    print(f"rules on {len(jobs)} parsed article(s): min {min(times):.3f} s, median {statistics.median(times):.3f} s "
          f"({args.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
