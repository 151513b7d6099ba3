# A slider that works without a kernel: every frame is drawn in advance by the same function
# the live widget uses, stored as a PNG, and shown by a few lines of in-page JavaScript.
import base64, html, io, itertools, json
import matplotlib.pyplot as plt

class StaticPlayer:
    """Precomputed frames of `draw(**params)` for every combination in `grid`, with sliders."""

    def __init__(self, draw, grid: dict, alt: str, start: dict | None = None):
        self.names = list(grid)
        start = start or {}
        # The slider positions shown first: `start` where given, else the middle value.
        self.start = [v.index(start[n]) if n in start else len(v) // 2
                      for n, v in ((n, list(grid[n])) for n in self.names)]
        self.values = [list(v) for v in grid.values()]
        self.alt = alt
        self.frames = [self._png(draw(**dict(zip(self.names, combo))))
                       for combo in itertools.product(*self.values)]

    @staticmethod
    def _png(fig) -> str:
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=60)
        plt.close(fig)
        return base64.b64encode(buffer.getvalue()).decode("ascii")

    def __repr__(self) -> str:
        return f"StaticPlayer({len(self.frames)} frames over {', '.join(self.names)})"

    def _repr_html_(self) -> str:
        # Frame k is the row-major index of the sliders' positions (the order of itertools.product).
        update = ("const p=this.closest('.static-player');let k=0;"
                  "p.querySelectorAll('input').forEach(s=>{k=k*(+s.max+1)+(+s.value);"
                  "s.nextElementSibling.textContent=JSON.parse(s.dataset.values)[+s.value];});"
                  "p.querySelectorAll('img').forEach((im,i)=>{im.style.display=i===k?'block':'none';});")
        start = self.start
        shown = 0
        for position, v in zip(start, self.values):
            shown = shown * len(v) + position
        combos = list(itertools.product(*self.values))
        images = "".join(
            f'<img src="data:image/png;base64,{frame}" style="display:{"block" if i == shown else "none"}"'
            f' alt="{html.escape(self.alt)} ({html.escape(", ".join(f"{n} = {c}" for n, c in zip(self.names, combo)))})">'
            for i, (frame, combo) in enumerate(zip(self.frames, combos)))
        sliders = "".join(
            f'<label style="display:block">{html.escape(name)} '
            f'<input type="range" min="0" max="{len(v) - 1}" step="1" value="{position}" '
            f'aria-label="{html.escape(name)}" data-values="{html.escape(json.dumps([str(x) for x in v]))}" '
            f'oninput="{html.escape(update)}"> <output>{v[position]}</output></label>'
            for name, v, position in zip(self.names, self.values, start))
        return f'<div class="static-player">{sliders}{images}</div>'
