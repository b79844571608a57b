"""Archive each week's packet in a git repository: ``YYYY/YYYY-MM-DD/`` plus an index.

One commit per week ("WBR week ending 2026-11-15"; "… (restated)" when ``force`` replaces an
archived week with other content). ``index.html`` and ``README.md`` list every archived week,
newest first, with its Goodhart alerts. Talking to git is :mod:`wbr.delivery.gitrepo`'s job.

The week's send record (``sent.json``) goes along: archiving a week takes the local record with
it, and every change of the record made by ``wbr email`` is committed on its own ("WBR week
ending 2026-11-15: mailing 3 recipients" before the SMTP conversation, "…: mailed to 3
recipients" after it), also for a week not archived yet (its folder then holds only the record).
The record is never part of a week's content: it neither makes a week "changed" nor "restated",
and an archived record is merged with the local one, never replaced.

Leftovers of a killed run (uncommitted week files, a stale ``index.lock``) are rolled back first
(:mod:`wbr.delivery.heal`); the outcome's ``warnings`` say so.

All or nothing: the new files are staged and verified in a temporary folder first, then copied in
and committed; on any failure the repository's files, index and HEAD are put back as they were.
An archived week is never overwritten without ``force``, and pushing never forces.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wbr.delivery import SENT_FILE, Packet
from wbr.delivery.gitrepo import (
    RepoState,
    commit_paths,
    is_committed,
    open_repository,
    push,
    rollback,
)
from wbr.delivery.index import (
    archive_entries,
    render_index_html,
    render_readme,
    week_entry,
)
from wbr.delivery.record import (
    FAILED,
    PENDING,
    SENT,
    SentEntry,
    merge_sends,
    read_sent_file,
    sent_document,
    served,
)
from wbr.errors import DeliveryError
from wbr.fileio import write_atomic

if TYPE_CHECKING:
    from wbr.config import ReportConfig

INDEX_FILES = ("index.html", "README.md")


class AlreadyArchived(DeliveryError):
    """The week is archived with other numbers, and ``force`` was not given."""


@dataclass(frozen=True, slots=True)
class ArchiveOutcome:
    """What :func:`archive_packet` did (or, for a dry run, would do)."""

    status: str  # "archived" | "restated" | "send_recorded" | "unchanged" | "dry_run"
    repo: Path
    week_dir: Path  # relative to the repository
    files: tuple[str, ...]  # repository paths written (or that would be)
    message: str  # the commit message's first line
    commit: str | None = None
    created_repo: bool = False
    pushed_to: str | None = None
    warnings: tuple[str, ...] = ()  # e.g. an interrupted run's leftovers rolled back

    def summary(self) -> str:
        """One line for the CLI."""
        where = self.repo / self.week_dir
        created = f" (created a new git repository at {self.repo})" if self.created_repo else ""
        pushed = f", pushed to {self.pushed_to}" if self.pushed_to else ""
        if self.status in ("archived", "restated", "send_recorded"):
            short = (self.commit or "")[:10]
            return f'{where}: committed {short} "{self.message}"{pushed}{created}'
        if self.status == "dry_run":
            return f'would commit "{self.message}" to {self.repo}: {", ".join(self.files)}' + (
                f" (would create a git repository at {self.repo})" if self.created_repo else ""
            )
        return f"{where}: already archived, nothing to commit{pushed}"


# --- archiving -----------------------------------------------------------------------------------


def week_path(week_ending: dt.date) -> Path:
    """``YYYY/YYYY-MM-DD``: a week's folder inside the archive."""
    return Path(f"{week_ending.year:04d}") / week_ending.isoformat()


def commit_message(week_ending: dt.date, restated: bool) -> str:
    return f"WBR week ending {week_ending}" + (" (restated)" if restated else "")


def sent_commit_message(week_ending: dt.date, recipients: int) -> str:
    s = "s" if recipients != 1 else ""
    return f"WBR week ending {week_ending}: mailed to {recipients} recipient{s}"


def record_commit_message(week_ending: dt.date, changed: Sequence[SentEntry]) -> str:
    """The commit message for these new or changed entries of the send record."""
    delivered = [s for s in changed if s.status == SENT]
    if delivered:
        return sent_commit_message(week_ending, len(served(delivered)))
    for status, what in ((PENDING, "mailing"), (FAILED, "not mailed to")):
        entries = [s for s in changed if s.status == status]
        if entries:
            n = len({r.lower() for s in entries for r in s.recipients})
            return f"WBR week ending {week_ending}: {what} {n} recipient{'s' if n != 1 else ''}"
    return f"WBR week ending {week_ending}: send record updated"


def archive_packet(
    packet: Packet,
    repo: Path,
    *,
    remote: str | None = None,
    branch: str | None = None,
    force: bool = False,
    push: bool = False,
    dry_run: bool = False,
    hide: Sequence[str] = (),
) -> ArchiveOutcome:
    """Copy the week's HTML, PDF and metrics.json into ``repo`` and commit them (all or nothing).

    The local send record (``sent.json``), when there is one, goes along, merged with the one
    already archived. An archived week with the same numbers is left alone ("unchanged", or
    "send_recorded" when only the local send record had news); with other numbers it is refused
    unless ``force`` (then the commit says "restated"). ``push`` pushes the branch to ``remote``
    afterwards (never with --force), also when there was nothing new to commit. ``hide`` names
    environment variables git and its hooks must not see (beyond the default SMTP credentials).
    """
    packet_json = packet.read_metrics()
    sources = [p for p in (packet.html, packet.pdf) if p.is_file()]
    if not sources:
        packet.require(packet.pdf, "rendered packet (HTML or PDF)")
    sources.append(packet.metrics_json)
    local_sends = read_sent_file(packet.sent_record)
    if push and not remote:
        raise DeliveryError("--push needs archive.remote in wbr.yaml (a remote name or URL)")
    rel_week = week_path(packet.week_ending)
    state, created = open_repository(repo, branch=branch, create=not dry_run, hide=hide)
    healed = state.healed if state is not None else ()
    target = repo / rel_week
    restated = False
    in_archive: tuple[SentEntry, ...] = ()
    content: set[str] = set()
    if state is not None and is_committed(repo, state, rel_week):
        in_archive = read_sent_file(target / SENT_FILE)
        content = {p.name for p in target.iterdir()} - {SENT_FILE}
    if state is not None and content:  # (only a send record: mailed before it was archived)
        same_numbers = _json_file(target / "metrics.json") == packet_json
        same_bytes = content == {p.name for p in sources} and all(
            _digest(target / p.name) == _digest(p) for p in sources
        )
        if not same_numbers and not force:
            raise AlreadyArchived(
                f"the week ending {packet.week_ending} is already archived in {target}, with "
                "numbers that differ from this packet; use --force to restate it (the commit "
                "will say 'restated')"
            )
        if same_bytes or not force:
            outcome = ArchiveOutcome(
                "unchanged", repo, rel_week, (), commit_message(packet.week_ending, False)
            )
            if not dry_run:
                recorded = _record_sends(repo, state, packet, in_archive, local_sends)
                outcome = recorded or outcome
            if push and not dry_run:
                outcome = _push(repo, remote, state, outcome)
            return replace(outcome, warnings=healed)
        restated = True
    message = commit_message(packet.week_ending, restated)
    sends = merge_sends(local_sends, in_archive)  # ties keep the local order
    files = tuple((rel_week / p.name).as_posix() for p in sources)
    files += ((rel_week / SENT_FILE).as_posix(),) if sends else ()
    files += INDEX_FILES
    if dry_run or state is None:
        return ArchiveOutcome("dry_run", repo, rel_week, files, message, created_repo=created)
    try:
        with tempfile.TemporaryDirectory(prefix="wbr-archive-") as tmp:
            staged = _stage(Path(tmp), packet, packet_json, sources, repo, rel_week, sends)
            commit = _apply(
                repo, state, rel_week, staged, Path(tmp) / "backup", message, _body(packet_json)
            )
    except OSError as exc:  # staging failed before the repository was touched
        raise DeliveryError(
            f"preparing the archive of the week ending {packet.week_ending} failed ({exc}); "
            "nothing was archived"
        ) from None
    outcome = ArchiveOutcome(
        "restated" if restated else "archived", repo, rel_week, files, message, commit, created,
        warnings=healed,
    )  # fmt: skip
    if push:
        outcome = _push(repo, remote, state, outcome)
    return outcome


def _stage(
    tmp: Path,
    packet: Packet,
    packet_json: Mapping[str, Any],
    sources: Sequence[Path],
    repo: Path,
    rel_week: Path,
    sends: Sequence[SentEntry],
) -> Path:
    """Copy the week and write the new index into ``tmp/stage``; verify the copies.

    ``packet_json`` is the packet's parsed ``metrics.json`` (the staged copy is verified equal).
    """
    stage = tmp / "stage"
    week_dir = stage / rel_week
    week_dir.mkdir(parents=True)
    for src in sources:
        dest = week_dir / src.name
        shutil.copyfile(src, dest)
        if _digest(dest) != _digest(src):
            raise DeliveryError(f"copying {src} into the archive changed it; nothing was archived")
    if sends:
        write_atomic(week_dir / SENT_FILE, sent_document(packet.week_ending, sends))
    new = week_entry(packet_json, week_dir, stage)
    entries = {e.week_ending: e for e in archive_entries(repo)}
    entries[new.week_ending] = new
    ordered = sorted(entries.values(), key=lambda e: e.week_ending, reverse=True)
    write_atomic(stage / "index.html", render_index_html(ordered))
    write_atomic(stage / "README.md", render_readme(ordered))
    return stage


def _apply(
    repo: Path,
    state: RepoState,
    rel_week: Path,
    stage: Path,
    backup: Path,
    message: str,
    body: Sequence[str] = (),
) -> str:
    """Move the staged week (and index, when staged) in and commit; on any failure put everything
    back and re-raise."""
    target = repo / rel_week
    year_dir = target.parent
    year_created = not year_dir.exists()
    index = [name for name in INDEX_FILES if (stage / name).is_file()]
    backup.mkdir()
    saved: list[str] = []
    for name in index:
        if (repo / name).exists():
            shutil.copy2(repo / name, backup / name)
            saved.append(name)
    old_week = backup / "week"
    paths = [rel_week.as_posix(), *index]
    try:
        if target.exists():
            shutil.move(str(target), str(old_week))
        year_dir.mkdir(parents=True, exist_ok=True)
        shutil.copytree(stage / rel_week, target)
        for name in index:
            shutil.copyfile(stage / name, repo / name)
        return commit_paths(repo, state, paths, message, body)
    except BaseException as exc:
        rollback(repo, state, paths)
        _restore(repo, target, old_week, year_dir, year_created, backup, index, saved)
        if isinstance(exc, OSError):
            raise DeliveryError(
                f"archiving into {repo} failed ({exc}); the repository was left as it was"
            ) from None
        if isinstance(exc, DeliveryError):
            raise DeliveryError(
                f"{exc.message}; nothing was archived, the repository was left as it was"
            ) from None
        raise


def _restore(
    repo: Path,
    target: Path,
    old_week: Path,
    year_dir: Path,
    year_created: bool,
    backup: Path,
    index: Sequence[str],
    saved: Sequence[str],
) -> None:
    """Put the week's folder and the index files back as they were before :func:`_apply` (after
    :func:`wbr.delivery.gitrepo.rollback` has put HEAD and the git index back)."""
    if target.exists():
        shutil.rmtree(target)
    if old_week.exists():
        shutil.move(str(old_week), str(target))
    if year_created and year_dir.exists() and not any(year_dir.iterdir()):
        year_dir.rmdir()
    for name in index:
        if name in saved:
            shutil.copy2(backup / name, repo / name)
        else:
            (repo / name).unlink(missing_ok=True)


def _record_sends(
    repo: Path,
    state: RepoState,
    packet: Packet,
    archived: Sequence[SentEntry],
    local: Sequence[SentEntry],
) -> ArchiveOutcome | None:
    """Commit what the local record knows and the archived ``sent.json`` does not: new sends and
    new outcomes of known ones (None when there is nothing new).

    The same all-or-nothing path as archiving a week: the archived week is staged with the merged
    record, moved in and committed; a failure puts the repository back as it was. The week's
    folder is created when the week is not archived yet.
    """
    merged = merge_sends(local, archived)
    before = {s.message_id: s for s in archived}
    changed = [s for s in merged if before.get(s.message_id) != s]
    if not changed:
        return None
    rel_week = week_path(packet.week_ending)
    message = record_commit_message(packet.week_ending, changed)
    document = sent_document(packet.week_ending, merged)
    try:
        with tempfile.TemporaryDirectory(prefix="wbr-archive-") as tmp:
            stage = Path(tmp) / "stage"
            if (repo / rel_week).is_dir():
                shutil.copytree(repo / rel_week, stage / rel_week)
            write_atomic(stage / rel_week / SENT_FILE, document)
            commit = _apply(repo, state, rel_week, stage, Path(tmp) / "backup", message)
    except OSError as exc:  # staging failed before the repository was touched
        raise DeliveryError(
            f"preparing the send record of the week ending {packet.week_ending} for the archive "
            f"failed ({exc}); nothing was committed"
        ) from None
    files = ((rel_week / SENT_FILE).as_posix(),)
    return ArchiveOutcome("send_recorded", repo, rel_week, files, message, commit)


def record_sends_in_archive(
    packet: Packet,
    repo: Path,
    *,
    remote: str | None = None,
    branch: str | None = None,
    push: bool = False,
    hide: Sequence[str] = (),
) -> ArchiveOutcome | None:
    """Commit the week's local ``sent.json`` into the archive (the repository and the week's
    folder are created when missing).

    None when the archive already holds everything the local record knows. ``push`` pushes the
    new commit to ``remote`` (never with --force). DeliveryError when the record cannot be
    committed or pushed.
    """
    rel_week = week_path(packet.week_ending)
    local = read_sent_file(packet.sent_record)
    if not local:
        return None
    state, created = open_repository(repo, branch=branch, create=True, hide=hide)
    assert state is not None  # create=True
    archived = read_sent_file(repo / rel_week / SENT_FILE)
    outcome = _record_sends(repo, state, packet, archived, local)
    if outcome is not None:
        outcome = replace(outcome, created_repo=created, warnings=state.healed)
        if push and remote:
            outcome = _push(repo, remote, state, outcome)
    return outcome


def archived_sends(repo: Path, week_ending: dt.date) -> tuple[SentEntry, ...]:
    """The sends recorded in the archive's working tree for the week (none when there are none)."""
    return read_sent_file(repo / week_path(week_ending) / SENT_FILE)


def _body(packet_json: Mapping[str, Any]) -> list[str]:
    restatements = packet_json.get("restatements") or []
    if not restatements:
        return []
    n = len(restatements)
    return [
        f"{n} earlier value{'s' if n != 1 else ''} restated against the archive "
        "(listed under 'restatements' in metrics.json).",
    ]


def _push(
    repo: Path, remote: str | None, state: RepoState, outcome: ArchiveOutcome
) -> ArchiveOutcome:
    assert remote is not None
    push(repo, remote, state.branch, outcome.commit, state.hide)
    return replace(outcome, pushed_to=f"{remote} {state.branch}")


def _digest(path: Path) -> str | None:
    if not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _json_file(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None


# --- from the config ----------------------------------------------------------------------------


def archive_week(
    config_path: Path | str,
    week_ending: dt.date | None = None,
    *,
    repo: Path | None = None,
    push: bool = False,
    force: bool = False,
    dry_run: bool = False,
) -> ArchiveOutcome:
    """``wbr archive``: the week's rendered packet (and its send record) into the configured (or
    given) repository, holding the project's run lock."""
    from wbr.config import load_config
    from wbr.delivery import packet_for
    from wbr.delivery.lock import run_lock

    cfg = load_config(config_path)
    if repo is None and cfg.archive is None:
        raise DeliveryError(
            f"{cfg.path.name} has no 'archive:' settings; add archive: {{path: ../wbr-archive}} "
            "or pass --repo PATH"
        )
    target = repo.resolve() if repo is not None else cfg.archive.path  # type: ignore[union-attr]
    with run_lock(cfg.output_dir):
        week = week_ending or cfg.week_ending or _latest_week(config_path)
        return archive_packet(
            packet_for(cfg.output_dir, week),
            target,
            remote=cfg.archive.remote if cfg.archive else None,
            branch=cfg.archive.branch if cfg.archive else None,
            force=force,
            push=push,
            dry_run=dry_run,
            hide=secret_env(cfg),
        )


def secret_env(cfg: ReportConfig) -> tuple[str, ...]:
    """The environment variables that hold the SMTP credentials (hidden from git and hooks)."""
    if cfg.email is None:
        return ()
    return (cfg.email.smtp.username_env, cfg.email.smtp.password_env)


def _latest_week(config_path: Path | str) -> dt.date:
    from wbr.engine import resolve_week_ending
    from wbr.project import load_project
    from wbr.report import load_data

    project = load_project(config_path)
    data = load_data(project)
    return resolve_week_ending(data, project.config.week_ends_on_index, None)


__all__ = [
    "AlreadyArchived",
    "ArchiveOutcome",
    "archive_entries",
    "archive_packet",
    "archive_week",
    "archived_sends",
    "commit_message",
    "open_repository",
    "record_commit_message",
    "record_sends_in_archive",
    "secret_env",
    "render_index_html",
    "render_readme",
    "sent_commit_message",
    "week_path",
]
