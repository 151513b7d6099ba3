"""Shared helpers for the tests: where the notebooks are, and a kernel to run code in."""
from __future__ import annotations

import queue
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from jupyter_client.manager import start_new_kernel

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = sorted((ROOT / "chapters").glob("*.ipynb"))
SOLUTIONS = sorted((ROOT / "solutions").glob("*.ipynb"))
EXERCISES = sorted((ROOT / "exercises").glob("*.ipynb"))
ALL_NOTEBOOKS = CHAPTERS + SOLUTIONS + EXERCISES
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def rel(path: Path) -> str:
    """A short test id such as 'chapters/01-neuron.ipynb'."""
    return str(path.relative_to(ROOT))


def code_cells(notebook: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def tags(cell: nbformat.NotebookNode) -> list[str]:
    return cell.metadata.get("tags", [])


def solution_blocks(notebook: nbformat.NotebookNode) -> list[str]:
    """The code between BEGIN and END SOLUTION markers, one string per block."""
    blocks = []
    for cell in code_cells(notebook):
        inside, lines = False, []
        for line in cell.source.splitlines():
            if line.strip() == BEGIN:
                inside, lines = True, []
            elif line.strip() == END:
                inside = False
                blocks.append("\n".join(lines))
            elif inside:
                lines.append(line)
    return blocks


def distinctive_solution_lines(notebook: nbformat.NotebookNode) -> set[str]:
    """Solution lines long enough to be recognisable if they leaked (short ones like
    `return output` also occur in hints), without comments."""
    return {line.strip() for block in solution_blocks(notebook) for line in block.splitlines()
            if len(line.strip()) >= 20 and not line.strip().startswith("#")}


@dataclass
class Outcome:
    """What happened when a piece of code ran in the kernel."""
    ok: bool
    ename: str = ""
    evalue: str = ""
    stdout: str = ""


@dataclass
class Kernel:
    """A python3 kernel that runs code and reports errors by name and message."""
    manager: object = field(init=False)
    client: object = field(init=False)

    def __post_init__(self) -> None:
        self.manager, self.client = start_new_kernel(kernel_name="python3")

    def run(self, code: str, timeout: float = 120) -> Outcome:
        printed: list[str] = []

        def collect(message: dict) -> None:
            if message["msg_type"] == "stream" and message["content"]["name"] == "stdout":
                printed.append(message["content"]["text"])

        try:
            reply = self.client.execute_interactive(code, timeout=timeout, output_hook=collect)
        except (queue.Empty, TimeoutError):   # what jupyter_client raises on a timeout
            return Outcome(ok=False, ename="Timeout", evalue=f"no reply within {timeout} s")
        content = reply["content"]
        if content["status"] == "ok":
            return Outcome(ok=True, stdout="".join(printed))
        return Outcome(ok=False, ename=content.get("ename", ""), evalue=content.get("evalue", ""),
                       stdout="".join(printed))

    def shutdown(self) -> None:
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)
