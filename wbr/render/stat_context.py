"""One shown number of the packet as a :class:`~wbr.render.contract.Stat` (split from
:mod:`wbr.render.context`).

A value is its text ("12.3K", "n/a") beside its raw number; a change is toned by the metric's
direction (never by sign: up is good only when higher is better) and carries an arrow, so colour is
never the only cue. Every block's context (metric, table, pair, Pareto, unit economics) builds
its numbers here, so they read the same everywhere.
"""

from __future__ import annotations

from wbr.formatting import change_cues, format_delta, format_value
from wbr.render.contract import Stat
from wbr.schema import Direction


def stat_value(
    key: str,
    label: str,
    number: float | None,
    unit: str,
    partial: bool,
    provisional: bool = False,
) -> Stat:
    return {
        "key": key,
        "label": label,
        "text": format_value(number, unit),
        "raw": number,
        "tone": "value" if number is not None else "na",
        "arrow": "",
        "partial": partial,
        "provisional": provisional,
    }


def stat_change(
    key: str,
    label: str,
    change: float | None,
    comparison: str,
    direction: Direction,
    partial: bool = False,
    provisional: bool = False,
) -> Stat:
    """A change toned by direction: up is good only when higher is better."""
    text = format_delta(change, comparison)
    tone, arrow = change_cues(change, text, direction.sign)  # rounds to zero: flat, no arrow
    return {
        "key": key,
        "label": label,
        "text": text,
        "raw": change,
        "tone": tone,
        "arrow": arrow,
        "partial": partial,
        "provisional": provisional,
    }


__all__ = ["stat_change", "stat_value"]
