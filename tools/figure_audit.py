"""Report figure text that would be too small on the published page.

    python tools/figure_audit.py                          # every chapter
    python tools/figure_audit.py chapters/01-neuron.ipynb

Runs each notebook in a fresh kernel with one extra cell after the setup cell, which wraps
matplotlib's Figure.draw: every figure drawn (shown inline, or drawn as a player frame) records
its width and its smallest visible text. On the page at 1280 px the text column is 688 px wide
(measured in Chromium); a figure is shown at 100 px per inch (figure.dpi; the shared cell
sharp_figures stores twice the pixels) unless it is wider than the column, when it is scaled down. Text must come out at
least 80% of the body text's 16 px there. Player frames are shown at the column's width, which
gives them at least 100 px per inch too, as long as they are no wider than the column at 100 dpi.
"""
from __future__ import annotations

import argparse
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
    print("{MARKER}" + _json.dumps({{
        "width_in": float(fig.get_figwidth()),
        "points": small and float(small.get_fontsize()),
        "text": small and small.get_text()[:40]}}))
    return _audit_draw(fig, renderer)
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


def audit(path) -> list[SmallText]:
    """Every figure drawn by the notebook whose smallest text is too small on the page."""
    notebook = read(path)
    setup = next(i for i, cell in enumerate(notebook.cells) if cell.cell_type == "code")
    notebook.cells.insert(setup + 1, nbformat.v4.new_code_cell(AUDIT_CELL))
    run_in_empty_folder(notebook, timeout=300)
    worst: dict[int, SmallText] = {}     # the smallest text per cell
    for position, cell in enumerate(notebook.cells):
        index = position - 1 if position > setup else position   # without the audit cell
        for output in cell.get("outputs", []):
            for line in output.get("text", "").splitlines():
                if not line.startswith(MARKER):
                    continue
                record = json.loads(line[len(MARKER):])
                size = shown_px(record["points"], record["width_in"]) if record["points"] else BODY_PX
                if size < SMALLEST_PX and (index not in worst or size < worst[index].shown_px):
                    worst[index] = SmallText(index, record["width_in"], record["points"], size,
                                             record["text"])
    return [worst[index] for index in sorted(worst)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*")
    args = parser.parse_args(argv)
    paths = [ROOT / p for p in args.notebooks] if args.notebooks else CHAPTERS
    failed = 0
    for path in paths:
        problems = audit(path)
        failed += len(problems)
        print(f"{rel(path)}: {len(problems)} figures with small text")
        for problem in problems:
            print("   ", problem)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
