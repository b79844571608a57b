"""Commentary YAML and annotation CSV: typed, validated, every problem reported at once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wbr.errors import ConfigError
from wbr.notes import Annotation, commentary_path, load_annotations, load_commentary

IDS = {"leads", "win_rate"}


def test_commentary_path_is_week_ending_yaml(tmp_path: Path) -> None:
    assert commentary_path(tmp_path, dt.date(2026, 11, 15)) == tmp_path / "2026-11-15.yaml"


def test_missing_commentary_file_is_no_commentary(tmp_path: Path) -> None:
    assert load_commentary(tmp_path / "2026-11-15.yaml", IDS) == {}
    assert load_commentary(None, IDS) == {}


def test_commentary_reads_text_per_metric(tmp_path: Path) -> None:
    path = tmp_path / "2026-11-15.yaml"
    path.write_text(
        "leads: |\n  Trade show in Hannover.\n  Paid search budget doubled.\nwin_rate: 7\n",
        encoding="utf-8",
    )
    notes = load_commentary(path, IDS)
    assert notes == {
        "leads": "Trade show in Hannover.\nPaid search budget doubled.",
        "win_rate": "7",
    }


def test_commentary_unknown_ids_are_all_reported(tmp_path: Path) -> None:
    path = tmp_path / "2026-11-15.yaml"
    path.write_text("leeds: typo\nleads: ok\nwin_rat: typo\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_commentary(path, IDS)
    assert err.value.problems == [
        "2026-11-15.yaml: 'leeds' is not a metric id of this project "
        "(commentary is keyed by metric id, e.g. 'leads: text')",
        "2026-11-15.yaml: 'win_rat' is not a metric id of this project "
        "(commentary is keyed by metric id, e.g. 'leads: text')",
    ]


def test_commentary_must_be_a_mapping_of_text(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("- leads\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="must be a mapping of metric id to commentary text"):
        load_commentary(path, IDS)
    path.write_text("leads: [a, b]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'leads' must be text"):
        load_commentary(path, IDS)


def test_commentary_bad_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("leads: ok\nwin_rate: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"c\.yaml: not valid YAML \(.* at line \d+\)"):
        load_commentary(path, IDS)


def test_commentary_is_loaded_safely(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("leads: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_commentary(path, IDS)


def test_annotations_are_read_sorted_and_star_means_every_chart(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "\ufeffdate,metric,text\n"
        "2026-11-03,leads,Trade show\n"
        "2026-07-14,*,Price list change\n"
        "2026-08-01,,Plant shutdown\n"
        ",,\n",
        encoding="utf-8",
    )
    notes = load_annotations(path, IDS)
    assert notes == (
        Annotation(dt.date(2026, 7, 14), None, "Price list change"),
        Annotation(dt.date(2026, 8, 1), None, "Plant shutdown"),
        Annotation(dt.date(2026, 11, 3), "leads", "Trade show"),
    )
    assert notes[0].applies_to("win_rate") and notes[2].applies_to("leads")
    assert not notes[2].applies_to("win_rate")


def test_annotation_problems_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "date,metric,text\n2026-13-01,leads,bad date\n2026-11-01,nope,unknown\n2026-11-02,leads,\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load_annotations(path, IDS)
    assert err.value.problems == [
        "events.csv: line 2: 'date' must be YYYY-MM-DD (got '2026-13-01')",
        "events.csv: line 3: unknown metric 'nope'",
        "events.csv: line 4: 'text' is empty",
    ]


def test_annotations_need_the_three_columns(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text("day,metric,note\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"missing column\(s\) date, text"):
        load_annotations(path, IDS)


def test_configured_annotations_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="annotations file not found"):
        load_annotations(tmp_path / "nope.csv", IDS)
    assert load_annotations(None, IDS) == ()
