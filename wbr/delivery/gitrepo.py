"""The git repository the archive lives in (used by :mod:`wbr.delivery.archive`).

Finding git, running it (always as a subprocess with list arguments, never through a shell, with
terminal prompts off), a fallback committer identity, the checks that the repository is clean and
on the right branch, and the staging, commit, rollback and push primitives. Pushing never forces.
What goes into the repository (weeks, send records, the index) is :mod:`wbr.delivery.archive`'s
business.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from wbr.childenv import child_env
from wbr.delivery.heal import clear_stale_lock, leftovers, roll_back
from wbr.errors import DeliveryError

FALLBACK_IDENTITY = {"user.name": "wbr", "user.email": "wbr@localhost"}


@dataclass(frozen=True, slots=True)
class RepoState:
    """Where the repository stood when it was opened: its HEAD commit and its branch."""

    head: str | None  # None on an unborn branch
    branch: str
    hide: tuple[str, ...] = ()  # environment variables git and its hooks must not see
    healed: tuple[str, ...] = ()  # what was done to an interrupted run's leftovers (heal.py)


def git_executable() -> str:
    """The path of ``git``; DeliveryError when it is not installed."""
    found = shutil.which("git")
    if found is None:
        raise DeliveryError(
            "git is not installed or not on PATH; install git to archive packets "
            "(https://git-scm.com/downloads)"
        )
    return found


def _git(
    repo: Path, *args: str, check: bool = True, hide: Sequence[str] = ()
) -> subprocess.CompletedProcess[str]:
    cmd = [git_executable(), "-C", str(repo), *args]
    # hooks run whatever the archive's owner installed: no SMTP credentials for them
    run_env = child_env(hide, {"GIT_TERMINAL_PROMPT": "0"})
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, env=run_env, check=False)
    except OSError as exc:
        raise DeliveryError(f"cannot run git ({exc.strerror})") from None
    if check and done.returncode != 0:
        detail = " ".join((done.stderr or done.stdout).split())
        raise DeliveryError(f"'git {' '.join(args[:2])}' failed in {repo}: {detail}")
    return done


def _identity_options(repo: Path, hide: Sequence[str] = ()) -> list[str]:
    """``-c user.name=wbr -c user.email=wbr@localhost`` where git has no identity (e.g. in CI).

    GIT_AUTHOR_*/GIT_COMMITTER_* environment variables still win over these; a configured
    identity (or EMAIL) is left alone.
    """
    options: list[str] = []
    for key, value in FALLBACK_IDENTITY.items():
        if key == "user.email" and os.environ.get("EMAIL"):
            continue
        if not _git(repo, "config", "--get", key, check=False, hide=hide).stdout.strip():
            options += ["-c", f"{key}={value}"]
    return options


def open_repository(
    repo: Path, *, branch: str | None, create: bool, hide: Sequence[str] = ()
) -> tuple[RepoState | None, bool]:
    """Check ``repo`` is the top of a clean git repository on the right branch.

    A missing or empty folder becomes a new repository when ``create`` (returns created=True);
    without ``create`` (dry run) the state is None. Raises DeliveryError otherwise.
    """
    git_executable()
    fresh = not repo.exists() or (repo.is_dir() and not any(repo.iterdir()))
    if repo.exists() and not repo.is_dir():
        raise DeliveryError(f"archive path {repo} exists and is not a folder")
    if fresh:
        if not create:
            return None, True
        repo.mkdir(parents=True, exist_ok=True)
        init = ["init", "-q"] + ([f"--initial-branch={branch}"] if branch else [])
        _git(repo, *init, hide=hide)
        return _state(repo, branch, hide), True
    top = _git(repo, "rev-parse", "--show-toplevel", check=False, hide=hide)
    if top.returncode != 0:
        raise DeliveryError(
            f"archive path {repo} is not a git repository (run 'git init' there, or point "
            "archive.path / --repo at an empty or new folder)"
        )
    if Path(top.stdout.strip()).resolve() != repo.resolve():
        raise DeliveryError(
            f"archive path {repo} is inside the git repository {top.stdout.strip()} but is not "
            "its top folder; point archive.path / --repo at a repository of its own"
        )
    state = _state(repo, branch, hide)
    git = partial(_git, hide=hide)
    healed: list[str] = []
    if create:  # a dry run changes nothing, not even leftovers
        lock = clear_stale_lock(repo, git)
        healed += [lock] if lock else []

    def status() -> list[str]:
        return git(repo, "status", "--porcelain", "--untracked-files=all").stdout.splitlines()

    dirty = status()
    own = leftovers(dirty) if create else None
    if own is not None:
        healed.append(roll_back(repo, state.head, own, git))
        dirty = status()
    if dirty:
        shown = ", ".join(line[3:] for line in dirty[:5]) + (" …" if len(dirty) > 5 else "")
        raise DeliveryError(
            f"the archive repository {repo} has uncommitted changes ({shown}); commit, stash or "
            "remove them first: wbr commits only its own files into a clean repository"
        )
    return replace(state, healed=tuple(healed)), False


def _state(repo: Path, branch: str | None, hide: Sequence[str] = ()) -> RepoState:
    ref = _git(repo, "symbolic-ref", "--quiet", "--short", "HEAD", check=False, hide=hide)
    if ref.returncode != 0:
        raise DeliveryError(
            f"the archive repository {repo} is not on a branch (detached HEAD); check out "
            f"{branch or 'its main branch'} there first"
        )
    current = ref.stdout.strip()
    if branch and current != branch:
        raise DeliveryError(
            f"the archive repository {repo} is on branch '{current}', but archive.branch is "
            f"'{branch}'; check out '{branch}' there first"
        )
    head = _git(repo, "rev-parse", "--verify", "--quiet", "HEAD", check=False, hide=hide)
    return RepoState(head.stdout.strip() if head.returncode == 0 else None, current, tuple(hide))


def is_committed(repo: Path, state: RepoState, path: Path) -> bool:
    """Whether ``path`` exists in the repository's HEAD commit."""
    if state.head is None:
        return False
    listed = _git(
        repo, "ls-tree", "--name-only", state.head, "--", path.as_posix(), hide=state.hide
    )
    return bool(listed.stdout.strip())


def commit_paths(
    repo: Path, state: RepoState, paths: Sequence[str], message: str, body: Sequence[str] = ()
) -> str:
    """Stage ``paths`` (additions, changes and deletions) and commit them; the new HEAD.

    ``body`` is further paragraphs of the commit message. The fallback identity is used
    where git has none. DeliveryError when git fails, or when the commit did not take every
    change (HEAD did not move, or the working tree is still dirty); undoing is the caller's
    business (:func:`rollback`).
    """
    hide = state.hide
    _git(repo, "add", "-A", "--", *paths, hide=hide)
    paragraphs = [arg for text in (message, *body) for arg in ("-m", text)]
    _git(repo, *_identity_options(repo, hide), "commit", "-q", *paragraphs, hide=hide)
    head = _git(repo, "rev-parse", "HEAD", hide=hide).stdout.strip()
    if head == state.head or _git(repo, "status", "--porcelain", hide=hide).stdout.strip():
        raise DeliveryError(f"the archive commit in {repo} did not take every file")
    return head


def rollback(repo: Path, state: RepoState, paths: Sequence[str]) -> None:
    """Put HEAD and the git index for ``paths`` back as they were in ``state`` (best effort).

    On an unborn branch the branch ref is deleted again and ``paths`` are unstaged. The working
    tree is left alone: restoring the files is the caller's business.
    """
    hide = state.hide
    head = _git(
        repo, "rev-parse", "--verify", "--quiet", "HEAD", check=False, hide=hide
    ).stdout.strip()
    if state.head is None:
        if head:
            _git(repo, "update-ref", "-d", f"refs/heads/{state.branch}", check=False, hide=hide)
        _git(
            repo, "rm", "-r", "-q", "--cached", "--ignore-unmatch", "--", *paths,
            check=False, hide=hide,
        )  # fmt: skip
    else:
        if head != state.head:
            _git(repo, "reset", "-q", "--soft", state.head, check=False, hide=hide)
        _git(repo, "reset", "-q", state.head, "--", *paths, check=False, hide=hide)


def push(
    repo: Path, remote: str, branch: str, commit: str | None, hide: Sequence[str] = ()
) -> None:
    """Push HEAD to ``branch`` on ``remote`` (never with --force).

    ``commit`` is the commit just made, if any, named in the error message as kept locally.
    DeliveryError when the push fails.
    """
    done = _git(
        repo, "push", "--quiet", remote, f"HEAD:refs/heads/{branch}", check=False, hide=hide
    )
    if done.returncode != 0:
        detail = " ".join(done.stderr.split())
        kept = f"the week is committed locally ({(commit or '')[:10]}); " if commit else ""
        raise DeliveryError(
            f"git push to {remote} failed: {detail}; {kept}fix the remote and run "
            "'wbr archive --push' again (wbr never force-pushes)"
        )


__all__ = [
    "FALLBACK_IDENTITY",
    "RepoState",
    "commit_paths",
    "git_executable",
    "is_committed",
    "open_repository",
    "push",
    "rollback",
]
