"""Find quoted passages in a paragraph from its quotation marks alone (no parse needed)."""

from __future__ import annotations

import re
from dataclasses import dataclass

SPACES = " \t\n\u00a0\u202f\u2009\u2007"
CLOSING_PUNCT = ",.;:!?)…"
PAIRS = {"«": "»", "“": "”", '"': '"', "‘": "’", "'": "'", "„": "“"}
DOUBLE_OPENERS = "«“„\""
SINGLE_OPENERS = "‘'"


@dataclass(frozen=True)
class QuoteSpan:
    """A top-level quotation: marks at [open, close), content at [start, end)."""

    open: int
    start: int
    end: int
    close: int
    closed: bool = True
    continued: bool = False

    @property
    def words(self) -> int:
        return self.end - self.start


def _is_letter(char: str) -> bool:
    return char.isalnum()


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in SPACES or before in "([{—–-/") and after not in SPACES


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before not in SPACES and not _is_letter(after)


def _only_space_or_punct_after(text: str, i: int) -> bool:
    rest = text[i + 1:].lstrip(SPACES)
    return not rest or rest[0] in CLOSING_PUNCT


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in SPACES:
        start += 1
    while end > start and text[end - 1] in SPACES:
        end -= 1
    return start, end


def find_quotes(text: str, continued: bool = False) -> list[QuoteSpan]:
    """Top-level quotations of one paragraph, with offsets into `text`.

    Handles « », “ ”, " ", ‘ ’ (apostrophes inside words are not marks), nested quotes,
    a wrong closing mark (« used as »), a quote left open at the end of the paragraph, a paragraph that opens
    with quoted words whose opening mark is missing, and, when `continued`, a paragraph that carries on a quote
    opened in the previous one.
    """
    text = _doubled_singles(text)
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(text):
        if char not in "«»“”„\"‘’'":
            continue
        top = stack[-1][0] if stack else None
        if char == "«":
            if top == "«" and _only_space_or_punct_after(text, i):
                _close(text, stack, spans, i)
            else:
                stack.append((char, i))
        elif char == "»":
            if "«" in (mark for mark, _ in stack):
                while stack and stack[-1][0] != "«":
                    stack.pop()
                _close(text, stack, spans, i)
            elif not stack and not spans and (continued or _unopened_guillemet(text, i)):
                _carry_over(text, spans, i, continued)
        elif char in "“„":
            if top == "“" and _only_space_or_punct_after(text, i) and not _opens(text, i):
                _close(text, stack, spans, i)
            else:
                if len(stack) == 1 and top == "“" and char == "“" and text.count("”", i) < 2:
                    _left_open(text, stack, spans, i)
                stack.append(("“", i))
        elif char == "”":
            if top in ("“", '"') or len(stack) == 1 and top in SINGLE_OPENERS and _closes(text, i):
                _close(text, stack, spans, i)
            elif not stack and _opens(text, i):
                stack.append(("“", i))
            elif not stack and not spans and (continued or _unopened(text, i)):
                _carry_over(text, spans, i, continued)
        elif char == '"':
            if top in ('"', "“") and (_closes(text, i) or not _opens(text, i)) \
                    or len(stack) == 1 and top in SINGLE_OPENERS and _closes(text, i):
                _close(text, stack, spans, i)
            elif top is None and not spans and _unopened(text, i) and text.count('"') % 2 == 1:
                _carry_over(text, spans, i, continued)
            elif top is None or (top in "«“" and _opens(text, i)):
                stack.append(('"', i))
        elif stack and stack[0][0] in DOUBLE_OPENERS:
            continue
        elif char == "‘":
            if _opens(text, i):
                stack.append((char, i))
        elif char == "’":
            if top == "‘" and _closes(text, i):
                _close(text, stack, spans, i)
        elif char == "'":
            if top == "'" and _closes(text, i):
                _close(text, stack, spans, i)
            elif top is None and _opens(text, i) and (i == 0 or not _is_letter(text[i - 1])):
                stack.append((char, i))
    if stack and stack[0][0] in DOUBLE_OPENERS:
        mark, opened = stack[0]
        start, end = _trim(text, opened + 1, len(text))
        if end > start:
            spans.append(QuoteSpan(opened, start, end, len(text), False))
    return sorted(spans, key=lambda span: span.open)


DOUBLED_SINGLE = re.compile(r"(?<!')''(?!')")


def _doubled_singles(text: str) -> str:
    """`''Personally, I have grave doubts,'' he said.`: two apostrophes standing for a double mark read as `"`,
    padded with a space on the side away from the words (same length, so offsets hold)."""
    if "''" not in text:
        return text

    def as_mark(match: re.Match) -> str:
        before, after = text[match.start() - 1:match.start()], text[match.end():match.end() + 1]
        if before.isalnum() and after.isalnum():
            return match.group()  # `l''homme`: a typo inside a word
        return ' "' if after.isalnum() else '" '

    return DOUBLED_SINGLE.sub(as_mark, text)


def _close(text: str, stack: list[tuple[str, int]], spans: list[QuoteSpan], i: int) -> None:
    mark, opened = stack.pop()
    if stack:
        return
    start, end = _trim(text, opened + 1, i)
    if end > start:
        spans.append(QuoteSpan(opened, start, end, i + 1))


def _left_open(text: str, stack: list[tuple[str, int]], spans: list[QuoteSpan], i: int) -> None:
    """`les “affres de l'instabilité. Pour lui, la société est “consciente …”`: a second “ while one is open, with
    too few ” left to close both, means the first was never closed; it ends with its sentence (or right before the
    second mark)."""
    _, opened = stack.pop()
    stop = max(text.rfind(". ", opened, i), text.rfind("! ", opened, i), text.rfind("? ", opened, i))
    start, end = _trim(text, opened + 1, stop + 1 if stop > opened else i)
    if end > start:
        spans.append(QuoteSpan(opened, start, end, end, False))


def _unopened(text: str, i: int) -> bool:
    """`It's a different brand," says Groene.`: a closing mark after a comma or a full stop, with no mark before
    it, closes a quotation whose opening mark the page left out at the start of the paragraph."""
    return i > 0 and text[i - 1] in ",.!?" and not _opens(text, i) and _closes(text, i)


def _unopened_guillemet(text: str, i: int) -> bool:
    """`On a fait rajouter des vannes. Mais il n'y a rien dans ce projet», a illustré X.`, `C'est général,» affirme
    X.`: a closing guillemet then an incise, with no opening one before it, closes a quotation whose opening mark the
    page left out."""
    before = text[:i]
    after = text[i + 1:].lstrip(" \u00a0\u202f")[:1]
    incise = after == "," or i > 0 and text[i - 1] in ",!?…" and after.islower()
    return "«" not in before and incise and len(before.split()) >= 5


def _carry_over(text: str, spans: list[QuoteSpan], i: int, continued: bool = True) -> None:
    """The end of a quotation opened in the previous paragraph (or whose opening mark is missing), closed at
    `i`."""
    start, end = _trim(text, 0, i)
    if end > start:
        spans.append(QuoteSpan(0, start, end, i + 1, True, continued))


def ends_open(text: str, spans: list[QuoteSpan]) -> bool:
    """True when the paragraph leaves a quotation open (it may carry on in the next one)."""
    return bool(spans) and not spans[-1].closed
