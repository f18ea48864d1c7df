"""A plain (non-editable) install must carry the lexicons inside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest
from conftest import REPO


@pytest.mark.slow
def test_wheel_ships_the_lexicons_and_finds_them_when_installed(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
        check=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("vaguewords-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    bundled = sorted(p for p in (REPO / "lexicons").rglob("*.csv") if p.is_file())
    assert bundled
    for path in bundled:
        assert f"vaguewords/lexicons/{path.relative_to(REPO / 'lexicons').as_posix()}" in names
    for asset in ("index.html", "app.js", "app.css", "icon.svg"):  # the page of `serve`
        assert f"vaguewords/web/static/{asset}" in names

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=600,
    )
    # Run from an empty folder with only the installed copy on the path: the repo's lexicons/
    # must not be what is found.
    probe = (
        "import vaguewords.lexicon as l, pathlib; d = l.default_lexicon_dir(); "
        "print(d); print(len(l.load_lexicon().terms))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    found, count = completed.stdout.split()
    assert found.startswith(str(target)), found
    assert int(count) >= 150
