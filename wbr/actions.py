"""The actions register (PDCA, issue #10): what the owners decided, by when, and what came of it.

``actions.csv`` (path in ``wbr.yaml``: ``actions:``) has one row per countermeasure with the columns
``id, metric, opened, owner, countermeasure, due, status, result, closed``. ``status`` is
``open``, ``done`` or ``dropped``; a closed action (done or dropped) carries its ``closed`` date so
"closed last week" is decidable, and a done one its ``result``.

Every row is checked at once (unknown metric, bad dates, unknown status, due before opened, a done
action without a result) and each problem is one line naming the file and the line.

The packet is read on the Monday after the report week ending W, so relative to W:

* *overdue*: still open at the end of W and due on or before W;
* *due this week*: open and due in the seven days after W (the week the review is held);
* *closed last week*: closed within the report week (W − 6 … W), with its result;
* *open* per metric: every action open at the end of W.

"Open at the end of W" reads the register as of W, so an older week renders as it was: an action
opened after W is not there yet, and one closed after W was still open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from wbr.errors import ConfigError
from wbr.registers import read_register
from wbr.textclean import strip_bad_characters

ACTION_COLUMNS = ("id", "metric", "opened", "owner", "countermeasure", "due", "status")
OPTIONAL_COLUMNS = ("result", "closed")


class ActionStatus(Enum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class Action:
    """One countermeasure of the register."""

    id: str
    metric: str
    opened: dt.date
    owner: str
    countermeasure: str
    due: dt.date
    status: ActionStatus
    result: str  # "" while there is none
    closed: dt.date | None  # set exactly when status is done or dropped
    line: int  # the CSV line, for messages

    def open_at(self, day: dt.date) -> bool:
        """Open at the end of ``day``: opened by then and not yet closed."""
        return self.opened <= day and (self.closed is None or self.closed > day)


@dataclass(frozen=True, slots=True)
class ActionsWeek:
    """The register classified relative to a report week (see the module docstring)."""

    week_ending: dt.date
    due_by: dt.date  # the last day of "due this week" (week ending + 7)
    overdue: tuple[Action, ...]
    due: tuple[Action, ...]
    closed: tuple[Action, ...]
    open_by_metric: Mapping[str, tuple[Action, ...]]

    @property
    def empty(self) -> bool:
        return not (self.overdue or self.due or self.closed)


def load_actions(path: Path | None, metric_ids: Collection[str]) -> tuple[Action, ...]:
    """Read and check the register; () without one. ConfigError lists every problem."""
    if path is None:
        return ()
    shown = path.name
    rows = [
        # control characters pasted from Word/Excel reach no renderer (wbr.textclean)
        (line, {k: _clean(v) for k, v in cells.items()})
        for line, cells in read_register(
            path,
            ACTION_COLUMNS,
            "id,metric,opened,owner,countermeasure,due,status,result,closed",
            "actions",
        )
    ]
    problems: list[str] = []
    out: list[Action] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        if not any(row.values()):
            continue
        where = f"{shown}: line {line}"
        before = len(problems)
        ident, metric = row.get("id", ""), row.get("metric", "")
        if not ident:
            problems.append(f"{where}: 'id' is empty")
        elif ident in seen:
            problems.append(f"{where}: id '{ident}' already used on line {seen[ident]}")
        else:
            seen[ident] = line
        if metric not in metric_ids:
            problems.append(f"{where}: unknown metric '{metric}'")
        for column in ("owner", "countermeasure"):
            if not row.get(column):
                problems.append(f"{where}: '{column}' is empty")
        dates: dict[str, dt.date | None] = {}
        for column in ("opened", "due", "closed"):
            text = row.get(column, "")
            if column == "closed" and not text:
                dates[column] = None
                continue
            try:
                dates[column] = dt.date.fromisoformat(text)
            except ValueError:
                problems.append(f"{where}: '{column}' must be YYYY-MM-DD (got {text!r})")
                dates[column] = None
        status_text = row.get("status", "").lower()
        try:
            status: ActionStatus | None = ActionStatus(status_text)
        except ValueError:
            problems.append(
                f"{where}: 'status' must be open, done or dropped (got {row.get('status', '')!r})"
            )
            status = None
        opened, due, closed = dates["opened"], dates["due"], dates["closed"]
        if opened and due and due < opened:
            problems.append(f"{where}: 'due' {due} is before 'opened' {opened}")
        if opened and closed and closed < opened:
            problems.append(f"{where}: 'closed' {closed} is before 'opened' {opened}")
        if status is ActionStatus.DONE and not row.get("result"):
            problems.append(f"{where}: a done action needs its 'result'")
        if status in (ActionStatus.DONE, ActionStatus.DROPPED) and not row.get("closed"):
            problems.append(f"{where}: a {status_text} action needs its 'closed' date")
        if status is ActionStatus.OPEN and row.get("closed"):
            problems.append(
                f"{where}: an open action has a 'closed' date (set status done or dropped)"
            )
        if len(problems) > before or opened is None or due is None or status is None:
            continue
        out.append(
            Action(
                id=ident, metric=metric, opened=opened, owner=row["owner"],
                countermeasure=row["countermeasure"], due=due, status=status,
                result=row.get("result", ""), closed=closed, line=line,
            )
        )  # fmt: skip
    if problems:
        raise ConfigError(problems)
    return tuple(out)


def _clean(cell: str | None) -> str:
    return strip_bad_characters(cell or "")[0].strip()


def actions_week(actions: Collection[Action], week_ending: dt.date) -> ActionsWeek:
    """Classify the register relative to the report week (see the module docstring)."""
    start = week_ending - dt.timedelta(days=6)
    due_by = week_ending + dt.timedelta(days=7)
    still_open = [a for a in actions if a.open_at(week_ending)]
    by_due = sorted(still_open, key=lambda a: (a.due, a.metric, a.id))
    closed = sorted(
        (a for a in actions if a.closed is not None and start <= a.closed <= week_ending),
        key=lambda a: (a.closed or a.due, a.metric, a.id),
    )
    per_metric: dict[str, list[Action]] = {}
    for a in by_due:
        per_metric.setdefault(a.metric, []).append(a)
    return ActionsWeek(
        week_ending=week_ending,
        due_by=due_by,
        overdue=tuple(a for a in by_due if a.due <= week_ending),
        due=tuple(a for a in by_due if week_ending < a.due <= due_by),
        closed=tuple(closed),
        open_by_metric={k: tuple(v) for k, v in per_metric.items()},
    )


@dataclass(frozen=True, slots=True)
class FlaggedNote:
    """The owner's commentary on a metric page 1 flags (a Goodhart alert, a missed target)."""

    metric: str
    label: str
    owner: str  # "" when the metric names none
    why: str  # "Goodhart alert" | "missed target"
    text: str | None  # None: no explanation yet


def flagged_notes(
    flagged: Sequence[tuple[str, str, str]],
    owners: Mapping[str, str],
    commentary: Mapping[str, str],
) -> tuple[FlaggedNote, ...]:
    """One note per flagged metric (``(metric id, label, why)``, first reason kept), in order."""
    seen: set[str] = set()
    out: list[FlaggedNote] = []
    for metric, label, why in flagged:
        if metric in seen:
            continue
        seen.add(metric)
        out.append(FlaggedNote(metric, label, owners.get(metric, ""), why, commentary.get(metric)))
    return tuple(out)
