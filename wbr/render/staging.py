"""A week's packet folder replaced as one unit: built beside the target, swapped in by rename.

Every format of a packet (HTML, PDF, ``.qmd`` with its ``charts/``, ``metrics.json``) is rendered
into a temporary folder next to the week's folder (``<out>/.<YYYY-MM-DD>.tmp-XXXX``). Only when
all of them are complete does the new folder take the week's place, in one step:

- on Linux with ``renameat2(RENAME_EXCHANGE)`` (ext4, xfs, btrfs, tmpfs, ...) the two folders
  trade places atomically, so the week's path always holds a whole packet, old or new;
- elsewhere the old folder is renamed aside (``.<YYYY-MM-DD>.old-XXXX``), the new one renamed in,
  and the old one deleted; a kill between the two renames leaves the old packet aside, and the
  next run puts it back before doing anything else (:func:`recover`).

A failure or a kill at any other point leaves the previous packet untouched plus at most a
``.tmp-`` folder, which the next run deletes. Files in the week's folder that a render does not
write (the email's ``sent.json``, a dry run's ``.eml``) are carried into the new folder.

Callers hold the project's run lock (:mod:`wbr.delivery.lock`), so no other wbr process touches
the folder meanwhile.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

TMP_INFIX = ".tmp-"
OLD_INFIX = ".old-"
_RENAME_EXCHANGE = 2  # linux/fs.h


@contextmanager
def staged_folder(target: Path, replaced: Collection[str]) -> Iterator[Path]:
    """Yield an empty folder beside ``target``; on a clean exit it replaces ``target`` whole.

    ``replaced``: names of entries in the old ``target`` that the new packet owns (its formats);
    every other entry of the old folder is carried over. An exception inside the block deletes the
    temporary folder and leaves ``target`` as it was. Raises OSError when the folder cannot be
    made or swapped (the caller turns it into a RenderError).
    """
    parent = target.parent
    recover(parent, target.name)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}{TMP_INFIX}", dir=parent))
    try:
        os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes 0700; a packet folder is ordinary
        yield tmp
        if target.is_dir():
            _carry_over(target, tmp, set(replaced))
        _sync_tree(tmp)
        _swap_in(tmp, target)
    finally:
        _remove(tmp)  # after a swap, the old packet; after a failure, the unfinished new one
    _fsync_dir(parent)


def recover(parent: Path, name: str) -> None:
    """Finish what a killed run left beside ``parent/name``: restore the old packet, drop temps.

    A ``.old-`` folder with no ``name`` folder means a run was killed between its two renames:
    the old packet goes back into place. Every ``.tmp-`` folder is an unfinished (or already
    replaced) packet and is deleted.
    """
    target = parent / name
    for old in sorted(parent.glob(f".{name}{OLD_INFIX}*")):
        if not target.exists():
            os.rename(old, target)
            log.warning("restored %s: an earlier render was interrupted while replacing it", target)
        else:
            _remove(old)
    for tmp in parent.glob(f".{name}{TMP_INFIX}*"):
        _remove(tmp)


def _swap_in(new: Path, target: Path) -> None:
    """Put ``new`` at ``target``; afterwards ``new`` holds the old packet (or nothing)."""
    if not target.exists():
        os.rename(new, target)
        return
    if _exchange(new, target):
        return
    aside = target.with_name(f".{target.name}{OLD_INFIX}{new.name.rsplit('-', 1)[-1]}")
    os.rename(target, aside)
    os.rename(new, target)
    os.rename(aside, new)  # so the caller's cleanup deletes it; a kill here leaves a .old-


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with renameat2(RENAME_EXCHANGE); False when unsupported."""
    func = _renameat2()
    if func is None:
        return False
    at_fdcwd = -100
    result = func(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # this file system (or kernel) cannot exchange: rename aside instead
    raise OSError(err, os.strerror(err), str(b))


def _renameat2() -> Callable[[int, bytes, int, bytes, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        func = libc.renameat2
    except (OSError, AttributeError):  # glibc before 2.28, musl without it
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int
    exchange: Callable[[int, bytes, int, bytes, int], int] = func
    return exchange


def _carry_over(old: Path, new: Path, replaced: set[str]) -> None:
    """Hard-link (else copy) the old folder's other entries into the new one."""
    for entry in old.iterdir():
        if entry.name in replaced or (new / entry.name).exists():
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, new / entry.name, copy_function=_link_or_copy, symlinks=True)
        else:
            _link_or_copy(entry, new / entry.name)


def _link_or_copy(src: str | Path, dst: str | Path) -> None:
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)


def _sync_tree(folder: Path) -> None:
    """fsync every file and folder, so a power cut after the swap cannot leave empty files."""
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            if not os.path.islink(path):
                fd = os.open(path, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        _fsync_dir(Path(root))


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # some file systems cannot fsync a directory
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


__all__ = ["OLD_INFIX", "TMP_INFIX", "recover", "staged_folder"]
