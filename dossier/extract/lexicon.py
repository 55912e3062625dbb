"""Per-language cue lexicons, read from the YAML data files in `lexicons/`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

LEXICON_DIR = Path(__file__).with_name("lexicons")


@dataclass(frozen=True, eq=False)
class Lexicon:
    language: str
    words: dict[str, frozenset[str]]

    def __getitem__(self, key: str) -> frozenset[str]:
        return self.words.get(key, frozenset())

    def has(self, key: str, word: str) -> bool:
        return word.lower() in self.words.get(key, frozenset())


@cache
def lexicon(language: str) -> Lexicon:
    """The lexicon for `language` ('fr', 'en'); English when the language has no file.

    Every word is read as a string (YAML's `on`, `no`, `yes` stay words, not booleans). Given names by gender
    (`first_names.yaml`, shared by all languages) come as `male_names` and `female_names`.
    """
    path = LEXICON_DIR / f"{language}.yaml"
    if not path.exists():
        path = LEXICON_DIR / "en.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}
    words = {key: frozenset(str(v).lower().replace("’", "'") for v in values or ()) for key, values in data.items()}
    names = yaml.load((LEXICON_DIR / "first_names.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}
    for gender in ("male", "female"):
        words[f"{gender}_names"] = frozenset(str(v).lower() for v in names.get(gender) or ())
    return Lexicon(language, words)
