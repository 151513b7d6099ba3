# Figures are drawn with twice the pixels they are shown with, so they
# are sharp on 2x screens; a palette of at most 256 colours keeps a
# chapter page small. This replaces the inline backend's PNG output.
import base64, io
import matplotlib.figure
import matplotlib.pyplot as plt
import numpy as np
from IPython import get_ipython
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.cm import ScalarMappable
from PIL import Image

# A figure is shown at SHOWN_DPI pixels per inch but made at twice that
# from the start: laying its text out again at a second dpi (to save it
# sharper) would cost about 40% more time per figure.
SHOWN_DPI = 100
plt.rcParams["figure.dpi"] = 2 * SHOWN_DPI
# Heat maps show each value as a block of one colour. Matplotlib's default
# ("auto") does so too when it enlarges an image 3x or more, but takes
# about three times as long per draw as asking for it.
plt.rcParams["image.interpolation"] = "nearest"


def sharp_png(fig, colours: int = 256) -> bytes:
    """`fig` as a palette PNG drawn at its own dpi, cropped to what it
    shows."""
    agg_canvas(fig, fig.dpi)
    fig.canvas.draw()
    pixels = cropped(fig, canvas_pixels(fig), margin=round(0.1 * fig.dpi))
    return palette_png(pixels, colours, smooth=has_colour_map(fig))


def agg_canvas(fig, dpi: float) -> None:
    """Draw `fig` on an Agg canvas at `dpi` from now on. plt.close(fig)
    leaves a bare canvas; an Agg one, given once, keeps the figure's text
    layouts cached from one draw to the next."""
    if not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    if fig.dpi != dpi:          # kept: the next frame is drawn at it too
        fig.set_dpi(dpi)


def canvas_pixels(fig) -> np.ndarray:
    """The (height, width, 4) RGBA pixels last drawn on the figure's
    canvas (a view: copy it to keep it past the next draw)."""
    return np.asarray(fig.canvas.buffer_rgba())


def palette_png(pixels: np.ndarray, colours: int, smooth: bool) -> bytes:
    """RGB(A) pixels as a PNG of at most `colours` colours, chosen from
    every third pixel of every third row."""
    samples = pixels[::3, ::3, :3].reshape(-1, 3)
    return png_in(Image.fromarray(pixels).convert("RGB"),
                  palette_of(samples, colours, smooth))


def palette_of(samples: np.ndarray, colours: int, smooth: bool):
    """A palette for pictures with these (n, 3) RGB samples. Choosing
    from samples, then mapping every pixel to the nearest colour, takes
    a fraction of the time of choosing from every pixel. Maximum
    coverage keeps smooth colour maps smooth; the octree method, three
    times faster, shows steps in them but not in lines and text."""
    method = (Image.Quantize.MAXCOVERAGE if smooth
              else Image.Quantize.FASTOCTREE)
    return Image.fromarray(samples[:, None, :]).quantize(colours,
                                                         method=method)


def png_in(image, palette) -> bytes:
    """The RGB image as a PNG in the palette (each pixel's nearest)."""
    small = io.BytesIO()
    image.quantize(palette=palette, dither=Image.Dither.NONE).save(
        small, format="png")
    return small.getvalue()


def cropped(fig, pixels: np.ndarray, margin: int) -> np.ndarray:
    """The part of the canvas that is drawn on, with `margin` pixels of
    background around it; the background is the corner's colour."""
    # one 32-bit number per RGBA pixel: a quarter of the comparisons
    packed = pixels.view(np.uint32)[..., 0]
    drawn = packed != packed[0, 0]
    edges = (drawn[0], drawn[-1], drawn[:, 0], drawn[:, -1])
    if any(edge.any() for edge in edges):
        # Drawing reaches the canvas's edge, so some of it may lie
        # outside: let savefig find everything (slower, draws twice).
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=fig.dpi,
                    bbox_inches="tight", pil_kwargs={"compress_level": 0})
        return np.asarray(Image.open(buffer))
    rows = np.flatnonzero(drawn.any(axis=1))
    columns = np.flatnonzero(drawn.any(axis=0))
    if rows.size == 0:
        return pixels
    top, bottom = max(rows[0] - margin, 0), rows[-1] + margin + 1
    left, right = max(columns[0] - margin, 0), columns[-1] + margin + 1
    return pixels[top:bottom, left:right]


def has_colour_map(fig) -> bool:
    """Does the figure colour anything by value (an image, a heat map,
    filled contours, a scatter with c=...)?"""
    return any(isinstance(artist, ScalarMappable)
               and artist.get_array() is not None
               for ax in fig.axes for artist in ax.get_children())


def show_sharp(fig):
    """The notebook's picture of a figure: the PNG and its shown width
    (only the width: a narrow page scales the picture down, and a fixed
    height would squash it)."""
    png = sharp_png(fig)
    width = Image.open(io.BytesIO(png)).width
    shrink = SHOWN_DPI / fig.dpi    # rounded down: at least 2x pixels
    return (base64.b64encode(png).decode("ascii"),
            {"width": int(width * shrink)})


png_formatter = get_ipython().display_formatter.formatters["image/png"]
inline_png = png_formatter.for_type(matplotlib.figure.Figure, show_sharp)
