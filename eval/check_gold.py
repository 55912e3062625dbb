"""Check gold files by themselves, never running the extractor: the format, every quoted text and claim found
verbatim in the article, speakers declared, the title is the first line, at least five required statements.

Usage: python eval/check_gold.py eval/heldout/NAME.LANG.gold.yaml ...
"""
import re
import sys
from pathlib import Path

import yaml

KINDS = {"direct", "partial", "indirect"}


def norm(text):
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text).strip()


def check(path):
    problems = []
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    article = path.parent / gold.get("article", "")
    if not article.is_file():
        return [f"article file {article} missing"]
    raw = article.read_text(encoding="utf-8")
    text = norm(raw)
    first = raw.split("\n", 1)[0].strip()
    if gold.get("language") not in ("fr", "en"):
        problems.append("language must be fr or en")
    if norm(gold.get("title", "")) != norm(first):
        problems.append(f"title {gold.get('title')!r} is not the first line {first!r}")
    speakers = gold.get("speakers") or {}
    for name, aliases in speakers.items():
        if not isinstance(aliases, list):
            problems.append(f"speaker {name}: aliases must be a list")
    required = 0
    for i, quote in enumerate(gold.get("quotes") or []):
        if quote.get("kind") not in KINDS:
            problems.append(f"quote {i}: kind {quote.get('kind')!r}")
        if quote.get("speaker") not in speakers and not (quote.get("speaker") is None and quote.get("optional")):
            problems.append(f"quote {i}: speaker {quote.get('speaker')!r} not a key of speakers")
        if norm(quote.get("text", "")) not in text:
            problems.append(f"quote {i}: text not found verbatim in the article: {quote.get('text', '')[:70]!r}")
        required += not quote.get("optional")
    if required < 5:
        problems.append(f"only {required} required quotes (need at least 5)")
    for claim in gold.get("claims") or []:
        if norm(claim) not in text:
            problems.append(f"claim not found verbatim: {claim[:70]!r}")
    if len(gold.get("claims") or []) < 5:
        problems.append("fewer than 5 claims")
    for item in gold.get("boilerplate") or []:
        if not isinstance(item, str):
            problems.append("boilerplate entries must be strings")
    print(f"{path.name}: {required} required quotes, {len(gold.get('claims') or [])} claims, "
          f"{'OK' if not problems else str(len(problems)) + ' problem(s)'}")
    return problems


if __name__ == "__main__":
    bad = 0
    for name in sys.argv[1:]:
        for problem in check(Path(name)):
            print("   ", problem)
            bad += 1
    sys.exit(1 if bad else 0)
