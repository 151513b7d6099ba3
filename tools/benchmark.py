"""Measure the notebooks and the book: run time, ratio to a floor, peak memory, page sizes.

    python tools/benchmark.py                 # every notebook (best of 3) and the book
    python tools/benchmark.py --repeat 1 chapters/01-neuron.ipynb --no-book

For each notebook: the best wall time of `--repeat` runs top to bottom in a fresh kernel, its
ratio to a *floor* (a notebook holding only that notebook's setup cell: kernel start plus
imports), and the kernel's peak memory. For the book: the build time of the instructor edition
and the size of each chapter page with the images it loads. A measurement, not a test.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from execute_notebooks import run_in_empty_folder
from notebooks import ALL_NOTEBOOKS, ROOT


def run_once(notebook: nbformat.NotebookNode) -> float:
    start = time.perf_counter()
    run_in_empty_folder(notebook, timeout=300)
    return time.perf_counter() - start


def best_times(path: Path, repeat: int) -> dict:
    """The best times of the notebook and of its floor, run in turn (notebook, floor, notebook,
    ...), so that a busy spell of the machine slows both alike."""
    notebook = nbformat.read(path, as_version=4)
    floor = floor_of(notebook)
    runs: dict[str, list[float]] = {"seconds": [], "floor": []}
    for _ in range(repeat):
        runs["seconds"].append(run_once(nbformat.from_dict(notebook)))
        runs["floor"].append(run_once(nbformat.from_dict(floor)))
    return {key: min(times) for key, times in runs.items()}


def measure(path: Path, repeat: int) -> dict:
    """best_times in a child process, so that its peak child RSS is this notebook's kernel
    alone (the floor's kernel is smaller)."""
    code = ("import json, resource, sys; sys.path.insert(0, 'tools'); import benchmark as b;"
            f"times = b.best_times(b.Path({str(path)!r}), {repeat});"
            "print(json.dumps({**times, 'peak_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))")
    output = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def floor_of(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    setup = next(cell for cell in notebook.cells if cell.cell_type == "code")
    return nbformat.v4.new_notebook(cells=[setup], metadata=notebook.metadata)


def page_weight(html_dir: Path, page: Path) -> int:
    """Bytes of a page plus the local images it references (inline base64 frames are in the HTML)."""
    text = page.read_text(encoding="utf-8")
    images = {m for m in re.findall(r'<img[^>]+src="([^"]+)"', text) if not m.startswith(("data:", "http"))}
    return page.stat().st_size + sum((page.parent / src).resolve().stat().st_size for src in images
                                     if (page.parent / src).resolve().exists())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-book", action="store_true", help="skip the book build")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.notebooks] or ALL_NOTEBOOKS
    print(f"| notebook | best of {args.repeat} (s) | floor (s) | ratio | peak memory (MB) |")
    print("|---|---|---|---|---|")
    total = 0.0
    for path in paths:
        run = measure(path, args.repeat)
        total += run["seconds"]
        print(f"| {path.relative_to(ROOT)} | {run['seconds']:.2f} | {run['floor']:.2f} | "
              f"{run['seconds'] / run['floor']:.1f} | {run['peak_mb']:.0f} |", flush=True)
    print(f"| **total** | {total:.2f} | | | |")
    if not args.no_book:
        sys.path.insert(0, str(ROOT / "tools"))
        from build_book import build
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            html_dir = build("instructor", Path(out))
            print(f"\nbook build (instructor edition): {time.perf_counter() - start:.1f} s\n")
            print("| page | size with images (MB) |\n|---|---|")
            for page in sorted((html_dir / "chapters").glob("*.html")):
                print(f"| {page.relative_to(html_dir)} | {page_weight(html_dir, page) / 1e6:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
