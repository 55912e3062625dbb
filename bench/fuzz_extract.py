"""Crash check: extract random, damaged fragments of the evaluation articles and report any exception.

Usage: python bench/fuzz_extract.py [--seed N] [--per-article N]

Each fragment is a random stretch of a tuning or dev article, cut mid-sentence, with about 30 % of its
quotation marks removed and, now and then, paragraphs run together: the shapes a careless copy-paste gives.
"""

from __future__ import annotations

import argparse
import random
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.extract import extract_many  # noqa: E402
from dossier.ingest import parse_text  # noqa: E402

QUOTE_MARKS = "«»\"“”"


def sources() -> list[Path]:
    dev = ROOT.parent / "shared" / "eval" / "dev"
    return sorted((ROOT / "eval" / "tuning").glob("*.txt")) + sorted(dev.glob("*.txt"))


def damaged(text: str, rng: random.Random) -> str:
    start = rng.randrange(len(text))
    fragment = text[start:min(len(text), start + rng.randrange(200, 3000))]
    fragment = "".join(c for c in fragment if not (c in QUOTE_MARKS and rng.random() < 0.3))
    if rng.random() < 0.3:
        fragment = fragment.replace("\n\n", " ", 3)
    return "Titre\n\n" + fragment.strip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-article", type=int, default=2)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    fragments = [damaged(path.read_text(encoding="utf-8"), rng) for path in sources()
                 for _ in range(args.per_article)]
    failures = 0
    for index, fragment in enumerate(fragments):
        try:
            extract_many([parse_text(fragment)])
        except Exception:  # noqa: BLE001 - every crash is what this script reports
            failures += 1
            print(f"fragment {index} failed:\n{traceback.format_exc(limit=-3)}")
    print(f"{len(fragments) - failures} fragments extracted, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
