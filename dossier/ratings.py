"""Verdict scales: the default one, presets, and custom scales from a claims file."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from .model import Scale, Verdict

PENDING_ID = "pending"
GREY = "#6b7280"

PENDING = Verdict(
    id=PENDING_ID,
    labels={"en": "Pending", "fr": "En attente"},
    value=None,
    colour="#9ca3af",
    definition={"en": "Not reviewed yet.", "fr": "Pas encore vérifiée."},
    icon="…",
)


class ScaleError(ValueError):
    """A `scale:` that cannot be turned into a Scale."""


def _verdict(id, en, fr, value, colour, icon, def_en, def_fr) -> Verdict:
    return Verdict(
        id=id,
        labels={"en": en, "fr": fr},
        value=value,
        colour=colour,
        definition={"en": def_en, "fr": def_fr},
        icon=icon,
    )


TRUE = _verdict(
    "true", "True", "Vrai", 5, "#15803d", "✓",
    "The statement is accurate and nothing significant is missing.",
    "L’affirmation est exacte et rien d’important n’y manque.",
)
MOSTLY_TRUE = _verdict(
    "mostly-true", "Mostly true", "Plutôt vrai", 4, "#65a30d", "≈",
    "The statement is accurate but needs clarification or additional information.",
    "L’affirmation est exacte mais demande une précision ou un complément.",
)
MIXED = _verdict(
    "mixed", "Mixed", "Mitigé", 3, "#ca8a04", "◐",
    "The statement is partly accurate and partly inaccurate.",
    "L’affirmation est en partie exacte, en partie inexacte.",
)
MISLEADING = _verdict(
    "misleading", "Misleading", "Trompeur", 2, "#ea580c", "!",
    "The statement contains accurate elements but gives a false impression or leaves out important context.",
    "L’affirmation contient des éléments exacts mais donne une fausse impression ou omet un contexte important.",
)
FALSE = _verdict(
    "false", "False", "Faux", 1, "#b91c1c", "✗",
    "The statement is inaccurate.",
    "L’affirmation est inexacte.",
)
UNVERIFIABLE = _verdict(
    "unverifiable", "Unverifiable", "Invérifiable", None, GREY, "?",
    "The statement can be neither proven nor disproven with the evidence available.",
    "L’affirmation ne peut être ni confirmée ni infirmée avec les éléments disponibles.",
)

DEFAULT_SCALE = Scale("default", (TRUE, MOSTLY_TRUE, MIXED, MISLEADING, FALSE, UNVERIFIABLE, PENDING))

TRUTH_O_METER = Scale(
    "truth-o-meter",
    (
        _verdict("true", "True", "Vrai", 6, "#15803d", "✓",
                 "The statement is accurate and there is nothing significant missing.",
                 "L’affirmation est exacte et rien d’important n’y manque."),
        _verdict("mostly-true", "Mostly true", "Plutôt vrai", 5, "#65a30d", "≈",
                 "The statement is accurate but needs clarification or additional information.",
                 "L’affirmation est exacte mais demande une précision ou un complément."),
        _verdict("half-true", "Half true", "À moitié vrai", 4, "#ca8a04", "◐",
                 "The statement is partially accurate but leaves out important details or takes things out of context.",
                 "L’affirmation est en partie exacte mais omet des détails importants "
                 "ou sort des faits de leur contexte."),
        _verdict("mostly-false", "Mostly false", "Plutôt faux", 3, "#ea580c", "≠",
                 "The statement contains an element of truth but ignores critical facts "
                 "that would give a different impression.",
                 "L’affirmation contient une part de vérité mais ignore des faits essentiels "
                 "qui changeraient l’impression donnée."),
        _verdict("false", "False", "Faux", 2, "#b91c1c", "✗",
                 "The statement is not accurate.",
                 "L’affirmation est inexacte."),
        _verdict("pants-on-fire", "Pants on fire", "Complètement faux", 1, "#7f1d1d", "‼",
                 "The statement is not accurate and makes a ridiculous claim.",
                 "L’affirmation est inexacte et avance une thèse absurde."),
        UNVERIFIABLE,
        PENDING,
    ),
)

FIVE_LEVEL = Scale(
    "five-level",
    tuple(
        Verdict(v.id, v.labels, 5 - rank, v.colour, v.definition, v.icon)
        for rank, v in enumerate(TRUTH_O_METER.verdicts[:5])
    )
    + (UNVERIFIABLE, PENDING),
)

FRENCH = Scale(
    "fr",
    (
        Verdict("vrai", TRUE.labels, 5, TRUE.colour, TRUE.definition, TRUE.icon),
        Verdict("plutot-vrai", MOSTLY_TRUE.labels, 4, MOSTLY_TRUE.colour, MOSTLY_TRUE.definition, MOSTLY_TRUE.icon),
        Verdict("mitige", MIXED.labels, 3, MIXED.colour, MIXED.definition, MIXED.icon),
        Verdict("trompeur", MISLEADING.labels, 2, MISLEADING.colour, MISLEADING.definition, MISLEADING.icon),
        Verdict("faux", FALSE.labels, 1, FALSE.colour, FALSE.definition, FALSE.icon),
        Verdict("inverifiable", UNVERIFIABLE.labels, None, GREY, UNVERIFIABLE.definition, "?"),
        PENDING,
    ),
)

PRESETS: dict[str, Scale] = {s.name: s for s in (DEFAULT_SCALE, TRUTH_O_METER, FIVE_LEVEL, FRENCH)}


def slug(text: str) -> str:
    """`Plutôt vrai` → `plutot-vrai`: accents and case dropped, other characters become dashes."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^0-9a-z]+", "-", bare).strip("-")


def resolve_verdict(scale: Scale, written: str) -> Verdict | None:
    """The scale step an analyst meant: its id exactly, else its id or a label ignoring case and accents."""
    exact = scale.get(written)
    if exact:
        return exact
    wanted = slug(written)
    if not wanted:
        return None
    for verdict in scale.verdicts:
        if wanted == slug(verdict.id) or wanted in {slug(label) for label in verdict.labels.values()}:
            return verdict
    return None


def is_reviewed(verdict_id: str) -> bool:
    """False for `pending`, the verdict of a statement nobody has reviewed yet."""
    return verdict_id != PENDING_ID


def allowed_ids(scale: Scale) -> list[str]:
    return [v.id for v in scale.verdicts]


def _per_language(value: str | Mapping[str, str] | None) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        return {"en": value, "fr": value}
    return {str(k): str(v) for k, v in value.items()}


def _default_icon(value: int | None, best: int | None, worst: int | None) -> str:
    if value is None or best is None or worst is None or best == worst:
        return "?"
    icons = "✗!◐≈✓"
    position = (value - worst) / (best - worst)
    return icons[round(position * (len(icons) - 1))]


def scale_from_spec(spec: str | Sequence[Mapping[str, Any]] | None) -> Scale:
    """A preset by name, or a custom scale from a list of steps (id, label, value, colour, definition, icon)."""
    if spec is None:
        return DEFAULT_SCALE
    if isinstance(spec, str):
        preset = PRESETS.get(spec) or PRESETS.get(slug(spec))
        if preset is None:
            raise ScaleError(f"unknown scale preset '{spec}' (presets: {', '.join(PRESETS)})")
        return preset
    steps = list(spec)
    if not steps:
        raise ScaleError("a custom scale needs at least one step")
    values = [step.get("value") for step in steps if step.get("value") is not None]
    best, worst = (max(values), min(values)) if values else (None, None)
    verdicts: list[Verdict] = []
    for step in steps:
        step_id = str(step.get("id") or "").strip()
        if not step_id:
            raise ScaleError("every scale step needs an id")
        if any(v.id == step_id for v in verdicts):
            raise ScaleError(f"scale step '{step_id}' is listed twice")
        labels = _per_language(step.get("label")) or {"en": step_id, "fr": step_id}
        verdicts.append(
            Verdict(
                id=step_id,
                labels=labels,
                value=step.get("value"),
                colour=step.get("colour") or GREY,
                definition=_per_language(step.get("definition")),
                icon=step.get("icon") or _default_icon(step.get("value"), best, worst),
            )
        )
    if not any(v.id == PENDING_ID for v in verdicts):
        verdicts.append(PENDING)
    return Scale("custom", tuple(verdicts))
