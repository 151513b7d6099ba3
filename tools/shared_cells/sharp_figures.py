# Figures are drawn with twice their pixels and shown at their size, so
# they are sharp on 2x screens; a palette of at most 256 colours keeps a
# chapter page small. This replaces the inline backend's PNG output.
import base64, io
import matplotlib.figure
import numpy as np
from IPython import get_ipython
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image


def sharp_png(fig, dpi: float, colours: int = 256,
              crop: bool = True) -> bytes:
    """`fig` as a palette PNG drawn at `dpi`, cropped to what it shows
    (or, with crop=False, the whole canvas: a player's frames)."""
    if crop:
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=dpi,  # uncompressed: read
                    bbox_inches="tight", pil_kwargs={"compress_level": 0})
        image = Image.open(buffer)
    else:       # drawn once, read back from the canvas: about 40% faster
        # plt.close(fig) replaces a figure's canvas with a bare one; give
        # it an Agg canvas once, which then keeps its text layouts cached.
        if not isinstance(fig.canvas, FigureCanvasAgg):
            FigureCanvasAgg(fig)
        shown_dpi = fig.dpi
        fig.set_dpi(dpi)
        try:
            fig.canvas.draw()
            image = Image.fromarray(np.asarray(fig.canvas.buffer_rgba()))
        finally:
            fig.set_dpi(shown_dpi)
    # Maximum coverage keeps smooth colour maps smooth (the faster octree
    # method shows steps in colour bars).
    palette = image.convert("RGB").quantize(
        colours, method=Image.Quantize.MAXCOVERAGE)
    small = io.BytesIO()
    palette.save(small, format="png")
    return small.getvalue()


def show_sharp(fig):
    """The notebook's picture of a figure: the PNG and its shown size."""
    png = sharp_png(fig, 2 * fig.dpi)
    width, height = Image.open(io.BytesIO(png)).size
    return (base64.b64encode(png).decode("ascii"),
            {"width": width // 2, "height": height // 2})


png_formatter = get_ipython().display_formatter.formatters["image/png"]
inline_png = png_formatter.for_type(matplotlib.figure.Figure, show_sharp)
