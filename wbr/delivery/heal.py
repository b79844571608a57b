"""An archive left behind by a killed ``wbr archive`` / ``wbr run`` is put right on the next run.

A run killed half-way (kill -9, a power cut, a CI job cancelled) can leave the archive with the
week's files, ``index.html`` and ``README.md`` copied in but not committed, and git killed inside
``git commit`` leaves ``.git/index.lock`` behind. Every later run would then stop at "has
uncommitted changes" until someone cleaned up by hand. Instead, the next run (which holds the
project's run lock, so no other wbr run is working there):

- removes git's lock files (``index.lock``, ``HEAD.lock``, a branch's ``.lock``) when no git
  process is working in the repository;
- rolls back uncommitted changes when every one of them is a file wbr writes (a week's packet
  files and send record under ``YYYY/YYYY-MM-DD/``, ``index.html``, ``README.md``) and at least
  one is a week's file: the run about to start redoes the work from the packet, so rolling back
  loses nothing. It says what it did (a warning).

Anything else uncommitted (a file of the owner's, an edited README alone) is still refused.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from subprocess import CompletedProcess

from wbr.errors import DeliveryError

WEEK_FILE = re.compile(
    r"^\d{4}/\d{4}-\d{2}-\d{2}/(wbr-\d{4}-\d{2}-\d{2}\.(html|pdf)|metrics\.json|sent\.json)$"
)
INDEX_FILES = ("index.html", "README.md")
STALE_AFTER = 600.0  # seconds; where running processes cannot be listed (no /proc)

Git = Callable[..., CompletedProcess[str]]


def clear_stale_lock(repo: Path, git: Git) -> str | None:
    """Remove git's lock files (``index.lock``, ``HEAD.lock``, ``refs/**.lock``, …) when no git
    process works in ``repo``; what was done, or None when there were none.

    DeliveryError when a git process is working there (someone is using the archive).
    """
    top = Path(git(repo, "rev-parse", "--git-dir").stdout.strip())
    git_dir = top if top.is_absolute() else repo / top
    locks = [
        p
        for p in (
            *(git_dir / name for name in ("index.lock", "HEAD.lock", "packed-refs.lock")),
            *(git_dir / "refs").rglob("*.lock"),
        )
        if p.is_file()
    ]
    if not locks:
        return None
    if _git_running_in(repo, locks[0]):
        raise DeliveryError(
            f"git is working in the archive repository {repo} ({locks[0]} exists); wait for it "
            "to finish and run again"
        )
    for lock in locks:
        lock.unlink(missing_ok=True)
    shown = ", ".join(str(p) for p in locks)
    return f"removed {shown}, left behind by a git process that was killed"


def _git_running_in(repo: Path, lock: Path) -> bool:
    proc = Path("/proc")
    if not (proc / "self" / "cwd").exists():
        try:
            return time.time() - lock.stat().st_mtime < STALE_AFTER
        except OSError:
            return False
    top = repo.resolve()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if not (entry / "comm").read_text().strip().startswith("git"):
                continue
            cwd = Path(os.readlink(entry / "cwd"))
        except OSError:  # gone meanwhile, or not ours to look at
            continue
        if cwd == top or top in cwd.parents:
            return True
    return False


def leftovers(dirty: Sequence[str]) -> list[str] | None:
    """The paths of ``git status --porcelain`` lines if all are wbr's unfinished work, else None."""
    paths = [line[3:].strip('"') for line in dirty]
    if not paths or any(" -> " in p for p in paths):
        return None
    if not all(WEEK_FILE.match(p) or p in INDEX_FILES for p in paths):
        return None
    if not any(WEEK_FILE.match(p) for p in paths):
        return None  # an edited README or index alone is the owner's, not an interrupted run's
    return paths


def roll_back(repo: Path, head: str | None, paths: Sequence[str], git: Git) -> str:
    """Put ``paths`` back as HEAD has them (staged or not; new files removed); what was done."""
    if head is None:
        git(repo, "rm", "-r", "-q", "--cached", "--ignore-unmatch", "--", *paths, check=False)
        tracked: list[str] = []
    else:
        git(repo, "reset", "-q", "--", *paths, check=False)
        listed = git(repo, "ls-tree", "-r", "--name-only", head, "--", *paths).stdout
        tracked = listed.splitlines()
    if tracked:
        git(repo, "checkout", "-q", head, "--", *tracked)
    untracked = [p for p in paths if p not in tracked]
    if untracked:
        git(repo, "clean", "-f", "-d", "-q", "--", *untracked)
    for p in untracked:  # the week's (and year's) folder, when the run had created them
        for folder in Path(p).parents:
            if folder != Path(".") and (repo / folder).is_dir():
                try:
                    (repo / folder).rmdir()
                except OSError:
                    break
    shown = ", ".join(paths[:4]) + (" …" if len(paths) > 4 else "")
    where = f"the last commit ({head[:10]})" if head else "the empty repository"
    return (
        f"the archive held the unfinished work of an interrupted wbr run ({shown} not committed); "
        f"rolled it back to {where}, this run does it again"
    )


__all__ = ["clear_stale_lock", "leftovers", "roll_back"]
