"""Re-execute notebooks top to bottom in a fresh kernel and save them with their outputs.

Each notebook runs from an empty temporary folder, so a notebook that secretly reads a repo file
fails here, not in a student's Colab. Timestamps and widget state are not stored, so re-running
an unchanged notebook leaves its JSON unchanged apart from genuinely new output.

    python tools/execute_notebooks.py chapters/01-neuron.ipynb solutions/01-neuron.ipynb
    python tools/make_exercises.py        # then regenerate exercises/ from solutions/
"""
from __future__ import annotations

import argparse
import configparser
import copy
import re
import sys
import tempfile
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from notebooks import ROOT

CELL_TIMEOUT_S = 120
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# What nbval leaves out of its comparison (its defaults, without --nbval-compare-images).
NOT_COMPARED = {"metadata", "traceback", "prompt_number", "output_type", "name", "execution_count",
                WIDGET_VIEW, "image/png", "image/jpeg"}


def check_left_empty(folder: Path) -> None:
    """Fail if a notebook left files in the empty folder it ran in (nbval's kernels too: tests/suite.py)."""
    left = sorted(path.name for path in folder.iterdir())
    if left:
        raise RuntimeError(f"the notebook wrote files into its folder: {left}; "
                           "a notebook must make its own data in memory")


def run_in_empty_folder(notebook: nbformat.NotebookNode, kernel_name: str = "python3",
                        timeout: int = CELL_TIMEOUT_S) -> nbformat.NotebookNode:
    """Run `notebook` in place in a fresh kernel started in an empty temporary folder.

    Fails if the notebook leaves a file in that folder: a notebook must run on its own, in Colab
    or Binder, and make its own data. The kernel talks over IPC (Unix sockets in another folder)
    instead of TCP: a TCP port is picked before the kernel binds it, and another process on the
    machine can take it in between.
    """
    with tempfile.TemporaryDirectory() as empty_dir, tempfile.TemporaryDirectory() as socket_dir:
        manager = KernelManager(kernel_name=kernel_name, transport="ipc", ip=str(Path(socket_dir) / "kernel"))
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
        check_left_empty(Path(empty_dir))
    # Widget models get fresh ids on every run: without their state they are never rendered from
    # the file, so store them as stable ids (cell, output) and re-running leaves the JSON unchanged.
    notebook.metadata.pop("widgets", None)
    for index, cell in enumerate(notebook.cells):
        if "outputs" in cell:    # how printed text is split into messages depends on timing
            cell.outputs = merged_streams(cell.outputs)
        for number, output in enumerate(cell.get("outputs", [])):
            if WIDGET_VIEW in output.get("data", {}):
                output["data"][WIDGET_VIEW]["model_id"] = f"cell{index:03d}output{number:02d}"
    return notebook


def merged_streams(outputs: list, adjacent_only: bool = True) -> list:
    """Copies of `outputs` with stream outputs of the same name joined into one.

    adjacent_only=True joins only consecutive ones (what is stored: order is kept); False joins
    every stream of a name into its first one, as nbval does before comparing.
    """
    merged: list = []
    streams: dict[str, dict] = {}
    for output in outputs:
        if output.get("output_type") != "stream":
            merged.append(output)
            if adjacent_only:
                streams.clear()
            continue
        if output["name"] in streams:
            streams[output["name"]]["text"] += output["text"]
            continue
        output = copy.deepcopy(output)
        if adjacent_only:
            streams.clear()
        streams[output["name"]] = output
        merged.append(output)
    return merged


def sanitizers(path: Path = ROOT / "tests" / "sanitize.cfg") -> list[tuple[str, str]]:
    """(regex, replacement) pairs of the nbval sanitize file, in order."""
    config = configparser.ConfigParser()
    config.read(path, encoding="utf-8")
    return [(config[section]["regex"], config[section]["replace"]) for section in config.sections()]


def comparable(outputs: list, rules: list[tuple[str, str]]) -> dict[str, list]:
    """A cell's outputs as nbval compares them: streams merged, keys flattened, text sanitised."""
    merged = merged_streams(outputs, adjacent_only=False)
    flat: dict[str, list] = {}
    for output in merged:
        items = [(k, v) for k, v in output.items() if k != "data"] + list(output.get("data", {}).items())
        for key, value in items:
            if key not in NOT_COMPARED:
                for regex, replacement in rules if isinstance(value, str) else []:
                    value = re.sub(regex, replacement, value)
                flat.setdefault(key, []).append(value)
    return flat


def output_differences(stored: nbformat.NotebookNode, fresh: nbformat.NotebookNode) -> list[str]:
    """Cells whose fresh outputs differ from the stored ones under nbval's rules (its ignore tags too)."""
    rules, found = sanitizers(), []
    for index, (old, new) in enumerate(zip(stored.cells, fresh.cells)):
        tags = set(old.metadata.get("tags", []))
        if old.cell_type != "code" or tags & {"nbval-ignore-output", "nbval-skip", "raises-exception"}:
            continue
        before, after = comparable(old.outputs, rules), comparable(new.outputs, rules)
        if before != after:
            keys = sorted(set(before) | set(after))
            key = next(k for k in keys if before.get(k) != after.get(k))
            found.append(f"cell {index} ({key}): stored {str(before.get(key))[:200]}, "
                         f"got {str(after.get(key))[:200]}")
    return found


def run_and_compare(path: Path, kernel_name: str = "python3", timeout: int = 300) -> list[str]:
    """Run the notebook at `path` alone in a fresh kernel; how its outputs differ from the stored ones."""
    stored = nbformat.read(path, as_version=4)
    fresh = run_in_empty_folder(copy.deepcopy(stored), kernel_name=kernel_name, timeout=timeout)
    return output_differences(stored, fresh)


def error_summary(error: Exception) -> str:
    """The last line of an execution error (e.g. 'AssertionError: ...'), without colour codes."""
    lines = re.sub(r"\x1b\[[0-9;]*m", "", str(error)).strip().splitlines()
    return lines[-1] if lines else type(error).__name__


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
