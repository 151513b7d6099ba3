"""Tools the book and browser tests need from outside Python: npm packages, Chromium.

A missing tool skips its tests on a developer's machine, but fails them under CI (CI=true), so
that they can never be skipped silently there.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
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
    """The unpacked `package/` folder of an npm package, fetched from the registry once; None without npm."""
    folder = CACHE / f"{name}-{version}"
    if not (folder / "package").exists():
        if shutil.which("npm") is None:
            return None
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "pack", f"{name}@{version}", "--pack-destination", str(folder)],
                       check=True, capture_output=True)
        with tarfile.open(folder / f"{name}-{version}.tgz") as archive:
            archive.extractall(folder, filter="data")
    return folder / "package"
