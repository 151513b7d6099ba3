"""Run every chapter notebook while busy processes saturate every core, and compare its outputs.

    python tools/stress.py                 # 3 busy processes per core
    python tools/stress.py --per-core 6    # a machine as loaded as a shared Colab VM at peak

A lesson must not turn red because the machine is busy: nothing in a notebook may depend on
how fast it runs. The busy processes are started here, stop themselves after --limit seconds
even if this script dies, and are killed as soon as the notebooks have run. Exit status 1 if a
notebook fails or prints anything different from its stored outputs (nbval's rules).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from execute_notebooks import error_summary, run_and_compare
from notebooks import CHAPTERS, ROOT

# A busy loop that ends by itself: the bound keeps a crashed run from leaving load behind.
BUSY = "import sys, time\nend = time.monotonic() + float(sys.argv[1])\nwhile time.monotonic() < end: pass"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-core", type=int, default=3, help="busy processes per core")
    parser.add_argument("--limit", type=float, default=1200, help="seconds after which they stop anyway")
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every chapter")
    args = parser.parse_args(argv)
    notebooks = [path.resolve() for path in args.notebooks] or CHAPTERS
    count = args.per_core * (os.cpu_count() or 1)
    # Each in a session of its own: Linux shares CPU time between sessions (autogroups) first, and
    # the kernels run in sessions of their own, so busy processes in one shared session would
    # take no more than one kernel's share from them.
    busy = [subprocess.Popen([sys.executable, "-c", BUSY, str(args.limit)], start_new_session=True)
            for _ in range(count)]
    failures = []
    try:
        time.sleep(2)                      # let the load build up before the first kernel starts
        for path in notebooks:
            start = time.perf_counter()
            try:
                differences = run_and_compare(path)
            except Exception as error:     # report every notebook, then fail at the end
                differences = [f"did not run: {error_summary(error)}"]
            load = os.getloadavg()[0]
            print(f"{'ok  ' if not differences else 'FAIL'}  {path.relative_to(ROOT)}  "
                  f"({time.perf_counter() - start:.0f} s, load {load:.1f})", flush=True)
            for difference in differences:
                print(f"      {difference}")
            failures.extend(differences)
    finally:
        for process in busy:
            process.kill()
        for process in busy:
            process.wait()
    print(f"stress: {len(notebooks)} notebooks with {count} busy processes on {os.cpu_count()} cores, "
          f"{len(failures)} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
