"""Restatements: today's numbers compared with the archived metrics.json of earlier weeks.

The project is tiny and its numbers are set by hand: 70 leads and 21 meetings a day, so a week
holds 490 leads; a few days are then edited ("late data") and the changes must be listed exactly.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import d, daily_csv, formula, metric, write_project
from wbr.delivery import packet_for
from wbr.delivery.archive import archive_packet
from wbr.delivery.record import SentEntry, sent_document
from wbr.delivery.restate import find_restatements, format_exact, restatement_warnings
from wbr.project import load_project
from wbr.report import build_metric_set, build_report, metric_set_json
from wbr.results import MetricSet, Restatement

WE1, WE2 = d("2026-11-08"), d("2026-11-15")


def leads_csv(edits: dict[str, int]) -> str:
    def leads(day: dt.date) -> int:
        return edits.get(day.isoformat(), 70)

    return daily_csv("2024-10-01", "2026-11-15", {"leads": leads, "meetings": lambda day: 21})


def write(root: Path, edits: dict[str, int]) -> Path:
    return write_project(
        root,
        sources={"crm": leads_csv(edits)},
        metrics={
            "leads": metric("crm", "leads", label="Leads", target={"weekly": 450},
                            counter_metric="lead_to_meeting_rate"),
            "meetings": metric("crm", "meetings", label="Meetings"),
            "lead_to_meeting_rate": formula("meetings / leads", label="Lead → meeting rate"),
        },
        config={"archive": {"path": "../archive"}, "output_dir": "reports"},
    )  # fmt: skip


def compute(config: Path, week: dt.date) -> MetricSet:
    return build_metric_set(load_project(config), week)


@pytest.fixture
def archived(tmp_path: Path) -> Callable[[dict[str, int]], MetricSet]:
    """Archive the week ending 2026-11-08 (the 5th has 78 leads: 498 in the week) in a real git
    repository, then recompute the week ending 2026-11-15 from edited data."""
    config = write(tmp_path / "proj", {"2026-11-05": 78})
    first = compute(config, WE1)
    assert first.restatements == ()  # nothing archived yet
    packet = packet_for(tmp_path / "proj" / "reports", WE1)
    packet.folder.mkdir(parents=True)
    packet.pdf.write_bytes(b"%PDF-1.7 week one")
    packet.metrics_json.write_text(metric_set_json(first), encoding="utf-8")
    archive_packet(packet, tmp_path / "archive")
    log = ["git", "-C", str(tmp_path / "archive"), "log", "--format=%s"]
    assert subprocess.run(log, capture_output=True, text=True).stdout == (
        "WBR week ending 2026-11-08\n"
    )

    def recompute(edits: dict[str, int]) -> MetricSet:
        write(tmp_path / "proj", edits)
        return compute(config, WE2)

    return recompute


def test_unchanged_data_restates_nothing(archived: Callable[..., MetricSet]) -> None:
    assert archived({"2026-11-05": 78}).restatements == ()


def test_the_archived_send_record_changes_nothing(
    archived: Callable[..., MetricSet], tmp_path: Path
) -> None:
    """A week's sent.json in the archive is not a number: no restatement, no 'changed' week."""
    recompute = archived
    packet = packet_for(tmp_path / "proj" / "reports", WE1)
    entry = SentEntry("<1@x>", "2026-11-09T07:00:00Z", ("ceo@acme.example",), {}, "WBR", "")
    packet.sent_record.write_text(sent_document(WE1, [entry]), encoding="utf-8")
    assert archive_packet(packet, tmp_path / "archive").status == "send_recorded"
    assert (tmp_path / "archive" / "2026" / "2026-11-08" / "sent.json").is_file()
    assert recompute({"2026-11-05": 78}).restatements == ()
    assert [r.message for r in recompute({"2026-11-05": 92}).restatements] == [
        "Leads, week ending 2026-11-08: archived 498, now 512 (+2.8 %)",
        "Lead → meeting rate, week ending 2026-11-08: archived 29.52 %, now 28.71 % (−81 bps)",
    ]
    assert archive_packet(packet, tmp_path / "archive", force=True).status == "unchanged"


def test_late_data_is_listed_value_by_value(archived: Callable[..., MetricSet]) -> None:
    now = archived({"2026-11-05": 92, "2026-10-07": 100, "2025-11-06": 60})
    messages = [r.message for r in now.restatements]
    # leads: week 2026-11-08 498 → 512 (+14/498 = +2.81 %); week 2026-10-11 490 → 520 (+6.12 %);
    # week 2025-11-09 (a prior-year week) 490 → 480 (−2.04 %); October 2026 2,170 → 2,200
    # (+1.38 %); November 2025 2,100 → 2,090 (−0.48 %)
    assert messages[:5] == [
        "Leads, week ending 2025-11-09: archived 490, now 480 (−2.0 %)",
        "Leads, week ending 2026-10-11: archived 490, now 520 (+6.1 %)",
        "Leads, week ending 2026-11-08: archived 498, now 512 (+2.8 %)",
        "Leads, November 2025: archived 2,100, now 2,090 (−0.5 %)",
        "Leads, October 2026: archived 2,170, now 2,200 (+1.4 %)",
    ]
    # the rate moves with its denominator: 147/498 = 29.518 % → 147/512 = 28.711 %: −80.7 bps
    assert (
        "Lead → meeting rate, week ending 2026-11-08: archived 29.52 %, now 28.71 % (−81 bps)"
        in messages
    )
    assert len(messages) == 10  # 5 for leads, 5 for the rate; meetings did not change
    week = now.restatements[2]
    assert (week.metric, week.period, week.key, week.archived, week.now) == (
        "leads", "week", "2026-11-08", 498.0, 512.0,
    )  # fmt: skip
    assert week.change == pytest.approx(14 / 498) and week.archived_in == WE1
    # in the data warnings and in metrics.json
    assert set(messages) <= set(now.warnings)
    doc = json.loads(metric_set_json(now))
    assert doc["restatements"][2] == {
        "metric": "leads",
        "label": "Leads",
        "period": "week",
        "week_ending": "2026-11-08",
        "month": None,
        "archived": 498.0,
        "now": 512.0,
        "change": pytest.approx(14 / 498),
        "archived_in": "2026-11-08",
        "message": "Leads, week ending 2026-11-08: archived 498, now 512 (+2.8 %)",
    }
    assert (
        doc["restatements"][3]["month"] == "2025-11"
        and doc["restatements"][3]["week_ending"] is None
    )


def test_restatements_reach_the_packets_data_warnings(
    archived: Callable[..., MetricSet], tmp_path: Path
) -> None:
    archived({"2026-11-05": 92})
    report = build_report(load_project(tmp_path / "proj" / "wbr.yaml"), WE2)
    assert "Leads, week ending 2026-11-08: archived 498, now 512 (+2.8 %)" in report.glance.warnings


# --- the comparison itself, on hand-edited archives ------------------------------------------


def archive_doc(root: Path, doc: dict[str, Any]) -> Path:
    folder = root / doc["week_ending"][:4] / doc["week_ending"]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "metrics.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture
def today(tmp_path: Path) -> MetricSet:
    return compute(write(tmp_path / "proj", {"2026-11-05": 78}), WE2)


def test_rounding_is_not_a_restatement_but_nulls_are(today: MetricSet, tmp_path: Path) -> None:
    doc = json.loads(metric_set_json(compute(tmp_path / "proj" / "wbr.yaml", WE1)))
    weeks = doc["metrics"][0]["weeks"]  # leads, weeks ending 2026-09-27 … 2026-11-08
    assert weeks[-1]["week_ending"] == "2026-11-08" and weeks[-1]["value"] == 498.0
    weeks[-1]["value"] = 498.0 * (1 + 1e-9)  # float noise
    weeks[-2]["value"] = None  # had no data when archived
    weeks[-3]["value"] = 490.0 * (1 + 1e-5)  # a real (small) change
    months = doc["metrics"][1]["months"]  # meetings
    months[-1]["value"] = None
    archive_doc(tmp_path / "archive", doc)
    found = find_restatements(today, tmp_path / "archive")
    assert [r.message for r in found.restatements] == [
        "Leads, week ending 2026-10-25: archived 490.005, now 490.000 (−0.001 %)",
        "Leads, week ending 2026-11-01: archived n/a, now 490 (new value)",
        "Meetings, October 2026: archived n/a, now 651 (new value)",
    ]
    assert found.restatements[0].archived == pytest.approx(490.0049)


def test_a_value_that_disappeared_is_a_restatement(today: MetricSet, tmp_path: Path) -> None:
    doc = json.loads(metric_set_json(today))
    doc["week_ending"] = "2026-11-01"  # an older packet that had a value where today has none
    doc["metrics"] = [m for m in doc["metrics"] if m["id"] == "leads"]
    doc["metrics"][0]["weeks"] = [{"week_ending": "2026-09-20", "value": 1.0, "prior_year": None}]
    archive_doc(tmp_path / "archive", doc)
    # 2026-09-20 is outside today's six weeks; the prior-year key 2025-09-21 is outside too
    assert find_restatements(today, tmp_path / "archive").restatements == ()
    doc["metrics"][0]["weeks"] = [{"week_ending": "2026-10-18", "value": 1.0, "prior_year": 3.0}]
    doc["metrics"][0]["months"] = []
    archive_doc(tmp_path / "archive", doc)
    found = find_restatements(today, tmp_path / "archive").restatements
    assert [r.message for r in found] == [
        "Leads, week ending 2025-10-19: archived 3, now 490 (+16,233.3 %)",
        "Leads, week ending 2026-10-18: archived 1, now 490 (+48,900.0 %)",
    ]


def test_newest_archive_wins_and_later_weeks_are_ignored(today: MetricSet, tmp_path: Path) -> None:
    base = json.loads(metric_set_json(compute(tmp_path / "proj" / "wbr.yaml", WE1)))
    older = json.loads(json.dumps(base))
    older["week_ending"] = "2026-11-01"
    older["metrics"][0]["weeks"][-2]["value"] = 1.0  # 2026-11-01 as an older packet saw it
    archive_doc(tmp_path / "archive", older)
    archive_doc(tmp_path / "archive", base)  # 2026-11-08 published the corrected 490
    future = json.loads(json.dumps(base))
    future["week_ending"] = "2026-11-22"
    future["metrics"][0]["weeks"][-1]["value"] = 7.0
    archive_doc(tmp_path / "archive", future)
    found = find_restatements(today, tmp_path / "archive")
    assert found.restatements == () and found.weeks_compared == 2


def test_unreadable_archive_files_are_reported_not_fatal(today: MetricSet, tmp_path: Path) -> None:
    bad = tmp_path / "archive" / "2026" / "2026-11-08"
    bad.mkdir(parents=True)
    (bad / "metrics.json").write_text("{not json", encoding="utf-8")
    found = find_restatements(today, tmp_path / "archive")
    assert found.restatements == ()
    assert len(found.problems) == 1 and "cannot read" in found.problems[0]
    assert "2026-11-08/metrics.json" in found.problems[0]
    assert find_restatements(today, tmp_path / "missing").problems == ()


def test_long_lists_are_capped_in_the_warnings() -> None:
    many = tuple(
        Restatement("m", "M", "week", f"2026-01-{i:02d}", 1.0, 2.0, 1.0, WE1, f"M {i}")
        for i in range(1, 16)
    )
    lines = restatement_warnings(many)
    assert len(lines) == 13 and lines[-1].startswith("… and 3 more restated values")


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (12345.0, "count", "12,345"),
        (4.25, "count", "4.25"),
        (1234567.0, "currency", "$1,234,567"),
        (-20.0, "currency", "−$20"),
        (0.3123, "percent", "31.23 %"),
        (3.5, "days", "3.50 days"),
        (None, "count", "n/a"),
    ],
)
def test_restated_values_are_shown_exactly(value: float | None, unit: str, text: str) -> None:
    assert format_exact(value, unit) == text
