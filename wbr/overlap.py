"""Read the project's YAML on the second core while this process imports pandas (issue #7, Speed).

``wbr compute`` spends about half its time importing pandas, NumPy and PyArrow and then reading
the metric files; neither needs the other. :func:`load_project_while` forks a child that runs
:func:`wbr.project.load_project` and sends the frozen :class:`~wbr.project.Project` back (pickled
through a pipe) while the parent runs ``work`` (the imports). The result is exactly
``load_project``'s: the same value, the same warnings (logged by the parent, in order) and the
same ``Error:`` lines (a :class:`~wbr.errors.WbrError` is sent back and raised). Anything else
(no ``fork`` on this platform, other threads running, which makes forking unsafe, a child that
died or failed unexpectedly) falls back to loading in this process, so a bug still shows its own
traceback.
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wbr.errors import WbrError
from wbr.project import Project, load_project  # imported before the fork: the child shares it

log = logging.getLogger("wbr")
Lines = list[tuple[str, int, str]]


class _Collect(logging.Handler):
    """Keeps the child's log lines (logger name, level, text) to send with the result."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: Lines = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.name, record.levelno, record.getMessage()))


def load_project_while(config: Path, work: Callable[[], object]) -> Project:
    """``load_project(config)`` in a forked child while ``work()`` runs here; see the module."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        work()
        return load_project(config)
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # no process to spare (a limit on processes): load here
        os.close(read_end)
        os.close(write_end)
        work()
        return load_project(config)
    if pid == 0:  # the child: load, send, and leave without running any of the parent's code
        try:
            os.close(read_end)
            _child(config, write_end)
        finally:
            os._exit(0)
    os.close(write_end)
    try:
        work()
    finally:
        with os.fdopen(read_end, "rb") as pipe:
            sent = pipe.read()
        os.waitpid(pid, 0)
    try:
        kind, value, lines = pickle.loads(sent)
    except Exception:  # the child died or could not send: load here
        return load_project(config)
    if kind == "failed":  # not a user's error: load here, so its traceback is this process's
        return load_project(config)
    for name, level, text in lines:
        logging.getLogger(name).log(level, text)
    if kind == "error":
        raise value
    assert isinstance(value, Project)
    return value


def _child(config: Path, write_end: int) -> None:
    collect = _Collect()
    log.handlers[:] = [collect]
    log.propagate = False
    result: tuple[str, Any, Lines]
    try:
        result = ("project", load_project(config), collect.lines)
    except WbrError as exc:
        result = ("error", exc, collect.lines)
    except BaseException:
        result = ("failed", None, [])
    try:
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        data = pickle.dumps(("failed", None, []))
    with os.fdopen(write_end, "wb") as pipe:
        pipe.write(data)
