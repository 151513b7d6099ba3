"""Sphinx extension: the `{syllabus}` directive builds the syllabus from the chapters' metadata.

Each chapter notebook stores its front matter in the notebook metadata under `course`
(objectives, prerequisites, study and exercise time). The directive reads them at build time and
emits a table and a prerequisite graph (inline SVG drawn with matplotlib), so the syllabus can't
drift from the chapters. Enabled in _config.yml under sphinx.local_extensions.
"""
from __future__ import annotations

import html
import io
import json
import textwrap
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective


def read_chapters(source_dir: Path) -> list[dict]:
    """The `course` metadata of every chapter notebook, in chapter order."""
    chapters = []
    for path in sorted((source_dir / "chapters").glob("*.ipynb")):
        course = json.loads(path.read_text(encoding="utf-8"))["metadata"]["course"]
        chapters.append({**course, "path": path})
    return chapters


GRAPH_FONT_PT = 8        # the size of the graph's text, in the SVG's own units (points)


def prerequisite_svg(chapters: list[dict], upright: bool = False) -> str:
    """Chapters as numbered boxes in a row (or, `upright`, a column for a phone's narrow screen); an
    arrow from each prerequisite to the chapter needing it."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyArrowPatch

    # Along the row, or down the column: chapter i is `spacing` further along than chapter i - 1.
    # In the column the boxes start at the same left edge, with the long arrows to their left;
    # `beside` and `over` say how far across the short and the long arrows start.
    spacing, half_box, beside, over = (1.0, 0.3, 0.12, -0.08) if upright else (2.0, 0.72, 0, 0.42)

    def point(along: float, across: float) -> tuple[float, float]:
        return (across, -along) if upright else (along, across)

    size = (3.4, 0.7 * len(chapters)) if upright else (1.25 * len(chapters), 2.2)
    fig, ax = plt.subplots(figsize=size)
    position = {c["chapter"]: i * spacing for i, c in enumerate(chapters)}
    for c in chapters:
        at = position[c["chapter"]]
        lines = textwrap.wrap(c["title"], 24 if upright else 13, break_long_words=False)
        label = f"{c['chapter']}. " + " ".join(lines) if upright else f"{c['chapter']}\n" + "\n".join(lines)
        ax.text(*point(at, 0), label, ha="left" if upright else "center", va="center", fontsize=GRAPH_FONT_PT,
                bbox={"boxstyle": "round,pad=0.4", "facecolor": "#e8eef7", "edgecolor": "#1f4e8c"})
        for prerequisite in c["prerequisites"]:
            if prerequisite not in position:
                continue
            start = position[prerequisite]
            if at - start <= spacing:     # neighbours: a straight arrow between the boxes
                arrow = FancyArrowPatch(point(start + half_box, beside), point(at - half_box, beside),
                                        arrowstyle="-|>", mutation_scale=10, color="#555555", lw=1)
            else:                         # further apart: an arc beside the boxes in between
                arrow = FancyArrowPatch(point(start, over), point(at, over),
                                        connectionstyle=f"arc3,rad={0.25 if upright else -0.3}",
                                        arrowstyle="-|>", mutation_scale=10, color="#555555", lw=1)
            ax.add_patch(arrow)
    end = spacing * (len(chapters) - 1)
    if upright:
        ax.set(xlim=(-1.4, 1.9), ylim=(-end - 0.5, 0.5))
    else:
        ax.set(xlim=(-0.9, end + 0.9), ylim=(-0.6, 2.0))
    ax.axis("off")
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(fig)
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):]          # drop the XML prologue: the SVG sits inside HTML


class SyllabusDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        source_dir = Path(self.env.srcdir)
        chapters = read_chapters(source_dir)
        for c in chapters:
            self.env.note_dependency(str(c["path"]))
        table = self._table(chapters)
        total = sum(c["time_minutes"] + c.get("exercise_minutes", 0) for c in chapters)
        summary = nodes.paragraph(text=f"{len(chapters)} chapters, about {total / 60:.0f} hours of study "
                                       "including exercises.")
        needs = "; ".join(f"chapter {c['chapter']} needs " + (", ".join(map(str, c["prerequisites"])) or "nothing")
                          for c in chapters)
        description = ("Prerequisite graph: an arrow from chapter A to chapter B means B builds on A. "
                       + needs[:1].upper() + needs[1:] + ".")
        # Both drawings are in the page; book.css shows the row, or the column on a phone.
        graph = nodes.raw("", f'<figure class="syllabus-graph"><div role="img" aria-label="{html.escape(description)}">'
                              f'<div class="graph-row">{prerequisite_svg(chapters)}</div>'
                              f'<div class="graph-column">{prerequisite_svg(chapters, upright=True)}</div>'
                              f"</div><figcaption>{html.escape(description)}</figcaption></figure>", format="html")
        return [summary, table, graph]

    def _table(self, chapters: list[dict]) -> nodes.table:
        headers = ["Chapter", "You will be able to", "Needs", "Study", "Exercises"]
        table = nodes.table(classes=["syllabus"])
        group = nodes.tgroup(cols=len(headers))
        table += group
        for width in (18, 52, 10, 10, 10):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        head += self._row([nodes.paragraph(text=h) for h in headers])
        group += head
        body = nodes.tbody()
        docname = self.env.docname
        for c in chapters:
            link = self._link(docname, f"chapters/{c['slug']}", f"{c['chapter']}. {c['title']}")
            objectives = nodes.bullet_list()
            for objective in c["objectives"]:
                # Parsed as inline MyST, so that `code` and $maths$ in an objective render.
                inline, messages = self.state.inline_text(objective, self.lineno)
                objectives += nodes.list_item("", nodes.paragraph("", "", *inline, *messages))
            needs = ", ".join(map(str, c["prerequisites"])) or "none"
            exercises = self._link(docname, f"exercises/{c['slug']}", f"{c.get('exercise_minutes', 0)} min")
            body += self._row([link, objectives, nodes.paragraph(text=needs),
                               nodes.paragraph(text=f"{c['time_minutes']} min"), exercises])
        group += body
        return table

    def _link(self, from_doc: str, target: str, text: str) -> nodes.paragraph:
        if target not in self.env.found_docs:
            return nodes.paragraph(text=text)
        uri = self.env.app.builder.get_relative_uri(from_doc, target)
        return nodes.paragraph("", "", nodes.reference("", text, refuri=uri, internal=True))

    @staticmethod
    def _row(cells: list[nodes.Node]) -> nodes.row:
        row = nodes.row()
        for cell in cells:
            entry = nodes.entry()
            entry += cell
            row += entry
        return row


def setup(app: Sphinx) -> dict:
    app.add_directive("syllabus", SyllabusDirective)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
