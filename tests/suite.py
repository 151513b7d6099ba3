"""The test suite's own pytest plugin (loaded by `-p suite` in pytest.ini): fixtures shared by test files.

Each edition of the book is built once per test session (`editions`), with MathJax copied into
the site when npm can fetch it, and serves both the HTML checks (test_book.py) and the browser
tests (test_browser.py), even when pytest-xdist runs those files on different workers.
"""
from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

import pytest

from assets import MATHJAX_VERSION, npm_package
from build_book import build

EDITIONS = ("instructor", "student")


@pytest.fixture(scope="session")
def editions(tmp_path_factory) -> dict[str, Path]:
    """Both editions, each built once per test run (-W -n --keep-going: a warning fails the build).

    Under pytest-xdist every worker has its own session, but they share the parent of their temp
    folders: the first worker to get here builds the book there, holding a lock, and the others
    wait and reuse it (the pattern xdist's documentation gives for session-wide data).
    """
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    out = shared / "book"
    with open(shared / "book.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)          # released when the file is closed
        if not (out / "done").exists():
            shutil.rmtree(out, ignore_errors=True)
            mathjax = npm_package("mathjax", MATHJAX_VERSION)
            for edition in EDITIONS:
                build(edition, out / edition, mathjax / "es5" if mathjax else None)
            (out / "done").write_text("built\n", encoding="utf-8")
    return {edition: out / edition / "html" for edition in EDITIONS}
