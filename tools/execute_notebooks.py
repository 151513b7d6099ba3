"""Re-execute notebooks top to bottom in a fresh kernel and save them with their outputs.

Each notebook runs from an empty temporary folder, so a notebook that secretly reads a repo file
fails here, not in a student's Colab. Timestamps and widget state are not stored, so re-running
an unchanged notebook leaves its JSON unchanged apart from genuinely new output.

    python tools/execute_notebooks.py chapters/01-neuron.ipynb solutions/01-neuron.ipynb
    python tools/make_exercises.py        # then regenerate exercises/ from solutions/
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

CELL_TIMEOUT_S = 120


def execute(path: Path) -> nbformat.NotebookNode:
    """Execute the notebook at `path` in a fresh python3 kernel started in an empty folder."""
    notebook = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory() as empty_dir:
        client = NotebookClient(
            notebook,
            timeout=CELL_TIMEOUT_S,
            kernel_name="python3",
            resources={"metadata": {"path": empty_dir}},
            record_timing=False,
            store_widget_state=True,  # nbclient's Output-widget capture needs it; dropped below
        )
        client.execute()
    # Widget models get fresh ids on every run; storing them would only add noise to the JSON.
    notebook.metadata.pop("widgets", None)
    return notebook


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args(argv)
    for path in args.notebooks:
        notebook = execute(path)
        nbformat.write(notebook, path)
        print(f"executed {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
