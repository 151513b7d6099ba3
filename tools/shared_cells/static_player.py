# A slider that works without a kernel: every frame is drawn in advance by
# the same function the live widget uses, stored as a PNG, and shown by a
# few lines of in-page JavaScript.
import base64, html, io, itertools, json
import matplotlib.pyplot as plt
from PIL import Image

# Frames are FRAME_PX pixels wide and shown at most half as wide, so they
# stay sharp on 2x screens and fill the text column (790 px at most).
# 64 colours keep a frame near 25 KB. sharp_png is in the cell after setup.
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


class StaticPlayer:
    """Precomputed frames of `draw(**params)` for every combination in
    `grid`, with one slider per parameter. `draw` returns a figure: a new
    one per call, or (faster) the same figure with its artists updated."""

    def __init__(self, draw, grid: dict, alt: str,
                 start: dict | None = None):
        self.names = list(grid)
        self.values = [list(v) for v in grid.values()]
        start = start or {}
        # The positions shown first: `start` where given, else the middle.
        self.start = [v.index(start[n]) if n in start else len(v) // 2
                      for n, v in zip(self.names, self.values)]
        combos = list(itertools.product(*self.values))
        self.alts = [
            alt + " (" + ", ".join(f"{n} = {c}" for n, c in
                                   zip(self.names, combo)) + ")"
            for combo in combos]
        self.frames, last = [], None
        for combo in combos:
            fig = draw(**dict(zip(self.names, combo)))
            if last is not None and fig is not last:
                plt.close(last)                 # a new figure per frame
            self.frames.append(self._png(fig))
            last = fig
        plt.close(last)
        self.width = Image.open(io.BytesIO(
            base64.b64decode(self.frames[0]))).width

    @staticmethod
    def _png(fig) -> str:
        # Uncropped, so that every frame has the same size and layout.
        png = sharp_png(fig, FRAME_PX / fig.get_figwidth(),  # noqa: F821
                        COLOURS, crop=False)
        return base64.b64encode(png).decode("ascii")

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
