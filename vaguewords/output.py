"""Write output files safely: to a temporary file beside the target, then renamed into place, so
a crash never leaves half a file; never over one of the inputs."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from vaguewords.errors import OutputError


def check_output_path(target: Path, inputs: Iterable[Path | str] = ()) -> Path:
    """Refuse an output path that is one of the inputs (or inside nothing writable)."""
    target = Path(target)
    if target.exists() and target.is_dir():
        raise OutputError(f"{target}: is a folder; give a file name for the output")
    if not target.parent.exists():
        raise OutputError(f"{target}: the folder {str(target.parent)!r} does not exist")
    resolved = target.resolve()
    for item in inputs:
        path = Path(item)
        try:
            if not path.exists():
                continue
            if path.is_dir():
                if resolved.is_relative_to(path.resolve()) and resolved.exists():
                    _refuse_if_input(resolved, path)
                continue
            if path.resolve() == resolved:
                raise OutputError(f"{target}: is one of the inputs; refusing to overwrite it")
        except OSError:
            continue
    return target


def _refuse_if_input(resolved: Path, folder: Path) -> None:
    from vaguewords.documents import READERS

    if resolved.suffix.lower() in READERS:
        raise OutputError(
            f"{resolved}: is one of the inputs (inside {folder}); refusing to overwrite it"
        )


def write_atomic(target: Path, data: str | bytes, inputs: Iterable[Path | str] = ()) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder and a rename."""
    target = check_output_path(Path(target), inputs)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as error:
        raise OutputError(f"{target}: cannot write here ({error.strerror or error})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write the file ({error.strerror or error})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
