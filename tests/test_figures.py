"""Figures read well on the published page and fit their canvas (see tools/figure_audit.py)."""
from __future__ import annotations

import pytest
from figure_audit import SMALLEST_PX, audit

from notebooks import CHAPTERS, rel


@pytest.mark.parametrize("path", CHAPTERS, ids=rel)
def test_figure_text_is_at_least_80_percent_of_body_text(path):
    problems = audit(path).small_text
    assert not problems, (f"figure text smaller than {SMALLEST_PX:.1f} px on the page at 1280 px:\n"
                          + "\n".join(map(str, problems)))


@pytest.mark.parametrize("path", CHAPTERS, ids=rel)
def test_every_figure_fits_its_canvas(path):
    problems = audit(path).outside
    assert not problems, "figures drawn beyond their canvas:\n" + "\n".join(map(str, problems))
