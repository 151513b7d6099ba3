// Search results quote a snippet of each page, taken from the page's HTML. There the formulas are
// still TeX source (MathJax typesets them in the reader's browser), so a snippet would show raw
// "\(\sigma(z)\)". Replace every formula by an ellipsis before Sphinx extracts the text. The
// pages are fetched after the search starts, so wrapping the function once the page has loaded
// is early enough.
document.addEventListener("DOMContentLoaded", () => {
  if (typeof Search === "undefined" || typeof Search.htmlToText !== "function") return;
  const extractText = Search.htmlToText;
  Search.htmlToText = (htmlString, anchor) => {
    const page = new DOMParser().parseFromString(htmlString, "text/html");
    page.querySelectorAll(".math").forEach((formula) => formula.replaceWith("…"));
    return extractText(page.documentElement.outerHTML, anchor);
  };
});
