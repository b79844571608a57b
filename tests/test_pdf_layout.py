"""The sample packet's PDF is dense (issue #10 §6): its deck fits in 12 pages before the appendix,
and no page is more than 40 % blank except where a section ends.

Real Typst renders the repository's sample; poppler's ``pdftotext`` finds where the appendix starts
and where each section starts, and ``pdftoppm -gray`` draws every page, whose blank share is read
with numpy: the share of the page's text area (between the header and the footer) below the last
row with any ink on it. Before this layout the sample had 25 deck pages (one metric block per page,
many half blank) and 17 appendix pages, so both tests failed there.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from wbr.project import load_project
from wbr.render.context import build_context
from wbr.render.contract import ReportContext
from wbr.render.typst import render_pdf
from wbr.report import build_report

REPO = Path(__file__).resolve().parent.parent
APPENDIX_TITLE = "Appendix: metric definitions"
DECK_PAGES = 12  # the budget: at most 12 pages before the appendix
MAX_BLANK = 0.40  # no page more than 40 % blank, except at a section's end
# A4 landscape is 210 mm high; the page's margins (wbr-style.typ) are 17 mm at the top, where the
# running header sits, and 13 mm at the bottom, where the footer sits: the text area is between
TOP_MM, BOTTOM_MM, PAGE_MM = 17.0, 13.0, 210.0
INK = 235  # a grey level below this is ink (white is 255; the lightest rule drawn is ~#e9)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) not installed",
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ReportContext]:
    ctx = build_context(build_report(load_project(REPO / "wbr.yaml")))
    folder = tmp_path_factory.mktemp("layout")
    return render_pdf(ctx, folder / "sample.pdf", folder / "cache"), ctx


def page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    return text.split("\f")[:-1]  # every page ends with a form feed


def body_lines(page: str) -> list[str]:
    """A page's lines after its running header (title, then week), blank lines dropped."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return lines[2:]


def read_pgm(path: Path) -> np.ndarray:
    """A binary greyscale PGM (P5, 8 bit) as a height x width array."""
    data = path.read_bytes()
    magic, width, height, maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5" and int(maxval) == 255
    w, h = int(width), int(height)
    return np.frombuffer(pixels[: w * h], dtype=np.uint8).reshape(h, w)


def blank_share(page: np.ndarray) -> float:
    """The share of the text area's height below its last inked row (1.0: nothing on it)."""
    rows = page.shape[0]
    top, bottom = round(rows * TOP_MM / PAGE_MM), round(rows * (PAGE_MM - BOTTOM_MM) / PAGE_MM)
    area = page[top:bottom]
    inked = np.flatnonzero((area < INK).any(axis=1))
    return 1.0 if inked.size == 0 else 1.0 - (inked[-1] + 1) / area.shape[0]


def page_images(pdf: Path, folder: Path) -> list[np.ndarray]:
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(pdf), str(folder / "p")], check=True)
    return [read_pgm(p) for p in sorted(folder.glob("p-*.pgm"))]


def appendix_start(pages: list[str]) -> int:
    """The 0-based index of the page the appendix starts on (its title is a line of its own; on
    page 1 it is only an entry of the contents line)."""
    return next(i for i, page in enumerate(pages) if APPENDIX_TITLE in body_lines(page)[:1])


def test_blank_share_reads_the_text_area() -> None:
    # 210 rows, one a millimetre: the text area is rows 17..196 (180 rows); the last inked row
    # is 124, the area's 108th, so 180 - 108 = 72 rows are blank below it: 72 / 180 = 0.40.
    # The header and footer rows do not count.
    page = np.full((210, 100), 255, dtype=np.uint8)
    page[5, :] = 0  # running header
    page[20:125, 10] = 0
    page[200, :] = 0  # footer
    assert blank_share(page) == pytest.approx(0.40)
    empty = np.full((210, 100), 255, dtype=np.uint8)
    assert blank_share(empty) == 1.0


def test_sample_deck_fits_the_page_budget(sample: tuple[Path, ReportContext]) -> None:
    pdf, _ = sample
    pages = page_texts(pdf)
    deck = appendix_start(pages)  # the pages before the appendix's first
    assert deck <= DECK_PAGES, f"{deck} deck pages (budget {DECK_PAGES}), {len(pages)} in all"


def test_no_page_is_mostly_blank_except_at_a_section_end(
    sample: tuple[Path, ReportContext], tmp_path: Path
) -> None:
    pdf, ctx = sample
    pages = page_texts(pdf)
    images = page_images(pdf, tmp_path / "pages")
    assert len(images) == len(pages)
    start = appendix_start(pages)
    titles = {s["title"] for s in ctx["sections"]}
    too_blank = []
    for i in range(start):
        # a page after which a section starts on a new page ends a section; so does the last
        # page of the deck
        next_lines = body_lines(pages[i + 1])[:1]
        ends_section = i + 1 == start or bool(titles & set(next_lines))
        share = blank_share(images[i])
        if not ends_section and share > MAX_BLANK:
            too_blank.append((i + 1, round(float(share), 2)))
    assert not too_blank, f"pages more than {MAX_BLANK:.0%} blank (page, share): {too_blank}"


def test_appendix_follows_the_deck_and_never_breaks_an_id(
    sample: tuple[Path, ReportContext],
) -> None:
    pdf, ctx = sample
    pages = page_texts(pdf)
    appendix = "\n".join(pages[appendix_start(pages) :])
    # deck order: the first section's first metric block is the appendix's first entry
    first = next(b["metric"] for b in ctx["sections"][0]["blocks"] if b["kind"] == "metric")
    assert first is not None
    assert body_lines(pages[appendix_start(pages)])[1] == first["label"]
    # compact: breakdown children are a line under their parent (it had 17 pages)
    assert len(pages) - appendix_start(pages) <= 5, len(pages) - appendix_start(pages)
    # every metric that is no breakdown child has its id on one line, whole
    words = set(appendix.split())
    for m in ctx["appendix"]:
        if m["parent"] is None:
            assert m["id"] in words, m["id"]
