"""Run every notebook in the environments students use, and compare its outputs with the book's.

    python tools/runtime_matrix.py                     # every environment
    python tools/runtime_matrix.py --env binder colab  # some of them

The environments (each a fresh virtual environment):
- colab:             pyenv's Python 3.13 with Colab's packages (tools/runtimes/colab-constraints.txt);
- colab-no-autograd: the same without autograd, removed again before every notebook, so each
                     notebook's setup cell must install it (pinned) by itself;
- binder:            the environment repo2docker builds for binder/runtime.txt (the Python packages
                     of its conda lock file, from the jupyter-repo2docker package), then
                     binder/requirements.txt on top, as repo2docker installs it;
- local-latest:      the newest Python here with the latest releases of what intro.md names.
In each, every notebook in chapters/, exercises/ and solutions/ runs alone from an empty folder
(cells tagged raises-exception may fail, as in the exercises), and its text outputs must equal
the stored ones under nbval's rules and tests/sanitize.cfg. Installed packages are listed before
and after: a setup cell may add a missing package, but never change one that was there.
Exit status 1 on any failure. CI (.ci/run) runs this before pytest.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from execute_notebooks import error_summary, run_and_compare
from notebooks import ALL_NOTEBOOKS, ROOT

RUNTIMES = ROOT / "tools" / "runtimes"
REPO2DOCKER = "jupyter-repo2docker==2026.4.0"
LOCAL_LATEST = ["numpy", "matplotlib", "ipywidgets", "autograd", "jupyterlab"]   # as intro.md says
# Conda packages of repo2docker's lock whose PyPI name differs; conda-only packages are skipped.
CONDA_TO_PYPI = {"brotli-python": "brotli", "python-fastjsonschema": "fastjsonschema",
                 "nbconvert-core": "nbconvert", "jupyterhub-base": "jupyterhub"}


@dataclass
class Environment:
    name: str
    python_version: str              # "3.13": which interpreter makes the virtual environment
    install: list[list[str]]         # pip install argument lists, run in order
    drop_before_each: str = ""       # a package removed before every notebook


def find_python(version: str) -> str:
    """An interpreter of `version`: on PATH as pythonX.Y, or one of pyenv's."""
    found = shutil.which(f"python{version}")
    pyenv_root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    candidates = ([found] if found else []) + sorted(glob.glob(f"{pyenv_root}/versions/{version}.*/bin/python{version}"))
    if not candidates:
        raise SystemExit(f"no Python {version} here (pyenv install {version}, or put python{version} on PATH)")
    return candidates[-1]


def binder_python() -> str:
    return (ROOT / "binder" / "runtime.txt").read_text(encoding="utf-8").strip().removeprefix("python-")


def repo2docker_packages(scratch: Path) -> list[str]:
    """name==version for the Python packages of repo2docker's conda lock for Binder's Python."""
    pip(sys.executable, "download", "--quiet", "--no-deps", REPO2DOCKER, "-d", str(scratch))
    wheel = next(scratch.glob("jupyter_repo2docker-*.whl"))
    lock_name = f"repo2docker/buildpacks/conda/environment.py-{binder_python()}-linux-64.lock"
    lock = zipfile.ZipFile(wheel).read(lock_name).decode("utf-8")
    packages = []
    # Each line is a URL ending in name-version-build.conda; Python packages have builds "py..."
    for name, version, build in re.findall(r"/([A-Za-z0-9_.\-]+?)-([^-/]+)-([^-/]+)\.(?:conda|tar\.bz2)", lock):
        if build.startswith("py") and name != "python":
            packages.append(f"{CONDA_TO_PYPI.get(name, name)}=={version}")
    return packages


def environments(scratch: Path) -> dict[str, Environment]:
    constraints = RUNTIMES / "colab-constraints.txt"
    colab = [line.split("==")[0] for line in constraints.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return {
        "colab": Environment("colab", "3.13", [["-c", str(constraints), *colab]]),
        "colab-no-autograd": Environment("colab-no-autograd", "3.13",
                                         [["-c", str(constraints), *[p for p in colab if p != "autograd"]]],
                                         drop_before_each="autograd"),
        "binder": Environment("binder", binder_python(),
                              [["--no-deps", *repo2docker_packages(scratch)],
                               ["-r", str(ROOT / "binder" / "requirements.txt")]]),
        "local-latest": Environment("local-latest", "3.13", [LOCAL_LATEST]),
    }


def pip(python: Path | str, *args: str) -> None:
    """Run pip quietly; on failure, raise with the last lines it printed."""
    done = subprocess.run([str(python), "-m", "pip", *args], capture_output=True, text=True)
    if done.returncode != 0:
        printed = [line for line in (done.stdout + done.stderr).splitlines() if "is ignored" not in line]
        raise RuntimeError(f"pip {' '.join(args[:3])} ... failed:\n" + "\n".join(printed[-15:]))


def installed(python: Path) -> dict[str, str]:
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format", "json"], check=True,
                            capture_output=True, text=True).stdout
    return {entry["name"].lower(): entry["version"] for entry in json.loads(listed)}


def register_kernel(python: Path, jupyter_dir: Path, name: str) -> None:
    """A kernelspec that starts `python`; found by nbclient through JUPYTER_PATH."""
    spec_dir = jupyter_dir / "kernels" / name
    spec_dir.mkdir(parents=True)
    # -Xfrozen_modules=off keeps old ipykernels (Colab's 6.17) from printing a debugger warning.
    spec = {"argv": [str(python), "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": name, "language": "python"}
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")


def check_environment(env: Environment, scratch: Path) -> tuple[list[str], list[str]]:
    """Build `env`, run every notebook in it; (report lines, failures)."""
    start = time.perf_counter()
    python = scratch / env.name / "bin" / "python"
    subprocess.run([find_python(env.python_version), "-m", "venv", str(python.parent.parent)], check=True)
    for arguments in env.install:
        pip(python, "install", "--quiet", *arguments)
    if env.drop_before_each:
        pip(python, "uninstall", "--quiet", "--yes", env.drop_before_each)
    version = subprocess.run([str(python), "--version"], capture_output=True, text=True).stdout.strip()
    before = installed(python)
    key = ["numpy", "matplotlib", "ipywidgets", "ipykernel", "ipython", "autograd"]
    lines = [f"== {env.name}: {version}, " + ", ".join(f"{k} {before.get(k, '-')}" for k in key)]
    register_kernel(python, scratch / "jupyter", f"matrix-{env.name}")
    failures = []
    for path in ALL_NOTEBOOKS:
        label = path.relative_to(ROOT)
        if env.drop_before_each and env.drop_before_each in installed(python):
            pip(python, "uninstall", "--quiet", "--yes", env.drop_before_each)
        try:
            differences = run_and_compare(path, f"matrix-{env.name}")
        except Exception as error:          # report every notebook, then fail at the end
            differences = [f"did not run: {error_summary(error)}"]
        lines.append(f"   {'ok  ' if not differences else 'FAIL'}  {label}")
        lines.extend(f"         {difference}" for difference in differences[:5])
        failures.extend(f"{env.name}: {label}: {difference}" for difference in differences)
    after = installed(python)
    changed = {name: (before[name], after.get(name)) for name in before if after.get(name) != before[name]}
    if changed:
        failures.append(f"{env.name}: running the notebooks changed installed packages {changed}")
    added = sorted(set(after) - set(before))
    lines.append(f"   {len(ALL_NOTEBOOKS)} notebooks in {time.perf_counter() - start:.0f} s"
                 + (f"; setup cells installed {', '.join(f'{n} {after[n]}' for n in added)}" if added else ""))
    return lines, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--env", nargs="+", help="environments to check (default: all)")
    parser.add_argument("--jobs", type=int, default=2, help="environments checked at once")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Path(scratch_dir)
        os.environ["JUPYTER_PATH"] = str(scratch / "jupyter")
        known = environments(scratch)
        names = args.env or list(known)
        unknown = set(names) - set(known)
        if unknown:
            parser.error(f"unknown environments {sorted(unknown)}; known: {sorted(known)}")
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(lambda name: check_environment(known[name], scratch), names))
    failures = []
    for lines, env_failures in results:
        print("\n".join(lines), flush=True)
        failures.extend(env_failures)
    runs = len(names) * len(ALL_NOTEBOOKS)
    print(f"runtime matrix: {len(names)} environments x {len(ALL_NOTEBOOKS)} notebooks = {runs} runs, "
          f"{len(failures)} failures")
    for failure in failures:
        print("  ", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
