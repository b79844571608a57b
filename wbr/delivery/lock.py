"""One run at a time per project: an exclusive lock on ``<output_dir>/.wbr.lock``.

``wbr run``, ``wbr email`` and ``wbr archive`` hold it while they work, so two of them started at
once (a cron job and a hand-started re-run) cannot both mail leadership or commit the same week.
The lock is ``flock``: the operating system releases it when the process ends, however it ends,
so a crashed run never leaves a stale lock behind. The file itself stays (it holds the pid of the
last holder). On Windows there is no ``flock`` and no locking.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wbr.errors import DeliveryError

LOCK_FILE = ".wbr.lock"


class RunLocked(DeliveryError):
    """Another wbr process holds the project's lock."""


@contextmanager
def run_lock(output_dir: Path) -> Iterator[Path | None]:
    """Hold the project's lock (``output_dir/.wbr.lock``) for the ``with`` block.

    Raises RunLocked at once, without waiting, when another process holds it. Yields the lock
    file's path (None on Windows, where nothing is locked).
    """
    if sys.platform == "win32":
        yield None
        return
    import fcntl

    path = output_dir / LOCK_FILE
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise DeliveryError(f"cannot create the run lock {path} ({exc.strerror})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise DeliveryError(f"cannot lock {path} ({exc.strerror})") from None
            holder = _holder(fd)
            raise RunLocked(
                f"another wbr run is in progress for this project (lock: {path}{holder}); "
                "wait for it to finish"
            ) from None
        try:  # who holds it, for the message above; the lock works without (e.g. a full disk)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError:
            pass
        yield path
    finally:
        os.close(fd)  # releases the lock


def _holder(fd: int) -> str:
    """``, pid 1234`` from the lock file, or nothing when it does not say."""
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f", pid {text}" if text.isdigit() else ""


__all__ = ["LOCK_FILE", "RunLocked", "run_lock"]
