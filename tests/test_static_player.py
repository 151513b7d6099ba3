"""The player's cheap frames are the frames a full drawing gives, and its check catches a figure
that changes outside `changing` or hides a listed artist under an unlisted one
(tools/shared_cells/static_player.py)."""
from __future__ import annotations

import base64
import io

import matplotlib
import numpy as np
import pytest
from PIL import Image

from sync_shared_cells import shared_sources

matplotlib.use("agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)


@pytest.fixture(scope="module")
def cells() -> dict:
    """The namespace a notebook has after its sharp_figures and static_player cells."""
    from IPython.core.interactiveshell import InteractiveShell
    InteractiveShell.instance()     # sharp_figures registers its formatter with the shell
    namespace: dict = {}
    sources = shared_sources()
    exec(sources["sharp_figures"], namespace)
    exec(sources["static_player"], namespace)
    return namespace


def curve_figure(with_title: bool):
    """A figure built once and a draw(slope) that updates its line (and, if asked, its title)."""
    fig, ax = plt.subplots(figsize=(4.0, 2.5))
    plt.close(fig)
    xs = np.linspace(-1, 1, 50)
    line, = ax.plot(xs, xs, lw=2)     # under the spines, which the player draws again
    ax.set(xlim=(-1, 1), ylim=(-3, 3), xlabel="x")
    fig.tight_layout()

    def draw(slope):
        line.set_ydata(slope * xs)
        if with_title:
            ax.set_title(f"slope {slope}")
        return fig
    return fig, ax, line, draw


def pixels(frame: str) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(frame))).convert("RGB"))


GRID = {"slope": [-2.0, 0.5, 2.0]}


def test_frames_drawn_on_the_background_equal_frames_drawn_in_full(cells):
    *_, draw = curve_figure(with_title=False)
    full = cells["StaticPlayer"](draw, GRID, alt="a line")
    _, _, line, draw = curve_figure(with_title=False)
    cheap = cells["StaticPlayer"](draw, GRID, alt="a line", changing=[line])
    assert len(cheap.frames) == len(full.frames) == 3
    for fast, slow in zip(cheap.frames, full.frames):
        assert np.array_equal(pixels(fast), pixels(slow))
    assert not np.array_equal(pixels(cheap.frames[0]), pixels(cheap.frames[-1]))


def test_a_change_outside_changing_stops_the_player(cells):
    fig, ax, line, draw = curve_figure(with_title=True)
    with pytest.raises(ValueError, match="changing"):
        cells["StaticPlayer"](draw, GRID, alt="a line", changing=[line])
    assert line.get_visible() and not line.get_animated(), "the player must leave the figure as it found it"
    cells["StaticPlayer"](draw, GRID, alt="a line", changing=[line, ax.title])   # all listed


def image_figure():
    """An image whose values change, under points that do not (as chapter 3's map)."""
    fig, ax = plt.subplots(figsize=(3.0, 3.0))
    plt.close(fig)
    image = ax.imshow(np.zeros((8, 8)), vmin=-2, vmax=2, extent=(0, 1, 0, 1))
    points = ax.scatter([0.2, 0.5, 0.8], [0.5, 0.5, 0.5], c="white", edgecolors="black")
    fig.tight_layout()
    ramp = np.linspace(-1, 1, 8)

    def draw(slope):
        image.set_data(slope * ramp[None, :] * ramp[:, None])
        return fig
    return image, points, draw


def test_an_image_can_change_and_points_on_it_must_be_listed(cells):
    *_, draw = image_figure()
    full = cells["StaticPlayer"](draw, GRID, alt="an image")
    image, points, draw = image_figure()
    with pytest.raises(ValueError, match="on top of a listed one"):
        cells["StaticPlayer"](draw, GRID, alt="an image", changing=[image])
    assert image.get_visible()
    cheap = cells["StaticPlayer"](draw, GRID, alt="an image", changing=[image, points])
    for fast, slow in zip(cheap.frames, full.frames):
        assert np.array_equal(pixels(fast), pixels(slow))


def test_changing_needs_the_same_figure_every_time(cells):
    def new_figure(slope):
        fig, ax = plt.subplots()
        ax.plot([0, 1], [0, slope])
        return fig
    with pytest.raises(ValueError, match="same figure"):
        cells["StaticPlayer"](new_figure, GRID, alt="a line", changing=[plt.figure().gca()])
    plt.close("all")
