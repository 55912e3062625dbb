"""Translations and dates for the briefing, in the report's language.

UI strings live in the templates as ``{% trans %}``/``_()`` calls (English
msgids). Their translations are the gettext catalogs shipped with the theme,
``templates/locale/<lang>/LC_MESSAGES/messages.po``; they are compiled in
memory when first used (``babel.messages``), so a fresh ``pip install -e .``
needs no build step and the ``.po`` stays the only source of truth. A user
theme (``--templates DIR``) may ship its own ``locale/`` folder: it is looked
up first.

Dates are formatted by Babel, day first in both languages ("3 August 2020",
"3 août 2020"); values that are not ISO dates are shown as given.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Iterable
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

BUILTIN_LOCALE_DIR = Path(__file__).resolve().parent.parent / "templates" / "locale"
SUPPORTED = ("en", "fr")
DATE_FORMAT = "d MMMM y"


def _builtin_locale_dir() -> Path:
    try:  # installed as the package dossier.templates
        from dossier import templates

        return Path(templates.__file__).resolve().parent / "locale"
    except ImportError:  # pragma: no cover - source checkout without the package mapping
        return BUILTIN_LOCALE_DIR


def normalise_language(language: str | None) -> str:
    """'fr-CA' → 'fr'; unknown or empty → 'en'."""
    lang = (language or "en").replace("_", "-").split("-")[0].lower()
    try:
        Locale.parse(lang)
    except (ValueError, UnknownLocaleError):
        return "en"
    return lang


@functools.lru_cache(maxsize=32)
def _catalog(po_path: Path, mtime: float) -> Translations:
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(fp=buffer, domain="messages")


def translations(language: str, extra_dirs: Iterable[Path] = ()) -> NullTranslations:
    """The gettext translations for `language`; catalogs in `extra_dirs` (a user theme) win over the built-in one."""
    lang = normalise_language(language)
    result = Translations(domain="messages")
    found = False
    for folder in [_builtin_locale_dir(), *reversed(list(extra_dirs))]:  # lowest priority first
        po_path = Path(folder) / lang / "LC_MESSAGES" / "messages.po"
        if po_path.is_file():
            result.merge(_catalog(po_path.resolve(), po_path.stat().st_mtime))
            found = True
    return result if found else NullTranslations()


def parse_date(value: object) -> dt.date | dt.datetime | None:
    """An ISO date or datetime (string, date or datetime) → date/datetime, else None."""
    if isinstance(value, dt.datetime | dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def format_day(value: object, language: str) -> str:
    """'2020-08-03' → '3 August 2020' (en) / '3 août 2020' (fr); other text unchanged."""
    if value is None or value == "":
        return ""
    parsed = parse_date(value)
    if parsed is None:
        return str(value)
    day = parsed.date() if isinstance(parsed, dt.datetime) else parsed
    return format_date(day, DATE_FORMAT, locale=normalise_language(language))


def format_moment(value: object, language: str) -> str:
    """A build timestamp: '5 August 2020, 14:03 UTC' (date only if no time)."""
    parsed = parse_date(value)
    if parsed is None:
        return "" if value in (None, "") else str(value)
    if not isinstance(parsed, dt.datetime):
        return format_day(parsed, language)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC)
    lang = normalise_language(language)
    return format_datetime(parsed, f"{DATE_FORMAT}, HH:mm", tzinfo=dt.UTC, locale=lang) + " UTC"


def format_number(value: float | int, language: str) -> str:
    return format_decimal(value, locale=normalise_language(language))
