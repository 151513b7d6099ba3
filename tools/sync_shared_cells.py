"""Write the shared cells (tools/shared_cells/NAME.py) into every notebook that uses them.

    python tools/sync_shared_cells.py           # rewrite the marked cells from their source files
    python tools/sync_shared_cells.py --check   # exit 1 if a marked cell differs from its source

A notebook repeats these cells so that it runs on its own (Colab, Binder); a cell is marked by its
metadata `"shared": "NAME"`, never by its text, so editing any line of a copy cannot hide it.
Run `python tools/make_exercises.py` afterwards, so exercises/ picks up the new solution cells.
"""
from __future__ import annotations

import argparse
import sys

import nbformat

from notebooks import ALL_NOTEBOOKS, ROOT

SOURCES = ROOT / "tools" / "shared_cells"


def shared_sources() -> dict[str, str]:
    """{marker name: canonical cell text} for every file in tools/shared_cells/."""
    return {path.stem: path.read_text(encoding="utf-8").rstrip("\n") for path in sorted(SOURCES.glob("*.py"))}


def stale_cells(notebook: nbformat.NotebookNode, sources: dict[str, str]) -> list[tuple[int, str]]:
    """(cell index, marker) of every marked cell whose text differs from its source."""
    found = []
    for index, cell in enumerate(notebook.cells):
        name = cell.metadata.get("shared")
        if name is None:
            continue
        if name not in sources:
            raise ValueError(f"cell {index} is marked shared={name!r}, but tools/shared_cells/{name}.py is missing")
        if cell.source != sources[name]:
            found.append((index, name))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale copies, change nothing")
    args = parser.parse_args(argv)
    sources = shared_sources()
    stale_total = 0
    for path in ALL_NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        stale = stale_cells(notebook, sources)
        stale_total += len(stale)
        for index, name in stale:
            if args.check:
                print(f"{path.relative_to(ROOT)}: cell {index} differs from tools/shared_cells/{name}.py")
            else:
                notebook.cells[index].source = sources[name]
        if stale and not args.check:
            nbformat.write(notebook, path)
            print(f"updated {path.relative_to(ROOT)} ({len(stale)} cells)")
    return 1 if (args.check and stale_total) else 0


if __name__ == "__main__":
    sys.exit(main())
