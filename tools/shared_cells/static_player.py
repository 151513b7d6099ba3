# A slider that works without a kernel: every frame is drawn in advance by
# the same function the live widget uses, stored as a PNG, and shown by a
# few lines of in-page JavaScript.
import base64, html, itertools, json
import matplotlib.pyplot as plt
from matplotlib.image import AxesImage
import numpy as np
from PIL import Image

# Frames are FRAME_PX pixels wide and shown at most half as wide, so they
# stay sharp on 2x screens and fill the text column (790 px at most).
# 64 colours keep a frame near 25 KB. agg_canvas, canvas_pixels,
# has_colour_map, palette_of and png_in are in the cell after setup.
FRAME_PX, COLOURS = 1600, 64

# Runs in the page when a slider moves. Frame k is the row-major index of
# the sliders' positions (the order of itertools.product). Each slider
# announces its value (aria-valuetext), not its position, and the live
# region reads out the description of the picture now shown.
PLAYER_SCRIPT = (
    "const p=this.closest('.static-player');let k=0;"
    "p.querySelectorAll('input').forEach(s=>{k=k*(+s.max+1)+(+s.value);"
    "const v=JSON.parse(s.dataset.values)[+s.value];"
    "s.nextElementSibling.textContent=v;"
    "s.setAttribute('aria-valuetext',v);});"
    "p.querySelectorAll('img').forEach((im,i)=>{"
    "im.style.display=i===k?'block':'none';"
    "if(i===k)p.querySelector('.player-status').textContent=im.alt;});")
HIDDEN = "position:absolute;left:-9999px"   # for screen readers only
GRID = ("display:grid;gap:0.2em 0.6em;align-items:center;"
        "grid-template-columns:max-content minmax(8em,20em) max-content;"
        "justify-content:center")


def frame_of(rgba: np.ndarray) -> tuple:
    """A frame kept from an RGBA canvas: its RGB image, and every third
    pixel of every third row (RGB), to choose the palette from."""
    return (Image.fromarray(rgba).convert("RGB"),
            rgba[::3, ::3, :3].reshape(-1, 3))


def in_one_palette(frames: list, smooth: bool) -> list:
    """PNGs of the frames in one palette of COLOURS colours, chosen from
    the samples of every frame, so that colours stay the same from one
    frame to the next."""
    samples = np.concatenate([pixels for _, pixels in frames])
    # At most about 250,000 of them: choosing takes time in proportion.
    samples = samples[::max(1, len(samples) // 250_000)]
    palette = palette_of(samples, COLOURS, smooth)
    return [png_in(image, palette) for image, _ in frames]


class StaticPlayer:
    """Precomputed frames of `draw(**params)` for every combination in
    `grid`, with one slider per parameter. `draw` returns a figure: a new
    one per call, or (faster) the same figure with its artists updated.

    Fastest: `changing` lists the artists `draw` updates (lines, texts,
    an image, a legend, or whole axes), and any drawn on top of them,
    when it returns the same figure every time. The rest is then drawn
    once, and each frame draws only these on top.
    """

    def __init__(self, draw, grid: dict, alt: str,
                 start: dict | None = None, changing: tuple = ()):
        self.names = list(grid)
        self.values = [list(v) for v in grid.values()]
        start = start or {}
        # The positions shown first: `start` where given, else the middle.
        self.start = [v.index(start[n]) if n in start else len(v) // 2
                      for n, v in zip(self.names, self.values)]
        combos = [dict(zip(self.names, combo))
                  for combo in itertools.product(*self.values)]
        self.alts = [
            alt + " (" + ", ".join(f"{n} = {c}" for n, c in
                                   combo.items()) + ")"
            for combo in combos]
        frames, smooth = (self._blitted(draw, combos, list(changing))
                          if changing else self._drawn(draw, combos))
        pngs = in_one_palette(frames, smooth)
        self.frames = [base64.b64encode(png).decode("ascii")
                       for png in pngs]
        self.width = frames[0][0].width

    @staticmethod
    def _drawn(draw, combos: list) -> tuple[list, bool]:
        """Every frame drawn in full: (the frames, whether the figure has
        a colour map). Uncropped, so that every frame has the same size
        and layout."""
        frames, last = [], None
        for combo in combos:
            fig = draw(**combo)
            if last is not None and fig is not last:
                plt.close(last)                 # a new figure per frame
            agg_canvas(fig, FRAME_PX / fig.get_figwidth())
            fig.canvas.draw()
            frames.append(frame_of(canvas_pixels(fig)))
            last = fig
        plt.close(last)
        return frames, has_colour_map(last)

    @staticmethod
    def _blitted(draw, combos: list, changing: list) -> tuple[list, bool]:
        """Frames from one drawing of the unchanging rest of the figure
        (the background), with the `changing` artists drawn on it."""
        fig = draw(**combos[0])
        agg_canvas(fig, FRAME_PX / fig.get_figwidth())
        # The spines of an axes lie on top of what it draws, at its edges,
        # so they are drawn again with the listed artists of their axes.
        axes = {artist.axes for artist in changing
                if not isinstance(artist, plt.Axes) and artist.axes}
        changing += [spine for ax in axes for spine in ax.spines.values()
                     if spine not in changing]
        changing.sort(key=lambda artist: artist.get_zorder())
        for artist in changing:
            artist.set_animated(True)   # left out of the canvas's draw()
        # Some matplotlib versions draw animated images anyway: hide them.
        images = [artist for artist in changing if artist.get_visible()
                  and isinstance(artist, AxesImage)]
        try:
            for image in images:
                image.set_visible(False)
            fig.canvas.draw()
            for image in images:
                image.set_visible(True)
            region = fig.canvas.copy_from_bbox(fig.bbox)
            frames = []
            for combo in combos:
                if draw(**combo) is not fig:
                    raise ValueError(
                        "with changing=..., draw must return the same "
                        "figure every time, with its artists updated")
                fig.canvas.restore_region(region)
                for artist in changing:
                    fig.draw_artist(artist)
                frames.append(frame_of(canvas_pixels(fig)))
        finally:                        # the figure as it was found
            for artist in changing:
                artist.set_animated(False)
            for image in images:
                image.set_visible(True)
        # The last frame, whose every parameter differs from the first's,
        # drawn in full must be the frame just drawn on the background.
        fig.canvas.draw()
        in_full = canvas_pixels(fig)[..., :3]
        plt.close(fig)
        differs = np.any(np.asarray(frames[-1][0]) != in_full, axis=-1)
        if differs.any():
            rows, cols = np.nonzero(differs)
            raise ValueError(
                "the last frame drawn in full differs from the same frame "
                f"drawn on the background, in x {cols.min()}-{cols.max()}"
                f", y {rows.min()}-{rows.max()} (pixels from the top left "
                f"of {differs.shape[1]} x {differs.shape[0]}). Either "
                "draw updates artists that `changing` does not list, or "
                "an unlisted artist lies on top of a listed one (as "
                "points on an image do): add them to `changing`, or pass "
                "a whole axes.")
        return frames, has_colour_map(fig)

    def __repr__(self) -> str:
        return (f"StaticPlayer({len(self.frames)} frames over "
                f"{', '.join(self.names)})")

    def _slider(self, name: str, values: list, position: int) -> str:
        shown = html.escape(str(values[position]))
        data = html.escape(json.dumps([str(x) for x in values]))
        return (f'<label style="display:contents">{html.escape(name)} '
                f'<input type="range" min="0" max="{len(values) - 1}" '
                f'step="1" value="{position}" '
                f'aria-label="{html.escape(name)}" '
                f'aria-valuetext="{shown}" data-values="{data}" '
                f'oninput="{html.escape(PLAYER_SCRIPT)}"> '
                f'<output>{shown}</output></label>')

    def _repr_html_(self) -> str:
        shown = 0
        for position, v in zip(self.start, self.values):
            shown = shown * len(v) + position
        images = "".join(
            f'<img src="data:image/png;base64,{frame}" '
            f'alt="{html.escape(alt)}"'
            f' style="display:{"block" if i == shown else "none"};'
            f'margin:0.5em auto;width:100%;'
            f'max-width:{self.width // 2}px;height:auto">'
            for i, (frame, alt) in enumerate(zip(self.frames, self.alts)))
        sliders = "".join(self._slider(n, v, p) for n, v, p
                          in zip(self.names, self.values, self.start))
        status = (f'<p class="player-status" aria-live="polite" '
                  f'style="{HIDDEN}">{html.escape(self.alts[shown])}</p>')
        return (f'<div class="static-player"><div style="{GRID}">{sliders}'
                f'</div>{images}{status}</div>')
