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


def sharp_png(fig, dpi: float, colours: int = 256,
              crop: bool = True) -> bytes:
    """`fig` as a palette PNG drawn at `dpi`, cropped to what it shows
    (or, with crop=False, the whole canvas: a player's frames)."""
    # Drawn once on an Agg canvas. plt.close(fig) leaves a bare canvas;
    # an Agg one, given once, keeps the figure's text layouts cached.
    if not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    if fig.dpi != dpi:          # kept: the next frame is drawn at it too
        fig.set_dpi(dpi)
    fig.canvas.draw()
    pixels = np.asarray(fig.canvas.buffer_rgba())[..., :3]
    if crop:
        pixels = cropped(fig, pixels, margin=round(0.1 * dpi))
    image = Image.fromarray(np.ascontiguousarray(pixels))
    # Maximum coverage keeps colour maps smooth; the octree method, four
    # times faster, shows steps in them but not in lines and text.
    method = (Image.Quantize.MAXCOVERAGE if has_colour_map(fig)
              else Image.Quantize.FASTOCTREE)
    small = io.BytesIO()
    image.quantize(colours, method=method).save(small, format="png")
    return small.getvalue()


def cropped(fig, pixels: np.ndarray, margin: int) -> np.ndarray:
    """The part of the canvas that is drawn on, with `margin` pixels of
    background around it; the background is the corner's colour."""
    drawn = np.any(pixels != pixels[0, 0], axis=-1)
    edges = (drawn[0], drawn[-1], drawn[:, 0], drawn[:, -1])
    if any(edge.any() for edge in edges):
        # Drawing reaches the canvas's edge, so some of it may lie
        # outside: let savefig find everything (slower, draws twice).
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=fig.dpi, bbox_inches="tight",
                    pil_kwargs={"compress_level": 0})
        return np.asarray(Image.open(buffer).convert("RGB"))
    rows, columns = np.flatnonzero(drawn.any(1)), np.flatnonzero(drawn.any(0))
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
    """The notebook's picture of a figure: the PNG and its shown size."""
    png = sharp_png(fig, fig.dpi)
    width, height = Image.open(io.BytesIO(png)).size
    shrink = SHOWN_DPI / fig.dpi
    return (base64.b64encode(png).decode("ascii"),
            {"width": round(width * shrink),
             "height": round(height * shrink)})


png_formatter = get_ipython().display_formatter.formatters["image/png"]
inline_png = png_formatter.for_type(matplotlib.figure.Figure, show_sharp)
