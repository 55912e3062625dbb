"""Render a `Dossier` as a briefing: HTML, PDF, JSON and schema.org ClaimReview.

Public API (the CLI calls exactly these):

- `render(dossier, out_dir, formats=("html", "pdf", "json"), templates_dir=None, claims_text=None)`
  writes ``out_dir/NAME.html``, ``NAME.pdf``, ``NAME.json`` atomically and returns their paths;
- `render_html(dossier, templates_dir=None) -> str` (one self-contained file);
- `render_pdf(dossier, templates_dir=None, attachments=None) -> bytes` (WeasyPrint, imported lazily);
- `dossier_to_json(dossier) -> dict` (schema ``dossier/1``);
- `claimreview(dossier) -> list[dict]` (one schema.org ClaimReview per reviewed claim).

Themes
------
HTML and PDF come from the same Jinja templates (autoescape on). The
templates are found through a `jinja2.ChoiceLoader`: the user's folder
(``templates_dir``, ``dossier build --templates DIR``) first, the built-in
theme second. The built-in theme is also reachable under the ``builtin/``
prefix, so a user overrides **one block** without copying the theme::

    {# DIR/report.html #}
    {% extends "builtin/report.html" %}
    {% block method %}<section id="method"><h2>How we check</h2>…</section>{% endblock %}

Any other built-in template (``report.css``, ``macros.html``) can be replaced
the same way, by a file of the same name in DIR. Blocks of ``report.html``:
``head``, ``style``, ``extra_style``, ``header``, ``title_block``,
``contents``, ``summary``, ``findings``, ``finding`` (inside the loop, one
claim card), ``speakers``, ``article``, ``pending``, ``sources``, ``method``,
``footer``, ``jsonld``. A user folder may ship ``locale/<lang>/LC_MESSAGES/
messages.po`` to change UI strings, and ``fonts/`` for its own fonts.

Security: everything from the article and the claims file is untrusted. It is
autoescaped; summaries go through `dossier.markdown` (no raw HTML, links only
http/https/mailto, images never fetched); the JSON-LD is escaped so that
``</script>`` cannot end its script element; verdict colours are accepted only
as hex colours. The PDF renderer's URL fetcher serves files under the
template folders only and refuses everything else (network, other files,
``data:``).
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import json
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup, escape

from . import i18n
from .files import write_atomic
from .markdown import plain_text, render_markdown, safe_url
from .model import Diagnostic, Dossier, DossierError, Entry, Source, Statement, Verdict

SCHEMA = "dossier/1"
FORMATS = ("html", "pdf", "json")
CLAIM_REVIEWED_MAX = 75
PENDING = "pending"
_HEX_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_FONT_TYPES = {".woff2": "font/woff2", ".woff": "font/woff", ".otf": "font/otf", ".ttf": "font/ttf"}


# --------------------------------------------------------------------------- templates


def builtin_templates_dir() -> Path:
    """The built-in theme: the package ``dossier.templates`` (``templates/`` in the repository)."""
    try:
        from dossier import templates

        return Path(templates.__file__).resolve().parent
    except ImportError:  # pragma: no cover - source tree without the package mapping
        return Path(__file__).resolve().parent.parent / "templates"


def _template_dirs(templates_dir: Path | None) -> list[Path]:
    dirs = [builtin_templates_dir()]
    if templates_dir is not None:
        user = Path(templates_dir)
        if not user.is_dir():
            raise DossierError(
                Diagnostic("error", f"templates folder not found: {user}", file=str(user),
                           hint="--templates takes a folder holding report.html or other theme files",
                           code="render.templates"),
                usage=True,
            )
        dirs.insert(0, user.resolve())
    return dirs


def make_environment(templates_dir: Path | None, language: str, medium: str) -> jinja2.Environment:
    """A Jinja environment: user folder first, then the built-in theme (also as ``builtin/…``)."""
    dirs = _template_dirs(templates_dir)
    builtin = jinja2.FileSystemLoader(str(dirs[-1]))
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(d)) for d in dirs[:-1]]
    loaders += [jinja2.PrefixLoader({"builtin": builtin}), builtin]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "htm", "xml", "svg"),
                                            disabled_extensions=("css", "txt"), default=True),
        extensions=["jinja2.ext.i18n"],
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    translations = i18n.translations(language, [d / "locale" for d in dirs[:-1]])
    env.install_gettext_translations(translations, newstyle=True)

    def translate(message: str, **variables: Any) -> str:
        text = translations.gettext(message)
        return text % variables if variables else text

    env.globals["translate"] = translate
    env.filters["day"] = lambda value: i18n.format_day(value, language)
    env.filters["moment"] = lambda value: i18n.format_moment(value, language)
    env.filters["number"] = lambda value: i18n.format_number(value, language)
    env.filters["markdown"] = render_markdown
    env.filters["css_string"] = css_string
    env.filters["domain"] = _domain
    env.globals["font_url"] = functools.partial(font_url, dirs=tuple(dirs), inline=(medium == "html"))
    env.globals["counter_text"] = counter_text
    return env


def css_string(value: object) -> Markup:
    """A Python string as a quoted CSS string (for translated strings in ``content:``)."""
    text = str(value)
    out = ['"']
    for ch in text:
        if ch in '"\\' or ord(ch) < 0x20 or ch in "<>":
            out.append(f"\\{ord(ch):x} ")
        else:
            out.append(ch)
    out.append('"')
    return Markup("".join(out))


def counter_text(template: str) -> Markup:
    """'Page {page} of {pages}' → CSS content: "Page " counter(page) " of " counter(pages)."""
    parts = re.split(r"(\{page\}|\{pages\})", template)
    out = []
    for part in parts:
        if part == "{page}":
            out.append("counter(page)")
        elif part == "{pages}":
            out.append("counter(pages)")
        elif part:
            out.append(css_string(part))
    return Markup(" ".join(out))


def font_url(name: str, *, dirs: tuple[Path, ...], inline: bool) -> Markup:
    """URL of a theme font: a data: URL in HTML (self-contained), a file URL under the theme in the PDF."""
    for folder in dirs:
        path = (folder / "fonts" / name).resolve()
        if path.is_file() and path.is_relative_to(folder.resolve()):
            if inline:
                return Markup(_data_url(str(path)))
            return Markup(path.as_uri())
    return Markup("")


@functools.lru_cache(maxsize=16)
def _data_url(path: str) -> str:
    kind = _FONT_TYPES.get(Path(path).suffix.lower(), "application/octet-stream")
    return f"data:{kind};base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


def _domain(url: str | None) -> str:
    if not url:
        return ""
    netloc = urlsplit(url).netloc
    return netloc.removeprefix("www.") or url


def _template_error(error: Exception) -> DossierError:
    if isinstance(error, jinja2.TemplateSyntaxError):
        return DossierError(Diagnostic("error", f"template syntax error: {error.message}",
                                       file=error.filename or error.name, line=error.lineno,
                                       code="render.template"))
    if isinstance(error, jinja2.TemplateNotFound):
        return DossierError(Diagnostic("error", f"template not found: {error.name}",
                                       hint="a theme extends 'builtin/report.html' or names a template it ships",
                                       code="render.template"))
    return DossierError(Diagnostic("error", f"template error: {error}", code="render.template"))


# --------------------------------------------------------------------------- view model


def _colour(verdict: Verdict) -> str:
    return verdict.colour if _HEX_COLOUR.match(verdict.colour or "") else "#6b7280"


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0, min(1, c)) * 255):02x}" for c in rgb)


def _mix(rgb: tuple[float, float, float], other: tuple[float, float, float], t: float) -> tuple[float, float, float]:
    return tuple(a * (1 - t) + b * t for a, b in zip(rgb, other, strict=True))  # type: ignore[return-value]


def verdict_style(verdict: Verdict) -> dict[str, str]:
    """Badge colour (darkened until white text has AA contrast), a light tint and a border colour."""
    base = _rgb(_colour(verdict))
    white, black = (1.0, 1.0, 1.0), (0.0, 0.0, 0.0)
    badge = base
    for _ in range(20):
        if _contrast(badge, white) >= 4.6:
            break
        badge = _mix(badge, black, 0.08)
    return {
        "colour": _hex(base),
        "badge": _hex(badge),
        "tint": _hex(_mix(base, white, 0.86)),
        "border": _hex(_mix(base, white, 0.35)),
    }


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _anchor_id(statement_id: str) -> str:
    return "s-" + re.sub(r"[^A-Za-z0-9_-]", "-", statement_id)


def _short(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary to at most `limit` characters (with an ellipsis)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.–—-") + "…"


def _verdict(dossier: Dossier, verdict_id: str) -> Verdict:
    found = dossier.claims.scale.get(verdict_id)
    return found or Verdict(id=verdict_id, labels={"en": verdict_id})


def _language(dossier: Dossier) -> str:
    return i18n.normalise_language(dossier.claims.review.language or dossier.article.language)


def _speaker(entry_or_statement: Entry | Statement) -> tuple[str | None, str | None, str]:
    """(name, role, schema.org type) of who made the statement."""
    statement = entry_or_statement.statement if isinstance(entry_or_statement, Entry) else entry_or_statement
    name = role = None
    kind = "unknown"
    if statement.speaker is not None:
        name, role, kind = statement.speaker.name, statement.speaker.role, statement.speaker.type
    if isinstance(entry_or_statement, Entry) and entry_or_statement.review.speaker not in (None, "", name):
        name, role, kind = entry_or_statement.review.speaker, None, "unknown"
    return name, role, kind


def _severity_key(item: tuple[Entry, Verdict]) -> tuple[int, int, int]:
    entry, verdict = item
    start = entry.statement.start
    if verdict.value is not None:
        return (0, verdict.value, start)
    return (1, 0, start)


def _base_url(dossier: Dossier) -> str:
    return dossier.claims.review.url or dossier.claims.publication.url or ""


def _article_url(dossier: Dossier) -> str | None:
    candidates = (dossier.article.metadata.url, dossier.claims.publication.url, dossier.article.source)
    return next((u for u in candidates if u and safe_url(u)), None)


def _findings(dossier: Dossier) -> list[dict[str, Any]]:
    """Reviewed entries, most severe first: lowest rating value first, no value after, then article order."""
    language = _language(dossier)
    reviewed = [(e, _verdict(dossier, e.review.verdict)) for e in dossier.entries if e.review.verdict != PENDING]
    reviewed.sort(key=_severity_key)
    findings = []
    for number, (entry, verdict) in enumerate(reviewed, start=1):
        name, role, speaker_type = _speaker(entry)
        findings.append({
            "number": number,
            "anchor": f"claim-{number}",
            "entry": entry,
            "statement": entry.statement,
            "review": entry.review,
            "verdict": verdict,
            "label": verdict.label(language),
            "definition": verdict.definition.get(language) or verdict.definition.get("en") or "",
            "style": verdict_style(verdict),
            "vclass": "v-" + _slug(verdict.id),
            "speaker": name,
            "role": role,
            "speaker_type": speaker_type,
            "summary": render_markdown(entry.review.summary, language),
            "summary_text": plain_text(entry.review.summary),
            "short": _short(entry.statement.text, 90),
            "article_anchor": _anchor_id(entry.statement.id),
            "sources": [],
        })
    return findings


def _source_key(source: Source) -> str:
    return (source.url or "").strip() or source.title.strip().lower()


def _number_sources(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    numbered: dict[str, dict[str, Any]] = {}
    for finding in findings:
        for source in finding["review"].sources:
            key = _source_key(source)
            if key not in numbered:
                numbered[key] = {"number": len(numbered) + 1, "source": source, "url": safe_url(source.url),
                                 "archive": safe_url(source.archive), "claims": []}
            item = numbered[key]
            if finding["number"] not in item["claims"]:
                item["claims"].append(finding["number"])
            if item not in finding["sources"]:
                finding["sources"].append(item)
    return list(numbered.values())


def _all_statements(dossier: Dossier) -> list[Statement]:
    seen: dict[str, Statement] = {}
    for statement in [*dossier.statements, *(e.statement for e in dossier.entries), *dossier.pending]:
        seen.setdefault(statement.id, statement)
    return sorted(seen.values(), key=lambda s: (s.start, -s.end))


def _pending(dossier: Dossier, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    reviewed_ids = {f["statement"].id for f in findings}
    statements = list(dossier.pending)
    statements += [e.statement for e in dossier.entries if e.review.verdict == PENDING]
    unique: dict[str, Statement] = {}
    for statement in statements:
        if statement.id not in reviewed_ids:
            unique.setdefault(statement.id, statement)
    ordered = sorted(unique.values(), key=lambda s: (not s.checkworthy, s.start))
    items = []
    for number, statement in enumerate(ordered, start=1):
        name, role, _ = _speaker(statement)
        items.append({"number": number, "anchor": f"pending-{number}", "statement": statement,
                      "speaker": name, "role": role, "article_anchor": _anchor_id(statement.id)})
    return items


def _speakers(dossier: Dossier, findings: list[dict[str, Any]], pending: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_statement = {f["statement"].id: f for f in findings}
    pending_by_statement = {p["statement"].id: p for p in pending}
    review_speaker = {e.statement.id: e.review.speaker for e in dossier.entries if e.review.speaker}
    groups: dict[str, dict[str, Any]] = {}
    for statement in _all_statements(dossier):
        finding = by_statement.get(statement.id)
        name = finding["speaker"] if finding else (statement.speaker.name if statement.speaker else None)
        name = name or review_speaker.get(statement.id)
        if not name:
            continue
        group = groups.setdefault(name.casefold(), {"name": name, "role": None, "type": "unknown", "statements": []})
        if statement.speaker is not None and statement.speaker.name == name:
            group["role"] = group["role"] or statement.speaker.role
            if group["type"] == "unknown":
                group["type"] = statement.speaker.type
        if statement.kind == "claim" and finding is None:
            continue  # the journalist's own claims without a review are not "said" by anyone
        group["statements"].append({"statement": statement, "finding": finding,
                               "pending": pending_by_statement.get(statement.id),
                               "article_anchor": _anchor_id(statement.id)})
    result = [g for g in groups.values() if g["statements"]]
    result.sort(key=lambda g: min(i["statement"].start for i in g["statements"]))
    return result


# --------------------------------------------------------------------------- annotated article


@dataclasses.dataclass
class _Span:
    start: int
    end: int
    statement: Statement
    order: int
    first: bool = True


def _layout(text: str, spans: list[_Span], lo: int, hi: int, marks: dict[str, dict[str, Any]]) -> str:
    """HTML for text[lo:hi] with statements as properly nested <mark>s; crossing spans are split."""
    pool = sorted((s for s in spans if s.end > lo and s.start < hi and s.end > s.start),
                  key=lambda s: (s.start, -s.end, s.order))
    out: list[str] = []
    pos = lo
    while pool:
        span = pool.pop(0)
        start, end = max(span.start, lo), min(span.end, hi)
        if start < pos:  # begins inside an earlier, outer span that already closed: keep the rest
            if end > pos:
                pool.append(dataclasses.replace(span, start=pos, first=False))
                pool.sort(key=lambda s: (s.start, -s.end, s.order))
            continue
        out.append(str(escape(text[pos:start])))
        inside, rest = [], []
        for other in pool:
            (inside if other.start < end else rest).append(other)
        pool = rest
        children = []
        for other in inside:
            if other.end > end:  # crosses our end: the part after it is laid out later
                pool.append(dataclasses.replace(other, start=end, first=False))
                other = dataclasses.replace(other, end=end)
            children.append(other)
        pool.sort(key=lambda s: (s.start, -s.end, s.order))
        info = marks[span.statement.id]
        ident = f' id="{info["id"]}"' if span.first else ""
        title = f' title="{escape(info["title"])}"' if info["title"] else ""
        out.append(f'<mark class="{info["class"]}"{ident}{title}>')
        out.append(_layout(text, children, start, end, marks))
        out.append("</mark>")
        if end == span.end or span.end > hi:
            out.append(info["ref"])
        pos = end
    out.append(str(escape(text[pos:hi])))
    return "".join(out)


def _annotated_paragraphs(dossier: Dossier, findings: list[dict[str, Any]],
                          pending: list[dict[str, Any]], translate) -> list[Markup]:
    article = dossier.article
    text = article.text
    by_statement = {f["statement"].id: f for f in findings}
    pending_by_statement = {p["statement"].id: p for p in pending}
    marks: dict[str, dict[str, Any]] = {}
    spans = []
    for order, statement in enumerate(_all_statements(dossier)):
        if not (0 <= statement.start < statement.end <= len(text)):
            continue
        finding = by_statement.get(statement.id)
        if finding:
            icon = escape(finding["verdict"].icon)
            ref = (f'<a class="ref {finding["vclass"]}" href="#{finding["anchor"]}" '
                   f'aria-label="{escape(translate("Claim %(num)s", num=finding["number"]))}: '
                   f'{escape(finding["label"])}"><span aria-hidden="true">{icon}</span>{finding["number"]}</a>')
            marks[statement.id] = {"id": _anchor_id(statement.id), "class": f"hl reviewed {finding['vclass']}",
                                   "title": finding["label"], "ref": ref}
        else:
            item = pending_by_statement.get(statement.id)
            ref = ""
            if item:
                ref = (f'<a class="ref pending" href="#{item["anchor"]}" '
                       f'aria-label="{escape(translate("Awaiting review"))}">'
                       f'<span aria-hidden="true">○</span>{item["number"]}</a>')
            marks[statement.id] = {"id": _anchor_id(statement.id), "class": "hl pending",
                                   "title": translate("Awaiting review"), "ref": ref}
        spans.append(_Span(statement.start, statement.end, statement, order))
    paragraphs = article.paragraphs
    if not paragraphs:
        bounds, pos = [], 0
        for block in re.split(r"(\n\s*\n)", text):
            if block.strip() and not re.fullmatch(r"\n\s*\n", block):
                bounds.append((pos, pos + len(block)))
            pos += len(block)
    else:
        bounds = [(p.start, p.end) for p in paragraphs]
    return [Markup(_layout(text, spans, lo, hi, marks)) for lo, hi in bounds]


# --------------------------------------------------------------------------- chart


def _chart(counts: list[dict[str, Any]], pending_count: int, translate) -> dict[str, Any]:
    rows = [dict(c, pending=False) for c in counts if c["count"]]
    if pending_count:
        rows.append({"label": translate("Awaiting review"), "count": pending_count, "icon": "○",
                     "style": {"badge": "#6b7280", "tint": "#eceef1", "colour": "#9ca3af", "border": "#9ca3af"},
                     "pending": True})
    top = max((r["count"] for r in rows), default=1) or 1
    row_height, label_width, bar_width = 30, 190, 330
    for index, row in enumerate(rows):
        row["y"] = index * row_height
        row["width"] = max(2, round(bar_width * row["count"] / top))
    description = "; ".join(f"{r['label']}: {r['count']}" for r in rows)
    return {"rows": rows, "height": max(1, len(rows)) * row_height, "label_width": label_width,
            "bar_width": bar_width, "row_height": row_height, "description": description}


# --------------------------------------------------------------------------- context


def build_context(dossier: Dossier, medium: str, translate) -> dict[str, Any]:
    language = _language(dossier)
    findings = _findings(dossier)
    sources = _number_sources(findings)
    pending = _pending(dossier, findings)
    counts = []
    for verdict in dossier.claims.scale.verdicts:
        if verdict.id == PENDING:
            continue
        n = sum(1 for f in findings if f["verdict"].id == verdict.id)
        counts.append({"verdict": verdict, "label": verdict.label(language), "count": n, "icon": verdict.icon,
                       "style": verdict_style(verdict), "vclass": "v-" + _slug(verdict.id)})
    scale_ids = {v.id for v in dossier.claims.scale.verdicts}
    for finding in findings:  # verdicts missing from the scale still get counted
        if finding["verdict"].id not in scale_ids:
            scale_ids.add(finding["verdict"].id)
            counts.append({"verdict": finding["verdict"], "label": finding["label"], "icon": finding["verdict"].icon,
                           "count": sum(1 for f in findings if f["verdict"].id == finding["verdict"].id),
                           "style": finding["style"], "vclass": finding["vclass"]})
    scale = [{"verdict": v, "label": v.label(language), "style": verdict_style(v), "vclass": "v-" + _slug(v.id),
              "definition": v.definition.get(language) or v.definition.get("en") or ""}
             for v in dossier.claims.scale.verdicts]
    article = dossier.article
    publication = dossier.claims.publication
    headline = publication.title or article.title or dossier.name
    speakers = _speakers(dossier, findings, pending)
    styles = {item["vclass"]: item["style"] for item in [*scale, *counts, *findings]}
    return {
        "styles": styles,
        "medium": medium,
        "lang": language,
        "oq": "« " if language == "fr" else "“",
        "cq": " »" if language == "fr" else "”",
        "colon": "\u00a0:" if language == "fr" else ":",
        "dossier": dossier,
        "article": article,
        "publication": publication,
        "review": dossier.claims.review,
        "headline": headline,
        "outlet": publication.outlet or article.metadata.outlet,
        "published": publication.published or article.metadata.published,
        "article_author": publication.author or article.metadata.author,
        "article_url": _article_url(dossier),
        "findings": findings,
        "counts": counts,
        "chart": _chart(counts, len(pending), translate),
        "pending": pending,
        "speakers": speakers,
        "sources": sources,
        "scale": scale,
        "paragraphs": _annotated_paragraphs(dossier, findings, pending, translate),
        "statements_count": len(_all_statements(dossier)),
        "stats": dossier.stats,
        "diagnostics": dossier.diagnostics,
        "jsonld": jsonld_markup(claimreview(dossier)) if medium == "html" else Markup(""),
        "pending_verdict": PENDING,
    }


def jsonld_markup(data: Any) -> Markup:
    """JSON for a <script type="application/ld+json"> element; '<', '>' and '&' escaped so it cannot break out."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def _render(dossier: Dossier, templates_dir: Path | None, medium: str) -> str:
    language = _language(dossier)
    try:
        env = make_environment(templates_dir, language, medium)
        template = env.get_template("report.html")
        translate = env.globals["translate"]
        return template.render(build_context(dossier, medium, translate))
    except (jinja2.TemplateSyntaxError, jinja2.TemplateNotFound, jinja2.UndefinedError) as error:
        raise _template_error(error) from error


def render_html(dossier: Dossier, templates_dir: Path | None = None) -> str:
    """The briefing as one self-contained HTML page (CSS and fonts inline, JSON-LD ClaimReview)."""
    return _render(dossier, templates_dir, "html")


# --------------------------------------------------------------------------- PDF


def _url_fetcher(roots: Sequence[Path]):
    """A WeasyPrint URL fetcher that serves files under `roots` only (no network, no other file)."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    allowed = [Path(r).resolve() for r in roots]

    class ThemeOnlyFetcher(URLFetcher):
        def __init__(self) -> None:
            super().__init__(allowed_protocols=("file",), fail_on_errors=False)
            self.refused: list[str] = []

        def fetch(self, url, headers=None):
            from urllib.request import url2pathname

            parts = urlsplit(url)
            if parts.scheme.lower() == "file" and parts.netloc in ("", "localhost"):
                path = Path(url2pathname(parts.path)).resolve()
                if path.is_file() and any(path.is_relative_to(root) for root in allowed):
                    return URLFetcherResponse(path.as_uri(), path.read_bytes(),
                                              headers={"Content-Type": _content_type(path)})
            self.refused.append(url)
            raise ValueError(f"dossier: refused to fetch {url[:120]}")

    return ThemeOnlyFetcher()


def _content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    others = {".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml", ".jpg": "image/jpeg"}
    return _FONT_TYPES.get(suffix) or others.get(suffix, "application/octet-stream")


def pdf_html(dossier: Dossier, templates_dir: Path | None = None) -> str:
    """The HTML WeasyPrint lays out for the PDF (print medium; fonts and assets from the theme folder)."""
    return _render(dossier, templates_dir, "pdf")


def render_pdf(dossier: Dossier, templates_dir: Path | None = None,
               attachments: Sequence[tuple[str, bytes]] | None = None, *,
               claims_text: str | None = None, pdf_variant: str | None = None) -> bytes:
    """The briefing as PDF bytes (A4, running header, page X of Y, contents, bookmarks, embedded fonts).

    `attachments`: (file name, content) pairs embedded in the PDF; by default the dossier JSON
    (``NAME.json``) and, when `claims_text` is given, the claims file (``NAME.claims.yaml``).
    `pdf_variant` ("pdf/a-3u", "pdf/ua-1", …) is passed to WeasyPrint's ``write_pdf``.
    """
    html = pdf_html(dossier, templates_dir)
    import weasyprint  # lazily: costs ~0.5 s
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import FatalURLFetchingError

    if attachments is None:
        attachments = default_attachments(dossier, claims_text)
    dirs = _template_dirs(templates_dir)
    fetcher = _url_fetcher(dirs)
    fonts = FontConfiguration()
    try:
        document = weasyprint.HTML(string=html, base_url=dirs[-1].as_uri() + "/", url_fetcher=fetcher)
        pdf_attachments = [weasyprint.Attachment(string=content, name=name, url_fetcher=fetcher,
                                                 base_url=dirs[-1].as_uri() + "/",
                                                 description=_attachment_description(name))
                           for name, content in attachments]
        options: dict[str, Any] = {"font_config": fonts, "attachments": pdf_attachments}
        if pdf_variant:
            options["pdf_variant"] = pdf_variant
        return document.write_pdf(**options)
    except FatalURLFetchingError as error:
        raise DossierError(Diagnostic("error", f"PDF rendering stopped: {error}", code="render.fetch")) from error


def _attachment_description(name: str) -> str:
    if name.endswith(".json"):
        return "Dossier data (JSON, schema dossier/1)"
    if name.endswith((".yaml", ".yml")):
        return "Analyst claims file"
    return name


def default_attachments(dossier: Dossier, claims_text: str | None) -> list[tuple[str, bytes]]:
    items = [(f"{dossier.name}.json", _json_bytes(dossier_to_json(dossier)))]
    if claims_text is not None:
        name = Path(dossier.claims.path).name if dossier.claims.path else f"{dossier.name}.claims.yaml"
        items.append((name, claims_text.encode("utf-8")))
    return items


# --------------------------------------------------------------------------- JSON and ClaimReview


def _statement_json(statement: Statement) -> dict[str, Any]:
    speaker = statement.speaker
    return {
        "id": statement.id,
        "kind": statement.kind,
        "text": statement.text,
        "start": statement.start,
        "end": statement.end,
        "paragraph": statement.paragraph,
        "speaker": speaker.name if speaker else None,
        "role": speaker.role if speaker else None,
        "speaker_type": speaker.type if speaker else None,
        "cue": statement.cue,
        "medium": statement.medium,
        "when": statement.when,
        "checkworthy": statement.checkworthy,
        "score": statement.score,
        "reasons": list(statement.reasons),
    }


def dossier_to_json(dossier: Dossier) -> dict[str, Any]:
    """The whole dossier as JSON-ready data (schema ``dossier/1``); one entry per claims-file entry."""
    language = _language(dossier)
    numbers = {id(f["entry"]): (f["number"], f["anchor"]) for f in _findings(dossier)}
    article = dossier.article
    entries = []
    for entry in dossier.entries:
        verdict = _verdict(dossier, entry.review.verdict)
        review = entry.review
        number, anchor = numbers.get(id(entry), (None, None))
        entries.append({
            "number": number,
            "anchor": anchor,
            "verdict": review.verdict,
            "verdict_label": verdict.label(language) if review.verdict != PENDING else None,
            "rating_value": verdict.value,
            "statement": _statement_json(entry.statement),
            "speaker": review.speaker,
            "summary": review.summary,
            "sources": [dataclasses.asdict(s) for s in review.sources],
            "attribution": review.attribution,
            "notes": review.notes,
            "reviewer": review.reviewer,
            "reviewed": review.reviewed,
            "match": {"method": entry.method, "score": entry.match_score, "id": review.id,
                      "text": review.match, "occurrence": review.occurrence},
            "claims_file": {"line": review.line, "column": review.column},
        })
    scale = dossier.claims.scale
    return {
        "schema": SCHEMA,
        "name": dossier.name,
        "language": language,
        "article": {
            "title": article.title,
            "language": article.language,
            "metadata": dataclasses.asdict(article.metadata),
            "source": article.source,
            "sha256": article.sha256,
            "encoding": article.encoding,
            "text": article.text,
            "paragraphs": [{"index": p.index, "start": p.start, "end": p.end} for p in article.paragraphs],
        },
        "claims_file": {"path": dossier.claims.path, "article": dossier.claims.article,
                        "sha256": dossier.claims.sha256},
        "publication": dataclasses.asdict(dossier.claims.publication),
        "review": dataclasses.asdict(dossier.claims.review),
        "scale": {
            "name": scale.name,
            "best": scale.best,
            "worst": scale.worst,
            "verdicts": [{"id": v.id, "labels": dict(v.labels), "value": v.value, "colour": v.colour,
                          "definition": dict(v.definition), "icon": v.icon} for v in scale.verdicts],
        },
        "entries": entries,
        "pending": [_statement_json(s) for s in dossier.pending],
        "statements": [_statement_json(s) for s in dossier.statements],
        "stats": dict(dossier.stats),
        "diagnostics": [dataclasses.asdict(d) for d in dossier.diagnostics],
        "build": {"built_at": dossier.built_at, "version": dossier.version, "tool": "dossier",
                  "article_sha256": article.sha256, "claims_sha256": dossier.claims.sha256},
        "claimreview": claimreview(dossier),
    }


def claimreview(dossier: Dossier) -> list[dict[str, Any]]:
    """schema.org ClaimReview for each reviewed claim (not for pending ones), most severe first."""
    language = _language(dossier)
    base = _base_url(dossier)
    base = base.split("#", 1)[0] if safe_url(base) else ""
    review_info = dossier.claims.review
    publication = dossier.claims.publication
    article_url = _article_url(dossier)
    headline = publication.title or dossier.article.title
    scale = dossier.claims.scale
    items = []
    for finding in _findings(dossier):
        verdict: Verdict = finding["verdict"]
        review = finding["review"]
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if article_url:
            appearance["url"] = article_url
        if headline:
            appearance["headline"] = headline
        published = publication.published or dossier.article.metadata.published
        if published:
            appearance["datePublished"] = published
        outlet = publication.outlet or dossier.article.metadata.outlet
        if outlet:
            appearance["publisher"] = {"@type": "Organization", "name": outlet}
        item_reviewed: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        if finding["speaker"]:
            author_type = "Organization" if finding["speaker_type"] in ("organization", "publication") else "Person"
            author: dict[str, Any] = {"@type": author_type, "name": finding["speaker"]}
            if finding["role"] and author_type == "Person":
                author["jobTitle"] = finding["role"]
            item_reviewed["author"] = author
        elif outlet:
            item_reviewed["author"] = {"@type": "Organization", "name": outlet}
        if published:
            item_reviewed["datePublished"] = published
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": finding["label"]}
        if verdict.value is not None:
            rating["ratingValue"] = verdict.value
            if scale.best is not None:
                rating["bestRating"] = scale.best
            if scale.worst is not None:
                rating["worstRating"] = scale.worst
        item: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{base}#{finding['anchor']}",
            "claimReviewed": _short(finding["statement"].text, CLAIM_REVIEWED_MAX),
            "itemReviewed": item_reviewed,
            "reviewRating": rating,
            "inLanguage": language,
        }
        date = review.reviewed or review_info.date
        if date:
            item["datePublished"] = date
        if review_info.organization:
            item["author"] = {"@type": "Organization", "name": review_info.organization}
            if review_info.url and safe_url(review_info.url):
                item["author"]["url"] = review_info.url
        if finding["summary_text"]:
            item["reviewBody"] = finding["summary_text"]
        items.append(item)
    return items


# --------------------------------------------------------------------------- files


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render(dossier: Dossier, out_dir: Path, formats: Sequence[str] = FORMATS, templates_dir: Path | None = None,
           claims_text: str | None = None, *, pdf_variant: str | None = None) -> list[Path]:
    """Write ``out_dir/NAME.{html,pdf,json}`` for the requested formats; returns the paths written.

    Every output is rendered first and then written atomically (a temporary file in `out_dir`,
    then ``os.replace``), so a failed or interrupted build leaves the previous outputs intact.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise DossierError(Diagnostic("error", f"unknown output format: {', '.join(unknown)}",
                                      hint=f"choose among {', '.join(FORMATS)}", code="render.format"), usage=True)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out_dir, prefix=".dossier-probe."):
            pass
    except OSError as error:
        raise DossierError(Diagnostic("error", f"cannot write to the output folder: {error.strerror or error}",
                                      file=str(out_dir), hint="choose another folder with --out",
                                      code="render.output")) from error
    contents: list[tuple[Path, bytes]] = []
    data = dossier_to_json(dossier) if ("json" in formats or "pdf" in formats) else None
    for fmt in dict.fromkeys(formats):
        path = out_dir / f"{dossier.name}.{fmt}"
        if fmt == "html":
            contents.append((path, render_html(dossier, templates_dir).encode("utf-8")))
        elif fmt == "json":
            contents.append((path, _json_bytes(data)))
        elif fmt == "pdf":
            attachments = [(f"{dossier.name}.json", _json_bytes(data))]
            if claims_text is not None:
                attachments += default_attachments(dossier, claims_text)[1:]
            contents.append((path, render_pdf(dossier, templates_dir, attachments, pdf_variant=pdf_variant)))
    written = []
    for path, content in contents:
        try:
            write_atomic(path, content)
        except OSError as error:
            raise DossierError(Diagnostic("error", f"cannot write {path.name}: {error.strerror or error}",
                                          file=str(path), code="render.output")) from error
        written.append(path)
    return written


def _index_item(path: Path, data: dict[str, Any]) -> dict[str, Any] | None:
    """One dossier's line in the index, from its JSON export."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        return None
    language = _index_language(data)
    stats = data.get("stats") or {}
    counts = []
    for step in (data.get("scale") or {}).get("verdicts", []):
        count = stats.get(step.get("id"), 0)
        if step.get("id") == PENDING or not count:
            continue
        verdict = Verdict(id=step["id"], labels=step.get("labels") or {}, value=step.get("value"),
                          colour=step.get("colour") or "#6b7280", icon=step.get("icon") or "?")
        counts.append({"count": count, "label": verdict.label(language), "icon": verdict.icon,
                       "colour": verdict_style(verdict)["badge"]})
    article = data.get("article") or {}
    publication = data.get("publication") or {}
    review = data.get("review") or {}
    name = path.stem
    return {
        "name": name,
        "title": article.get("title") or name,
        "outlet": publication.get("outlet") or (article.get("metadata") or {}).get("outlet"),
        "published": publication.get("published") or (article.get("metadata") or {}).get("published"),
        "organization": review.get("organization"),
        "reviewed": review.get("date"),
        "counts": counts,
        "pending": stats.get(PENDING, 0),
        "html": f"{name}.html" if path.with_suffix(".html").is_file() else None,
        "pdf": f"{name}.pdf" if path.with_suffix(".pdf").is_file() else None,
        "json": path.name,
    }


def _index_language(data: dict[str, Any]) -> str:
    return i18n.normalise_language((data.get("review") or {}).get("language") or data.get("language"))


def render_index(out_dir: Path, templates_dir: Path | None = None, language: str | None = None) -> Path:
    """Write ``out_dir/index.html``: every dossier whose JSON export is in the folder, newest review first."""
    from . import __version__

    items = []
    languages = []
    for path in sorted(Path(out_dir).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        item = _index_item(path, data)
        if item is not None:
            items.append(item)
            languages.append(_index_language(data))
    items.sort(key=lambda item: (item["reviewed"] or "", item["published"] or ""), reverse=True)
    language = language or max(set(languages), key=languages.count, default="en")
    env = make_environment(templates_dir, language, "html")
    try:
        page = env.get_template("index.html").render(dossiers=items, language=language, version=__version__)
    except jinja2.TemplateError as error:
        raise _template_error(error) from error
    path = Path(out_dir) / "index.html"
    write_atomic(path, page.encode("utf-8"))
    return path
