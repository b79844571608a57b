"""``wbr run`` end to end on the sample project: real rendering, a real git archive pushed to a
local bare remote, and a real SMTP server on loopback.

Runs (each renders the HTML and PDF, so they are few): a dry run; a run whose mail server is down
(archive done, email failed, exit 1); a re-run (archive skipped, email sent, its record committed
to the archive); a run that archives and sends nothing new; and one more on a wiped output folder
(a CI runner's fresh disk), which still sends nothing: the archive remembers the send.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiosmtpd.controller import Controller
from click.testing import CliRunner, Result

from tests.conftest import REPO
from wbr.cli import cli

pytestmark = pytest.mark.usefixtures("git_without_identity")

WEEK = "2026-11-15"
TO = ["ceo@acme.example", "coo@acme.example"]
CC = ["analyst@acme.example"]


class Collector:
    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.envelopes.append(envelope)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def smtp() -> Iterator[tuple[int, Collector]]:
    handler = Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield int(controller.port), handler
    controller.stop()


def sample_project(root: Path, port: int, name: str = "wbr.yaml") -> Path:
    """The repository's sample project with an archive (pushed to a bare remote) and email."""
    if not (root / "metrics").exists():
        shutil.copytree(REPO / "metrics", root / "metrics")
        shutil.copytree(REPO / "sample_data", root / "sample_data")
    raw = yaml.safe_load((REPO / "wbr.yaml").read_text(encoding="utf-8"))
    raw["week_ending"] = WEEK
    raw["output_dir"] = "reports"
    raw["archive"] = {"path": "archive", "remote": str(root / "remote.git"), "branch": "main"}
    raw["email"] = {
        "from": "wbr@acme.example",
        "to": TO,
        "cc": CC,
        "smtp": {"host": "127.0.0.1", "port": port, "security": "none", "timeout": 5},
    }
    path = root / name
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def run(*args: str) -> Result:
    env = {"WBR_SMTP_USER": "", "WBR_SMTP_PASSWORD": ""}
    return CliRunner().invoke(cli, ["run", *args], env=env)


def steps(result: Result) -> dict[str, tuple[str, str]]:
    """step -> (status, detail) from the run's stdout lines."""
    out: dict[str, tuple[str, str]] = {}
    for line in result.stdout.splitlines():
        step, status, *rest = line.split(maxsplit=2)
        out[step] = (status, rest[0] if rest else "")
    return out


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


def test_run_end_to_end_is_safe_to_repeat(
    tmp_path: Path, smtp: tuple[int, Collector], monkeypatch: pytest.MonkeyPatch
) -> None:
    port, server = smtp
    monkeypatch.chdir(tmp_path)
    subprocess.run(["git", "init", "-q", "--bare", str(tmp_path / "remote.git")], check=True)
    config = sample_project(tmp_path, port)
    down = sample_project(tmp_path, free_port(), "wbr-down.yaml")
    week_dir = tmp_path / "reports" / WEEK
    pdf = week_dir / f"wbr-{WEEK}.pdf"

    # 1. dry run: renders, commits nothing, writes the .eml, sends nothing
    dry = run(str(config), "--dry-run")
    assert dry.exit_code == 0, dry.output
    got = steps(dry)
    assert list(got) == ["validate", "compute", "render", "archive", "email"]
    assert got["validate"][0] == "ok" and got["validate"][1].endswith(f"week ending {WEEK}")
    assert got["compute"][0] == "ok" and got["compute"][1].startswith(f"week ending {WEEK}: ")
    assert got["render"] == ("ok", f"reports/{WEEK}/wbr-{WEEK}.html, reports/{WEEK}/wbr-{WEEK}.pdf")
    assert got["archive"][0] == "dry-run" and 'would commit "WBR week ending' in got["archive"][1]
    assert got["email"][0] == "dry-run" and f"wbr-{WEEK}.eml" in got["email"][1]
    assert not (tmp_path / "archive").exists() and server.envelopes == []
    assert pdf.read_bytes().startswith(b"%PDF")

    # 2. the mail server is down: the archive is committed and pushed, the email fails, exit 1
    failed = run(str(down))
    assert failed.exit_code == 1
    got = steps(failed)
    assert got["archive"][0] == "ok" and "committed" in got["archive"][1]
    assert "pushed to" in got["archive"][1]
    assert got["email"][0] == "failed" and "cannot connect to SMTP server" in got["email"][1]
    assert failed.stderr.splitlines()[-1].startswith("Error: email failed (see above)")
    archive = tmp_path / "archive"
    # the intent was committed and pushed before connecting, then closed as not sent
    assert git(archive, "log", "--format=%s").splitlines() == [
        f"WBR week ending {WEEK}: not mailed to 3 recipients",
        f"WBR week ending {WEEK}: mailing 3 recipients",
        f"WBR week ending {WEEK}",
    ]
    assert git(tmp_path / "remote.git", "rev-parse", "main") == git(archive, "rev-parse", "HEAD")
    assert (archive / "2026" / WEEK / f"wbr-{WEEK}.pdf").read_bytes() == pdf.read_bytes()
    record = json.loads((week_dir / "sent.json").read_text(encoding="utf-8"))
    assert [s["status"] for s in record["sends"]] == ["failed"]

    # 3. re-run once the server is back: nothing archived twice, the email goes out and its
    # record is committed to the archive and pushed
    again = run(str(config))
    assert again.exit_code == 0, again.output
    got = steps(again)
    assert got["archive"][0] == "skipped" and got["archive"][1].startswith("already archived")
    sent_line = "sent to 3 recipients: ceo@acme.example, coo@acme.example, analyst@acme.example"
    assert got["email"][0] == "ok" and got["email"][1].startswith(sent_line + "; recorded in the")
    assert got["email"][1].endswith(f"pushed to {tmp_path / 'remote.git'} main)")
    assert git(archive, "log", "--format=%s").splitlines()[:2] == [
        f"WBR week ending {WEEK}: mailed to 3 recipients",
        f"WBR week ending {WEEK}: mailing 3 recipients",
    ]
    assert git(archive, "show", "--name-only", "--format=", "HEAD").split() == [
        f"2026/{WEEK}/sent.json"
    ]
    assert git(tmp_path / "remote.git", "rev-parse", "main") == git(archive, "rev-parse", "HEAD")
    archived_record = (archive / "2026" / WEEK / "sent.json").read_text(encoding="utf-8")
    assert archived_record == (week_dir / "sent.json").read_text(encoding="utf-8")
    sends = json.loads(archived_record)["sends"]
    assert [(s["status"], s["recipients"]) for s in sends] == [
        ("failed", [*TO, *CC]),
        ("sent", [*TO, *CC]),
    ]
    [envelope] = server.envelopes
    assert envelope.rcpt_tos == [*TO, *CC]
    msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert msg["Subject"].startswith(f"WBR — week ending {WEEK} — ")
    [attachment] = list(msg.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_content() == pdf.read_bytes()

    # 4. and once more: everything is skipped
    last = run(str(config))
    assert last.exit_code == 0, last.output
    got = steps(last)
    assert got["archive"][0] == "skipped" and got["email"][0] == "skipped"
    assert got["email"][1].startswith("already sent ")
    assert len(server.envelopes) == 1
    assert len(git(archive, "log", "--format=%s").splitlines()) == 5
    assert git(archive, "status", "--porcelain") == ""

    # 5. a fresh disk (CI): the output folder is gone, the archive is a fresh clone of the remote;
    # the run renders again but archives and mails nothing
    shutil.rmtree(tmp_path / "reports")
    shutil.rmtree(archive)
    remote = str(tmp_path / "remote.git")
    subprocess.run(["git", "clone", "-q", "-b", "main", remote, str(archive)], check=True)
    head = git(archive, "rev-parse", "HEAD")
    fresh = run(str(config))
    assert fresh.exit_code == 0, fresh.output
    got = steps(fresh)
    assert got["render"][0] == "ok" and pdf.is_file()
    assert got["archive"][0] == "skipped" and got["archive"][1].startswith("already archived")
    assert got["email"][0] == "skipped"
    when, _, rest = got["email"][1].removeprefix("already sent ").partition(" ")
    assert when == json.loads(archived_record)["sends"][-1]["sent_at"]
    assert rest == f"to {', '.join([*TO, *CC])} (use --resend to send again)"
    assert len(server.envelopes) == 1
    assert git(archive, "rev-parse", "HEAD") == head and not (week_dir / "sent.json").exists()
    assert git(archive, "status", "--porcelain") == ""


def test_run_stops_after_a_failed_validation(tmp_path: Path) -> None:
    config = sample_project(tmp_path, free_port())
    (tmp_path / "sample_data" / "crm_leads.csv").unlink()
    result = run(str(config))
    assert result.exit_code == 1
    got = steps(result)
    assert got["validate"][0] == "failed" and "crm_leads.csv" in got["validate"][1]
    assert [got[s] for s in ("compute", "render", "archive", "email")] == [
        ("skipped", "validate failed")
    ] * 4
    assert result.stderr.splitlines()[-1].startswith("Error: validate failed (see above)")
    assert not (tmp_path / "reports").exists() and not (tmp_path / "archive").exists()


def test_a_second_run_at_the_same_time_is_refused(tmp_path: Path) -> None:
    """The project's lock is held (here by the test process, as a running 'wbr run' would): run,
    email and archive fail at once with one Error line and write nothing."""
    fcntl = pytest.importorskip("fcntl", reason="the run lock uses flock (POSIX)")
    config = sample_project(tmp_path, free_port())
    reports = tmp_path / "reports"
    reports.mkdir()
    lock = reports / ".wbr.lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(fd, f"{os.getpid()}\n".encode())
        expected = (
            f"Error: another wbr run is in progress for this project (lock: {lock}, "
            f"pid {os.getpid()}); wait for it to finish"
        )
        result = run(str(config))
        assert result.exit_code == 1
        assert result.stderr.splitlines()[-1] == expected
        assert [line.split()[0] for line in result.stdout.splitlines()] == ["validate"]
        for command in ("email", "archive"):
            other = CliRunner().invoke(cli, [command, str(config), "--week-ending", WEEK])
            assert other.exit_code == 1 and other.output.splitlines() == [expected], other.output
        assert [p.name for p in reports.iterdir()] == [".wbr.lock"]
        assert not (tmp_path / "archive").exists()
    finally:
        os.close(fd)
    assert lock.read_text(encoding="utf-8") == f"{os.getpid()}\n"  # untouched by the others


def test_run_reads_the_data_once_and_warns_once(tmp_path: Path) -> None:
    # validation and the metric set both see the loader's warnings; the run shows each once
    from wbr.scaffold import init_project

    init_project(tmp_path)
    web = tmp_path / "sample_data" / "web_daily.csv"
    lines = web.read_text(encoding="utf-8").splitlines()
    rows = [lines[0] + ",note,note"] + [line + ",x,y" for line in lines[1:]]
    web.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", str(tmp_path / "wbr.yaml"), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("column 'note' appears 2 times in the header") == 1
