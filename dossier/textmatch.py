"""Find an analyst's fragment in the article text, whatever its typography.

Both sides are folded the same way (NFKC, case-folded, apostrophes unified,
quotation marks dropped, every run of spaces one space); a folded string
keeps, for each of its characters, where it came from in the original, so a
hit maps back to `text[start:end]`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

APOSTROPHES = frozenset("'’‘ʼ`´′")
QUOTATION_MARKS = frozenset('«»“”"„‟‹›')
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
HYPHENS = frozenset("\u2010\u2011")


@dataclass(frozen=True)
class Folded:
    """A folded text and, per folded character, the span of the original it comes from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


@dataclass(frozen=True)
class Passage:
    """A span of the original text and how well it matches (100 = exactly)."""

    start: int
    end: int
    score: float = 100.0


def _clusters(text: str):
    """(start, end) of each base character with the combining marks that follow it."""
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not unicodedata.combining(text[index]):
            yield start, index
            start = index


def _fold_piece(piece: str) -> str:
    if piece in APOSTROPHES:
        return "'"
    if piece in QUOTATION_MARKS or piece in INVISIBLE:
        return ""
    if piece in HYPHENS:
        return "-"
    if piece.isspace():
        return " "
    return unicodedata.normalize("NFKC", piece).casefold()


def fold(text: str) -> Folded:
    """Fold `text` for matching, remembering where each folded character came from."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in _clusters(text):
        for char in _fold_piece(text[start:end]):
            if char.isspace():
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            starts.append(start)
            ends.append(end)
    while chars and chars[-1] == " ":
        chars.pop()
        starts.pop()
        ends.pop()
    return Folded("".join(chars), tuple(starts), tuple(ends))


def normalise(text: str) -> str:
    """The folded form of `text`, for comparing two fragments."""
    return fold(text).text


def find_all(haystack: Folded, fragment: str) -> list[Passage]:
    """Every place (overlaps included) where `fragment` occurs in the folded text, as original spans."""
    needle = normalise(fragment)
    if not needle:
        return []
    found: list[Passage] = []
    position = haystack.text.find(needle)
    while position >= 0:
        found.append(Passage(*haystack.original_span(position, position + len(needle))))
        position = haystack.text.find(needle, position + 1)
    return found


def _snap_to_words(text: str, start: int, end: int, needle: str) -> tuple[int, int]:
    """Widen a span to whole words; trim edge spaces and punctuation the needle does not have."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and (text[start] == " " or (needle[0].isalnum() and not text[start].isalnum())):
        start += 1
    while end > start and (text[end - 1] == " " or (needle[-1].isalnum() and not text[end - 1].isalnum())):
        end -= 1
    return start, end


def closest(haystack: Folded, fragment: str) -> Passage | None:
    """The passage most like `fragment` (rapidfuzz partial ratio on folded text), whole words only."""
    needle = normalise(fragment)
    if not needle or not haystack.text:
        return None
    alignment = fuzz.partial_ratio_alignment(needle, haystack.text)
    if alignment is None:
        return None
    start, end = _snap_to_words(haystack.text, alignment.dest_start, alignment.dest_end, needle)
    if start >= end:
        return None
    score = fuzz.ratio(needle, haystack.text[start:end])
    return Passage(*haystack.original_span(start, end), score=round(max(score, alignment.score), 1))
