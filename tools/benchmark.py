"""Measure how long each notebook takes to run top to bottom in a fresh kernel.

    python tools/benchmark.py            # every notebook, best of 3 runs
    python tools/benchmark.py --repeat 1 chapters/01-neuron.ipynb

For each notebook it reports the best wall time of `--repeat` runs and its ratio to a *floor*:
a notebook holding only that notebook's first (setup) cell, i.e. kernel start plus imports. The
ratio shows what the lesson itself costs. This is a measurement, not a test: timings vary.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def run_seconds(notebook: nbformat.NotebookNode) -> float:
    with tempfile.TemporaryDirectory() as empty_dir:
        client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                                resources={"metadata": {"path": empty_dir}})
        start = time.perf_counter()
        client.execute()
        return time.perf_counter() - start


def best_of(notebook: nbformat.NotebookNode, repeat: int) -> float:
    return min(run_seconds(nbformat.from_dict(notebook)) for _ in range(repeat))


def floor_of(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    setup = next(cell for cell in notebook.cells if cell.cell_type == "code")
    return nbformat.v4.new_notebook(cells=[setup], metadata=notebook.metadata)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted(ROOT.glob("[ces]*/*.ipynb"))
    print(f"| notebook | best of {args.repeat} (s) | floor (s) | ratio |")
    print("|---|---|---|---|")
    total = 0.0
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        seconds = best_of(notebook, args.repeat)
        floor = best_of(floor_of(notebook), args.repeat)
        total += seconds
        name = path.resolve().relative_to(ROOT)
        print(f"| {name} | {seconds:.2f} | {floor:.2f} | {seconds / floor:.1f} |", flush=True)
    print(f"| **total** | {total:.2f} | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
