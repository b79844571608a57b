"""Issue #7: leadership is never mailed twice, and a killed run never leaves the archive stuck.

Everything real: ``wbr`` runs as a subprocess that the test kills with SIGKILL, a real SMTP server
(aiosmtpd) on loopback that stalls where the test wants, real git repositories with a bare remote
whose hook refuses pushes on demand, and a real tmpfs that fills up (skipped where it cannot be
mounted). After every fault, a re-run must not mail anybody again, must end in one ``Error:``
line (or a warning) and never a traceback, and the archive must stay usable (``git fsck``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiosmtpd.controller import Controller
from click.testing import CliRunner, Result

from tests.conftest import daily_csv, metric, write_project
from wbr.cli import cli
from wbr.project import load_project
from wbr.report import build_report, metric_set_json

pytestmark = pytest.mark.usefixtures("git_without_identity")

WEEK = "2026-11-15"
TO = ["ceo@acme.example", "coo@acme.example"]
NO_LOGIN = {"WBR_SMTP_USER": "", "WBR_SMTP_PASSWORD": ""}


# --- a real SMTP server that stalls where the test wants ---------------------------------------


class Stalling:
    """aiosmtpd handler: keeps every envelope; optionally stalls before answering the message's
    DATA (the outcome is unknown to the client) or QUIT (the message is accepted), and runs
    ``on_data`` (e.g. fill the disk) before accepting."""

    def __init__(self, stall: str | None = None, on_data: Callable[[], None] | None = None) -> None:
        self.envelopes: list[Any] = []
        self.stall = stall
        self.on_data = on_data

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.envelopes.append(envelope)
        if self.on_data is not None:
            self.on_data()
        if self.stall == "data":
            await asyncio.sleep(60)
        return "250 OK queued"

    async def handle_QUIT(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.stall == "quit":
            await asyncio.sleep(60)
        return "221 Bye"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[Callable[..., tuple[int, Stalling]]]:
    started: list[Controller] = []

    def start(handler: Stalling | None = None) -> tuple[int, Stalling]:
        handler = handler or Stalling()
        controller = Controller(handler, hostname="127.0.0.1", port=free_port())
        controller.start()
        started.append(controller)
        return int(controller.port), handler

    yield start
    for controller in started:
        controller.stop()


# --- a small real project, its packet, its archive ---------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny project with its week's packet (metrics.json as 'wbr render' writes it)."""
    root = tmp_path_factory.mktemp("template") / "proj"
    csv = daily_csv("2026-01-01", WEEK, {"x": lambda d: 5})
    config = write_project(root, sources={"s": csv}, metrics={"x": metric()})
    report = build_report(load_project(config), dt.date.fromisoformat(WEEK))
    week = root / "reports" / WEEK
    week.mkdir(parents=True)
    (week / f"wbr-{WEEK}.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) + b"\n%%EOF\n")
    (week / "metrics.json").write_text(metric_set_json(report.metric_set), encoding="utf-8")
    return root


def setup(tmp_path: Path, template: Path, port: int, *, remote: bool = True) -> Path:
    """Copy the project; give it email (to the port), an archive and a bare remote."""
    root = tmp_path / "proj"
    shutil.copytree(template, root)
    config = root / "wbr.yaml"
    raw = yaml.safe_load(config.read_text(encoding="utf-8"))
    raw["week_ending"] = WEEK
    raw["output_dir"] = "reports"
    raw["archive"] = {"path": "archive", "branch": "main"}
    if remote:
        subprocess.run(["git", "init", "-q", "--bare", str(tmp_path / "remote.git")], check=True)
        raw["archive"]["remote"] = str(tmp_path / "remote.git")
    raw["email"] = {
        "from": "wbr@acme.example",
        "to": TO,
        "smtp": {"host": "127.0.0.1", "port": port, "security": "none", "timeout": 20},
    }
    config.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    return config


def wbr(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), env=NO_LOGIN)


def spawn(config: Path, *args: str) -> subprocess.Popen[bytes]:
    """``python -m wbr`` as a real process (to be killed)."""
    env = {**os.environ, **NO_LOGIN}
    return subprocess.Popen(
        [sys.executable, "-m", "wbr", *args, str(config)],
        cwd=config.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_for(condition: Callable[[], bool], seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def kill(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


def log(repo: Path) -> list[str]:
    return git(repo, "log", "--format=%s").splitlines()


def statuses(record: Path) -> list[str]:
    return [s["status"] for s in json.loads(record.read_text(encoding="utf-8"))["sends"]]


def one_error_line(result: Result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    return lines[0]


MAYBE = f"Error: a message for the week ending {WEEK} may already have gone out at "


# --- 1b: killed while the server holds its answer to the message ------------------------------


def test_killed_before_the_server_answered_is_not_sent_again(
    tmp_path: Path, template: Path, smtp_server: Any
) -> None:
    port, server = smtp_server(Stalling(stall="data"))
    config = setup(tmp_path, template, port)
    proc = spawn(config, "email")
    wait_for(lambda: len(server.envelopes) == 1)  # the server has the whole message
    kill(proc)

    again = wbr("email", str(config))
    line = one_error_line(again)
    record = json.loads((config.parent / "reports" / WEEK / "sent.json").read_text("utf-8"))
    [intent] = record["sends"]
    at = dt.datetime.fromisoformat(intent["sent_at"].replace("Z", "+00:00"))
    assert line == (
        f"{MAYBE}{at:%H:%M} UTC on {at:%Y-%m-%d} (id {intent['message_id']}, to "
        f"{', '.join(TO)}): the run that sent it stopped before the server's answer was "
        "recorded; check with the recipients, then use --resend"
    )
    assert len(server.envelopes) == 1  # nobody mailed twice
    # the intent reached the remote before the conversation: a fresh runner knows it too
    archive = config.parent / "archive"
    assert log(archive) == [f"WBR week ending {WEEK}: mailing 2 recipients"]
    assert git(tmp_path / "remote.git", "rev-parse", "main") == git(archive, "rev-parse", "HEAD")

    # wbr run says the same in its email step, and exits 1
    ran = CliRunner().invoke(cli, ["run", str(config)], env=NO_LOGIN)
    assert ran.exit_code == 1 and f"email     failed   {line.removeprefix('Error: ')}" in ran.stdout
    assert len(server.envelopes) == 1

    # the operator checked: --resend sends once more and closes the old intent
    server.stall = None
    resent = wbr("email", str(config), "--resend")
    assert resent.exit_code == 0, resent.output
    assert resent.output.startswith(f"sent to 2 recipients: {', '.join(TO)}; recorded in the")
    assert len(server.envelopes) == 2
    assert statuses(config.parent / "reports" / WEEK / "sent.json") == ["unconfirmed", "sent"]
    after = wbr("email", str(config))
    assert after.exit_code == 0 and after.output.startswith("already sent ")
    assert len(server.envelopes) == 2


# --- 1b: killed while waiting for the answer to QUIT ------------------------------------------


def test_killed_while_waiting_for_quit_is_recorded_as_sent(
    tmp_path: Path, template: Path, smtp_server: Any
) -> None:
    port, server = smtp_server(Stalling(stall="quit"))
    config = setup(tmp_path, template, port)
    record = config.parent / "reports" / WEEK / "sent.json"
    proc = spawn(config, "email")
    wait_for(lambda: len(server.envelopes) == 1)
    # the server accepted: the delivery is recorded before QUIT is even sent
    wait_for(lambda: record.exists() and statuses(record) == ["sent"])
    kill(proc)
    again = wbr("email", str(config))
    assert again.exit_code == 0, again.output
    assert (
        again.output.startswith("already sent ") and "(use --resend to send again)" in again.output
    )
    assert len(server.envelopes) == 1


# --- 1a: the disk fills after the server accepted ---------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.decode().strip()})")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk: Path) -> Callable[[], None]:
    def run() -> None:
        with open(disk / "filler", "ab") as handle:
            try:
                while True:
                    handle.write(b"\0" * 65536)
                    handle.flush()
            except OSError:
                pass

    return run


def test_a_full_disk_after_acceptance_is_a_warning_and_never_a_resend(
    tmp_path: Path, template: Path, smtp_server: Any, small_disk: Path
) -> None:
    port, server = smtp_server(Stalling(on_data=fill(small_disk)))
    config = setup(tmp_path, template, port, remote=False)
    raw = yaml.safe_load(config.read_text(encoding="utf-8"))
    raw["output_dir"] = str(small_disk / "reports")
    raw.pop("archive")
    config.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    shutil.copytree(config.parent / "reports", small_disk / "reports")

    proc = spawn(config, "email")
    out, err = proc.communicate(timeout=60)
    assert len(server.envelopes) == 1
    assert proc.returncode == 0, err
    assert b"Traceback" not in err and out.decode().startswith("sent to 2 recipients")
    [warning] = err.decode().splitlines()
    assert (
        warning.startswith("Warning: the message <") and "was delivered, but recording" in warning
    )
    assert "No space left on device" in warning and "nobody is mailed again" in warning

    again = wbr("email", str(config))
    assert one_error_line(again).startswith(MAYBE)
    (small_disk / "filler").unlink()  # space again: still no resend without --resend
    assert one_error_line(wbr("email", str(config))).startswith(MAYBE)
    assert len(server.envelopes) == 1


# --- 1c: the push fails; a fresh runner must not mail again -----------------------------------


def refuse_pushes_when(remote: Path, flag: Path) -> None:
    hook = remote / "hooks" / "pre-receive"
    hook.write_text(f'#!/bin/sh\n[ -e "{flag}" ] && echo "remote is down" >&2 && exit 1\nexit 0\n')
    hook.chmod(0o755)


def test_a_failed_push_then_a_fresh_runner_does_not_mail_again(
    tmp_path: Path, template: Path, smtp_server: Any
) -> None:
    flag = tmp_path / "remote-down"
    port, server = smtp_server(Stalling(on_data=flag.touch))  # the remote dies mid-send
    config = setup(tmp_path, template, port)
    remote = tmp_path / "remote.git"
    refuse_pushes_when(remote, flag)

    first = wbr("run", str(config))
    assert first.exit_code == 0, first.output
    assert len(server.envelopes) == 1
    assert "Warning: the message <" in first.stderr and "remote is down" in first.stderr
    # the remote has the intent but not the delivery
    assert git(remote, "log", "--format=%s", "main").splitlines()[0] == (
        f"WBR week ending {WEEK}: mailing 2 recipients"
    )

    # a new runner: no output folder, a fresh clone of the archive
    shutil.rmtree(config.parent / "reports")
    shutil.rmtree(config.parent / "archive")
    subprocess.run(
        ["git", "clone", "-q", "-b", "main", str(remote), str(config.parent / "archive")],
        check=True,
    )
    fresh = wbr("run", str(config))
    assert fresh.exit_code == 1
    email_line = [line for line in fresh.stdout.splitlines() if line.startswith("email")]
    assert email_line and email_line[0].startswith("email     failed   a message for the week")
    assert len(server.envelopes) == 1


def test_an_intent_that_cannot_be_pushed_sends_nothing(
    tmp_path: Path, template: Path, smtp_server: Any
) -> None:
    port, server = smtp_server()
    config = setup(tmp_path, template, port)
    flag = tmp_path / "remote-down"
    refuse_pushes_when(tmp_path / "remote.git", flag)
    flag.touch()
    result = wbr("email", str(config))
    line = one_error_line(result)
    assert line.startswith(
        f"Error: cannot record the intent to mail the week ending {WEEK} in the archive (git "
        "push to "
    )
    assert "remote is down" in line and line.endswith(
        "nothing was sent: fix the archive and run again"
    )
    assert server.envelopes == []
    flag.unlink()
    fixed = wbr("email", str(config))
    assert fixed.exit_code == 0, fixed.output
    assert len(server.envelopes) == 1


# --- 2: kill -9 at several points of 'wbr archive' and 'wbr run' ------------------------------


def kill_hook(repo: Path, name: str, lock: Path, *, status: str = "") -> None:
    """A one-shot git hook that kills the wbr process (its pid is in the run lock) and git."""
    guard = f'[ "$1" = "{status}" ] || exit 0\n' if status else ""
    hook = repo / ".git" / "hooks" / name
    hook.write_text(
        f'#!/bin/sh\n{guard}rm -f "$0"\nkill -9 "$(cat "{lock}")" "$PPID"\n',
        encoding="utf-8",
    )
    hook.chmod(0o755)


POINTS = [
    ("pre-commit", ""),  # files copied in and staged, git commit running
    ("reference-transaction", "prepared"),  # the commit object written, HEAD not yet moved
    ("post-commit", ""),  # committed, index and README maybe not verified
    ("pre-push", ""),  # committed, not pushed
]


@pytest.mark.parametrize(("hook", "status"), POINTS, ids=[p[0] for p in POINTS])
def test_a_killed_archive_is_healed_by_the_next_run(
    tmp_path: Path, template: Path, hook: str, status: str
) -> None:
    config = setup(tmp_path, template, free_port())
    archive = config.parent / "archive"
    subprocess.run(["git", "init", "-q", "-b", "main", str(archive)], check=True)
    kill_hook(archive, hook, config.parent / "reports" / ".wbr.lock", status=status)
    proc = spawn(config, "archive", "--push")
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    again = wbr("archive", str(config), "--push")
    assert again.exit_code == 0, again.output
    assert "Traceback" not in again.output
    assert log(archive) == [f"WBR week ending {WEEK}"]
    assert git(archive, "status", "--porcelain", "--untracked-files=all") == ""
    assert sorted(os.listdir(archive / "2026" / WEEK)) == ["metrics.json", f"wbr-{WEEK}.pdf"]
    subprocess.run(["git", "-C", str(archive), "fsck", "--strict"], check=True, capture_output=True)
    assert git(tmp_path / "remote.git", "rev-parse", "main") == git(archive, "rev-parse", "HEAD")
    assert not (archive / ".git" / "index.lock").exists()


# (a run killed in its email step is the first test's case: the re-run stops with the Error line)
@pytest.mark.parametrize("point", ["render", "pre-commit"])
def test_a_killed_run_is_completed_by_the_next_run(
    tmp_path: Path, template: Path, smtp_server: Any, point: str
) -> None:
    port, server = smtp_server()
    config = setup(tmp_path, template, port)
    shutil.rmtree(config.parent / "reports")  # the run renders the packet itself
    archive = config.parent / "archive"
    lock = config.parent / "reports" / ".wbr.lock"
    if point == "pre-commit":
        subprocess.run(["git", "init", "-q", "-b", "main", str(archive)], check=True)
        kill_hook(archive, "pre-commit", lock)
    proc = spawn(config, "run")
    if point == "render":
        wait_for(lambda: lock.exists() and lock.read_text().strip().isdigit())
        kill(proc)
    else:
        proc.communicate(timeout=120)
        assert proc.returncode == -signal.SIGKILL

    again = wbr("run", str(config))
    assert again.exit_code == 0, again.output
    assert "Traceback" not in again.output
    assert len(server.envelopes) == 1
    assert log(archive)[-1] == f"WBR week ending {WEEK}"
    assert git(archive, "status", "--porcelain", "--untracked-files=all") == ""
    subprocess.run(["git", "-C", str(archive), "fsck", "--strict"], check=True, capture_output=True)
    assert git(tmp_path / "remote.git", "rev-parse", "main") == git(archive, "rev-parse", "HEAD")


def test_an_intent_that_cannot_be_written_sends_nothing(
    tmp_path: Path, template: Path, smtp_server: Any, small_disk: Path
) -> None:
    port, server = smtp_server()
    config = setup(tmp_path, template, port, remote=False)
    raw = yaml.safe_load(config.read_text(encoding="utf-8"))
    raw["output_dir"] = str(small_disk / "reports")
    raw.pop("archive")
    config.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    shutil.copytree(config.parent / "reports", small_disk / "reports")
    fill(small_disk)()  # the disk is full before the run
    line = one_error_line(wbr("email", str(config)))
    record = small_disk / "reports" / WEEK / "sent.json"
    assert line == (
        f"Error: cannot record the intent to mail the week ending {WEEK} in {record} (No space "
        "left on device); nothing was sent"
    )
    assert server.envelopes == [] and not record.exists()
    assert [p.name for p in record.parent.iterdir() if p.name.startswith(".")] == []  # no temp
