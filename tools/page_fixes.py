"""Sphinx extension: two small fixes for console errors in Jupyter Book 1's published pages.

1. sphinx-thebe's configuration script (`const THEBE_JS_URL = ...`) is added to every page twice,
   so the second copy throws "Identifier 'THEBE_JS_URL' has already been declared". We keep the
   first copy of every script.
2. The pages come without a `data-mode` attribute on <html>, and the pydata theme then logs
   "Got invalid theme mode". A tiny inline script sets the mode the theme would pick anyway
   (the reader's stored choice, else "auto") before the theme's own script runs.
The browser tests (tests/test_browser.py) fail on any other console error.
"""
from __future__ import annotations

from sphinx.application import Sphinx

SET_MODE = ('document.documentElement.dataset.mode = document.documentElement.dataset.mode'
            ' || localStorage.getItem("mode") || "auto";')


def drop_duplicate_scripts(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, unique = set(), []
    for script in scripts:
        # The two copies differ only in filename None vs "", so compare without that difference.
        attributes = getattr(script, "attributes", {})
        key = (getattr(script, "filename", script) or "", repr(sorted(attributes.items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    # In place: the list is the builder's own, and later listeners (MathJax) append to it.
    scripts[:] = unique


def setup(app: Sphinx) -> dict:
    # html-page-context stops at the first listener that returns a template name, so run early;
    # the duplicates are already in the context when the page is created.
    app.connect("html-page-context", drop_duplicate_scripts, priority=100)
    app.add_js_file(None, body=SET_MODE, priority=1)                          # before the theme's scripts
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
