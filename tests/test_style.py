"""The code passes ruff (lint and format), as CI would check it."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import REPO


@pytest.mark.parametrize("command", [["check", "."], ["format", "--check", "."]])
def test_ruff(command):
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with the dev extra: pip install '.[dev]')")
    completed = subprocess.run([ruff, *command], cwd=REPO, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout + completed.stderr


SLOTS = REPO / "vaguewords" / "slots"
# Which modules of vaguewords.slots each module may import (the package's one-way picture).
SLOTS_MAY_IMPORT = {
    "parse": set(),
    "who": {"parse"},
    "amounts": {"parse"},
    "manner": {"parse"},
    "how": {"parse", "amounts", "manner"},
    "when": {"parse"},
    "__init__": {"parse", "who", "how", "when"},
}


@pytest.mark.parametrize("name", sorted(SLOTS_MAY_IMPORT))
def test_slot_modules_are_small_say_what_they_decide_and_import_one_way(name):
    import ast

    path = SLOTS / f"{name}.py"
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) < 600, f"{path.name} has grown past 600 lines: split it"
    tree = ast.parse(source)
    docstring = ast.get_docstring(tree) or ""
    assert docstring, f"{path.name} should open with what it decides"
    if name != "__init__":
        assert "May import" in docstring, f"{path.name}: say what it may import"
    imported = {
        node.module.rsplit(".", 1)[1]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and node.module
        and node.module.startswith("vaguewords.slots.")
    }
    assert imported <= SLOTS_MAY_IMPORT[name], (name, imported - SLOTS_MAY_IMPORT[name])
    # Outside the package, only the layers below: no pipeline, CLI or rendering.
    outside = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and node.module
        and node.module.startswith("vaguewords")
        and not node.module.startswith("vaguewords.slots")
    }
    allowed = {"vaguewords.clauses", "vaguewords.cues", "vaguewords.model"}
    if name == "__init__":
        allowed.add("vaguewords.lexicon")
    assert outside <= allowed, (name, outside - allowed)


def test_every_slot_module_is_listed():
    assert {path.stem for path in SLOTS.glob("*.py")} == set(SLOTS_MAY_IMPORT)
