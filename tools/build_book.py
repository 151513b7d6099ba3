"""Build the HTML book, in the instructor edition (everything) or the student edition (no solutions).

    python tools/build_book.py                      # instructor edition -> _build/html
    python tools/build_book.py --edition student    # student edition   -> _build/student/html
    python tools/build_book.py --mathjax DIR        # MathJax served from the site itself

`--mathjax DIR` takes the `es5` folder of the MathJax 3 npm package (`npm pack mathjax@3`), copies
it into the site and points the pages at that copy instead of the CDN, so that maths renders with
no network (the browser tests use this). The published default keeps the CDN.

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


MATHJAX_ENTRY = "mathjax/tex-mml-chtml.js"     # relative to the site's _static folder


def build(edition: str, output: Path, mathjax: Path | None = None) -> Path:
    """Build one edition into output/html and return that folder."""
    toc_path, config_path = ROOT / "_toc.yml", ROOT / "_config.yml"
    with tempfile.TemporaryDirectory() as scratch:
        if edition == "student":
            toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))
            toc_path = Path(scratch) / "_toc.yml"
            toc_path.write_text(yaml.safe_dump(student_toc(toc), sort_keys=False), encoding="utf-8")
        if mathjax is not None:
            config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
            config["sphinx"]["config"]["mathjax_path"] = MATHJAX_ENTRY
            # Paths in the config are read relative to the config file, which now lives elsewhere.
            extensions = config["sphinx"].get("local_extensions", {})
            config["sphinx"]["local_extensions"] = {name: str(ROOT / path) for name, path in extensions.items()}
            config_path = Path(scratch) / "_config.yml"
            config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
        # jupyter-book writes to <path-output>/_build/html; build in scratch space, then move.
        command = ["jupyter-book", "build", str(ROOT), "-W", "-n", "--keep-going", "--all",
                   "--toc", str(toc_path), "--config", str(config_path), "--path-output", scratch]
        subprocess.run(command, check=True)
        target = output / "html"
        shutil.rmtree(target, ignore_errors=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(Path(scratch) / "_build" / "html"), target)
    if mathjax is not None:
        shutil.copytree(mathjax, target / "_static" / Path(MATHJAX_ENTRY).parent)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the book (instructor or student edition).")
    parser.add_argument("--edition", choices=["instructor", "student"], default="instructor")
    parser.add_argument("--output", type=Path, help="folder for html/ (default: _build or _build/student)")
    parser.add_argument("--mathjax", type=Path, help="MathJax 3 es5 folder to serve locally instead of the CDN")
    args = parser.parse_args(argv)
    default = ROOT / "_build" if args.edition == "instructor" else ROOT / "_build" / "student"
    target = build(args.edition, args.output or default, args.mathjax)
    print(f"{args.edition} edition: open {target / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
