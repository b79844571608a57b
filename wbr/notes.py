"""Owner commentary (``commentary/<week_ending>.yaml``) and chart annotations (a CSV of events).

Both are user-supplied text: validated here (unknown metric ids, bad dates are errors naming the
file and line) and escaped by every renderer.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from wbr.config import yaml_problem
from wbr.errors import ConfigError
from wbr.registers import read_register
from wbr.signals.settings import ProcessChange
from wbr.textclean import strip_bad_characters
from wbr.yamlfile import decode_utf8, load_yaml

log = logging.getLogger(__name__)

ALL_METRICS = "*"
ANNOTATION_COLUMNS = ("date", "metric", "text")
PROCESS_CHANGE_COLUMN = "process_change"  # optional: yes marks a change that re-bases limits
YES = frozenset({"yes", "y", "true", "1", "x"})
NO = frozenset({"", "no", "n", "false", "0"})


@dataclass(frozen=True, slots=True)
class Annotation:
    """An event marked on charts: on one metric's chart, or on every chart when metric is None."""

    date: dt.date
    metric: str | None
    text: str
    process_change: bool = False  # the process changed here: natural process limits start again

    def applies_to(self, metric_id: str) -> bool:
        return self.metric is None or self.metric == metric_id


def commentary_path(commentary_dir: Path, week_ending: dt.date) -> Path:
    """``<commentary_dir>/<YYYY-MM-DD>.yaml``."""
    return commentary_dir / f"{week_ending.isoformat()}.yaml"


def load_commentary(path: Path | None, metric_ids: Collection[str]) -> dict[str, str]:
    """Metric id → the owner's note for the week; {} when the file does not exist.

    Raises ConfigError listing every problem (unknown metric id, a note that is not text).
    """
    if path is None or not path.is_file():
        return {}
    shown = path.name
    try:
        raw = load_yaml(_clean_source(decode_utf8(path.read_bytes(), shown), shown))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{shown}: not valid YAML ({yaml_problem(exc)})") from None
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{shown}: must be a mapping of metric id to commentary text")
    problems: list[str] = []
    notes: dict[str, str] = {}
    for key, text in raw.items():
        if not isinstance(key, str) or key not in metric_ids:
            problems.append(
                f"{shown}: '{key}' is not a metric id of this project "
                "(commentary is keyed by metric id, e.g. 'leads: text')"
            )
            continue
        if text is None:
            continue
        if not isinstance(text, str | int | float) or isinstance(text, bool):
            problems.append(f"{shown}: '{key}' must be text")
            continue
        stripped, removed = strip_bad_characters(str(text))  # escapes such as "\v" in quotes
        if removed:
            log.warning("%s: '%s': removed %s (no packet format can show it)", shown, key, removed)
        stripped = stripped.strip()
        if stripped:
            notes[key] = stripped
    if problems:
        raise ConfigError(problems)
    return notes


def load_annotations(path: Path | None, metric_ids: Collection[str]) -> tuple[Annotation, ...]:
    """Read the annotations CSV (columns date, metric, text), sorted by date.

    An empty metric cell or ``*`` marks the event on every chart. A missing file named in
    ``wbr.yaml`` is an error; every bad row is reported with its line number.
    """
    if path is None:
        return ()
    shown = path.name
    rows = read_register(path, ANNOTATION_COLUMNS, ",".join(ANNOTATION_COLUMNS), "annotations")
    problems: list[str] = []
    out: list[Annotation] = []
    for line, row in rows:
        cells: dict[str, str] = {}
        for column in ANNOTATION_COLUMNS:
            cells[column], removed = strip_bad_characters(row.get(column) or "")
            if removed:
                log.warning(
                    "%s: line %d: '%s': removed %s (no packet format can show it)",
                    shown, line, column, removed,
                )  # fmt: skip
        date_text, metric, text = (cells[c].strip() for c in ANNOTATION_COLUMNS)
        if not date_text and not metric and not text:
            continue
        try:
            day = dt.date.fromisoformat(date_text)
        except ValueError:
            problems.append(f"{shown}: line {line}: 'date' must be YYYY-MM-DD (got {date_text!r})")
            continue
        if metric and metric != ALL_METRICS and metric not in metric_ids:
            problems.append(f"{shown}: line {line}: unknown metric '{metric}'")
            continue
        if not text:
            problems.append(f"{shown}: line {line}: 'text' is empty")
            continue
        flag = (row.get(PROCESS_CHANGE_COLUMN) or "").strip().lower()
        if flag not in YES | NO:
            problems.append(
                f"{shown}: line {line}: '{PROCESS_CHANGE_COLUMN}' must be yes or no (got {flag!r})"
            )
            continue
        metric_or_all = None if metric in ("", ALL_METRICS) else metric
        out.append(Annotation(day, metric_or_all, text, flag in YES))
    if problems:
        raise ConfigError(problems)
    return tuple(sorted(out, key=lambda a: (a.date, a.metric or "", a.text)))


def process_changes_of(annotations: Iterable[Annotation]) -> tuple[ProcessChange, ...]:
    """The annotations marked as a process change, as process changes (issue #8)."""
    return tuple(
        ProcessChange(a.date, a.text, (a.metric,) if a.metric else ())
        for a in annotations
        if a.process_change
    )


def _clean_source(text: str, shown: str) -> str:
    """YAML text without the characters YAML refuses (pasted from Word), each line warned about."""
    cleaned, removed = strip_bad_characters(text, line_break=" ")
    if not removed:
        return text
    # split on newlines only: str.splitlines would also split on the vertical tab and form feed
    for number, line in enumerate(text.split("\n"), start=1):
        _, found = strip_bad_characters(line)
        if found:
            log.warning(
                "%s: line %d: removed %s (no packet format can show it)", shown, number, found
            )
    return cleaned
