"""Figure text is readable on the published page (see tools/figure_audit.py for the arithmetic)."""
from __future__ import annotations

import pytest
from figure_audit import SMALLEST_PX, audit

from notebooks import CHAPTERS, rel


@pytest.mark.parametrize("path", CHAPTERS, ids=rel)
def test_figure_text_is_at_least_80_percent_of_body_text(path):
    problems = audit(path)
    assert not problems, (f"figure text smaller than {SMALLEST_PX:.1f} px on the page at 1280 px:\n"
                          + "\n".join(map(str, problems)))
