"""Build the HTML book, in the instructor edition (everything) or the student edition (no solutions).

    python tools/build_book.py                      # instructor edition -> _build/html
    python tools/build_book.py --edition student    # student edition   -> _build/student/html

The site is complete offline: MathJax ships with it (the sphinx-mathjax-offline extension in
_config.yml), and nothing else is loaded from the network.

Both editions build from the same sources with `jupyter-book build -W -n --keep-going`, so a
warning or a broken reference fails the build. The student edition uses a table of contents
derived from _toc.yml without the "Solutions" part; with `only_build_toc_files: true`, no page,
source file or notebook download of solutions/ is produced.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS_CAPTION = "Solutions"


def student_toc(toc: dict) -> dict:
    """The table of contents without the solutions part (any other part is kept as it is)."""
    parts = [part for part in toc["parts"] if part.get("caption") != SOLUTIONS_CAPTION]
    if len(parts) == len(toc["parts"]):
        raise ValueError(f"_toc.yml has no part with caption {SOLUTIONS_CAPTION!r}")
    return {**toc, "parts": parts}


def build(edition: str, output: Path) -> Path:
    """Build one edition into output/html and return that folder."""
    toc_path, config_path = ROOT / "_toc.yml", ROOT / "_config.yml"
    with tempfile.TemporaryDirectory() as scratch:
        if edition == "student":
            toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))
            toc_path = Path(scratch) / "_toc.yml"
            toc_path.write_text(yaml.safe_dump(student_toc(toc), sort_keys=False), encoding="utf-8")
        # jupyter-book writes to <path-output>/_build/html; build in scratch space, then move.
        command = ["jupyter-book", "build", str(ROOT), "-W", "-n", "--keep-going", "--all",
                   "--toc", str(toc_path), "--config", str(config_path), "--path-output", scratch]
        subprocess.run(command, check=True)
        target = output / "html"
        shutil.rmtree(target, ignore_errors=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(Path(scratch) / "_build" / "html"), target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the book (instructor or student edition).")
    parser.add_argument("--edition", choices=["instructor", "student"], default="instructor")
    parser.add_argument("--output", type=Path, help="folder for html/ (default: _build or _build/student)")
    args = parser.parse_args(argv)
    default = ROOT / "_build" if args.edition == "instructor" else ROOT / "_build" / "student"
    target = build(args.edition, args.output or default)
    print(f"{args.edition} edition: open {target / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
