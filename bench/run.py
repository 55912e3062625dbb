"""Benchmark the everyday paths of dossier, each next to its floor measured in the same run.

Usage: python bench/run.py [--runs N]

  cold build      `dossier build` of the example, no cache       floor: WeasyPrint alone on the same HTML
  rebuild         `dossier build` after editing the claims file  floor: WeasyPrint alone on the same HTML
  --help          `dossier --help`                               floor: python -c "import typer"
  batch extract   extract_many on 20 articles, after load        floor: spaCy's nlp.pipe on the same texts
  batch build     `dossier build DIR/` of 20 dossiers

Reports medians of N runs (default 5) and the ratio to the floor.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DOSSIER = str(BIN / "dossier")
PY = sys.executable


def timed(argv: list[str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_of(runs: int, action) -> float:
    return statistics.median(action() for _ in range(runs))


def taking_turns(runs: int, ours, floor) -> tuple[float, float]:
    """Medians of both, run in turn, so a busy moment of the machine slows both alike."""
    pairs = [(ours(), floor()) for _ in range(runs)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def row(label: str, value: float, floor_label: str, floor: float, unit: str = "s") -> None:
    print(f"{label:34} {value:8.3f} {unit}   {floor_label:34} {floor:8.3f} {unit}   ratio {value / floor:5.2f}")


def weasyprint_alone(html: Path, pdf: Path) -> list[str]:
    """WeasyPrint alone, in a fresh process, on the very HTML dossier hands it for the PDF."""
    from dossier.render import builtin_templates_dir

    code = ("import weasyprint, sys; from weasyprint.text.fonts import FontConfiguration; "
            "f = FontConfiguration(); weasyprint.HTML(filename=sys.argv[1], base_url=sys.argv[3])"
            ".write_pdf(sys.argv[2], font_config=f)")
    return [PY, "-c", code, str(html), str(pdf), builtin_templates_dir().as_uri() + "/"]


def pdf_medium_html(claims: Path, out: Path, target: Path) -> Path:
    """Write the HTML that `dossier build` lays out for the example's PDF."""
    from dossier.pipeline import prepare, stamped
    from dossier.render import pdf_html

    (outcome,) = prepare([claims], out / ".cache")
    target.write_text(pdf_html(stamped(outcome.dossier)), encoding="utf-8")
    return target


def dev_articles() -> list[Path]:
    dev = ROOT.parent / "shared" / "eval" / "dev"
    found = sorted(dev.glob("*.txt")) if dev.is_dir() else []
    return found or [ROOT / "articles" / "tiktok-microsoft.fr.txt"]


def batch_folder(work: Path, count: int) -> Path:
    """`count` claims files over copies of the dev articles, each copy made distinct so nothing is cached."""
    folder = work / "batch"
    folder.mkdir()
    sources = dev_articles()
    for index in range(count):
        source = sources[index % len(sources)]
        article = folder / f"a{index:02d}-{source.name}"
        article.write_text(source.read_text(encoding="utf-8") + f"\n\n(copie {index})\n", encoding="utf-8")
        (folder / f"d{index:02d}.claims.yaml").write_text(
            f"article: {article.name}\nreview:\n  organization: Bench desk\n  language: en\nclaims: []\n",
            encoding="utf-8")
    return folder


def extraction_throughput(count: int, runs: int) -> tuple[float, float, float]:
    """Articles per second of extract_many and of spaCy's nlp.pipe on the same texts, and the load time."""
    from dossier.extract import extract_many
    from dossier.ingest import read_article
    from dossier.nlp import load

    articles = [read_article(p) for p in dev_articles()]
    articles = [articles[i % len(articles)] for i in range(count)]
    start = time.perf_counter()
    for language in {a.language for a in articles}:
        load(language)
    load_seconds = time.perf_counter() - start

    def ours() -> float:
        start = time.perf_counter()
        extract_many(articles)
        return time.perf_counter() - start

    import spacy

    from dossier.nlp import model_name

    stock = {language: spacy.load(model_name(language)) for language in {a.language for a in articles}}

    def spacy_alone() -> float:  # spaCy as shipped, without the sentence marks dossier adds before the parser
        start = time.perf_counter()
        for language in sorted(stock):
            list(stock[language].pipe([a.text for a in articles if a.language == language]))
        return time.perf_counter() - start

    ours_s, spacy_s = median_of(runs, ours), median_of(runs, spacy_alone)
    return count / ours_s, count / spacy_s, load_seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=20)
    args = parser.parse_args()
    runs = args.runs
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "articles", work / "articles")
        claims = work / "claims.yaml"
        shutil.copy(ROOT / "claims.yaml", claims)
        out = work / "out"
        build = [DOSSIER, "build", str(claims), "--out", str(out)]
        print(f"medians of {runs} runs\n")

        cold = median_of(runs, lambda: timed([*build, "--no-cache"]))
        html = pdf_medium_html(claims, out, work / "pdf-medium.html")
        floor_pdf = median_of(runs, lambda: timed(weasyprint_alone(html, work / "alone.pdf")))
        row("cold build (no cache)", cold, "WeasyPrint alone, same HTML", floor_pdf)

        original = claims.read_text(encoding="utf-8")

        def rebuild() -> float:
            claims.write_text(original + f"\n# edited {time.perf_counter()}\n", encoding="utf-8")
            return timed(build)

        rebuilt, alone = taking_turns(runs, rebuild, lambda: timed(weasyprint_alone(html, work / "alone.pdf")))
        row("rebuild after a claims edit", rebuilt, "WeasyPrint alone, same HTML", alone)
        helped, typer_alone = taking_turns(runs, lambda: timed([DOSSIER, "--help"]),
                                           lambda: timed([PY, "-c", "import typer"]))
        row("dossier --help", helped, "python -c 'import typer'", typer_alone)

        ours, spacy_rate, load_seconds = extraction_throughput(args.batch, runs)
        print(f"{'model load (once per process)':34} {load_seconds:8.3f} s")
        print(f"{'batch extraction, articles/s':34} {ours:8.2f}     {'spaCy nlp.pipe alone, articles/s':34} "
              f"{spacy_rate:8.2f}     ratio {ours / spacy_rate:5.2f}")

        folder = batch_folder(work, args.batch)
        seconds = median_of(min(runs, 3), lambda: timed([DOSSIER, "build", str(folder), "--out",
                                                           str(work / "batch-out"), "--no-cache"]))
        print(f"{f'batch build of {args.batch} dossiers':34} {seconds:8.3f} s   ({seconds / args.batch:.3f} s each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
