"""Loading the analyst's claims file: what a user sees for each mistake, scaffold and update."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_join import CLAIMS, extraction

from dossier.claimsfile import MAX_BYTES, json_schema, load_claims, resolve_article, scaffold, update, validate_text
from dossier.model import DossierError

ENTRY_SOURCE = '    summary: s\n    sources: [{title: t, url: "https://example.org"}]\n'


def problems(tmp_path: Path, text: str, name: str = "c.claims.yaml") -> list[str]:
    """Every diagnostic, formatted as the CLI prints it, with the file name shortened."""
    (tmp_path / "a.txt").write_text("The article.", encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _, diagnostics = load_claims(path)
    return [d.format().replace(str(path), name) for d in diagnostics]


def entry(body: str) -> str:
    return "article: a.txt\nclaims:\n" + body


# ---------------------------------------------------------------- the real example


def test_the_example_file_loads_without_any_diagnostic():
    claims, diagnostics = load_claims(CLAIMS)
    assert diagnostics == []
    assert claims.article == "tiktok-microsoft.fr.txt"
    assert claims.publication.published == "2020-08-03"
    assert claims.review.language == "en"
    assert [r.verdict for r in claims.reviews].count("true") == 7
    assert claims.reviews[4].speaker == "Daniel Castro"
    assert claims.reviews[0].sources[0].date == "2020-08-02"
    assert (claims.reviews[0].line, claims.reviews[0].column) == (17, 5)


def test_resolve_article_is_relative_to_the_claims_file():
    claims, _ = load_claims(CLAIMS)
    assert resolve_article(claims) == str(CLAIMS.parent.resolve() / "tiktok-microsoft.fr.txt")


def test_an_article_url_is_kept_as_written(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("article: https://example.org/a?id=1\n", encoding="utf-8")
    claims, diagnostics = load_claims(path)
    assert diagnostics == []
    assert resolve_article(claims) == "https://example.org/a?id=1"


# ---------------------------------------------------------------- errors a user gets


def test_yaml_syntax_error_points_where_the_parser_stopped(tmp_path):
    assert problems(tmp_path, entry('  - match: "unclosed\n    verdict: true\n')) == [
        "c.claims.yaml:5:1: error: YAML syntax error: found unexpected end of stream "
        "(while scanning a quoted scalar)\n  hint: a quotation mark is not closed"
    ]


def test_unquoted_colon_in_a_value(tmp_path):
    assert problems(tmp_path, entry("  - match: Microsoft: prêt\n    verdict: true\n")) == [
        "c.claims.yaml:3:21: error: YAML syntax error: mapping values are not allowed here\n"
        "  hint: a value that contains ': ' must be in quotes"
    ]


def test_tab_indentation(tmp_path):
    assert problems(tmp_path, entry("\t- match: x\n"))[0].startswith(
        "c.claims.yaml:3:1: error: YAML syntax error: found character '\\t' that cannot start any token"
    )
    assert problems(tmp_path, entry("\t- match: x\n"))[0].endswith("hint: indent with spaces, not tabs")


def test_wrong_types_are_reported_at_their_values(tmp_path):
    text = entry("  - match: x\n    verdict: pending\n    summary: [a, b]\n    occurrence: two\n")
    assert problems(tmp_path, text) == [
        "c.claims.yaml:5:14: error: 'summary' must be text, not a list\n"
        "  hint: put the text on the same line, in quotes if it contains ': ' or '#'",
        "c.claims.yaml:6:17: error: 'occurrence' must be a whole number, not 'two'\n  hint: for example: 2",
    ]


def test_unknown_verdict_lists_the_allowed_ones_and_guesses(tmp_path):
    assert problems(tmp_path, entry("  - match: x\n    verdict: mostly-ture\n" + ENTRY_SOURCE)) == [
        "c.claims.yaml:4:14: error: unknown verdict 'mostly-ture'\n"
        "  hint: did you mean 'mostly-true'? allowed verdicts: "
        "true, mostly-true, mixed, misleading, false, unverifiable, pending"
    ]


@pytest.mark.parametrize(("written", "expected"), [("true", "true"), ("false", "false"), ("True", "true"),
                                                   ("'Plutôt vrai'", "mostly-true"), ("Mostly true", "mostly-true")])
def test_unquoted_yaml_booleans_and_labels_are_verdicts(tmp_path, written, expected):
    path = tmp_path / "c.yaml"
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    path.write_text(entry(f"  - match: x\n    verdict: {written}\n" + ENTRY_SOURCE), encoding="utf-8")
    claims, diagnostics = load_claims(path)
    assert diagnostics == []
    assert claims.reviews[0].verdict == expected


def test_duplicate_ids(tmp_path):
    text = entry("  - id: q-1\n    verdict: pending\n  - id: q-1\n    verdict: pending\n")
    assert problems(tmp_path, text) == [
        "c.claims.yaml:5:9: error: duplicate id 'q-1'\n"
        "  hint: the entry at line 3 already reviews it; merge the two entries"
    ]


def test_source_without_title_or_url(tmp_path):
    text = entry("  - match: x\n    verdict: 'true'\n    summary: s\n    sources:\n"
                 "      - url: https://example.org\n      - title: A report\n")
    assert problems(tmp_path, text) == [
        "c.claims.yaml:7:9: error: missing required field 'title' in a source\n"
        "  hint: each source needs a title and an http(s) url",
        "c.claims.yaml:8:9: error: missing required field 'url' in a source\n"
        "  hint: each source needs a title and an http(s) url",
    ]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "example.org"])
def test_links_must_be_http(tmp_path, url):
    text = entry(f"  - match: x\n    verdict: 'true'\n    summary: s\n    sources:\n      - title: t\n"
                 f"        url: {url}\n")
    assert problems(tmp_path, text) == [
        f"c.claims.yaml:8:14: error: 'url': '{url}' is not an http(s) URL\n"
        "  hint: links must start with http:// or https://"
    ]


def test_a_javascript_article_is_refused(tmp_path):
    assert problems(tmp_path, "article: javascript:alert(1)\n") == [
        "c.claims.yaml:1:10: error: 'article': 'javascript:alert(1)' is neither a file path nor an http(s) URL\n"
        "  hint: links must start with http:// or https://"
    ]


def test_a_date_that_is_not_a_date(tmp_path):
    text = "article: a.txt\npublication:\n  published: 2020-13-45\nreview:\n  date: next week\n"
    assert problems(tmp_path, text) == [
        "c.claims.yaml:3:14: error: 'published': '2020-13-45' is not a date\n"
        "  hint: write dates as YYYY-MM-DD, e.g. 2020-08-03",
        "c.claims.yaml:5:9: error: 'date': 'next week' is not a date\n"
        "  hint: write dates as YYYY-MM-DD, e.g. 2020-08-03",
    ]


def test_an_entry_with_neither_id_nor_match(tmp_path):
    assert problems(tmp_path, entry("  - verdict: pending\n    notes: to do\n")) == [
        "c.claims.yaml:3:5: error: an entry needs an `id` or a `match` to find its statement\n"
        "  hint: add `id:` (from `dossier extract`) or `match:` with a fragment of the article's text"
    ]


def test_duplicate_yaml_keys(tmp_path):
    assert problems(tmp_path, entry("  - match: x\n    verdict: pending\n    verdict: 'false'\n")) == [
        "c.claims.yaml:5:5: error: duplicate key 'verdict'\n"
        "  hint: 'verdict' is already set at line 4; keep one of them"
    ]


def test_unknown_fields_list_the_allowed_ones(tmp_path):
    assert problems(tmp_path, entry("  - match: x\n    verdict: pending\n    rating: 3\n")) == [
        "c.claims.yaml:5:5: error: unknown field 'rating' in a claim entry\n"
        "  hint: allowed here: id, match, occurrence, verdict, summary, sources, speaker, attribution, notes, "
        "reviewer, reviewed"
    ]


def test_missing_verdict_and_bad_attribution(tmp_path):
    assert problems(tmp_path, entry("  - match: x\n    attribution: maybe\n")) == [
        "c.claims.yaml:3:5: error: missing required field 'verdict' in a claim entry\n"
        "  hint: one of the scale's verdicts; `pending` until reviewed",
        "c.claims.yaml:4:18: error: 'attribution' must be one of 'confirmed', 'unconfirmed', 'disputed' or "
        "'misattributed', not 'maybe'\n  hint: write one of these values exactly",
    ]


def test_all_errors_come_at_once(tmp_path):
    text = entry("  - verdict: nope\n  - match: x\n    verdict: pending\n    colour: red\n"
                 "  - match: y\n    verdict: 'true'\n    sources: [{title: t, url: 'ftp://x'}]\n")
    assert [p.split(": error: ")[0] for p in problems(tmp_path, text)] == [
        "c.claims.yaml:3:5", "c.claims.yaml:3:14", "c.claims.yaml:6:5", "c.claims.yaml:9:31",
    ]


def test_warnings_for_verdicts_without_sources_or_summary(tmp_path):
    assert problems(tmp_path, entry("  - match: x\n    verdict: 'false'\n  - match: y\n    verdict: pending\n")) == [
        "c.claims.yaml:3:5: warning: verdict 'false' has no sources\n"
        "  hint: add `sources:` with the title and url of what backs the verdict",
        "c.claims.yaml:3:5: warning: verdict 'false' has no summary\n"
        "  hint: add `summary:`, a few sentences the reader sees next to the verdict",
    ]


def test_python_tags_are_refused(tmp_path):
    text = entry('  - match: !!python/object/apply:os.system ["echo hi"]\n    verdict: pending\n')
    assert problems(tmp_path, text) == [
        "c.claims.yaml:3:12: error: unsupported YAML tag '!!python/object/apply:os.system'\n"
        "  hint: a claims file holds plain data: remove the tag"
    ]


def test_alias_bombs_stop_early(tmp_path):
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    found = problems(tmp_path, "\n".join(lines) + "\n")
    assert len(found) == 1
    assert "error: the file expands to more than 100000 values" in found[0]


def test_a_recursive_alias(tmp_path):
    assert problems(tmp_path, "article: a.txt\nclaims: &c\n  - *c\n") == [
        "c.claims.yaml:2:9: error: an alias refers to the block that contains it\n  hint: remove the recursive alias"
    ]


def test_files_over_the_size_limit(tmp_path):
    found = problems(tmp_path, "article: a.txt\n#" + "x" * MAX_BYTES + "\n")
    assert found == ["c.claims.yaml: error: the file is larger than 5 MB\n"
                     "  hint: a claims file holds verdicts, not the article; split it"]


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "~\n"])
def test_an_empty_file_is_one_clear_error(tmp_path, text):
    assert problems(tmp_path, text) == [
        "c.claims.yaml:1:1: error: the claims file is empty\n  hint: start one with `dossier init ARTICLE`"
    ]


@pytest.mark.parametrize("text", ["- article: a.txt\n", "just a sentence\n", "[1, 2]\n"])
def test_a_top_level_that_is_not_a_mapping(tmp_path, text):
    assert problems(tmp_path, text) == [
        "c.claims.yaml:1:1: error: the claims file must be a mapping of fields (article:, claims:, …)\n"
        "  hint: start one with `dossier init ARTICLE`"
    ]


def test_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_bytes("article: a.txt\nclaims:\n  - match: Pékin\n".encode("latin-1"))
    claims, diagnostics = load_claims(path)
    assert claims is None
    assert [(d.line, d.column, d.message) for d in diagnostics] == [(3, 13, "the file is not UTF-8 text")]


def test_a_missing_file(tmp_path):
    claims, diagnostics = load_claims(tmp_path / "nope.yaml")
    assert claims is None
    assert diagnostics[0].code == "file-not-found"


def test_an_article_that_does_not_exist(tmp_path):
    found = problems(tmp_path, "article: missing.txt\n")
    assert found == [f"c.claims.yaml:1:10: error: article file not found: {tmp_path / 'missing.txt'}\n"
                     "  hint: the path is relative to the claims file's folder"]


def test_a_preset_scale_and_its_verdicts(tmp_path):
    text = "article: a.txt\nscale: truth-o-meter\nclaims:\n  - match: x\n    verdict: pants-on-fire\n" + ENTRY_SOURCE
    path = tmp_path / "c.yaml"
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    claims, diagnostics = load_claims(path)
    assert diagnostics == []
    assert claims.scale.name == "truth-o-meter"
    assert claims.reviews[0].verdict == "pants-on-fire"


def test_an_unknown_preset(tmp_path):
    assert problems(tmp_path, "article: a.txt\nscale: politifact\n") == [
        "c.claims.yaml:2:8: error: unknown scale preset 'politifact' "
        "(presets: default, truth-o-meter, five-level, fr)\n"
        "  hint: a preset name (default, truth-o-meter, five-level, fr) or a list of steps with id, label, value"
    ]


def test_a_custom_scale(tmp_path):
    text = ("article: a.txt\nscale:\n  - {id: solid, label: {en: Solid, fr: Solide}, value: 2, colour: '#15803d'}\n"
            "  - {id: shaky, label: Shaky, value: 1}\nclaims:\n  - match: x\n    verdict: shaky\n" + ENTRY_SOURCE)
    path = tmp_path / "c.yaml"
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    claims, diagnostics = load_claims(path)
    assert diagnostics == []
    assert [v.id for v in claims.scale.verdicts] == ["solid", "shaky", "pending"]
    assert claims.scale.get("solid").label("fr") == "Solide"
    assert claims.scale.get("shaky").label("fr") == "Shaky"


def test_a_broken_custom_scale_reports_the_step_not_every_verdict(tmp_path):
    text = "article: a.txt\nscale:\n  - id: ok\n    colour: red\nclaims:\n  - match: x\n    verdict: ok\n"
    assert problems(tmp_path, text) == [
        "c.claims.yaml:4:13: error: 'colour' is not a colour: 'red'\n  hint: write colours as #rrggbb, e.g. #15803d"
    ]


def test_the_json_schema_describes_the_file():
    schema = json_schema()
    json.dumps(schema)
    assert schema["required"] == ["article"]
    assert set(schema["properties"]) == {"article", "publication", "review", "scale", "claims"}
    entry_schema = schema["$defs"]["EntryModel"]
    assert entry_schema["additionalProperties"] is False
    assert "pending" in entry_schema["properties"]["verdict"]["examples"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:- \n\t'\"[]{}&*!#%|>@`,?~.\u00a0é«»0123456789")) | st.characters(),
               max_size=200))
def test_any_text_gives_a_claims_file_or_diagnostics(text):
    claims, diagnostics = validate_text(text, "c.yaml")
    assert claims is not None or any(d.severity == "error" for d in diagnostics)
    assert all(d.line is None or d.line >= 1 for d in diagnostics)


@settings(max_examples=100, deadline=None)
@given(st.recursive(st.none() | st.text(max_size=8) | st.integers() | st.booleans(),
                    lambda children: st.lists(children, max_size=3) | st.dictionaries(
                        st.sampled_from(["article", "claims", "id", "match", "verdict", "sources", "title", "url",
                                         "scale", "value", "label", "occurrence", "publication", "date"]),
                        children, max_size=4),
                    max_leaves=12))
def test_any_yaml_shape_gives_a_claims_file_or_diagnostics(data):
    text = json.dumps({"article": "a.txt", "claims": data} if not isinstance(data, dict) else data)
    claims, diagnostics = validate_text(text, "c.yaml")
    assert claims is not None or diagnostics
    assert not any(d.code == "internal" for d in diagnostics)


# ---------------------------------------------------------------- scaffold and update


@pytest.fixture(scope="module")
def example_extraction():
    return extraction()


def test_scaffold_lists_every_statement_checkworthy_first(example_extraction):
    text = scaffold(example_extraction, "tiktok-microsoft.fr.txt")
    assert text.startswith("# yaml-language-server: $schema=dossier.schema.json\n")
    assert "`dossier schema > dossier.schema.json`" in text
    ids = re.findall(r"^  - id: (\S+)$", text, flags=re.MULTILINE)
    statements = example_extraction.statements
    assert sorted(ids) == sorted(s.id for s in statements)
    checkworthy = [s.checkworthy for s in sorted(statements, key=lambda s: ids.index(s.id))]
    assert checkworthy == sorted(checkworthy, reverse=True)


def test_scaffold_entries_start_with_their_id_and_are_pending(example_extraction):
    text = scaffold(example_extraction, "tiktok-microsoft.fr.txt")
    entries = text.split("\nclaims:\n")[1].rstrip("\n").split("\n\n")
    assert len(entries) == len(example_extraction.statements)
    for block in entries:
        assert block.startswith("  - id: ")
        assert block.endswith("    verdict: pending")
    assert "# direct quote · Daniel Castro (vice-président du think tank" in text


def test_scaffold_prefills_publication_from_the_article(example_extraction):
    text = scaffold(example_extraction, "tiktok-microsoft.fr.txt")
    assert "  published: 2020-08-03\n" in text
    assert '  title: "Microsoft poursuivra les discussions' in text


def test_the_scaffold_loads_back_without_diagnostics(tmp_path, example_extraction):
    path = tmp_path / "new.claims.yaml"
    (tmp_path / "tiktok-microsoft.fr.txt").write_text(example_extraction.article.text, encoding="utf-8")
    path.write_text(scaffold(example_extraction, "tiktok-microsoft.fr.txt"), encoding="utf-8")
    claims, diagnostics = load_claims(path)
    assert diagnostics == []
    assert {r.id for r in claims.reviews} == {s.id for s in example_extraction.statements}
    assert all(r.verdict == "pending" for r in claims.reviews)


def entries_of(text: str) -> tuple[str, list[str]]:
    head, body = text.split("\nclaims:\n")
    return head + "\nclaims:\n", body.split("\n\n")


def test_update_restores_deleted_entries_and_keeps_the_analysts_bytes(example_extraction):
    head, entries = entries_of(scaffold(example_extraction, "tiktok-microsoft.fr.txt"))
    kept = entries[0].replace("verdict: pending", "verdict: 'true'  # checked with the blog post")
    edited = head + "# my notes\n" + kept + "\n\n" + entries[3] + "\n# trailing comment"
    updated = update(edited, example_extraction)
    assert updated.startswith(edited)
    claims, diagnostics = validate_text(updated, str(CLAIMS.parent / "x.yaml"))
    assert [d for d in diagnostics if d.severity == "error"] == []
    assert sorted(r.id for r in claims.reviews) == sorted(s.id for s in example_extraction.statements)
    assert update(updated, example_extraction) == updated


def test_update_counts_entries_found_by_match(example_extraction):
    text = 'article: a.txt\nclaims:\n  - match: "Ne tombez pas dans le piège"\n    verdict: pending\n'
    updated = update(text, example_extraction)
    navarro = next(s for s in example_extraction.statements if s.text == "Ne tombez pas dans le piège")
    assert navarro.id not in updated
    assert updated.count("- id:") == len(example_extraction.statements) - 1


def assert_only_inserted(original: str, updated: str) -> None:
    """`updated` is `original` with one block inserted somewhere: every original byte kept, in order."""
    same = next((i for i, (a, b) in enumerate(zip(original, updated, strict=False)) if a != b), len(original))
    assert updated.endswith(original[same:])
    assert len(updated) > len(original)


@pytest.mark.parametrize("text", ["article: a.txt\n", "article: a.txt", "article: a.txt\nclaims:\n",
                                  "article: a.txt  # the wire copy\nclaims:  # none yet"])
def test_update_without_entries_keeps_the_file_as_a_prefix(text, example_extraction):
    updated = update(text, example_extraction)
    assert updated.startswith(text)
    claims, _ = validate_text(updated, str(CLAIMS.parent / "x.yaml"))
    assert len(claims.reviews) == len(example_extraction.statements)


def test_update_with_an_empty_claims_key_before_another_key(example_extraction):
    text = "article: a.txt\nclaims:\nreview:\n  language: fr\n"
    updated = update(text, example_extraction)
    assert_only_inserted(text, updated)
    claims, _ = validate_text(updated, str(CLAIMS.parent / "x.yaml"))
    assert len(claims.reviews) == len(example_extraction.statements)


def test_update_replaces_an_empty_flow_list(example_extraction):
    updated = update("article: a.txt\nclaims: []  # nothing yet\n", example_extraction)
    assert updated.startswith("article: a.txt\nclaims: # nothing yet\n")
    claims, _ = validate_text(updated, str(CLAIMS.parent / "x.yaml"))
    assert len(claims.reviews) == len(example_extraction.statements)


def test_update_inserts_before_a_later_key_without_losing_it(example_extraction):
    text = "article: a.txt\nclaims:\n- id: x\n  verdict: pending\n# the scale\nscale: default\n"
    updated = update(text, example_extraction)
    assert_only_inserted(text, updated)
    assert updated.startswith("article: a.txt\nclaims:\n- id: x\n  verdict: pending\n# Added by")
    assert updated.endswith("  verdict: pending\n# the scale\nscale: default\n")
    claims, _ = validate_text(updated, str(CLAIMS.parent / "x.yaml"))
    assert len(claims.reviews) == len(example_extraction.statements) + 1


@pytest.mark.parametrize("text", ["article: a.txt\nclaims: [{id: a, verdict: pending}]\n", "{article: a.txt}\n",
                                  "article: a.txt\nclaims: [\n"])
def test_update_refuses_to_rewrite(text, example_extraction):
    with pytest.raises(DossierError) as raised:
        update(text, example_extraction)
    assert raised.value.diagnostics[0].severity == "error"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_update_keeps_any_edit_as_a_prefix_and_covers_every_statement(example_extraction, data):
    head, entries = entries_of(scaffold(example_extraction, "tiktok-microsoft.fr.txt"))
    kept = data.draw(st.lists(st.sampled_from(entries), unique=True, max_size=len(entries)))
    lines = (head + "\n".join(block.rstrip("\n") + "\n" for block in kept)).splitlines(keepends=True)
    for _ in range(data.draw(st.integers(0, 4))):
        at = data.draw(st.integers(0, len(lines)))
        note = data.draw(st.text(st.characters(blacklist_categories=["Cc", "Cs", "Zl", "Zp"]), max_size=30))
        lines.insert(at, f"# {note}\n")
    edited = "".join(lines)
    if data.draw(st.booleans()):
        edited = edited.rstrip("\n")
    updated = update(edited, example_extraction)
    assert updated.startswith(edited)
    claims, diagnostics = validate_text(updated, str(CLAIMS.parent / "x.yaml"))
    assert not [d for d in diagnostics if d.severity == "error"]
    assert {r.id for r in claims.reviews} == {s.id for s in example_extraction.statements}
