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
