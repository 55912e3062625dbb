"""The project's own contracts: the CI workflow, the pre-commit hook, and a light start-up."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys

import yaml

from conftest import ROOT


def workflow() -> dict:
    return yaml.safe_load((ROOT / ".github" / "workflows" / "dossier.yml").read_text(encoding="utf-8"))


def dossier_commands(data: dict) -> list[list[str]]:
    runs = [step["run"] for job in data["jobs"].values() for step in job.get("steps", []) if "run" in step]
    return [shlex.split(line)[1:] for run in runs for line in run.splitlines()
            if line.strip().startswith(".venv/bin/dossier ")]


def test_workflow_checks_builds_uploads_and_publishes():
    data = workflow()
    steps = [step for job in data["jobs"].values() for step in job.get("steps", [])]
    uses = {step.get("uses", "").split("@")[0] for step in steps}
    assert {"actions/checkout", "actions/upload-artifact", "actions/upload-pages-artifact",
            "actions/deploy-pages"} <= uses
    commands = dossier_commands(data)
    assert [c[0] for c in commands] == ["check", "build"]
    assert any(step.get("run") == "make install" for step in steps)
    assert "\ninstall: " in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_workflow_commands_exist_and_accept_their_options(tmp_path):
    from typer.testing import CliRunner

    from dossier.cli import app

    for command in dossier_commands(workflow()):
        result = CliRunner().invoke(app, [command[0], "--help"])
        assert result.exit_code == 0
        for option in (part.split("=")[0] for part in command[1:] if part.startswith("--")):
            assert option in result.stdout, f"dossier {command[0]} has no {option}"


def test_pre_commit_hook_runs_dossier_check():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "dossier-check" and hook["entry"] == "dossier check"
    import re

    assert re.search(hook["files"], "desk/story.claims.yaml") and re.search(hook["files"], "claims.yml")
    assert not re.search(hook["files"], "notes.yaml")


def test_help_check_and_schema_import_neither_spacy_nor_weasyprint(tmp_path):
    """`--help`, `check` (with a warm cache) and `schema` stay fast: no language model, no PDF engine."""
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['dossier'] + sys.argv[1:]\n"
        "try:\n"
        "    from dossier.cli import app\n"
        "    app()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('HEAVY', sorted(m for m in ('spacy', 'weasyprint', 'trafilatura') if m in sys.modules))\n"
    )
    claims = ROOT / "claims.yaml"
    subprocess.run([sys.executable, "-m", "dossier", "check", str(claims), "--out", str(tmp_path)],
                   capture_output=True, check=False)
    for args in (["--help"], ["schema"], ["check", str(claims), "--out", str(tmp_path)]):
        done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, cwd=ROOT)
        heavy = json.loads(done.stdout.strip().splitlines()[-1].removeprefix("HEAVY ").replace("'", '"'))
        assert heavy == [], f"dossier {' '.join(args)} imported {heavy}"
