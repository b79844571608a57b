"""Control characters pasted from Word or Excel: stripped where text enters, with a warning (#7)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
import yaml

from tests.conftest import REPO
from wbr.scaffold import init_project
from wbr.textclean import strip_bad_characters

WEEK = "2026-11-15"


@pytest.mark.parametrize(
    ("text", "clean", "removed"),
    [
        ("a\x0bb", "a\nb", "U+000B (vertical tab)"),  # Word's soft line break
        ("a\x0cb", "a\nb", "U+000C (form feed)"),
        ("a\x00b\x07c\x1bd", "abcd", "U+0000 (NUL), U+0007 (BEL), U+001B (ESC)"),
        ("a\ufffeb", "ab", "U+FFFE"),
        ("a\x85b\x9fc", "abc", "U+0085, U+009F"),  # C1 controls
        ("tab\there\nnew line\r\n", "tab\there\nnew line\r\n", ""),  # kept
        ("Größe · € — ✓ 日本", "Größe · € — ✓ 日本", ""),
    ],
)
def test_strip_bad_characters(text: str, clean: str, removed: str) -> None:
    assert strip_bad_characters(text) == (clean, removed)


def test_yaml_source_gets_a_space_for_a_line_break() -> None:
    # in YAML source a newline inside a plain value would end the mapping entry
    assert strip_bad_characters("k: a\x0bb\n", line_break=" ") == (
        "k: a b\n",
        "U+000B (vertical tab)",
    )


def test_pasted_control_characters_do_not_stop_the_packet(tmp_path: Path) -> None:
    """The issue's trigger: a VT in an annotation made Typst fail after the HTML was written."""
    root = tmp_path / "project"
    init_project(root)
    config = yaml.safe_load((root / "wbr.yaml").read_text(encoding="utf-8"))
    # escaped in a double-quoted YAML string: parses, then would reach every renderer
    config["title"] = "Acme\x1b WBR"
    (root / "wbr.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    events = root / config["annotations"]
    events.write_text(
        events.read_text(encoding="utf-8") + '2026-11-10,leads,"Promo\x0bstart\x07"\n',
        encoding="utf-8",
    )
    lines = events.read_text(encoding="utf-8").count("\n")
    notes = root / config["commentary_dir"] / f"{WEEK}.yaml"
    text = notes.read_text(encoding="utf-8")
    # a metric the sample's notes do not mention yet (a second key would be a duplicate-key error)
    assert "\nwin_rate:" not in text
    notes.write_text(text + "win_rate: Pasted\x0bfrom Word\x00\n", encoding="utf-8")
    note_line = text.count("\n") + 1
    metric_file = root / "metrics" / "sales.yaml"
    raw = metric_file.read_text(encoding="utf-8")
    assert "label: Won revenue" in raw
    metric_file.write_text(raw.replace("label: Won revenue", 'label: "Won\\vrevenue"'), "utf-8")

    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "wbr", "render", str(root), "--engine", "builtin", "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "removed" in line]
    assert any(
        f"{events.name}: line {lines}: 'text': removed U+0007 (BEL), U+000B (vertical tab)" in w
        for w in warnings
    ), warnings
    assert any(
        f"{WEEK}.yaml: line {note_line}: removed U+0000 (NUL), U+000B" in w for w in warnings
    )
    assert any("wbr.yaml: 'title' removed U+001B (ESC)" in w for w in warnings), warnings
    assert any(
        "sales.yaml: metric 'won_revenue': 'label' removed U+000B (vertical tab)" in w
        for w in warnings
    ), warnings
    folder = out / WEEK
    html = (folder / f"wbr-{WEEK}.html").read_text(encoding="utf-8")
    assert "Promo\nstart" in html and "Pasted from Word" in html
    for bad in ("\x0b", "\x07", "\x00", "\x1b"):
        assert bad not in html
    pdf = " ".join(
        page.extract_text() for page in pypdf.PdfReader(folder / f"wbr-{WEEK}.pdf").pages
    )
    assert "Acme WBR" in pdf and "Won" in pdf
    assert json.loads((folder / "metrics.json").read_text(encoding="utf-8"))["title"] == "Acme WBR"
