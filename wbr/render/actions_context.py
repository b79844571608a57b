"""The actions register and the owners' commentary on page 1 (issue #10), in the template contract.

User text (countermeasures, results, commentary, owners) is passed raw; each backend escapes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from wbr.actions import Action, ActionsWeek, FlaggedNote
from wbr.render.contract import ActionCtx, ActionsCtx
from wbr.render.glance_context import anchor


def day_text(day: dt.date) -> str:
    return f"{day.day} {day:%b}"


def action_context(a: Action, labels: Mapping[str, str], week_ending: dt.date) -> ActionCtx:
    # counted to the review Monday: due on the week's last day and still open is 1 day late
    late = (week_ending - a.due).days + 1 if a.open_at(week_ending) and a.due <= week_ending else 0
    return {
        "id": a.id,
        "metric": {
            "id": a.metric,
            "label": labels.get(a.metric, a.metric),
            "anchor": anchor(a.metric),
        },
        "owner": a.owner,
        "countermeasure": a.countermeasure,
        "status": a.status.value if a.closed is None or a.closed <= week_ending else "open",
        "opened_text": day_text(a.opened),
        "due_text": day_text(a.due),
        "closed_text": day_text(a.closed) if a.closed and a.closed <= week_ending else "",
        "result": a.result if a.closed and a.closed <= week_ending else "",
        "late_text": f"{late} day{'s' if late != 1 else ''} late" if late else "",
    }


def actions_context(
    week: ActionsWeek | None, notes: Sequence[FlaggedNote], labels: Mapping[str, str]
) -> ActionsCtx:
    def refs(actions: Sequence[Action], we: dt.date) -> list[ActionCtx]:
        return [action_context(a, labels, we) for a in actions]

    return {
        "enabled": week is not None,
        "due_by_text": day_text(week.due_by) if week else "",
        "overdue": refs(week.overdue, week.week_ending) if week else [],
        "due": refs(week.due, week.week_ending) if week else [],
        "closed": refs(week.closed, week.week_ending) if week else [],
        "notes": [
            {
                "metric": {"id": n.metric, "label": n.label, "anchor": anchor(n.metric)},
                "owner": n.owner,
                "why": n.why,
                "text": n.text,
            }
            for n in notes
        ],
    }


def open_actions(
    week: ActionsWeek | None, metric_id: str, labels: Mapping[str, str]
) -> list[ActionCtx]:
    """The metric's open actions at the end of the week, for its block."""
    if week is None:
        return []
    return [
        action_context(a, labels, week.week_ending) for a in week.open_by_metric.get(metric_id, ())
    ]
