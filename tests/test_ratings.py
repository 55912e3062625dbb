"""Verdict scales: the default one, presets, custom ones."""

from __future__ import annotations

import re

import pytest

from dossier.ratings import DEFAULT_SCALE, PRESETS, ScaleError, resolve_verdict, scale_from_spec


def test_default_scale_values_match_claimreview():
    values = {v.id: v.value for v in DEFAULT_SCALE.verdicts}
    assert values == {"true": 5, "mostly-true": 4, "mixed": 3, "misleading": 2, "false": 1,
                      "unverifiable": None, "pending": None}
    assert (DEFAULT_SCALE.best, DEFAULT_SCALE.worst) == (5, 1)


def test_default_labels_in_french_and_english():
    assert [v.label("fr") for v in DEFAULT_SCALE.verdicts] == [
        "Vrai", "Plutôt vrai", "Mitigé", "Trompeur", "Faux", "Invérifiable", "En attente"]
    assert DEFAULT_SCALE.get("mostly-true").label("en") == "Mostly true"


@pytest.mark.parametrize("scale", list(PRESETS.values()), ids=list(PRESETS))
def test_every_verdict_has_a_definition_colour_and_single_character_icon(scale):
    for verdict in scale.verdicts:
        assert set(verdict.definition) == {"en", "fr"}
        assert re.fullmatch(r"#[0-9a-f]{6}", verdict.colour)
        assert len(verdict.icon) == 1
    icons = [v.icon for v in scale.verdicts]
    assert len(set(icons)) == len(icons)
    assert scale.get("pending") is not None


def test_presets():
    assert [v.id for v in PRESETS["truth-o-meter"].verdicts][:6] == [
        "true", "mostly-true", "half-true", "mostly-false", "false", "pants-on-fire"]
    assert (PRESETS["truth-o-meter"].best, PRESETS["truth-o-meter"].worst) == (6, 1)
    assert [v.value for v in PRESETS["five-level"].verdicts][:5] == [5, 4, 3, 2, 1]
    assert [v.id for v in PRESETS["fr"].verdicts] == [
        "vrai", "plutot-vrai", "mitige", "trompeur", "faux", "inverifiable", "pending"]


@pytest.mark.parametrize(("written", "expected"), [
    ("true", "true"), ("True", "true"), ("Mostly true", "mostly-true"), ("mostly_true", "mostly-true"),
    ("Plutôt vrai", "mostly-true"), ("En attente", "pending"), ("nope", None)])
def test_resolve_verdict_by_id_or_label(written, expected):
    found = resolve_verdict(DEFAULT_SCALE, written)
    assert (found.id if found else None) == expected


def test_french_scale_accepts_accented_ids():
    assert resolve_verdict(PRESETS["fr"], "invérifiable").id == "inverifiable"
    assert resolve_verdict(PRESETS["fr"], "pending").id == "pending"


def test_custom_scale_from_steps():
    scale = scale_from_spec([
        {"id": "solid", "label": {"en": "Solid", "fr": "Solide"}, "value": 3, "colour": "#15803d",
         "definition": "Backed by primary sources."},
        {"id": "weak", "label": "Weak", "value": 1},
        {"id": "unknown", "label": "Unknown", "value": None},
    ])
    assert [v.id for v in scale.verdicts] == ["solid", "weak", "unknown", "pending"]
    assert scale.get("solid").label("fr") == "Solide"
    assert scale.get("solid").definition["fr"] == "Backed by primary sources."
    assert [v.icon for v in scale.verdicts] == ["✓", "✗", "?", "…"]
    assert (scale.best, scale.worst) == (3, 1)


@pytest.mark.parametrize(("spec", "message"), [
    ("politifact", "unknown scale preset 'politifact'"),
    ([], "a custom scale needs at least one step"),
    ([{"id": "a"}, {"id": "a"}], "scale step 'a' is listed twice"),
])
def test_bad_scales(spec, message):
    with pytest.raises(ScaleError, match=message):
        scale_from_spec(spec)
