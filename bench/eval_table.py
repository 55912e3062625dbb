"""Extraction quality per evaluation set and language, with the shared scorer.

Usage: python bench/eval_table.py [SET ...]   (default: ../shared/eval/dev eval/tuning eval/heldout)
Runs ../shared/eval/score.py once per set and language (one model load each, `--batch-cmd`) and
prints quote and attribution F1, claim recall and titles beside the targets of issue #3.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEFAULT_SETS = (ROOT.parent / "shared" / "eval" / "dev", ROOT / "eval" / "tuning", ROOT / "eval" / "heldout")
TARGETS = {"fr": (0.88, 0.80), "en": (0.85, 0.75)}


def score(golds: list[Path]) -> dict:
    command = [sys.executable, str(SCORER), *map(str, golds), "--json", "--batch-cmd",
               f"{sys.executable} -m dossier extract {{articles}} --format jsonl --no-cache"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"score.py failed: {done.stderr.strip()[-300:]}")
    return json.loads(done.stdout)


def main(sets: list[str]) -> int:
    if not SCORER.exists():
        print(f"no scorer at {SCORER}", file=sys.stderr)
        return 2
    print(f"{'set':10} {'lang':4} {'articles':>8} {'quote F1':>9} {'attr F1':>8} {'claims':>7} {'titles':>7}  target")
    for folder in map(Path, sets or DEFAULT_SETS):
        for language in ("fr", "en"):
            golds = sorted(folder.glob(f"*.{language}.gold.yaml"))
            if not golds:
                continue
            result = score(golds)
            quote_target, attr_target = TARGETS[language]
            print(f"{folder.name:10} {language:4} {result['articles']:8d} {result['quote_f1']:9.3f} "
                  f"{result['attribution_f1']:8.3f} {result['claim_recall']:7.3f} "
                  f"{result['titles_ok']:>3}/{result['articles']:<3}  ≥{quote_target} / ≥{attr_target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
