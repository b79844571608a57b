"""A packet is one unit (issue #7): staged beside the week's folder, swapped in whole.

Real processes, real file systems: ``wbr render`` runs as a subprocess that is killed with
SIGKILL at several points, a small tmpfs fills up (or ``RLIMIT_FSIZE`` stands in where the test
cannot mount one), and the run lock is held by another real process. After every fault the
week's folder holds one whole packet, old or new, and the next run completes.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
import yaml
from click.testing import CliRunner

from tests.conftest import REPO
from wbr.cli import cli
from wbr.render import staging
from wbr.render.staging import recover, staged_folder
from wbr.scaffold import init_project

WEEK = "2026-11-15"
STEM = f"wbr-{WEEK}"
PACKET = {f"{STEM}.html", f"{STEM}.pdf", "metrics.json"}


# --- helpers ------------------------------------------------------------------------------------


def set_title(project: Path, title: str) -> None:
    """Give the project a title every format shows (HTML, PDF, metrics.json)."""
    path = project / "wbr.yaml"
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    config["title"] = title
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")


def wbr(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wbr", "-q", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )


def packet_title(folder: Path) -> str:
    """The one title every file of the packet carries; fails the test if they differ."""
    names = {p.name for p in folder.iterdir()} - {"sent.json"}
    assert names == PACKET, names
    import json

    title = json.loads((folder / "metrics.json").read_text(encoding="utf-8"))["title"]
    html = (folder / f"{STEM}.html").read_text(encoding="utf-8")
    assert f"<title>{title}" in html, "HTML of another version than metrics.json"
    first_page = pypdf.PdfReader(folder / f"{STEM}.pdf").pages[0].extract_text()
    assert title in " ".join(first_page.split()), "PDF of another version than metrics.json"
    return str(title)


def leftovers(out: Path) -> list[str]:
    return sorted(
        p.name for p in out.iterdir() if staging.TMP_INFIX in p.name or staging.OLD_INFIX in p.name
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    init_project(root)
    return root


# --- the staging folder itself ------------------------------------------------------------------


def test_swap_replaces_the_packet_whole_and_keeps_the_send_record(tmp_path: Path) -> None:
    target = tmp_path / WEEK
    target.mkdir()
    (target / "a.html").write_text("old", encoding="utf-8")
    (target / "a.pdf").write_text("old", encoding="utf-8")
    (target / "sent.json").write_text("{}", encoding="utf-8")
    with staged_folder(target, {"a.html", "a.pdf"}) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(f".{WEEK}.tmp-")
        (tmp / "a.html").write_text("new", encoding="utf-8")
        assert (target / "a.html").read_text(encoding="utf-8") == "old"  # not yet
    # the PDF was not rendered this time: an old PDF beside the new HTML would mix versions
    assert sorted(p.name for p in target.iterdir()) == ["a.html", "sent.json"]
    assert (target / "a.html").read_text(encoding="utf-8") == "new"
    assert (target / "sent.json").read_text(encoding="utf-8") == "{}"
    assert leftovers(tmp_path) == []


def test_a_failure_inside_leaves_the_old_packet_and_no_temporary_folder(tmp_path: Path) -> None:
    target = tmp_path / WEEK
    target.mkdir()
    (target / "a.html").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), staged_folder(target, {"a.html"}) as tmp:
        (tmp / "a.html").write_text("half", encoding="utf-8")
        raise RuntimeError("Typst failed")
    assert [p.name for p in target.iterdir()] == ["a.html"]
    assert (target / "a.html").read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_first_packet_is_renamed_into_place(tmp_path: Path) -> None:
    target = tmp_path / WEEK
    with staged_folder(target, {"a.html"}) as tmp:
        (tmp / "a.html").write_text("new", encoding="utf-8")
    assert (target / "a.html").read_text(encoding="utf-8") == "new"
    assert leftovers(tmp_path) == []


def test_without_renameat2_the_old_folder_is_renamed_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a platform without renameat2 (macOS, old glibc): rename aside, rename in, delete
    monkeypatch.setattr(staging, "_renameat2", lambda: None)
    target = tmp_path / WEEK
    target.mkdir()
    (target / "a.html").write_text("old", encoding="utf-8")
    with staged_folder(target, {"a.html"}) as tmp:
        (tmp / "a.html").write_text("new", encoding="utf-8")
    assert (target / "a.html").read_text(encoding="utf-8") == "new"
    assert leftovers(tmp_path) == []


def test_recover_puts_back_an_old_packet_a_kill_left_aside(tmp_path: Path) -> None:
    # killed between "rename old aside" and "rename new in": no week folder, both siblings
    old = tmp_path / f".{WEEK}.old-abc"
    old.mkdir()
    (old / "a.html").write_text("old", encoding="utf-8")
    new = tmp_path / f".{WEEK}.tmp-abc"
    new.mkdir()
    (new / "a.html").write_text("new", encoding="utf-8")
    recover(tmp_path, WEEK)
    assert (tmp_path / WEEK / "a.html").read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_recover_drops_an_aside_copy_once_the_new_packet_is_in(tmp_path: Path) -> None:
    (tmp_path / WEEK).mkdir()
    (tmp_path / WEEK / "a.html").write_text("new", encoding="utf-8")
    (tmp_path / f".{WEEK}.old-x").mkdir()
    (tmp_path / f".{WEEK}.tmp-y").mkdir()
    (tmp_path / ".2026-11-08.tmp-z").mkdir()  # another week's: not this run's business
    recover(tmp_path, WEEK)
    assert (tmp_path / WEEK / "a.html").read_text(encoding="utf-8") == "new"
    assert leftovers(tmp_path) == [".2026-11-08.tmp-z"]


# --- wbr render: output paths, the lock ---------------------------------------------------------


@pytest.mark.parametrize(
    "where",
    ["{file}/out", "/etc/passwd/out", "/proc/wbr-out", "/sys/wbr-out"],
)
def test_unwritable_output_is_one_error_line(project: Path, tmp_path: Path, where: str) -> None:
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    out = where.format(file=a_file)
    result = CliRunner().invoke(cli, ["render", str(project), "--to", "html", "-o", out])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: cannot write packets to {out}: ")
    assert "Traceback" not in result.output
    assert not (project / "reports").exists()


def test_unwritable_output_dir_in_the_config_is_one_error_line(
    project: Path, tmp_path: Path
) -> None:
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    config = yaml.safe_load((project / "wbr.yaml").read_text(encoding="utf-8"))
    config["output_dir"] = str(a_file / "reports")
    (project / "wbr.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(project), "--to", "html"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: cannot write packets to {a_file / 'reports'}: Not a directory "
        "(choose another -o/--output or output_dir in wbr.yaml)\n"
    )


def test_render_waits_for_no_one_while_another_run_holds_the_lock(
    project: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from wbr.delivery.lock import run_lock\n"
            "with run_lock(Path(sys.argv[1])):\n    print('locked', flush=True); time.sleep(60)",
            str(out),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        result = wbr("render", str(project), "--to", "html", "-o", str(out))
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert result.stderr == (
        "Error: another wbr run is in progress for this project "
        f"(lock: {out / '.wbr.lock'}, pid {holder.pid}); wait for it to finish\n"
    )
    assert not (out / WEEK).exists()


def test_a_failing_engine_leaves_the_previous_packet(project: Path, tmp_path: Path) -> None:
    """Quarto (the stand-in) fails after the .qmd was written: the old packet stays whole."""
    out = tmp_path / "out"
    set_title(project, "Version A")
    assert wbr("render", str(project), "--engine", "builtin", "-o", str(out)).returncode == 0
    before = {p.name: p.read_bytes() for p in (out / WEEK).iterdir()}
    fake = tmp_path / "bin" / "quarto"
    fake.parent.mkdir()
    fake.write_bytes((Path(__file__).parent / "fixtures" / "fake_quarto" / "quarto").read_bytes())
    fake.chmod(0o755)
    set_title(project, "Version B")
    env = {**os.environ, "QUARTO_PATH": str(fake), "FAKE_QUARTO_MODE": "fail"}
    result = wbr("render", str(project), "--engine", "quarto", "-o", str(out), env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: quarto render failed: ")
    assert len(result.stderr.splitlines()) == 1
    assert {p.name: p.read_bytes() for p in (out / WEEK).iterdir()} == before
    assert leftovers(out) == []


# --- a full disk --------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 12 MiB tmpfs (needs root); skipped where it cannot be mounted (the next test covers)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` but ``leave`` bytes; return the filler file."""
    filler = disk / "filler"
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize
    with filler.open("wb") as handle:
        handle.truncate(0)
        handle.write(b"\0" * max(0, free - leave))
    return filler


def test_disk_full_during_render_is_one_error_line_and_keeps_the_old_packet(
    project: Path, small_disk: Path
) -> None:
    out = small_disk / "reports"
    set_title(project, "Version A")
    first = wbr("render", str(project), "--engine", "builtin", "-o", str(out))
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in (out / WEEK).iterdir()}
    set_title(project, "Version B")
    # the HTML alone is over 1 MB (it inlines the Vega runtime): 200 kB free cannot hold it
    filler = fill(small_disk, 200_000)
    result = wbr("render", str(project), "--engine", "builtin", "-o", str(out))
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: cannot write the packet in {out / WEEK}: No space left on device (the disk is "
        "full: free some space and run again); the previous packet (if any) is unchanged\n"
    )
    assert {p.name: p.read_bytes() for p in (out / WEEK).iterdir()} == before
    assert leftovers(out) == []
    filler.unlink()
    again = wbr("render", str(project), "--engine", "builtin", "-o", str(out))
    assert again.returncode == 0, again.stderr
    assert packet_title(out / WEEK) == "Version B"


def test_file_size_limit_during_render_is_one_error_line(project: Path, tmp_path: Path) -> None:
    """RLIMIT_FSIZE (no root needed): a write past 1 MB fails with EFBIG, as a full disk would."""
    out = tmp_path / "out"
    set_title(project, "Version A")
    assert wbr("render", str(project), "--engine", "builtin", "-o", str(out)).returncode == 0
    before = {p.name: p.read_bytes() for p in (out / WEEK).iterdir()}
    set_title(project, "Version B")

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failing write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))

    result = wbr("render", str(project), "--engine", "builtin", "-o", str(out), preexec_fn=limit)
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: cannot write the packet in {out / WEEK}: File too large; "
        "the previous packet (if any) is unchanged\n"
    )
    assert {p.name: p.read_bytes() for p in (out / WEEK).iterdir()} == before
    assert leftovers(out) == []


# --- kill -9 at several points ------------------------------------------------------------------


def _staged(out: Path) -> list[Path]:
    return [p for p in out.glob(f".{WEEK}.tmp-*") if p.is_dir()]


def _has(names: set[str]) -> Callable[[Path], bool]:
    def check(out: Path) -> bool:
        for folder in _staged(out):
            try:
                present = {p.name for p in folder.iterdir()}
            except FileNotFoundError:
                continue
            if names <= present:
                return True
        return False

    return check


KILL_POINTS: dict[str, Callable[[Path], bool]] = {
    "staging folder made": lambda out: bool(_staged(out)),
    "HTML staged": _has({f"{STEM}.html"}),
    "PDF staged": _has({f"{STEM}.html", f"{STEM}.pdf"}),
    "whole packet staged": _has(PACKET),
}


def kill_when(args: list[str], ready: Callable[[], bool], timeout: float = 120) -> bool:
    """Start ``wbr render``; SIGKILL it as soon as ``ready()``; True if it was killed in time."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "wbr", "-q", *args],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if ready():
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.0005)
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


@pytest.mark.slow
def test_kill_9_at_any_point_leaves_a_whole_packet_and_the_rerun_completes(
    project: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    args = ["render", str(project), "--engine", "builtin", "-o", str(out)]
    set_title(project, "Version 0")
    assert wbr(*args).returncode == 0
    (out / WEEK / "sent.json").write_text('{"sent": []}', encoding="utf-8")
    started = time.monotonic()
    set_title(project, "Version 1")
    assert wbr(*args).returncode == 0
    duration = time.monotonic() - started
    version = 1
    killed = 0
    points = list(KILL_POINTS.items())
    # and at fractions of a whole run, which land anywhere (the swap and the cleanup included)
    for fraction in (0.6, 0.9, 0.98):
        points.append((f"{fraction:.0%} of a run", _after(duration * fraction)))
    for name, point in points:
        previous, version = version, version + 1
        set_title(project, f"Version {version}")
        killed += kill_when(args, lambda p=point: p(out))  # type: ignore[misc]
        title = packet_title(out / WEEK)
        assert title in (f"Version {previous}", f"Version {version}"), (name, title)
        assert (out / WEEK / "sent.json").read_text(encoding="utf-8") == '{"sent": []}', name
        rerun = wbr(*args)
        assert rerun.returncode == 0, (name, rerun.stderr)
        assert packet_title(out / WEEK) == f"Version {version}", name
        assert leftovers(out) == [], name
    assert killed >= len(KILL_POINTS)  # the file-based points are hit every time


def _after(seconds: float) -> Callable[[Path], bool]:
    start: list[float] = []

    def ready(_: Path) -> bool:
        if not start:
            start.append(time.monotonic())
        return time.monotonic() - start[0] >= seconds

    return ready
