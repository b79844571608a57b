"""The git archive, in real repositories in tmp_path: commits, index, refusals, --force, push,
and a repository left exactly as it was after an injected failure.

Git runs with an empty global config (like a CI runner without an identity).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from tests.conftest import daily_csv, metric, write_project
from wbr.cli import cli
from wbr.delivery import Packet, packet_for
from wbr.delivery.archive import AlreadyArchived, archive_packet, record_sends_in_archive
from wbr.delivery.index import render_readme, week_entry
from wbr.delivery.record import SentEntry, read_sent_file, sent_document
from wbr.errors import DeliveryError

pytestmark = pytest.mark.usefixtures("git_without_identity")

W1, W2, W3 = "2026-11-01", "2026-11-08", "2026-11-15"


def git(repo: Path, *args: str) -> str:
    """Run git for the test itself (with an identity of its own)."""
    done = subprocess.run(
        ["git", "-c", "user.name=Tester", "-c", "user.email=tester@example.com", "-C", str(repo),
         *args],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout


def head(repo: Path) -> str:
    return git(repo, "rev-parse", "HEAD").strip()


def subjects(repo: Path) -> list[str]:
    return git(repo, "log", "--format=%s").splitlines()


def tree(repo: Path) -> dict[str, str]:
    """Every file outside .git with its hash."""
    return {
        p.relative_to(repo).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(repo.rglob("*"))
        if p.is_file() and ".git" not in p.relative_to(repo).parts
    }


def metrics_doc(week: str, *, leads: float = 498.0, title: str = "Acme WBR") -> dict[str, Any]:
    return {
        "schema_version": 1,
        "title": title,
        "week_ending": week,
        "metrics": [
            {"id": "leads", "label": "Leads <b>|web|", "target": {"met": False},
             "weeks": [{"week_ending": week, "value": leads, "prior_year": 400.0}], "months": []},
            {"id": "rate", "label": "Lead → meeting rate", "target": None,
             "weeks": [{"week_ending": week, "value": 0.3, "prior_year": 0.31}], "months": []},
            {"id": "orders", "label": "Orders", "target": {"met": True}, "weeks": [], "months": []},
            {"id": "defects", "label": "Defect rate", "target": None, "weeks": [], "months": []},
        ],
        "pairs": [
            {"metric": "leads", "counter_metric": "rate", "status": "alert", "reason": "r"},
            {"metric": "orders", "counter_metric": "defects", "status": "watch", "reason": "r"},
        ],
        "warnings": [],
        "restatements": [],
    }  # fmt: skip


def make_packet(out: Path, week: str, *, leads: float = 498.0, html: bool = True) -> Packet:
    import datetime as dt

    packet = packet_for(out, dt.date.fromisoformat(week))
    packet.folder.mkdir(parents=True, exist_ok=True)
    packet.pdf.write_bytes(b"%PDF-1.7 " + week.encode() + bytes(range(256)))
    if html:
        packet.html.write_text(f"<!DOCTYPE html><title>{week}</title>", encoding="utf-8")
    packet.metrics_json.write_text(json.dumps(metrics_doc(week, leads=leads)), encoding="utf-8")
    return packet


# --- archiving ----------------------------------------------------------------------------------


def test_first_week_creates_the_repository(tmp_path: Path) -> None:
    packet = make_packet(tmp_path / "reports", W2)
    repo = tmp_path / "archives" / "wbr"
    outcome = archive_packet(packet, repo, branch="main")
    assert outcome.status == "archived" and outcome.created_repo
    assert "created a new git repository" in outcome.summary()
    assert subjects(repo) == ["WBR week ending 2026-11-08"]
    assert git(repo, "symbolic-ref", "--short", "HEAD").strip() == "main"
    assert git(repo, "log", "-1", "--format=%an <%ae>").strip() == "wbr <wbr@localhost>"
    assert sorted(git(repo, "ls-files").split()) == [
        "2026/2026-11-08/metrics.json",
        "2026/2026-11-08/wbr-2026-11-08.html",
        "2026/2026-11-08/wbr-2026-11-08.pdf",
        "README.md",
        "index.html",
    ]
    for src in (packet.html, packet.pdf, packet.metrics_json):
        assert (repo / "2026" / "2026-11-08" / src.name).read_bytes() == src.read_bytes()
    assert git(repo, "status", "--porcelain") == ""
    assert outcome.commit == head(repo)


def test_index_lists_every_week_newest_first_with_alerts(tmp_path: Path) -> None:
    repo = tmp_path / "archive"
    for week in (W1, "2025-12-28", W3):
        archive_packet(make_packet(tmp_path / "reports", week), repo)
    assert subjects(repo) == [
        "WBR week ending 2026-11-15",
        "WBR week ending 2025-12-28",
        "WBR week ending 2026-11-01",
    ]
    readme = (repo / "README.md").read_text(encoding="utf-8")
    rows = [line for line in readme.splitlines() if line.startswith("| 20")]
    assert [row.split(" | ")[0] for row in rows] == ["| 2026-11-15", "| 2026-11-01", "| 2025-12-28"]
    assert rows[0] == (
        "| 2026-11-15 | [HTML](2026/2026-11-15/wbr-2026-11-15.html) · "
        "[PDF](2026/2026-11-15/wbr-2026-11-15.pdf) · [metrics.json](2026/2026-11-15/metrics.json)"
        " | 1 Goodhart alert, 1 watch, 1 metric off target | "
        "**Alert:** Leads \\<b\\>\\|web\\| ↔ Lead → meeting rate<br>Watch: Orders ↔ Defect rate |"
    )
    index = (repo / "index.html").read_text(encoding="utf-8")
    assert index.index("2026-11-15") < index.index("2026-11-01") < index.index("2025-12-28")
    assert "Alert: Leads &lt;b&gt;|web| ↔ Lead → meeting rate" in index
    assert "<b>" not in index and "<script" not in index
    assert '<a href="2025/2025-12-28/wbr-2025-12-28.pdf">PDF</a>' in index
    assert (repo / "2025" / "2025-12-28" / "metrics.json").is_file()


def test_readme_escapes_a_hostile_title(tmp_path: Path) -> None:
    week = tmp_path / "2026" / W2
    week.mkdir(parents=True)
    entry = week_entry(metrics_doc(W2, title="Acme | [x](http://evil) <img>"), week, tmp_path)
    first = render_readme([entry]).splitlines()[0]
    assert first == "# Acme \\| \\[x\\]\\(http://evil\\) \\<img\\> — archive"


def test_an_archived_week_is_never_overwritten_without_force(tmp_path: Path) -> None:
    repo = tmp_path / "archive"
    archive_packet(make_packet(tmp_path / "reports", W2), repo)
    before, files = head(repo), tree(repo)
    same = archive_packet(make_packet(tmp_path / "reports", W2), repo)
    assert same.status == "unchanged" and "already archived, nothing to commit" in same.summary()
    changed = make_packet(tmp_path / "reports", W2, leads=512.0)
    with pytest.raises(AlreadyArchived, match="already archived in .* use --force to restate it"):
        archive_packet(changed, repo)
    assert head(repo) == before and tree(repo) == files
    assert git(repo, "status", "--porcelain") == ""


def test_force_restates_the_week(tmp_path: Path) -> None:
    repo = tmp_path / "archive"
    archive_packet(make_packet(tmp_path / "reports", W2), repo)
    archive_packet(make_packet(tmp_path / "reports", W3), repo)
    changed = make_packet(tmp_path / "reports", W2, leads=512.0, html=False)
    changed.html.unlink()
    outcome = archive_packet(changed, repo, force=True)
    assert outcome.status == "restated"
    assert subjects(repo)[0] == "WBR week ending 2026-11-08 (restated)"
    archived = json.loads((repo / "2026" / W2 / "metrics.json").read_text(encoding="utf-8"))
    assert archived["metrics"][0]["weeks"][0]["value"] == 512.0
    assert not (repo / "2026" / W2 / f"wbr-{W2}.html").exists()  # gone from the new packet
    assert f"2026/{W2}/wbr-{W2}.html" not in git(repo, "ls-files")
    assert git(repo, "status", "--porcelain") == ""
    again = archive_packet(changed, repo, force=True)  # identical bytes: nothing to restate
    assert again.status == "unchanged" and len(subjects(repo)) == 3


def test_push_to_a_bare_remote_never_forces(tmp_path: Path) -> None:
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    repo = tmp_path / "archive"
    outcome = archive_packet(
        make_packet(tmp_path / "reports", W2), repo, remote=str(remote), branch="main", push=True
    )
    assert outcome.pushed_to == f"{remote} main"
    assert git(remote, "rev-parse", "refs/heads/main").strip() == head(repo)
    # someone else pushes to the remote: our next push is rejected, not forced
    other = tmp_path / "other"
    subprocess.run(["git", "clone", "-q", "-b", "main", str(remote), str(other)], check=True)
    (other / "NOTE.md").write_text("hand-made\n", encoding="utf-8")
    git(other, "add", "NOTE.md")
    git(other, "commit", "-q", "-m", "note")
    git(other, "push", "-q", "origin", "main")
    theirs = head(other)
    with pytest.raises(DeliveryError, match="git push to .* failed: .*committed locally") as err:
        archive_packet(
            make_packet(tmp_path / "reports", W3), repo, remote=str(remote), branch="main",
            push=True,
        )  # fmt: skip
    assert "never force-pushes" in err.value.message
    assert git(remote, "rev-parse", "refs/heads/main").strip() == theirs
    assert subjects(repo)[0] == "WBR week ending 2026-11-15"  # kept locally, push again later
    with pytest.raises(DeliveryError, match="--push needs archive.remote"):
        archive_packet(make_packet(tmp_path / "reports", W3), repo, push=True)


# --- the send record ---------------------------------------------------------------------------


def add_send(packet: Packet, message_id: str, *recipients: str) -> SentEntry:
    """Add a send to the packet's local sent.json (as 'wbr email' would)."""
    entry = SentEntry(message_id, f"2026-11-16T07:00:0{len(message_id) % 10}Z", recipients, {},
                      "WBR", "0" * 64)  # fmt: skip
    sends = (*read_sent_file(packet.sent_record), entry)
    packet.sent_record.write_text(sent_document(packet.week_ending, sends), encoding="utf-8")
    return entry


def test_the_send_record_is_not_part_of_the_weeks_content(tmp_path: Path) -> None:
    repo = tmp_path / "archive"
    packet = make_packet(tmp_path / "reports", W2)
    first = add_send(packet, "<1@x>", "ceo@acme.example", "coo@acme.example")
    outcome = archive_packet(packet, repo)
    assert outcome.status == "archived" and f"2026/{W2}/sent.json" in outcome.files
    assert f"2026/{W2}/sent.json" in git(repo, "ls-files").split()
    record = repo / "2026" / W2 / "sent.json"
    assert read_sent_file(record) == (first,)
    # the same numbers, with or without the local record: unchanged, never "restated"
    assert archive_packet(packet, repo).status == "unchanged"
    assert archive_packet(packet, repo, force=True).status == "unchanged"
    packet.sent_record.unlink()
    assert archive_packet(packet, repo, force=True).status == "unchanged"
    assert subjects(repo) == ["WBR week ending 2026-11-08"]
    # a new local send is committed on its own, merged with the archived record
    second = add_send(packet, "<22@x>", "cfo@acme.example")
    recorded = archive_packet(packet, repo)
    assert recorded.status == "send_recorded" and recorded.files == (f"2026/{W2}/sent.json",)
    assert subjects(repo)[0] == "WBR week ending 2026-11-08: mailed to 1 recipient"
    assert read_sent_file(record) == (first, second)
    assert git(repo, "status", "--porcelain") == ""
    # other numbers are still refused; a restatement keeps the archived record
    packet.sent_record.unlink()
    with pytest.raises(AlreadyArchived):
        archive_packet(make_packet(tmp_path / "reports", W2, leads=512.0), repo)
    restated = archive_packet(make_packet(tmp_path / "reports", W2, leads=512.0), repo, force=True)
    assert restated.status == "restated" and read_sent_file(record) == (first, second)


def test_a_failed_send_record_commit_leaves_the_repository_as_it_was(tmp_path: Path) -> None:
    repo = tmp_path / "archive"
    packet = make_packet(tmp_path / "reports", W2)
    archive_packet(packet, repo)
    fail_commits(repo)
    before, files = head(repo), tree(repo)
    add_send(packet, "<1@x>", "ceo@acme.example")
    with pytest.raises(DeliveryError, match="hook says no.*the repository was left as it was"):
        record_sends_in_archive(packet, repo)
    assert head(repo) == before and tree(repo) == files
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""


# --- failures leave the repository as it was --------------------------------------------------


def fail_commits(repo: Path) -> None:
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'hook says no' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)


def test_injected_failure_leaves_the_repository_as_it_was(tmp_path: Path) -> None:
    repo = tmp_path / "archive"
    archive_packet(make_packet(tmp_path / "reports", W2), repo)
    fail_commits(repo)
    before, files = head(repo), tree(repo)
    with pytest.raises(DeliveryError, match="hook says no.*the repository was left as it was"):
        archive_packet(make_packet(tmp_path / "reports", W3), repo)
    assert head(repo) == before and tree(repo) == files
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""
    assert not (repo / "2026" / W3).exists()
    # the same for a forced restatement: the old week comes back byte for byte
    with pytest.raises(DeliveryError, match="left as it was"):
        archive_packet(make_packet(tmp_path / "reports", W2, leads=1.0), repo, force=True)
    assert head(repo) == before and tree(repo) == files
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""


def test_injected_failure_in_a_new_repository(tmp_path: Path) -> None:
    repo = tmp_path / "archive"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    fail_commits(repo)
    with pytest.raises(DeliveryError, match="left as it was"):
        archive_packet(make_packet(tmp_path / "reports", W2), repo)
    unborn = subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", "-q", "HEAD"])
    assert unborn.returncode != 0
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""
    assert tree(repo) == {}


def test_an_index_lock_held_by_a_running_git_is_refused(tmp_path: Path) -> None:
    """A git process works in the archive (its index.lock): wbr neither waits nor touches it."""
    repo = tmp_path / "archive"
    archive_packet(make_packet(tmp_path / "reports", W2), repo)
    before, files = head(repo), tree(repo)
    lock = repo / ".git" / "index.lock"
    lock.write_text("", encoding="utf-8")
    # a real git process whose working folder is the archive (it waits on its stdin)
    busy = subprocess.Popen(["git", "-C", str(repo), "cat-file", "--batch"], stdin=subprocess.PIPE)
    try:
        with pytest.raises(DeliveryError, match=r"git is working in the archive repository .*"
                           r"index\.lock exists\); wait for it to finish"):  # fmt: skip
            archive_packet(make_packet(tmp_path / "reports", W3), repo)
    finally:
        busy.communicate(b"")
    assert lock.exists()
    lock.unlink()
    assert head(repo) == before and tree(repo) == files
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""


def test_refuses_unsafe_repositories(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    packet = make_packet(tmp_path / "reports", W2)
    repo = tmp_path / "archive"
    archive_packet(make_packet(tmp_path / "reports", W1), repo)
    (repo / "notes.txt").write_text("draft\n", encoding="utf-8")
    with pytest.raises(DeliveryError, match=r"has uncommitted changes \(notes.txt\)"):
        archive_packet(packet, repo)
    (repo / "notes.txt").unlink()
    (repo / "README.md").write_text("edited by hand\n", encoding="utf-8")
    with pytest.raises(DeliveryError, match=r"uncommitted changes \(README.md\)"):
        archive_packet(packet, repo)
    git(repo, "checkout", "--", "README.md")

    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "x.txt").write_text("x", encoding="utf-8")
    with pytest.raises(DeliveryError, match="is not a git repository"):
        archive_packet(packet, plain)
    with pytest.raises(DeliveryError, match="is inside the git repository .* not its top folder"):
        archive_packet(packet, repo / "2026")
    with pytest.raises(DeliveryError, match="is on branch '.*', but archive.branch is 'gh-pages'"):
        archive_packet(packet, repo, branch="gh-pages")

    monkeypatch.setenv("PATH", str(tmp_path / "no-binaries"))
    with pytest.raises(DeliveryError, match="git is not installed or not on PATH"):
        archive_packet(packet, repo)


def test_needs_a_rendered_packet(tmp_path: Path) -> None:
    import datetime as dt

    empty = packet_for(tmp_path / "reports", dt.date(2026, 11, 8))
    with pytest.raises(DeliveryError, match=r"no metrics.json for the week ending 2026-11-08.*"
                       r"run 'wbr render --week-ending 2026-11-08' first"):  # fmt: skip
        archive_packet(empty, tmp_path / "archive")
    assert not (tmp_path / "archive").exists()


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    repo = tmp_path / "archive"
    outcome = archive_packet(make_packet(tmp_path / "reports", W2), repo, dry_run=True)
    assert outcome.status == "dry_run" and outcome.created_repo and not repo.exists()
    assert outcome.files == (
        "2026/2026-11-08/wbr-2026-11-08.html", "2026/2026-11-08/wbr-2026-11-08.pdf",
        "2026/2026-11-08/metrics.json", "index.html", "README.md",
    )  # fmt: skip
    archive_packet(make_packet(tmp_path / "reports", W2), repo)
    before, files = head(repo), tree(repo)
    dry = archive_packet(make_packet(tmp_path / "reports", W3), repo, dry_run=True)
    assert 'would commit "WBR week ending 2026-11-15"' in dry.summary()
    assert head(repo) == before and tree(repo) == files


def test_identity_from_the_environment_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Monday Bot")
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "bot@acme.example")
    repo = tmp_path / "archive"
    archive_packet(make_packet(tmp_path / "reports", W2), repo)
    assert git(repo, "log", "-1", "--format=%an <%ae>").strip() == "Monday Bot <bot@acme.example>"


# --- the command --------------------------------------------------------------------------------


def project(tmp_path: Path, archive: dict[str, Any] | None) -> Path:
    csv = daily_csv("2026-01-01", "2026-11-15", {"x": lambda d: 5})
    config: dict[str, Any] = {"output_dir": "reports"}
    if archive is not None:
        config["archive"] = archive
    return write_project(
        tmp_path / "proj", sources={"s": csv}, metrics={"x": metric()}, config=config
    )


def test_cli_archive(tmp_path: Path) -> None:
    config = project(tmp_path, {"path": "../wbr-archive", "branch": "main"})
    runner = CliRunner()
    missing = runner.invoke(cli, ["archive", str(config), "--week-ending", W2])
    assert missing.exit_code == 1
    assert missing.output.startswith("Error: no metrics.json for the week ending 2026-11-08")

    make_packet(tmp_path / "proj" / "reports", W2)
    dry = runner.invoke(cli, ["archive", str(config), "--week-ending", W2, "--dry-run"])
    assert dry.exit_code == 0 and 'would commit "WBR week ending 2026-11-08"' in dry.output
    assert not (tmp_path / "wbr-archive").exists()

    done = runner.invoke(cli, ["archive", str(config), "--week-ending", W2])
    assert done.exit_code == 0, done.output
    assert "committed" in done.output and '"WBR week ending 2026-11-08"' in done.output
    again = runner.invoke(cli, ["archive", str(config), "--week-ending", W2])
    assert again.exit_code == 0 and "already archived, nothing to commit" in again.output

    make_packet(tmp_path / "proj" / "reports", W2, leads=1.0)
    refused = runner.invoke(cli, ["archive", str(config), "--week-ending", W2])
    assert refused.exit_code == 1 and "use --force to restate it" in refused.output
    forced = runner.invoke(cli, ["archive", str(config), "--week-ending", W2, "--force"])
    assert forced.exit_code == 0 and "(restated)" in forced.output

    # latest week from the data when no date is given; --repo overrides archive.path
    make_packet(tmp_path / "proj" / "reports", W3)
    other = runner.invoke(cli, ["archive", str(config), "--repo", str(tmp_path / "other")])
    assert other.exit_code == 0, other.output
    assert subjects(tmp_path / "other") == ["WBR week ending 2026-11-15"]


def test_cli_archive_needs_a_repository(tmp_path: Path) -> None:
    config = project(tmp_path, None)
    result = CliRunner().invoke(cli, ["archive", str(config), "--week-ending", W2])
    assert result.exit_code == 1
    assert "has no 'archive:' settings" in result.output and "--repo PATH" in result.output
    assert yaml.safe_load(config.read_text(encoding="utf-8"))["output_dir"] == "reports"


# --- issue #7: no SMTP credentials for git hooks; an interrupted run's leftovers are healed ----


def install_hook(repo: Path, name: str, body: str) -> None:
    hook = repo / ".git" / "hooks" / name
    hook.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    hook.chmod(0o755)


def test_git_hooks_never_see_the_smtp_credentials(tmp_path: Path) -> None:
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    config = project(tmp_path, {"path": "../wbr-archive", "remote": str(remote), "branch": "main"})
    raw = yaml.safe_load(config.read_text(encoding="utf-8"))
    raw["email"] = {
        "from": "wbr@acme.example",
        "to": ["ceo@acme.example"],
        "smtp": {"host": "127.0.0.1", "security": "none", "password_env": "MAIL_PASS"},
    }
    config.write_text(yaml.safe_dump(raw), encoding="utf-8")
    repo = tmp_path / "wbr-archive"
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    for hook in ("pre-commit", "post-commit", "pre-push"):
        install_hook(repo, hook, f'env > "{dumps}/{hook}.env"\n')
    make_packet(tmp_path / "proj" / "reports", W2)
    env = {
        "WBR_SMTP_USER": "bot", "WBR_SMTP_PASSWORD": "hunter2-default",
        "MAIL_PASS": "hunter2-custom", "UNRELATED_SETTING": "kept",
    }  # fmt: skip
    done = CliRunner().invoke(cli, ["archive", str(config), "--week-ending", W2, "--push"], env=env)
    assert done.exit_code == 0, done.output
    seen = {p.stem: p.read_text(encoding="utf-8") for p in dumps.iterdir()}
    assert sorted(seen) == ["post-commit", "pre-commit", "pre-push"]
    for text in seen.values():
        assert "UNRELATED_SETTING=kept" in text  # the hooks did dump the environment
        assert "hunter2" not in text and "WBR_SMTP_USER" not in text and "MAIL_PASS" not in text


def test_a_stale_index_lock_is_removed_and_said(tmp_path: Path) -> None:
    config = project(tmp_path, {"path": "../wbr-archive", "branch": "main"})
    make_packet(tmp_path / "proj" / "reports", W2)
    runner = CliRunner()
    assert runner.invoke(cli, ["archive", str(config), "--week-ending", W2]).exit_code == 0
    repo = tmp_path / "wbr-archive"
    (repo / ".git" / "index.lock").write_text("", encoding="utf-8")  # no git process holds it
    make_packet(tmp_path / "proj" / "reports", W3)
    done = runner.invoke(cli, ["archive", str(config), "--week-ending", W3])
    assert done.exit_code == 0, done.output
    assert done.stderr == (
        f"Warning: removed {repo / '.git' / 'index.lock'}, left behind by a git process that "
        "was killed\n"
    )
    assert subjects(repo) == ["WBR week ending 2026-11-15", "WBR week ending 2026-11-08"]
    assert git(repo, "status", "--porcelain") == ""


def test_unfinished_work_is_rolled_back_and_unrelated_changes_are_still_refused(
    tmp_path: Path,
) -> None:
    config = project(tmp_path, {"path": "../wbr-archive", "branch": "main"})
    make_packet(tmp_path / "proj" / "reports", W2)
    runner = CliRunner()
    assert runner.invoke(cli, ["archive", str(config), "--week-ending", W2]).exit_code == 0
    repo = tmp_path / "wbr-archive"
    archived = tree(repo)
    # what a run killed between copying and committing leaves: a new week, a changed index,
    # part of it staged
    week = repo / "2026" / W3
    week.mkdir()
    (week / "metrics.json").write_text("{}", encoding="utf-8")
    (week / f"wbr-{W3}.pdf").write_bytes(b"%PDF half")
    (repo / "index.html").write_text("<p>half</p>", encoding="utf-8")
    git(repo, "add", "2026")
    make_packet(tmp_path / "proj" / "reports", W3)
    done = runner.invoke(cli, ["archive", str(config), "--week-ending", W3])
    assert done.exit_code == 0, done.output
    assert done.stderr.startswith(
        "Warning: the archive held the unfinished work of an interrupted wbr run ("
    )
    assert "rolled it back to the last commit (" in done.stderr
    assert subjects(repo) == ["WBR week ending 2026-11-15", "WBR week ending 2026-11-08"]
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""
    packet_json = (tmp_path / "proj" / "reports" / W3 / "metrics.json").read_bytes()
    assert tree(repo)[f"2026/{W3}/metrics.json"] == hashlib.sha256(packet_json).hexdigest()
    assert {k: v for k, v in tree(repo).items() if k.startswith(f"2026/{W2}")} == {
        k: v for k, v in archived.items() if k.startswith(f"2026/{W2}")
    }

    # a file of the owner's, and an edited README alone: refused as before, nothing touched
    for name, text in (("notes.txt", "mine\n"), ("README.md", "# my notes\n")):
        before = (repo / name).read_text(encoding="utf-8") if (repo / name).exists() else None
        (repo / name).write_text(text, encoding="utf-8")
        refused = runner.invoke(cli, ["archive", str(config), "--week-ending", W2, "--force"])
        assert refused.exit_code == 1
        assert f"has uncommitted changes ({name}); commit, stash or remove them" in refused.output
        assert (repo / name).read_text(encoding="utf-8") == text
        if before is None:
            (repo / name).unlink()
        else:
            (repo / name).write_text(before, encoding="utf-8")
