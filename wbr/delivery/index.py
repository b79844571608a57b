"""The archive's ``index.html`` and ``README.md``: every archived week, newest first.

Built from each week's archived ``metrics.json`` only (no clock), so regenerating is deterministic.
Every piece of user text (titles, metric labels) is escaped for HTML or Markdown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from wbr.delivery import Packet
from wbr.delivery.restate import archived_weeks
from wbr.glance import headline_of_counts

INDEX_CSS = (
    "body{font-family:system-ui,Arial,sans-serif;margin:2rem auto;max-width:60rem;"
    "padding:0 1rem;color:#101828}table{border-collapse:collapse;width:100%}"
    "th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;"
    "border-bottom:1px solid #d0d5dd}ul{margin:.2rem 0 0;padding-left:1.1rem}"
    ".alert{color:#b42318}.watch{color:#b54708}.restated{color:#475467;font-size:.9em}"
)


@dataclass(frozen=True, slots=True)
class WeekEntry:
    """One archived week as the index lists it."""

    week_ending: dt.date
    title: str
    headline: str
    alerts: tuple[str, ...]  # "Leads ↔ Lead → meeting rate"
    watches: tuple[str, ...]
    files: tuple[str, ...]  # repository paths: html, pdf, metrics.json (those present)
    restatements: int


def archive_entries(repo: Path) -> list[WeekEntry]:
    """Every week archived in ``repo`` (unreadable metrics.json files are skipped)."""
    weeks, _problems = archived_weeks(repo)
    return [week_entry(w.data, w.path.parent, repo) for w in weeks]


def week_entry(data: Mapping[str, Any], week_dir: Path, root: Path) -> WeekEntry:
    """Summarise one archived ``metrics.json`` for the index."""
    week = dt.date.fromisoformat(str(data.get("week_ending", week_dir.name)))
    labels = {
        m.get("id"): m.get("label") or m.get("id")
        for m in data.get("metrics", [])
        if isinstance(m, dict)
    }
    alerts: list[str] = []
    watches: list[str] = []
    for p in data.get("pairs", []):
        if not isinstance(p, dict) or p.get("status") not in ("alert", "watch"):
            continue
        text = (
            f"{labels.get(p.get('metric'), p.get('metric'))} ↔ "
            f"{labels.get(p.get('counter_metric'), p.get('counter_metric'))}"
        )
        (alerts if p["status"] == "alert" else watches).append(text)
    off_target = sum(
        1
        for m in data.get("metrics", [])
        if isinstance(m, dict)
        and isinstance(m.get("target"), dict)
        and m["target"].get("met") is False
    )
    packet = Packet(week_dir, week)
    files = tuple(
        path.relative_to(root).as_posix()
        for path in (packet.html, packet.pdf, packet.metrics_json)
        if path.is_file()
    )
    return WeekEntry(
        week_ending=week,
        title=str(data.get("title") or "Weekly Business Review"),
        headline=headline_of_counts(len(alerts), len(watches), off_target),
        alerts=tuple(alerts),
        watches=tuple(watches),
        files=files,
        restatements=len(data.get("restatements") or []),
    )


def _file_label(path: str) -> str:
    return "metrics.json" if path.endswith(".json") else path.rsplit(".", 1)[-1].upper()


def render_index_html(entries: Sequence[WeekEntry]) -> str:
    """A small self-contained page listing every archived week, newest first (text escaped)."""
    title = entries[0].title if entries else "Weekly Business Review"
    rows: list[str] = []
    for e in entries:
        links = " · ".join(
            f'<a href="{escape(path)}">{escape(_file_label(path))}</a>' for path in e.files
        )
        details = "".join(f'<li class="alert">Alert: {escape(a)}</li>' for a in e.alerts) + "".join(
            f'<li class="watch">Watch: {escape(w)}</li>' for w in e.watches
        )
        restated = (
            f' <span class="restated">{e.restatements} restated value'
            f"{'s' if e.restatements != 1 else ''}</span>"
            if e.restatements
            else ""
        )
        rows.append(
            f"<tr><td>{escape(e.week_ending.isoformat())}</td><td>{links}</td>"
            f"<td>{escape(e.headline)}{restated}<ul>{details}</ul></td></tr>"
        )
    return (
        "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="en"><head><meta charset="utf-8">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f"<title>{escape(title)} — archive</title>",
                f"<style>{INDEX_CSS}</style></head><body>",
                f"<h1>{escape(title)}</h1>",
                f"<p>{len(entries)} archived week{'s' if len(entries) != 1 else ''}, "
                "newest first.</p>",
                "<table><thead><tr><th>Week ending</th><th>Packet</th><th>Headline</th></tr>"
                "</thead>",
                "<tbody>",
                *rows,
                "</tbody></table>",
                "<p><small>Generated by <code>wbr archive</code>; do not edit by hand.</small></p>",
                "</body></html>",
            ]
        )
        + "\n"
    )


def render_readme(entries: Sequence[WeekEntry]) -> str:
    """README.md for the archive: the same list as index.html, in Markdown (text escaped)."""
    title = entries[0].title if entries else "Weekly Business Review"
    lines = [
        f"# {_md(title)} — archive",
        "",
        "Every week's packet, newest first. Generated by `wbr archive`; do not edit by hand.",
        "",
        "| Week ending | Packet | Headline | Alerts and watches |",
        "|---|---|---|---|",
    ]
    for e in entries:
        links = " · ".join(f"[{_file_label(p)}]({p})" for p in e.files)
        flagged = [f"**Alert:** {_md(a)}" for a in e.alerts] + [
            f"Watch: {_md(w)}" for w in e.watches
        ]
        headline = _md(e.headline) + (f" ({e.restatements} restated)" if e.restatements else "")
        lines.append(f"| {e.week_ending} | {links} | {headline} | {'<br>'.join(flagged) or '—'} |")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Escape Markdown (and inline HTML) in user text for a table cell."""
    out = " ".join(text.split())
    for ch in "\\`*_{}[]()<>#+!|~":
        out = out.replace(ch, "\\" + ch)
    return out


__all__ = ["WeekEntry", "archive_entries", "render_index_html", "render_readme", "week_entry"]
