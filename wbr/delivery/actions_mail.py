"""The email body's owners' commentary and actions (issue #10), in plain text and in HTML.

The same lists as page 1: the commentary (or its absence) for every Goodhart alert and missed
target, then the actions overdue, due this week and closed last week with their result.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Mapping, Sequence

from wbr.actions import Action, ActionsWeek, FlaggedNote

H3 = '<h3 style="margin:16px 0 6px;font-size:14px;color:#344054;">{}</h3>'
MUTED = "color:#475467;"
BAD = "color:#b42318;"


def _day(action: Action) -> str:
    return f"{action.due.day} {action.due:%b}"


def _late(action: Action, week: ActionsWeek) -> int:
    """Days late on the review Monday (the day after the week's end), 0 when not overdue."""
    return (week.week_ending - action.due).days + 1 if action.due <= week.week_ending else 0


def _groups(week: ActionsWeek) -> list[tuple[str, str, tuple[Action, ...]]]:
    due_by = f"{week.due_by.day} {week.due_by:%b}"
    return [
        ("overdue", "Overdue actions", week.overdue),
        ("due", f"Actions due this week (by {due_by})", week.due),
        ("closed", "Actions closed last week", week.closed),
    ]


def actions_text(
    week: ActionsWeek | None, notes: Sequence[FlaggedNote], labels: Mapping[str, str]
) -> list[str]:
    """Plain-text lines (each block ends with an empty line); [] when there is nothing."""
    lines: list[str] = []
    item = textwrap.TextWrapper(width=78, initial_indent="- ", subsequent_indent="  ")
    if notes:
        lines.append("OWNERS' COMMENTARY ON WHAT IS FLAGGED")
        for n in notes:
            said = (
                n.text if n.text else "no explanation yet" + (f" from {n.owner}" if n.owner else "")
            )
            who = f" ({n.owner})" if n.text and n.owner else ""
            lines += item.wrap(f"{n.label} ({n.why}): {said}{who}")
        lines.append("")
    if week is not None:
        for kind, title, actions in _groups(week):
            lines.append(title.upper())
            if not actions:
                lines.append("- None.")
            for a in actions:
                if kind == "closed":
                    closed = f"{a.closed.day} {a.closed:%b}" if a.closed else ""
                    text = f"{a.id} {labels.get(a.metric, a.metric)}: {a.countermeasure} "
                    text += f"({a.owner}, {a.status.value} "
                    text += f"{closed}). Result: {a.result or 'none recorded'}"
                else:
                    late = _late(a, week)
                    text = f"{a.id} {labels.get(a.metric, a.metric)}: {a.countermeasure} "
                    text += f"({a.owner}, due {_day(a)}"
                    text += f", {late} day{'s' if late != 1 else ''} late)" if late else ")"
                lines += item.wrap(text)
            lines.append("")
    return lines


def actions_html(
    week: ActionsWeek | None, notes: Sequence[FlaggedNote], labels: Mapping[str, str]
) -> list[str]:
    """HTML parts with inline styles (user text escaped); [] when there is nothing."""
    e = html.escape
    parts: list[str] = []
    ul = '<ul style="margin:0 0 8px;padding-left:20px;">'
    if notes:
        parts += [H3.format("Owners' commentary on what is flagged"), ul]
        for n in notes:
            if n.text:
                said = e(n.text) + (
                    f' <span style="{MUTED}">({e(n.owner)})</span>' if n.owner else ""
                )
            else:
                who = f" from {e(n.owner)}" if n.owner else ""
                said = f'<em style="color:#b54708;">no explanation yet{who}</em>'
            parts.append(
                f'<li style="margin:2px 0;"><strong>{e(n.label)}</strong> '
                f'<span style="{MUTED}">{e(n.why)}</span> — {said}</li>'
            )
        parts.append("</ul>")
    if week is not None:
        for kind, title, actions in _groups(week):
            parts += [H3.format(e(title)), ul]
            if not actions:
                parts.append(f'<li style="margin:2px 0;{MUTED}">None.</li>')
            for a in actions:
                label = e(labels.get(a.metric, a.metric))
                head = f"{e(a.id)} <strong>{label}</strong>: {e(a.countermeasure)}"
                if kind == "closed":
                    closed = f"{a.closed.day} {a.closed:%b}" if a.closed else ""
                    meta = f"{e(a.owner)}, {a.status.value} {closed}"
                    tail = f"<br>Result: {e(a.result or 'none recorded')}"
                else:
                    late = _late(a, week)
                    meta = f"{e(a.owner)}, due {_day(a)}"
                    tail = (
                        f' <strong style="{BAD}">{late} day{"s" if late != 1 else ""} late</strong>'
                        if late
                        else ""
                    )
                meta = f'<span style="{MUTED}">— {meta}</span>'
                parts.append(f'<li style="margin:2px 0;">{head} {meta}{tail}</li>')
            parts.append("</ul>")
    return parts
