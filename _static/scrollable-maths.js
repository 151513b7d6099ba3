// Maths that is wider than the column scrolls inside its own box (_static/book.css) instead of
// being cut off (tables too: see markEdges). Display equations always may; an inline formula
// becomes a scroll box only while it is wider than its paragraph, since a scroll box no longer
// sits on the text's baseline.
// Keyboard users must be able to reach such a box to scroll it, so it becomes a tab stop while
// it overflows, and stops being one when the window is wide enough (formulas that fit are not
// tab stops). The pydata theme does the same for code blocks.
(() => {
  const BLOCKS = "p, li, dd, dt, td, th, h1, h2, h3, h4, figcaption, div";
  const markScrollable = (box, scrolls) => {
    if (scrolls) {
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", "formula, scrolls sideways");
    } else {
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
      box.removeAttribute("aria-label");
    }
  };
  // A table wider than the column scrolls in its own box, but its opaque cells would hide an edge
  // shadow (book.css), so the edge with more to see fades out instead.
  const TABLE_BOXES = ".pst-scrollable-table-container";
  const markEdges = (box) => {
    const end = box.scrollWidth - box.clientWidth;
    box.classList.toggle("more-left", box.scrollLeft > 1);
    box.classList.toggle("more-right", box.scrollLeft < end - 1);
  };
  const update = () => {
    document.querySelectorAll(TABLE_BOXES).forEach(markEdges);
    document.querySelectorAll("div.math, mjx-container[display=\"true\"]").forEach((box) => {
      markScrollable(box, box.scrollWidth > box.clientWidth);
    });
    // Writes, then reads, then writes: measuring each formula right after changing another
    // would make the browser lay the page out again once per formula.
    const inline = [...document.querySelectorAll("mjx-container:not([display=\"true\"])")];
    document.querySelectorAll("mjx-container.wide-inline-maths").forEach((box) => {
      box.classList.remove("wide-inline-maths");          // measure it at its natural width
    });
    const wide = inline.map((box) => {
      const block = box.parentElement.closest(BLOCKS);
      return block !== null && box.getBoundingClientRect().width > block.clientWidth;
    });
    inline.forEach((box, i) => {
      box.classList.toggle("wide-inline-maths", wide[i]);
      markScrollable(box, wide[i]);
    });
  };
  // A browser may break the line between an inline formula and the punctuation after it, so
  // that a line starts with a lone full stop (or ends with an opening bracket before a formula).
  // The formula and its punctuation are put in one unbreakable span.
  const AFTER = /^[.,;:!?)\]]+/;
  const BEFORE = /[(\[]$/;
  const isText = (node) => node !== null && node.nodeType === Node.TEXT_NODE;
  const keepPunctuation = () => {
    document.querySelectorAll("mjx-container:not([display=\"true\"])").forEach((box) => {
      const holder = box.parentElement.matches("span.math") ? box.parentElement : box;
      const next = holder.nextSibling;
      let previous = holder.previousSibling;
      const after = isText(next) ? next.data.match(AFTER) : null;
      const before = isText(previous) && BEFORE.test(previous.data);
      if (after === null && !before) {
        return;
      }
      const pair = document.createElement("span");
      pair.className = "maths-and-punctuation";
      holder.before(pair);
      if (before) {
        previous = previous.splitText(previous.data.length - 1);   // the bracket alone
        pair.append(previous);
      }
      pair.append(holder);
      if (after !== null) {
        next.splitText(after[0].length);          // next now holds the punctuation only
        pair.append(next);
      }
    });
  };
  let pending = null;
  const soon = () => {
    clearTimeout(pending);
    pending = setTimeout(update, 200);
  };
  window.addEventListener("resize", soon);
  // An unfolded answer (a dropdown) shows formulas that were not measured yet.
  document.addEventListener("toggle", soon, true);
  document.addEventListener("click", soon);
  window.addEventListener("load", () => {
    // MathJax typesets after the page has loaded; measure the typeset equations.
    const typeset = window.MathJax && window.MathJax.startup && window.MathJax.startup.promise;
    (typeset || Promise.resolve()).then(() => {
      keepPunctuation();
      update();
    });
    document.querySelectorAll(TABLE_BOXES).forEach((box) => {
      box.addEventListener("scroll", () => markEdges(box), { passive: true });
    });
  });
})();
