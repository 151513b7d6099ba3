"""Report figure text that would be too small on the published page, and figures drawn beyond
their canvas.

    python tools/figure_audit.py                          # every chapter
    python tools/figure_audit.py chapters/01-neuron.ipynb

Runs each notebook in a fresh kernel with one extra cell after the setup cell, which wraps
matplotlib's Figure.draw: every figure drawn (shown inline, or drawn as a player frame) records
its width and its smallest visible text. On the page at 1280 px the text column is 688 px wide
(measured in Chromium); a figure is shown at 100 px per inch (the shared cell sharp_figures
stores twice the pixels) unless it is wider than the column, when it is scaled down. Text must
come out at least 80% of the body text's 16 px there. Player frames are shown at the column's width, which
gives them at least 100 px per inch too, as long as they are no wider than the column at 100 dpi.

A figure must also fit its canvas: a player's frame is the canvas, so anything beyond it is cut
off; a static figure is cropped from its canvas in one draw, and one that reaches the edge is
saved by savefig instead, which draws it twice (see the shared cell sharp_figures).
"""
from __future__ import annotations

import argparse
import functools
import json
import sys
from dataclasses import dataclass

import nbformat

from execute_notebooks import run_in_empty_folder
from notebooks import CHAPTERS, ROOT, read, rel

COLUMN_PX, SHOWN_DPI, BODY_PX = 688, 100, 16
SMALLEST_PX = 0.8 * BODY_PX
MARKER = "figure-audit:"

# Inserted after the setup cell by audit() only; the notebooks themselves never hold it.
AUDIT_CELL = f'''\
import json as _json, matplotlib.figure as _mfig, matplotlib.text as _mtext
_audit_draw = _mfig.Figure.draw
def _audited(fig, renderer):
    texts = [t for t in fig.findobj(_mtext.Text)
             if t.get_visible() and t.get_text().strip()]
    small = min(texts, key=lambda t: t.get_fontsize(), default=None)
    result = _audit_draw(fig, renderer)
    # What is drawn beyond the canvas is cut off in a player's frame and
    # sends a static figure down sharp_png's slow path (savefig, twice).
    drawn, (width, height) = fig.get_tightbbox(renderer), fig.get_size_inches()
    slack = 1 / fig.dpi
    sides = [side for side, outside in (
        ("left", drawn.x0 < -slack), ("bottom", drawn.y0 < -slack),
        ("right", drawn.x1 > width + slack), ("top", drawn.y1 > height + slack)) if outside]
    print("{MARKER}" + _json.dumps({{
        "width_in": float(width),
        "points": small and float(small.get_fontsize()),
        "text": small and small.get_text()[:40],
        "outside": sides}}))
    return result
_mfig.Figure.draw = _audited'''


@dataclass(frozen=True)
class SmallText:
    cell: int          # index in the notebook's cells
    width_in: float
    points: float
    shown_px: float
    text: str

    def __str__(self) -> str:
        return (f"cell {self.cell}: {self.text!r} at {self.points:g} pt in a {self.width_in:.2f}-in figure "
                f"shows {self.shown_px:.1f} px (needs {SMALLEST_PX:.1f}): use a larger font or a "
                f"figure at most {COLUMN_PX / SHOWN_DPI:.2f} in wide")


def shown_px(points: float, width_in: float) -> float:
    """Height on the page of `points`-point text in a figure `width_in` inches wide."""
    return points / 72 * min(SHOWN_DPI, COLUMN_PX / width_in)


@dataclass(frozen=True)
class Outside:
    cell: int
    sides: tuple[str, ...]

    def __str__(self) -> str:
        return (f"cell {self.cell}: the figure draws beyond its canvas ({', '.join(self.sides)}): "
                f"give it room with fig.tight_layout() or subplots_adjust")


@dataclass(frozen=True)
class Report:
    small_text: list[SmallText]     # the smallest too-small text per cell
    outside: list[Outside]          # cells whose figures reach beyond their canvas


@functools.cache   # one run per notebook serves every test
def audit(path) -> Report:
    """Every figure drawn by the notebook whose smallest text is too small on the page, and every
    cell with a figure that draws outside its canvas."""
    notebook = read(path)
    setup = next(i for i, cell in enumerate(notebook.cells) if cell.cell_type == "code")
    notebook.cells.insert(setup + 1, nbformat.v4.new_code_cell(AUDIT_CELL))
    run_in_empty_folder(notebook, timeout=300)
    worst: dict[int, SmallText] = {}
    outside: dict[int, set[str]] = {}
    for position, cell in enumerate(notebook.cells):
        index = position - 1 if position > setup else position   # without the audit cell
        for output in cell.get("outputs", []):
            for line in output.get("text", "").splitlines():
                if not line.startswith(MARKER):
                    continue
                record = json.loads(line[len(MARKER):])
                if record["outside"]:
                    outside.setdefault(index, set()).update(record["outside"])
                size = shown_px(record["points"], record["width_in"]) if record["points"] else BODY_PX
                if size < SMALLEST_PX and (index not in worst or size < worst[index].shown_px):
                    worst[index] = SmallText(index, record["width_in"], record["points"], size,
                                             record["text"])
    return Report([worst[index] for index in sorted(worst)],
                  [Outside(index, tuple(sorted(outside[index]))) for index in sorted(outside)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*")
    args = parser.parse_args(argv)
    paths = [ROOT / p for p in args.notebooks] if args.notebooks else CHAPTERS
    failed = 0
    for path in paths:
        report = audit(path)
        failed += len(report.small_text) + len(report.outside)
        print(f"{rel(path)}: {len(report.small_text)} figures with small text, "
              f"{len(report.outside)} cells with figures beyond their canvas")
        for problem in [*report.small_text, *report.outside]:
            print("   ", problem)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
