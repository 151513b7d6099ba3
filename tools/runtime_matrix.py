"""Run every notebook in the environments students use: Colab-like and Binder-like.

    python tools/runtime_matrix.py               # both environments
    python tools/runtime_matrix.py --env colab

For each environment, a fresh virtual environment gets that environment's packages; then every
notebook in chapters/, exercises/ and solutions/ runs top to bottom, from an empty folder, in a
kernel of that environment (cells tagged raises-exception may fail, as in the exercises). The
packages are listed before and after: a setup cell that upgraded anything would show up as a
difference, and fails the run (upgrading Colab's numpy or ipywidgets forces a runtime restart).
Exit status 1 on any failure. CI runs this after pytest.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from execute_notebooks import run_in_empty_folder

ROOT = Path(__file__).resolve().parent.parent

# Google Colab's runtime as reported in its published package list (Aug 2026): Python 3.13,
# which this machine lacks, so the same packages are installed on the Python available here.
COLAB = ["numpy==2.1.3", "ipywidgets==7.7.1", "widgetsnbextension==3.6.10", "ipykernel==6.17.1",
         "ipython==7.34.0", "autograd==1.9.1", "matplotlib==3.10.0"]


def binder_packages() -> list[str]:
    """binder/requirements.txt plus the kernel that repo2docker's base image provides."""
    lines = (ROOT / "binder" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    pinned = [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]
    kernel = [line for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
              if line.lower().startswith("ipykernel==")]
    return pinned + kernel


ENVIRONMENTS = {"colab": lambda: COLAB, "binder": binder_packages}


def make_env(folder: Path, packages: list[str]) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    python = folder / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *packages], check=True)
    return python


def frozen(python: Path) -> str:
    return subprocess.run([str(python), "-m", "pip", "freeze"], check=True, capture_output=True,
                          text=True).stdout


def register_kernel(python: Path, jupyter_dir: Path, name: str) -> None:
    """A kernelspec that starts `python`; found by nbclient through JUPYTER_PATH."""
    spec_dir = jupyter_dir / "kernels" / name
    spec_dir.mkdir(parents=True)
    # -Xfrozen_modules=off keeps old ipykernels (Colab's 6.17) from printing a debugger warning.
    spec = {"argv": [str(python), "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": name, "language": "python"}
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")


def run_notebook(path: Path, kernel_name: str) -> float:
    start = time.perf_counter()
    run_in_empty_folder(nbformat.read(path, as_version=4), kernel_name=kernel_name, timeout=300)
    return time.perf_counter() - start


def check_environment(name: str, scratch: Path) -> list[str]:
    """Run every notebook in environment `name`; return the failures."""
    packages = ENVIRONMENTS[name]()
    print(f"== {name}: {' '.join(packages)}", flush=True)
    python = make_env(scratch / name, packages)
    before = frozen(python)
    register_kernel(python, scratch / "jupyter", f"matrix-{name}")
    failures = []
    for path in sorted(ROOT.glob("[ces]*/[0-9]*.ipynb")):
        label = path.relative_to(ROOT)
        try:
            seconds = run_notebook(path, f"matrix-{name}")
            print(f"   ok    {seconds:5.1f} s  {label}", flush=True)
        except Exception as error:          # report every notebook, then fail at the end
            first_line = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
            print(f"   FAIL           {label}: {first_line}", flush=True)
            failures.append(f"{name}: {label}")
    if frozen(python) != before:
        failures.append(f"{name}: running the notebooks changed the installed packages")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--env", choices=[*ENVIRONMENTS, "all"], default="all")
    args = parser.parse_args(argv)
    names = list(ENVIRONMENTS) if args.env == "all" else [args.env]
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Path(scratch_dir)
        os.environ["JUPYTER_PATH"] = str(scratch / "jupyter")
        failures = [failure for name in names for failure in check_environment(name, scratch)]
    print(f"runtime matrix: {len(names)} environments, {len(failures)} failures")
    for failure in failures:
        print("  ", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
