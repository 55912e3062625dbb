"""Shared fixtures: the example article and, when it sits beside the repository, ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
EXAMPLE_ARTICLE = ROOT / "articles" / "tiktok-microsoft.fr.txt"
EXAMPLE_CLAIMS = ROOT / "claims.yaml"


def shared_path(*parts: str) -> Path:
    """A path inside ../shared, or skip the test when ../shared is not beside the repository."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared (the evaluation set) is not beside this clone")
    return path


@pytest.fixture(scope="session")
def example_article():
    from dossier.ingest import read_article

    return read_article(EXAMPLE_ARTICLE)


@pytest.fixture(scope="session")
def built_example(tmp_path_factory):
    """`dossier build claims.yaml --out TMP` run once for the session: (out folder, CliRunner result)."""
    from typer.testing import CliRunner

    from dossier.cli import app

    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(app, ["build", str(EXAMPLE_CLAIMS), "--out", str(out)], catch_exceptions=False)
    return out, result
