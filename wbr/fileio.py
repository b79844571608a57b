"""Atomic file writes: a reader never sees a half-written output."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from wbr.errors import WbrError


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
        # mkstemp creates 0600; give the file the mode an ordinary open() would (umask applied)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_output(path: Path, data: str | bytes) -> Path:
    """:func:`write_atomic` for a file the user named (``-o``): an OS failure (a path under a
    file, no permission, a full disk) is one ``Error:`` line and leaves any old file untouched."""
    try:
        return write_atomic(path, data)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise WbrError(f"cannot write {path} ({reason})") from None
