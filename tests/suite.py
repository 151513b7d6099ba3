"""The test suite's own pytest plugin (loaded by `-p suite` in pytest.ini).

- nbval runs every notebook in a kernel started in an empty temporary folder, as in Colab or a
  fresh Binder, and the notebook fails if it leaves a file there: nbval itself proves that each
  notebook runs alone, so no second run is needed for that.
- pytest-xdist hands out work in units that must stay on one worker: one notebook (nbval's cells
  share its kernel), one test file (module fixtures such as the exercise kernels), but each test
  of the files in ONE_TEST_PER_UNIT alone: they are the longest part of the run (browser pages,
  nbgrader courses) and need nothing from each other.
- Each edition of the book is built once per test session (`editions`), with MathJax copied into
  the site when npm can fetch it, and serves both the HTML checks (test_book.py) and the browser
  tests (test_browser.py), even when pytest-xdist runs those files on different workers.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from pathlib import Path

import nbval.kernel
import nbval.plugin
import pytest
from xdist.scheduler import LoadScopeScheduling

from build_book import build
from execute_notebooks import check_left_empty

EDITIONS = ("instructor", "student")
ONE_TEST_PER_UNIT = ("tests/test_browser.py", "tests/test_nbgrader.py")


class KernelInEmptyFolder(nbval.kernel.RunningKernel):
    """nbval's kernel, started in a new empty folder instead of the notebook's own folder."""

    def __init__(self, kernel_name: str, cwd: str | None = None, startup_timeout: int = 60) -> None:
        self.folder = tempfile.TemporaryDirectory(prefix="nbval-alone-")
        super().__init__(kernel_name, cwd=self.folder.name, startup_timeout=startup_timeout)

    def stop(self) -> None:
        super().stop()
        try:       # a failure is reported as an error in the teardown of the notebook's last cell
            check_left_empty(Path(self.folder.name))
        finally:
            self.folder.cleanup()


class OneNotebookPerUnit(LoadScopeScheduling):
    """xdist's scope scheduling (largest units first) with the units described above."""

    def _split_scope(self, nodeid: str) -> str:
        path = nodeid.split("::", 1)[0]
        return nodeid if path in ONE_TEST_PER_UNIT else path


@pytest.hookimpl(tryfirst=True, optionalhook=True)   # optional: the hook exists only with xdist
def pytest_xdist_make_scheduler(config: pytest.Config, log) -> LoadScopeScheduling | None:
    """pytest.ini asks for --dist loadfile; this refines it (other --dist modes are left alone)."""
    return OneNotebookPerUnit(config, log) if config.getvalue("dist") == "loadfile" else None


def pytest_configure(config: pytest.Config) -> None:
    # nbval's collector looks the class up in its own module when it starts a notebook's kernel.
    nbval.plugin.RunningKernel = KernelInEmptyFolder


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
            for edition in EDITIONS:
                build(edition, out / edition)
            (out / "done").write_text("built\n", encoding="utf-8")
    return {edition: out / edition / "html" for edition in EDITIONS}
