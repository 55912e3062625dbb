"""Join the analyst's reviews with the extracted statements: Statements + Reviews → Dossier."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from . import ratings, textmatch
from .extract.ids import statement_id
from .model import (
    Article,
    ClaimsFile,
    Diagnostic,
    Dossier,
    Entry,
    Extraction,
    MatchMethod,
    Review,
    Speaker,
    Statement,
)
from .textmatch import Folded, Passage

FUZZY_THRESHOLD = 88.0
FUZZY_MIN_LENGTH = 20
MOSTLY = 0.6
NARROWER = 0.8
CONTEXT_CHARS = 40


@dataclass(frozen=True)
class Located:
    """Where a review's statement lies, or why it could not be found."""

    passage: Passage | None
    method: MatchMethod
    diagnostics: tuple[Diagnostic, ...] = ()


def _diagnostic(claims: ClaimsFile, review: Review, severity, message: str, hint: str | None, code: str) -> Diagnostic:
    return Diagnostic(severity, message, claims.path, review.line, review.column, hint, code)


def _excerpt(text: str, start: int, end: int, limit: int = 160) -> str:
    passage = " ".join(text[start:end].split())
    return passage if len(passage) <= limit else passage[: limit - 1] + "…"


def paragraph_number(article: Article, offset: int) -> int:
    """1-based position of the paragraph holding `offset` (0 when outside every paragraph)."""
    for number, paragraph in enumerate(article.paragraphs, start=1):
        if paragraph.start <= offset < paragraph.end:
            return number
    return 0


def _place(article: Article, passage: Passage) -> str:
    before = " ".join(article.text[max(0, passage.start - CONTEXT_CHARS): passage.start].split())
    after = " ".join(article.text[passage.end: passage.end + CONTEXT_CHARS].split())
    where = f"paragraph {paragraph_number(article, passage.start)}"
    return f'{where}: "…{before} [{_excerpt(article.text, passage.start, passage.end, 60)}] {after}…"'


def locate_match(article: Article, folded: Folded, review: Review, claims: ClaimsFile) -> Located:
    """Find a review's `match` in the article: exactly (normalised), else fuzzily."""
    fragment = review.match or ""
    found = textmatch.find_all(folded, fragment)
    if len(found) == 1 and review.occurrence in (None, 1):
        return Located(found[0], "match")
    if len(found) > 1 and review.occurrence is None:
        places = "; ".join(f"{n}) {_place(article, p)}" for n, p in enumerate(found[:5], start=1))
        more = f"; and {len(found) - 5} more" if len(found) > 5 else ""
        hint = f"add `occurrence: N` to pick one: {places}{more}"
        message = f"match found {len(found)} times in the article"
        return Located(None, "match", (_diagnostic(claims, review, "error", message, hint, "match-ambiguous"),))
    if found:
        if review.occurrence is not None and review.occurrence <= len(found):
            return Located(found[review.occurrence - 1], "match")
        message = f"occurrence: {review.occurrence}, but the match is found only {len(found)} time(s)"
        hint = f"use a number from 1 to {len(found)}"
        return Located(None, "match", (_diagnostic(claims, review, "error", message, hint, "occurrence-out-of-range"),))
    return _locate_fuzzy(article, folded, review, claims)


def _figures(text: str) -> list[str]:
    """The numbers of a passage: a fuzzy match may forgive typos (or "un" for "1"), never a different figure."""
    return re.findall(r"\d+", text)


def _locate_fuzzy(article: Article, folded: Folded, review: Review, claims: ClaimsFile) -> Located:
    fragment = review.match or ""
    passage = textmatch.closest(folded, fragment)
    long_enough = len(textmatch.normalise(fragment)) >= FUZZY_MIN_LENGTH
    written = _figures(fragment)
    same_figures = passage is not None and (not written or written == _figures(article.text[passage.start:passage.end]))
    if passage and long_enough and same_figures and passage.score >= FUZZY_THRESHOLD:
        shown = _excerpt(article.text, passage.start, passage.end)
        message = f'match found only approximately ({passage.score:.0f}% similar): "{shown}"'
        hint = "copy the passage exactly from the article to silence this warning"
        return Located(passage, "fuzzy", (_diagnostic(claims, review, "warning", message, hint, "fuzzy-match"),))
    message = f'match not found in the article: "{_excerpt(fragment, 0, len(fragment), 80)}"'
    if passage:
        shown = _excerpt(article.text, passage.start, passage.end)
        hint = f'did you mean "{shown}" ({passage.score:.0f}% similar, {_place_short(article, passage)})?'
    else:
        hint = "copy a fragment of the article's text"
    return Located(None, "match", (_diagnostic(claims, review, "error", message, hint, "match-not-found"),))


def _place_short(article: Article, passage: Passage) -> str:
    return f"paragraph {paragraph_number(article, passage.start)}"


def _overlap(passage: Passage, statement: Statement) -> int:
    return max(0, min(passage.end, statement.end) - max(passage.start, statement.start))


def statement_at(passage: Passage, statements: list[Statement]) -> Statement | None:
    """The tightest statement holding the passage, else the one it mostly overlaps."""
    holding = [s for s in statements if s.start <= passage.start and passage.end <= s.end]
    if holding:
        return min(holding, key=lambda s: (s.end - s.start, s.start))
    length = max(1, passage.end - passage.start)
    scored = [(_overlap(passage, s) / max(length, s.end - s.start), s) for s in statements]
    best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return best[1] if best[0] >= MOSTLY else None


def _narrower(passage: Passage, statement: Statement) -> bool:
    """The analyst picked out part of a longer claim of the journalist's: that part is the claim reviewed."""
    inside = statement.start <= passage.start and passage.end <= statement.end
    return inside and (passage.end - passage.start) < NARROWER * (statement.end - statement.start)


def _paragraph_index(article: Article, offset: int) -> int:
    number = paragraph_number(article, offset)
    return article.paragraphs[number - 1].index if number else 0


def anchored_statement(article: Article, passage: Passage, speaker: Speaker | None) -> Statement:
    """A claim the analyst found where extraction found none: the analyst is the authority."""
    text = article.text[passage.start: passage.end]
    return Statement(
        id=statement_id("claim", text),
        kind="claim",
        text=text,
        start=passage.start,
        end=passage.end,
        paragraph=_paragraph_index(article, passage.start),
        speaker=speaker,
        checkworthy=True,
        score=1.0,
        reasons=("analyst",),
    )


def _fold_name(name: str) -> str:
    return ratings.slug(name).replace("-", " ")


def names_agree(first: str, second: str) -> bool:
    """True when one name is the other or a part of it ("Pappas", "Vanessa Pappas")."""
    a, b = f" {_fold_name(first)} ", f" {_fold_name(second)} "
    return bool(a.strip() and b.strip()) and (a in b or b in a)


def with_speaker(statement: Statement, name: str | None) -> Statement:
    """The statement with the analyst's speaker name; the extracted role stays when the names agree."""
    if not name or not name.strip():
        return statement
    name = name.strip()
    current = statement.speaker
    if current and names_agree(current.name, name):
        return replace(statement, speaker=replace(current, name=name))
    return replace(statement, speaker=Speaker(name=name))


@dataclass
class _Join:
    extraction: Extraction
    claims: ClaimsFile

    def __post_init__(self) -> None:
        self.article = self.extraction.article
        self.folded = textmatch.fold(self.article.text)
        self.statements = list(self.extraction.statements)
        self.by_id = {s.id: s for s in self.statements}
        self.extracted_ids = set(self.by_id)
        self.taken: dict[str, Review] = {}
        self.narrowed: set[str] = set()
        self.diagnostics: list[Diagnostic] = []

    def diagnose(self, review: Review, severity, message: str, hint: str | None, code: str) -> None:
        self.diagnostics.append(_diagnostic(self.claims, review, severity, message, hint, code))

    def find(self, review: Review) -> tuple[Statement | None, MatchMethod, float]:
        if review.id:
            statement = self.by_id.get(review.id)
            if statement:
                return statement, "id", 100.0
            if not review.match:
                self.diagnose(review, "error", f"no statement has id '{review.id}'",
                              "ids come from `dossier extract ARTICLE` or `dossier init`; "
                              "or find the statement with `match:` and a fragment of its text", "id-not-found")
                return None, "id", 0.0
            self.diagnose(review, "warning", f"no statement has id '{review.id}'; found by its match instead",
                          "the statement's text changed since the id was written: update or remove the id",
                          "stale-id")
        located = locate_match(self.article, self.folded, review, self.claims)
        self.diagnostics.extend(located.diagnostics)
        if located.passage is None:
            return None, located.method, 0.0
        return self.statement_for(review, located.passage), located.method, located.passage.score

    def statement_for(self, review: Review, passage: Passage) -> Statement:
        statement = statement_at(passage, self.statements)
        if statement is None:
            return self.anchor(passage, None)
        if statement.kind == "claim" and _narrower(passage, statement):
            self.narrowed.add(statement.id)
            return self.anchor(passage, None)
        if statement.id not in self.taken:
            return statement
        if (statement.start, statement.end) == (passage.start, passage.end):
            first = self.taken[statement.id]
            self.diagnose(review, "warning", "this passage is already reviewed by another entry",
                          f"see the entry at line {first.line}; merge the two entries", "reviewed-twice")
            return statement
        return self.anchor(passage, statement.speaker)

    def anchor(self, passage: Passage, speaker: Speaker | None) -> Statement:
        statement = anchored_statement(self.article, passage, speaker)
        existing = self.by_id.get(statement.id)
        if existing and (existing.start, existing.end) == (statement.start, statement.end):
            return existing
        if existing:
            statement = replace(statement, id=self.unused_id(statement.id))
        self.statements.append(statement)
        self.by_id[statement.id] = statement
        return statement

    def unused_id(self, base: str) -> str:
        number = 2
        while f"{base}-{number}" in self.by_id:
            number += 1
        return f"{base}-{number}"

    def entry(self, review: Review) -> Entry | None:
        statement, method, score = self.find(review)
        if statement is None:
            return None
        if statement.id not in self.extracted_ids:
            method = "anchored"
        updated = with_speaker(statement, review.speaker)
        if updated is not statement:
            self.replace(statement, updated)
        self.taken.setdefault(updated.id, review)
        return Entry(statement=updated, review=review, method=method, match_score=score)

    def replace(self, old: Statement, new: Statement) -> None:
        self.statements = [new if s is old else s for s in self.statements]
        self.by_id[new.id] = new


def _pending_order(statement: Statement) -> tuple[bool, int, int]:
    return (not statement.checkworthy, statement.start, statement.end)


def stats(entries: list[Entry], pending: list[Statement], statements: list[Statement], claims: ClaimsFile) -> dict:
    """Counts per verdict id, plus "pending" (not reviewed), "statements" and "reviewed"."""
    counts = Counter(entry.review.verdict for entry in entries)
    result = {verdict.id: counts.get(verdict.id, 0) for verdict in claims.scale.verdicts}
    result[ratings.PENDING_ID] = counts.get(ratings.PENDING_ID, 0) + len(pending)
    result["statements"] = len(statements)
    result["reviewed"] = sum(1 for entry in entries if ratings.is_reviewed(entry.review.verdict))
    return result


def join(extraction: Extraction, claims: ClaimsFile, name: str) -> Dossier:
    """Each review finds its statement (by id, by normalised match, then fuzzily); the rest is pending."""
    state = _Join(extraction, claims)
    found = [(review, state.entry(review)) for review in claims.reviews]
    entries = [entry for _, entry in found if entry is not None]
    covered = {entry.statement.id for entry in entries} | state.narrowed
    pending = sorted((s for s in extraction.statements if s.id not in covered), key=_pending_order)
    statements = sorted(state.statements, key=lambda s: (s.start, s.end))
    return Dossier(
        name=name,
        article=extraction.article,
        claims=claims,
        entries=tuple(entries),
        pending=tuple(pending),
        statements=tuple(statements),
        diagnostics=tuple(sorted(state.diagnostics, key=lambda d: (d.line or 0, d.column or 0))),
        stats=stats(entries, pending, statements, claims),
    )


def covered_statement_ids(extraction: Extraction, reviews: list[Review]) -> set[str]:
    """Ids of the extracted statements these reviews find (by id or by match), problems ignored."""
    claims = ClaimsFile(path="", article="", reviews=tuple(reviews), scale=ratings.DEFAULT_SCALE)
    state = _Join(extraction, claims)
    ids = set()
    for review in reviews:
        statement, _, _ = state.find(review)
        if statement is not None:
            ids.add(statement.id)
            state.taken.setdefault(statement.id, review)
    return ids | state.narrowed
