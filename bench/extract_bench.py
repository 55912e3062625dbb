"""Extraction speed: model load time, then articles/second of `extract_many` next to spaCy's own `nlp.pipe`.

Usage: python bench/extract_bench.py [ARTICLE ...] [--runs 5] [--copies 4]
Without articles it uses ../shared/eval/dev when present, else the example article. spaCy runs as shipped
(the model loaded afresh, without the sentence marks dossier adds before the parser). Each article list is
repeated `--copies` times so a run lasts long enough to time; the three contenders run in turn, so a
busy machine slows them alike; figures are medians of `--runs` runs, and the ratio is also given as the
median of per-run ratios, which a machine whose load drifts between runs disturbs less.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier import nlp  # noqa: E402
from dossier.extract import extract_many  # noqa: E402
from dossier.ingest import read_article  # noqa: E402


def default_articles() -> list[Path]:
    dev = ROOT.parent / "shared" / "eval" / "dev"
    found = sorted(dev.glob("*.txt")) if dev.is_dir() else []
    return found or [ROOT / "articles" / "tiktok-microsoft.fr.txt"]


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=4)
    args = parser.parse_args()

    articles = [read_article(path) for path in (args.articles or default_articles())] * args.copies
    languages = sorted({a.language for a in articles})
    for language in languages:
        seconds = timed(lambda language=language: nlp.load(language))
        print(f"model load {language}: {nlp.model_id(language)} {seconds:.2f} s")

    import spacy

    stock = {language: spacy.load(nlp.model_name(language)) for language in languages}  # without dossier's parts

    def spacy_articles() -> None:
        for language in languages:
            list(stock[language].pipe([a.text for a in articles if a.language == language]))

    def spacy_paragraphs() -> None:
        for language in languages:
            texts = [p.text for a in articles if a.language == language for p in a.paragraphs]
            list(stock[language].pipe(texts))

    extract_many(articles[:len(languages)])
    contenders = (("spaCy nlp.pipe, article texts", spacy_articles),
                  ("spaCy nlp.pipe, paragraphs", spacy_paragraphs),
                  ("dossier extract_many", lambda: extract_many(articles)))
    runs: dict[str, list[float]] = {label: [] for label, _ in contenders}
    for _ in range(args.runs):
        for label, function in contenders:
            runs[label].append(timed(function))
    rows = []
    for label, _ in contenders:
        median = statistics.median(runs[label])
        rows.append((label, len(articles) / median))
        print(f"{label:32} {len(articles) / median:7.1f} articles/s  (median of {args.runs} runs, "
              f"{len(articles)} articles, {median:.2f} s)")
    ratio = rows[2][1] / rows[0][1]
    print(f"extract_many / spaCy nlp.pipe (article texts): {ratio:.2f}x (target >= 0.80x)")
    paired = [spacy / ours for spacy, ours in zip(runs[contenders[0][0]], runs[contenders[2][0]], strict=True)]
    print(f"  median of the {args.runs} per-run ratios (each run times both back to back): "
          f"{statistics.median(paired):.2f}x, range {min(paired):.2f}–{max(paired):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
