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
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

CELL_TIMEOUT_S = 120


def run_in_empty_folder(notebook: nbformat.NotebookNode, kernel_name: str = "python3",
                        timeout: int = CELL_TIMEOUT_S) -> nbformat.NotebookNode:
    """Run `notebook` in place in a fresh kernel started in an empty temporary folder.

    The kernel talks over IPC (Unix sockets in that folder) instead of TCP: a TCP port is picked
    before the kernel binds it, and another process on the machine can take it in between.
    """
    with tempfile.TemporaryDirectory() as empty_dir:
        manager = KernelManager(kernel_name=kernel_name, transport="ipc", ip=str(Path(empty_dir) / "kernel"))
        try:
            NotebookClient(
                notebook,
                km=manager,
                timeout=timeout,
                kernel_name=kernel_name,
                resources={"metadata": {"path": empty_dir}},
                record_timing=False,
                store_widget_state=True,  # nbclient's Output-widget capture needs it; dropped below
            ).execute()
        finally:
            if manager.has_kernel:        # a kernel we started ourselves is ours to stop
                manager.shutdown_kernel(now=True)
    # Widget models get fresh ids on every run; storing them would only add noise to the JSON.
    notebook.metadata.pop("widgets", None)
    return notebook


def execute(path: Path) -> nbformat.NotebookNode:
    """Execute the notebook at `path` in a fresh python3 kernel started in an empty folder."""
    return run_in_empty_folder(nbformat.read(path, as_version=4))


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
