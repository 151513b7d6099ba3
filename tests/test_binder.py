"""Binder's environment (binder/) is lean and pinned exactly like requirements.txt."""
from __future__ import annotations

import re

from notebooks import ALL_NOTEBOOKS, ROOT, read, rel


def pins(path) -> dict[str, str]:
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            match = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([^\s;]+)", line)
            assert match, f"{path.name}: not an exact pin: {line!r}"
            found[match.group(1).lower().replace("_", "-")] = match.group(2)
    return found


def test_binder_pins_match_requirements():
    binder, full = pins(ROOT / "binder" / "requirements.txt"), pins(ROOT / "requirements.txt")
    assert {"numpy", "matplotlib", "ipywidgets", "autograd"} <= set(binder)
    for name, version in binder.items():
        assert full.get(name) == version, f"{name}: binder has {version}, requirements.txt has {full.get(name)}"


def test_binder_states_the_python_version():
    assert (ROOT / "binder" / "runtime.txt").read_text(encoding="utf-8").strip() == "python-3.11"


def test_setup_cells_install_the_pinned_versions():
    """A setup cell that installs a missing package (Colab) installs the version the book was run with."""
    full = pins(ROOT / "requirements.txt")
    for path in ALL_NOTEBOOKS:
        setup = next(cell for cell in read(path).cells if cell.cell_type == "code")
        if "pip" not in setup.source:
            continue
        installed = re.findall(r"\"([A-Za-z0-9_.\-]+)==([^\"]+)\"", setup.source)
        assert installed, f"{rel(path)}: the setup cell installs packages without pinning them"
        for name, version in installed:
            assert full.get(name.lower()) == version, (
                f"{rel(path)}: the setup cell installs {name}=={version}, requirements.txt has {full.get(name.lower())}")
