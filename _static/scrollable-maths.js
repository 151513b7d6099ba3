// A display equation that is wider than the column scrolls inside its box (_static/book.css).
// Keyboard users must be able to reach such a box to scroll it, so it becomes a tab stop while
// it overflows, and stops being one when the window is wide enough (formulas that fit are not
// tab stops). The pydata theme does the same for code blocks.
(() => {
  const update = () => {
    document.querySelectorAll("div.math, mjx-container[display=\"true\"]").forEach((box) => {
      if (box.scrollWidth > box.clientWidth) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", "equation, scrolls sideways");
      } else {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  };
  let pending = null;
  const soon = () => {
    clearTimeout(pending);
    pending = setTimeout(update, 200);
  };
  window.addEventListener("resize", soon);
  window.addEventListener("load", () => {
    // MathJax typesets after the page has loaded; measure the typeset equations.
    const typeset = window.MathJax && window.MathJax.startup && window.MathJax.startup.promise;
    (typeset || Promise.resolve()).then(update);
  });
})();
