"""The YAML reader builds exactly what ``yaml.safe_load`` builds (issue #7, Speed).

Plain strings, mappings and lists are built by :func:`wbr.yamlfile.load_yaml` itself; every other
node by PyYAML's constructor. ``safe_load`` is the reference for the values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from tests.conftest import daily_csv, metric
from tests.test_cli import assert_fails, run
from wbr.yamlfile import UnsafeYamlError, load_yaml

MIXED = """\
title: 'Acme: weekly'
count: 12
rate: 0.25
big: 1e3
hex: 0x1F
when: 2026-11-15
stamp: 2026-11-15 07:02:00
flag: yes
off: Off
nothing: ~
empty:
quoted: '001'
tagged: !!str 123
binary: !!binary aGVsbG8=
list: [1, two, {three: 3.0}, [null, true]]
3: numeric key
null: null key
merged:
  <<: {x: 1, y: 2}
  y: 3
pairs: !!set {a, b}
block: |
  two
  lines
"""


def test_a_document_without_anchors_gives_safe_loads_values() -> None:
    value = load_yaml(MIXED)
    assert value == yaml.safe_load(MIXED)
    # spot checks on what the fast path builds itself and what PyYAML builds for it
    assert value["when"] == dt.date(2026, 11, 15) and value["flag"] is True
    assert value["tagged"] == "123" and value["quoted"] == "001" and value[3] == "numeric key"
    assert value["merged"] == {"x": 1, "y": 3} and value["pairs"] == {"a", "b"}


def test_a_document_with_anchors_gives_safe_loads_values() -> None:
    text = "base: &b {unit: number, agg: sum}\nm1: *b\nm2: {<<: *b, agg: mean}\n"
    assert load_yaml(text) == yaml.safe_load(text)


def test_a_repeated_plain_text_keeps_its_type_everywhere() -> None:
    # the resolver's answer for a plain scalar is remembered per text: '12' stays an int, 'sum'
    # a string, and a quoted '12' a string, wherever they appear
    text = "a: 12\nb: {c: 12, d: sum}\ne: [12, '12', sum]\n"
    assert load_yaml(text) == {"a": 12, "b": {"c": 12, "d": "sum"}, "e": [12, "12", "sum"]}


def test_duplicate_keys_and_unhashable_keys_are_still_refused() -> None:
    with pytest.raises(UnsafeYamlError, match="duplicate key 'a', first on line 1"):
        load_yaml("a: 1\nb: 2\na: 3\n")
    with pytest.raises(yaml.constructor.ConstructorError, match="unhashable key"):
        load_yaml("? [a, b]\n: c\n")


def test_a_raw_control_character_is_one_error_naming_file_line_and_character(
    make_project: Callable[..., Path],
) -> None:
    csv = daily_csv("2026-01-01", "2026-11-15", {"x": lambda day: day.day})
    project = make_project(sources={"s": csv}, metrics={"x": metric()})
    text = project.read_text(encoding="utf-8")
    # a vertical tab pasted from Word into the title, on the file's first line
    project.write_text("title: Acme\vweekly\n" + text, encoding="utf-8")
    assert_fails(
        run("validate", project),
        "wbr.yaml: not valid YAML (character U+000B (vertical tab) at line 1, column 12: YAML "
        "does not allow it; delete it)",
    )
    # the same in a metric file, an escape character (ANSI colour codes) on its third line
    project.write_text(text, encoding="utf-8")
    metrics = project.parent / "metrics" / "metrics.yaml"
    lines = metrics.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2].rstrip("\n") + "  # \x1b[31mred\x1b[0m\n"
    metrics.write_text("".join(lines), encoding="utf-8")
    column = len(lines[2].split("\x1b")[0]) + 1
    assert_fails(
        run("compute", project),
        f"metrics/metrics.yaml: not valid YAML (character U+001B (ESC) at line 3, column "
        f"{column}: YAML does not allow it; delete it)",
    )
