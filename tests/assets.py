"""Tools the book and browser tests need from outside Python: npm packages, Chromium.

A missing tool skips its tests on a developer's machine, but fails them under CI (CI=true), so
that they can never be skipped silently there.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import pytest

from notebooks import ROOT

CACHE = ROOT / ".cache"


def require(condition: bool, reason: str) -> None:
    """Skip a test whose tool is missing, except in CI, where that is a failure."""
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (required in CI)")
        pytest.skip(reason)


def npm_package(name: str, version: str) -> Path | None:
    """The unpacked `package/` folder of an npm package, fetched from the registry once; None without npm.

    Test workers run in parallel: the first one fetches and unpacks under a lock, into a scratch
    folder that is renamed into place, so no worker ever reads a half-written package."""
    folder = CACHE / f"{name}-{version}"
    if (folder / "package").exists():
        return folder / "package"
    if shutil.which("npm") is None:
        return None
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / f"{name}-{version}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)          # released when the file is closed
        if not (folder / "package").exists():
            with tempfile.TemporaryDirectory(dir=CACHE) as scratch:
                subprocess.run(["npm", "pack", f"{name}@{version}", "--pack-destination", scratch],
                               check=True, capture_output=True)
                with tarfile.open(Path(scratch) / f"{name}-{version}.tgz") as archive:
                    archive.extractall(scratch, filter="data")
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
                (Path(scratch) / "package").rename(folder / "package")
    return folder / "package"
