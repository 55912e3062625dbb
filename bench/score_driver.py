"""Print the dossier.extract/1 JSON of each article given (one JSON line per article), for eval/score.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dossier.extract import extract_many, extraction_to_json
from dossier.ingest import read_article


def main(paths: list[str]) -> int:
    articles = [read_article(Path(p)) for p in paths]
    for extraction in extract_many(articles):
        print(json.dumps(extraction_to_json(extraction), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
