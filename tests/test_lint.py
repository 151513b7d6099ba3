"""The Python tools and tests pass ruff (settings in pyproject.toml)."""
from __future__ import annotations

import subprocess
import sys

from notebooks import ROOT


def test_tools_and_tests_pass_ruff():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "tools", "tests"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
