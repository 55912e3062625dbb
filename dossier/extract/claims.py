"""Check-worthiness: which facts a sentence holds (numbers, dates, money, offices…) and a score."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from dossier.extract.lexicon import Lexicon, lexicon

WEIGHTS = {"percent": 0.45, "money": 0.45, "quantity": 0.4, "number": 0.35, "date": 0.3, "ownership": 0.35,
           "office": 0.3, "rank": 0.35, "legal": 0.35, "casualty": 0.3, "comparison": 0.2, "causal": 0.2, "day": 0.15}
THRESHOLD = 0.3
YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
DIGITS = re.compile(r"\d")
DIGIT_PERCENT = re.compile(r"\d\s?%")
CURRENCY = re.compile(r"[$€£]\s?\d|\d\s?[$€£]")


@cache
def words_pattern(language: str, *keys: str) -> re.Pattern | None:
    words = sorted(set().union(*(lexicon(language)[key] for key in keys)), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w])")


def has_words(language: str, keys: str | tuple[str, ...], text: str) -> bool:
    """True when `text` holds a word or phrase of the lexicon lists `keys` (a compiled pattern per list, matched
    against the lower-cased text, as the lexicon's words are lower case)."""
    pattern = words_pattern(language, *((keys,) if isinstance(keys, str) else keys))
    return bool(pattern and pattern.search(lowered(text)))


@lru_cache(maxsize=256)
def lowered(text: str) -> str:
    return text.lower().replace("’", "'")


OFFICE_COMPLEMENT = re.compile(r"\s+(?:of|de|du|des|d'|au|aux|à|to|for|at|chez|in|on)\b")
NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]*\.\s+)?[A-ZÀ-Ý][\w'’-]*[a-zà-ÿ]")


def name_after(language: str, text: str, index: int) -> bool:
    """A capitalised name right after `index` (`spokesman Phil Larson`), not a day or a month (`spokesman Monday`)."""
    match = NAME_AFTER.match(text, index)
    if match is None:
        return False
    word = match.group().split()[-1].lower()
    return word not in lexicon(language)["weekdays"] | lexicon(language)["months"]


def holds_office(language: str, low: str, text: str | None = None) -> bool:
    """An office held by someone (`vice-président du think tank`, `served as ambassador`, `SpaceX spokesman Phil
    Larson`), not a bare title."""
    pattern = words_pattern(language, "office_words", "role_words")
    if pattern is None:
        return False
    triggers = lexicon(language)["office_triggers"]
    for match in pattern.finditer(low):
        if OFFICE_COMPLEMENT.match(low, match.end()) or text is not None and name_after(language, text, match.end()):
            return True
        before = re.findall(r"[\w'-]+|,", low[max(0, match.start() - 50):match.start()])[-4:]
        if "," in before or triggers.intersection(before):
            return True
    return False


AMBIGUOUS_MONTHS = {"may", "march"}  # also verbs: "there may be", "they march"
MONTH_CONTEXT = re.compile(r"(?:\b(?:in|on|since|until|by|last|next|early|late|mid|of|through|from|this)\s+|-)$",
                           re.IGNORECASE)


def has_month(language: str, text: str) -> bool:
    """A month named in `text`; `may`/`march` only capitalised and beside a date (`in May`, `May 3`)."""
    pattern = words_pattern(language, "months")
    if pattern is None:
        return False
    low = lowered(text)
    for match in pattern.finditer(low):
        word = text[match.start():match.end()] if len(low) == len(text) else match.group()
        if word.lower() not in AMBIGUOUS_MONTHS or language != "en":
            return True
        if word[0].isupper() and (re.match(r"\s+\d", text[match.end():]) or MONTH_CONTEXT.search(text[:match.start()])):
            return True
    return False


def reasons(text: str, lex: Lexicon) -> tuple[str, ...]:
    """The kinds of checkable fact in `text`, e.g. ("number", "date")."""
    low = text.lower().replace("’", "'")
    lang = lex.language
    found = []
    digits_wo_years = YEAR.sub("", low)
    has_number = bool(DIGITS.search(digits_wo_years)) or has_words(lang, "number_words", low)
    if DIGIT_PERCENT.search(low) or has_words(lang, "percent_words", low):
        found.append("percent")
    if CURRENCY.search(low) or (has_number and has_words(lang, "money_words", low)):
        found.append("money")
    if has_number and has_words(lang, "quantity_units", low):
        found.append("quantity")
    if has_number:
        found.append("number")
    if YEAR.search(low) or has_month(lang, text) or has_words(lang, "date_phrases", low):
        found.append("date")
    elif has_words(lang, ("weekdays", "day_words"), low):
        found.append("day")
    if has_words(lang, "ownership_words", low):
        found.append("ownership")
    if holds_office(lang, low, text.replace("’", "'")) or has_words(lang, "appointment_words", low):
        found.append("office")
    if has_words(lang, "rank_words", low):
        found.append("rank")
    if has_words(lang, "legal_words", low):
        found.append("legal")
    if has_words(lang, "casualty_words", low):
        found.append("casualty")
    if has_words(lang, "comparison_words", low):
        found.append("comparison")
    if has_words(lang, "causal_words", low):
        found.append("causal")
    return tuple(found)


def score(found: tuple[str, ...], text: str, lex: Lexicon) -> float:
    """0–1: how much an analyst would want to check it; questions and opinions score low."""
    if not found:
        return 0.0
    miss = 1.0
    for reason in found:
        miss *= 1.0 - WEIGHTS.get(reason, 0.1)
    value = 1.0 - miss
    stripped = text.rstrip(" »\"”'’")
    if stripped.endswith("?"):
        value *= 0.2
    if has_words(lex.language, "opinion_markers", text.lower().replace("’", "'")):
        value *= 0.6
    if len(text.split()) < 4:
        value *= 0.5
    return round(min(1.0, value), 2)


def assess(text: str, lex: Lexicon) -> tuple[bool, float, tuple[str, ...]]:
    """(checkworthy, score, reasons) for a statement's text."""
    found = reasons(text, lex)
    value = score(found, text, lex)
    return value >= THRESHOLD, value, found
