"""Per-language cue lexicons, read from the YAML data files in `lexicons/` and from the user's own.

A user extends them without touching the package: `DOSSIER_LEXICONS` names one or more folders
(separated like PATH) holding `fr.yaml`, `en.yaml` or `first_names.yaml` with the same keys; their
words are added to the built-in lists.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

LEXICON_DIR = Path(__file__).with_name("lexicons")


def longest_first(phrases: frozenset[str]) -> list[str]:
    """A lexicon's phrases, the longest first (`auprès de la` before `auprès de`), in the same order every run
    (a set's own order changes with the process's hash seed)."""
    return sorted(phrases, key=lambda phrase: (-len(phrase), phrase))


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
    (`first_names.yaml`, shared by all languages) come as `male_names` and `female_names`; `when_words` holds the
    weekdays, time words and months together, `role_nouns` the office and role words.
    """
    name = f"{language}.yaml" if (LEXICON_DIR / f"{language}.yaml").exists() else "en.yaml"
    data = merged(name)
    words = {key: frozenset(str(v).lower().replace("’", "'") for v in values) for key, values in data.items()}
    names = merged("first_names.yaml")
    for gender in ("male", "female"):
        words[f"{gender}_names"] = frozenset(str(v).lower() for v in names.get(gender, ()))
    words["when_words"] = words.get("weekdays", frozenset()) | words.get("time_words", frozenset()) \
        | words.get("months", frozenset())
    words["role_nouns"] = words.get("office_words", frozenset()) | words.get("role_words", frozenset())
    return Lexicon(language, words)


def user_lexicon_dirs() -> list[Path]:
    return [Path(folder) for folder in os.environ.get("DOSSIER_LEXICONS", "").split(os.pathsep) if folder]


def lexicon_files(name: str) -> list[Path]:
    """The built-in file `name`, then the user's files of that name, in the order of DOSSIER_LEXICONS."""
    return [LEXICON_DIR / name, *(folder / name for folder in user_lexicon_dirs() if (folder / name).is_file())]


def merged(name: str) -> dict[str, list[str]]:
    """Every key of every file called `name`, its lists joined."""
    data: dict[str, list[str]] = {}
    for path in lexicon_files(name):
        loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}
        if not isinstance(loaded, dict):
            raise ValueError(f"{path}: a lexicon file maps keys to lists of words")
        for key, values in loaded.items():
            data.setdefault(key, []).extend([values] if isinstance(values, str) else values or ())
    return data
