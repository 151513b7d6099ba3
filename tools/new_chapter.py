"""Scaffold a new chapter that already passes the tests: lesson, solutions, exercises, answer sets, TOC.

    python tools/new_chapter.py 07-layer-norm "Layer normalisation" --prerequisites 4 6

writes chapters/07-layer-norm.ipynb, solutions/07-layer-norm.ipynb, tests/wrong_answers/07_layer_norm.py
and tests/right_answers/07_layer_norm.py, lists the three pages in _toc.yml, fills the shared cells,
executes both notebooks and generates exercises/07-layer-norm.ipynb. Every placeholder is written as
a working example of the convention it stands for (a checked formula, a captioned figure, a live
widget with its static player, an exercise whose checks catch wrong answers): replace them one by
one, re-running `pytest chapters/07-layer-norm.ipynb solutions/07-layer-norm.ipynb -k 07` after each.
The checklist is in instructors.md, "Adding or changing a chapter".
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from notebooks import ROOT

SLUG = re.compile(r"^(\d\d)-[a-z0-9]+(-[a-z0-9]+)*$")
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}

# The setup cell every chapter starts with (see instructors.md: installs only what is missing,
# pinned to requirements.txt, silently; then imports, seed and plot style).
CHAPTER_SETUP = '''\
# Setup: install what is missing (Colab may lack autograd), import,
# seed, and set the plot style.
import importlib.util, subprocess, sys
PINNED = {{"autograd": "autograd==1.9.1", "ipywidgets": "ipywidgets==8.1.9"}}
for module, requirement in PINNED.items():
    if importlib.util.find_spec(module) is None:   # only what is missing
        pip = subprocess.run(                   # silent unless it fails
            [sys.executable, "-m", "pip", "install", "-q", requirement],
            capture_output=True, text=True)
        if pip.returncode != 0:
            raise RuntimeError(
                f"could not install {{requirement}}:\\n{{pip.stderr}}")

import numpy as np
import matplotlib.pyplot as plt
import ipywidgets as widgets
import autograd.numpy as anp
from autograd import grad

%matplotlib inline
rng = np.random.default_rng(seed={seed})
np.set_printoptions(precision=4, suppress=True)
plt.style.use("tableau-colorblind10")  # a colour-blind-safe palette
plt.rcParams.update({{"figure.figsize": (6.4, 3.4), "axes.grid": True}})'''

SOLUTION_SETUP = '''\
# Setup: these exercises need only numpy, which Colab, Binder and local
# installs all have.
import numpy as np

np.set_printoptions(precision=4, suppress=True)'''

QUESTIONS = """## Check your understanding

*(Three to five questions, each answered in a dropdown.)*

:::{admonition} 1. What is the slope of $x^3$ at $x = 0$?
:class: dropdown
Zero: $3 \\cdot 0^2 = 0$; the tangent there is horizontal.
:::

:::{admonition} 2. What does the tangent at $x = 2$ predict for $f(2.1)$?
:class: dropdown
$f(2) + f'(2) \\cdot 0.1 = 8 + 1.2 = 9.2$; the true value is $2.1^3 = 9.261$.
:::

:::{admonition} 3. Why is the central difference more accurate than the one-sided one?
:class: dropdown
In the Taylor expansions of $f(x + h)$ and $f(x - h)$ the terms in $h^2$ cancel in the difference,
so its error is of order $h^2$ instead of $h$.
:::"""

OBJECTIVES = [
    "compute the derivative of a smooth function and check it by central differences",
    "see on a plot how the tangent line approximates the function near a point",
    "explore with a slider how the slope changes from point to point",
]


def code(source: str, *tags: str, **metadata) -> nbformat.NotebookNode:
    cell = new_code_cell(source)
    if tags:
        cell.metadata["tags"] = list(tags)
    cell.metadata.update(metadata)
    return cell


def chapter_notebook(number: int, slug: str, title: str, prerequisites: list[int]) -> nbformat.NotebookNode:
    """A lesson with every part of the chapter anatomy, each a small working example to replace."""
    needs = ", ".join(f"{{doc}}`chapter {n} <{page}>`" for n, page in prerequisite_pages(prerequisites)) or "none"
    objectives = "\n".join(f"- {objective};" for objective in OBJECTIVES)
    front = f"""# {title}

*(The hook: one paragraph with an everyday picture of this chapter's idea. Replace every
paragraph in italics; the tests name what is still missing.)*

:::{{admonition}} At a glance
:class: tip

**Learning objectives.** After this chapter you can
{objectives}

**Prerequisites.** {needs}.

**Time.** About 45 minutes, plus 20 minutes for the exercises.

**Run it.** Use the rocket button at the top of the page to open this notebook in Binder or
Google Colab, or download it and run it with `jupyter lab`. The first code cell installs whatever
is missing.
:::"""
    cells = [
        new_markdown_cell(front),
        code(CHAPTER_SETUP.format(seed=number)),
        code("", "hide-input", shared="sharp_figures"),
        new_markdown_cell("## A first idea\n\n*(Intuition, then the definition, then a small worked example "
                          "by hand.)* The derivative of $f(x) = x^3$ is $f'(x) = 3x^2$, so $f'(2) = 12$. "
                          "The next cell checks that value three ways."),
        code("def f(x):\n    return x ** 3\n\ndef f_prime(x):\n    return 3 * x ** 2\n\n"
             "step = 1e-5\ncentral = (f(2.0 + step) - f(2.0 - step)) / (2 * step)\n"
             "assert np.isclose(f_prime(2.0), 12.0)\nassert np.isclose(grad(f)(2.0), 12.0)\n"
             "assert np.isclose(central, 12.0, rtol=1e-8)\n"
             'print(f"by hand {f_prime(2.0):.4f}, autograd {grad(f)(2.0):.4f}, "\n'
             '      f"central difference {central:.4f}")'),
        new_markdown_cell("*(A picture of the idea.)* Near $x = 2$ the tangent line "
                          "$f(2) + f'(2)(x - 2)$ follows the curve."),
        code("xs = np.linspace(0.5, 3.0, 200)\nfig, ax = plt.subplots()\nax.plot(xs, f(xs), label=\"f(x) = x³\")\n"
             "ax.plot(xs, f(2.0) + f_prime(2.0) * (xs - 2.0), \"--\",\n"
             "        label=\"tangent at x = 2\")\n"
             "ax.set(xlabel=\"x\", ylabel=\"y\")\nax.legend()\n"
             "fig.tight_layout()   # inside its canvas: one draw, no cut labels\nplt.show()", "hide-input",
             mystnb={"figure": {"caption": "The curve f(x) = x³ and its tangent line at x = 2, whose slope is "
                                           "f′(2) = 12.", "name": f"fig-{slug}-tangent"},
                     "image": {"alt": "A rising cubic curve and a straight dashed line touching it at x = 2."}}),
        new_markdown_cell("## Explore: the slope from point to point\n\n*(What to try with the slider, and what "
                          "to notice.)* The slider moves the point of tangency."),
        code("# Built once; each call only moves the tangent (cheap frames).\n"
             "tangent_fig, tangent_ax = plt.subplots()\n"
             "plt.close(tangent_fig)   # shown by the widget and the player only\n"
             "tangent_ax.plot(xs, f(xs), label=\"f(x) = x³\")\n"
             "tangent_line, = tangent_ax.plot(xs, xs, \"--\", label=\"tangent\")\n"
             "tangent_ax.set(xlabel=\"x\", ylabel=\"y\", ylim=(-5, 30))\n"
             "tangent_ax.legend(loc=\"upper left\")\n\n"
             "def draw_tangent(point=2.0):\n    \"\"\"The curve and its tangent at `point`; the widget\n"
             "    and the static player both draw with this.\"\"\"\n"
             "    tangent_line.set_ydata(f(point) + f_prime(point) * (xs - point))\n"
             "    tangent_ax.set_title(f\"slope {f_prime(point):.2f} at x = {point}\")\n"
             "    return tangent_fig\n\n"
             "draw_tangent().tight_layout()   # once, title included: one layout",
             "hide-input"),
        code("def show_tangent(point=2.0):\n    display(draw_tangent(point))\n\n"
             "widgets.interact(show_tangent, point=widgets.FloatSlider(\n"
             "    value=2.0, min=1.0, max=3.0, step=0.5));",
             "nbval-ignore-output", "remove-output"),
        code("", "hide-input", shared="static_player"),
        code('StaticPlayer(draw_tangent, {"point": [1.0, 1.5, 2.0, 2.5, 3.0]},\n'
             '             start={"point": 2.0},\n'
             '             # what draw_tangent updates; the rest is drawn once\n'
             '             changing=[tangent_line, tangent_ax.title],\n'
             '             alt="A cubic curve and its dashed tangent line at the "\n'
             '                 "chosen point")',
             "hide-input", "nbval-ignore-output"),
        new_markdown_cell("What the widget shows, checked at every frame: the tangent's slope is $3x^2$."),
        code("for point in [1.0, 1.5, 2.0, 2.5, 3.0]:\n    assert np.isclose(grad(f)(point), f_prime(point))\n"
             'print("the slope is 3x² at every frame of the player")'),
        new_markdown_cell("## Common mistakes\n\n*(Each misconception from the seeds that belongs here, "
                          "named, shown in code and corrected.)*\n\n**A one-sided difference.** "
                          "$(f(x + h) - f(x))/h$ is only first-order accurate:"),
        code("one_sided = (f(2.0 + step) - f(2.0)) / step\n"
             "assert abs(one_sided - 12.0) > 100 * abs(central - 12.0)\n"
             'print(f"one-sided error {abs(one_sided - 12.0):.1e} (central: below 1e-6)")'),
        new_markdown_cell(QUESTIONS),
        new_markdown_cell(f"## Summary\n\n- *(The chapter's ideas, one line each.)*\n\n"
                          f"**Practice.** The {{doc}}`exercises for this chapter <../exercises/{slug}>` ask you "
                          "to write `central_difference`.\n\n**Further reading.** *(Two or three sources, "
                          "with a sentence on what each adds.)*"),
    ]
    notebook = new_notebook(cells=cells)
    notebook.metadata = {"kernelspec": KERNELSPEC, "course": {
        "chapter": number, "slug": slug, "title": title, "objectives": OBJECTIVES,
        "prerequisites": prerequisites, "time_minutes": 45, "exercise_minutes": 20}}
    return notebook


def solution_notebook(number: int, slug: str, title: str) -> nbformat.NotebookNode:
    """The exercise notebook with solutions: one calculus exercise with hints and checks."""
    intro = f"""# Solutions {number}: {title}

*(What the exercises practise.)* They go with {{doc}}`chapter {number} <../chapters/{slug}>`.

**Objectives.** Approximate a derivative by central differences.
**Time.** About 20 minutes.

**How to work.** Each exercise has a function to complete: replace the line
`raise NotImplementedError(...)` with your code and run the cell. Then run the **check** cells
below it. A check prints one line when your function passes; when it fails, its message says what
was expected and gives a hint. Hints are also hidden under each exercise; open them one at a time.
Run the two setup cells first."""
    edition = f""":::{{note}}
This is the **instructor edition** with worked solutions. Students get the same notebook with each
solution replaced by a stub: {{doc}}`exercises {number} <../exercises/{slug}>`.
:::"""
    exercise = """## Exercise 1: the central difference

Write `central_difference(f, x, h=1e-5)` returning $\\dfrac{f(x + h) - f(x - h)}{2h}$, an
approximation of $f'(x)$ whose error shrinks like $h^2$.

:::{admonition} Hint 1
:class: dropdown
Evaluate `f` once on each side of `x`, at the same distance `h`.
:::

:::{admonition} Hint 2
:class: dropdown
The two points are $2h$ apart: divide by that distance.
:::"""
    solution = '''def central_difference(f, x, h=1e-5):
    """(f(x + h) - f(x - h)) / (2 h): f'(x) with an error O(h^2)."""
    ### BEGIN SOLUTION
    return (f(x + h) - f(x - h)) / (2 * h)
    ### END SOLUTION'''
    check_values = '''what = "central_difference(np.sin, 0.3)"
slope = expect_float(call(central_difference, np.sin, 0.3), what)
expect_close(slope, np.cos(0.3), what,
             "Hint: the derivative of sin is cos; check the distance "
             "you divide by.", atol=1e-9)
print("central_difference: close to the derivative of sin.")'''
    check_order = '''what = "central_difference(np.exp, 1.0, h=1e-3)"
slope = expect_float(call(central_difference, np.exp, 1.0, 1e-3), what)
assert abs(slope - np.e) < 1e-5, (
    f"{what} is {slope:.8f}, {abs(slope - np.e):.1e} away from e: a "
    "central difference is accurate to about h², 1e-6 here. Hint: use "
    "points on both sides of x, and use the h you are given.")
### BEGIN HIDDEN TESTS
hidden_what = "central_difference(np.cos, 0.7)"
hidden_slope = expect_float(call(central_difference, np.cos, 0.7),
                            hidden_what)
expect_close(hidden_slope, -np.sin(0.7), hidden_what,
             "Hint: the difference quotient must be right for any "
             "function and point.", atol=1e-9)
### END HIDDEN TESTS
print("central_difference: second-order accurate, with the h it is given.")'''
    cells = [
        new_markdown_cell(intro),
        new_markdown_cell(edition, metadata={"tags": ["solutions-only"]}),
        code(SOLUTION_SETUP),
        code("", "hide-input", shared="checks"),
        new_markdown_cell(exercise),
        code(solution, "solution", exercise="central_difference"),
        code(check_values, "check", exercise="central_difference"),
        code(check_order, "check", exercise="central_difference"),
    ]
    notebook = new_notebook(cells=cells)
    notebook.metadata = {"kernelspec": KERNELSPEC, "course": {
        "chapter": number, "slug": slug, "title": f"Exercises: {title.lower()}",
        "objectives": ["approximate a derivative by central differences"], "prerequisites": [number],
        "time_minutes": 20}}
    return notebook


ANSWER_SETS = {
    "wrong": ('WRONG_ANSWERS', "Plausible wrong answers to the exercises of {slug}; the checks must catch each one.", {
        "forward difference": "return (f(x + h) - f(x)) / h",
        "divides by h instead of 2h": "return (f(x + h) - f(x - h)) / h",
        "ignores the h it is given": "return (f(x + 1e-2) - f(x - 1e-2)) / 2e-2",
    }),
    "right": ('RIGHT_ANSWERS', "Right answers to the exercises of {slug}, written other ways; every check "
              "must pass each one.", {
        "the mean of a forward and a backward difference": "return ((f(x + h) - f(x)) / h + (f(x) - f(x - h)) / h) / 2",
        "one vectorised call": "return np.diff(f(np.array([x - h, x + h])))[0] / (2 * h)",
    }),
}


def answer_module(kind: str, slug: str) -> str:
    variable, docstring, bodies = ANSWER_SETS[kind]
    entries = "".join(f'        "{label}": """\n            def central_difference(f, x, h=1e-5):\n'
                      f'                {body}\n        """,\n' for label, body in bodies.items())
    return f'"""{docstring.format(slug=slug)}"""\n\n{variable} = {{\n    "central_difference": {{\n{entries}    }},\n}}\n'


def prerequisite_pages(prerequisites: list[int]) -> list[tuple[int, str]]:
    pages = {int(path.name[:2]): path.stem for path in (ROOT / "chapters").glob("*.ipynb")}
    missing = [n for n in prerequisites if n not in pages]
    if missing:
        raise SystemExit(f"no chapter numbered {missing}: prerequisites are existing chapter numbers")
    return [(n, pages[n]) for n in prerequisites]


def add_to_toc(slug: str) -> None:
    """List the three pages after the last entry of their folder, keeping the file's comments."""
    toc_path = ROOT / "_toc.yml"
    lines = toc_path.read_text(encoding="utf-8").splitlines()
    for folder in ("chapters", "exercises", "solutions"):
        last = max(i for i, line in enumerate(lines) if line.strip().startswith(f"- file: {folder}/"))
        indent = lines[last][:len(lines[last]) - len(lines[last].lstrip())]
        lines.insert(last + 1, f"{indent}- file: {folder}/{slug}")
    toc_path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slug", help="NN-words-with-dashes, e.g. 07-layer-norm")
    parser.add_argument("title", help='the chapter title, e.g. "Layer normalisation"')
    parser.add_argument("--prerequisites", type=int, nargs="*", default=[], help="chapter numbers it builds on")
    args = parser.parse_args(argv)
    match = SLUG.match(args.slug)
    if not match:
        parser.error(f"{args.slug!r} is not NN-words-with-dashes (lower case), e.g. 07-layer-norm")
    number, slug = int(match.group(1)), args.slug
    if any(int(path.name[:2]) == number for path in (ROOT / "chapters").glob("*.ipynb")):
        parser.error(f"chapter {number} exists already")
    answer_files = {kind: ROOT / "tests" / f"{kind}_answers" / f"{slug.replace('-', '_')}.py" for kind in ANSWER_SETS}

    chapter, solution = ROOT / "chapters" / f"{slug}.ipynb", ROOT / "solutions" / f"{slug}.ipynb"
    nbformat.write(chapter_notebook(number, slug, args.title, args.prerequisites), chapter)
    nbformat.write(solution_notebook(number, slug, args.title), solution)
    for kind, path in answer_files.items():
        path.write_text(answer_module(kind, slug), encoding="utf-8")
    add_to_toc(slug)
    # The same commands a maintainer runs after an edit, as fresh processes: their lists of
    # notebooks are read when they start, so they see the new ones.
    for command in (["sync_shared_cells.py"], ["execute_notebooks.py", str(chapter), str(solution)],
                    ["make_exercises.py"]):
        subprocess.run([sys.executable, str(ROOT / "tools" / command[0]), *command[1:]], check=True)
    written = [chapter, solution, ROOT / "exercises" / f"{slug}.ipynb", *answer_files.values(), ROOT / "_toc.yml"]
    print("wrote " + ", ".join(str(path.relative_to(ROOT)) for path in written))
    print(f"test this chapter: pytest chapters/{slug}.ipynb solutions/{slug}.ipynb exercises/{slug}.ipynb tests -k {slug}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
